"""Meeting rules of the twelfth round's second part (unseen news): the day of an encounter
told paragraphs after the day's main one.

Every sentence here is written for these tests (fictional people, real countries); each
rule has rows where it must fire and rows where it must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

import defrel

PUB = dt.date(2024, 3, 5)  # a Tuesday
_MONDAY = dt.date(2024, 3, 4)


def _dated(body: str, published: dt.date = PUB) -> list[tuple[dt.date | None, list[str]]]:
    """(date, participant names) of every meeting read, in order."""
    return [
        (m.date, sorted(p.name for p in m.participants))
        for m in defrel.parse(body, published=published).meetings
    ]


_FILLER = (
    "During the meeting, Lindqvist conveyed greetings from his prime minister.\n\n"
    "The two ministers reviewed the progress of joint exercises.\n\n"
    "They also exchanged views on regional security.\n\n"
)


# "Earlier in the day" paragraphs after the day's main encounter counts from the last day
# the text gave, not from nothing: the second encounter is of the same day.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Swedish Defence Minister Arvid Lindqvist met Danish Defence Minister Carl Holm "
                "in Copenhagen on Monday.\n\n" + _FILLER + "Earlier in the day, Lindqvist held "
                "talks with Danish Army Chief General Jens Vestergaard."
            ),
            [
                (_MONDAY, ["Arvid Lindqvist", "Carl Holm"]),
                (_MONDAY, ["Arvid Lindqvist", "Jens Vestergaard"]),
            ],
        ),
        (
            (
                "Swedish Defence Minister Arvid Lindqvist met Danish Defence Minister Carl Holm "
                "in Copenhagen on Monday.\n\n" + _FILLER + "Later in the evening, Lindqvist met "
                "Danish Army Chief General Jens Vestergaard."
            ),
            [
                (_MONDAY, ["Arvid Lindqvist", "Carl Holm"]),
                (_MONDAY, ["Arvid Lindqvist", "Jens Vestergaard"]),
            ],
        ),
    ],
)
def test_earlier_in_the_day_counts_from_the_story_day(
    body: str, want: list[tuple[object, ...]]
) -> None:
    assert _dated(body) == want


# Not fired: "that day" needs a day just before it, and a plan's "later in the day" is
# publication's own day, as before.
def test_that_day_far_from_its_day_stays_undated() -> None:
    body = (
        "Swedish Defence Minister Arvid Lindqvist met Danish Defence Minister Carl Holm "
        "in Copenhagen on Monday.\n\n" + _FILLER + "Earlier that day, Lindqvist held talks "
        "with Danish Army Chief General Jens Vestergaard."
    )
    got = _dated(body)
    assert got[0] == (_MONDAY, ["Arvid Lindqvist", "Carl Holm"])
    assert got[1][0] is None


def test_a_later_plan_is_publication_day() -> None:
    body = (
        "Swedish Defence Minister Arvid Lindqvist met Danish Defence Minister Carl Holm "
        "in Copenhagen on Monday.\n\n" + _FILLER + "Later in the day, Lindqvist will hold "
        "talks with Danish Army Chief General Jens Vestergaard."
    )
    got = _dated(body)
    assert got[-1] == (PUB, ["Arvid Lindqvist", "Jens Vestergaard"])


_MET = (
    "Swedish Defence Minister Arvid Lindqvist met Danish Defence Minister Carl Holm in "
    "Copenhagen on Monday.\n\n"
)
_HELD = [(_MONDAY, ["Arvid Lindqvist", "Carl Holm"])]


# An encounter already told, as the frame of a later sentence ("During the talks, ..."), is
# that encounter again: a date after the frame's comma is of the main clause's own event.
@pytest.mark.parametrize(
    "body",
    [
        _MET + "During the talks, Lindqvist congratulated Holm on his election win in January.",
        _MET + "In their meeting at the ministry, Lindqvist thanked Holm for aid sent in January.",
        _MET + "At the meeting, Holm recalled his own election win in January.",
    ],
)
def test_a_framing_encounter_takes_no_date_of_its_main_clause(body: str) -> None:
    assert _dated(body) == _HELD


# Not fired: the frame's own date (before its comma) is still read.
def test_a_frame_with_its_own_day_keeps_it() -> None:
    body = _MET + "During the talks on Monday, Lindqvist congratulated Holm."
    assert _dated(body) == _HELD


# An encounter set beside another event ("the talks came as ...", "comes amid ..."): the
# dates of that clause are of its own event; the encounter is the one told before.
@pytest.mark.parametrize(
    "body",
    [
        (
            "Swedish Defence Minister Arvid Lindqvist met Denmark's top general in Copenhagen "
            "on Monday.\n\nLindqvist's meeting with Danish Chief of Defence General Carl Holm "
            "came as the two countries set up a joint arms panel last week."
        ),
        (
            "Swedish Defence Minister Arvid Lindqvist met Denmark's top general in Copenhagen "
            "on Monday.\n\nLindqvist's meeting with Danish Chief of Defence General Carl Holm "
            "comes amid a row over drills held in January."
        ),
    ],
)
def test_a_came_as_clause_dates_its_own_event(body: str) -> None:
    assert _dated(body) == _HELD


# Not fired: "came a day after" counts the encounter's own day; nothing is cut.
def test_came_after_is_no_other_event() -> None:
    body = (
        "Swedish Defence Minister Arvid Lindqvist and Danish Defence Minister Carl Holm held "
        "talks in Copenhagen, his office said. The talks came a day after the summit on Sunday."
    )
    got = _dated(body)
    assert got == [(_MONDAY, ["Arvid Lindqvist", "Carl Holm"])]


# "Later in the day" just after a stretch ("later this year") counts from the story's day,
# not from the stretch (which holds no one day).
def test_later_in_the_day_after_a_stretch() -> None:
    body = (
        _MET + "Lindqvist invited Holm to a forum his ministry hosts later this year.\n\n"
        "Later in the day, Lindqvist met Danish Army Chief General Jens Vestergaard."
    )
    assert _dated(body) == [*_HELD, (_MONDAY, ["Arvid Lindqvist", "Jens Vestergaard"])]


def _places(body: str, published: dt.date = PUB) -> list[tuple[str | None, list[str]]]:
    """(location, participant names) of every meeting read, in order."""
    return [
        (m.location, sorted(p.name for p in m.participants))
        for m in defrel.parse(body, published=published).meetings
    ]


# A meeting with "captains of <nation's> business/industry" is with company people: no
# official encounter (as "captains of industry" was).
@pytest.mark.parametrize(
    "tail",
    [
        (
            "He will end his tour with a meeting with captains of Danish business and "
            "industry in Aarhus."
        ),
        "He will end his tour with a meeting with the captains of Danish industry in Aarhus.",
    ],
)
def test_captains_of_a_nations_business_are_no_officials(tail: str) -> None:
    body = _MET + tail
    assert all(place != "Aarhus" for place, _ in _places(body))
    assert _places(body)[0] == ("Copenhagen", ["Arvid Lindqvist", "Carl Holm"])


# Not fired: a meeting with an official of that nation's industry ministry is one.
def test_an_industry_minister_is_an_official() -> None:
    body = _MET + "Lindqvist later met Danish Industry Minister Jens Vestergaard in Aarhus."
    assert ("Aarhus", ["Arvid Lindqvist", "Jens Vestergaard"]) in _places(body)


# A given name transliterated two ways ("Andrei"/"Andrey", "Yuri"/"Yury") with one surname is
# one person: the encounter told again with the other spelling is the same one.
@pytest.mark.parametrize(
    ("first", "again"),
    [("Andrei", "Andrey"), ("Yuri", "Yury"), ("Dmitry", "Dmitri")],
)
def test_a_given_name_spelt_two_ways_is_one_person(first: str, again: str) -> None:
    body = (
        f"Swedish Defence Minister Arvid Lindqvist held talks with Russian Defence Minister "
        f"General {first} Volkov in Moscow on Tuesday.\n\n"
        f'Lindqvist wrote: "Good meeting with General {again} Volkov in Moscow today."'
    )
    assert [(loc, names) for loc, names in _places(body)] == [
        ("Moscow", sorted(["Arvid Lindqvist", f"{first} Volkov"]))
    ]


# Not fired: the same given name in the other spelling with another surname is another man.
def test_another_surname_is_another_person() -> None:
    body = (
        "Swedish Defence Minister Arvid Lindqvist held talks with Russian Defence Minister "
        "General Andrei Volkov in Moscow on Monday.\n\n"
        "Lindqvist later met Russian Deputy Defence Minister Andrey Sokolov in Moscow."
    )
    names = {n for _, people in _places(body) for n in people}
    assert {"Andrei Volkov", "Andrey Sokolov"} <= names


# A call the pair just read held earlier, told with "they" as its subject ("They had held
# talks by telephone on <day>"): a call of the pair, not a record dropped for want of people.
@pytest.mark.parametrize(
    "tail",
    [
        "They had held talks by telephone on February 20 before the crisis.",
        "They held phone talks on February 20.",
        "The two ministers had spoken by phone on February 20.",
    ],
)
def test_they_called_earlier(tail: str) -> None:
    got = _dated(_MET + tail)
    assert got == [*_HELD, (dt.date(2024, 2, 20), ["Arvid Lindqvist", "Carl Holm"])]


# Not fired: "they" without a call, or before a call with a person of its own.
def test_they_without_a_call_is_nothing_new() -> None:
    assert _dated(_MET + "They discussed the war on February 20.") == _HELD


def test_they_before_a_call_with_another_person() -> None:
    got = _dated(
        _MET + "They had held phone talks with Danish Army Chief General Jens Vestergaard "
        "on February 20."
    )
    assert (dt.date(2024, 2, 20), ["Arvid Lindqvist", "Carl Holm"]) not in got
    assert any("Jens Vestergaard" in names for _, names in got)


def _kinds(body: str, published: dt.date = PUB) -> list[tuple[object, ...]]:
    """(kind, location) of every meeting read, in order."""
    return [(m.kind.value, m.location) for m in defrel.parse(body, published=published).meetings]


# A readout's "had an introductory call" (or a congratulatory, a brief one) is a call: no
# place of its own, whatever clock the text names.
@pytest.mark.parametrize(
    "body",
    [
        (
            "Swedish Defence Minister Arvid Lindqvist and Danish Defence Minister Carl Holm had "
            "an introductory call on Monday (Copenhagen time) to discuss the alliance."
        ),
        (
            "Swedish Defence Minister Arvid Lindqvist held a congratulatory call with Danish "
            "Defence Minister Carl Holm on Monday."
        ),
    ],
)
def test_an_introductory_call_is_a_call(body: str) -> None:
    assert _kinds(body) == [("call", None)]


# Not fired: "held a brief meeting" is talks in person.
def test_a_brief_meeting_is_no_call() -> None:
    body = (
        "Swedish Defence Minister Arvid Lindqvist and Danish Defence Minister Carl Holm held "
        "a brief meeting in Oslo on Monday."
    )
    assert _kinds(body) == [("talks", "Oslo")]
