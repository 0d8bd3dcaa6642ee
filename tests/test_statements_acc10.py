"""Statements, tenth round: more speech verbs, speakers before and after their words.

Every sentence here is written for these tests (fictional people, real country names).
Rows run the whole pipeline (``defrel.parse``); a row names a speaker by a word of the name.
"""

from __future__ import annotations

import pytest

import defrel
from defrel import StatementKind
from tests._statement_rows import Row, Want, check_statements

D, R = StatementKind.DIRECT, StatementKind.REPORTED

_check = check_statements


# Speech verbs that report a clause after "that": "proposed", "professed", "reminded (the
# audience)", "specified", and "states" after a document, a body or a pronoun.
VERBS: list[Row] = [
    (
        "Defence Minister Arno Kessel proposed that the two navies hold a joint drill next year.",
        [("Kessel", "the two navies hold a joint drill next year", R)],
    ),
    (
        (
            "Defence Minister Arno Kessel professed that every condition for a closer alliance "
            "was in place."
        ),
        [("Kessel", "every condition for a closer alliance was in place", R)],
    ),
    (
        (
            "Defence Minister Arno Kessel reminded that Chile was among the first partners of "
            "the programme."
        ),
        [("Kessel", "Chile was among the first partners of the programme", R)],
    ),
    (
        (
            "Defence Minister Arno Kessel reminded the cadets that their training would take "
            "place abroad."
        ),
        [("Kessel", "their training would take place abroad", R)],
    ),
    (
        (
            "Defence Minister Arno Kessel specified that the call had been requested by the "
            "other side."
        ),
        [("Kessel", "the call had been requested by the other side", R)],
    ),
    (
        (
            "A press release from the Defence Ministry states that the visit was meant to "
            "deepen ties between the two armies."
        ),
        [("Ministry", "the visit was meant to deepen ties between the two armies", R)],
    ),
    # negatives: "proposed" before a noun; "states" as a noun; "reminded" of a thing
    ("Defence Minister Arno Kessel proposed a plan that would double the drills.", []),
    ("The Baltic states that border Russia raised their defence budgets this year.", []),
    ("Defence Minister Arno Kessel reminded the cadets of their duties at the academy.", []),
]


@pytest.mark.parametrize(("text", "want"), VERBS)
def test_speech_verbs(text: str, want: Want) -> None:
    _check(text, want)


# The speaker after a quotation: a body named with a possessive ("Peru’s Ministry of
# Defense said"), and an organisation with "here" before its verb.
AFTER: list[Row] = [
    (
        (
            "“The visit of this delegation opens a new chapter in our cooperation,” Peru’s "
            "Ministry of Defense said in a statement."
        ),
        [("Ministry", "The visit of this delegation opens a new chapter in our cooperation,", D)],
    ),
    (
        (
            "The army chiefs of Peru and Chile reviewed their training ties, the defence "
            "ministry here said."
        ),
        [("Ministry", "The army chiefs of Peru and Chile reviewed their training ties", R)],
    ),
    # negative: "officials here" name nobody
    ("The army chiefs of Peru and Chile reviewed their training ties, officials here said.", []),
]


@pytest.mark.parametrize(("text", "want"), AFTER)
def test_speaker_after(text: str, want: Want) -> None:
    _check(text, want)


# A pronoun that walked past a sentence naming someone beside it ("He held talks with A")
# is not that person: the other one of the sentence before.
PRONOUN: list[Row] = [
    (
        (
            "Defence Minister Arno Kessel received the Chilean army chief, General Tomas Ruiz, "
            "in Lima on Monday. He held talks with Minister Arno Kessel on border security. "
            "In his remarks to the press after the talks, he noted that Chile and Peru had "
            "been partners for decades."
        ),
        [("Ruiz", "Chile and Peru had been partners for decades", R)],
    ),
    # negative: the sentence between names no one beside its pronoun
    (
        (
            "Defence Minister Arno Kessel received the Chilean army chief, General Tomas Ruiz, "
            "in Lima on Monday. He showed his guest the new staff college. "
            "In his remarks to the press after the talks, he noted that Chile and Peru had "
            "been partners for decades."
        ),
        [("Kessel", "Chile and Peru had been partners for decades", R)],
    ),
]


@pytest.mark.parametrize(("text", "want"), PRONOUN)
def test_pronoun_passes_the_other(text: str, want: Want) -> None:
    _check(text, want)


# Initials written together inside a name ("Tomas A.B Ruiz") keep the name whole.
INITIALS: list[Row] = [
    (
        "General Tomas A.B Ruiz stated that he was fully satisfied with his visit to Lima.",
        [("Ruiz", "he was fully satisfied with his visit to Lima", R)],
    ),
    (
        "General Tomas A.B. Ruiz stated that he was fully satisfied with his visit to Lima.",
        [("Ruiz", "he was fully satisfied with his visit to Lima", R)],
    ),
]


@pytest.mark.parametrize(("text", "want"), INITIALS)
def test_joined_initials(text: str, want: Want) -> None:
    _check(text, want)


