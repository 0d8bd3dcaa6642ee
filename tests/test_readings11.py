"""Readings of the eleventh session, each a general rule with rows where it must not fire.

Every sentence here is written for these tests, with fictional people.
"""

from __future__ import annotations

import datetime as dt

import pytest

import defrel
from tests._reading_rows import actor_countries, actors

PUB = dt.date(2025, 6, 12)  # a Thursday


def _actors(body: str) -> list[tuple[str, str | None]]:
    return actors(body, PUB)


def _actor_countries(body: str) -> list[tuple[str, str | None]]:
    return actor_countries(body, PUB)


# A surname in capitals, as official releases write it, is part of the name; the letters
# that follow names, a service's or a state's are not, nor is a capital word before another.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The talks were led by Minister of Defence Joseph Kariuki OTIENO, who came on Monday.",
            [("Joseph Kariuki OTIENO", "Minister of Defence")],
        ),
        (
            "The envoy met Secretary-General Marta VALLINI in Geneva.",
            [("Marta VALLINI", "Secretary-General")],
        ),
        (
            "Admiral Carl Hendry USN, the commander, inspected the ship.",
            [("Carl Hendry", "Admiral")],
        ),
        (
            "Defence Minister Ruth Bekele NATO Summit remarks were published.",
            [("Ruth Bekele", "Defence Minister")],
        ),
        (
            "Defence Minister Ruth Bekele USA trip was postponed.",
            [("Ruth Bekele", "Defence Minister")],
        ),
    ],
)
def test_surname_in_capitals(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actors(body) == expected


def test_surname_in_capitals_is_found_again_in_title_case() -> None:
    report = defrel.parse(
        "The delegation was led by Minister of Defence Joseph Kariuki OTIENO on Monday. "
        "Otieno said that the two armies would train together.",
        published=PUB,
    )
    assert [s.speaker.name for s in report.statements if s.speaker] == ["Joseph Kariuki OTIENO"]


# Courtesy titles of parliament open a name and are no part of it; letters after a name
# ("MP") may stand between the name and the office written after it.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The talks included Honourable Grace Wanjiru, Deputy Minister of Interior.",
            [("Grace Wanjiru", "Deputy Minister of Interior")],
        ),
        (
            "The talks included Hon. Grace Wanjiru, Deputy Minister of Interior.",
            [("Grace Wanjiru", "Deputy Minister of Interior")],
        ),
        (
            "The talks included Grace Wanjiru, MP, Deputy Minister of Interior.",
            [("Grace Wanjiru", "Deputy Minister of Interior")],
        ),
        (
            "Ivan Petrenko, who is also a deputy prime minister, said the drills went well.",
            [("Ivan Petrenko", "deputy prime minister")],
        ),
    ],
)
def test_courtesy_and_post_nominals(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actors(body) == expected


# The people who lead a state's delegation, or are listed in it, are that state's: "the
# delegation of (the Republic of) X was led by A ... and included B"; its hosts are not.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The delegation of Kenya was led by Joseph Otieno, Minister of Defence.",
            [("Joseph Otieno", "KEN")],
        ),
        (
            (
                "The delegation of the Republic of Kenya was led by Joseph Otieno, Minister of "
                "Defence, and included Grace Wanjiru, Deputy Minister of Interior."
            ),
            [("Grace Wanjiru", "KEN"), ("Joseph Otieno", "KEN")],
        ),
        (
            (
                "The delegation of Kenya was headed by Joseph Otieno, Minister of Defence, and met "
                "Grace Wanjiru, Chief of Defence Forces."
            ),
            [("Grace Wanjiru", None), ("Joseph Otieno", "KEN")],
        ),
    ],
)
def test_delegation_led_by(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actor_countries(body) == expected


# A country may stand between commas after an office and before its holder's name.
def test_country_between_office_and_name() -> None:
    body = (
        "The delegation from Ghana was headed by Acting Secretary for Defence, Ghana, Ama Mensah."
    )
    assert _actor_countries(body) == [("Ama Mensah", "GHA")]
    assert _actors(body) == [("Ama Mensah", "Acting Secretary for Defence")]


def test_country_between_commas_without_a_name_is_no_person() -> None:
    body = "The talks were led by the Minister of Defence, Ghana, and the Chief of Staff."
    assert [a.name for a in defrel.parse(body, published=PUB).actors if " " in a.name] == []


# Title-Case headline verbs end a name read after an office.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "Defence Minister Sulistyo Considers Norway A Key Partner\n\n"
                "Defence Minister Sulistyo told reporters that ties were strong."
            ),
            [("Sulistyo", "Defence Minister")],
        ),
        (
            "Army Chief Tomas Lind Applauds Joint Drill\n\nThe drill ended on Monday.",
            [("Tomas Lind", "Army Chief")],
        ),
    ],
)
def test_headline_verbs_end_a_name(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actors(body) == expected


# The Malay honorific "Datuk Paduka (Seri)" opens a name and is no part of it.
@pytest.mark.parametrize(
    "honorific", ["Datuk Paduka", "Dato Paduka Seri", "Datuk Paduka Seri", "Dato Seri Setia"]
)
def test_malay_honorifics(honorific: str) -> None:
    body = f"The minister called on Second Defence Minister {honorific} Hamid Rosli on Monday."
    assert [a.name for a in defrel.parse(body, published=PUB).actors if a.title] == ["Hamid Rosli"]


# A state's force written after an apposed office ("A B, chief of staff, Ruritanian Air
# Force"), or "of the Armed Forces of" a state, gives the holder's state.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The talks included Gen. Tom Keller, chief of staff, U.S. Air Force.",
            [("Tom Keller", "USA")],
        ),
        (
            (
                "“We will train,” said Gen. Jean Mukendi, chief of staff of the Armed Forces of "
                "the Democratic Republic of the Congo."
            ),
            [("Jean Mukendi", "COD")],
        ),
        (
            "The talks included Gen. Tom Keller, chief of staff, Kenya, and the minister.",
            [("Tom Keller", "KEN")],
        ),
        (
            "The talks included Gen. Tom Keller, chief of staff, Kenyan officials and others.",
            [("Tom Keller", None)],
        ),
    ],
)
def test_force_after_an_apposed_office(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actor_countries(body) == expected


# A state, or its force, right before a rank gives the ranked person's state; a state
# that ends a sentence before the rank does not.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kenyan Army Maj. Gen. Tom Keller said the drills went well.", [("Tom Keller", "KEN")]),
        ("The drills went well, said U.S. Army Gen. Tom Keller.", [("Tom Keller", "USA")]),
        ("Kenya's Gen. Tom Keller said the drills went well.", [("Tom Keller", "KEN")]),
        (
            "The team visited Kenya. Gen. Tom Keller said the drills went well.",
            [("Tom Keller", None)],
        ),
        ("The team left Kenya with Gen. Tom Keller on Monday.", [("Tom Keller", None)]),
    ],
)
def test_state_before_a_rank(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actor_countries(body) == expected


# Continents and regions are no names, not even after a command's name.
def test_a_region_after_a_command_is_no_person() -> None:
    body = "The panel included the commander of Special Operations Command Africa (SOCAF)."
    assert [a.name for a in defrel.parse(body, published=PUB).actors] == []


# A word of a country's name after an office is no holder's name, and the country is the
# holder's when the name follows it.
def test_part_of_a_country_name_is_no_holder() -> None:
    body = (
        "The delegation from South Africa was headed by Acting Secretary for Defence, "
        "South Africa, Thandi Mokoena."
    )
    assert _actor_countries(body) == [("Thandi Mokoena", "ZAF")]


# "Chairman (of the) Joint Chiefs of Staff Committee", with or without "of the", and its
# acronym after it, is one office; "the CJCSC" names its holder later on.
@pytest.mark.parametrize(
    "office",
    [
        "Chairman Joint Chiefs of Staff Committee",
        "Chairman Joint Chiefs of Staff Committee (CJCSC),",
        "the Chairman of the Joint Chiefs of Staff Committee (CJCSC),",
    ],
)
def test_joint_chiefs_committee(office: str) -> None:
    body = f"He met {office} General Imran Qadir on Monday. The CJCSC said the talks went well."
    report = defrel.parse(body, published=PUB)
    assert [(a.name, a.title) for a in report.actors] == [
        ("Imran Qadir", office.removeprefix("the ").split(" (")[0])
    ]
    assert [s.speaker.name for s in report.statements if s.speaker] == ["Imran Qadir"]


# A name may hold two particles in a row before a word ("de la", "van der", "de los").
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "He met Undersecretary of Defence, Cristina de la Vega, on Monday.",
            [("Cristina de la Vega", "Undersecretary of Defence")],
        ),
        ("He met Admiral Juan de los Santos on Monday.", [("Juan de los Santos", "Admiral")]),
        ("He met Colonel Pieter van der Berg on Monday.", [("Pieter van der Berg", "Colonel")]),
        ("He met Colonel Ana de Souza on Monday.", [("Ana de Souza", "Colonel")]),
    ],
)
def test_two_particles_in_a_name(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actors(body) == expected


# "sheikh" written in small letters between an office and a name is an honorific.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kuwaiti Defense Minister sheikh Nasser Salem Al-Hamad met his counterparts.",
            [("Nasser Salem Al-Hamad", "KWT")],
        ),
        (
            "Omani Defence Minister shaikh Salim Rashid Al-Busaidi met his counterparts.",
            [("Salim Rashid Al-Busaidi", "OMN")],
        ),
    ],
)
def test_sheikh_in_small_letters(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actor_countries(body) == expected


# "Chief-of-Staff" written with hyphens is the office; a surname with a joined particle
# ("al-Khatib") is written without it further on.
def test_hyphenated_chief_of_staff_and_joined_particle() -> None:
    body = (
        "Kuwaiti Chief-of-Staff Yusuf al-Khatib used the meeting to call for unity. "
        "Khatib said that the Gulf armies would train together."
    )
    report = defrel.parse(body, published=PUB)
    assert [(a.name, a.title, a.country.code if a.country else None) for a in report.actors] == [
        ("Yusuf al-Khatib", "Chief-of-Staff", "KWT")
    ]
    assert [s.speaker.name for s in report.statements if s.speaker] == ["Yusuf al-Khatib"]


# More fields of a portfolio after "and": the name after them is the holder's.
def test_portfolio_of_culture_and_heritage() -> None:
    body = (
        "The delegation included the Minister of Home Affairs and Cultural Heritage, "
        "Tendai Moyo, and officials."
    )
    assert _actors(body) == [("Tendai Moyo", "Minister of Home Affairs and Cultural Heritage")]


# A remit written in small letters after "for" (acronyms may stand in it) ends the office;
# the name of two or three words after it is the holder's.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "Defense Undersecretary for civil, veterans and reserve affairs Ramon Dela Cruz "
                "led the delegation."
            ),
            [("Ramon Dela Cruz", "Defense Undersecretary for civil, veterans and reserve affairs")],
        ),
        (
            "The acting deputy secretary for strategy, policy and industry Hugh Jeffers spoke.",
            [("Hugh Jeffers", "acting deputy secretary for strategy, policy and industry")],
        ),
        (
            "The undersecretary for bilateral relations and ASEAN affairs Lina Cruz spoke.",
            [("Lina Cruz", "undersecretary for bilateral relations and ASEAN affairs")],
        ),
        ("The Minister for defence told Reuters News that ties were strong.", []),
    ],
)
def test_remit_in_small_letters(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actors(body) == expected


# Given names written short with a full stop open a name.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "He met Undersecretary Ma. Teresa Santos on Monday.",
            [("Ma. Teresa Santos", "Undersecretary")],
        ),
        (
            "He met Brigadier General Md. Rafiqul Alam on Monday.",
            [("Md. Rafiqul Alam", "Brigadier General")],
        ),
    ],
)
def test_short_given_names(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actors(body) == expected


# "Under-Secretary" written with a hyphen is an office; a bracket right after a rank with
# no space ("Col(Dr)") is part of it; the Speaker of more legislatures.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "The meeting was attended by Salem Rashid Al Nuaimi, Under-Secretary of the "
                "Ministry of Defence, and officers."
            ),
            [("Salem Rashid Al Nuaimi", "Under-Secretary of the Ministry of Defence")],
        ),
        (
            "The Under-Secretary of Defence, Ali Hamad, met them.",
            [("Ali Hamad", "Under-Secretary of Defence")],
        ),
        (
            "He was accompanied by Col(Dr) Edward Kiprono and Col (Dr) Jane Wambui.",
            [("Edward Kiprono", "Col(Dr)"), ("Jane Wambui", "Col (Dr)")],
        ),
        (
            "She also met the Speaker of the Saeima, Inese Kalnina, on Monday.",
            [("Inese Kalnina", "Speaker of the Saeima")],
        ),
    ],
)
def test_more_offices_and_ranks(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actors(body) == expected


# "A B, who is (also) <office of a state>": the office's state is the person's, with or
# without an article before the office.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The talks were led by Jane Roe, who is Chief of Staff of the Kenya Defence Forces.",
            [("Jane Roe", "KEN")],
        ),
        (
            (
                "Deputy Minister Tran Van Binh hosted the guests, said Binh, who is also Chief of "
                "the General Staff of the Vietnam People's Army."
            ),
            [("Tran Van Binh", "VNM")],
        ),
    ],
)
def test_who_is_also_an_office(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actor_countries(body) == expected


# A double surname is written by its last part further on: "she" after it is that person.
def test_double_surname_by_its_last_part() -> None:
    body = (
        "Defence Minister Thandi Mapisa-Khumalo met Chinese Defence Minister Ana Lee on "
        "Monday.\n\nMinister Lee thanked the hosts. Khumalo extended her welcome to the "
        "guests. She said that the two countries were close."
    )
    report = defrel.parse(body, published=PUB)
    assert [s.speaker.name for s in report.statements if s.speaker] == ["Thandi Mapisa-Khumalo"]


# An office written in small letters may name further fields before its state.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "Thandi Dlamini, minister of defense and military veterans of the Republic of "
                "South Africa, met a delegation on Monday."
            ),
            [("Thandi Dlamini", "ZAF")],
        ),
        ("The minister of defense and security officials of Kenya met.", []),
    ],
)
def test_small_letter_portfolio(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actor_countries(body) == expected


# "This was stated by A B" after a quotation names its speaker; other "by" sentences do not.
@pytest.mark.parametrize(
    ("closing", "speaker"),
    [
        ("This was stated by the Minister of Defense Ivo Pell after the meeting.", "Ivo Pell"),
        ("These words were stressed by Ivo Pell.", "Ivo Pell"),
        ("This was confirmed by the talks.", "Ana Roe"),
    ],
)
def test_stated_by_after_a_quotation(closing: str, speaker: str) -> None:
    body = (
        "Minister Ana Roe met her Bulgarian counterpart Ivo Pell on Monday.\n\n"
        '"This meeting is a great sign that our two countries stand together in the region." '
        + closing
    )
    report = defrel.parse(body, published=PUB)
    assert [s.speaker.name for s in report.statements if s.speaker] == [speaker]


# "the visiting dignitary" is the visiting official named before.
def test_the_visiting_dignitary() -> None:
    body = (
        "RAWALPINDI: General Li Wei, Vice Chairman of the Central Military Commission of China, "
        "called on Chief of Army Staff General Imran Qadir at GHQ.\n\n"
        'The visiting dignitary said China "greatly values its relations with Pakistan and '
        'its Army and looks forward to more", said a statement.'
    )
    report = defrel.parse(body, published=PUB)
    direct = [s for s in report.statements if s.kind.value == "direct"]
    assert [s.speaker.name for s in direct if s.speaker] == ["Li Wei"]


# A name after an office that a place's head follows names the place, not a person.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("He will visit the Sultan Hamid Naval Academy on Monday.", []),
        ("The team toured the King Faisal Air Base on Monday.", []),
        ("He laid a wreath at the President Roe Memorial.", []),
        ("He met President Jane Roe on Monday.", [("Jane Roe", "President")]),
        ("He met General Ali Hassan Staff officers on Monday.", [("Ali Hassan", "General")]),
    ],
)
def test_a_place_named_after_a_person(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actors(body) == expected


# Titles before a rank are no name: the holder's name follows the rank. A short form of a
# rank that ends a name is a given name ("Nakamura Gen"), and "Major" a surname.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "He called on Defence Minister II Pehin Datu Lailaraja Major-General (Rtd) "
                "Dato Paduka Awang Tamin Roslan."
            ),
            [("Awang Tamin Roslan", "Major-General (Rtd)")],
        ),
        (
            "He met former Prime Minister Tom Major on Monday.",
            [("Tom Major", "former Prime Minister")],
        ),
        (
            "He met Minister of Defense Nakamura Gen on Monday.",
            [("Nakamura Gen", "Minister of Defense")],
        ),
    ],
)
def test_titles_before_a_rank(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actors(body) == expected


# An honorific kept inside a name ("Dato Paduka") is no surname of that person.
def test_honorific_inside_a_name_is_no_surname() -> None:
    body = (
        "He was received by Brigadier General Ali Hamid Dato Paduka Rahman on Monday. "
        "He then called on Minister Dato Paduka Seri Awang Tamin Roslan."
    )
    names = sorted(a.name for a in defrel.parse(body, published=PUB).actors)
    assert names == ["Ali Hamid Dato Paduka Rahman", "Awang Tamin Roslan"]


# "Royal" opens a force's name, never a person's; the state of a royal force after an
# apposed office is the holder's.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Admiral Fahad Saleh, Chief of Staff, Royal Saudi Naval Forces, held talks on Monday.",
            [("Fahad Saleh", "SAU")],
        ),
        ("The visit by the Chief of Staff, Royal Saudi Naval For", []),
    ],
)
def test_royal_forces(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actor_countries(body) == expected
