"""Commitment rules of the ninth round (unseen-text accuracy), through the whole pipeline.

Every sentence here is written for these tests; each rule has rows where it must fire and
rows where it must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

import defrel

PUB = dt.date(2024, 3, 5)  # a Tuesday


def _parties(body: str) -> dict[str, set[str]]:
    """Each commitment's action, with the codes of its parties."""
    report = defrel.parse(body, published=PUB)
    return {c.action: {p.code for p in c.parties} for c in report.commitments}


# A fronted place ("In Ruritania, ...") is no side, unless the subject after it names that
# country again (a person of that side, "Commander Ruritania Air Force").
@pytest.mark.parametrize(
    ("body", "action", "codes"),
    [
        (
            (
                "Indian Air Force chief Air Chief Marshal Raj Kumar reached Chile on Monday.\n\n"
                "In Chile, Air Chief Marshal Kumar and his counterpart Major General Ana Ruiz, "
                "Commander Chile Air Force, will review the air links between the two "
                "countries.\n"
            ),
            "review the air links between the two countries",
            {"IND", "CHL"},
        ),
        (
            # Negative: the place alone, the visitor acts.
            (
                "Indian Air Force chief Air Chief Marshal Raj Kumar reached Chile on Monday.\n\n"
                "In Chile, Air Chief Marshal Kumar will tour the flying school.\n"
            ),
            "tour the flying school",
            {"IND"},
        ),
    ],
)
def test_fronted_place_named_again(body: str, action: str, codes: set[str]) -> None:
    assert _parties(body)[action] == codes


# "with" after a comma opens an aside ("..., with Ruritanian staff present"), not a partner
# of the act: the sides named in the subject stay bound.
@pytest.mark.parametrize(
    ("body", "action", "codes"),
    [
        (
            (
                "Peru and Chile on Monday agreed to widen naval drills, with Chilean officers "
                "present as observers.\n"
            ),
            "widen naval drills, with Chilean officers present as observers",
            {"PER", "CHL"},
        ),
        (
            # Negative: a partner right after the verb's object.
            (
                "Peru and Chile met in Lima on Monday.\n\nPeru agreed to widen naval drills "
                "with Chile.\n"
            ),
            "widen naval drills with Chile",
            {"PER"},
        ),
    ],
)
def test_aside_with_is_no_partner(body: str, action: str, codes: set[str]) -> None:
    assert _parties(body)[action] == codes
