"""Readings of the ninth session, each a general rule with rows where it must not fire.

Every sentence here is written for these tests, with fictional people.
"""

from __future__ import annotations

import datetime as dt

import pytest

import defrel
from tests._reading_rows import actor_countries, actors

PUB = dt.date(2024, 10, 3)  # a Thursday


def _actors(body: str) -> list[tuple[str, str | None]]:
    return actors(body, PUB)


# An office's further portfolios, joined by "and" or listed with commas, belong to the
# office ("Minister of Defence and National Service", "Minister of Defence, Justice and
# Security"); a comma before a name alone still opens the holder's name.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Minister of Defence and National Service Amina Juma Kessy opened the talks.",
            [("Amina Juma Kessy", "Minister of Defence and National Service")],
        ),
        (
            "The Minister of Defence and Aviation Faisal Al-Rumaih received the delegation.",
            [("Faisal Al-Rumaih", "Minister of Defence and Aviation")],
        ),
        (
            "The Minister of Defence, Justice and Security Tebogo Mmolai visited the base.",
            [("Tebogo Mmolai", "Minister of Defence, Justice and Security")],
        ),
        (
            "The Minister of Defence, Justice and Security, Tebogo Mmolai, visited the base.",
            [("Tebogo Mmolai", "Minister of Defence, Justice and Security")],
        ),
        (
            "The Minister of Defence, Tebogo Mmolai, visited the base.",
            [("Tebogo Mmolai", "Minister of Defence")],
        ),
        (
            "The Minister of Defence, Tebogo Mmolai and the army chief visited the base.",
            [("Tebogo Mmolai", "Minister of Defence")],
        ),
    ],
)
def test_portfolio_fields_stay_with_the_office(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _actors(body) == expected


def _actor_countries(body: str) -> list[tuple[str, str | None]]:
    return actor_countries(body, PUB)


# "ya" and "wa" join the parts of a name as "bin" and "von" do.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Namibian Defence Minister Tuli ya Shikongo opened the session on Monday.",
            [("Tuli ya Shikongo", "NAM")],
        ),
        (
            "Kenyan Defence Secretary Wanjiku wa Mwangi received the delegation.",
            [("Wanjiku wa Mwangi", "KEN")],
        ),
    ],
)
def test_name_particles_ya_and_wa(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actor_countries(body) == expected


# A state written after the holder's office, between commas, is the holder's, before any
# office only one state has ("Secretary of State for Defence" alone is British); a list of
# states after the office is not.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "The accord was signed by Dr Marco Belo, Secretary of State for Defence, "
                "Timor-Leste, and his host."
            ),
            [("Marco Belo", "TLS")],
        ),
        (
            "The accord was signed by Dr Marco Belo, Secretary of State for Defence, and his host.",
            [("Marco Belo", "GBR")],
        ),
        (
            "Colonel Ana Ruiz, Minister of Defence, Peru, opened the fair.",
            [("Ana Ruiz", "PER")],
        ),
    ],
)
def test_state_after_the_office(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actor_countries(body) == expected


# A capitalised run after an office and a comma that goes on into a body's name ("...,
# Collective Security Treaty Organization") names no holder; a person's name still does.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "He attended the meeting of the bloc's defence ministers, Collective Security "
                "Treaty Organization members and observers in Minsk."
            ),
            [],
        ),
        (
            "The defence minister, Carla Stein Security adviser to the cabinet, arrived.",
            [("Carla Stein", "defence minister")],
        ),
    ],
)
def test_body_name_after_an_office(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actors(body) == expected


# Offices read whole, so that no word of them is taken for a holder's name: "Delegate
# Minister for National Defence Administration", "Chief of Staff of the Ruritanian Armies",
# a force named after its state ("of Ruritania People's Army").
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "The general will meet Morocco’s Delegate Minister for National Defence "
                "Administration, Karim Tazi."
            ),
            [("Karim Tazi", "MAR")],
        ),
        (
            "The minister received the Chief of Staff of the French Armies, General Luc Morel.",
            [("Luc Morel", "FRA")],
        ),
        (
            (
                "He met Lieutenant General Tran Van Hoa, Deputy Chief of the General Staff of "
                "Vietnam People's Army."
            ),
            [("Tran Van Hoa", "VNM")],
        ),
    ],
)
def test_office_words_are_no_name(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actor_countries(body) == expected


# A capitalised run before a verb that is cut short by an office and ends on a known name is
# no person ("Visiting Chinese Defence Minister Wu Lei held ..."); a lone word of a known
# name after an office already held by another is that known person, not a new one.
def test_office_run_and_lone_known_name() -> None:
    body = (
        "Visiting Chinese Defence Minister Wu Lei and his Japanese counterpart Kenji Oda held "
        "talks in Tokyo on Friday.\n\nBefore the talks with his Japanese counterpart, Wu met "
        "Japanese Prime Minister Taro Sato."
    )
    assert _actor_countries(body) == [("Kenji Oda", "JPN"), ("Taro Sato", "JPN"), ("Wu Lei", "CHN")]


# An office written out in full with its state that is not a person's own office is someone
# else's: it gives that person no country; a short one ("the Chilean defence minister") does.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "Jane Roe, Minister of State for Defence Affairs, and Omar Said, Director of the "
                "Cabinet and Acting Minister of Defence of the Union of the Comoros, signed."
            ),
            ("Jane Roe", None),
        ),
        (
            "Defence Minister Jane Roe met him.\n\nThe Chilean defence minister said ties grew.",
            ("Jane Roe", "CHL"),
        ),
    ],
)
def test_full_office_of_another(body: str, expected: tuple[str, str | None]) -> None:
    assert expected in _actor_countries(body)


