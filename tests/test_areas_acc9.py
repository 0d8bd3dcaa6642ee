"""Cooperation areas: the ninth session's rules, one row per rule, with negatives."""

from __future__ import annotations

import pytest

from defrel._areas import find_areas
from defrel._text import prepare
from tests._area_rows import areas_of as _areas
from tests._area_rows import with_countries as _with_countries


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # military firms and corporations are the industry
        ("Their military corporations will invest in each other.", {"defence-industry"}),
        ("Arms manufacturers from both sides met in the capital.", {"defence-industry"}),
        ("The two defence conglomerates signed a pact.", {"defence-industry"}),
        ("The military band played the anthems.", set()),
        # joint development or production of a platform named between
        ("They praised the joint fighter jet development.", {"co-development"}),
        ("A joint drone design is planned.", {"co-development"}),
        ("Both back joint missile production at the plant.", {"co-production"}),
        ("They hailed the joint submarine assembly line.", {"co-production"}),
        ("They discussed joint economic development of the border zone.", set()),
        ("A joint press conference followed.", set()),
        # a threat to peace and security named by its verb
        ("Smuggling rings could undermine peace and security.", {"regional-security"}),
        ("Such raids threaten regional stability.", {"regional-security"}),
        ("The rains threaten the harvest.", set()),
        # an invasion or an occupation by a named country
        ("He called the Syldavian occupation the main threat.", {"regional-security"}),
        ("They condemned Borduria's invasion of the island.", {"regional-security"}),
        ("The invasion of the pitch by fans stopped the match.", set()),
        # logistics as one kind of support in a list
        (
            "They will give the forces training, logistical, medical and fuel support.",
            {"logistics-access", "training-education"},
        ),
        ("Logistical and engineering assistance was offered.", {"logistics-access"}),
        ("The logistical challenges delayed the summit.", set()),
        # a ship's stay in the other's port
        ("During the port stay the crews played football.", {"logistics-access"}),
        (
            "The frigate docked at the southern harbour on Monday.",
            {"logistics-access", "maritime-security"},
        ),
        ("The boats berthed in the capital for three days.", {"logistics-access"}),
        ("The port authority raised fees.", set()),
        # the other's personnel and ships hosted at a base
        (
            "He thanked them for the sailors and ships hosted at the air station.",
            {"logistics-access"},
        ),
        ("A dinner was hosted at the palace.", set()),
        # the crossing of borders by forces
        ("They want simpler border crossing procedures for allied forces.", {"logistics-access"}),
        ("The pact eases the transit of military equipment.", {"logistics-access"}),
        ("Both sides discussed transit routes.", {"logistics-access"}),
        ("Border crossing times for trucks fell.", set()),
        # information exchanged with experience or expertise
        (
            "The aim is to exchange expertise and information on border security.",
            {"information-sharing"},
        ),
        ("They will share experience, knowledge and information.", {"information-sharing"}),
        ("They exchanged views and opinions.", set()),
        ("They exchanged views and information on the situation.", set()),
        # forces provided with support
        (
            "The deal will provide the two armies' units with fuel, spare parts and support.",
            {"capacity-building"},
        ),
        ("Both nations provide each other with mutual support.", set()),
        # assistance accorded, extended, rendered
        (
            "He praised the assistance that the kingdom has accorded to his army.",
            {"capacity-building"},
        ),
        ("The support rendered to the navy was praised.", {"capacity-building"}),
        ("The aid given freely was welcome.", set()),
        # a navy, a coast guard or an air force built up with help
        ("The deal will see the country build a navy.", {"capacity-building", "maritime-security"}),
        ("They will help it establish a coast guard.", {"capacity-building", "maritime-security"}),
        ("The navy built a new pier.", set()),
        # military or naval infrastructure developed
        (
            "They discussed developing naval and military infrastructure.",
            {"capacity-building", "maritime-security"},
        ),
        ("They will upgrade military infrastructure on the island.", {"capacity-building"}),
        ("They will upgrade road infrastructure.", set()),
        # surplus equipment transferred
        ("They discussed Excess Defense Articles for the army.", {"arms-trade"}),
        ("The excess baggage fees rose.", set()),
        # the plants of the arms trade
        ("They toured an ammunition factory near the capital.", {"defence-industry"}),
        ("Two new missile factories will open.", {"defence-industry"}),
        ("They toured a power plant.", set()),
        # produced jointly
        ("The shells will be produced jointly.", {"co-production"}),
        ("The report was drafted jointly.", set()),
        # kit delivered or received
        ("The first two helicopters were delivered in May.", {"arms-trade"}),
        ("The navy will receive three new corvettes.", {"arms-trade", "maritime-security"}),
        ("The speech was delivered in May.", set()),
        ("He will receive the visiting minister.", set()),
        # train and equip; loans for defence
        ("The programme will train and equip two battalions.", {"capacity-building"}),
        ("They offered a soft loan for defence purchases.", {"arms-trade", "capacity-building"}),
        ("A loan for the new stadium was agreed.", set()),
        # a place at the other's military school
        (
            "Cadets will be studying at the naval academy.",
            {"maritime-security", "training-education"},
        ),
        ("Officers will enrol at the staff college.", {"training-education"}),
        ("Instructor exchanges will grow.", {"training-education"}),
        ("The college hosted a concert.", set()),
        # the use of one base or port
        ("They discussed the use of the southern air base.", {"logistics-access"}),
        ("The ships may use its ports.", {"logistics-access"}),
        ("They discussed the use of force.", set()),
        # United Nations missions
        ("Its troops serve in UN missions in the region.", {"peacekeeping"}),
        ("The UN mission to the talks was small.", set()),
        # navy ties, shipping protection, crime at sea, coastal surveillance
        ("They discussed navy cooperation.", {"maritime-security"}),
        ("They discussed the protection of commercial shipping.", {"maritime-security"}),
        ("They discussed smuggling at sea.", {"maritime-security"}),
        ("They set up a coastal surveillance network.", {"maritime-security"}),
        ("The navy band played.", set()),
        # an international security presence
        ("Its troops joined the international security presence there.", {"peacekeeping"}),
        ("A multinational stabilisation force will deploy.", {"peacekeeping"}),
        ("The international security conference opened.", set()),
        # a training named like an exercise
        (
            "Both took part in the Sandstorm-12 naval training.",
            {"maritime-security", "military-exercises", "training-education"},
        ),
        ("They discussed F-16 training for pilots.", {"training-education"}),
        # the British spelling of cooperation, wherever the table says "cooperation"
        ("They discussed intelligence co-operation.", {"information-sharing"}),
        ("They discussed space co-operation.", {"space"}),
        ("They discussed nuclear co-operation.", {"nuclear"}),
        ("They agreed on co-operation in defence technology.", {"technology-transfer"}),
        ("They discussed co-operation.", set()),
        # one-word coastguard, hyphenated search-and-rescue
        ("They discussed coastguard co-operation.", {"maritime-security"}),
        (
            "They discussed search-and-rescue drills.",
            {"humanitarian-assistance", "military-exercises"},
        ),
        # verbs of exercising and training together
        ("Their brigades exercised jointly in the hills.", {"military-exercises"}),
        ("Their marines trained side by side.", {"training-education"}),
        (
            "Freedonia will train the Ruritanian coast guard.",
            {"maritime-security", "training-education"},
        ),
        ("He met the army chief.", set()),
        # the kit between the verb and "locally"
        ("The firms will manufacture the drones locally.", {"co-production"}),
        ("Farmers produce the vegetables locally.", set()),
        # intrusions into networks
        ("They discussed hacking by criminal groups.", {"cyber"}),
        # relief after a named kind of disaster
        ("They discussed flood relief.", {"humanitarian-assistance"}),
        ("They praised the earthquake response.", {"humanitarian-assistance"}),
        # building capacity; kit handed to a force
        ("They discussed building capacity.", {"capacity-building"}),
        ("Freedonia handed over equipment to the border troops.", {"capacity-building"}),
        ("He handed over the keys to the mayor.", set()),
        # the sea a state holds
        ("Boats keep entering its territorial waters.", {"maritime-security"}),
        ("They discussed encroachment into each other's waters.", {"maritime-security"}),
        ("They discussed fishing rights in the EEZ.", {"maritime-security"}),
        ("The flood waters receded.", set()),
    ],
)
def test_areas_acc9(sentence: str, expected: set[str]) -> None:
    assert _areas(sentence) == expected


_PAIR = "Ruritania and Freedonia signed a pact in Ruritania. "
_NAMES = {"Ruritania": "RUR", "Freedonia": "FRE", "Syldavian": "SYL"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a third country's threat in what a party says: the region's situation
        ("He noted that the Syldavian occupation remains the main threat.", {"regional-security"}),
        ("He warned that the Syldavian invasion could spread.", {"regional-security"}),
        # the same words as the writer's own, with no party speaking: not a subject
        ("The Syldavian occupation remains the main threat.", set()),
    ],
)
def test_third_party_regional(sentence: str, expected: set[str]) -> None:
    text = _PAIR + sentence
    found = find_areas(prepare(text), _with_countries(text, _NAMES))
    assert {a.id.value for a in found} == expected
