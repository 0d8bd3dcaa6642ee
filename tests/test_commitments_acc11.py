"""Commitment rules of the eleventh round (unseen-text accuracy), through the whole pipeline.

Every sentence here is written for these tests; each rule has rows where it must fire and
rows where it must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

import defrel

PUB = dt.date(2024, 3, 5)  # a Tuesday
# A meeting of Norway and Chile, before the sentence a row tests.
PRELUDE = (
    "Defence Minister Ola Berg of Norway held talks with his Chilean counterpart Ana Ruiz in "
    "Oslo on Monday. "
)


def _found(body: str) -> dict[str, tuple[str, set[str]]]:
    """Each commitment's action, with its modality and the codes of its parties."""
    report = defrel.parse(body, published=PUB)
    return {c.action: (c.modality.value, {p.code for p in c.parties}) for c in report.commitments}


# A place or an occasion between the verb and its "to": "pledged in Lima on Friday to".
@pytest.mark.parametrize(
    ("body", "action", "modality"),
    [
        (
            (
                "Army commanders of Chile and Peru pledged in Lima on Friday to further expand "
                "border patrols.\n"
            ),
            "further expand border patrols",
            "committed",
        ),
        (
            "Norway and Chile agreed at the meeting to hold a naval exercise in March.\n",
            "hold a naval exercise",
            "agreed",
        ),
        (
            "Norway and Chile agreed in principle to set up a joint staff college.\n",
            "set up a joint staff college",
            "agreed",
        ),
        (
            "Army commanders of Chile and Peru vowed on Friday in Lima to double border patrols.\n",
            "double border patrols",
            "committed",
        ),
        (
            "Norway and Chile agreed during their talks to set up a joint staff college.\n",
            "set up a joint staff college",
            "agreed",
        ),
        (
            "Norway and Chile decided last week to set up a joint staff college.\n",
            "set up a joint staff college",
            "decided",
        ),
        (
            "Norway and Chile agreed in Oslo on 4 March to set up a joint staff college.\n",
            "set up a joint staff college",
            "agreed",
        ),
    ],
)
def test_place_before_to(body: str, action: str, modality: str) -> None:
    assert _found(body)[action][0] == modality


def test_in_order_to_is_no_cue() -> None:
    # Negative: "in order to" after the verb is a purpose, not the verb's "to".
    body = "Generals of Chile and Peru met in Lima in order to review border patrols.\n"
    assert _found(body) == {}


# 'commitment to "further strengthen" ties': the quoted fragment opens the action.
def test_quoted_fragment_after_commitment() -> None:
    body = (
        "Defence Minister Ola Berg of Norway met his Chilean counterpart in Santiago on Monday. "
        'He reaffirmed the commitment to "further deepen" ties with Chile, the ministry said.\n'
    )
    found = _found(body)
    assert found['"further deepen" ties with Chile'] == ("committed", {"NOR"})


def test_single_quoted_fragment_after_commitment() -> None:
    # The closing single quote is no part of the verb ("deepen’").
    body = (
        "Defence Minister Ola Berg of Norway met his Chilean counterpart in Santiago on Monday. "
        "He reaffirmed Norway's commitment to ‘further deepen’ ties with Chile, the ministry "
        "said.\n"
    )
    assert _found(body)["‘further deepen’ ties with Chile"] == ("committed", {"NOR"})


def test_commitment_to_a_quoted_value_stays_out() -> None:
    # Negative: a quoted value after "commitment to" is no action.
    body = (
        "Defence Minister Ola Berg of Norway met his Chilean counterpart in Santiago on Monday. "
        'He stressed the commitment to "democracy" in the region, the ministry said.\n'
    )
    assert _found(body) == {}


# "resolved to": a resolve, modality other.
@pytest.mark.parametrize(
    "body",
    [
        "Norway and Chile resolved to expand training exchanges between their navies.\n",
        (
            "The talks ended with a shared resolve to expand training exchanges between their "
            "navies, Norway and Chile said.\n"
        ),
    ],
)
def test_resolve_is_other(body: str) -> None:
    assert _found(body)["expand training exchanges between their navies"][0] == "other"


def test_decided_stays_decided() -> None:
    # Negative: "decided to" keeps its own modality.
    body = "Norway and Chile decided to expand training exchanges between their navies.\n"
    assert _found(body)["expand training exchanges between their navies"][0] == "decided"


# A title restating the lead: one commitment, the lead's.
def test_title_repeated_by_the_lead() -> None:
    body = (
        "Norway, Chile agree to expand naval cooperation\n\n"
        "The defence ministers of Norway and Chile agreed on Monday to hold yearly talks and "
        "expand naval cooperation in the South Pacific.\n"
    )
    found = _found(body)
    assert "expand naval cooperation" not in found
    assert found["expand naval cooperation in the South Pacific"][0] == "agreed"


def test_title_with_its_own_action_stays() -> None:
    # Negative: a title whose action the body does not state again keeps its commitment.
    body = (
        "Norway, Chile agree to build patrol boats together\n\n"
        "The defence ministers of Norway and Chile agreed on Monday to expand naval "
        "cooperation in the South Pacific.\n"
    )
    found = _found(body)
    assert "build patrol boats together" in found
    assert "expand naval cooperation in the South Pacific" in found


