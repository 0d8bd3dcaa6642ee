"""Readings of the tenth session, each a general rule with rows where it must not fire.

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


# A rank may carry a bracket after it: retirement in any spelling, or the rank's own
# abbreviation; the name follows the bracket.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The team was led by Major General (Rtd) Kwame Osei Boateng on Monday.",
            [("Kwame Osei Boateng", "Major General (Rtd)")],
        ),
        (
            "Brigadier General (Brig Gen) Anton Vermeer visited the barracks.",
            [("Anton Vermeer", "Brigadier General (Brig Gen)")],
        ),
        (
            "Air Vice Marshal (AVM) Tunde Bello opened the exhibition.",
            [("Tunde Bello", "Air Vice Marshal (AVM)")],
        ),
        (
            "Lieutenant General (RETD) Farid Noor chaired the panel.",
            [("Farid Noor", "Lieutenant General (RETD)")],
        ),
    ],
)
def test_bracket_after_a_rank(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actors(body) == expected


def test_bracketed_rank_then_surname_is_the_same_person() -> None:
    body = (
        "Brigadier General (Brig Gen) Anton Vermeer visited the barracks on Monday.\n\n"
        "Brig Gen Vermeer said that the two armies would train together."
    )
    assert _actors(body) == [("Anton Vermeer", "Brigadier General (Brig Gen)")]


# Initials inside a name: one or two, apart or written together, with or without the last
# stop; the two spellings of one name are one person. "U.S." is no initial of a name.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "General Chidi E. O. Nwosu met the minister on Monday.",
            [("Chidi E. O. Nwosu", "General")],
        ),
        (
            "General Chidi E.O. Nwosu met the minister on Monday.",
            [("Chidi E.O. Nwosu", "General")],
        ),
        (
            "General Chidi E.O. Nwosu met the minister. Later General Chidi E.O Nwosu left.",
            [("Chidi E.O. Nwosu", "General")],
        ),
        (
            "Minister Ali Farouk U.S. officials were not present.",
            [("Ali Farouk", "Minister")],
        ),
    ],
)
def test_initials_inside_a_name(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actors(body) == expected


# Demonyms of states with two-word names.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "North Macedonian Defence Minister Vera Stojkova met the delegation.",
            [("Vera Stojkova", "MKD")],
        ),
        (
            "Equatorial Guinean Defence Minister Pedro Obama Nsue met the delegation.",
            [("Pedro Obama Nsue", "GNQ")],
        ),
        ("Slovene Defence Minister Marko Zupan met the delegation.", [("Marko Zupan", "SVN")]),
        (
            "Central African Defence Minister Rose Mbaye met the delegation.",
            [("Rose Mbaye", "CAF")],
        ),
    ],
)
def test_two_word_demonyms(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actor_countries(body) == expected


# A force named right after a head word, without "of", belongs to the office.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Deputy Commander Land Forces Major General Peter Okot attended the parade.",
            [("Peter Okot", "Deputy Commander Land Forces")],
        ),
        (
            "The Commander Special Forces Command Brig Simon Lutalo attended the parade.",
            [("Simon Lutalo", "Commander Special Forces Command")],
        ),
        (
            "The Commander of Land Forces, Gen Moses Kato, attended the parade.",
            [("Moses Kato", "Commander of Land Forces")],
        ),
        (
            "Commander Turkish Land Forces General Kemal Arslan called on the army chief.",
            [("Kemal Arslan", "Commander Turkish Land Forces")],
        ),
        (
            "Commander Royal Omani Navy Rear Admiral Saif Hamdan met him.",
            [("Saif Hamdan", "Commander Royal Omani Navy")],
        ),
        (
            "Minister Landry Okot attended the parade.",
            [("Landry Okot", "Minister")],
        ),
    ],
)
def test_force_after_a_head(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actors(body) == expected


def test_force_after_a_head_gives_its_country() -> None:
    body = "Commander Turkish Land Forces General Kemal Arslan called on the army chief."
    assert _actor_countries(body) == [("Kemal Arslan", "TUR")]


# Words that open a force's name after an office are no holder's name.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Chief of Staff, Royal Bahraini Naval Forces, arrived in Delhi.", []),
        ("The Commander, Royal Thai Naval Forces, arrived.", []),
        ("The Chief of Staff, Royal Brunei Land Forces, arrived.", []),
        (
            "The Chief of Staff, Admiral Omar Hadi, arrived.",
            [("Omar Hadi", "Chief of Staff")],
        ),
    ],
)
def test_force_name_after_an_office(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actors(body) == expected


# The name before "and his (her) ... counterpart" is a person's.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "The minister arrived on Monday. Vera Stojkova and her Bulgarian counterpart "
                "Ivan Petkov want to deepen the dialogue."
            ),
            ["Ivan Petkov", "Vera Stojkova"],
        ),
        (
            "The minister arrived on Monday. Vera Stojkova and her counterpart want to talk.",
            ["Vera Stojkova"],
        ),
        ("Sweden and her Nordic partners want to talk.", []),
    ],
)
def test_name_before_and_her_counterpart(body: str, expected: list[str]) -> None:
    assert sorted(name for name, _ in _actors(body)) == expected


# Offices of other portfolios than defence and foreign affairs, and an office's body named
# after its field ("National Security Bureau").
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The minister met Minister of Interior Tomas Nhaca in the capital.",
            [("Tomas Nhaca", "Minister of Interior")],
        ),
        (
            "The minister met Minister of Justice Rosa Mabote on Monday.",
            [("Rosa Mabote", "Minister of Justice")],
        ),
        (
            "He also met Minister of Foreign Affairs and Co-operation Paulo Simango on Monday.",
            [("Paulo Simango", "Minister of Foreign Affairs and Co-operation")],
        ),
        (
            (
                "He welcomed the head of the National Security Council of Chile, Rafael Soto, "
                "who is on a visit."
            ),
            [("Rafael Soto", "head of the National Security Council")],
        ),
    ],
)
def test_other_portfolios(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actors(body) == expected


# The force of a state named right after an office, with no "of", is the office's: its
# state is the holder's.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Chief of Defence Staff Ghana Armed Forces Vice Admiral Kojo Asante met him.",
            [("Kojo Asante", "GHA")],
        ),
        (
            "Chief of Defence Staff Sri Lankan Armed Forces Admiral Ruwan Perera met him.",
            [("Ruwan Perera", "LKA")],
        ),
        ("The Chief of Army Staff Nepal Army General Hari Thapa met him.", [("Hari Thapa", "NPL")]),
    ],
)
def test_force_of_a_state_after_an_office(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _actor_countries(body) == expected


# Two holders of one office of two states, named in the order of the states.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Defence Ministers of Chile and Peru Ana Rojas and Luis Quispe signed a plan.",
            [("Ana Rojas", "Defence Minister", "CHL"), ("Luis Quispe", "Defence Minister", "PER")],
        ),
        (
            "The defence ministers of Chile and Peru, Ana Rojas and Luis Quispe, met in Lima.",
            [("Ana Rojas", "defence minister", "CHL"), ("Luis Quispe", "defence minister", "PER")],
        ),
        (
            "Chilean and Peruvian army chiefs Ana Rojas and Luis Quispe met in Lima.",
            [("Ana Rojas", "army chief", "CHL"), ("Luis Quispe", "army chief", "PER")],
        ),
        ("The defence ministers of Chile and Peru met in Lima on Monday.", []),
    ],
)
def test_two_holders_in_the_order_of_their_states(
    body: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    report = defrel.parse(body, published=PUB)
    got = sorted((a.name, a.title, a.country.code if a.country else None) for a in report.actors)
    assert got == expected


# West African honorifics open a name and are no office; offices of further portfolios
# qualify a head from the left too.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The delegation was led by Mallam Sani Dauda, the National Security Adviser.",
            [("Sani Dauda", "National Security Adviser")],
        ),
        ("Alhaji Sani Dauda said the talks went well.", [("Sani Dauda", None)]),
        (
            "Information Minister Alhaji Sani Dauda said the talks went well.",
            [("Sani Dauda", "Information Minister")],
        ),
        ("Health Minister Rosa Mabote met him.", [("Rosa Mabote", "Health Minister")]),
    ],
)
def test_honorifics_and_left_portfolios(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actors(body) == expected


# A title with a state names the one person of no known state only if it is that person's
# office, not an office that only shares its head word.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "The Chief of Defence Staff, Gen. Ada Obi, hosted a dinner on Wednesday. She said "
                "the visit by the Senegalese military chief had been fruitful."
            ),
            [("Ada Obi", None)],
        ),
        (
            (
                "Defence Minister Ada Obi met the delegation. The Nigerian defence minister said "
                "the talks were fruitful."
            ),
            [("Ada Obi", "NGA")],
        ),
    ],
)
def test_a_title_with_a_state_names_the_same_office(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _actor_countries(body) == expected


def test_rank_abbreviation_of_an_admiral() -> None:
    assert _actors("Vice Admiral (V Adm) Omar Hadi met him.") == [
        ("Omar Hadi", "Vice Admiral (V Adm)")
    ]


# A full name with no office right before "of <State>" is that state's; a body's name is
# no person.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Marko Babic of Croatia and Laszlo Toth of Hungary signed the agreement.",
            [("Laszlo Toth", "HUN"), ("Marko Babic", "HRV")],
        ),
        (
            "The plan was signed by Marko Babic of Croatia and Laszlo Toth of Hungary.",
            [("Laszlo Toth", "HUN"), ("Marko Babic", "HRV")],
        ),
        ("The Internal Order of Ecuador and the Supreme Court of Chile met.", []),
        ("The people of Croatia welcomed the plan.", []),
    ],
)
def test_name_of_a_state(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actor_countries(body) == expected


# Two full names after a plural role noun are people; with two states before the noun they
# take the states in order.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "Serbian and Croatian defence ministry officials Marko Ilic and Ivan Babic, "
                "signed the plan."
            ),
            [("Ivan Babic", "HRV"), ("Marko Ilic", "SRB")],
        ),
        (
            "Defence officials Marko Ilic and Ivan Babic met on Monday.",
            [("Ivan Babic", None), ("Marko Ilic", None)],
        ),
        ("Senior officials from both sides attended the talks.", []),
    ],
)
def test_names_after_a_plural_role(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actor_countries(body) == expected


# The members listed after "the <State> delegation included" are that state's.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "President Ana Vela hosted a delegation on Sunday. The Nigerian delegation "
                "included the Chief of Defence Staff, General Tunde Bako; and the Chief of "
                "Defence Intelligence, Maj. Gen. Sani Lawal."
            ),
            [("Ana Vela", None), ("Sani Lawal", "NGA"), ("Tunde Bako", "NGA")],
        ),
        (
            (
                "The delegation from Ghana comprised Brigadier General Kofi Asare and Colonel "
                "Ama Owusu."
            ),
            [("Ama Owusu", "GHA"), ("Kofi Asare", "GHA")],
        ),
        (
            "The Nigerian delegation included two officers. Later Mr Tunde Bako spoke.",
            [("Tunde Bako", None)],
        ),
    ],
)
def test_members_of_a_state_delegation(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actor_countries(body) == expected


# "Director" is an office with its complement (a body named in capitals: an agency, a
# college), as "head" is; never alone or before small words.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "He met Director of the Defence Intelligence Agency Lt Gen Omar Farouk on Monday.",
            [("Omar Farouk", "Director of the Defence Intelligence Agency")],
        ),
        (
            "He met the director of the National Defence College, Maj Gen Ravi Menon.",
            [("Ravi Menon", "director of the National Defence College")],
        ),
        ("The director of the documentary Ana Soto spoke.", [("Ana Soto", None)]),
    ],
)
def test_director_of_a_body(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actors(body) == expected


# "Senior Lieutenant General", "Senior General": ranks; "Senior" before a rank is no name.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "It came at the invitation of Senior Lieutenant General Tran Van Minh, Chief of "
                "the General Staff of the Vietnam People's Army."
            ),
            [("Tran Van Minh", "Chief of the General Staff")],
        ),
        ("Senior General Than Aung met him.", [("Than Aung", "Senior General")]),
        ("Defence Minister John Senior met him.", [("John Senior", "Defence Minister")]),
    ],
)
def test_senior_ranks(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _actors(body) == expected


# A qualifier after an office ("of the Royal <State> Armed Forces") stops before a rank
# that opens the holder's name.
def test_qualifier_stops_at_a_rank() -> None:
    body = (
        "He met his counterpart, Chief of Defence Forces of the Royal Thai Armed Forces "
        "General Somchai Dee, in Bangkok."
    )
    assert _actor_countries(body) == [("Somchai Dee", "THA")]
    assert _actors(body) == [("Somchai Dee", "Chief of Defence Forces")]
