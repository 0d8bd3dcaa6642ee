"""Readings of the seventeenth session, each a general rule with rows where it must not fire.

Every sentence here is written for these tests, with fictional people.
"""

from __future__ import annotations

import datetime as dt

import pytest

import defrel

_MET = (
    "Defence Minister Anton Weiss of Chile met his Peruvian counterpart Maria Kopp in Lima on"
    " Monday. "
)


def _commitments(body: str) -> list[tuple[str, str, list[str]]]:
    report = defrel.parse(_MET + body, published=dt.date(2024, 1, 3))
    return [
        (c.modality.value, c.action, sorted(p.code for p in c.parties)) for c in report.commitments
    ]


# A party's stated wish or offer ("Chile hopes to", "desires to", "wishes to", "offered to")
# binds it loosely: a commitment of modality ``other``. Not a wish in a clause that names a
# thing ("what we wish to cooperate in"), one of someone who is no party, nor a wish whose
# verb is no action ("I wish to thank you").
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Weiss said that Chile hopes to work with Peru to keep the sea lanes open.",
            [("other", "work with Peru to keep the sea lanes open", ["CHL"])],
        ),
        (
            "Weiss said Chile desires to expand joint naval patrols with Peru.",
            [("other", "expand joint naval patrols with Peru", ["CHL"])],
        ),
        (
            "Peru wishes to buy two patrol boats from Chile.",
            [("other", "buy two patrol boats from Chile", ["PER"])],
        ),
        (
            (
                "They discussed the regional forum, which Weiss offered to host next spring in"
                " Santiago, the ministry said."
            ),
            [("other", "host next spring in Santiago", ["CHL"])],
        ),
        ("Chile offered to train Peruvian pilots.", [("other", "train Peruvian pilots", ["CHL"])]),
        # a third party's offer binds no party
        ("India offered to train Peruvian pilots.", []),
        ('"The paper holds every detail of what we wish to cooperate in," Weiss said.', []),
        ('"I wish to thank you for your hospitality," Weiss said.', []),
        ("Analysts hope to see calmer seas.", []),
        ("Peru had hoped to buy patrol boats from Chile.", []),
    ],
)
def test_a_partys_wish_or_offer(sentence: str, want: list[tuple[str, str, list[str]]]) -> None:
    assert _commitments(sentence) == want


# "The goal is to ...", the sentence opening on a goal nobody owns, tells a body's aim (the
# forum's, the programme's), not a plan of the parties; in a speaker's quotation it is the
# speaker's, and a goal with its owner ("their goal") stays a plan.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            (
                "The forum was founded in 2010 and has nine members. The goal is to make the"
                " ocean a zone of peace."
            ),
            [],
        ),
        (
            "The forum has nine members. The main goal is to make the ocean a zone of peace.",
            [],
        ),
        (
            '"The main goal is to deepen naval ties," Weiss said.',
            [("intend", "deepen naval ties", ["CHL", "PER"])],
        ),
        (
            "The ministers said their goal is to deepen naval ties.",
            [("intend", "deepen naval ties", ["CHL", "PER"])],
        ),
    ],
)
def test_a_goal_nobody_owns(sentence: str, want: list[tuple[str, str, list[str]]]) -> None:
    assert _commitments(sentence) == want


# Gerunds after a preposition ("projects aimed at securing A and supporting B") share the
# one action they serve: no second commitment at "and supporting". A list of gerunds that
# are the actions themselves ("committed to enhancing A, improving B") is still cut.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            (
                "They pledged to work on projects aimed at securing the coast and supporting"
                " regional efforts to curb piracy."
            ),
            [
                (
                    "committed",
                    (
                        "work on projects aimed at securing the coast and supporting regional"
                        " efforts to curb piracy"
                    ),
                    ["CHL", "PER"],
                )
            ],
        ),
        (
            (
                "Both sides committed to enhancing naval ties, improving pilot training and"
                " expanding exercises."
            ),
            [
                ("committed", "enhancing naval ties", ["CHL", "PER"]),
                ("committed", "improving pilot training", ["CHL", "PER"]),
                ("committed", "expanding exercises", ["CHL", "PER"]),
            ],
        ),
    ],
)
def test_gerunds_of_a_preposition(sentence: str, want: list[tuple[str, str, list[str]]]) -> None:
    assert _commitments(sentence) == want


