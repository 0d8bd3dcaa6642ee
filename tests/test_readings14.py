"""Readings of the fourteenth session, each a general rule with rows where it must not fire.

Every sentence here is written for these tests, with fictional people.
"""

from __future__ import annotations

import datetime as dt

import pytest

import defrel

_MET = "Defence Minister Arvid Lindqvist met his Chilean counterpart Ana Soto in Oslo. "


def _commitments(sentence: str) -> list[tuple[str, str, list[str]]]:
    report = defrel.parse(_MET + sentence, published=dt.date(2024, 1, 3))
    return [
        (c.modality.value, c.action, sorted(p.code for p in c.parties)) for c in report.commitments
    ]


# "Committed to" a noun of action: the noun may carry up to three words before it, two of
# them joined by "and"; an office or a value ("the government of", "the integrity of") is no
# action.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            (
                "Looking ahead, the two ministers committed to the swift and complete "
                "implementation of the new training plan."
            ),
            [
                (
                    "committed",
                    "the swift and complete implementation of the new training plan",
                    ["CHL", "NOR"],
                )
            ],
        ),
        (
            "The ministers committed to the full deployment of the coastal radar.",
            [("committed", "the full deployment of the coastal radar", ["CHL", "NOR"])],
        ),
        ("Lindqvist reaffirmed Norway's commitment to the government of Chile.", []),
        ("Both ministers remain committed to the territorial integrity of Ukraine.", []),
        ("Both ministers remain committed to the security and stability of the region.", []),
    ],
)
def test_committed_to_a_noun_of_action(
    sentence: str, want: list[tuple[str, str, list[str]]]
) -> None:
    assert _commitments(sentence) == want


# Right after "commitment to", "building" is the verb ("building on the progress"), and a
# gerund list that opens on it splits at the next gerund as any other does.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            (
                "Lindqvist reaffirmed Norway's commitment to building on the progress of the "
                "talks and further deepening the naval partnership."
            ),
            [
                ("committed", "building on the progress of the talks", ["NOR"]),
                ("committed", "further deepening the naval partnership", ["NOR"]),
            ],
        ),
        (
            "The two ministers committed to building a joint logistics hub in Tromso.",
            [("committed", "building a joint logistics hub in Tromso", ["CHL", "NOR"])],
        ),
    ],
)
def test_committed_to_building(sentence: str, want: list[tuple[str, str, list[str]]]) -> None:
    assert _commitments(sentence) == want


def _statements(body: str) -> list[tuple[str | None, str, str, str]]:
    report = defrel.parse(body, published=dt.date(2024, 1, 3))
    return [
        (s.speaker.name if s.speaker else None, s.channel.value, s.kind.value, s.text)
        for s in report.statements
    ]


# A whole name of two or more words names one person, even where a later mention's office
# is one the gazetteer gives another state.
def test_a_whole_name_is_one_person() -> None:
    body = (
        "Mexican Secretary of National Defense General Ana Maria Roe held a call with US "
        "Defense Secretary John Doe on Tuesday. “Secretary Doe spoke with Secretary of "
        "National Defense General Ana Maria Roe about border security,” the release said."
    )
    report = defrel.parse(body, published=dt.date(2024, 1, 3))
    assert [(a.name, a.country.code if a.country else None) for a in report.actors] == [
        ("Ana Maria Roe", "MEX"),
        ("John Doe", "USA"),
    ]


