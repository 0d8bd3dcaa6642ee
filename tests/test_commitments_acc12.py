"""Commitment rules of the twelfth round (unseen-text accuracy), through the whole pipeline.

Every sentence here is written for these tests; each rule has rows where it must fire and
rows where it must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

import defrel

PUB = dt.date(2024, 3, 5)  # a Tuesday


def _found(body: str) -> dict[str, tuple[str, set[str]]]:
    """Each commitment's action, with its modality and the codes of its parties."""
    report = defrel.parse(body, published=PUB)
    return {c.action: (c.modality.value, {p.code for p in c.parties}) for c in report.commitments}


# A trilateral: each country has its own participant named, so all three are bound.
TRILATERAL = (
    "Defence Minister Ola Berg of Norway, Defence Minister Ana Ruiz of Chile and Defence "
    "Minister Kenji Mori of Japan met in Oslo on Monday. "
)


def test_trilateral_binds_the_three() -> None:
    body = TRILATERAL + "The three ministers agreed to hold a joint naval exercise next year.\n"
    assert _found(body)["hold a joint naval exercise"] == ("agreed", {"NOR", "CHL", "JPN"})


def test_trilateral_they_binds_the_three() -> None:
    body = TRILATERAL + "They will set up a joint staff college.\n"
    assert _found(body)["set up a joint staff college"][1] == {"NOR", "CHL", "JPN"}


def test_bilateral_at_a_summit_stays_a_pair() -> None:
    # Negative: the third country has no participant of its own: the two named most.
    body = (
        "Defence Minister Ola Berg of Norway met his Chilean counterpart Ana Ruiz in Tokyo on "
        "Monday on the sidelines of a meeting hosted by Japan. Norway and Chile agreed to "
        "hold a joint naval exercise. Norway and Chile are old partners.\n"
    )
    assert _found(body)["hold a joint naval exercise"][1] == {"NOR", "CHL"}


# A meeting of Norway and Chile, before the sentence a row tests.
PRELUDE = (
    "Defence Minister Ola Berg of Norway held talks with his Chilean counterpart Ana Ruiz in "
    "Oslo on Monday. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms Ruiz will call on Prime Minister Erik Dahl on Wednesday.\n",
        "Ms Ruiz is scheduled to pay a courtesy call on King Harald on Thursday.\n",
        "Ms Ruiz will also interact with the Chilean community in Bergen.\n",
        "Ms Ruiz is expected to address the Norwegian staff college's students on Friday.\n",
        "Ms Ruiz will lay a wreath at the war memorial.\n",
        "Ms Ruiz will be conferred with an honorary rank of the Norwegian army.\n",
        "Ms Ruiz will receive a guard of honour at the ministry.\n",
        "Ms Ruiz will be briefed on the coastal radar network.\n",
    ],
)
def test_visit_protocol_is_no_commitment(sentence: str) -> None:
    assert _found(PRELUDE + sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        (
            "Both sides will address common threats in the Arctic.\n",
            "address common threats in the Arctic",
        ),
        (
            "Ms Ruiz will visit Norway's naval base in Bergen.\n",
            "visit Norway's naval base in Bergen",
        ),
        (
            "Both sides will call for a ban on cluster munitions.\n",
            "call for a ban on cluster munitions",
        ),
    ],
)
def test_not_protocol_stays(sentence: str, action: str) -> None:
    assert action in _found(PRELUDE + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Coastal radar cooperation will be discussed during the visit.\n",
        "The frigate purchase is likely to figure in the talks on Friday.\n",
        "The fishing dispute is expected to come up during the talks.\n",
    ],
)
def test_topic_of_talks_is_no_commitment(sentence: str) -> None:
    assert _found(PRELUDE + sentence) == {}


def test_agreed_topic_stays() -> None:
    # Negative: what the sides agreed to take up later binds them.
    body = (
        PRELUDE
        + "The ministers agreed that radar cooperation will be discussed at the next round.\n"
    )
    assert any("discussed" in action for action in _found(body))