# "Al Bawardi said" after "Mohammed bin Ahmed Al Bowardi": the same man, respelt; a city in
# capitals before a colon opens a dateline, not a transcript turn.
def test_respelt_surname_and_colon_dateline() -> None:
    body = (
        "ABU DHABI: Khalid bin Saeed Al Mazrouei, Minister of State for Defence Affairs, signed "
        "a memorandum today.\n\nAl Mazroui said that the accord reflects the ministry's resolve."
    )
    report = defrel.parse(body, published=PUB)
    assert [(a.name, a.country.code if a.country else None) for a in report.actors] == [
        ("Khalid bin Saeed Al Mazrouei", "ARE")
    ]
    assert [s.speaker.name if s.speaker else None for s in report.statements] == [
        "Khalid bin Saeed Al Mazrouei"
    ]


# "the Hon" after the office's comma opens the holder's name, as "Hon" does.
def test_the_hon_after_an_office() -> None:
    body = "Today I met Fiji's Minister for Defence, the Hon Pita Naivalu MP, in Suva."
    assert _actor_countries(body) == [("Pita Naivalu", "FJI")]


# A numbered fleet or a combined force named after its state ("of the US Fifth Fleet",
# "of the US Combined Maritime Forces") is the office's, no holder's name.
def test_fleets_are_no_names() -> None:
    body = (
        "The agenda included a meeting with Commander of the US Fifth Fleet Vice Admiral Dan "
        "Horne, who also serves as Commander of the US Combined Maritime Forces (CMF)."
    )
    assert _actor_countries(body) == [("Dan Horne", "USA")]


# "head of" is an office with a complement ("head of the Ruritanian Joint General Staff"),
# never alone ("will head the delegation") nor as "head of state"; an office that names a
# force takes the rest of the force's name ("... Armed Forces Joint Command").
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "The talks were between the head of the Peruvian Armed Forces Joint Command, Gen. "
                "Rosa Quispe, and the head of the Chilean Joint General Staff, Gen. Tomas Vidal."
            ),
            [("Rosa Quispe", "PER"), ("Tomas Vidal", "CHL")],
        ),
        ("The head of state Jane Roe met him.", [("Jane Roe", None)]),
        ("He will head the delegation to Kenya, Jane Roe said.", [("Jane Roe", None)]),
    ],
)
def test_head_of_a_force(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actor_countries(body) == expected


# "since the signing of the accord in July, 2010": a signing that measures the time since is
# the relation's history, no encounter; an office's field "Strategy" is no holder's name.
@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        (
            (
                "A review was carried out in which Chile and Peru noted the progress "
                "made since the signing of the Agreement on Defence Cooperation in July, 2010."
            ),
            [],
        ),
        (
            (
                "Chile and Peru held talks on Tuesday.\n\nThe two brotherly countries "
                "noted the progress made since the signing of the Agreement on Defence "
                "Cooperation in July, 2010."
            ),
            ["talks"],
        ),
        (
            "Chile and Peru signed the Agreement on Defence Cooperation on Tuesday.",
            ["signing"],
        ),
    ],
)
def test_since_the_signing(body: str, kinds: list[str]) -> None:
    report = defrel.parse(body, published=PUB)
    assert [m.kind.value for m in report.meetings] == kinds


