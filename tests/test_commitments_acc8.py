"""Commitment rules of the eighth round (unseen-text accuracy), through the whole pipeline.

Every sentence here is written for these tests; each rule has rows where it must fire and
rows where it must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

import defrel

PUB = dt.date(2023, 6, 8)  # a Thursday
TALKS = (
    "Defence Minister Ana Lopez of Chile held talks with Peru's defence minister Jorge Ruiz in "
    "Lima on Monday.\n\n"
)


def _parties(body: str) -> dict[str, set[str]]:
    """Each commitment's action, with the codes of its parties."""
    report = defrel.parse(body, published=PUB)
    return {c.action: {p.code for p in c.parties} for c in report.commitments}


# The country the parties act with ("work with Ruritania") is their partner, not bound.
@pytest.mark.parametrize(
    ("body", "action", "codes"),
    [
        (
            # An unattributed quote: the talks' pair without the partner.
            (
                "Chile and Peru held defence talks in Lima on Monday.\n\n"
                "\u201cOur navies already train together and I look forward to deepening this "
                "friendship with the Republic of Peru in the years ahead.\u201d\n"
            ),
            "deepening this friendship with the Republic of Peru in the years ahead",
            {"CHL"},
        ),
        (
            (
                "Chile and Peru held defence talks in Lima on Monday.\n\n"
                "The ministry will expand staff exchanges with Peru.\n"
            ),
            "expand staff exchanges with Peru",
            {"CHL"},
        ),
        (
            (
                "Kenyan army chief Paul Otieno met Ghana's defence minister Kofi Mensah in "
                "Accra.\n\nThe general said the country was prepared to host cadets along its "
                "border with Kenya.\n"
            ),
            "host cadets along its border with Kenya",
            {"GHA"},
        ),
        (
            # A list after "with": each one listed is a partner.
            (
                "Chile and Peru held defence talks in Lima on Monday.\n\n"
                "The ministry will expand staff exchanges with Peru and Bolivia.\n"
            ),
            "expand staff exchanges with Peru and Bolivia",
            {"CHL"},
        ),
        (
            # Already right before the rule: a named subject keeps its own side.
            (
                "Defence Minister Ana Lopez of Chile held talks with Peru's defence minister Jorge "
                "Ruiz in Lima on Monday. Ruiz pledged to deepen cooperation with the Chilean navy."
            ),
            "deepen cooperation with the Chilean navy",
            {"PER"},
        ),
    ],
)
def test_a_partner_named_after_with_is_not_bound(body: str, action: str, codes: set[str]) -> None:
    assert _parties(body)[action] == codes


@pytest.mark.parametrize(
    ("body", "action", "codes"),
    [
        (
            # A meeting: the one met is bound too.
            (
                "Defence Minister Ana Lopez of Chile arrived in Lima on Monday. Lopez will meet "
                "with Peru's defence minister Jorge Ruiz on Tuesday."
            ),
            "meet with Peru's defence minister Jorge Ruiz",
            {"CHL", "PER"},
        ),
        (
            # Countries not after "with": both bound.
            (
                "Chile and Peru held defence talks in Lima on Monday.\n\n"
                "The ministry will expand staff exchanges between Chile and Peru with new funds.\n"
            ),
            "expand staff exchanges between Chile and Peru with new funds",
            {"CHL", "PER"},
        ),
        (
            # A norm followed, not a partner.
            (
                "Chile and Peru held defence talks in Lima on Monday.\n\n"
                "The ministry will patrol the coast in line with Peru and Chile laws.\n"
            ),
            "patrol the coast in line with Peru and Chile laws",
            {"CHL", "PER"},
        ),
        (
            # "with" before no country: the parties stay.
            (
                "Defence Minister Ana Lopez of Chile held talks with Peru's defence minister Jorge "
                "Ruiz in Lima on Monday. Both sides agreed to hold drills with new equipment."
            ),
            "hold drills with new equipment",
            {"CHL", "PER"},
        ),
    ],
)
def test_a_country_not_named_as_a_partner_stays(body: str, action: str, codes: set[str]) -> None:
    assert _parties(body)[action] == codes


