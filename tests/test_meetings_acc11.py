"""Meeting rules of the eleventh round (unseen-text accuracy): one record per encounter,
its day and its place.

Every sentence here is written for these tests (fictional people, real countries); each
rule has rows where it must fire and rows where it must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

import defrel

PUB = dt.date(2024, 3, 5)  # a Tuesday


def _rows(body: str, published: dt.date = PUB) -> list[tuple[object, ...]]:
    """(date, location, participant names) of every meeting read, in the report's order."""
    return [
        (m.date, m.location, sorted(p.name for p in m.participants))
        for m in defrel.parse(body, published=published).meetings
    ]


# A ", which" clause opening well after the cue tells of another noun's time: its date is
# not the encounter's, and the encounter told twice stays one record.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Danish Defence Minister Carl Holm and his Estonian counterpart, Mart Kask, "
                "inspected an honour guard before their talks in Copenhagen on Monday.\n\n"
                "During their meeting in Copenhagen, Danish Defence Minister Carl Holm and his "
                "Estonian counterpart, Mart Kask, praised the bilateral partnership, which was "
                "raised to a strategic level last year."
            ),
            [(dt.date(2024, 3, 4), "Copenhagen", ["Carl Holm", "Mart Kask"])],
        ),
        # the clause right after the cue tells of the encounter itself: its day stays
        (
            (
                "Danish Defence Minister Carl Holm held talks with his Estonian counterpart, "
                "Mart Kask, which took place on Monday in Copenhagen."
            ),
            [(dt.date(2024, 3, 4), "Copenhagen", ["Carl Holm", "Mart Kask"])],
        ),
        # far from the cue, a clause that opens on an event's verb tells of the encounter
        (
            (
                "The long-awaited talks between Danish Defence Minister Carl Holm and Estonian "
                "Defence Minister Mart Kask, which were held in Copenhagen on Monday, went well."
            ),
            [(dt.date(2024, 3, 4), "Copenhagen", ["Carl Holm", "Mart Kask"])],
        ),
    ],
)
def test_a_which_clause_keeps_its_date(body: str, want: list[tuple[object, ...]]) -> None:
    assert _rows(body) == want


# A held encounter of two countries only, with one held encounter of theirs that names
# people: one encounter, told twice.
_LEAD = (
    "Norway's defence minister said on Monday that Chile was a trusted partner, following "
    "talks with his Chilean counterpart in Santiago.\n\n"
    "Lars Dahl, who is also a deputy prime minister, said he had discussed naval cooperation "
    "with Ana Rojas. Dahl met the Chilean defence minister {when} of his visit to Chile.\n\n"
    "At a joint news conference with Minister Rojas, Dahl said the two countries were close."
)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            _LEAD.format(when="on the second day"),
            [(dt.date(2024, 3, 4), "Santiago", ["Lars Dahl", "Rojas"])],
        ),
        # the encounter of people fell on another day: two encounters
        (
            _LEAD.format(when="last Friday, on the first day"),
            [
                (dt.date(2024, 3, 4), "Santiago", []),
                (dt.date(2024, 3, 1), None, ["Lars Dahl", "Rojas"]),
            ],
        ),
    ],
)
def test_a_nameless_lead_folds(body: str, want: list[tuple[object, ...]]) -> None:
    assert _rows(body) == want


