"""Readings of the fourteenth session, each a general rule with rows where it must not fire.

Every sentence here is written for these tests, with fictional people.
"""

from __future__ import annotations

import datetime as dt

import pytest

import defrel

_MET = "Defence Minister Arvid Lindqvist met his Chilean counterpart Ana Soto in Oslo. "


def _commitments(sentence: str) -> list[tuple[str, str, list[str]]]:
    report = defrel.parse(_MET + sentence, published=dt.date(2024, 1, 3))
    return [
        (c.modality.value, c.action, sorted(p.code for p in c.parties)) for c in report.commitments
    ]


# "Committed to" a noun of action: the noun may carry up to three words before it, two of
# them joined by "and"; an office or a value ("the government of", "the integrity of") is no
# action.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            (
                "Looking ahead, the two ministers committed to the swift and complete "
                "implementation of the new training plan."
            ),
            [
                (
                    "committed",
                    "the swift and complete implementation of the new training plan",
                    ["CHL", "NOR"],
                )
            ],
        ),
        (
            "The ministers committed to the full deployment of the coastal radar.",
            [("committed", "the full deployment of the coastal radar", ["CHL", "NOR"])],
        ),
        ("Lindqvist reaffirmed Norway's commitment to the government of Chile.", []),
        ("Both ministers remain committed to the territorial integrity of Ukraine.", []),
        ("Both ministers remain committed to the security and stability of the region.", []),
    ],
)
def test_committed_to_a_noun_of_action(
    sentence: str, want: list[tuple[str, str, list[str]]]
) -> None:
    assert _commitments(sentence) == want


# Right after "commitment to", "building" is the verb ("building on the progress"), and a
# gerund list that opens on it splits at the next gerund as any other does.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            (
                "Lindqvist reaffirmed Norway's commitment to building on the progress of the "
                "talks and further deepening the naval partnership."
            ),
            [
                ("committed", "building on the progress of the talks", ["NOR"]),
                ("committed", "further deepening the naval partnership", ["NOR"]),
            ],
        ),
        (
            "The two ministers committed to building a joint logistics hub in Tromso.",
            [("committed", "building a joint logistics hub in Tromso", ["CHL", "NOR"])],
        ),
    ],
)
def test_committed_to_building(sentence: str, want: list[tuple[str, str, list[str]]]) -> None:
    assert _commitments(sentence) == want
