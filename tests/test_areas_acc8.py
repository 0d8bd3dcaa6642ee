"""Cooperation areas: the eighth session's rules, one row per rule, with negatives."""

from __future__ import annotations

import pytest

from defrel._areas import find_areas
from defrel._text import prepare
from defrel._types import Mentions
from tests._area_rows import areas_of as _areas
from tests._area_rows import with_countries as _with_countries


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "R&D" in the frames of research and development
        ("Both want closer collaboration between their aerospace R&D labs.", {"co-development"}),
        ("The firms began joint R&D on a light drone.", {"co-development"}),
        ("Joint R&D will follow.", {"co-development"}),
        ("They discussed cooperation in defence R&D.", {"co-development"}),
        ("They agreed on partnership between research and development teams.", {"co-development"}),
        # a company's own laboratory is no field
        ("The minister toured the R&D centre of the firm.", set()),
        ("Spending on R&D rose last year.", set()),
        # a capitalised maritime or naval field in a title
        (
            "They co-hosted the first Maritime Exercise of the bloc.",
            {"maritime-security", "military-exercises"},
        ),
        ("Ruritania, Freedonia Sign Pact on Maritime Security", {"maritime-security"}),
        (
            "The two armies planned a Naval Exercise off the coast.",
            {"maritime-security", "military-exercises"},
        ),
        ("Their Naval Cooperation Programme started.", {"maritime-security"}),
        # a service's or an agency's name is not the field
        ("He met the chief of the Maritime Self-Defense Force.", set()),
        ("He visited the Maritime Security Agency headquarters.", set()),
        # security issues of a region
        ("Talks covered security issues in the Sahel.", {"regional-security"}),
        ("They raised security concerns across the Indo-Pacific region.", {"regional-security"}),
        ("They raised security concerns about the venue.", set()),
        # disaster risk management and reduction
        ("They agreed on the joint management of disaster risk.", {"humanitarian-assistance"}),
        ("Both stressed disaster risk reduction.", {"humanitarian-assistance"}),
        ("The risk of a cyber disaster grows.", {"cyber"}),
        # arms makers alone and field hospitals are mentions, not fields
        ("The navy signed two contracts with foreign arms makers.", set()),
        ("The contingent runs a field hospital in the mission area.", set()),
        ("Both sides backed cooperation between defence manufacturers.", {"defence-industry"}),
    ],
)
def test_rows(sentence: str, expected: set[str]) -> None:
    assert _areas(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # licensed or joint making
        ("The engines will be built in Chile under licence.", {"co-production"}),
        ("They will manufacture the rifles jointly.", {"co-production"}),
        ("The shop sold its goods under licence.", set()),
        ("They drafted and produced the statement jointly.", set()),
        # cooperation in developing a platform
        ("They will cooperate in developing a new trainer aircraft.", {"co-development"}),
        ("Both will collaborate on the development of unmanned systems.", {"co-development"}),
        ("They agreed to cooperate in the development of bilateral ties.", set()),
        # space as a field after a verb of cooperation
        ("They agreed to cooperate on space.", {"space"}),
        ("They cooperated on the space for the new office.", set()),
        # security at sea
        ("The coastal states discussed safety at sea.", {"maritime-security"}),
        ("He spent a week at sea.", set()),
        # spelling variants of established fields
        ("The deal has transfer-of-technology clauses.", {"technology-transfer"}),
        ("They promoted industry-to-industry links.", {"defence-industry"}),
        # exchanges of trainees
        ("The academies will exchange instructors.", {"training-education"}),
        ("They exchanged gifts.", set()),
        # supplying a force with equipment
        (
            "Chile will supply the Peruvian navy with two frigates.",
            {"arms-trade", "maritime-security"},
        ),
        ("The ministry will supply the press with statements.", set()),
        # a security crisis or worsening security
        ("They discussed the worsening security along the border.", {"regional-security"}),
        ("They addressed the security crisis in the north.", {"regional-security"}),
        ("They discussed the food security crisis.", set()),
    ],
)
def test_variants(sentence: str, expected: set[str]) -> None:
    assert _areas(sentence) == expected


