"""Readings of the sixteenth session, each a general rule with rows where it must not fire.

Every sentence here is written for these tests, with fictional people.
"""

from __future__ import annotations

import datetime as dt

import pytest

import defrel

_CALLED = "Defence Minister Anton Weiss of Chile called his Peruvian counterpart Maria Kopp. "


def _meetings(body: str) -> list[tuple[str, str, list[str], list[str]]]:
    report = defrel.parse(body, published=dt.date(2024, 1, 3))
    return [
        (
            m.kind.value,
            m.status.value,
            [p.name for p in m.participants],
            sorted(c.code for c in m.countries),
        )
        for m in report.meetings
    ]


def _commitments(body: str) -> list[tuple[str, str, list[str]]]:
    report = defrel.parse(body, published=dt.date(2024, 1, 3))
    return [
        (c.modality.value, c.action, sorted(p.code for p in c.parties)) for c in report.commitments
    ]


_PAIR = ["Anton Weiss", "Maria Kopp"]
_SIDES = ["CHL", "PER"]


# "They agreed to meet again": an encounter to come, of the pair just read (agreeing to
# meet is a plan, not a meeting held), and only when that pair is the last one named.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "They agreed to meet again.",
            [("call", "held", _PAIR, _SIDES), ("talks", "planned", _PAIR, _SIDES)],
        ),
        (
            "The two ministers will hold talks at the earliest possible date.",
            [("call", "held", _PAIR, _SIDES), ("talks", "planned", _PAIR, _SIDES)],
        ),
        (
            "Both sides also decided to meet in the spring.",
            [("call", "held", _PAIR, _SIDES), ("talks", "planned", _PAIR, _SIDES)],
        ),
        # a third person named since: "they" is not surely the pair
        (
            "Weiss later thanked General Ivo Ruiz. They agreed to meet again.",
            [("call", "held", _PAIR, _SIDES)],
        ),
        # the agreeing comes before the talks, held that day: no plan
        (
            "Weiss and Kopp agreed to strengthen ties during talks in Lima on Monday.",
            [("call", "held", _PAIR, _SIDES), ("talks", "held", _PAIR, _SIDES)],
        ),
    ],
)
def test_they_agreed_to_meet(
    sentence: str, want: list[tuple[str, str, list[str], list[str]]]
) -> None:
    assert _meetings(_CALLED + sentence) == want


# "In a call on Monday, A briefed B": a call, the people of the sentence its parties; "in
# a phone call" after a cue makes that cue a call. "during the call" points back, and a
# courtesy call is paid in person.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "In a call on Monday, Defence Minister Anton Weiss of Chile briefed Peruvian "
                "Defence Minister Maria Kopp on the exercise."
            ),
            [("call", "held", _PAIR, _SIDES)],
        ),
        (
            (
                "Defence Minister Anton Weiss of Chile told Peruvian Defence Minister Maria Kopp "
                "in a telephone call that the drill would go ahead."
            ),
            [("call", "held", _PAIR, _SIDES)],
        ),
        (
            (
                "Defence Minister Anton Weiss of Chile paid a courtesy call on Peruvian Defence "
                "Minister Maria Kopp in Lima. During the call, they discussed the drill."
            ),
            [("talks", "held", _PAIR, _SIDES)],
        ),
    ],
)
def test_in_a_call(body: str, want: list[tuple[str, str, list[str], list[str]]]) -> None:
    assert _meetings(body) == want


# A headline restates the lead in its own words: the body's commitment stands for it even
# when the body's verb binds more strongly ("agree to" over "pledging to").
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Chile, Peru agree to expand naval cooperation\n\n"
                "Defence Minister Anton Weiss of Chile met Maria Kopp of Peru in Lima on Monday, "
                "with both sides pledging to further expand naval cooperation."
            ),
            [("committed", "further expand naval cooperation", _SIDES)],
        ),
        (
            (
                "Chile, Peru agree to expand naval cooperation\n\n"
                "Defence Minister Anton Weiss of Chile met Maria Kopp of Peru in Lima on Monday, "
                "with both sides pledging to hold more joint drills."
            ),
            [
                ("agreed", "expand naval cooperation", _SIDES),
                ("committed", "hold more joint drills", _SIDES),
            ],
        ),
    ],
)
def test_headline_restated(body: str, want: list[tuple[str, str, list[str]]]) -> None:
    assert _commitments(body) == want


