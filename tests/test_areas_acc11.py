"""Cooperation areas: the eleventh session's rules, one row per rule, with negatives."""

from __future__ import annotations

import pytest

from defrel._areas import find_areas
from defrel._text import prepare
from tests._area_rows import areas_of as _areas
from tests._area_rows import with_countries as _with_countries


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bare security situation or environment names no region: evidence only
        ("The ministers talked about the shifting security environment.", set()),
        ("Ties grew in light of the evolving security situation.", set()),
        ("He reviewed the strategic environment with the envoy.", set()),
        # ... the region named, or the term with other words of the area, still count
        ("They reviewed the security situation in the Baltic region.", {"regional-security"}),
        ("They talked about the regional security environment.", {"regional-security"}),
        (
            "They reviewed the security environment and peace in the region.",
            {"regional-security"},
        ),
        # ... and a place after it decides: a third country's unrest is the region's
        ("They reviewed the security situation in Syldavia.", {"regional-security"}),
        # the economy's stability or prosperity in a region is not the region's security
        ("They want to foster economic prosperity in the region.", set()),
        ("They discussed financial stability in the region.", set()),
        ("They discussed peace and economic prosperity in the region.", {"regional-security"}),
        ("They discussed stability in the region.", {"regional-security"}),
        # a subject the talks are said not to have taken up
        ("The commission did not deliberate on the tensions in the region.", set()),
        ("They didn't talk about cyber security.", set()),
        ("They did not discuss arms sales but agreed on more training.", {"training-education"}),
        (
            "They did not only discuss training but also exercises.",
            {"training-education", "military-exercises"},
        ),
        ("It did not stop the joint exercises.", {"military-exercises"}),
        # a post whose fields are a list with commas
        ("He met the Chief of Staff, Logistics, and Intelligence, Col. Ada Brim.", set()),
        ("Lt. Gen. Tom Vale is Director of Plans, Policy, and Intelligence.", set()),
        # ... not a list of fields of cooperation after a post's name
        (
            "The Chief of Staff said the pact covers logistics and intelligence.",
            {"logistics-access", "information-sharing"},
        ),
        # an event's name with "and" or "of" in it is a name, not a field
        ("He will attend the Kestrel Aerospace and Defence Exhibition.", set()),
        ("He will attend the Kestrel Land and Defence Expo.", set()),
        ("They discussed the Defence Exhibition.", {"defence-industry"}),
        (
            "Their talks on defence industry and defence exhibitions went well.",
            {"defence-industry"},
        ),
        # military and technical cooperation is the military-technical (industrial) field
        ("Their ties grew through military and technical cooperation.", {"defence-industry"}),
        ("New deals are due in the military and technical fields.", {"defence-industry"}),
        ("They praised their military and economic ties.", set()),
        ("He praised the military and technical staff of the base.", set()),
        # submarine cooperation is naval cooperation
        ("Their submarine cooperation deepened.", {"maritime-security"}),
        ("They signed a pact on submarine cooperation.", {"maritime-security"}),
        ("The submarine sank in the storm.", set()),
        # joint development: of technology, or in a frame of it; not of land, resources or ties
        ("They will pursue the joint development of a new trainer jet.", {"co-development"}),
        ("They launched joint development projects for armoured cars.", {"co-development"}),
        ("They discussed joint development and testing of sensors.", {"co-development"}),
        ("The firms will jointly develop a new radar.", {"co-development"}),
        ("They praised the joint development of firing ranges in the north.", set()),
        ("They agreed on the joint development of the offshore gas fields.", set()),
        ("The two sides pledged peace and joint development.", set()),
        ("The joint development was praised.", set()),
        ("They agreed to jointly develop the border region.", set()),
        ("They discussed the development of a joint venture.", {"defence-industry"}),
        # the navies' underwater work
        ("They discussed underwater domain awareness.", {"maritime-security"}),
        ("They will cooperate on mine countermeasures.", {"maritime-security"}),
        ("The mine workers went on strike.", set()),
        ("He studied underwater archaeology.", set()),
        # the forces' data shared
        ("The air forces will share radar data.", {"information-sharing"}),
        ("They agreed on the exchange of real-time surveillance data.", {"information-sharing"}),
        ("They discussed targeting data sharing.", {"information-sharing"}),
        ("Firms share customer data.", set()),
        # the defence industry's other names
        ("They discussed defence industrialisation.", {"defence-industry"}),
        ("Their armament companies will cooperate.", {"defence-industry"}),
        ("They want more cooperation in arms manufacturing.", {"defence-industry"}),
        ("They discussed munitions production.", {"defence-industry"}),
        ("They condemned the nuclear weapons production.", {"nuclear"}),
        ("Weapons manufacturers from both sides met.", {"defence-industry"}),
        ("They discussed offset agreements for the purchase.", {"defence-industry"}),
        ("They want defence offsets.", {"defence-industry"}),
        ("The tax cut will offset the costs.", set()),
        ("They agreed on submarine rescue drills.", {"maritime-security", "military-exercises"}),
        # a purchase, a sale or an export of equipment (not of anything)
        ("He praised the purchase of Kestrel anti-ship missiles.", {"arms-trade"}),
        ("They discussed the purchase of F-16s.", {"arms-trade"}),
        ("They discussed the sale of more military goods.", {"arms-trade"}),
        ("The course aims at the acquisition of new skills.", set()),
        ("They discussed the export of rice and tea.", set()),
        ("The sale of the land was approved.", set()),
        # an order of equipment, not a command to it
        ("Freedonia ordered twelve jets from its ally.", {"arms-trade"}),
        ("Freedonia ordered twelve jets to replace its old fleet.", {"arms-trade"}),
        ("The admiral ordered the tanks to the border.", set()),
        ("The admiral ordered two jets to intercept the bomber.", set()),
        # a list of items received, with equipment in it
        (
            "The army will receive an electric generator, laptops, sniper rifles and helmets.",
            {"arms-trade"},
        ),
        ("The army will receive tents, blankets and food.", set()),
        ("He received the minister, who praised the navy ships.", set()),
        # an exercise as an office's process, not a drill
        ("The ministry completed a mapping exercise of its assets.", set()),
        ("The recruitment exercise ended in May.", set()),
        ("He called the talks an exercise in futility.", set()),
        ("They held a joint exercise in the desert.", {"military-exercises"}),
        ("They held a tabletop exercise.", {"military-exercises"}),
        # training aircraft are equipment named for their role
        ("The air force will buy 12 training aircraft.", {"arms-trade"}),
        ("Cadets will fly the training jets.", set()),
        ("They discussed more pilot training.", {"training-education"}),
    ],
)
def test_areas_acc11(sentence: str, expected: set[str]) -> None:
    assert _areas(sentence) == expected


