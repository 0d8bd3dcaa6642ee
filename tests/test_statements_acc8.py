"""Reported statements: speakers set off by appositives, and the attribution after its clause.

Every sentence here is written for these tests. Rows run the whole pipeline
(``defrel.parse``); a row names a speaker by a word of the name.
"""

from __future__ import annotations

import pytest

import defrel
from defrel import StatementKind
from tests._statement_rows import Row, Want, check_statements

D, R = StatementKind.DIRECT, StatementKind.REPORTED

_check = check_statements


# "CLAUSE, NAME, OFFICE, said …": the comma before the verb closes an appositive, not
# an inverted "CLAUSE, said NAME".
APPOSITIVES: list[Row] = [
    (
        (
            "The two army chiefs toured a training school in Kumasi, Colonel Ama Boateng, head "
            "of the army's foreign liaison office, said on Friday."
        ),
        [("Boateng", "The two army chiefs toured a training school in Kumasi", R)],
    ),
    (
        (
            "The frigates will sail together next spring, Piet van Rooyen, a spokesman for the "
            "navy, said."
        ),
        [("Rooyen", "The frigates will sail together next spring", R)],
    ),
    (
        # a name no title opens: the office after it makes it a person
        (
            "Both ministers inspected the new coastal radar site, Tomas Lindgren, director of "
            "the ministry's press office, said on Tuesday."
        ),
        [("Lindgren", "Both ministers inspected the new coastal radar site", R)],
    ),
    (
        # an office of two parts, set off by commas, between the name and the verb
        (
            "Major General Kwame Asante-Mensah, the officer in charge of logistics at the joint "
            "headquarters, Accra garrison, said the depot would open in May."
        ),
        [("Asante-Mensah", "the depot would open in May", R)],
    ),
]

# Where no appositive name stands, nothing is invented.
APPOSITIVE_NEGATIVES: list[str] = [
    # a place, not a name, before the comma
    "The drills ended near the border, Northern Region, head of the column, said nothing.",
    # an inverted attribution with an unnamed speaker
    "The talks were frank and useful, said a senior official of the ministry.",
    # unnamed speakers set off by an office
    "The ships docked at noon, officials, including the head of the port, said on Monday.",
]


@pytest.mark.parametrize(("text", "want"), APPOSITIVES)
def test_appositive_speakers(text: str, want: Want) -> None:
    _check(text, want)


@pytest.mark.parametrize("text", APPOSITIVE_NEGATIVES)
def test_appositive_negatives(text: str) -> None:
    assert [s for s in defrel.parse(text).statements if s.kind is R] == []


# A text that speaks by "read": "…, read the statement (from X)." / "…, the statement read."
# / "The statement read that …". The body that issued it speaks.
READ_STATEMENTS: list[Row] = [
    (
        (
            "The corvettes will be delivered next year, the navy said.\n\n"
            "The crews trained together for six weeks in Mombasa, read the statement."
        ),
        [
            ("navy", "The corvettes will be delivered next year", R),
            ("navy", "The crews trained together for six weeks in Mombasa", R),
        ],
    ),
    (
        (
            "The corvettes will be delivered next year, the navy said.\n\n"
            "The crews trained together for six weeks in Mombasa, the statement read."
        ),
        [
            ("navy", "The corvettes will be delivered next year", R),
            ("navy", "The crews trained together for six weeks in Mombasa", R),
        ],
    ),
    (
        (
            "The joint patrols along the lake shore resumed in March, read the statement from "
            "the Ugandan Defence Ministry."
        ),
        [("Ministry", "The joint patrols along the lake shore resumed in March", R)],
    ),
    (
        (
            "The corvettes will be delivered next year, the navy said.\n\n"
            "The statement read that the crews trained together for six weeks in Mombasa."
        ),
        [
            ("navy", "The corvettes will be delivered next year", R),
            ("navy", "the crews trained together for six weeks in Mombasa", R),
        ],
    ),
]

# "read" is no speech verb elsewhere.
READ_NEGATIVES: list[str] = [
    "The colonel read the statement aloud and the crews trained together in Mombasa.",
    "The sailors read books about the crews that trained together in Mombasa.",
    "Officers who read the report say little, and the crews trained together in Mombasa.",
]