# "A and his counterpart B have agreed ...": what the pair did together tells of an
# encounter (one with the meeting a later sentence tells of); "the two sides agreed" and
# "A agreed with B" tell of none.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Chilean Defence Minister Anton Weiss (PPD) and his Peruvian counterpart "
                "Maria Kopp have agreed to expand joint naval training."
            ),
            [("talks", "held", _PAIR, _SIDES)],
        ),
        (
            (
                "Chilean Defence Minister Anton Weiss and his Peruvian counterpart, Maria Kopp, on "
                "Monday agreed that their navies will train together. The talks were held in Lima."
            ),
            [("talks", "held", _PAIR, _SIDES)],
        ),
        ("The two sides agreed to expand joint naval training.", []),
        (
            (
                "Chilean Defence Minister Anton Weiss agreed with Peruvian Defence Minister Maria "
                "Kopp that ties are strong."
            ),
            [],
        ),
    ],
)
def test_the_pair_agreed(body: str, want: list[tuple[str, str, list[str], list[str]]]) -> None:
    assert _meetings(body) == want


def test_a_name_with_and_without_its_accents_is_one_person() -> None:
    body = (
        "Chilean Defence Minister Anton Weiss met Peruvian Defence Minister Paweł Nowak in "
        "Lima on Monday. Weiss and his Peruvian counterpart Pawel Nowak agreed to hold drills."
    )
    report = defrel.parse(body, published=dt.date(2024, 1, 3))
    assert [p.name for p in report.actors] == ["Anton Weiss", "Paweł Nowak"]
    assert [[p.name for p in m.participants] for m in report.meetings] == [
        ["Anton Weiss", "Paweł Nowak"]
    ]


def _areas(sentence: str) -> list[str]:
    report = defrel.parse(_CALLED + sentence, published=dt.date(2024, 1, 3))
    return sorted(a.id.value for a in report.areas)


# The region's security named with another field ("regional defence and security"), or as
# what the parties want the region to be; help with the helped one named before its verb;
# military support given to a state.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("They discussed regional defence and security issues.", ["regional-security"]),
        ("They share a vision of a peaceful and secure Western Hemisphere.", ["regional-security"]),
        ("They share a vision of a secure future.", []),
        ("Chile will help Peru develop capabilities to provide security.", ["capacity-building"]),
        ("Chile will help Peru boost production capacity at its plants.", []),
        ("Chile pledged continued military support for Peru.", ["capacity-building"]),
        ("Chile thanked Peru for its support.", []),
        # kit named before its kind, and a defence industry's products, bought
        ("Peru will acquire the Condor air defence system from Chile.", ["arms-trade"]),
        (
            "Peru could buy products of the Chilean defence industry.",
            ["arms-trade", "defence-industry"],
        ),
        ("Peru wants to acquire new skills.", []),
        # made as one
        ("They will look at what they could develop together.", ["co-development"]),
        (
            "They agreed to join hands for the development of defence technologies.",
            ["co-development"],
        ),
        ("They agreed to develop together their relations.", []),
        # a warship's visit to a port; a state's aggression deterred; denuclearising
        (
            "A Chilean frigate will visit Callao in March.",
            ["logistics-access", "maritime-security"],
        ),
        ("A Chilean minister will visit Callao in March.", []),
        ("They discussed ways to deter aggression.", ["regional-security"]),
        ("They backed efforts to denuclearize the peninsula.", ["nuclear"]),
        # help sent after a disaster; rescue operations
        ("Chile sent aid after the earthquakes that struck Peru.", ["humanitarian-assistance"]),
        ("They agreed to set up a hurricane aid cell.", ["humanitarian-assistance"]),
        ("They signed an accord on rescue and salvage operations.", ["humanitarian-assistance"]),
        ("Chile sent aid after the talks.", []),
        # a field's words inside a name: a summit's, an institute's
        ("They will attend the AI Impact Summit later this month.", []),
        ("They toured the Defence Institute of Advanced Technology.", []),
        ("They discussed cooperation in AI.", ["artificial-intelligence"]),
        # warships as goods are arms trade, not the sea's security
        ("Peru also placed orders for three Chilean frigates.", ["arms-trade"]),
        ("Chile supplied two warships to Peru.", ["arms-trade"]),
        ("They discussed joint patrols by frigates.", ["maritime-security"]),
        # a defence industry's capacity
        ("They called the accord an investment in industrial capacity.", ["defence-industry"]),
        ("They discussed ways to boost production capacity at the plant.", []),
    ],
)
def test_areas_of_the_sixteenth_session(sentence: str, want: list[str]) -> None:
    assert _areas(sentence) == want


def _visits(body: str, published: dt.date) -> list[tuple[str, list[str], object]]:
    report = defrel.parse(body, published=published)
    return [
        (m.status.value, [p.name for p in m.participants], m.date_window)
        for m in report.meetings
        if m.kind.value == "visit"
    ]


