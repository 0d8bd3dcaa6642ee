"""Meeting rules of the tenth round (unseen-text accuracy): where a meeting was held.

Every sentence here is written for these tests (fictional people, real countries); each
rule has rows where it must fire and rows where it must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

import defrel

PUB = dt.date(2024, 3, 5)  # a Tuesday


def _places(body: str, published: dt.date = PUB) -> list[str | None]:
    """The location of every meeting read, in the report's order."""
    return [m.location for m in defrel.parse(body, published=published).meetings]


# A venue named after "visited the": the site visited is where the encounter was.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Zambian army chief General Paul Banda visited the Uganda Air Force Headquarters "
                "on Monday, where he held talks with his Ugandan counterpart General Peter Okello."
            ),
            ["Uganda Air Force Headquarters"],
        ),
        # a generic headquarters with its (known) city after it: the city (as before)
        (
            (
                "Zambian army chief General Paul Banda on Monday visited the Defence Headquarters, "
                "Lusaka, where he held talks with his Kenyan counterpart General Peter Otieno."
            ),
            ["Lusaka"],
        ),
        # "visited" a country: no venue
        (
            (
                "Zambian army chief General Paul Banda visited Uganda on Monday, where he held "
                "talks with his Ugandan counterpart General Peter Okello."
            ),
            [None],
        ),
    ],
)
def test_a_venue_visited(body: str, want: list[str | None]) -> None:
    assert _places(body) == want


# A venue's name may hold "and", "of" or "for" between its capitalised words.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Ghanaian General Kofi Mensah met Indian General Amar Kumar on Monday.\n\n"
                "The meeting at the Defence Intelligence and Security Headquarters focused on "
                "border security."
            ),
            ["Defence Intelligence and Security Headquarters"],
        ),
        (
            (
                "Ghanaian General Kofi Mensah met Indian General Amar Kumar at the Naval Staff and "
                "Command College on Monday."
            ),
            ["Naval Staff and Command College"],
        ),
        # a lower-case word that opens no capitalised one: no venue across it
        (
            (
                "Ghanaian General Kofi Mensah met Indian General Amar Kumar at Kotoka and later "
                "toured the Burma Hall on Monday."
            ),
            [None],
        ),
    ],
)
def test_a_venue_name_with_small_words(body: str, want: list[str | None]) -> None:
    assert _places(body) == want


# "received in his office at <Seat>": the named seat, up to a day's name or a small word;
# never into the guest's name.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Omani General Said al-Harthy received in his office at Bait Al Falaj Monday the "
                "Indian Army chief General Amar Kumar."
            ),
            ["Bait Al Falaj"],
        ),
        (
            (
                "Omani General Said al-Harthy received in his office at Bait Al Falaj the Indian "
                "Army chief General Amar Kumar."
            ),
            ["Bait Al Falaj"],
        ),
        (
            (
                "Omani General Said al-Harthy received in his office at Bait Al Falaj Amar Kumar, "
                "the Indian Army chief, and his delegation."
            ),
            [None],
        ),
    ],
)
def test_an_office_seat(body: str, want: list[str | None]) -> None:
    assert _places(body)[:1] == want


# "at the General Headquarters in <Town>", "at the Ministry of Defence headquarters,
# <Town>": the town the headquarters stands in, even one no gazetteer knows.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Ghanaian General Kofi Mensah met Indian General Amar Kumar at the General "
                "Headquarters in Fort Brenner on Monday."
            ),
            ["Fort Brenner"],
        ),
        (
            (
                "Ugandan Defence Minister Paul Okello met Tanzania's Minister of Defence Anna "
                "Mwakyusa at the Ministry of Defence headquarters, Bombo.\n\nThey discussed "
                "border security."
            ),
            ["Bombo"],
        ),
        # a country or a month after the headquarters is no town
        (
            (
                "Ghanaian General Kofi Mensah met Indian General Amar Kumar at the Army "
                "Headquarters in Ghana on Monday."
            ),
            ["Army Headquarters"],
        ),
        (
            (
                "Ghanaian General Kofi Mensah met Indian General Amar Kumar at the General "
                "Headquarters in March."
            ),
            ["General Headquarters"],
        ),
    ],
)
def test_the_town_of_a_headquarters(body: str, want: list[str | None]) -> None:
    assert _places(body) == want


# "in <Town>, southeastern <Country>": the town, as with "in <Town>, <Country>".
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "South Korean President Kim Min-ho and Vietnamese President Tran Van Nam held "
                "talks on Saturday on the sidelines of a regional summit in Andong, southeastern "
                "South Korea."
            ),
            ["Andong"],
        ),
        (
            (
                "South Korean President Kim Min-ho and Vietnamese President Tran Van Nam held "
                "talks on Saturday in Andong, central South Korea."
            ),
            ["Andong"],
        ),
        # a part of a country that follows no town's comma
        (
            (
                "South Korean President Kim Min-ho and Vietnamese President Tran Van Nam held "
                "talks on Saturday about floods in southeastern South Korea."
            ),
            [None],
        ),
    ],
)
def test_a_town_in_a_part_of_a_country(body: str, want: list[str | None]) -> None:
    assert _places(body) == want


# Datelines: "<date> (CITY) -" and "City .-" open a report from that city.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "March 4, 2024 (LUSAKA) - Zambian army chief General Paul Banda on Monday held "
                "talks with his Kenyan counterpart General Peter Otieno."
            ),
            ["Lusaka"],
        ),
        # a bracket that names no city
        (
            (
                "March 4, 2024 (REUTERS) - Zambian army chief General Paul Banda on Monday held "
                "talks with his Kenyan counterpart General Peter Otieno."
            ),
            [None],
        ),
    ],
)
def test_a_dated_dateline(body: str, want: list[str | None]) -> None:
    assert _places(body) == want


