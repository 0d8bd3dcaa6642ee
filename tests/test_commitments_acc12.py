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


AMENDED = PRELUDE + "Both ministers approved an amendment to the 1999 accord. "
TWEET = (
    "“Had a fine meeting with Ms Ruiz in Oslo. Our {} and it will {},” Mr Berg said on Twitter.\n"
)


def test_document_acts_as_is_a_forecast() -> None:
    body = AMENDED + "The ministry said that the amendment will act as a catalyst to expand ties.\n"
    assert _found(body) == {}


def test_party_acts_as_stays() -> None:
    # Negative: a party that takes a role on binds itself.
    body = AMENDED + "Both sides will act as joint hosts of the Arctic security forum.\n"
    assert "act as joint hosts of the Arctic security forum" in _found(body)


def test_backdrop_of_talks_is_no_plan() -> None:
    body = PRELUDE + "The meeting came as the two countries seek to expand arms industry ties.\n"
    assert _found(body) == {}


def test_seek_to_stays_without_backdrop() -> None:
    # Negative: the sides' own aim, told as news.
    body = PRELUDE + "The two countries seek to expand arms industry ties.\n"
    assert "expand arms industry ties" in _found(body)


def test_visit_during_which_is_an_itinerary() -> None:
    body = (
        PRELUDE + "Ms Ruiz arrived on Sunday for a four-day visit during which she will hold talks "
        "with naval commanders and tour the Haakonsvern base.\n"
    )
    assert _found(body) == {}


def test_accords_during_a_trip_stay() -> None:
    # Negative: what the sides are to sign on a trip is no itinerary of the one visiting.
    body = (
        PRELUDE + "Mr Berg travels to Chile in May, a trip during which the two sides will sign "
        "a coastal radar accord.\n"
    )
    assert any("sign" in action for action in _found(body))


def test_it_will_grow_is_a_forecast() -> None:
    body = PRELUDE + TWEET.format("ties rest on a solid foundation", "continue to grow for decades")
    assert _found(body) == {}


def test_it_will_strengthen_an_object_stays() -> None:
    # Negative: a growth verb with its object is an act.
    body = PRELUDE + TWEET.format("navy is ready", "strengthen its Arctic patrols")
    assert "strengthen its Arctic patrols" in _found(body)


def test_agreed_that_over_a_long_subject() -> None:
    # "concurred that" governs a modal after a subject of ten words: agreed.
    body = PRELUDE + (
        "The ministers concurred that the seat of the new naval training agency and its "
        "liaison office will be located in Bergen.\n"
    )
    found = _found(body)
    action = (
        "the seat of the new naval training agency and its liaison office will be located in Bergen"
    )
    assert found[action][0] == "agreed"


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers agreed that the work share will be proportionate to each side's funds.\n",
        "The two ministers confirmed the work share will be proportionate to each side's funds.\n",
    ],
)
def test_settled_state_is_agreed(sentence: str) -> None:
    action = "the work share will be proportionate to each side's funds"
    assert _found(PRELUDE + sentence)[action] == ("agreed", {"NOR", "CHL"})


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry confirmed that Ms Ruiz will be in Bergen next week.\n",
        "Ms Ruiz said the exercise will be the largest yet.\n",
    ],
)
def test_state_without_agreement_stays_out(sentence: str) -> None:
    assert _found(PRELUDE + sentence) == {}


def test_the_three_ministers_confirmed() -> None:
    body = TRILATERAL + (
        "The three ministers confirmed the work share will be proportionate to each side's "
        "funding.\n"
    )
    action = "the work share will be proportionate to each side's funding"
    assert _found(body)[action] == ("agreed", {"NOR", "CHL", "JPN"})


def test_agreed_that_passive_starts_at_its_subject() -> None:
    # The action of a passive after "agreed that" is its own subject and verb, from a word.
    body = PRELUDE + "The ministers agreed that a joint staff college will be built in Bergen.\n"
    assert _found(body)["a joint staff college will be built in Bergen"][0] == "agreed"


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        (
            "Both sides reached a consensus to step up joint patrols in the Arctic.\n",
            "step up joint patrols in the Arctic",
        ),
        ("Both sides reached an understanding to share radar data.\n", "share radar data"),
    ],
)
def test_consensus_reached_is_agreed(sentence: str, action: str) -> None:
    assert _found(PRELUDE + sentence)[action] == ("agreed", {"NOR", "CHL"})


def test_consensus_on_a_noun_is_no_cue() -> None:
    # Negative: "reached consensus on" a topic names no act.
    assert _found(PRELUDE + "Both sides reached consensus on Arctic issues.\n") == {}


