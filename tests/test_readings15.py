"""Readings of the fifteenth session, each a general rule with rows where it must not fire.

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


def _statements(body: str) -> list[tuple[str | None, str, str]]:
    report = defrel.parse(body, published=dt.date(2024, 1, 3))
    return [
        (s.speaker.name if s.speaker else None, s.kind.value, s.text) for s in report.statements
    ]


def _meetings(body: str) -> list[tuple[str, list[str], list[str]]]:
    report = defrel.parse(body, published=dt.date(2024, 1, 3))
    return [
        (m.kind.value, [p.name for p in m.participants], sorted(c.code for c in m.countries))
        for m in report.meetings
    ]


# "signed an agreement to X": a time between the agreement and its "to" (as "agreed on
# Monday to" allows) keeps the agreement's act.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Norway and Chile signed an agreement on Monday to create a joint engineering unit.",
            [("agreed", "create a joint engineering unit", ["CHL", "NOR"])],
        ),
        (
            "Norway and Chile signed an agreement yesterday to create a joint engineering unit.",
            [("agreed", "create a joint engineering unit", ["CHL", "NOR"])],
        ),
        ("There was no agreement yet to hold drills.", []),
    ],
)
def test_an_agreement_with_its_day(sentence: str, want: list[tuple[str, str, list[str]]]) -> None:
    assert _commitments(sentence) == want


# "agreed upon" + a preposition in -ing ("during", "following") is a participle that names
# past talks, not the act agreed in -ing ("agreed upon holding drills").
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("The accord carries out the cooperation agreed upon during their July meeting.", []),
        ("The accord carries out the cooperation agreed on following their talks in May.", []),
        (
            "The two sides agreed upon holding joint drills next year.",
            [("agreed", "holding joint drills", ["CHL", "NOR"])],
        ),
    ],
)
def test_agreed_upon_during(sentence: str, want: list[tuple[str, str, list[str]]]) -> None:
    assert _commitments(sentence) == want


# A visit's arrangements and a superseded plan bind no side; ties that "develop" are a
# prediction, a party that develops something acts.
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("She will be accompanied by the chief of staff, General Luc Moreau.", []),
        ("The contract, initially expected to be finalized by late 2023, is facing delays.", []),
        (
            "The minister said Norway-Chile defence ties would further develop in the years ahead.",
            [],
        ),
        (
            "The contract for the remaining frigates is expected to be finalized by late 2025.",
            [
                (
                    "expected",
                    (
                        "The contract for the remaining frigates is expected to be finalized "
                        "by late 2025"
                    ),
                    ["CHL", "NOR"],
                )
            ],
        ),
        (
            "Norway will develop a new frigate with Chile.",
            [("will", "develop a new frigate with Chile", ["NOR"])],
        ),
    ],
)
def test_arrangements_plans_and_predictions(
    sentence: str, want: list[tuple[str, str, list[str]]]
) -> None:
    assert _commitments(sentence) == want


# A document of a body speaks for the body: "a ministry of defence statement", "a Navy
# press release", a body by its initials (spelt out where the text spells them out), and
# "the press release added" after it.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "The two sides discussed maritime security, a ministry of defense statement said.",
            [("Ministry of Defense", "reported", "The two sides discussed maritime security")],
        ),
        (
            "The two sides discussed maritime security, the Navy press release added.",
            [("Navy", "reported", "The two sides discussed maritime security")],
        ),
        (
            (
                "The Royal Ruritanian Navy (RRN) hosted the talks. The two sides discussed "
                "maritime security, an RRN press release said. The visit will deepen ties "
                "between the two navies, the press release added."
            ),
            [
                ("Royal Ruritanian Navy", "reported", "The two sides discussed maritime security"),
                (
                    "Royal Ruritanian Navy",
                    "reported",
                    "The visit will deepen ties between the two navies",
                ),
            ],
        ),
        ("The two sides discussed maritime security, the defence statement said.", []),
    ],
)
def test_a_document_of_a_body(body: str, want: list[tuple[str | None, str, str]]) -> None:
    got = _statements(_MET + body)
    assert [s for s in got if s[1] == "reported"] == want


# After a verb other than "said", a bare clause may open on a name and a verb in the past.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "The Defence Ministry in a statement said its minister held a video call with "
                "Soto. The statement added Soto also congratulated Lindqvist on his appointment."
            ),
            [
                ("Ministry of Defence", "reported", "its minister held a video call with Soto"),
                (
                    "Ministry of Defence",
                    "reported",
                    "Soto also congratulated Lindqvist on his appointment",
                ),
            ],
        ),
        (
            "Soto stressed Norway contributed ships to the mission.",
            [("Ana Soto", "reported", "Norway contributed ships to the mission")],
        ),
        ("Soto thanked Norway for the support.", []),
    ],
)
def test_a_bare_clause_on_a_name(body: str, want: list[tuple[str | None, str, str]]) -> None:
    got = _statements(_MET + body)
    assert [s for s in got if s[1] == "reported"] == want


# "received a courtesy call from X" is an encounter in person (not a call, not a hosting
# with nobody named), and one of its own beside the call before it.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Malaysian Defence Minister Aziz Rahman received a courtesy call from "
                "Bangladesh High Commissioner Karim Uddin."
            ),
            [("talks", ["Aziz Rahman", "Karim Uddin"], ["BGD", "MYS"])],
        ),
        (
            (
                "Malaysian Defence Minister Aziz Rahman and his Indonesian counterpart Budi "
                "Santoso held a video conference today. Prior to the video conference, Aziz also "
                "received a courtesy call from Bangladesh High Commissioner Karim Uddin."
            ),
            [
                ("call", ["Aziz Rahman", "Budi Santoso"], ["IDN", "MYS"]),
                ("talks", ["Aziz Rahman", "Karim Uddin"], ["BGD", "MYS"]),
            ],
        ),
    ],
)
def test_a_courtesy_call_received(body: str, want: list[tuple[str, list[str], list[str]]]) -> None:
    assert _meetings(body) == want


# "A held talks with B. The visiting general also met C": an office the text gives no name
# to, subject of a verb of meeting, is the one of the pair before whose side is not C's,
# and meeting C is an encounter of its own. Not for a subject of several, nor for a noun
# cue ("During their meeting, A and B ...").
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Indian Army chief General Ravi Kumar held talks with Nepal Defence Minister "
                "Bal Rai on Monday. The visiting general also met Nepal army chief General "
                "Mohan Sigdel."
            ),
            [
                ("talks", ["Ravi Kumar", "Bal Rai"], ["IND", "NPL"]),
                ("talks", ["Ravi Kumar", "Mohan Sigdel"], ["IND", "NPL"]),
            ],
        ),
        (
            (
                "Indian Army chief General Ravi Kumar held talks with Nepal Defence Minister "
                "Bal Rai on Monday. The two generals also met Nepal army chief General Mohan "
                "Sigdel."
            ),
            [("talks", ["Ravi Kumar", "Bal Rai", "Mohan Sigdel"], ["IND", "NPL"])],
        ),
        (
            (
                "Indian Army chief General Ravi Kumar held talks with Nepal Defence Minister "
                "Bal Rai on Monday. The talks were also attended by General Mohan Sigdel."
            ),
            [("talks", ["Ravi Kumar", "Bal Rai", "Mohan Sigdel"], ["IND", "NPL"])],
        ),
    ],
)
def test_an_office_that_met_another(
    body: str, want: list[tuple[str, list[str], list[str]]]
) -> None:
    assert _meetings(body) == want


# A building named without its city may be in the city named before ("here at the Naval
# Headquarters"): the same pair there is the same encounter. Two buildings are two places.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "ISLAMABAD: Pakistan Navy chief Admiral Karim Shah and Sri Lankan Navy chief "
                "Admiral Ravi Perera held a meeting here on Thursday. Upon arrival here at the "
                "Naval Headquarters, the visiting admiral was received by Admiral Karim Shah."
            ),
            [("talks", ["Karim Shah", "Ravi Perera"], ["LKA", "PAK"])],
        ),
        (
            (
                "Pakistan Navy chief Admiral Karim Shah and Sri Lankan Navy chief Admiral Ravi "
                "Perera held a meeting at the Naval Headquarters. Perera was then received by "
                "Shah at the Presidential Palace."
            ),
            [
                ("talks", ["Karim Shah", "Ravi Perera"], ["LKA", "PAK"]),
                ("talks", ["Ravi Perera", "Karim Shah"], ["LKA", "PAK"]),
            ],
        ),
    ],
)
def test_a_building_in_the_city(body: str, want: list[tuple[str, list[str], list[str]]]) -> None:
    assert _meetings(body) == want


# A person named after a preposition ("the visit by Prime Minister B") is no subject: "he
# added" and ", adding that" after such a sentence go on with the speaker just quoted.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Lindqvist stressed that the ties have grown. Defence cooperation has deepened "
                "since the visit by Prime Minister Karl Berg, he added."
            ),
            "Arvid Lindqvist",
        ),
        (
            (
                "Lindqvist stressed that the ties have grown. Defence cooperation has deepened "
                "since the visit to Chile by Prime Minister Karl Berg last year, adding that "
                "the sides were working towards the anniversary."
            ),
            "Arvid Lindqvist",
        ),
        (
            (
                "Soto reiterated the point to Minister Karl Berg, noting that the sides were "
                "working towards the anniversary."
            ),
            "Ana Soto",
        ),
    ],
)
def test_no_subject_after_a_preposition(body: str, want: str) -> None:
    assert [s[0] for s in _statements(_MET + body)][-1] == want


def _places(body: str) -> list[tuple[str, str | None, list[str]]]:
    report = defrel.parse(body, published=dt.date(2024, 1, 3))
    return [(m.kind.value, m.location, [p.name for p in m.participants]) for m in report.meetings]


# A place that speaks ("The Pentagon announced", "the Kremlin said") is an institution or a
# government by its seat, not the venue; the seat where someone is hosted stays one.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "The Pentagon announced Friday that US Defense Secretary Tom Hale will visit Panama.",
            [("visit", None, ["Tom Hale"])],
        ),
        (
            "The Kremlin said Friday that Russian Defence Minister Ivan Petrov will visit India.",
            [("visit", None, ["Ivan Petrov"])],
        ),
        (
            "US Defense Secretary Tom Hale hosted Panamanian Minister Luis Vega at the Pentagon.",
            [("talks", "Pentagon", ["Tom Hale", "Luis Vega"])],
        ),
    ],
)
def test_a_place_that_speaks(body: str, want: list[tuple[str, str | None, list[str]]]) -> None:
    assert _places(body) == want


# A sentence that opens on "Signed on (in, at, during, following) …" tells of the accord its
# subject names ("…, this agreement …"): the signing already read, now with its signatories.
def test_signed_on_the_sidelines() -> None:
    body = (
        "Morocco and Rwanda signed a military agreement in Rabat on Wednesday. Signed on the "
        "sidelines of the official visit of the Rwandan Minister of Defence, Jean Habimana, "
        "received by his Moroccan counterpart, Karim Alaoui, this agreement shows the will of "
        "both countries."
    )
    assert _places(body) == [("signing", "Rabat", ["Jean Habimana", "Karim Alaoui"])]


# A body named right before a person's office and name ("Pentagon Spokesperson A B") names
# the office: the person is the subject, not the body.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Pentagon Spokesperson Kari Dahl did not specify which day Lindqvist will "
                "depart for Chile, but said it will be early next week."
            ),
            [("Kari Dahl", "reported", "it will be early next week")],
        ),
        (
            "The Pentagon said Kari Dahl will travel to Chile.",
            [("Pentagon", "reported", "Kari Dahl will travel to Chile")],
        ),
    ],
)
def test_a_body_before_an_office(body: str, want: list[tuple[str | None, str, str]]) -> None:
    assert _statements(body) == want


# "set (scheduled) to be held on 10 October" is a plan: "held" inside it is no past verb,
# and a day with no year falls after the publication date.
@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting of the Nordic defence ministers is set to be held in Oslo on 10 October.",
        "Norway announced the contact group meeting, set to be held in Brussels on 10 October.",
    ],
)
def test_set_to_be_held(sentence: str) -> None:
    report = defrel.parse(sentence, published=dt.date(2023, 10, 9))
    assert [(m.status.value, m.date) for m in report.meetings] == [
        ("planned", dt.date(2023, 10, 10))
    ]


# A visit of one side (the visitor and those of no other state with them) folds into the
# encounter its own sentence tells "during" it, which has no day of its own.
def test_a_delegation_visit_and_its_meeting() -> None:
    body = (
        "Croatian Defence Minister Ivo Kovac said on Thursday during an official visit to "
        "Hungary that the armies cooperate closely. Kovac, accompanied by Admiral Marko Babic, "
        "led a delegation on a visit to Budapest during which the minister held a bilateral "
        "meeting with Hungarian Defence Minister Janos Farkas."
    )
    assert _places(body) == [("talks", "Budapest", ["Ivo Kovac", "Marko Babic", "Janos Farkas"])]


# A cue after "a"/"an" is another encounter, never one told before ("in the framework of a
# virtual meeting"); with nobody named in its sentence, it takes the two people of two states
# the sentence before names, when no record has them yet.
@pytest.mark.parametrize(
    "body",
    [
        (
            "Colombian Defence Minister Ivan Vela and Ecuadorian Defence Minister Luis Lara "
            "agreed to fight crime on the border. The agreement was reached at a virtual "
            "meeting held this week."
        ),
        (
            "The Defence Ministers of Colombia, Ivan Vela, and of Ecuador, General Luis Lara, "
            "agreed to fight crime on the border. The agreement was reached in the framework "
            "of a virtual meeting held this week."
        ),
    ],
)
def test_a_meeting_of_the_pair_before(body: str) -> None:
    report = defrel.parse(body, published=dt.date(2023, 1, 19))
    assert [
        (m.kind.value, [p.name for p in m.participants], sorted(c.code for c in m.countries))
        for m in report.meetings
    ] == [("call", ["Ivan Vela", "Luis Lara"], ["COL", "ECU"])]


# Whom a participant came with, named in a clause about them (", who accompanied Prime
# Minister C"), is not met.
def test_whom_a_participant_accompanies() -> None:
    body = (
        "Turkish Defence Minister Ali Kaya met his Pakistani counterpart Omar Aziz, who "
        "accompanied Prime Minister Imran Shah, in Ankara."
    )
    assert _places(body) == [("talks", "Ankara", ["Ali Kaya", "Omar Aziz"])]


def _actors(body: str) -> list[tuple[str, str | None, str | None]]:
    report = defrel.parse(body, published=dt.date(2024, 1, 3))
    seen: dict[str, tuple[str, str | None, str | None]] = {}
    for m in report.meetings:
        for p in m.participants:
            seen.setdefault(p.name, (p.name, p.title, p.country.code if p.country else None))
    return sorted(seen.values())


# "NAME, the <office>" is an apposition only where no verb follows the office: "In his
# meeting with A, the Egyptian president praised …" names the office as the subject.
def test_an_office_with_its_verb_is_no_apposition() -> None:
    body = (
        "French Defence Minister Jean-Yves Le Drian met Egyptian President Abdel Fattah "
        "Al-Sisi in Cairo. In his meeting with Le Drian, the Egyptian president praised "
        "the ties."
    )
    assert _actors(body) == [
        ("Abdel Fattah Al-Sisi", "President", "EGY"),
        ("Jean-Yves Le Drian", "Defence Minister", "FRA"),
    ]
