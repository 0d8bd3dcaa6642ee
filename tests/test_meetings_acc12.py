"""Meeting rules of the twelfth round (unseen-text accuracy): one record per encounter,
the people a plural points back to, and the place a report names.

Every sentence here is written for these tests (fictional people, real countries); each
rule has rows where it must fire and rows where it must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

import defrel

PUB = dt.date(2024, 3, 5)  # a Tuesday


def _rows(body: str, published: dt.date = PUB) -> list[tuple[object, ...]]:
    """(date, window, location, participant names) of every meeting read, in order."""
    return [
        (m.date, m.date_window, m.location, sorted(p.name for p in m.participants))
        for m in defrel.parse(body, published=published).meetings
    ]


_PAIR = ["Arvid Lindqvist", "Carl Holm"]
_MONDAY = dt.date(2024, 3, 4)


# A seat of government stands in its state's capital: the same people met on one day "in
# Moscow" and "at the Kremlin" is one encounter, placed at the seat (the closer name).
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Swedish Defence Minister Arvid Lindqvist greeted Danish Defence Minister Carl "
                "Holm upon his arrival for a meeting in Moscow on Monday.\n\n"
                "Lindqvist and Holm met at the Kremlin on Monday."
            ),
            [(_MONDAY, None, "Kremlin", _PAIR)],
        ),
        (
            (
                "Swedish Defence Minister Arvid Lindqvist and Danish Defence Minister Carl Holm "
                "held talks in Washington on Monday.\n\n"
                "Lindqvist and Holm later met again at the White House on Monday."
            ),
            [(_MONDAY, None, "White House", _PAIR)],
        ),
        # a seat of another state's capital: two places, two encounters
        (
            (
                "Swedish Defence Minister Arvid Lindqvist met Danish Defence Minister Carl Holm "
                "at the Kremlin on Monday.\n\n"
                "Lindqvist and Holm held talks in London on Monday."
            ),
            [(_MONDAY, None, "Kremlin", _PAIR), (_MONDAY, None, "London", _PAIR)],
        ),
    ],
)
def test_a_seat_is_in_its_capital(body: str, want: list[tuple[object, ...]]) -> None:
    assert _rows(body) == want


# "both ministers signed it": the pair named together last (not the latest record's people,
# a call on a host's leader), with the sides of the latest record that names two.
_CALLS = (
    "Swedish Defence Minister Arvid Lindqvist met Danish Defence Minister Carl Holm in "
    "Copenhagen on Monday.\n\n"
    "Lindqvist also called on Prime Minister Ole Berg at the palace and Deputy Prime Minister "
    "Nils Dahl during her one-day visit to Denmark.\n\n"
)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            _CALLS + "Lindqvist and Holm welcomed the new ranges. The ranges are built under "
            "the agreement, which both ministers signed in January this year.",
            [
                (_MONDAY, None, "Copenhagen", _PAIR),
                (_MONDAY, None, "Copenhagen", ["Arvid Lindqvist", "Ole Berg"]),
                (_MONDAY, None, "Copenhagen", ["Arvid Lindqvist", "Nils Dahl"]),
                (None, (dt.date(2024, 1, 1), dt.date(2024, 1, 31)), None, _PAIR),
            ],
        ),
        # the sentence names one side only: the pair's sides are still both
        (
            _CALLS + "Lindqvist and Holm welcomed the new ranges. The ranges in Sweden are "
            "built under the agreement, which both ministers signed in January this year.",
            [
                (_MONDAY, None, "Copenhagen", _PAIR),
                (_MONDAY, None, "Copenhagen", ["Arvid Lindqvist", "Ole Berg"]),
                (_MONDAY, None, "Copenhagen", ["Arvid Lindqvist", "Nils Dahl"]),
                (None, (dt.date(2024, 1, 1), dt.date(2024, 1, 31)), None, _PAIR),
            ],
        ),
        # the last pair named is the one of the call: its people (the signing is told of
        # that encounter, which had no day)
        (
            _CALLS + "Lindqvist and Berg toured the new ranges, built under a pact which both "
            "leaders signed in January this year.",
            [
                (_MONDAY, None, "Copenhagen", _PAIR),
                (
                    None,
                    (dt.date(2024, 1, 1), dt.date(2024, 1, 31)),
                    None,
                    ["Arvid Lindqvist", "Ole Berg"],
                ),
                (_MONDAY, None, "Copenhagen", ["Arvid Lindqvist", "Nils Dahl"]),
            ],
        ),
    ],
)
def test_both_ministers_are_the_pair_named_last(body: str, want: list[tuple[object, ...]]) -> None:
    assert _rows(body) == want


def _sides(body: str) -> list[tuple[object, ...]]:
    """(date, each participant with the code of his side) of every meeting read."""
    return [
        (m.date, [(p.name, p.country.code if p.country else None) for p in m.participants])
        for m in defrel.parse(body, published=PUB).meetings
    ]


# A retirement mark in brackets between a rank and a name ("General (r)", "Field Marshal
# (R)") keeps the office before it: the person is of the office's state, not the dateline's.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Egypt's Defence Minister Field Marshal (R) Omar Saleh received Jordan's army "
                "chief Major General Zaid Haddad in Cairo on Monday."
            ),
            [(_MONDAY, [("Omar Saleh", "EGY"), ("Zaid Haddad", "JOR")])],
        ),
        # the guest of a dateline's country has called on a host there, then met two more
        # of its officials one by one: three encounters
        (
            (
                "RAWALPINDI – Turkey's Minister of National Defence General (r) Arda Kaya has "
                "called on Chief of Army Staff General Imran Shah at the army headquarters, the "
                "military said on Monday.\n\n"
                "The Turkish minister also held separate meetings with Defence Minister Ali "
                "Khan and Air Chief Marshal Omar Malik."
            ),
            [
                (_MONDAY, [("Arda Kaya", "TUR"), ("Imran Shah", None)]),
                (None, [("Arda Kaya", "TUR"), ("Ali Khan", None)]),
                (None, [("Arda Kaya", "TUR"), ("Omar Malik", None)]),
            ],
        ),
        # a bracket of another kind after the rank is no retirement mark
        (
            (
                "Egypt's Defence Minister Field Marshal (Egypt) Omar Saleh received Jordan's "
                "army chief Major General Zaid Haddad in Cairo on Monday."
            ),
            [(_MONDAY, [("Omar Saleh", None), ("Zaid Haddad", "JOR")])],
        ),
    ],
)
def test_a_retirement_mark_keeps_the_office(body: str, want: list[tuple[object, ...]]) -> None:
    assert _sides(body) == want


# "our talks" in a speaker's own words points back to an encounter already read, as "the
# talks" does: no record of its own (which the home minister's side, never named, would
# leave to whoever else was met).
_TWO_HOSTS = (
    "Defence Minister Arvid Lindqvist, who reached Oslo on Monday, held bilateral meetings with "
    "his Danish counterpart Carl Holm and Norwegian counterpart Lars Berg.\n\n"
    "Mr. Lindqvist is on a three-day visit to attend the annual meeting of the Defence "
    "Ministers of the Nordic group.\n\n"
    '"Had a fine meeting with the Defence Minister of Denmark, Carl Holm, in Oslo. {words}," '
    "Mr. Lindqvist said on X.\n\n"
    'On his meeting with Berg, he said, "We agreed to deepen air defence cooperation."'
)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            _TWO_HOSTS.format(
                words="During our talks, we reviewed the Sweden-Denmark defence partnership"
            ),
            [
                (_MONDAY, None, "Oslo", ["Arvid Lindqvist", "Carl Holm"]),
                (_MONDAY, None, "Oslo", ["Arvid Lindqvist", "Lars Berg"]),
            ],
        ),
        # "our next meeting" is another encounter, still to come
        (
            _TWO_HOSTS.format(words="We look forward to our next meeting in Stockholm in May"),
            [
                (_MONDAY, None, "Oslo", ["Arvid Lindqvist", "Carl Holm"]),
                (_MONDAY, None, "Oslo", ["Arvid Lindqvist", "Lars Berg"]),
                (None, (dt.date(2024, 5, 1), dt.date(2024, 5, 31)), "Stockholm", []),
            ],
        ),
        (
            _TWO_HOSTS.format(words="Our next talks will be held in Stockholm in May"),
            [
                (_MONDAY, None, "Oslo", ["Arvid Lindqvist", "Carl Holm"]),
                (_MONDAY, None, "Oslo", ["Arvid Lindqvist", "Lars Berg"]),
                (None, (dt.date(2024, 5, 1), dt.date(2024, 5, 31)), "Stockholm", []),
            ],
        ),
    ],
)
def test_our_talks_point_back(body: str, want: list[tuple[object, ...]]) -> None:
    assert _rows(body) == want


def _planned(body: str) -> list[tuple[object, ...]]:
    """(window, location, participant names, country codes) of each planned meeting read."""
    return [
        (
            m.date_window,
            m.location,
            sorted(p.name for p in m.participants),
            sorted(c.code for c in m.countries),
        )
        for m in defrel.parse(body, published=PUB).meetings
        if m.status is defrel.MeetingStatus.PLANNED
    ]


_MET = (
    "Swedish Defence Minister Arvid Lindqvist met Danish Defence Minister Carl Holm in "
    "Stockholm on Monday.\n\n"
)


# "A and B look forward to this year's ministerial": a planned encounter the two sides take
# part in (those who look forward are no named participants); a narrower day or month of
# the clause inside the year's window ("in November") dates it closer.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            _MET + "After taking stock of the region, Holm and Lindqvist are looking forward "
            "to this year's Nordic Defence Ministers Meeting (NDMM) and NDMM-Plus in Bergen, "
            "Norway, in November.",
            [((dt.date(2024, 11, 1), dt.date(2024, 11, 30)), "Bergen", [], ["DNK", "SWE"])],
        ),
        (
            _MET + "Lindqvist and Holm are looking forward to this year's Nordic Defence "
            "Ministers Meeting, to be held in Bergen, in the first week of December.",
            [((dt.date(2024, 12, 1), dt.date(2024, 12, 7)), "Bergen", [], ["DNK", "SWE"])],
        ),
        # no narrower time in the clause: the year's window
        (
            _MET + "Lindqvist and Holm are looking forward to this year's Nordic Defence "
            "Ministers Meeting in Bergen.",
            [((PUB, dt.date(2024, 12, 31)), "Bergen", [], ["DNK", "SWE"])],
        ),
    ],
)
def test_looking_forward_to_this_years_meeting(body: str, want: list[tuple[object, ...]]) -> None:
    assert _planned(body) == want


# "Niwas" and "Residence" end a venue's name as "Bhavan" and "House" do: the place an
# encounter is held at when no city is named with it.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "KATHMANDU – Indian Army chief General Ravi Kumar met Nepal Army chief General "
                "Hari Thapa on Monday.\n\n"
                "Kumar will be received by President Maya Shrestha at a ceremony at Laxmi "
                "Niwas, the official residence of Shrestha, on Monday."
            ),
            [
                (_MONDAY, None, "Kathmandu", ["Hari Thapa", "Ravi Kumar"]),
                (dt.date(2024, 3, 11), None, "Laxmi Niwas", ["Maya Shrestha", "Ravi Kumar"]),
            ],
        ),
        (
            (
                "Swedish Defence Minister Arvid Lindqvist called on Norwegian Prime Minister Ole "
                "Berg at the Prime Minister's Residence on Monday."
            ),
            [(_MONDAY, None, "Prime Minister's Residence", ["Arvid Lindqvist", "Ole Berg"])],
        ),
        # with its city named, the city
        (
            (
                "Swedish Defence Minister Arvid Lindqvist called on Norwegian Prime Minister Ole "
                "Berg at Inkognito Residence in Oslo on Monday."
            ),
            [(_MONDAY, None, "Oslo", ["Arvid Lindqvist", "Ole Berg"])],
        ),
    ],
)
def test_a_residence_is_a_venue(body: str, want: list[tuple[object, ...]]) -> None:
    assert _rows(body) == want


def _status_rows(body: str) -> list[tuple[object, ...]]:
    """(status, date, participant names) of every meeting read."""
    return [
        (m.status.value, m.date, sorted(p.name for p in m.participants))
        for m in defrel.parse(body, published=PUB).meetings
    ]


# "would" before an encounter's verb in reported speech tells of a plan: the encounter is
# planned and its year-less day or weekday lies ahead; the day of the saying ("said on
# Monday") dates neither the plan nor, when the clause names one, the encounter.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "The ministry said Swedish Defence Minister Arvid Lindqvist would hold talks "
                "with Danish Defence Minister Carl Holm in Copenhagen on Thursday."
            ),
            [("planned", dt.date(2024, 3, 7), _PAIR)],
        ),
        (
            (
                "Swedish Defence Minister Arvid Lindqvist said on Monday he would visit Denmark "
                "on March 20 for talks with Danish Defence Minister Carl Holm."
            ),
            [("planned", dt.date(2024, 3, 20), _PAIR)],
        ),
        (
            (
                "Swedish Defence Minister Arvid Lindqvist said on Monday he would meet Danish "
                "Defence Minister Carl Holm in Copenhagen on March 20."
            ),
            [("planned", dt.date(2024, 3, 20), _PAIR)],
        ),
        (
            (
                "Swedish Defence Minister Arvid Lindqvist told reporters on Monday he will meet "
                "Danish Defence Minister Carl Holm."
            ),
            [("planned", None, _PAIR)],
        ),
        # the saying's day after a held encounter is its day; "would" of another verb
        # tells no plan
        (
            (
                "Swedish Defence Minister Arvid Lindqvist has called on Danish Defence Minister "
                "Carl Holm, the ministry said on Monday."
            ),
            [("held", _MONDAY, _PAIR)],
        ),
        (
            (
                "Swedish Defence Minister Arvid Lindqvist met Danish Defence Minister Carl Holm "
                "in Copenhagen on Monday and said the talks would strengthen ties."
            ),
            [("held", _MONDAY, _PAIR)],
        ),
    ],
)
def test_would_tells_a_plan(body: str, want: list[tuple[object, ...]]) -> None:
    assert _status_rows(body) == want


def _kinds(body: str) -> list[tuple[object, ...]]:
    """(kind, date, participant names) of every meeting read."""
    return [
        (m.kind.value, m.date, sorted(p.name for p in m.participants))
        for m in defrel.parse(body, published=PUB).meetings
    ]


# "A called B" with B (a person, perhaps after titles) right after it: a call. Not "called
# on" (a courtesy call in person), "called for" (an appeal) or "called B a friend" (a naming).
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Swedish Defence Minister Arvid Lindqvist called Danish Defence Minister Carl "
                "Holm on Monday to discuss the crisis."
            ),
            [("call", _MONDAY, _PAIR)],
        ),
        (
            (
                "Swedish Defence Minister Arvid Lindqvist called his Danish counterpart, Carl "
                "Holm, on Monday."
            ),
            [("call", _MONDAY, _PAIR)],
        ),
        (
            (
                "Swedish Defence Minister Arvid Lindqvist called on Danish Defence Minister Carl "
                "Holm in Copenhagen on Monday."
            ),
            [("talks", _MONDAY, _PAIR)],
        ),
        (
            (
                "Swedish Defence Minister Arvid Lindqvist called Danish Defence Minister Carl "
                'Holm "a true partner" at their talks in Copenhagen on Monday.'
            ),
            [("talks", _MONDAY, _PAIR)],
        ),
        (
            (
                "Swedish Defence Minister Arvid Lindqvist called for restraint after meeting "
                "Danish Defence Minister Carl Holm in Copenhagen on Monday."
            ),
            [("talks", _MONDAY, _PAIR)],
        ),
    ],
)
def test_called_someone_is_a_call(body: str, want: list[tuple[object, ...]]) -> None:
    assert _kinds(body) == want


# A setting after an encounter ("after holding talks with C") that names someone not named
# before it in the sentence is an encounter of its own, with its own day and place; a
# setting of the same people ("after their talks") stays the setting.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Swedish Defence Minister Arvid Lindqvist met Danish Defence Minister Carl Holm in "
                "Copenhagen on Monday, after holding talks with Norwegian Defence Minister Lars "
                "Berg in Oslo on Sunday."
            ),
            [
                (_MONDAY, None, "Copenhagen", _PAIR),
                (dt.date(2024, 3, 3), None, "Oslo", ["Arvid Lindqvist", "Lars Berg"]),
            ],
        ),
        (
            (
                "Swedish Defence Minister Arvid Lindqvist and Danish Defence Minister Carl Holm "
                "met in Copenhagen on Monday, a day after Lindqvist held talks with Norwegian "
                "Defence Minister Lars Berg in Oslo."
            ),
            [
                (_MONDAY, None, "Copenhagen", _PAIR),
                (None, None, "Oslo", ["Arvid Lindqvist", "Lars Berg"]),
            ],
        ),
        (
            (
                "Swedish Defence Minister Arvid Lindqvist and Danish Defence Minister Carl Holm "
                "spoke to reporters in Copenhagen after their talks on Monday."
            ),
            [(_MONDAY, None, "Copenhagen", _PAIR)],
        ),
        (
            (
                "Swedish Defence Minister Arvid Lindqvist met Danish Defence Minister Carl Holm "
                "in Copenhagen on Monday. At the beginning of the meeting, Minister Holm "
                "welcomed the talks."
            ),
            [(_MONDAY, None, "Copenhagen", _PAIR)],
        ),
    ],
)
def test_a_setting_with_someone_new_is_its_own(body: str, want: list[tuple[object, ...]]) -> None:
    assert _rows(body) == want


def _sides_of(body: str) -> list[tuple[object, ...]]:
    """(participant names, country codes) of every meeting read."""
    return [
        (sorted(p.name for p in m.participants), sorted(c.code for c in m.countries))
        for m in defrel.parse(body, published=PUB).meetings
    ]


_ROUND = (
    "Defence Minister Arvid Lindqvist, who reached Oslo on Monday, held bilateral meetings with "
    "his Danish counterpart Carl Holm and Finnish counterpart Mikko Laine."
)


# A minister of no named side who meets counterparts of several sides is of none of theirs:
# his records take no counterpart's side from the article's main pair, but the side named
# most after those (twice at least), if any.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            _ROUND + " He also met Norway's defence minister Lars Berg.",
            [
                (["Arvid Lindqvist", "Carl Holm"], ["DNK"]),
                (["Arvid Lindqvist", "Mikko Laine"], ["FIN"]),
                (["Arvid Lindqvist", "Lars Berg"], ["NOR"]),
            ],
        ),
        (
            _ROUND + '\n\n"We reviewed the Sweden-Denmark defence relationship," Lindqvist said. '
            "He will also meet members of the Swedish community in Oslo.",
            [
                (["Arvid Lindqvist", "Carl Holm"], ["DNK", "SWE"]),
                (["Arvid Lindqvist", "Mikko Laine"], ["FIN", "SWE"]),
                (["Arvid Lindqvist"], ["SWE"]),
            ],
        ),
        # one counterpart: the article's pair as before
        (
            (
                "Defence Minister Arvid Lindqvist held talks with his Danish counterpart Carl Holm "
                "in Copenhagen on Monday. Lindqvist said the Sweden-Denmark partnership was strong."
            ),
            [(["Arvid Lindqvist", "Carl Holm"], ["DNK", "SWE"])],
        ),
    ],
)
def test_no_side_of_those_met(body: str, want: list[tuple[object, ...]]) -> None:
    assert _sides_of(body) == want


# An encounter told "during her one-day visit" falls on the visitor's one dated day.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            _MET + "Lindqvist also called on Prime Minister Ole Berg at the palace during her "
            "one-day visit to Denmark.",
            [_MONDAY, _MONDAY],
        ),
        (
            _MET + "Lindqvist also called on Prime Minister Ole Berg during her day-long trip.",
            [_MONDAY, _MONDAY],
        ),
        # the visitor met someone on two days: which one is unknown
        (
            _MET + "She met Danish army chief Jens Lund on Sunday.\n\n"
            "Lindqvist also called on Prime Minister Ole Berg during her one-day visit.",
            [_MONDAY, dt.date(2024, 3, 3), None],
        ),
        # a visit of more days than one: no day
        (
            _MET + "Lindqvist also called on Prime Minister Ole Berg during her visit to Denmark.",
            [_MONDAY, None],
        ),
    ],
)
def test_a_one_day_visit_dates_its_calls(body: str, want: list[object]) -> None:
    assert [m.date for m in defrel.parse(body, published=PUB).meetings] == want


# "will come to <Country>" is a visit, as "will travel to" is; a contrasting clause (",
# while ...") has a subject of its own, unnamed here: not the first clause's.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Swedish Defence Minister Arvid Lindqvist will visit Norway next year, while "
                "Denmark's navy chief will come to Sweden this November."
            ),
            [
                (None, (dt.date(2025, 1, 1), dt.date(2025, 12, 31)), None, ["Arvid Lindqvist"]),
                (None, (dt.date(2024, 11, 1), dt.date(2024, 11, 30)), None, []),
            ],
        ),
        # a named subject of its own is still read
        (
            (
                "Swedish Defence Minister Arvid Lindqvist will visit Norway next year, while "
                "Danish Defence Minister Carl Holm will visit Sweden this November."
            ),
            [
                (None, (dt.date(2025, 1, 1), dt.date(2025, 12, 31)), None, ["Arvid Lindqvist"]),
                (None, (dt.date(2024, 11, 1), dt.date(2024, 11, 30)), None, ["Carl Holm"]),
            ],
        ),
        # "come to an agreement": no visit
        (
            (
                "Swedish Defence Minister Arvid Lindqvist and Danish Defence Minister Carl Holm "
                "hope to come to an agreement soon."
            ),
            [],
        ),
    ],
)
def test_come_to_a_country(body: str, want: list[tuple[object, ...]]) -> None:
    assert _rows(body) == want


# Officials who "gathered" or "convened" (two named at least before the verb) met; a
# thing gathered ("the intelligence gathered by ...") is no encounter.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "National Security Adviser Arvid Lindqvist of Sweden and National Security "
                "Adviser Carl Holm of Denmark gathered for the first time on 4 March 2024 in "
                "Copenhagen, Denmark to exchange views."
            ),
            [(_MONDAY, None, "Copenhagen", _PAIR)],
        ),
        (
            (
                "Swedish Defence Minister Arvid Lindqvist and Danish Defence Minister Carl Holm "
                "convened in Oslo on Monday for their first joint session."
            ),
            [(_MONDAY, None, "Oslo", _PAIR)],
        ),
        (
            (
                "Swedish Defence Minister Arvid Lindqvist said the intelligence gathered by "
                "Danish forces was shared with Danish Defence Minister Carl Holm."
            ),
            [],
        ),
    ],
)
def test_officials_gathered(body: str, want: list[tuple[object, ...]]) -> None:
    assert _rows(body) == want