# "A invited B to visit X in December": B visits (A invites), in the coming December (a
# month without its year, after the cue); "was invited by A to visit" keeps its subject.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Weiss invited Kopp to visit Chile in December.",
            [("planned", ["Maria Kopp"], (dt.date(2022, 12, 1), dt.date(2022, 12, 31)))],
        ),
        (
            "Weiss invited Kopp to visit Chile in December 2021.",
            [("planned", ["Maria Kopp"], None)],
        ),
        (
            "Weiss, who was invited by Kopp to visit Peru again, thanked her.",
            [("planned", ["Anton Weiss", "Maria Kopp"], None)],
        ),
    ],
)
def test_the_one_invited_visits(sentence: str, want: list[tuple[str, list[str], object]]) -> None:
    body = (
        "Defence Minister Anton Weiss of Chile met Peruvian Defence Minister Maria Kopp in "
        "Lima on Monday. " + sentence
    )
    assert _visits(body, dt.date(2022, 11, 22)) == want


# An envoy named by the city of their post is not where the meeting was.
def test_an_envoy_in_a_city_is_no_venue() -> None:
    body = (
        "Defence Minister Anton Weiss met Peruvian Army Chief General Ivo Ruiz on Thursday. "
        "Attending the meeting was the Peruvian ambassador in Santiago."
    )
    report = defrel.parse(body, published=dt.date(2024, 1, 5))
    assert [m.location for m in report.meetings] == [None]
    there = "Defence Minister Anton Weiss met Peruvian Army Chief General Ivo Ruiz in Santiago."
    report = defrel.parse(there, published=dt.date(2024, 1, 5))
    assert [m.location for m in report.meetings] == ["Santiago"]


# The pair as one subject of more verbs, "his" or not before "counterpart".
def test_the_pair_revealed() -> None:
    body = (
        "Chilean Defence Minister Anton Weiss and Peruvian counterpart Maria Kopp revealed on "
        "Tuesday that the two navies will train together."
    )
    assert _meetings(body) == [("talks", "held", _PAIR, _SIDES)]


# A phrase of the clause in quotation marks stays in the action (in small letters, after a
# word, up to 100 characters); ', according to' after its closing mark ends the action; a
# country's purchase (procurement) that "will allow" something is no party acting.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            (
                'They agreed to explore options for cooperation in "joint investment, research and '
                'technology development," according to the ministry.'
            ),
            [
                (
                    "agreed",
                    (
                        'explore options for cooperation in "joint investment, research and '
                        "technology development"
                    ),
                    _SIDES,
                )
            ],
        ),
        (
            'They agreed to hold "the largest joint drill in the history of the navies" in May.',
            [("agreed", 'hold "the largest joint drill in the history of the navies"', _SIDES)],
        ),
        (
            'Weiss said: "We will train together. We will build ships."',
            [("will", "train together", _SIDES), ("will", "build ships", ["CHL"])],
        ),
        (
            "Kopp said Peru's procurement of the drones will allow more sharing of patrols.",
            [],
        ),
    ],
)
def test_quoted_phrases_in_actions(sentence: str, want: list[tuple[str, str, list[str]]]) -> None:
    body = "Defence Minister Anton Weiss of Chile met Maria Kopp of Peru in Lima on Monday. "
    assert _commitments(body + sentence) == want


def test_an_event_noun_after_a_plural_office_is_no_name() -> None:
    body = "Chile and Peru discussed the plan at the Defence Ministers Conference in Lima."
    report = defrel.parse(body, published=dt.date(2024, 1, 3))
    assert [a.name for a in report.actors] == []


# An office of two words or more named bare again stands for whom it stood for before,
# not for a person named since who holds no such office by name; "the minister" alone is
# whoever was named last.
def test_a_bare_office_named_again() -> None:
    body = (
        "Anton Weiss hailed the new pact with Peru. The Defence Secretary said ties were "
        "strong. The pact was discussed by Chancellor Karl Roth and Sir Ivo Ruiz at a summit. On "
        "Thursday, the Defence Secretary will travel to Lima."
    )
    report = defrel.parse(body, published=dt.date(2024, 1, 3))
    titles = {
        a.name: [body[s.start : s.end] for s in a.spans if s.role == "title"] for a in report.actors
    }
    assert titles["Anton Weiss"] == ["The Defence Secretary", "the Defence Secretary"]


# A plural office before a list of names: each holder takes it in the singular; the plural
# word opens no name.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Ministers Anton Weiss of Chile and Maria Kopp of Peru met in Lima on Monday.",
            [("Anton Weiss", "Minister"), ("Maria Kopp", "Minister")],
        ),
        (
            "Defence Ministers Anton Weiss of Chile and Maria Kopp of Peru met in Lima.",
            [("Anton Weiss", "Defence Minister"), ("Maria Kopp", "Defence Minister")],
        ),
        ("Presidents Anton Weiss and Maria Kopp met in Lima on Monday.", ["Anton Weiss"]),
    ],
)
def test_a_plural_office_before_names(body: str, want: list[object]) -> None:
    report = defrel.parse(body, published=dt.date(2024, 1, 3))
    if isinstance(want[0], tuple):
        assert sorted((a.name, a.title) for a in report.actors) == want
    else:
        assert [a.name for a in report.actors if a.name.startswith("Anton")] == want
