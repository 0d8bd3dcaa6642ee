"""Readings of the twelfth session, each a general rule with rows where it must not fire.

Every sentence here is written for these tests, with fictional people.
"""

from __future__ import annotations

import datetime as dt

import pytest

import defrel
from tests._reading_rows import actors

PUB = dt.date(2025, 6, 12)  # a Thursday


def _places_and_countries(body: str) -> tuple[list[str], list[str]]:
    report = defrel.parse(body, published=PUB)
    places = sorted({m.location for m in report.meetings if m.location is not None})
    codes = sorted({c.code for m in report.meetings for c in m.countries})
    return places, codes


# A city's name that is a given name: between an office or an honorific and a name word, it
# opens the person's name; it is neither a place nor, for a capital, its state.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Defence Minister Sofia Calder of Ruritania arrived on Monday.",
            [("Sofia Calder", "Defence Minister")],
        ),
        (
            "President Santiago Morel received the envoys at the palace.",
            [("Santiago Morel", "President")],
        ),
        (
            "The talks were chaired by Ms Florence Adebayo, the permanent secretary.",
            [("Florence Adebayo", "permanent secretary")],
        ),
        (
            "Air Force chief General Adelaide Moss inspected the base.",
            [("Adelaide Moss", "Air Force chief")],
        ),
    ],
)
def test_a_city_as_a_given_name_after_an_office(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert actors(body, PUB) == expected


def test_a_capital_as_a_given_name_is_not_its_state_nor_the_place() -> None:
    places, codes = _places_and_countries(
        "Defence Minister Sofia Calder of Italy met Kenyan Defence Minister Daniel Oduya "
        "in Rome on Monday."
    )
    assert places == ["Rome"]
    assert codes == ["ITA", "KEN"]


@pytest.mark.parametrize(
    "body",
    [
        # A place or an event named after a city: the city stays a city.
        "The Defence Minister Kabul Visit was postponed after the attack.",
        "Minister Paris Talks opened on Monday with the envoys of both states.",
        "The Secretary Sofia Airport security review ended on Monday.",
    ],
)
def test_a_city_before_an_event_or_a_place_noun_stays_a_city(body: str) -> None:
    report = defrel.parse(body, published=PUB)
    assert not any(a.name.split()[0] in {"Kabul", "Paris", "Sofia"} for a in report.actors)


def test_a_release_issued_by_initials_names_no_speaker() -> None:
    report = defrel.parse(
        "A joint statement issued by U.S. and Ruritanian officials said the two ministers "
        "discussed the defence relationship. The two defence leaders also reviewed the "
        "regional security situation, the statement said.",
        published=PUB,
    )
    assert all(s.speaker is None or len(s.speaker.name) > 2 for s in report.statements)
    assert not any(s.speaker is not None and s.speaker.name == "U" for s in report.statements)


# "Sr" abbreviates "Senior" before a rank ("Sr Lt Gen", "Sr. Col."): part of the title, not
# the name.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            (
                "The dialogue was co-chaired by Deputy Minister of National Defence Sr Lt Gen "
                "Tran Quoc Binh on Monday."
            ),
            [("Tran Quoc Binh", "Deputy Minister of National Defence")],
        ),
        ("Sr. Col. Le Van Hoa attended the talks.", [("Le Van Hoa", "Sr. Col")]),
        ("Sr Col Nguyen Thi Lan led the delegation.", [("Nguyen Thi Lan", "Sr Col")]),
    ],
)
def test_senior_written_short_before_a_rank(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert actors(body, PUB) == expected