def test_noun_before_of_is_no_second_verb() -> None:
    body = (
        PRELUDE + "Both sides agreed to expand joint drills and exchange of cadets for training.\n"
    )
    assert set(_found(body)) == {"expand joint drills and exchange of cadets for training"}


def test_coordinated_verb_still_splits() -> None:
    # Negative: a verb with its own object is a second commitment.
    body = PRELUDE + "Both sides agreed to expand joint drills and exchange cadets for training.\n"
    assert set(_found(body)) == {"expand joint drills", "exchange cadets for training"}


def test_quoted_passive_goes_on_with_a_commitment() -> None:
    body = PRELUDE + (
        "“Next year Norway and Chile will resume the Polar Shield drills at full scale. Mine "
        "clearance will also be added to the drills,” Mr Berg added.\n"
    )
    found = _found(body)
    assert found["Mine clearance will also be added to the drills"] == ("will", {"NOR", "CHL"})


def test_quoted_passive_alone_stays_out() -> None:
    # Negative: a passive with no commitment of its quotation before it binds no one.
    body = PRELUDE + (
        "“The weather was poor this year. Mine clearance will also be added to the drills,” "
        "Mr Berg added.\n"
    )
    assert _found(body) == {}


def test_us_initials_are_no_first_person() -> None:
    # "US" (the country's initials) is no "us": the agreement binds both sides of the talks.
    body = (
        "US Defence Secretary Mark Lane met Norwegian Prime Minister Erik Dahl in Oslo on "
        "Monday.\n\nBoth Mr Dahl, who also doubles as defence chief, and US Defence Secretary "
        "Mark Lane agreed to hold joint naval drills.\n\n“We had fruitful talks,” Mr Lane said.\n"
    )
    assert _found(body)["hold joint naval drills"] == ("agreed", {"NOR", "USA"})


def test_lower_case_us_is_first_person() -> None:
    # Negative: "us" in a quotation is the speaker's side.
    body = PRELUDE + "“Each of us will send a frigate to the drills,” Mr Berg said.\n"
    assert _found(body)["send a frigate to the drills"][1] == {"NOR"}


# Two sides agree on a day (no meeting verb): the sentences after it speak of them.
AGREED_DAY = (
    "On May 31, Norwegian Defence Minister Ola Berg and his Chilean counterpart Ana Ruiz "
    "agreed on the importance of military communication between the two countries.\n\n"
)


def test_event_attended_by_is_no_commitment() -> None:
    body = AGREED_DAY + "The Polar Dialogue will be attended by about 600 delegates.\n"
    assert _found(body) == {}


def test_event_hosted_by_a_side_stays() -> None:
    # Negative: the agent of another passive acts ("will be hosted by Chile").
    body = AGREED_DAY + "The next round of the Polar Dialogue will be hosted by Chile.\n"
    assert _found(body)["The next round of the Polar Dialogue will be hosted by Chile"][1] == {
        "CHL"
    }


def test_as_the_sides_seek_is_a_backdrop() -> None:
    body = AGREED_DAY + (
        "This is the first meeting between Minister Ola Berg and Minister Ana Ruiz since "
        "November 2022 as the two countries seek to facilitate communication.\n"
    )
    assert _found(body) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "The two ministers are likely to discuss the Arctic drills.\n",
        "Mr Berg and Ms Ruiz are also expected to exchange views on the frigate purchase.\n",
        "They are expected to review the situation in the Barents Sea on Friday.\n",
    ],
)
def test_expected_talks_are_a_topic(sentence: str) -> None:
    assert _found(PRELUDE + sentence) == {}


def test_expected_signing_stays() -> None:
    # Negative: an act beyond the talks, expected of the sides.
    body = PRELUDE + "The two ministers are expected to sign a coastal radar accord.\n"
    assert _found(body)["sign a coastal radar accord"][0] == "expected"


def test_speech_verb_between_keeps_will() -> None:
    # Negative: the modal of what another said is not governed by the earlier agreement.
    body = PRELUDE + (
        "Both sides agreed on the plan and the Chilean minister said the navy will send two "
        "frigates.\n"
    )
    assert _found(body)["send two frigates"][0] == "will"


def test_confirmed_past_a_speech_verb_is_no_agreement() -> None:
    # Negative: what a third one said after "confirmed" is not the sides' settled state.
    body = PRELUDE + "The two ministers confirmed the admiral said the base will be ready.\n"
    assert _found(body) == {}