# Past a relative clause between commas (", which can be built jointly,"), the cue's next
# coordinated verb goes on ("and find areas for research"): a commitment of its own. A
# clause that goes on with no verb of a plan ("and the talks ended") adds none.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            (
                "They agreed to identify drone systems, which can be jointly built, and find areas"
                " for joint research."
            ),
            [
                ("agreed", "identify drone systems", ["CHL", "PER"]),
                ("agreed", "find areas for joint research", ["CHL", "PER"]),
            ],
        ),
        (
            (
                "They agreed to set up a joint panel, which will meet twice a year, and expand"
                " naval exercises."
            ),
            [
                ("agreed", "set up a joint panel", ["CHL", "PER"]),
                ("agreed", "expand naval exercises", ["CHL", "PER"]),
            ],
        ),
        (
            "They agreed to set up a joint panel, which met in May, and the talks ended.",
            [("agreed", "set up a joint panel", ["CHL", "PER"])],
        ),
    ],
)
def test_a_verb_past_a_relative_clause(
    sentence: str, want: list[tuple[str, str, list[str]]]
) -> None:
    assert _commitments(sentence) == want


# The verbs of a plan's steps start a coordinated action of their own: "achieve", "equip",
# "standardise" and the like, as "expand" and "train" do.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            (
                "Both sides agreed to expand the scope of their drills, achieve full"
                " interoperability and standardise their procedures."
            ),
            [
                ("agreed", "expand the scope of their drills", ["CHL", "PER"]),
                ("agreed", "achieve full interoperability", ["CHL", "PER"]),
                ("agreed", "standardise their procedures", ["CHL", "PER"]),
            ],
        ),
        # a noun after "and" stays in the action
        (
            "Both sides agreed to expand drills and training.",
            [("agreed", "expand drills and training", ["CHL", "PER"])],
        ),
    ],
)
def test_verbs_of_a_plans_steps(sentence: str, want: list[tuple[str, str, list[str]]]) -> None:
    assert _commitments(sentence) == want


# A colon after the action's head noun ("in several key areas:", "including:") opens the
# list that is the action's object: the action runs on to the list's end. A colon after
# anything else still ends it.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            (
                "Under the pact, the two sides intend to collaborate in several key areas: pilot"
                " training, joint drills, logistics and military medicine."
            ),
            [
                (
                    "intend",
                    (
                        "collaborate in several key areas: pilot training, joint drills, logistics"
                        " and military medicine"
                    ),
                    ["CHL", "PER"],
                )
            ],
        ),
        (
            'The two sides agreed to deepen ties: "We are friends," Weiss said.',
            [("agreed", "deepen ties", ["CHL", "PER"])],
        ),
    ],
)
def test_a_list_after_a_colon(sentence: str, want: list[tuple[str, str, list[str]]]) -> None:
    assert _commitments(sentence) == want


# A desire "to see" a state of things is a wish for it, not an act the parties bind
# themselves to; a desire to act still is.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ('"We desire to see the deepening of this cooperation," Weiss said.', []),
        (
            "Both countries expressed a desire to deepen their naval ties.",
            [("other", "deepen their naval ties", ["CHL", "PER"])],
        ),
    ],
)
def test_a_desire_to_see(sentence: str, want: list[tuple[str, str, list[str]]]) -> None:
    assert _commitments(sentence) == want


# "will not (never)" right after the modal, before a verb of an act or of a refusal, is a
# pledge to refrain: a commitment whose action is read from "not". Not a feeling ("will
# never forget"), an absence ("will not visit"), a forecast of a thing ("the decision will
# not decrease"), nor a "not" after a comma.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "The two ministers said they will not accept any attempt to change borders by force.",
            [("will", "not accept any attempt to change borders by force", ["CHL", "PER"])],
        ),
        (
            "Weiss said Chile will never allow its territory to be used against Peru.",
            [("will", "never allow its territory to be used against Peru", ["CHL"])],
        ),
        (
            "Chile will not only train Peruvian pilots but also supply two jets.",
            [("will", "not only train Peruvian pilots but also supply two jets", ["CHL"])],
        ),
        ('"We will never forget your help," Weiss said.', []),
        ("Weiss will not visit Cusco this year.", []),
        ("Weiss said the decision will not decrease Chile's role in the region.", []),
        ('"We will not stop," Weiss said.', []),
    ],
)
def test_a_pledge_to_refrain(sentence: str, want: list[tuple[str, str, list[str]]]) -> None:
    assert _commitments(sentence) == want


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