# The first encounter, told in the lead, takes the one city of its sides the lead names "in".
_BODY = (
    "Kenyan Defence Minister Joseph Mwangi said at a meeting with visiting Brazilian Defence "
    "Minister Rafael Costa that the two armies share much."
)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Senior officers of Brazil and Kenya vowed in Nairobi on Monday to deepen "
                "military ties.\n\n" + _BODY
            ),
            [(dt.date(2024, 3, 4), "Nairobi", ["Joseph Mwangi", "Rafael Costa"])],
        ),
        (
            (
                "The defence ministers of Peru and Spain discussed naval training in Madrid. "
                "Peruvian Defence Minister Jorge Salas and Spanish Defence Minister Elena Ruiz "
                "signed two agreements on the exchange of cadets."
            ),
            [(None, "Madrid", ["Elena Ruiz", "Jorge Salas"])],
        ),
        # a city of a third country: not the encounter's place
        (
            (
                "Senior officers of Brazil and Kenya vowed in Geneva on Monday to deepen "
                "military ties.\n\n" + _BODY
            ),
            [(dt.date(2024, 3, 4), None, ["Joseph Mwangi", "Rafael Costa"])],
        ),
        # two cities of its sides: which one is unknown
        (
            (
                "The defence ministers of Peru and Spain discussed naval training in Madrid and "
                "in Seville. Peruvian Defence Minister Jorge Salas and Spanish Defence Minister "
                "Elena Ruiz signed two agreements on the exchange of cadets."
            ),
            [(None, None, ["Elena Ruiz", "Jorge Salas"])],
        ),
        # the encounter is told after the lead: the lead's city is not its own
        (
            (
                "The navies of Peru and Spain trained together in Madrid. The drills lasted a "
                "week. Crews praised the weather.\n\nPeruvian Defence Minister Jorge Salas and "
                "Spanish Defence Minister Elena Ruiz signed two agreements on the exchange of "
                "cadets."
            ),
            [(None, None, ["Elena Ruiz", "Jorge Salas"])],
        ),
    ],
)
def test_a_lead_city(body: str, want: list[tuple[object, ...]]) -> None:
    assert _rows(body) == want


# A signing of countries alone, dated by a whole year only, is a deed of its year (the
# accord recalled), no encounter the report tells of.
_SIGNED = (
    "Chilean Defence Minister Ana Rojas received Norwegian Defence Minister Lars Dahl in "
    "Santiago on Monday. Norway and Chile signed a defence accord {when}."
)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            _SIGNED.format(when="in 2011"),
            [(dt.date(2024, 3, 4), "Santiago", ["Ana Rojas", "Lars Dahl"])],
        ),
        # a day: the signing is told as an encounter
        (
            _SIGNED.format(when="on January 12, 2011"),
            [
                (dt.date(2024, 3, 4), "Santiago", ["Ana Rojas", "Lars Dahl"]),
                (dt.date(2011, 1, 12), None, []),
            ],
        ),
    ],
)
def test_a_year_old_signing_of_countries(body: str, want: list[tuple[object, ...]]) -> None:
    assert _rows(body) == want


# A Title-Case headline verb ends the name before it; a visit "received" in a clause with
# no people of its own is the visitor's encounter; and two held encounters of one person
# each, of the two sides and of no other day or place, are one encounter told twice.
_RECEIVED = (
    "Defense Minister Joko Santoso {verb} Japan As A Key Partner\n\n"
    "Therefore, when receiving a visit from the Japanese Chief of Staff, General Kenji Mori, "
    "explored ways to expand defence ties between the two countries.\n\n"
    '"Japan is a close friend of Indonesia," Defense Minister Joko told Moro on Monday.'
)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            _RECEIVED.format(verb="Sees"),
            [(dt.date(2024, 3, 4), None, ["Joko Santoso", "Kenji Mori"])],
        ),
        (
            _RECEIVED.format(verb="Considers"),
            [(dt.date(2024, 3, 4), None, ["Joko Santoso", "Kenji Mori"])],
        ),
        # two visits of one side: two encounters
        (
            (
                "Japanese Chief of Staff General Kenji Mori visited Indonesia in May.\n\n"
                "Japanese Defence Minister Aiko Tanaka visited Indonesia in June."
            ),
            [(None, None, ["Kenji Mori"]), (None, None, ["Aiko Tanaka"])],
        ),
        # of the two sides, but in two months: two encounters
        (
            (
                "Indonesian army chief General Budi Hartono received a Japanese delegation in "
                "Jakarta in May.\n\nJapanese Defence Minister Aiko Tanaka visited Indonesia in "
                "June."
            ),
            [(None, "Jakarta", ["Budi Hartono"]), (None, None, ["Aiko Tanaka"])],
        ),
    ],
)
def test_one_encounter_told_of_each_side(body: str, want: list[tuple[object, ...]]) -> None:
    assert _rows(body) == want


