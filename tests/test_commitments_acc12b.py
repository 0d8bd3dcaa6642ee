"""Commitment rules of the twelfth round's second part (precision on unseen news).

Every sentence here is written for these tests, with fictional people; each rule has rows
where it must fire and rows where it must not.
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


# A visit announced, before the sentence a row tests.
ARRIVAL = (
    "Defence Minister Arvid Lindqvist of Sweden arrives in Oslo tomorrow for a two-day "
    "visit to Norway.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "During his visit, Lindqvist will have a bilateral meeting with Prime Minister Ola Berg.",
        "During his two-day visit to Norway, Lindqvist will meet Defence Minister Kari Dahl.",
        "On the second day of the trip, the minister will hold talks with Kari Dahl.",
        "While in Norway, Lindqvist will attend the Nordic Defence Forum.",
        "While in Oslo, Lindqvist will attend the Nordic Defence Forum and visit a naval base.",
        "As part of his visit, Lindqvist will co-chair the Nordic defence dialogue with Kari Dahl.",
    ],
)
def test_itinerary_framed_by_the_visit_is_no_commitment(sentence: str) -> None:
    assert _found(ARRIVAL + sentence + "\n") == {}


def test_itinerary_goes_on_in_the_next_sentence() -> None:
    body = (
        ARRIVAL + "During his visit, Lindqvist will meet Prime Minister Ola Berg.\n\n"
        "He will also meet Defence Minister Kari Dahl.\n"
    )
    assert _found(body) == {}


def test_pledge_after_an_itinerary_stays() -> None:
    # Negative: the next sentence's verb is no encounter: a pledge.
    body = (
        ARRIVAL + "During his visit, Lindqvist will meet Prime Minister Ola Berg.\n\n"
        "He will also send instructors to the Norwegian staff college.\n"
    )
    assert "send instructors to the Norwegian staff college" in _found(body)


def test_pledge_in_a_visit_frame_stays() -> None:
    # Negative: framed by the visit, but the verb is no encounter.
    body = ARRIVAL + "During his visit, Sweden and Norway will sign a pact on air policing.\n"
    assert _found(body)["sign a pact on air policing"][0] == "will"


def test_meeting_without_a_frame_stays() -> None:
    # Negative: a future visit told without a visit frame stays as before.
    body = ARRIVAL + "Lindqvist will visit Finland next year.\n"
    assert "visit Finland" in _found(body)


def test_visit_today_is_the_days_programme() -> None:
    body = (
        "The Swedish Defence Minister will today visit Oslo to deepen defence ties with Norway.\n"
    )
    assert _found(body) == {}


def test_visit_today_with_its_date_is_the_days_programme() -> None:
    body = "The Swedish Defence Minister will today (5 March) meet Defence Minister Kari Dahl.\n"
    assert _found(body) == {}


def test_act_today_stays() -> None:
    # Negative: "today" before a verb that is no encounter.
    body = "Sweden and Norway will today sign a pact on air policing.\n"
    assert "sign a pact on air policing" in " ".join(_found(body))


def test_where_he_will_meet_is_the_visits_itinerary() -> None:
    body = (
        ARRIVAL + "His next stop is Bergen for his first visit to the Norwegian Joint "
        "Headquarters, where he will meet General Eirik Kvam to discuss Arctic security.\n"
    )
    assert _found(body) == {}


def test_where_they_will_train_stays() -> None:
    # Negative: "where" after a visit, but a verb that is no encounter.
    body = (
        "Defence Minister Arvid Lindqvist of Sweden and Defence Minister Kari Dahl of Norway "
        "ended their visit at the joint centre in Bergen, where they will train Arctic troops "
        "together next year.\n"
    )
    assert _found(body)["train Arctic troops together"] == ("will", {"SWE", "NOR"})


# A meeting of Sweden and Norway, before the sentence a row tests.
MET = (
    "Defence Minister Arvid Lindqvist of Sweden met Defence Minister Kari Dahl of Norway in "
    "Oslo on Monday. "
)


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        (
            (
                "The ministry said that an agreement has been reached between the two countries "
                "to work together in pilot training and cyber defence."
            ),
            "work together in pilot training and cyber defence",
        ),
        ("An agreement was reached to hold joint drills in May.", "hold joint drills"),
        (
            "Agreements were also reached to open a joint repair depot.",
            "open a joint repair depot",
        ),
    ],
)
def test_agreement_reached_is_agreed(sentence: str, action: str) -> None:
    assert _found(MET + sentence + "\n")[action] == ("agreed", {"SWE", "NOR"})


@pytest.mark.parametrize(
    "sentence",
    [
        "No agreement was reached to extend the pact.",
        "The agreement was reached to the satisfaction of both.",
    ],
)
def test_agreement_reached_without_an_act_is_none(sentence: str) -> None:
    # Negative: no agreement, or no act after "to".
    assert _found(MET + sentence + "\n") == {}


def test_lead_paraphrase_of_a_quote_is_one_commitment() -> None:
    body = (
        MET + "Sweden and Norway aim to pursue joint Arctic policy despite the Eastern "
        "pressure, Lindqvist said.\n\n"
        '"Sweden and Norway are aiming to pursue a joint Arctic policy despite the pressure '
        'from the East," Lindqvist said after the talks.\n'
    )
    found = _found(body)
    assert len(found) == 1
    assert next(iter(found.values())) == ("intend", {"SWE", "NOR"})


def test_different_acts_of_one_verb_stay_apart() -> None:
    # Negative: the same verb and modality, but other content words: two commitments.
    body = (
        MET + "Sweden and Norway will expand pilot training in the Arctic. They will also "
        "expand cyber defence drills in the Baltic.\n"
    )
    found = _found(body)
    assert "expand pilot training in the Arctic" in found
    assert "expand cyber defence drills in the Baltic" in found


def test_paraphrase_with_another_form_of_the_verb_is_one_commitment() -> None:
    body = (
        MET + "Lindqvist reaffirmed Sweden's commitment to strengthen air defence drills with "
        "Norway.\n\n"
        '"We reaffirm our commitment to strengthening air defence drills with our close '
        'partner, Norway," the Swedish ministry posted.\n'
    )
    assert len(_found(body)) == 1


def test_visiting_in_the_progressive_is_the_visits_programme() -> None:
    body = (
        "Defence Minister Arvid Lindqvist of Sweden is on a three-day visit to Norway. He will "
        "be visiting naval shipyards in Bergen and Stavanger during his stay.\n"
    )
    assert _found(body) == {}


def test_training_in_the_progressive_stays() -> None:
    # Negative: a progressive of a verb that is no encounter.
    body = MET + "Sweden will be training Norwegian pilots from May.\n"
    assert _found(body)["training Norwegian pilots"] == ("will", {"SWE"})


def test_anniversary_is_the_calendar() -> None:
    body = (
        MET + "Lindqvist proposed a joint declaration because 2027 will mark the 30th "
        "anniversary of the Nordic defence accord.\n"
    )
    assert _found(body) == {}


def test_mark_without_an_anniversary_stays() -> None:
    # Negative: "mark" with another object.
    body = MET + "The two navies will mark their exercise areas in the Baltic.\n"
    assert "mark their exercise areas in the Baltic" in _found(body)


# Talks of Sweden and Norway, before the clause a row tests.
TALKS = (
    "Defence Minister Arvid Lindqvist of Sweden held talks with Defence Minister Kari Dahl of "
    "Norway in Oslo on Monday"
)


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        (
            " and both agreed on joint training of forces in the Arctic domain.",
            "joint training of forces in the Arctic domain",
        ),
        (
            ". Both sides agreed for joint training in cyber defence.",
            "joint training in cyber defence",
        ),
        (
            ". They agreed on combined naval patrols in the Baltic.",
            "combined naval patrols in the Baltic",
        ),
    ],
)
def test_agreed_on_a_joint_activity_is_agreed(sentence: str, action: str) -> None:
    assert _found(TALKS + sentence + "\n")[action] == ("agreed", {"SWE", "NOR"})


def test_the_agreed_joint_exercises_are_no_cue() -> None:
    # Negative: "the agreed" is an adjective, and "agreed for" without a joint activity.
    body = TALKS + ". They praised the agreed on joint exercises. Both agreed for the cameras.\n"
    assert _found(body) == {}


def test_while_clause_with_its_own_pledge_is_apart() -> None:
    body = (
        TALKS + " and both agreed on joint training of forces in the Arctic domain while Sweden "
        "will also help Norway in ship design.\n"
    )
    found = _found(body)
    assert found["joint training of forces in the Arctic domain"] == ("agreed", {"SWE", "NOR"})
    assert found["help Norway in ship design"] == ("will", {"SWE"})


def test_agreed_to_while_will_is_apart() -> None:
    body = TALKS + ". They agreed to expand pilot training while Sweden will supply trainer jets.\n"
    found = _found(body)
    assert found["expand pilot training"][0] == "agreed"
    assert found["supply trainer jets"] == ("will", {"SWE"})


def test_title_with_another_verb_repeated_by_the_lead() -> None:
    body = (
        "Sweden, Norway agree to boost pilot training, naval cooperation\n\n"
        "The defence ministers of Sweden and Norway agreed on Monday to expand joint pilot "
        "training and naval cooperation in the Baltic.\n"
    )
    found = _found(body)
    assert "boost pilot training, naval cooperation" not in found
    assert found["expand joint pilot training and naval cooperation in the Baltic"][0] == "agreed"


def test_title_with_another_object_stays() -> None:
    # Negative: the title's object is not all in the lead: two commitments.
    body = (
        "Sweden, Norway agree to boost submarine cooperation\n\n"
        "The defence ministers of Sweden and Norway agreed on Monday to expand joint pilot "
        "training and naval cooperation in the Baltic.\n"
    )
    assert "boost submarine cooperation" in _found(body)


def test_desire_of_our_countries_is_a_shared_intention() -> None:
    body = (
        MET + 'The talks showed "the mutual desire of our countries to further expand '
        'cooperation in a difficult environment," Lindqvist said.\n'
    )
    found = _found(body)
    assert found["further expand cooperation in a difficult environment"] == (
        "other",
        {"SWE", "NOR"},
    )


def test_desire_of_the_public_is_none() -> None:
    # Negative: the desire of others than the sides.
    assert _found(MET + "The desire of the public to see peace is strong.\n") == {}


def test_desire_for_cooperation_is_one_noun_phrase() -> None:
    body = (
        MET + "Sweden and Norway have expressed mutual desire for a stronger security "
        "cooperation to secure their borders, enhance air defence and combat piracy.\n"
    )
    found = _found(body)
    action = (
        "a stronger security cooperation to secure their borders, enhance air defence and "
        "combat piracy"
    )
    assert found == {action: ("other", {"SWE", "NOR"})}


def test_desire_for_a_noun_without_cooperation_is_none() -> None:
    # Negative: no cooperation named after "desire for".
    assert _found(MET + "Lindqvist expressed his desire for a quiet summer.\n") == {}


def test_action_ends_at_a_quotes_comma_before_said() -> None:
    body = (
        MET + 'They agreed to expand joint drills to promote "shared Arctic interests," the '
        "Swedish ministry said.\n"
    )
    assert _found(body) == {
        'expand joint drills to promote "shared Arctic interests': ("agreed", {"SWE", "NOR"})
    }


def test_quoted_word_inside_an_action_stays() -> None:
    # Negative: a quoted word followed by more of the action, no speech verb.
    body = MET + 'They agreed to expand "joint" drills, in the Baltic and the Arctic.\n'
    assert '"joint" drills' in " ".join(_found(body))


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        (
            (
                "A Swedish official said Lindqvist and Dahl concurred that the alliance should "
                "be further strengthened through talks on their defence reviews."
            ),
            "the alliance should be further strengthened through talks on their defence reviews",
        ),
        (
            "Lindqvist and Dahl agreed that naval cooperation should be expanded.",
            "naval cooperation should be expanded",
        ),
    ],
)
def test_agreed_that_ties_should_be_done_is_agreed(sentence: str, action: str) -> None:
    assert _found(MET + sentence + "\n")[action] == ("agreed", {"SWE", "NOR"})


@pytest.mark.parametrize(
    "sentence",
    [
        "Lindqvist said the alliance should be strengthened.",
        "Lindqvist and Dahl agreed that the old barracks should be demolished.",
    ],
)
def test_should_without_agreement_on_ties_is_none(sentence: str) -> None:
    # Negative: one side's view, or an agreement on no tie of the sides.
    assert _found(MET + sentence + "\n") == {}


def test_commitment_to_consult_is_committed() -> None:
    body = (
        MET + "The accord holds a commitment to consult between our two countries when there "
        "is a crisis.\n"
    )
    assert _found(body)["consult between our two countries when there is a crisis"] == (
        "committed",
        {"SWE", "NOR"},
    )


def test_commitment_to_a_noun_stays_out() -> None:
    # Negative: "commitment to" a value, no verb.
    assert _found(MET + "The accord shows a commitment to consultation in Europe.\n") == {}


def test_both_sides_would_is_a_backshifted_will() -> None:
    body = MET + "Both sides would continue to maintain contacts to ensure timely delivery.\n"
    assert _found(body)["continue to maintain contacts to ensure timely delivery"] == (
        "will",
        {"SWE", "NOR"},
    )


@pytest.mark.parametrize(
    "sentence",
    ["Both sides would benefit from the deal.", "Sweden would continue to buy jets."],
)
def test_would_without_both_sides_or_a_verb_of_action_stays_out(sentence: str) -> None:
    # Negative: no verb of action, or one side's "would" with no report frame.
    assert _found(MET + sentence + "\n") == {}


def test_joining_named_people_at_a_place_is_the_encounter() -> None:
    body = (
        "Defence Minister Arvid Lindqvist of Sweden and Foreign Minister Eva Holm will join "
        "Defence Minister Kari Dahl and General Eirik Kvam in Bergen, near Oslo, as ties grow.\n"
    )
    assert _found(body) == {}


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("Lindqvist will join Kari Dahl in sending trainers to Latvia.", "join Kari Dahl in"),
        ("Sweden will join Norway and Finland in Oslo for drills.", "join Norway and Finland"),
    ],
)
def test_joining_in_an_act_or_joining_countries_stays(sentence: str, action: str) -> None:
    # Negative: "join X in <an act>", or countries joined.
    assert action in " ".join(_found(MET + sentence + "\n"))


def test_on_my_agenda_is_the_speakers_pledge() -> None:
    body = (
        MET + '"Such steps encourage us to do more and that will be on my agenda when I meet '
        'minister Dahl," said Lindqvist.\n'
    )
    assert _found(body)["be on my agenda when I meet minister Dahl"] == ("will", {"SWE"})


def test_on_the_agenda_is_a_topic() -> None:
    # Negative: "on the agenda" is what the talks will be about.
    assert _found(MET + "Arctic security will be on the agenda.\n") == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Lindqvist is scheduled to visit the Norwegian Military Academy near Oslo.",
        "Lindqvist is  due  to meet General Eirik Kvam on Tuesday.",
        "Lindqvist is slated to attend the Arctic Security Forum.",
    ],
)
def test_scheduled_encounter_is_the_visits_programme(sentence: str) -> None:
    assert _found(MET + sentence + "\n") == {}


def test_scheduled_act_stays_expected() -> None:
    # Negative: a scheduled act that is no encounter.
    body = MET + "Norway is due to adopt new defence guidelines at the end of the year.\n"
    assert _found(body)["adopt new defence guidelines at the end of the year"][0] == "expected"


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        (
            "Sweden and Norway are now launching formal negotiations on a defence pact.",
            "launching formal negotiations on a defence pact",
        ),
        (
            "The two countries are commencing negotiations to establish a defence treaty.",
            "commencing negotiations to establish a defence treaty",
        ),
    ],
)
def test_negotiations_opened_are_a_commitment(sentence: str, action: str) -> None:
    assert _found(MET + sentence + "\n")[action] == ("other", {"SWE", "NOR"})


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels are starting negotiations on a truce.",
        "The unions are opening negotiations for higher pay.",
    ],
)
def test_negotiations_of_others_are_none(sentence: str) -> None:
    # Negative: the subject is no party.
    assert _found(MET + sentence + "\n") == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "Lindqvist said that our two countries will hold drills in May.",
        '"Our two countries will hold drills in May," Lindqvist said.',
    ],
)
def test_our_two_countries_binds_both(sentence: str) -> None:
    assert _found(MET + sentence + "\n")["hold drills"] == ("will", {"SWE", "NOR"})


def test_our_country_binds_the_speaker() -> None:
    # Negative: one country of the speaker's.
    body = MET + '"Our country will hold drills in May," Lindqvist said.\n'
    assert _found(body)["hold drills"] == ("will", {"SWE"})


# A visit told in a press release, its pronoun after a paragraph on the host's head.
VISIT_NEWS = (
    "Defence Minister Arvid Lindqvist of Sweden is coming to Norway tomorrow for a two-day "
    "tour.\n\nDuring his visit, Lindqvist will have a bilateral meeting with Prime Minister "
    "Ola Berg.\n\nAt the Norway-Sweden Defence Forum, the Prime Minister says the two "
    "countries' ties are strong.\n\n"
)


def test_the_one_visiting_is_not_the_country_visited() -> None:
    body = VISIT_NEWS + "He says he looks forward to visiting Norway and meeting officials.\n"
    assert _found(body)["visiting Norway and meeting officials"] == ("look_forward", {"SWE"})


def test_visiting_another_country_keeps_its_party() -> None:
    # Negative: the country visited is not the one read as the party.
    body = VISIT_NEWS + "Prime Minister Ola Berg says Norway looks forward to visiting Sweden.\n"
    assert _found(body)["visiting Sweden"] == ("look_forward", {"NOR"})


def test_act_beside_an_encounter_of_the_visit_stays() -> None:
    # Negative: framed by the visit, but a pact signed beside the talks.
    body = (
        ARRIVAL + "During his visit, Lindqvist will hold talks with Defence Minister Kari Dahl "
        "and sign a pact on air policing.\n"
    )
    assert _found(body)["sign a pact on air policing"][0] == "will"