def test_lead_sentence_is_no_title() -> None:
    # Negative: a first paragraph with its stop is the lead itself, not a title.
    body = (
        "Norway and Chile agreed to expand naval cooperation.\n\n"
        "The defence ministers of Norway and Chile also agreed to expand naval cooperation in "
        "the South Pacific.\n"
    )
    assert "expand naval cooperation" in _found(body)


# A thing that "will prevent" something: an effect foreseen, no party's act.
def test_partnership_will_prevent() -> None:
    body = (
        "Norway and Chile signed a border accord on Monday. "
        '"This partnership will prevent smuggling across the frontier," General Ola Berg said.\n'
    )
    assert "prevent smuggling across the frontier" not in _found(body)


def test_party_will_prevent() -> None:
    # Negative: a party that will prevent something acts.
    body = (
        "Norway and Chile signed a border accord on Monday. "
        '"We will prevent smuggling across the frontier," General Ola Berg of Norway said.\n'
    )
    assert "prevent smuggling across the frontier" in _found(body)


# "The pair": the two met, a party phrase like "the two ministers".
def test_the_pair_will() -> None:
    body = (
        "Defence Minister Ola Berg of Norway met his Chilean counterpart Ana Ruiz in Oslo on "
        "Monday. The pair will sign a naval cooperation agreement on Wednesday.\n"
    )
    assert _found(body)["sign a naval cooperation agreement"] == ("will", {"NOR", "CHL"})


def test_a_pair_of_things_is_no_party() -> None:
    # Negative: "a pair of" things binds no one.
    body = (
        "Defence Minister Ola Berg of Norway met his Chilean counterpart Ana Ruiz in Oslo on "
        "Monday. A pair of patrol drones will survey the fjords.\n"
    )
    assert "survey the fjords" not in _found(body)


# "projects dedicated to X": a noun's participle, not a pledge.
def test_dedicated_after_a_noun_is_no_pledge() -> None:
    body = (
        "Norway and Chile take part in several European projects dedicated to the development "
        "of shared drones.\n"
    )
    assert _found(body) == {}


@pytest.mark.parametrize(
    "body",
    [
        "Norway and Chile remain fully dedicated to expanding joint naval patrols.\n",
        "Norway and Chile are dedicated to expanding joint naval patrols.\n",
        PRELUDE + '"I\'m dedicated to expanding joint naval patrols," Berg said.\n',
    ],
)
def test_dedicated_after_be_is_a_pledge(body: str) -> None:
    # Negative: "are/remain (fully) dedicated to" binds the subject.
    assert _found(body)["expanding joint naval patrols"][0] == "committed"


# "agreed to A and to B": two actions, each with its own verb.


def test_and_to_splits() -> None:
    body = (
        PRELUDE + "The two ministers agreed to explore co-production of drones and to set up a "
        "joint working group.\n"
    )
    found = _found(body)
    assert found["explore co-production of drones"][0] == "agreed"
    assert found["set up a joint working group"][0] == "agreed"


@pytest.mark.parametrize(
    ("body", "action"),
    [
        # an infinitive inside the first action: "ways to A and to B" is one aim
        (
            PRELUDE + "The two ministers agreed to look for ways to train pilots and to share "
            "simulators.\n",
            "look for ways to train pilots and to share simulators",
        ),
        # "free, open and ...": adjectives in a list stay one action
        (
            PRELUDE + "The two ministers will uphold a free, open and stable maritime order.\n",
            "uphold a free, open and stable maritime order",
        ),
    ],
)
def test_and_to_stays_whole(body: str, action: str) -> None:
    # Negative: no split.
    assert action in _found(body)


# "expectations that X will", "it is expected that X would": the act is expected.
@pytest.mark.parametrize(
    ("body", "action"),
    [
        (
            PRELUDE + "Berg expressed expectations that talks on Norway's frigate sale to Chile "
            "will be concluded soon.\n",
            "talks on Norway's frigate sale to Chile will be concluded",
        ),
        (
            PRELUDE + "It is expected that Chilean naval officers would train at Norwegian "
            "academies.\n",
            "train at Norwegian academies",
        ),
    ],
)
def test_expected_that(body: str, action: str) -> None:
    assert _found(body)[action][0] == "expected"


def test_said_that_would_stays_will() -> None:
    # Negative: a plain report keeps "will".
    body = PRELUDE + "Berg said that Chilean naval officers would train at Norwegian academies.\n"
    assert _found(body)["train at Norwegian academies"][0] == "will"


# A disposition shown or stressed: "demonstrated willingness to", "highlighting his resolve to".
@pytest.mark.parametrize(
    "body",
    [
        PRELUDE + "Berg and Ruiz have often demonstrated willingness to help each other in "
        "rescue missions.\n",
        PRELUDE + "Ruiz has visited six capitals this year, highlighting her resolve to widen "
        "naval ties with distant partners.\n",
        PRELUDE + "Berg underscored the readiness to study joint submarine rescue drills.\n",
    ],
)
def test_disposition_shown_is_no_pledge(body: str) -> None:
    assert _found(body) == {}


def test_disposition_expressed_is_a_pledge() -> None:
    # Negative: "expressed their readiness to" stays a commitment (modality other).
    body = PRELUDE + "The two ministers expressed their readiness to study joint rescue drills.\n"
    assert _found(body)["study joint rescue drills"][0] == "other"
