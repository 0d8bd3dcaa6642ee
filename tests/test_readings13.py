"""Readings of the thirteenth session, each a general rule with rows where it must not fire.

Every sentence here is written for these tests, with fictional people.
"""

from __future__ import annotations

import datetime as dt

import pytest

import defrel
from defrel import AreaId, StatementKind
from tests._statement_rows import Row, check_statements

R = StatementKind.REPORTED
_MET = "Defence Minister Arvid Lindqvist met his Chilean counterpart Ana Soto in Oslo. "

ROWS: list[Row] = [
    # A relative clause describing the speaker closes an inverted attribution, however long.
    (
        (
            "Norway and Chile will build on their long partnership, said Defence Minister "
            "Arvid Lindqvist, who hosted an honour cordon and a meeting today, welcoming the "
            "Chilean Defence Minister Ana Soto to the ministry in Oslo."
        ),
        [("Lindqvist", "Norway and Chile will build on their long partnership", R)],
    ),
    (
        _MET + "The two navies will train together next year, said Lindqvist, who arrived "
        "on Sunday.",
        [("Lindqvist", "The two navies will train together next year", R)],
    ),
    # (a relative clause with a speech verb of its own: no single attribution to read)
    (
        _MET + "The navies will train together, said Lindqvist, who also said that the cost "
        "would be shared.",
        [],
    ),
    # A possessive time word opens the reported clause ("said today's meeting ...").
    (
        _MET + "Lindqvist said today's meeting covered naval training and joint patrols.",
        [("Lindqvist", "today's meeting covered naval training and joint patrols", R)],
    ),
    (
        _MET + "Lindqvist said this week’s talks covered naval training and joint patrols.",
        [("Lindqvist", "this week’s talks covered naval training and joint patrols", R)],
    ),
    # (the time word alone still tells when the words were said)
    (
        _MET + "Lindqvist said today that the talks covered naval training.",
        [("Lindqvist", "the talks covered naval training", R)],
    ),
    # Narration in an irregular past is a clause, not a fronted phrase: the attribution after
    # it reports it; the sentence may go on after the attribution with a clause of its own.
    (
        _MET + "In 1990, during the crisis, Norwegian officials bought two ships from Chile, "
        "Lindqvist said, and later the two navies trained together.",
        [
            (
                "Lindqvist",
                "In 1990, during the crisis, Norwegian officials bought two ships from Chile",
                R,
            )
        ],
    ),
    (
        _MET + "In 1990, Chile sent a destroyer to Norway, Lindqvist said.",
        [("Lindqvist", "In 1990, Chile sent a destroyer to Norway", R)],
    ),
    # (a fronted phrase with no verb is still no clause)
    (
        _MET + "At a press conference after the talks, Lindqvist said the navies will train "
        "together.",
        [("Lindqvist", "the navies will train together", R)],
    ),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_reported_speech_readings(
    text: str, want: list[tuple[str | None, str, StatementKind]]
) -> None:
    check_statements(text, want)


# The speaker's next act after the attribution ends the sentence's tail ("…, X said, and
# thanked B"): the clause before the attribution is the report.
def test_reported_clause_before_a_next_act() -> None:
    check_statements(
        _MET + "The navies will train together, Lindqvist said, and thanked Soto for the visit.",
        [("Lindqvist", "The navies will train together", R)],
    )


# "The sides" and "the parties" as the subject are the two sides of the talks; not "the sides
# of the conflict", "the parties to the dispute" (others), nor political parties.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "The sides will continue to work closely on peacekeeping training.",
            [("will", "continue to work closely on peacekeeping training", ["CHL", "NOR"])],
        ),
        (
            "The parties agreed to hold staff talks every year.",
            [("agreed", "hold staff talks every year", ["CHL", "NOR"])],
        ),
        ("The sides of the conflict will meet again next month.", []),
        ("The parties to the dispute will meet again next month.", []),
        ("The political parties will hold their congress next year.", []),
    ],
)
def test_the_sides_as_subject(sentence: str, want: list[tuple[str, str, list[str]]]) -> None:
    report = defrel.parse(_MET + sentence, published=dt.date(2024, 1, 3))
    got = [
        (c.modality.value, c.action, sorted(p.code for p in c.parties)) for c in report.commitments
    ]
    assert got == want


# Building capacity of a field is capacity building ("building defence capacity"); not a
# plant's output.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Cooperation in building defence capacity has become more targeted.", True),
        ("The sides discussed building military capacities in the region.", True),
        ("They toured a plant building production capacity for shells.", False),
    ],
)
def test_building_a_fields_capacity(sentence: str, want: bool) -> None:
    report = defrel.parse(_MET + sentence, published=dt.date(2024, 1, 3))
    assert (AreaId.CAPACITY_BUILDING in {a.id for a in report.areas}) is want


# An abbreviated first name ("Ma.", "Mohd.") before a speech verb stays in the name.
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Later Ma. Elena Cruz said the drills would go ahead.", "Ma. Elena Cruz"),
        ("They met on Monday. Jane Roe said the drills would go ahead.", "Jane Roe"),
    ],
)
def test_an_abbreviated_first_name(sentence: str, speaker: str) -> None:
    report = defrel.parse(sentence, published=dt.date(2024, 1, 3))
    assert [s.speaker.name if s.speaker else None for s in report.statements] == [speaker]


# A hyphenated given name and the same words spaced, with a middle initial, are one person.
def test_a_hyphenated_given_name_spelt_spaced_is_one_person() -> None:
    report = defrel.parse(
        "Defence Minister Arvid Lindqvist held talks with Chilean counterpart Ana-Maria Soto "
        "on Monday. In his meeting with Ana Maria J. Soto, Minister of National Defence of "
        "Chile, Lindqvist said the talks were good.",
        published=dt.date(2024, 1, 3),
    )
    assert [a.name for a in report.actors] == ["Arvid Lindqvist", "Ana Maria J. Soto"]
    assert len(report.meetings) == 1


# "to meet the evolving threats" meets no one (as "to meet the challenges" does not).
@pytest.mark.parametrize(
    ("sentence", "meetings"),
    [
        (
            (
                "As Norway and Chile implement the defence treaty, their partnership grows "
                "closer to meet the evolving threats of the region."
            ),
            0,
        ),
        ("Norway will meet its commitments to the alliance, Lindqvist said.", 0),
        ("Norway and Chile agreed to meet again next year in Santiago.", 1),
    ],
)
def test_meeting_threats_is_no_encounter(sentence: str, meetings: int) -> None:
    assert len(defrel.parse(sentence, published=dt.date(2024, 1, 3)).meetings) == meetings
