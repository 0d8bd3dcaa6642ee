"""Meeting rules of the eighth round (unseen-text accuracy), through the whole pipeline.

Every sentence here is written for these tests; each rule has rows where it must fire and
rows where it must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

import defrel

PUB = dt.date(2023, 6, 8)  # a Thursday


def _records(body: str, published: dt.date = PUB) -> list[tuple[frozenset[str], str | None, str]]:
    report = defrel.parse(body, published=published)
    return sorted(
        (
            (
                frozenset(a.name for a in m.participants),
                m.location,
                "" if m.date is None else m.date.isoformat(),
            )
            for m in report.meetings
        ),
        key=repr,
    )


def _places(body: str, published: dt.date = PUB) -> list[str | None]:
    return sorted((r[1] or "-" for r in _records(body, published)), key=str)


# Two records of one day sharing a participant: the one without a place was held where the
# other was (unless it is a call, or the placed records disagree).
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Polish Defence Minister Jan Nowak held talks with his German counterpart Klaus "
                "Weber in Hamburg on Thursday. Later in the day, Nowak and Weber will co-chair the "
                "third Poland-Germany Defence Dialogue."
            ),
            ["Hamburg", "Hamburg"],
        ),
        (
            # a call of the same day gets no place
            (
                "Polish Defence Minister Jan Nowak held talks with his German counterpart Klaus "
                "Weber in Hamburg on Tuesday. On the same day Nowak held a phone call with "
                "Ukrainian Defence Minister Ivan Petrenko."
            ),
            ["-", "Hamburg"],
        ),
        (
            # another day: no place given
            (
                "Polish Defence Minister Jan Nowak held talks with his German counterpart Klaus "
                "Weber in Hamburg on Tuesday. On Wednesday, Nowak met Danish Defence Minister "
                "Lars Holm."
            ),
            ["-", "Hamburg"],
        ),
    ],
)
def test_a_record_takes_the_place_of_its_day(body: str, want: list[str]) -> None:
    assert _places(body) == want


# A planned encounter of the next days, of someone visiting a place on the report's day: held
# there (not one weeks on, not a call, not when the visit was days ago).
_VISIT = (
    "Ghanaian Defence Minister Kofi Mensah held talks with his Kenyan counterpart Paul Otieno "
    "in Nairobi on {held}. Mensah will {verb} President Mary Wanjiru of Kenya on {planned}."
)


@pytest.mark.parametrize(
    ("held", "verb", "planned", "want"),
    [
        ("Thursday", "call on", "Saturday", ["Nairobi", "Nairobi"]),
        ("Thursday", "call on", "June 20", ["-", "Nairobi"]),
        ("Thursday", "hold a phone call with", "Saturday", ["-", "Nairobi"]),
        ("Monday", "call on", "Saturday", ["-", "Nairobi"]),
    ],
)
def test_a_planned_encounter_of_a_visit_takes_its_place(
    held: str, verb: str, planned: str, want: list[str]
) -> None:
    assert _places(_VISIT.format(held=held, verb=verb, planned=planned)) == want


# "the Defence Minister of Singapore": a city-state after an office names a side, no venue.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "The Defence Minister of Singapore, Tan Wei Ming, called on President Amina Yusuf "
                "of Ghana on Tuesday."
            ),
            ["-"],
        ),
        (
            (
                "The President of Djibouti, Omar Farah, received Defence Minister Jan Nowak of "
                "Poland on Tuesday."
            ),
            ["-"],
        ),
        (
            # a venue named after "in" stays
            (
                "The Defence Minister of Ghana, Kofi Mensah, met Defence Minister Tan Wei Ming in "
                "Singapore on Tuesday."
            ),
            ["Singapore"],
        ),
    ],
)
def test_the_state_of_an_office_is_no_venue(body: str, want: list[str]) -> None:
    assert _places(body) == want


# "the India-Singapore dialogue": the second name of a hyphenated pair is no venue.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Defence Minister Kofi Mensah and his Ghanaian counterpart Tan Wei Ming co-chaired "
                "the sixth Ghana-Singapore Defence Dialogue on Tuesday."
            ),
            ["-"],
        ),
        (
            (
                "Defence Minister Kofi Mensah and his Ghanaian counterpart Tan Wei Ming co-chaired "
                "the sixth Defence Dialogue in Singapore on Tuesday."
            ),
            ["Singapore"],
        ),
    ],
)
def test_a_hyphenated_pair_names_no_venue(body: str, want: list[str]) -> None:
    assert _places(body) == want


# "In the <adjective> city of <Town>, ...": a sentence-opening town frames the whole
# sentence, however far its cue; the opening "In" is capitalised.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "In the Kenyan city of Nakuru, Kenyan Defence Minister Paul Otieno and Ugandan "
                "Defence Minister John Okello met on Tuesday."
            ),
            ["Nakuru"],
        ),
        (
            (
                "In the Kenyan town of Nakuru, the foreign ministers, together with the Minister "
                "of Defence of Kenya, Paul Otieno; the Deputy Minister of Defence of Uganda, John "
                "Okello; the Principal Secretary for Internal Security of Kenya, Mary Wanjiru; and "
                "the Deputy Minister of Internal Affairs of Uganda, Peter Mugisha, took part in a "
                "working meeting to discuss border security."
            ),
            ["Nakuru"],
        ),
        (
            # a place the sentence names itself is kept
            (
                "In the Kenyan city of Nakuru, farmers protested on Tuesday, while in Kampala the "
                "defence ministers of Kenya and Uganda, Paul Otieno and John Okello, held talks."
            ),
            ["Kampala"],
        ),
        (
            # the opening town of another sentence frames nothing here
            (
                "In the Kenyan city of Nakuru, farmers protested on Tuesday over the price of "
                "maize. Kenyan Defence Minister Paul Otieno and Ugandan Defence Minister John "
                "Okello met on Tuesday."
            ),
            ["-"],
        ),
    ],
)
def test_an_opening_town_frames_its_sentence(body: str, want: list[str]) -> None:
    assert _places(body) == want


# Wire datelines of other shapes ("Karachi, JUN 8 /APP/ –"; a city and date alone on their
# line): the report's city is where its own-day encounter was held.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Karachi, JUN 8 /APP/ – Commander of the Ghana Army Major General Kofi Mensah "
                "called on Pakistan's Chief of Army Staff General Imran Qadir at General "
                "Headquarters today."
            ),
            ["Karachi"],
        ),
        (
            (
                "Army chief visits Pakistan\n\nKarachi, Pakistan, June 8\n\nBy A Writer\n\n"
                "Commander of the Ghana Army Major General Kofi Mensah called on General Imran "
                "Qadir, the Chief of Army Staff of Pakistan, today."
            ),
            ["Karachi"],
        ),
        (
            # a city alone on a line, with no date, is no dateline
            (
                "Army chief visits Pakistan\n\nKarachi\n\nCommander of the Ghana Army Major "
                "General Kofi Mensah called on General Imran Qadir, the Chief of Army Staff of "
                "Pakistan, today."
            ),
            ["-"],
        ),
    ],
)
def test_a_dateline_of_another_shape_places_the_days_encounter(body: str, want: list[str]) -> None:
    assert _places(body) == want


# The held encounters of an article that names no one in any: the officials of their sides
# the article names anywhere took part, and with them those of no known country (not those
# of a third country, not of a planned one or one of a time span, not when the article
# holds a record with people).
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Kenya and Uganda signed a roadmap for a joint border brigade on Tuesday.\n\n"
                "The brigade will guard the shared frontier.\n\n"
                '"This is a new phase in our cooperation," said Kenyan Defence Minister Paul '
                "Otieno."
            ),
            [frozenset({"Paul Otieno"})],
        ),
        (
            (
                "Kenya and Uganda will sign a roadmap for a joint border brigade next month.\n\n"
                '"This will be a new phase in our cooperation," said Kenyan Defence Minister Paul '
                "Otieno."
            ),
            [frozenset()],
        ),
        (
            (
                "Kenya and Uganda signed a roadmap for a joint border brigade on Tuesday.\n\n"
                '"This is a new phase for the region," said Tanzanian Defence Minister Amina '
                "Juma."
            ),
            [frozenset()],
        ),
        (
            (
                "Kenya and Uganda signed a roadmap for a joint border brigade on Tuesday. Kenyan "
                "Defence Minister Paul Otieno met Rwandan Defence Minister Eric Mugabo on "
                "Wednesday."
            ),
            [frozenset(), frozenset({"Paul Otieno", "Eric Mugabo"})],
        ),
        (
            (
                "Kenya and Uganda held a phone call on Tuesday, the Kenyan ministry said.\n\n"
                '"We spoke about the border," said Kenyan Defence Minister Paul Otieno.'
            ),
            [frozenset({"Paul Otieno"})],
        ),
        (
            # one of a known side: the official of no known country joins; the signing of
            # "March 2019" (a time span) takes no one
            (
                "Kenya and Uganda signed a roadmap in Nairobi on Tuesday.\n\nThe two countries "
                'had signed a first accord in March 2019.\n\n"This is a new phase," said '
                "Kenyan Defence Minister Paul Otieno. Deputy Minister of Defence Mary Wanjiru "
                "said the accord would help."
            ),
            [frozenset(), frozenset({"Paul Otieno", "Mary Wanjiru"})],
        ),
        (
            # officials of no known country alone join no one
            (
                "Kenya and Uganda signed a roadmap in Nairobi on Tuesday.\n\n"
                '"This is a new phase," said Deputy Minister of Defence Mary Wanjiru.'
            ),
            [frozenset()],
        ),
    ],
)
def test_nameless_encounters_take_the_officials_of_their_sides(
    body: str, want: list[frozenset[str]]
) -> None:
    assert sorted((r[0] for r in _records(body)), key=len) == want


# A region's name is no person ("Guangdong Province"); "Secretary-General" is an office.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Chinese Defence Minister Li Wei met Cambodian Defence Minister Sok Dara in "
                "Guangzhou, capital of south China's Guangdong Province, on Tuesday."
            ),
            [frozenset({"Li Wei", "Sok Dara"})],
        ),
        (
            (
                "Ugandan Defence Minister John Okello met Kenyan Defence Minister Paul Otieno "
                "and the officials of the Rift Valley Region on Tuesday."
            ),
            [frozenset({"John Okello", "Paul Otieno"})],
        ),
        (
            (
                "NATO Secretary-General Anne Lund met Polish Defence Minister Jan Nowak in Warsaw "
                "on Tuesday."
            ),
            [frozenset({"Anne Lund", "Jan Nowak"})],
        ),
        (
            (
                "The Secretary-General of ASEAN, Kao Sok, met Polish Defence Minister Jan Nowak "
                "in Warsaw on Tuesday."
            ),
            [frozenset({"Kao Sok", "Jan Nowak"})],
        ),
    ],
)
def test_regions_are_no_people_and_a_secretary_general_is_an_office(
    body: str, want: list[frozenset[str]]
) -> None:
    assert [r[0] for r in _records(body)] == want


# A city's name that is a word of a person's name ("Florence Dubois") places nothing.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "French Defence Minister Florence Dubois held talks with Kenyan Defence "
                "Minister Paul Otieno on Tuesday."
            ),
            ["-"],
        ),
        (
            (
                "French Defence Minister Florence Dubois held talks with Italian Defence "
                "Minister Paolo Rossi in Florence on Tuesday."
            ),
            ["Florence"],
        ),
    ],
)
def test_a_persons_name_is_no_place(body: str, want: list[str]) -> None:
    assert _places(body) == want