# Two people named in full with the offices of two countries, as one subject of a joint
# verb ("US Secretary A and Canadian Minister B agreed (reaffirmed) ..."), tell of their
# encounter, as "A and his counterpart B" did. Not two of one side, and not a pair named
# again by surnames (the encounter was told before).
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            (
                "US Secretary of Defense John Smith and Canadian Minister of National Defence Paul"
                " Roy agreed to boost their strategic cooperation, the Pentagon said."
            ),
            [("talks", "held", ["John Smith", "Paul Roy"], ["CAN", "USA"])],
        ),
        (
            (
                "Canadian Defence Minister Paul Roy and Chief of Defence Staff General Anne"
                " Tremblay agreed to boost the army's budget."
            ),
            [],
        ),
    ],
)
def test_two_sides_as_one_subject(
    sentence: str, want: list[tuple[str, str, list[str], list[str]]]
) -> None:
    assert _meetings(sentence) == want


def _people(body: str) -> list[tuple[str, str | None]]:
    report = defrel.parse(body, published=dt.date(2024, 1, 3))
    return [(a.name, a.title) for a in report.actors]


# A headline's document word after its speakers' names ("... Parly Opening Remarks at
# Bilateral Meeting") is no part of a name; a transcript's label that gives the office
# before the name in capitals ("SECRETARY OF DEFENSE JOHN A. SMITH III:") names that
# person with that office.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Secretary of Defense John Smith and French Minister of the Armed Forces Anne Roux"
                " Opening Remarks at Bilateral Meeting\n\nThe two met at the Pentagon."
            ),
            [
                ("John Smith", "Secretary of Defense"),
                ("Anne Roux", "Minister of the Armed Forces"),
            ],
        ),
        (
            "SECRETARY OF DEFENSE JOHN A. SMITH III:  Good morning, and welcome, Minister.",
            [("John A. Smith III", "Secretary of Defense")],
        ),
    ],
)
def test_headline_words_and_office_labels(body: str, want: list[tuple[str, str | None]]) -> None:
    assert _people(body) == want


# A transcript turn whose label gives a long office before the name, in capitals, is that
# person's: every paragraph up to the next label.
def test_a_turn_under_a_long_office_label() -> None:
    body = (
        "Secretary of Defense John A. Smith and French Minister of the Armed Forces Anne Roux"
        " Remarks at Bilateral Meeting\n\n"
        "SECRETARY OF DEFENSE JOHN A. SMITH III:  Well, good morning, and thank you for"
        " joining us today, Minister.\n\n"
        "Our navies work together every day in the Gulf and we will keep doing so.\n\n"
        "MINISTER OF THE ARMED FORCES ANNE ROUX:  Thank you, Mr. Secretary. France is proud"
        " to stand with you."
    )
    report = defrel.parse(body, published=dt.date(2024, 1, 3))
    assert [(s.speaker.name if s.speaker else None, s.text[:24]) for s in report.statements] == [
        ("John A. Smith III", "Well, good morning, and "),
        ("John A. Smith III", "Our navies work together"),
        ("Anne Roux", "Thank you, Mr. Secretary"),
    ]


# An office's acronym with no "the", as the subject of a verb of speech or of an encounter
# ("COAS emphasized"), stands for its holder named before, as "the COAS" does; before a
# name it is that name's title ("COAS Bajwa").
def test_a_bare_office_acronym_as_a_speaker() -> None:
    body = (
        "Chief of Army Staff General Omar Khan met the visiting Bahraini commander on"
        " Tuesday.\n\n"
        "\u201cThere is a need for regional convergence on border security,\u201d COAS"
        " emphasized."
    )
    report = defrel.parse(body, published=dt.date(2024, 1, 3))
    assert [(s.speaker.name if s.speaker else None) for s in report.statements] == ["Omar Khan"]
    assert "COAS" not in [a.name for a in report.actors]


# "The ministers will hold ..." stands for the pair last named even when a record of one of
# them (a visit told in between) came after the pair's own record.
def test_the_ministers_past_a_visit_of_one() -> None:
    body = (
        "Swedish Defence Minister Erik Lind will meet US Defense Secretary Tom Hale near"
        " Stockholm on Wednesday. This is Hale's first visit to the Nordic nation in his role."
        " The ministers will hold a bilateral meeting at Berga Naval Base."
    )
    assert _meetings(body)[-1] == ("talks", "planned", ["Erik Lind", "Tom Hale"], ["SWE", "USA"])
