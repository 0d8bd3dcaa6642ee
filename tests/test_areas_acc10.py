"""Cooperation areas: the tenth session's rules, one row per rule, with negatives."""

from __future__ import annotations

import pytest

from defrel._areas import find_areas
from defrel._text import prepare
from tests._area_rows import areas_of as _areas
from tests._area_rows import with_countries as _with_countries


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # emerging technologies with the field between
        ("They will look at emerging defence technologies.", {"emerging-technology"}),
        ("They discussed emerging security technology.", {"emerging-technology"}),
        ("Emerging markets were discussed.", set()),
        # the kind of information between "exchange of" and "information"
        ("They agreed on the exchange of coastal traffic information.", {"information-sharing"}),
        ("The sharing of radar information will grow.", {"information-sharing"}),
        ("The Ministry of Information hosted them.", set()),
        # "marine" for "maritime"
        ("Both praised their marine security ties.", {"maritime-security"}),
        ("They discussed marine domain awareness.", {"maritime-security"}),
        ("They visited the marine biology lab.", set()),
        # the regional situation with a slash, and as an arena or a scene
        ("They exchanged views on regional/global issues.", {"regional-security"}),
        ("They exchanged views on regional / international matters.", {"regional-security"}),
        (
            "They reviewed events on the regional and international arenas.",
            {"regional-security"},
        ),
        ("They reviewed events on the international and regional scene.", {"regional-security"}),
        ("The regional airport reopened.", set()),
        ("He performed at the city arena.", set()),
        # medical help given is humanitarian, not capacity building
        (
            "He thanked them for providing medical assistance to the islands.",
            {"humanitarian-assistance"},
        ),
        ("The convoy carried medical supplies.", {"humanitarian-assistance"}),
        ("They will provide technical assistance to the army.", {"capacity-building"}),
        ("He studied medical ethics.", set()),
        # military-economic cooperation, as military-technical
        ("They want more military-economic cooperation.", {"defence-industry"}),
        ("They discussed military economic ties.", {"defence-industry"}),
        ("The military economic burden grew.", set()),
        # schools cooperating
        ("The two colleges signed an academic cooperation accord.", {"training-education"}),
        ("His academic career began early.", set()),
        # a facility built with the other's help
        (
            "He thanked them for helping build a new engineering school for the army.",
            {"capacity-building"},
        ),
        ("They helped to refurbish the old army hospital.", {"capacity-building"}),
        ("They helped build trust.", set()),
        ("He helped build the team.", set()),
        # defence materiel as a field
        ("They will cooperate on defence materiel.", {"arms-trade"}),
        ("The Defence Materiel Organisation hosted them.", set()),
        # innovation paired with technology or research
        (
            "Further fields include technology transfer and innovation.",
            {"innovation", "technology-transfer"},
        ),
        ("They discussed research and innovation.", {"innovation"}),
        ("They discussed innovation and technology.", {"innovation"}),
        ("He praised their courage and innovation.", set()),
        # a company's name ending in a shipbuilding word
        ("Bids came from Ostravia Naval Shipbuilding and others.", set()),
        ("The Kestrel Shipyards firm bid.", set()),
        ("They discussed shipbuilding.", {"defence-industry"}),
        # a bare "improving defence capabilities": no owner, no help given
        ("The ties are key for improving defense capabilities.", set()),
        (
            "The ties are key for improving the navy's defense capabilities.",
            {"capacity-building"},
        ),
        # peace operations named by their acronyms, the AU's missions, troop contributors
        ("Its soldiers serve with UNIFIL.", {"peacekeeping"}),
        ("He praised their role in KFOR.", {"peacekeeping"}),
        ("Both are troop-contributing countries.", {"peacekeeping"}),
        ("Its battalion joined the African Union mission.", {"peacekeeping"}),
        ("The AU mission to the summit was small.", set()),
        ("The unified command met.", set()),
        # a post's acronym and a bracketed acronym before a region
        ("He met the Deputy Assistant Secretary of Defence (DASD) for the Middle East.", set()),
        ("The talks were chaired by the DASD for the Middle East.", set()),
        ("They discussed the Middle East.", {"regional-security"}),
    ],
)
def test_areas_acc10(sentence: str, expected: set[str]) -> None:
    assert _areas(sentence) == expected


_PAIR = "Ruritania and Freedonia signed a pact in Ruritania. Freedonia welcomed it. "
_NAMES = {"Ruritania": "RUR", "Freedonia": "FRE", "Syldavia": "SYL"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a party's delegation is no subject of security
        ("Ruritania's security delegation held talks.", set()),
        ("Talks centred on Ruritania's security.", {"regional-security"}),
        # waters named after a country are not that country
        (
            "Fighting piracy in the Gulf of Syldavia and peacekeeping were discussed.",
            {"maritime-security", "peacekeeping"},
        ),
        # a third country itself still makes the sentence its own
        ("Syldavia sent peacekeeping troops abroad.", set()),
    ],
)
def test_areas_acc10_pair(sentence: str, expected: set[str]) -> None:
    text = _PAIR + sentence
    found = find_areas(prepare(text), _with_countries(text, _NAMES))
    assert {a.id.value for a in found} == expected