# A body that speaks by its acronym is named in full when the text spells it out, before
# "(ACR)" (hyphened words give an initial per part) or anywhere as a body's name.
ACRONYM: list[Row] = [
    (
        (
            "The arrangement covers staff training, according to the Department of National "
            "Defence.\n\n“Our two armies have trained side by side for a decade,” the DND "
            "noted in a statement."
        ),
        [("National Defence", "Our two armies have trained side by side for a decade,", D)],
    ),
    (
        (
            "The army chief reached Lima on Monday, according to Inter-Services Public "
            "Relations (ISPR).\n\nThe ISPR said that the two armies would hold a joint drill "
            "next spring."
        ),
        [("Public Relations", "the two armies would hold a joint drill next spring", R)],
    ),
    # negative: no body of the text has the acronym's initials
    (
        (
            "The arrangement covers staff training, according to the Ministry of National "
            "Defence.\n\n“Our two armies have trained side by side for a decade,” the DND "
            "noted in a statement."
        ),
        [("DND", "Our two armies have trained side by side for a decade,", D)],
    ),
]


@pytest.mark.parametrize(("text", "want"), ACRONYM)
def test_acronym_in_full(text: str, want: Want) -> None:
    _check(text, want)


# A name in quotation marks with every word capitalised is part of a reported clause; a
# quotation in words of speech still ends it.
TITLE_QUOTE: list[Row] = [
    (
        (
            "Defence Minister Arno Kessel said that the two navies would join the "
            '"Pacific Maritime Security Initiative" next year.'
        ),
        [
            (
                "Kessel",
                'the two navies would join the "Pacific Maritime Security Initiative" next year',
                R,
            )
        ],
    ),
    # negative: a quotation of speech (in lower case) is a statement of its own
    (
        (
            "Defence Minister Arno Kessel said that the two navies would meet soon. "
            '"We will work together for the security of the whole region," he added.'
        ),
        [
            ("Kessel", "the two navies would meet soon", R),
            ("Kessel", "We will work together for the security of the whole region,", D),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), TITLE_QUOTE)
def test_title_quote_in_clause(text: str, want: Want) -> None:
    _check(text, want)


# ", and B said" after a clause with a finite verb of its own opens B's statement; in a
# list of names it joins a plural subject (no one's words alone).
AND_CLAUSE: list[Row] = [
    (
        (
            "General Tomas Ruiz met the Peruvian Defence Minister, General Arno Kessel, on "
            "Tuesday, and Kessel said the visit had strengthened ties between the two armies."
        ),
        [("Kessel", "the visit had strengthened ties between the two armies", R)],
    ),
    # negative: a list of three speakers
    (
        (
            "General Tomas Ruiz, General Lee Park, and Kessel said the visit had strengthened "
            "ties between the armies."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), AND_CLAUSE)
def test_and_new_clause(text: str, want: Want) -> None:
    _check(text, want)


# Words in a clause closed by a comma, then a person named after them: that person speaks
# them (a body named after them keeps the clause's subject as the speaker of the words).
LEAD = "Defence Minister Arno Kessel hosted General Tomas Ruiz in Lima, and "
WORDS = "the ties between our two armies are stronger than ever,"
FRAGMENT: list[Row] = [
    (
        f"{LEAD}“{WORDS}” Ruiz said.",
        [("Ruiz", f"{LEAD}“{WORDS[:-1]}", R), ("Ruiz", WORDS, D)],
    ),
    # negative: a body after the words
    (
        f"{LEAD}“{WORDS}” the Defence Ministry said.",
        [("Ministry", f"{LEAD}“{WORDS[:-1]}", R), ("Kessel", WORDS, D)],
    ),
]


@pytest.mark.parametrize(("text", "want"), FRAGMENT)
def test_fragment_person_after(text: str, want: Want) -> None:
    _check(text, want)


# "it said" after "according to the ministry": the body named as the source before.
SOURCE: list[Row] = [
    (
        (
            "Defence Minister Arno Kessel visited the Chilean Defence Ministry on Monday. The "
            "two navies will hold a drill in May, according to the ministry. “The two "
            "ministers agreed to work together on maritime security for years to come,” it "
            "said in a press release."
        ),
        [
            (
                "Ministry",
                "The two ministers agreed to work together on maritime security for years to come,",
                D,
            )
        ],
    ),
    # negative: a newsroom is no body that speaks
    (
        (
            "Defence Minister Arno Kessel visited Santiago on Monday. The two navies will "
            "hold a drill in May, according to Reuters. “The two ministers agreed to work "
            "together on maritime security for years to come,” it said."
        ),
        [
            (
                None,
                "The two ministers agreed to work together on maritime security for years to come,",
                D,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), SOURCE)
def test_it_after_according_to(text: str, want: Want) -> None:
    _check(text, want)


# "the ACR says": a body whose acronym the text spells out anywhere in capitalised words.
SPELLED: list[Row] = [
    (
        (
            "The Republic of Palau Coast Guard met the visiting fleet in Koror.\n\n"
            "In a statement, the RPCG says the meeting opened new avenues for cooperation."
        ),
        [("Coast Guard", "the meeting opened new avenues for cooperation", R)],
    ),
    # negative: no words of the text spell the acronym out
    (
        (
            "The coast guard of Palau met the visiting fleet in Koror.\n\n"
            "In a statement, the RPCG says the meeting opened new avenues for cooperation."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), SPELLED)
def test_acronym_spelled_anywhere(text: str, want: Want) -> None:
    _check(text, want)


def test_joined_initials_one_person() -> None:
    """Initials written with or without their last point name one person."""
    text = (
        "Defence Minister Arno Kessel received General Tomas A.B. Ruiz in Lima on Monday.\n\n"
        "General Tomas A.B Ruiz stated that he was fully satisfied with his visit to Lima."
    )
    names = [a.name for a in defrel.parse(text).actors if "Ruiz" in a.name]
    assert names == ["Tomas A.B. Ruiz"]