def test_strategy_is_a_field() -> None:
    body = (
        "The session was led by Director General for Defence Strategy, Ministry of Defence, "
        "Major General Amir Latif."
    )
    assert "Strategy" not in [a.name for a in defrel.parse(body, published=PUB).actors]


# A state's long form is "of the Republic of", "of the Union of the" and the like, not any
# body "of the Association of Ruritanian ..."; a headline's office before a state is no name.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "A meeting with the president of the Association of Slovenian Clubs in Croatia "
                "is planned."
            ),
            [],
        ),
        (
            "The Minister of Defence of the Republic of Kenya, Jane Wambui, spoke.",
            [("Jane Wambui", "KEN")],
        ),
        ("Defence Minister Visiting Croatia\n\nThe minister arrived on Monday.", []),
        ("Defence Minister Michael Jordan arrived on Monday.", [("Michael Jordan", None)]),
    ],
)
def test_state_long_forms_and_headlines(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actor_countries(body) == expected


# A host verb's guest may come after a day written first ("hosted on Monday the chief of
# ... X"); a long gap with no day still names no guest.
@pytest.mark.parametrize(
    ("body", "count"),
    [
        (
            (
                "Chief of Staff of Qatari Armed Forces Salem Nasser hosted on Monday the Chief of "
                "Staff of Pakistani Air Force Tariq Aziz in Doha to discuss cooperation."
            ),
            1,
        ),
        (
            (
                "Chief of Staff of Qatari Armed Forces Salem Nasser hosted a large reception for "
                "all the foreign defence attaches and then Tariq Aziz spoke."
            ),
            0,
        ),
    ],
)
def test_host_after_a_day(body: str, count: int) -> None:
    assert len(defrel.parse(body, published=PUB).meetings) == count


# "as a follow-up to the summit in November": the summit is an earlier setting, and its day
# dates no encounter of the sentence.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "Defence Minister Lars Berg and his Swedish counterpart, Nils Ek, held talks on "
                "Tuesday as a follow-up to the two countries' summit in March."
            ),
            [("talks", dt.date(2024, 10, 1))],
        ),
        (
            (
                "Defence Minister Lars Berg and his Swedish counterpart, Nils Ek, held the talks "
                "as a follow-up to the two countries' summit in March."
            ),
            [("talks", None)],
        ),
    ],
)
def test_follow_up_to_an_earlier_event(
    body: str, expected: list[tuple[str, dt.date | None]]
) -> None:
    report = defrel.parse(body, published=PUB)
    assert [(m.kind.value, m.date) for m in report.meetings] == expected


# "Cde" (comrade), as Zimbabwean and Mozambican papers write it, opens a name and is no part
# of it.
def test_comrade_is_an_honorific() -> None:
    body = "Defence Minister Cde Tendai Moyo met the visiting delegation in Harare."
    assert _actor_countries(body) == [("Tendai Moyo", None)]


# An auxiliary or an adverb between the speaker after a quotation and the verb is no part of
# the speaker ("the army had tweeted", "the ministry has also said").
@pytest.mark.parametrize(
    "body",
    [
        '"We will deepen our defence ties with Nepal," the Indian Army had tweeted.',
        '"We will deepen our defence ties with Nepal," the Indian Army has also said.',
        '"We will deepen our defence ties with Nepal," the Indian Army tweeted.',
    ],
)
def test_auxiliary_before_the_speech_verb(body: str) -> None:
    report = defrel.parse(body, published=PUB)
    assert [s.speaker.name if s.speaker else None for s in report.statements] == ["Indian Army"]


# After "said" and a clause of several words, a "that" right before a verb is a relative
# pronoun: the reported clause opens after "said", not after that "that".
@pytest.mark.parametrize(
    ("body", "opening"),
    [
        (
            (
                "Defence Minister Ana Brus hosted her guest.\n\nBrus said Chile and Peru "
                "shared a deep defence relationship that was built on trust."
            ),
            "Chile and Peru shared",
        ),
        (
            (
                "Defence Minister Ana Brus hosted her guest.\n\nBrus said that Chile and Peru "
                "will sign a defence pact."
            ),
            "Chile and Peru will",
        ),
    ],
)
def test_relative_that_after_a_bare_clause(body: str, opening: str) -> None:
    report = defrel.parse(body, published=PUB)
    assert [s.text.startswith(opening) for s in report.statements] == [True]