_OSLO = "Chilean Defence Minister Ana Soto met her Norwegian counterpart Arvid Lindqvist in Oslo. "


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # A short paragraph announcing a post: the quotation that opens the next is the post.
        (
            _OSLO + "\n\nSoto wrote about the talks on Facebook, the agency said.\n\n“Today in "
            "Oslo I met my good friend Arvid Lindqvist. We agreed to train together,” Soto said.",
            [
                (
                    "Ana Soto",
                    "tweet",
                    "direct",
                    (
                        "Today in Oslo I met my good friend Arvid Lindqvist. We agreed to train "
                        "together,"
                    ),
                )
            ],
        ),
        # (a post named inside a longer paragraph of narration is no such note)
        (
            _OSLO + "\n\nSoto, who wrote on Facebook last year that the navies should train "
            "together, arrived on Sunday with a delegation of twelve officers and two "
            "advisers from the navy staff, and she later toured the naval base at Haakonsvern "
            "with her hosts.\n\n“We agreed to train our navies together,” Soto said.",
            [("Ana Soto", "unknown", "direct", "We agreed to train our navies together,")],
        ),
        # "it said" after a statement's quotation: the statement's words, written too.
        (
            _OSLO + "\n\n“The ministers reviewed the naval exercises of last year,” a joint "
            "statement said.\n\n“They agreed to hold the next round of talks in Santiago,” it "
            "said.",
            [
                (
                    None,
                    "statement",
                    "direct",
                    "The ministers reviewed the naval exercises of last year,",
                ),
                (
                    None,
                    "statement",
                    "direct",
                    "They agreed to hold the next round of talks in Santiago,",
                ),
            ],
        ),
        # (after a ministry's spoken words, "it said" names no written medium)
        (
            _OSLO + "\n\nThe ministry said it was pleased. “They agreed to hold the next round "
            "of talks in Santiago,” it said.",
            [
                (
                    None,
                    "unknown",
                    "direct",
                    "They agreed to hold the next round of talks in Santiago,",
                )
            ],
        ),
    ],
)
def test_channels(body: str, want: list[tuple[str | None, str, str, str]]) -> None:
    assert _statements(body) == want


# A relative clause with no commas between the speaker and the verb: the person before
# "who" speaks.
def test_a_relative_clause_without_commas() -> None:
    body = (
        "Chilean Defence Minister Ana Soto who is in Norway this week says the two navies "
        "will train together next year."
    )
    assert _statements(body) == [
        ("Ana Soto", "unknown", "reported", "the two navies will train together next year")
    ]


# "Concurred in" / "concurred on" an act in -ing is agreeing on it (not "concurred in the
# assessment", not "agreed in ...").
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "They concurred in stepping up naval exchanges between both countries.",
            [("agreed", "stepping up naval exchanges between both countries", ["CHL", "NOR"])],
        ),
        (
            "They concurred on holding regular staff talks.",
            [("agreed", "holding regular staff talks", ["CHL", "NOR"])],
        ),
        ("They concurred in the assessment of the region.", []),
        ("The ministers agreed in detailing the plan.", []),
    ],
)
def test_concurred_in(sentence: str, want: list[tuple[str, str, list[str]]]) -> None:
    assert _commitments(sentence) == want


def _meetings(body: str) -> list[tuple[str, str | None, list[str], list[str]]]:
    report = defrel.parse(body, published=dt.date(2024, 1, 3))
    return [
        (
            m.kind.value,
            m.location,
            [p.name for p in m.participants],
            [c.code for c in m.countries],
        )
        for m in report.meetings
    ]


# A deployment's clause does not run across the visit it was announced on: the city visited
# is the venue; where forces go is not.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            (
                "Chilean Defence Minister Ana Soto announced the deployment during a visit to the "
                "Norwegian capital of Oslo on Tuesday."
            ),
            [("visit", "Oslo", ["Ana Soto"], ["CHL", "NOR"])],
        ),
        (
            (
                "Chilean Defence Minister Ana Soto met Norwegian Defence Minister Arvid Lindqvist "
                "and discussed the deployment of Norwegian frigates to Valparaiso."
            ),
            [("talks", None, ["Ana Soto", "Arvid Lindqvist"], ["CHL", "NOR"])],
        ),
    ],
)
def test_deployment_announced_on_a_visit(
    sentence: str, want: list[tuple[str, str | None, list[str], list[str]]]
) -> None:
    assert _meetings(sentence) == want


# An embedded post's "I" is its author, signed on the line after it.
def test_a_post_author_takes_part() -> None:
    body = (
        "Chilean Defence Minister Ana Soto visited Oslo on Tuesday. Norwegian Defence "
        "Minister Arvid Lindqvist hailed the ties of the two navies.\n\n"
        "In Oslo, I met with Defence Minister @lindqvist to discuss how we can help Ukraine.\n"
        "— Ana Soto (@anasoto) January 2, 2024\n\n"
        "The two navies train together every year."
    )
    assert [(k, loc, ppl) for k, loc, ppl, _ in _meetings(body)] == [
        ("talks", "Oslo", ["Ana Soto", "Arvid Lindqvist"])
    ]