# The city of a mission an official serves at is no venue ("the attaché at the US Embassy
# in <City>"); a mission's city where the meeting is held stays.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Omani General Said al-Harthy received US envoy John Miller on Monday.\n\n"
                "The meeting was attended by the military attache at the US Embassy in Muscat."
            ),
            [None],
        ),
        (
            (
                "Indian Defence Minister Amar Kumar met US Secretary John Miller at the Indian "
                "Embassy in Washington on Monday."
            ),
            ["Washington"],
        ),
    ],
)
def test_the_city_of_an_officials_mission(body: str, want: list[str | None]) -> None:
    assert _places(body) == want


# A country's name that qualifies a noun after "to" ("access to Peruvian staff") sends
# nobody abroad: the dateline's city stays the venue of the report's own encounter.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "SEOUL, March 4 (Yonhap) -- Korean Defence Minister Kim Min-ho and Peruvian "
                "Defence Minister Jose Ferreira on Monday signed an agreement that gives access "
                "to Peruvian staff at Korean bases."
            ),
            ["Seoul"],
        ),
        (
            (
                "SEOUL, March 4 (Yonhap) -- Korean Defence Minister Kim Min-ho, on a visit to "
                "Peru, signed an agreement with Peruvian Defence Minister Jose Ferreira on Monday."
            ),
            [None],
        ),
    ],
)
def test_a_country_qualifying_a_noun_is_no_trip_abroad(body: str, want: list[str | None]) -> None:
    assert _places(body, dt.date(2024, 3, 4)) == want


# A held encounter of the week before the report, under a dateline of one side's country,
# was held in the dateline's city, unless the sentence sends someone to another country
# ("visited <Country>" as "a visit to <Country>").
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "HANOI, March 7 (VNA) -- Thai army chief General Somchai Wong visited Vietnam "
                "this week and held talks with Vietnamese army chief General Nguyen Van Hai on "
                "Monday."
            ),
            ["Hanoi"],
        ),
        (
            (
                "HANOI, March 7 (VNA) -- Vietnamese army chief General Nguyen Van Hai visited "
                "Thailand this week and held talks with Thai army chief General Somchai Wong on "
                "Monday."
            ),
            [None],
        ),
    ],
)
def test_a_dateline_city_for_the_weeks_encounter(body: str, want: list[str | None]) -> None:
    assert _places(body, dt.date(2024, 3, 7)) == want


# A held encounter of a few days' trip with no place of its own was held where the same
# people met the same countries in the days around it; not where they met another country.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Ugandan army chief General Peter Okello is on a working visit to Ethiopia.\n\n"
                "On Saturday, General Okello held talks with Ethiopian army chief General Abebe "
                "Tadesse in Addis Ababa.\n\nOn Monday, General Okello met Ethiopian Prime "
                "Minister Dawit Alemu, who praised the ties between the two countries."
            ),
            ["Addis Ababa", "Addis Ababa"],
        ),
        (
            (
                "Ugandan army chief General Peter Okello held talks with Ethiopian army chief "
                "General Abebe Tadesse in Addis Ababa on Saturday.\n\nOn Monday, General Okello "
                "met Kenyan Defence Minister Jane Wambui, who praised the ties between the two "
                "countries."
            ),
            ["Addis Ababa", None],
        ),
    ],
)
def test_the_place_of_a_trips_other_days(body: str, want: list[str | None]) -> None:
    assert _places(body, dt.date(2024, 3, 4)) == want


# Initials written together with their points inside a name ("Lucky E.O. Okon") stay in
# the name; a country's ("U.S.") does not join it.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Nigerian Chief of Defence Staff General Ade B.O. Okon held talks with "
                "Cameroonian Defence Minister Paul Biya Mbarga on Monday."
            ),
            ["Ade B.O. Okon", "Paul Biya Mbarga"],
        ),
        (
            (
                "Indian Defence Minister Amar Kumar met Secretary John Smith U.S. Navy chief "
                "on Monday."
            ),
            ["Amar Kumar", "John Smith"],
        ),
    ],
)
def test_joined_initials_inside_a_name(body: str, want: list[str]) -> None:
    (meeting,) = defrel.parse(body, published=PUB).meetings
    assert [a.name for a in meeting.participants] == want


# "left Thursday for <Town> to attend the meeting": the town the trip goes to, even one no
# gazetteer knows; a country there is no town.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Zambian Defence Minister Paul Banda left Thursday for Kasama to attend the fifth "
                "meeting of the Zambia-Malawi Joint Permanent Commission on Defence."
            ),
            ["Kasama"],
        ),
        (
            (
                "Zambian Defence Minister Paul Banda left Thursday for Malawi to attend the fifth "
                "meeting of the Zambia-Malawi Joint Permanent Commission on Defence."
            ),
            [None],
        ),
    ],
)
def test_the_town_a_trip_goes_to(body: str, want: list[str | None]) -> None:
    assert _places(body, dt.date(2024, 3, 8)) == want


# An outlet's line "Daily Mail (City)" near the top stands for a dateline: the report's own
# held encounter of that country was held there, unless someone was sent abroad.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "4 March 2024\nThe Zambia Herald (Lusaka)\n\nZambian Defence Minister Paul Banda "
                "on Monday received Malawian army chief General Peter Phiri."
            ),
            ["Lusaka"],
        ),
        (
            (
                "4 March 2024\nThe Zambia Herald (Lusaka)\n\nZambian Defence Minister Paul Banda, "
                "on a visit to Malawi, on Monday met Malawian army chief General Peter Phiri."
            ),
            [None],
        ),
    ],
)
def test_an_outlets_city(body: str, want: list[str | None]) -> None:
    assert _places(body) == want