def _actions(body: str) -> list[str]:
    return [c.action for c in defrel.parse(body, published=PUB).commitments]


# A headline "A, B to <verb> ..." restates the lead: not again when the body binds A and B.
@pytest.mark.parametrize(
    ("body", "actions"),
    [
        (
            (
                "Chile, Peru to boost border patrols\n\n"
                "Chile and Peru agreed on Monday to step up joint patrols along their border.\n"
            ),
            ["step up joint patrols along their border"],
        ),
        (
            # The body binds other sides: the headline stays.
            (
                "Chile, Peru to boost border patrols\n\n"
                "Bolivia and Ecuador agreed on Monday to open a hotline.\n"
            ),
            ["boost border patrols", "open a hotline"],
        ),
        (
            # No commitment in the body: the headline stays.
            (
                "Chile, Peru to boost border patrols\n\n"
                "The defence ministers of Chile and Peru met in Lima on Monday.\n"
            ),
            ["boost border patrols"],
        ),
    ],
)
def test_a_headline_restating_the_body_is_not_repeated(body: str, actions: list[str]) -> None:
    assert _actions(body) == actions


# A passive's agent, when countries, is the side bound: "will be hosted by Ruritania".
@pytest.mark.parametrize(
    ("body", "action", "codes"),
    [
        (
            TALKS + "The first session of the new commission will be hosted by Peru next year.\n",
            "The first session of the new commission will be hosted by Peru",
            {"PER"},
        ),
        (
            TALKS + "Lopez said two accords were signed, adding that the accords would be "
            "approved by the Peruvian Congress.\n",
            "the accords would be approved by the Peruvian Congress",
            {"PER"},
        ),
        (
            TALKS + "The new accord will be signed by Chile and Peru in May.\n",
            "The new accord will be signed by Chile and Peru",
            {"CHL", "PER"},
        ),
    ],
)
def test_a_passive_binds_its_agent(body: str, action: str, codes: set[str]) -> None:
    assert _parties(body)[action] == codes


def test_a_passive_with_no_country_as_agent_binds_no_one() -> None:
    body = TALKS + "The next session will be held by the end of May.\n"
    assert _parties(body) == {}


# A document ("a joint declaration", "the communiqué") as a passive's subject binds the sides;
# "further" may stand between "be" and the participle.
@pytest.mark.parametrize(
    ("body", "action"),
    [
        (
            TALKS + "A joint declaration will be issued after the talks.\n",
            "A joint declaration will be issued after the talks",
        ),
        (
            TALKS + "A joint communiqué will be released on Friday.\n",
            "A joint communiqué will be released",
        ),
        (
            TALKS + "Their naval cooperation has grown over the years and will be further "
            "enhanced.\n",
            "Their naval cooperation has grown over the years and will be further enhanced",
        ),
    ],
)
def test_a_document_or_the_relation_in_a_passive_binds_both(body: str, action: str) -> None:
    assert _parties(body)[action] == {"CHL", "PER"}


@pytest.mark.parametrize(
    "body",
    [
        # No document, no relation: an event's schedule.
        TALKS + "The weather will be discussed by reporters.\n",
        # A document's effect, not an act: not bound.
        TALKS + "The joint declaration will strengthen ties.\n",
    ],
)
def test_no_commitment_from_a_passive_of_no_party(body: str) -> None:
    assert _parties(body) == {}


# A valued contribution or new momentum brought is an assessment, not an act.
@pytest.mark.parametrize(
    "body",
    [
        TALKS + "Lopez said the new plan will make a significant contribution to peace.\n",
        TALKS + "Ruiz said the two navies are expected to provide an important contribution to "
        "regional security.\n",
        TALKS + "Both sides pledged to bring fresh impetus to the relationship.\n",
    ],
)
def test_a_valued_contribution_is_no_commitment(body: str) -> None:
    assert _parties(body) == {}


