"""Commitment rules of the tenth round (unseen-text accuracy), through the whole pipeline.

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


# "want to speed up": a plan of the ones named ("speed" starts an action like "step").
@pytest.mark.parametrize(
    ("body", "action"),
    [
        (
            (
                "Norway's defence minister Ola Berg and his Chilean counterpart Ana Ruiz want to "
                "speed up naval talks between the two countries.\n"
            ),
            "speed up naval talks between the two countries",
        ),
    ],
)
def test_want_to_speed_up(body: str, action: str) -> None:
    assert _found(body)[action][0] == "intend"


def test_want_to_with_no_act_stays_out() -> None:
    # Negative: a wish with no act of the parties.
    body = "Norway's defence minister Ola Berg wants to thank his Chilean hosts warmly.\n"
    assert _found(body) == {}


# "The talks aim(s) to ...": an event's purpose, not a plan of the parties.
@pytest.mark.parametrize(
    "body",
    [
        "The naval talks between Norway and Chile aims to strengthen maritime cooperation.\n",
    ],
)
def test_event_aims_is_no_plan(body: str) -> None:
    assert _found(body) == {}


def test_country_aims_is_a_plan() -> None:
    # Negative: a country that aims binds itself.
    body = "Norway aims to strengthen maritime cooperation with Chile.\n"
    assert _found(body)["strengthen maritime cooperation with Chile"][0] == "intend"


# "The visit ... will yield results": an effect foreseen, like "will bring benefits".
def test_event_will_yield_results() -> None:
    body = (
        "The visit of the Chilean navy chief, Admiral Ana Ruiz, will yield real gains for "
        "maritime security, said Norway's navy chief Ola Berg.\n"
    )
    assert _found(body) == {}


def test_party_will_yield_nothing_else() -> None:
    # Negative: the parties' own act after "will" stays.
    body = "Norway and Chile will hold joint naval drills in the Pacific next year.\n"
    assert "hold joint naval drills in the Pacific" in _found(body)


# "(their) commitment to X has resulted in ...": a pledge named as the subject of its result.
@pytest.mark.parametrize(
    "body",
    [
        (
            "Both Norway and Chile's commitment to establishing closer naval ties has resulted in "
            "steady progress in joint patrols over the last few years, the ministry noted.\n"
        ),
        (
            "Norway and Chile's commitment to expanding joint patrols has led to fewer incidents "
            "at sea, the ministry said.\n"
        ),
    ],
)
def test_commitment_with_its_result_is_no_pledge(body: str) -> None:
    assert _found(body) == {}


def test_commitment_reaffirmed_stays() -> None:
    # Negative: a commitment reaffirmed, its act still ahead.
    body = "Norway and Chile reaffirmed their commitment to expanding naval drills in the south.\n"
    assert "expanding naval drills in the south" in _found(body)


# "The pact should be signed by ...": a document's signing expected (dev: the passive with
# its subject, as in "accords are expected to be signed").
def test_document_should_be_signed() -> None:
    body = (
        "Norway and Chile drafted a naval pact in Oslo on Monday.\n\n"
        "The pact should be signed by the two defence ministers next month.\n"
    )
    modality, codes = _found(body)["The pact should be signed by the two defence ministers"]
    assert (modality, codes) == ("expected", {"NOR", "CHL"})


@pytest.mark.parametrize(
    "body",
    [
        # Negatives: a proposal ("should" with no document signed), a document discussed.
        (
            "Norway and Chile met in Oslo on Monday.\n\nThe navy should be modernised, the "
            "minister said.\n"
        ),
        (
            "Norway and Chile met in Oslo on Monday.\n\nThe pact should be discussed again, the "
            "minister said.\n"
        ),
    ],
)
def test_should_without_a_signing_stays_out(body: str) -> None:
    assert _found(body) == {}


# "agreed (on) <cooperation>": the cooperation agreed on, a noun phrase, is the action.
@pytest.mark.parametrize(
    ("body", "action"),
    [
        (
            "Norway and Chile agreed on closer cooperation in naval training.\n",
            "closer cooperation in naval training",
        ),
        (
            (
                "Norway's navy chief Ola Berg met Chile's navy chief Ana Ruiz in Oslo and agreed "
                "cooperation between the two navies in the field of mine clearance.\n"
            ),
            "cooperation between the two navies in the field of mine clearance",
        ),
    ],
)
def test_agreed_cooperation(body: str, action: str) -> None:
    assert _found(body)[action] == ("agreed", {"NOR", "CHL"})


@pytest.mark.parametrize(
    "body",
    [
        # Negatives: "agreed" as an adjective, "agreed that" a fact.
        "Norway and Chile met in Oslo.\n\nThe agreed cooperation plan covers naval training.\n",
        "Norway and Chile met in Oslo.\n\nBoth sides agreed that naval cooperation was growing.\n",
    ],
)
def test_agreed_cooperation_not_as_adjective_or_fact(body: str) -> None:
    assert _found(body) == {}


def test_agreed_cooperation_as_a_clause_subject() -> None:
    # Negative: the cooperation is the subject of the clause agreed ("would expand"): the
    # modal's own action, not the noun phrase.
    body = "Norway and Chile met in Oslo.\n\nBoth sides agreed naval cooperation would grow.\n"
    assert not any(action.startswith("naval cooperation") for action in _found(body))


# ", a statement said. / AA": the attribution ends the action before an agency's credit,
# so the action equals its repeat in the body (one record).
def test_said_before_agency_credit() -> None:
    body = (
        "Norway and Chile will widen their naval ties, a statement said. / AA\n\n"
        "Norway and Chile will widen their naval ties, the statement said.\n"
    )
    assert list(_found(body)) == ["widen their naval ties"]


def test_slash_inside_an_action_stays() -> None:
    # Negative: a slash inside the action is no credit.
    body = "Norway and Chile will buy 20/30 trucks for the border units.\n"
    assert list(_found(body)) == ["buy 20/30 trucks for the border units"]


# "Pacific defence ministers will meet ...": plural defence ministers (chiefs, leaders) as
# the subject are the parties, like "the ministers".
def test_defence_ministers_subject() -> None:
    body = (
        "SYDNEY — Pacific defence ministers will meet in Fiji on Tuesday, with Australia "
        "seeking closer ties.\n"
    )
    assert any(action.startswith("meet in Fiji") for action in _found(body))


def test_defence_ministry_subject_is_not_plural_ministers() -> None:
    # Negative: a thing of the ministries, not the ministers, with an effect verb.
    body = "OSLO — The defence budget will grow in Norway next year.\n"
    assert _found(body) == {}


# "committed to continuous collaboration", "commitment to efforts to ...": a joint act ahead
# after the prepositional "to", not a value held.
@pytest.mark.parametrize(
    ("body", "action"),
    [
        (
            (
                "The governments of Norway and Chile have committed to closer collaboration on "
                "coastal surveillance.\n"
            ),
            "closer collaboration on coastal surveillance",
        ),
        (
            (
                "The Norwegian minister assured his Chilean counterpart of Norway's commitment to "
                "efforts to keep the southern sea lanes open.\n"
            ),
            "efforts to keep the southern sea lanes open",
        ),
    ],
)
def test_committed_to_joint_act_noun(body: str, action: str) -> None:
    assert _found(body)[action][0] == "committed"


def test_committed_to_a_value_stays_out() -> None:
    # Negative: a value held, no act.
    body = "Norway and Chile met in Oslo.\n\nThe minister stressed Norway's commitment to peace.\n"
    assert _found(body) == {}


# "our goal to ...": the goal of the ones speaking (or "their"), an intent like "intend to".
def test_our_goal_to() -> None:
    body = (
        "“We confirm our goal to widen naval drills with Chile,” the Norwegian minister Ola "
        "Berg said.\n"
    )
    assert _found(body)["widen naval drills with Chile"] == ("intend", {"NOR"})


@pytest.mark.parametrize(
    "body",
    [
        # Negatives: a purpose ("with an aim to"), a goal talked about.
        "Norway and Chile met in Oslo with an aim to widen naval drills.\n",
        "Norway and Chile met in Oslo.\n\nThe aim to widen naval drills was discussed.\n",
    ],
)
def test_aim_without_owner_stays_out(body: str) -> None:
    assert _found(body) == {}


# "supported plans to ...": plans backed, whose owner the sentence does not name.
def test_supported_plans_are_no_plan() -> None:
    body = (
        "Norway and Chile met in Oslo.\n\nThe ministers backed the plans to build a ferry "
        "link between the two ports.\n"
    )
    assert _found(body) == {}


def test_own_plans_stay() -> None:
    # Negative: the parties' own plan.
    body = "Norway and Chile met in Oslo.\n\nThe ministers said they plan to open a ferry link.\n"
    assert "open a ferry link" in _found(body)


# "expressed readiness for closer cooperation": the cooperation is the action (other).
def test_readiness_for_cooperation() -> None:
    body = (
        "Norwegian Defence Minister Ola Berg met his Chilean counterpart Ana Ruiz in Oslo on "
        "Monday.\n\nThe two countries expressed readiness for deeper cooperation in space.\n"
    )
    assert _found(body)["deeper cooperation in space"] == ("other", {"NOR", "CHL"})


def test_readiness_as_subject_stays_out() -> None:
    # Negative: "the readiness for ..." as a subject, no one's readiness expressed.
    body = (
        "Norwegian Defence Minister Ola Berg met his Chilean counterpart Ana Ruiz in Oslo on "
        "Monday.\n\nThe readiness for cooperation of the troops was tested.\n"
    )
    assert _found(body) == {}


# "<someone>'s new vehicle will contribute to ...": a thing sold or fielded, its effect
# foreseen (as "the visit will help"), not an act of a party.
def test_equipment_will_contribute() -> None:
    body = (
        "Norway and Chile met in Oslo.\n\nThe minister said the Chilean Navy's new patrol "
        "vehicle will contribute to improving Norway's coastal defence.\n"
    )
    assert _found(body) == {}


def test_party_will_contribute_stays() -> None:
    # Negative: the navy itself contributes.
    body = (
        "Norway and Chile met in Oslo.\n\nThe Chilean Navy will contribute two ships to the "
        "Norwegian exercise.\n"
    )
    assert "contribute two ships to the Norwegian exercise" in _found(body)


# "<Country> is to <verb>": an arranged future of the party named right before it.
@pytest.mark.parametrize(
    ("body", "action", "codes"),
    [
        (
            (
                "Norway and Chile met in Oslo.\n\nNORWAY is to assign a senior officer to the "
                "Chilean naval staff college in Valparaiso.\n"
            ),
            "assign a senior officer to the Chilean naval staff college in Valparaiso",
            {"NOR"},
        ),
        (
            "Norway and Chile met in Oslo.\n\nThe Chilean Navy is to host the next round.\n",
            "host the next round",
            {"CHL"},
        ),
    ],
)
def test_party_is_to(body: str, action: str, codes: set[str]) -> None:
    assert _found(body)[action] == ("will", codes)


@pytest.mark.parametrize(
    "body",
    [
        # Negatives: no party right before "is to" (a goal, a key), a passive "is to be held".
        "Norway and Chile met in Oslo.\n\nThe key is to build trust between the navies.\n",
        "Norway and Chile met in Oslo.\n\nThe next round is to be held in Santiago.\n",
    ],
)
def test_is_to_without_a_party_stays_out(body: str) -> None:
    assert _found(body) == {}
