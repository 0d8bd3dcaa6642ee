"""Meeting rules of the ninth round (unseen-text accuracy), through the whole pipeline.

Every sentence here is written for these tests; each rule has rows where it must fire and
rows where it must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

import defrel

PUB = dt.date(2023, 6, 8)  # a Thursday


def _records(body: str, published: dt.date = PUB) -> list[tuple[frozenset[str], str, str]]:
    report = defrel.parse(body, published=published)
    return sorted(
        (
            (
                frozenset(a.name for a in m.participants),
                m.kind.value,
                "" if m.date is None else m.date.isoformat(),
            )
            for m in report.meetings
        ),
        key=repr,
    )


# "The visit follows X's remarks to Y": the setting of the visit already read; the people
# of the other event are not the visit's.
@pytest.mark.parametrize(
    ("body", "outsiders"),
    [
        (
            (
                "Estonian Defence Minister Kadri Lepp led a delegation to Riga for talks with "
                "her Latvian counterpart. The visit follows remarks made by Finnish President "
                "Aarne Koski to Swedish Prime Minister Olle Berg about the air policing mission."
            ),
            {"Aarne Koski", "Olle Berg"},
        ),
        (
            (
                "Chilean Defence Minister Rosa Vidal held talks in Lima with Peruvian Defence "
                "Minister Tomas Quispe. The meeting followed a protest by Bolivian President "
                "Ana Roca over the border patrols."
            ),
            {"Ana Roca"},
        ),
    ],
)
def test_follows_keeps_the_other_event_out(body: str, outsiders: set[str]) -> None:
    for people, _, _ in _records(body):
        assert not (people & outsiders)


def test_follows_still_keeps_the_visit() -> None:
    body = (
        "Estonian Defence Minister Kadri Lepp met her Latvian counterpart Ivars Ozols in Riga "
        "on Tuesday. The visit follows a long winter of exercises."
    )
    assert any({"Kadri Lepp", "Ivars Ozols"} <= people for people, _, _ in _records(body))


# Negative: "was followed by" is the encounter's own course, not a setting.
def test_followed_by_is_no_setting() -> None:
    body = (
        "Ghanaian Defence Minister Kofi Mensah met Togolese Defence Minister Komi Agbo in Accra "
        "on Tuesday. The meeting was followed by a signing ceremony."
    )
    assert any({"Kofi Mensah", "Komi Agbo"} <= people for people, _, _ in _records(body))


# "A and B signed the accord": the signing the text already told of (one record), and
# "inked" is a signing.
@pytest.mark.parametrize("verb", ["signed", "inked"])
def test_signed_the_agreement_points_back(verb: str) -> None:
    body = (
        "Ghana and Togo yesterday signed a defence pact on border patrols.\n\n"
        f"President Kwame Boateng and Togo's Minister of Defence Komi Agbo {verb} the agreement "
        "at the presidency."
    )
    assert _records(body) == [(frozenset({"Kwame Boateng", "Komi Agbo"}), "signing", "2023-06-07")]


# Negative: "a second agreement" is another signing (two records).
@pytest.mark.parametrize("verb", ["signed", "inked"])
def test_signed_another_agreement_is_its_own(verb: str) -> None:
    body = (
        "Ghana and Togo yesterday signed a defence pact on border patrols.\n\n"
        f"President Kwame Boateng and Togo's Minister of Defence Komi Agbo {verb} a second "
        "agreement at the presidency."
    )
    assert len(_records(body)) == 2


def test_inked_is_a_signing() -> None:
    body = (
        "Ghanaian Defence Minister Kofi Mensah and Togolese Defence Minister Komi Agbo inked a "
        "memorandum of understanding in Accra on Tuesday."
    )
    assert [(k, d) for _, k, d in _records(body)] == [("signing", "2023-06-06")]


# Negatives: "signing the ..." (a noun, not the verb) and "ink" as a noun make no record
# point back, and "inked" alone in a sentence of no two parties makes no encounter.
def test_ink_noun_is_no_cue() -> None:
    body = "The printer ran out of ink before the defence report was finished."
    assert _records(body) == []


# "the two defence chiefs held talks": the pair already read, with up to two words before the
# noun.
@pytest.mark.parametrize(
    "pair",
    ["the two defence chiefs", "The two military heads", "both naval commanders"],
)
def test_the_two_chiefs_are_the_pair(pair: str) -> None:
    body = (
        "Ghanaian Defence Minister Kofi Mensah and his Togolese counterpart Komi Agbo signed a "
        "border pact in Accra on Wednesday.\n\n"
        f"Agbo arrived in Accra on Tuesday. Later in the day, {pair} held talks on training."
    )
    records = _records(body)
    assert (frozenset({"Kofi Mensah", "Komi Agbo"}), "talks", "2023-06-06") in records
    assert (frozenset({"Kofi Mensah", "Komi Agbo"}), "signing", "2023-06-07") in records


# Negative: "the two countries" is no pair of people: the talks take no one.
def test_the_two_countries_are_no_people() -> None:
    body = (
        "Ghanaian Defence Minister Kofi Mensah and his Togolese counterpart Komi Agbo signed a "
        "border pact in Accra on Wednesday.\n\n"
        "Officials of the two countries held talks in Lome on Tuesday on training."
    )
    for people, kind, _ in _records(body):
        if kind == "talks":
            assert not people


# A name after a rank may open on three initials written together ("R.K.S. Name", "GDH
# Name"), as on two ("K.P. Name").
@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("Air Marshal A.B.C. Tendulkar", "A.B.C. Tendulkar"),
        ("Commodore PQR Wijesinghe", "PQR Wijesinghe"),
        ("General K.P. Thapa", "K.P. Thapa"),
    ],
)
def test_three_initials_open_a_name(lead: str, name: str) -> None:
    body = f"{lead} met Nepali Defence Minister Hari Karki in Kathmandu on Tuesday."
    assert any(name in people for people, _, _ in _records(body))


# Negative: four capitals together are an acronym, not initials ("NATO Secretary").
def test_an_acronym_opens_no_name() -> None:
    body = "Admiral NATO Review met Nepali Defence Minister Hari Karki in Kathmandu on Tuesday."
    for people, _, _ in _records(body):
        assert not any(p.startswith("NATO") for p in people)


# A call told again with some of its people, no day, window or place ("'We had a frank
# discussion,' A said after the talks with B"): the call, not an encounter in person.
_CALL = (
    "Peruvian Defence Minister Tomas Quispe and Chilean Defence Minister Rosa Vidal held "
    "telephone talks on Wednesday.\n\n"
)


def test_an_echo_of_a_call_is_the_call() -> None:
    body = _CALL + '"We had a frank discussion," Quispe told reporters after the talks with Vidal.'
    assert _records(body) == [(frozenset({"Tomas Quispe", "Rosa Vidal"}), "call", "2023-06-07")]


# Negatives: a place, a time span or another status makes an encounter of its own.
@pytest.mark.parametrize(
    "tail",
    [
        "Quispe also met Vidal in Lima to review the border patrols.",
        "Quispe met Vidal last month to review the border patrols.",
        "Quispe will meet Vidal to review the border patrols.",
    ],
)
def test_an_encounter_of_its_own_is_no_echo(tail: str) -> None:
    assert len(_records(_CALL + tail)) == 2


# "told Reuters", "told The Washington Post", "told state broadcaster NHK": an interview with
# a newsroom, no encounter.
@pytest.mark.parametrize(
    "outlet",
    [
        "Reuters",
        "AFP on Monday",
        "The Associated Press",
        "The Lisbon Evening Post",
        "Japanese broadcaster NHK",
    ],
)
def test_told_a_newsroom_is_no_encounter(outlet: str) -> None:
    body = f"Belgian Defence Minister Jan Peeters told {outlet} that the jets would be ready soon."
    assert _records(body) == []


# Negative: an official told in person is still an encounter.
def test_told_an_official_is_an_encounter() -> None:
    body = (
        "Belgian Defence Minister Jan Peeters told Dutch Defence Minister Anna de Vries that the "
        "jets would be ready soon."
    )
    assert [p for p, _, _ in _records(body)] == [frozenset({"Jan Peeters", "Anna de Vries"})]


# A day in a clause about a participant (", who ...") is that clause's, not the encounter's.
def test_a_day_after_who_is_the_clauses() -> None:
    body = (
        "Ghana and Togo signed a border pact on Tuesday.\n\n"
        "The pact was signed by Ghanaian Defence Minister Kofi Mensah and Togolese Defence "
        "Minister Komi Agbo, who also mourned the victims of a flood on Sunday."
    )
    assert _records(body) == [(frozenset({"Kofi Mensah", "Komi Agbo"}), "signing", "2023-06-06")]


# Negatives: ", which took place on Monday" dates the encounter itself; a day after the
# clause is the encounter's again.
@pytest.mark.parametrize(
    "body",
    [
        (
            "The talks between Ghanaian Defence Minister Kofi Mensah and Togolese Defence "
            "Minister Komi Agbo, which took place on Monday, focused on training."
        ),
        (
            "Ghanaian Defence Minister Kofi Mensah met Togolese Defence Minister Komi Agbo, who "
            "was visiting Accra, on Monday."
        ),
    ],
)
def test_a_day_of_the_encounter_stays(body: str) -> None:
    assert [d for _, _, d in _records(body)] == ["2023-06-05"]


# The lead's day is never a byline's ("Agency, June 8, 2023" alone on its line): the report's
# day, not an encounter's; a date in a sentence still dates the lead.
_LEAD = (
    "Ghanaian Defence Minister Kofi Mensah met Togolese Defence Minister Komi Agbo to discuss "
    "training."
)


_SAID_WEDNESDAY = (
    "Ghana and Togo plan to expand border patrols, the two defence ministers said Wednesday.\n\n"
)
_SAID_ON_THE_DAY = (
    "Ghana and Togo plan to expand border patrols, the two defence ministers said on June 8, "
    "2023.\n\n"
)


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("Agence Ouest, June 8, 2023\n\n" + _SAID_WEDNESDAY, "2023-06-07"),
        ("June 8, 2023 | 10:15 am\n\n" + _SAID_WEDNESDAY, "2023-06-07"),
        (_SAID_ON_THE_DAY, "2023-06-08"),
    ],
)
def test_a_byline_day_is_not_the_leads(opening: str, day: str) -> None:
    assert [d for _, _, d in _records(opening + _LEAD)] == [day]