@pytest.mark.parametrize(
    ("body", "action"),
    [
        # A contribution with no value word: an act.
        (
            TALKS + "Both sides agreed to make a contribution of ten trucks to the relief fund.\n",
            "make a contribution of ten trucks to the relief fund",
        ),
        # A value word before another noun: an act.
        (
            TALKS + "Both sides agreed to provide important equipment to the border units.\n",
            "provide important equipment to the border units",
        ),
    ],
)
def test_a_plain_contribution_is_a_commitment(body: str, action: str) -> None:
    assert action in _parties(body)


# "They agreed that the next round will take place in Lima": a decision, not a schedule.
def test_an_agreed_venue_is_a_commitment() -> None:
    body = (
        "Chilean Defence Minister Ana Lopez and her Peruvian counterpart Jorge Ruiz agreed "
        "today that the next round of border talks will take place in Lima.\n"
    )
    assert _parties(body) == {"take place in Lima": {"CHL", "PER"}}


@pytest.mark.parametrize(
    "body",
    [
        # An event's course, no agreement: no one's act.
        TALKS + "The naval exercise will take place in Lima.\n",
        # An agreement on an effect: a forecast.
        (
            "Chilean Defence Minister Ana Lopez and her Peruvian counterpart Jorge Ruiz agreed "
            "today that the talks will take ties to a new level.\n"
        ),
    ],
)
def test_a_venue_or_effect_without_decision_is_no_commitment(body: str) -> None:
    assert _parties(body) == {}


# A subject that lists countries ("A, B, C and D agreed to") binds every one listed: the
# commas of the list open no clause.
@pytest.mark.parametrize(
    ("body", "action", "codes"),
    [
        (
            "Chile, Peru, Bolivia and Ecuador agreed to hold a joint border drill next year.\n",
            "hold a joint border drill",
            {"CHL", "PER", "BOL", "ECU"},
        ),
        (
            (
                "The talks ended after Chile, Peru and Bolivia under the new pact agreed to share "
                "radar data.\n"
            ),
            "share radar data",
            {"CHL", "PER", "BOL"},
        ),
        (
            # A comma before a clause of its own: only that clause's subject.
            "After talks with Peru, Chile and Bolivia agreed to share radar data.\n",
            "share radar data",
            {"CHL", "BOL"},
        ),
    ],
)
def test_a_listed_subject_binds_every_country(body: str, action: str, codes: set[str]) -> None:
    assert _parties(body)[action] == codes


# A participant of no known country in a meeting of three countries (a venue's named too):
# the side of the two named most that no other participant holds.
def test_a_participant_takes_the_free_side_of_the_two_named_most() -> None:
    body = (
        "Defense Secretary Tom Bell met Salvadoran defense minister Ana Ruiz in Arequipa, Peru, "
        "on Monday, the Pentagon said.\n\n"
        "The United States and El Salvador share many interests, the Pentagon said.\n\n"
        "Bell pledged to expand military training programs.\n"
    )
    assert _parties(body) == {"expand military training programs": {"USA"}}


# "Minister Ruiz and I agreed to": the speaker and the one named beside bind both sides.
@pytest.mark.parametrize(
    ("body", "action", "codes"),
    [
        (
            (
                "Today in Santiago, I hosted Peru's Minister of Defence, General Jorge Ruiz, for "
                "our annual defence talks.\n\nMinister Ruiz and I agreed to hold a joint naval "
                "drill next year.\n"
            ),
            "hold a joint naval drill",
            {"CHL", "PER"},
        ),
    ],
)
def test_the_speaker_and_one_named_beside(body: str, action: str, codes: set[str]) -> None:
    assert _parties(body)[action] == codes


def test_the_speaker_and_one_of_no_side_of_the_talks() -> None:
    # The one named beside is no side of the talks: not the talks' pair.
    body = (
        "Today in Santiago, I hosted Peru's Minister of Defence, General Jorge Ruiz, for our "
        "annual defence talks.\n\nEcuador's envoy Rosa Vega and I agreed to hold a joint "
        "naval drill next year.\n"
    )
    assert "ECU" in _parties(body)["hold a joint naval drill"]