# A palace named with its head first ("the Istana", "Istana Negara") is a venue.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Indonesian Defence Minister Budi Hartono called on Malaysian Prime Minister "
                "Aziz Rahman at the Istana on Monday."
            ),
            [(dt.date(2024, 3, 4), "Istana", ["Aziz Rahman", "Budi Hartono"])],
        ),
        (
            (
                "Indonesian Defence Minister Budi Hartono called on Malaysian King Sultan Ahmad "
                "Shah at Istana Negara on Monday."
            ),
            [(dt.date(2024, 3, 4), "Istana Negara", ["Budi Hartono", "Sultan Ahmad Shah"])],
        ),
        # the word as an owner, not where they met: no venue
        (
            (
                "Indonesian Defence Minister Budi Hartono met Malaysian Prime Minister Aziz "
                "Rahman on Monday, an Istana statement said."
            ),
            [(dt.date(2024, 3, 4), None, ["Aziz Rahman", "Budi Hartono"])],
        ),
    ],
)
def test_a_palace_venue(body: str, want: list[tuple[object, ...]]) -> None:
    assert _rows(body) == want


# A session dated by the dateline alone and told again with its own day, a day apart, by
# the same people at the same place: one session, of the day the text tells.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "NEW DELHI, Mar 5 (PTI) India and Kenya have exchanged two agreements during a "
                "key meeting in Nairobi, according to the defence ministry.\n\n"
                "Defence Secretary Arun Mehta led an Indian delegation to Kenya for the 4th Joint "
                "Defence Committee meeting held in Nairobi on March 4, the ministry said."
            ),
            [(dt.date(2024, 3, 4), "Nairobi", ["Arun Mehta"])],
        ),
        # each told with its own day, no dateline: two encounters
        (
            (
                "Indian Defence Secretary Arun Mehta held talks with Kenyan officials in Nairobi "
                "on Tuesday.\n\nA day earlier, Mehta led an Indian delegation to the Joint "
                "Defence Committee meeting held in Nairobi on Monday."
            ),
            [
                (dt.date(2024, 3, 5), "Nairobi", ["Arun Mehta"]),
                (dt.date(2024, 3, 4), "Nairobi", ["Arun Mehta"]),
            ],
        ),
    ],
)
def test_a_session_dated_by_the_dateline(body: str, want: list[tuple[object, ...]]) -> None:
    assert _rows(body) == want


# Whom a participant thanks, or whose kin a participant is, took no part.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Kenyan army chief General Peter Otieno, who thanked President Ruto and President "
                "Museveni for their guidance, met Ugandan army chief General Sam Okello in "
                "Kampala on Monday."
            ),
            [(dt.date(2024, 3, 4), "Kampala", ["Peter Otieno", "Sam Okello"])],
        ),
        (
            (
                "General Peter Otieno, son of Kenyan President John Otieno, met Ugandan army "
                "chief General Sam Okello in Kampala on Monday."
            ),
            [(dt.date(2024, 3, 4), "Kampala", ["Peter Otieno", "Sam Okello"])],
        ),
        # thanks for something, then an encounter with a president: the president took part
        (
            (
                "Kenyan army chief General Peter Otieno thanked the minister for the invitation "
                "and met Ugandan President Sam Okello in Kampala on Monday."
            ),
            [(dt.date(2024, 3, 4), "Kampala", ["Peter Otieno", "Sam Okello"])],
        ),
    ],
)
def test_the_thanked_and_kin_take_no_part(body: str, want: list[tuple[object, ...]]) -> None:
    assert _rows(body) == want