_NAMES = {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a third country's unrest taken up in the talks: the regional situation discussed
        ("Chile and Peru met. The talks touched on the unrest in Bolivia.", {"regional-security"}),
        (
            "Chile and Peru met. Topics included the security situation in Bolivia.",
            {"regional-security"},
        ),
        # no word of talks: a third country's own affair
        ("Chile and Peru met. Bolivia faces unrest in its south.", set()),
        # the exemption is for the regional situation only
        ("Chile and Peru met. The talks touched on terrorism in Bolivia.", set()),
    ],
)
def test_third_country_situation_discussed(sentence: str, expected: set[str]) -> None:
    mentions = _with_countries(sentence, _NAMES)
    assert {a.id.value for a in find_areas(prepare(sentence), mentions)} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a conflict between named sides
        ("They discussed the conflict between Syldavia and Borduria.", {"regional-security"}),
        ("They discussed the tensions between the two firms.", set()),
        # peace on a continent, instability or de-escalation in a region
        ("They discussed ways to ensure stability on the continent.", {"regional-security"}),
        ("Both called for de-escalation in the region.", {"regional-security"}),
        ("They saw instability in the markets.", set()),
        # a contract for equipment
        ("Peru signed a contract for six helicopters.", {"arms-trade"}),
        ("Peru signed a contract for road works.", set()),
        # exchange programmes
        ("They agreed on exchange programmes for officers.", {"training-education"}),
        # attacks on shipping
        ("They discussed the recent shipping attacks.", {"maritime-security"}),
        ("They discussed shipping costs.", set()),
    ],
)
def test_more_variants(sentence: str, expected: set[str]) -> None:
    assert _areas(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # patrol vessels are equipment: bought or sold, not a field when only named
        ("Manila was keen on acquiring fast offshore patrol vessels.", {"arms-trade"}),
        ("Two patrol vessels were seen near the coast.", set()),
        # idioms that hold a field's word
        ("The visit marked a quantum leap in ties.", set()),
        ("They pledged to cooperate on quantum sensing.", {"emerging-technology"}),
        ("Neither side used the islands as bargaining chips.", set()),
        ("They discussed supplies of chips.", {"emerging-technology"}),
        ("They weighed several courses of action.", set()),
        # a fighter named as next-generation is not developed jointly by that word
        ("Ruritania will buy a next-generation fighter.", {"arms-trade"}),
    ],
)
def test_mentions_and_idioms(sentence: str, expected: set[str]) -> None:
    assert _areas(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a unit or a ship named for its role is no training given
        ("The training squadron of the navy called at the port.", set()),
        ("Two training ships arrived.", set()),
        ("They agreed on joint training of pilots.", {"training-education"}),
        # a company's name ending in "Industries"
        ("He toured the plant of Ruritania Aerospace Industries.", set()),
        ("He toured Ruritania Aerospace Industries (RAI) with them.", set()),
        ("They discussed Defence Industries cooperation.", {"defence-industry"}),
        # a headline in title case is still the field
        ("Ruritania, Freedonia Boost Defence Industries Ties", {"defence-industry"}),
    ],
)
def test_names_of_units_and_firms(sentence: str, expected: set[str]) -> None:
    assert _areas(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # nuclear and missile threats or programmes
        ("They discussed Borduria's nuclear and missile programmes.", {"nuclear"}),
        ("They discussed missile programmes.", set()),
        # a named actor's growing assertiveness or aggression
        ("They discussed ways to counter Borduria's growing assertiveness.", {"regional-security"}),
        ("The growing threat worried them.", set()),
        ("A rising threat of floods worried them.", set()),
        # a conflict in a part of a named country
        ("They discussed the conflict in eastern Syldavia.", {"regional-security"}),
        ("They discussed the situation in eastern markets.", set()),
        # issues of regional concern
        (
            "They exchanged views on issues of regional and international concern.",
            {"regional-security"},
        ),
        ("Ruritania is a partner of regional importance.", set()),
    ],
)
def test_regional_variants(sentence: str, expected: set[str]) -> None:
    assert _areas(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They discussed the safety of navigation.", {"maritime-security"}),
        ("They discussed the safety of the staff.", set()),
        ("Chile will help equip the Peruvian army.", {"capacity-building"}),
        ("Chile gifted two patrol boats to Peru.", {"capacity-building"}),
        ("Chile gifted a book to the minister.", set()),
        ("They discussed the use of Chilean ports by Peruvian ships.", {"logistics-access"}),
        ("He made good use of his time.", set()),
        ("They discussed overflight permissions.", {"logistics-access"}),
        ("Peru received the first batch of jets.", {"arms-trade"}),
        ("Peru received the first batch of letters.", set()),
        ("The two fleets conducted a PASSEX.", {"military-exercises"}),
    ],
)
def test_access_aid_and_kit(sentence: str, expected: set[str]) -> None:
    assert _areas(sentence) == expected


def test_generic_topics_alone_name_no_field() -> None:
    text = prepare("They discussed international developments. Peace in the Gulf was raised.")
    (area,) = find_areas(text, Mentions())
    # the generic words are evidence once other words name the field
    assert [text.text[s.start : s.end] for s in area.spans] == [
        "international developments",
        "Peace in the Gulf",
    ]
    assert _areas("They exchanged views on international and global issues.") == set()
    assert _areas("Both reviewed geopolitical developments and world affairs.") == set()
    # a region's issues are its situation
    assert _areas("They exchanged views on regional and global issues.") == {"regional-security"}
    assert _areas("They reviewed the regional situation.") == {"regional-security"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what a visit comes amid is the writer's backdrop
        ("The visit comes amid rising tensions in the region.", set()),
        ("The talks came in the wake of the crisis in the Gulf.", set()),
        # the same words as a subject of the talks
        ("They discussed rising tensions in the region.", {"regional-security"}),
        # a backdrop in an earlier sentence does not reach the next one
        (
            "The visit comes amid a storm. They discussed peace in the region.",
            {"regional-security"},
        ),
        # only the regional situation is read as a backdrop
        ("The visit comes amid plans for joint exercises.", {"military-exercises"}),
    ],
)
def test_backdrop_of_the_visit(sentence: str, expected: set[str]) -> None:
    assert _areas(sentence) == expected