# "…, X told a meeting (a conference, a forum) …": the occasion told is an audience, and the
# clause before is X's report.
@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Norway is ready for close cooperation with the Chilean navy, Lindqvist told a "
            "meeting with his Chilean counterpart on Monday."
        ),
        (
            "Norway is ready for close cooperation with the Chilean navy, Lindqvist told a "
            "defence conference in Oslo."
        ),
    ],
)
def test_told_a_meeting(sentence: str) -> None:
    got = _statements(_MET + sentence)
    assert [(who, kind, words) for who, _, kind, words in got] == [
        (
            "Arvid Lindqvist",
            "reported",
            "Norway is ready for close cooperation with the Chilean navy",
        )
    ]


# The state across a border is a place, not a party ("the Norwegian border with Russia"),
# and the other party of a cooperation named is still one.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            (
                "British Defence Secretary John Doe visited the Norwegian border with Russia on "
                "Tuesday."
            ),
            [("visit", None, ["John Doe"], ["GBR", "NOR"])],
        ),
        (
            (
                "British Defence Secretary John Doe visited Norway to discuss cooperation with "
                "Russia on Tuesday."
            ),
            [("visit", None, ["John Doe"], ["GBR", "NOR", "RUS"])],
        ),
    ],
)
def test_a_border_with_a_state(
    sentence: str, want: list[tuple[str, str | None, list[str], list[str]]]
) -> None:
    assert _meetings(sentence) == want


# "STATE said (that) it will ...": "it" is the state that speaks; an impersonal "it" ("it
# will take time") binds nobody, nor an "it" far from a state.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Norway says it will send 40 more engineers to Chile.",
            [("will", "send 40 more engineers to Chile", ["NOR"])],
        ),
        (
            "The Norwegian government announced that it would send engineers to Chile.",
            [("will", "send engineers to Chile", ["NOR"])],
        ),
        ("Norway said it will take time to agree on the plan.", []),
        ("The ministry said it will send engineers to Chile.", []),
    ],
)
def test_it_of_the_state_that_speaks(sentence: str, want: list[tuple[str, str, list[str]]]) -> None:
    assert _commitments(sentence) == want


# "Commitment towards" an act, and a noun of action with no determiner ("commitment to
# implementation of"); not "towards peace" nor "towards the alliance".
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            (
                "Both ministers reaffirmed their commitment towards implementation of the naval "
                "training plan."
            ),
            [("committed", "implementation of the naval training plan", ["CHL", "NOR"])],
        ),
        (
            "Both ministers reaffirmed their commitment towards strengthening naval ties.",
            [("committed", "strengthening naval ties", ["CHL", "NOR"])],
        ),
        ("Norway is committed towards peace.", []),
        ("Norway reaffirmed its commitment towards the alliance.", []),
    ],
)
def test_commitment_towards(sentence: str, want: list[tuple[str, str, list[str]]]) -> None:
    assert _commitments(sentence) == want


# The state a gathering of many is held in, where a side went to attend it, is no side of
# the talks held there; a state visited for a bilateral dialogue is.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            (
                "Japanese Defense Minister Taro Sato, who visited Cambodia to attend the ASEAN "
                "defence ministers' meeting, held talks with Indonesian Defense Minister Budi "
                "Santoso on Tuesday."
            ),
            [("talks", None, ["Taro Sato", "Budi Santoso"], ["JPN", "IDN"])],
        ),
        (
            (
                "Japanese Defense Minister Taro Sato, who is in Cambodia for the regional security "
                "forum, held talks with Indonesian Defense Minister Budi Santoso on Tuesday."
            ),
            [("talks", None, ["Taro Sato", "Budi Santoso"], ["JPN", "IDN"])],
        ),
        (
            (
                "Japanese Defense Minister Taro Sato visited Cambodia for the annual bilateral "
                "dialogue on Tuesday."
            ),
            [("dialogue", None, ["Taro Sato"], ["JPN", "KHM"])],
        ),
    ],
)
def test_the_host_of_a_gathering_attended(
    sentence: str, want: list[tuple[str, str | None, list[str], list[str]]]
) -> None:
    assert _meetings(sentence) == want


# The one named inside such a clause does not speak; an office before "who" still does.
def test_the_one_named_inside_a_relative_clause_does_not_speak() -> None:
    assert _statements(_MET + "The officer who briefed Soto said the navies would train.") == []
    assert _statements(
        _MET + "The Chilean defence minister who hosted Lindqvist said the navies would train."
    ) == [("Ana Soto", "unknown", "reported", "the navies would train")]