_PAIR = "Ruritania and Freedonia signed a pact in Ruritania. Freedonia welcomed it. "
_NAMES = {"Ruritania": "RUR", "Freedonia": "FRE", "Syldavia": "SYL"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the talks' bare security environment, with the pair named
        ("Ruritania and Freedonia reviewed the security environment.", set()),
        (
            "Ruritania and Freedonia reviewed the security environment in the Gulf.",
            {"regional-security"},
        ),
        # the situation in the pair themselves is their own affairs, not a region's
        ("They reviewed the security situation in Ruritania and Freedonia.", set()),
        ("They reviewed the developments in Freedonia, Ruritania.", set()),
        # ... not a conflict there, nor the pair's help after it
        ("They discussed the war in Ruritania and Freedonia.", {"regional-security"}),
        (
            "They discussed the situation in Ruritania and Freedonia's support.",
            {"regional-security"},
        ),
        (
            "They reviewed the security situation in Ruritania and Syldavia.",
            {"regional-security"},
        ),
        ("They reviewed the security situation in Syldavia.", {"regional-security"}),
    ],
)
def test_areas_acc11_pair(sentence: str, expected: set[str]) -> None:
    text = _PAIR + sentence
    found = find_areas(prepare(text), _with_countries(text, _NAMES))
    assert {a.id.value for a in found} == expected