# An attribution after a clause that holds its own speaker and verb: both are read, the
# inner clause for its speaker, the whole for the body that reports it.
NESTED: list[Row] = [
    (
        (
            "The visit was announced by the army.\n\n"
            "Peter Odhiambo, head of Kenya's procurement agency, assured the visitors that "
            "Nairobi will help train their engineers, the army added."
        ),
        [
            (
                "army",
                (
                    "Peter Odhiambo, head of Kenya's procurement agency, assured the visitors that "
                    "Nairobi will help train their engineers"
                ),
                R,
            ),
            ("Odhiambo", "Nairobi will help train their engineers", R),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), READ_STATEMENTS)
def test_read_statements(text: str, want: Want) -> None:
    _check(text, want)


@pytest.mark.parametrize("text", READ_NEGATIVES)
def test_read_negatives(text: str) -> None:
    assert defrel.parse(text).statements == ()


@pytest.mark.parametrize(("text", "want"), NESTED)
def test_nested_attribution(text: str, want: Want) -> None:
    _check(text, want)


# A closing mark run on after a stop into the next sentence closes the quotation: the
# narration after it is no statement.
RUN_ON_CLOSE: list[Row] = [
    (
        (
            "The ministers met behind closed doors."
            '"We had a long talk about our common border. It was useful for us to meet."'
            "The two ministers also reviewed the training programme."
        ),
        [
            (
                None,
                "We had a long talk about our common border. It was useful for us to meet.",
                D,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), RUN_ON_CLOSE)
def test_run_on_closing_mark(text: str, want: Want) -> None:
    _check(text, want)


# A turn label alone on its line: the paragraphs after it are the turn, up to the next label.
LONE_LABELS: list[Row] = [
    (
        (
            "Defence Minister Aiko Tanaka spoke to reporters after the meeting in Vientiane.\n\n"
            "Question:\nWhat did you agree with your counterparts today?\n\n"
            "Minister:\nWe agreed to hold joint drills next year. I also met my Thai colleague.\n\n"
            "We will keep talking."
        ),
        [
            (None, "What did you agree with your counterparts today?", D),
            (
                "Tanaka",
                "We agreed to hold joint drills next year. I also met my Thai colleague.",
                D,
            ),
            ("Tanaka", "We will keep talking.", D),
        ],
    ),
    (
        (
            "Defence Secretary Omar Haddad took questions in Manila.\n\n"
            "Q:\nWill the patrols start this year?\n\n"
            "Secretary:\nThe first patrols start in June."
        ),
        [
            (None, "Will the patrols start this year?", D),
            ("Haddad", "The first patrols start in June.", D),
        ],
    ),
]

# Headings alone on their line are no turn labels.
LONE_LABEL_NEGATIVES: list[str] = [
    "The ministers met in Vientiane.\n\nNote:\nThe two armies will train together next year.",
    "The ministers met in Vientiane.\n\nBackground:\nThe two armies trained together last year.",
    "The ministers met in Vientiane.\n\nQuestions and answers follow below the statement.",
]


@pytest.mark.parametrize(("text", "want"), LONE_LABELS)
def test_lone_turn_labels(text: str, want: Want) -> None:
    _check(text, want)


@pytest.mark.parametrize("text", LONE_LABEL_NEGATIVES)
def test_lone_label_negatives(text: str) -> None:
    assert defrel.parse(text).statements == ()


# "he"/"she" walks back to a person: a body named first in the sentence before gives way to
# the first person named after it.
PERSON_PRONOUNS: list[Row] = [
    (
        (
            "Chief of the Ghana Armed Forces, General Kofi Asante for his part thanked his "
            "hosts for the visit.\n\nThe two armies will train together next year, he pointed out."
        ),
        [("Asante", "The two armies will train together next year", R)],
    ),
    (
        (
            "The Ghana Defence Ministry hosted the talks, where General Kofi Asante thanked his "
            "hosts.\n\nThe two armies will train together next year, he said."
        ),
        [("Asante", "The two armies will train together next year", R)],
    ),
]

# "it" still walks back to the body that spoke.
IT_PRONOUNS: list[Row] = [
    (
        (
            "The talks were useful, the Ghana Defence Ministry said.\n\n"
            "General Kofi Asante thanked his hosts. The two armies will train together next "
            "year, it added."
        ),
        [
            ("Ministry", "The talks were useful", R),
            ("Ministry", "The two armies will train together next year", R),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), PERSON_PRONOUNS + IT_PRONOUNS)
def test_pronoun_walks_back(text: str, want: Want) -> None:
    _check(text, want)


# A quotation that a text "reads" keeps the speaker it had before "read" became a cue.
READ_QUOTES: list[Row] = [
    (
        (
            "The talks went well, the Kenyan ministry said.\n\n"
            '"We will train together next year," read the statement.\n\n'
            '"Our navies will patrol the coast together," reads a statement from the Defence '
            "Ministry."
        ),
        [
            ("ministry", "The talks went well", R),
            ("ministry", "We will train together next year,", D),
            ("ministry", "Our navies will patrol the coast together,", D),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), READ_QUOTES)
def test_read_quotes(text: str, want: Want) -> None:
    _check(text, want)
