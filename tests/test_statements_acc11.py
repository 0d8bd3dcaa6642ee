"""Statements, eleventh round: the words of a release, and speakers named around a clause.

Every sentence here is written for these tests (fictional people, real country names).
Rows run the whole pipeline (``defrel.parse``); a row names a speaker by a word of the name.
"""

from __future__ import annotations

import pytest

from defrel import StatementKind
from tests._statement_rows import Row, Want, check_statements

D, R = StatementKind.DIRECT, StatementKind.REPORTED

_check = check_statements


# "A, who is also …, said he …": a name the mention stage does not see, before a relative
# clause set off by commas, speaks; "he" opens the clause, it is no speaker after "said".
WHO_CLAUSE: list[Row] = [
    (
        (
            "Bartłomiej Wróblewski, who is also a deputy prime minister, said he had discussed "
            "air defence with his Chilean host."
        ),
        [("Wróblewski", "he had discussed air defence with his Chilean host", R)],
    ),
    (
        (
            "“We stand together against every threat,” Wróblewski said, adding that more "
            "drills were planned for the spring."
        ),
        [
            ("Wróblewski", "We stand together against every threat,", D),
            ("Wróblewski", "more drills were planned for the spring", R),
        ],
    ),
    # (a place before "which" is no speaker: nobody is named)
    (
        "Last Monday, which was a holiday, officials said the drill would go ahead.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), WHO_CLAUSE)
def test_name_before_relative_clause(text: str, want: Want) -> None:
    _check(text, want)


# A quotation that opens with a verb in the past right after its subject quotes the text
# that reports it ("A and B “held talks …”"): the release's words, or no one's.
NARRATED: list[Row] = [
    (
        (
            "The Chilean Navy said in a statement that the visit lasted three days.\n\n"
            "Admiral Tomas Reyes met General Ana Costa and “held talks on naval training and "
            "joint patrols,” the statement said."
        ),
        [
            ("Navy", "the visit lasted three days", R),
            ("Navy", "held talks on naval training and joint patrols,", D),
        ],
    ),
    (
        (
            "Colonel Pablo Vargas and Colonel Rui Mendes “exchanged views on border security "
            "and the fight against smuggling.”"
        ),
        [(None, "exchanged views on border security and the fight against smuggling.", D)],
    ),
    (
        (
            "Defence Minister Arno Kessel “stressed the need for closer ties between the two "
            "armies.”"
        ),
        [(None, "stressed the need for closer ties between the two armies.", D)],
    ),
    # (after "said" the quotation is the speaker's, whatever its first word)
    (
        (
            "Defence Minister Arno Kessel said the two armies “agreed on a new training plan "
            "for next year.”"
        ),
        [("Kessel", "agreed on a new training plan for next year.", D)],
    ),
    # (a noun after the subject's verb: the subject's words, as before)
    (
        "Defence Minister Arno Kessel called the plan “a milestone for both armies and allies.”",
        [("Kessel", "a milestone for both armies and allies.", D)],
    ),
    # (a word in "-ed" that is no verb in the past: the subject's words)
    (
        "Defence Minister Arno Kessel “indeed sees a future for both armies together.”",
        [("Kessel", "indeed sees a future for both armies together.", D)],
    ),
]


@pytest.mark.parametrize(("text", "want"), NARRATED)
def test_narrated_predicate(text: str, want: Want) -> None:
    _check(text, want)


# A quotation with no attribution of its own, a few sentences after a body's words, carries
# them on; after a person's words, that far back, it is no one's.
BARE_QUOTE: list[Row] = [
    (
        (
            "The Peruvian Navy said in a statement that the two fleets would train together "
            "in May.\n\n"
            "“The visit shows the strength of our naval ties,” it added.\n\n"
            "The admiral also toured a shipyard in Callao.\n\n"
            "He later met cadets at the naval school.\n\n"
            "“Both navies will keep working together on maritime security and training.”"
        ),
        [
            ("Navy", "the two fleets would train together in May", R),
            ("Navy", "The visit shows the strength of our naval ties,", D),
            (
                "Navy",
                "Both navies will keep working together on maritime security and training.",
                D,
            ),
        ],
    ),
    (
        (
            "General Ana Costa said the two fleets would train together in May.\n\n"
            "“The visit shows the strength of our naval ties,” she added.\n\n"
            "The admiral also toured a shipyard in Callao.\n\n"
            "He later met cadets at the naval school.\n\n"
            "“Both navies will keep working together on maritime security and training.”"
        ),
        [
            ("Costa", "the two fleets would train together in May", R),
            ("Costa", "The visit shows the strength of our naval ties,", D),
            (None, "Both navies will keep working together on maritime security and training.", D),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), BARE_QUOTE)
def test_bare_quote_after_a_body(text: str, want: Want) -> None:
    _check(text, want)


# "an RDF statement reads": the body whose initials name the document, in full.
DOC_BODY: list[Row] = [
    (
        (
            "General Luis Rojas visited the Peru Joint Command (PJC) headquarters in Lima.\n\n"
            "“The two sides reviewed their training plans for next year,” a PJC statement reads."
        ),
        [("Peru Joint Command", "The two sides reviewed their training plans for next year,", D)],
    ),
    # (initials the text never spells out name no one)
    (
        (
            "General Luis Rojas visited Lima.\n\n"
            "“The two sides reviewed their training plans for next year,” a QXV statement reads."
        ),
        [(None, "The two sides reviewed their training plans for next year,", D)],
    ),
]


@pytest.mark.parametrize(("text", "want"), DOC_BODY)
def test_document_of_a_body(text: str, want: Want) -> None:
    _check(text, want)


# "said Mindef": one word that runs the heads of a body's words together is that body.
CONTRACTED: list[Row] = [
    (
        (
            "The Ministry of Defence hosted the talks in the capital.\n\n"
            "Both ministers agreed to expand joint training in the north, said Mindef."
        ),
        [("Ministry of Defence", "Both ministers agreed to expand joint training in the north", R)],
    ),
    # (a surname that only starts like the body's first word is a person's)
    (
        (
            "The Ministry of Defence hosted the talks in the capital.\n\n"
            "Both ministers agreed to expand joint training in the north, said Minton."
        ),
        [("Minton", "Both ministers agreed to expand joint training in the north", R)],
    ),
]


@pytest.mark.parametrize(("text", "want"), CONTRACTED)
def test_contracted_body(text: str, want: Want) -> None:
    _check(text, want)


# "Poland's defence minister said …": the one titled actor of no known country holds that
# office only by its head word; a person of no known office, the speaker named just before
# or (when the office opens the text) the subject named next, is likelier the one.
OFFICE_HOLDER: list[Row] = [
    (
        (
            "Chile's defence minister said on Monday that Peru was a trusted partner, after "
            "talks with his Peruvian counterpart.\n\n"
            "Bartłomiej Wróblewski, who also leads the party, said he had discussed training "
            "with Minister Ana Torres."
        ),
        [
            (
                "Wróblewski",
                "Peru was a trusted partner, after talks with his Peruvian counterpart",
                R,
            ),
            ("Wróblewski", "he had discussed training with Minister Ana Torres", R),
        ],
    ),
    # (the holder of that very office and country is the one)
    (
        (
            "Chile's defence minister said on Monday that Peru was a trusted partner, after "
            "talks with his Peruvian counterpart.\n\n"
            "Bartłomiej Wróblewski, who also leads the party, said he had discussed training "
            "with Chilean Defence Minister Ana Torres."
        ),
        [
            ("Torres", "Peru was a trusted partner, after talks with his Peruvian counterpart", R),
            ("Wróblewski", "he had discussed training with Chilean Defence Minister Ana Torres", R),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), OFFICE_HOLDER)
def test_office_holder_untitled(text: str, want: Want) -> None:
    _check(text, want)


# (words of no one named in between stop the carrying on)
BARE_QUOTE_STOP: list[Row] = [
    (
        (
            "The Peruvian Navy said in a statement that the two fleets would train together "
            "in May.\n\n"
            "The admiral also toured a shipyard in Callao, a navy official said.\n\n"
            "He later met cadets at the naval school.\n\n"
            "The cadets showed him a new simulator.\n\n"
            "“Both navies will keep working together on maritime security and training.”"
        ),
        [
            ("Navy", "the two fleets would train together in May", R),
            (None, "Both navies will keep working together on maritime security and training.", D),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), BARE_QUOTE_STOP)
def test_bare_quote_stops_at_unnamed(text: str, want: Want) -> None:
    _check(text, want)


# "the statement read" after "X said in a statement": X issued it, a person or a body.
ISSUER: list[Row] = [
    (
        (
            "Disclosing this in a statement, army spokesman Colonel Pedro Alves said the chiefs "
            "had discussed border patrols.\n\n"
            "“The two chiefs agreed to meet again next year,” the statement read."
        ),
        [
            ("Alves", "the chiefs had discussed border patrols", R),
            ("Alves", "The two chiefs agreed to meet again next year,", D),
        ],
    ),
    (
        (
            "The Chilean Army said in a statement that the chiefs had discussed border "
            "patrols.\n\n"
            "“The two chiefs agreed to meet again next year,” the statement read."
        ),
        [
            ("Army", "the chiefs had discussed border patrols", R),
            ("Army", "The two chiefs agreed to meet again next year,", D),
        ],
    ),
    # (a person who spoke with no statement named issued none)
    (
        (
            "Colonel Pedro Alves said the chiefs had discussed border patrols.\n\n"
            "“The two chiefs agreed to meet again next year,” the statement read."
        ),
        [
            ("Alves", "the chiefs had discussed border patrols", R),
            (None, "The two chiefs agreed to meet again next year,", D),
        ],
    ),
    # (a statement of a body he spoke in is not his: its words have no speaker named)
    (
        (
            "“Chile is a close partner,” Colonel Pedro Alves said in a ministry statement.\n\n"
            "The chiefs also discussed border patrols, the statement said."
        ),
        [("Alves", "Chile is a close partner,", D)],
    ),
]


@pytest.mark.parametrize(("text", "want"), ISSUER)
def test_statement_of_its_issuer(text: str, want: Want) -> None:
    _check(text, want)