# A document "signed between the two sides in 2016" (or "by them in 2016"), a year before the
# article's, is history, no encounter.
@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        (
            (
                "Chile and Peru held talks in Lima on Monday within the framework of the "
                "convention signed between the two sides in 2016."
            ),
            ["talks"],
        ),
        ("Chile and Peru signed a defence convention in Lima on Monday.", ["signing"]),
    ],
)
def test_signed_between_them_years_ago(body: str, kinds: list[str]) -> None:
    report = defrel.parse(body, published=PUB)
    assert [m.kind.value for m in report.meetings] == kinds


# A visit of one person folds into that day's encounter of the visitor with others; a visit
# on another day stays a record of its own.
@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        (
            (
                "Estonian Defence Minister Kalle Rand visited Helsinki on Wednesday, where he and "
                "Finnish Defence Minister Mikko Salo signed a memorandum on cooperation."
            ),
            ["signing"],
        ),
        (
            (
                "Estonian Defence Minister Kalle Rand visited Helsinki on Tuesday.\n\nOn "
                "Wednesday, Rand and Finnish Defence Minister Mikko Salo signed a memorandum."
            ),
            ["visit", "signing"],
        ),
        (
            (
                "Kenyan Defence Minister Amos Kariuki visited Kampala on Tuesday, and Tanzanian "
                "Defence Minister Juma Ali visited Kampala on Tuesday."
            ),
            ["visit", "visit"],
        ),
    ],
)
def test_lone_visit_folds_into_the_days_encounter(body: str, kinds: list[str]) -> None:
    report = defrel.parse(body, published=PUB)
    assert sorted(m.kind.value for m in report.meetings) == sorted(kinds)


# A weekday before a name ("received on Tuesday Jane Roe, <office>") is no part of it.
def test_weekday_before_a_name() -> None:
    body = (
        "The secretary-general received on Tuesday Michael Dale Horn, US Deputy Assistant "
        "Secretary of Defense for the Middle East, in Muscat."
    )
    assert _actor_countries(body) == [("Michael Dale Horn", "USA")]


# "signed" as an adjective after a determiner ("all signed agreements") tells no signing;
# the verb does ("India and Indonesia signed agreements on Monday").
@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("Vietnam and the US pledged to carry out all signed agreements.", 0),
        ("Vietnam and the US signed agreements on Monday.", 1),
    ],
)
def test_signed_as_an_adjective(body: str, count: int) -> None:
    assert len(defrel.parse(body, published=PUB).meetings) == count


# "spoke to/with" someone named is an encounter, as "told" is; not "spoke to reporters" nor
# "spoke to Reuters".
@pytest.mark.parametrize(
    ("body", "count"),
    [
        (
            (
                "Army chief Gen Ravi Menon on Wednesday spoke to Lt Gen Saad Al-Harbi, the "
                "Commander of Royal Saudi Land Forces, on ways to deepen ties."
            ),
            1,
        ),
        ("Army chief Gen Ravi Menon spoke to reporters on Wednesday.", 0),
        ("Army chief Gen Ravi Menon spoke to Reuters on Wednesday.", 0),
    ],
)
def test_spoke_to_someone(body: str, count: int) -> None:
    assert len(defrel.parse(body, published=PUB).meetings) == count


# A host verb's guest may stand after a long office of his own ("received Ruritania's First
# Deputy Prime Minister and Defence Minister X"); a long gap of other words names no guest.
@pytest.mark.parametrize(
    ("body", "count"),
    [
        (
            (
                "Bahrain’s King Salman bin Ali received Kuwait’s First Deputy Prime Minister and "
                "Defense Minister Sheikh Fahad Al-Sabah at the palace on Wednesday."
            ),
            1,
        ),
        (
            (
                "Bahrain’s King Salman bin Ali received the greetings and good wishes of the "
                "people of the region and of Sheikh Fahad Al-Sabah on Wednesday."
            ),
            0,
        ),
    ],
)
def test_guest_after_a_long_office(body: str, count: int) -> None:
    assert len(defrel.parse(body, published=PUB).meetings) == count
