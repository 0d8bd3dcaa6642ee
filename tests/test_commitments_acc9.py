"""Commitment rules of the ninth round (unseen-text accuracy), through the whole pipeline.

Every sentence here is written for these tests; each rule has rows where it must fire and
rows where it must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

import defrel
from defrel._commitments import _Defaults, _encounter
from defrel._model import Actor, Country, Meeting, Span
from defrel._types import Mentions, PersonMention

PUB = dt.date(2024, 3, 5)  # a Tuesday


def _parties(body: str) -> dict[str, set[str]]:
    """Each commitment's action, with the codes of its parties."""
    report = defrel.parse(body, published=PUB)
    return {c.action: {p.code for p in c.parties} for c in report.commitments}


# A fronted place ("In Ruritania, ...") is no side, unless the subject after it names that
# country again (a person of that side, "Commander Ruritania Air Force").
@pytest.mark.parametrize(
    ("body", "action", "codes"),
    [
        (
            (
                "Indian Air Force chief Air Chief Marshal Raj Kumar reached Chile on Monday.\n\n"
                "In Chile, Air Chief Marshal Kumar and his counterpart Major General Ana Ruiz, "
                "Commander Chile Air Force, will review the air links between the two "
                "countries.\n"
            ),
            "review the air links between the two countries",
            {"IND", "CHL"},
        ),
        (
            # Negative: the place alone, the visitor acts.
            (
                "Indian Air Force chief Air Chief Marshal Raj Kumar reached Chile on Monday.\n\n"
                "In Chile, Air Chief Marshal Kumar will tour the flying school.\n"
            ),
            "tour the flying school",
            {"IND"},
        ),
    ],
)
def test_fronted_place_named_again(body: str, action: str, codes: set[str]) -> None:
    assert _parties(body)[action] == codes


# "with" after a comma opens an aside ("..., with Ruritanian staff present"), not a partner
# of the act: the sides named in the subject stay bound.
@pytest.mark.parametrize(
    ("body", "action", "codes"),
    [
        (
            (
                "Peru and Chile on Monday agreed to widen naval drills, with Chilean officers "
                "present as observers.\n"
            ),
            "widen naval drills, with Chilean officers present as observers",
            {"PER", "CHL"},
        ),
        (
            # Negative: a partner right after the verb's object.
            (
                "Peru and Chile met in Lima on Monday.\n\nPeru agreed to widen naval drills "
                "with Chile.\n"
            ),
            "widen naval drills with Chile",
            {"PER"},
        ),
    ],
)
def test_aside_with_is_no_partner(body: str, action: str, codes: set[str]) -> None:
    assert _parties(body)[action] == codes


def _defaults_of_two_bilaterals() -> tuple[_Defaults, Country, Country, Country]:
    """A host (Peru) in two bilaterals: with Chile (spoken of last) and with Brazil."""
    per, chl, bra = Country("PER", "Peru"), Country("CHL", "Chile"), Country("BRA", "Brazil")
    meetings = (
        Meeting(countries=(per, bra), spans=(Span(0, 5, "trigger"),)),
        Meeting(countries=(per, chl), spans=(Span(10, 15, "trigger"),)),
    )
    return _Defaults.of(meetings, ()), per, chl, bra


# A paragraph naming no side's person ("They agreed to ...") speaks of the encounter of the
# last person named before it who is not of the side every meeting shares.
@pytest.mark.parametrize(
    ("people", "want"),
    [
        # Brazil's minister named last before the paragraph (then the host): the Brazil pair.
        ((("Marcos Prado", "BRA", 100), ("Juan Soto", "PER", 130)), {"PER", "BRA"}),
        # Negative: Chile's minister named last: the pair last spoken of stays.
        ((("Marcos Prado", "BRA", 100), ("Ana Ruiz", "CHL", 130)), {"PER", "CHL"}),
        # Negative: no one of a side before: the pair last spoken of.
        ((("Juan Soto", "PER", 130),), {"PER", "CHL"}),
    ],
)
def test_encounter_of_the_paragraph_before(
    people: tuple[tuple[str, str, int], ...], want: set[str]
) -> None:
    defaults, per, chl, bra = _defaults_of_two_bilaterals()
    by_code = {"PER": per, "CHL": chl, "BRA": bra}
    actors = tuple(Actor(name, country=by_code[code]) for name, code, _ in people)
    mentions = Mentions(
        actors=actors,
        people=tuple(
            PersonMention(at, at + len(name), i, "full") for i, (name, _, at) in enumerate(people)
        ),
    )
    # The cue's paragraph starts at 200 and names no one.
    got = _encounter(mentions, defaults, defaults.at(250), 200, 300, 0)
    assert {c.code for c in got} == want


def test_encounter_in_the_paragraph_wins() -> None:
    """Negative: a person of a side in the cue's paragraph: the earlier one is not read."""
    defaults, _per, chl, bra = _defaults_of_two_bilaterals()
    actors = (Actor("Marcos Prado", country=bra), Actor("Ana Ruiz", country=chl))
    mentions = Mentions(
        actors=actors,
        people=(PersonMention(100, 112, 0, "full"), PersonMention(210, 218, 1, "full")),
    )
    got = _encounter(mentions, defaults, defaults.at(250), 200, 300, 0)
    assert {c.code for c in got} == {"PER", "CHL"}


# A thing as subject that "will provide a basis" or "will set a framework": a forecast of its
# effect, not an act; a party that will provide or set up something acts.
@pytest.mark.parametrize(
    ("body", "actions"),
    [
        (
            (
                "Peru and Chile signed a defence pact in Lima on Monday.\n\nThe signed memorandum "
                "will set a framework for joint patrols, the minister said.\n"
            ),
            set(),
        ),
        (
            (
                "Peru and Chile signed a defence pact in Lima on Monday.\n\nThe minister said the "
                "pact will provide a firm basis for naval ties.\n"
            ),
            set(),
        ),
        (
            # Negative: a country provides.
            (
                "Peru and Chile signed a defence pact in Lima on Monday.\n\nChile will provide ten "
                "patrol boats to Peru.\n"
            ),
            {"provide ten patrol boats to Peru"},
        ),
        (
            # Negative: the parties set up.
            (
                "Peru and Chile signed a defence pact in Lima on Monday.\n\nThe two ministries "
                "will set up a joint working group.\n"
            ),
            {"set up a joint working group"},
        ),
    ],
)
def test_thing_that_provides_or_sets(body: str, actions: set[str]) -> None:
    assert set(_parties(body)) == actions


def _modalities(body: str) -> dict[str, str]:
    """Each commitment's action, with its modality."""
    report = defrel.parse(body, published=PUB)
    return {c.action: c.modality.value for c in report.commitments}


# "agreements are planned to be signed": the sides' plan (intend); an event's schedule ("is
# planned to be held") or its course ("were planned to last") is none.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nSeveral new accords "
                "are planned to be signed in the naval field between the two countries.\n"
            ),
            {"be signed in the naval field between the two countries": "intend"},
        ),
        (
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nThe next round is "
                "planned to be held in Santiago in May.\n"
            ),
            {},
        ),
        (
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nThe drills were planned "
                "to last a week.\n"
            ),
            {},
        ),
    ],
)
def test_planned_to_be_done(body: str, want: dict[str, str]) -> None:
    assert _modalities(body) == want


# "agreed on holding drills": the act agreed, in -ing; not "agreed on something".
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nThe ministers agreed on "
                "holding joint naval drills.\n"
            ),
            {"holding joint naval drills": "agreed"},
        ),
        (
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nThe ministers agreed "
                "upon further sharing radar data.\n"
            ),
            {"further sharing radar data": "agreed"},
        ),
        (
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nThe ministers agreed on "
                "something important.\n"
            ),
            {},
        ),
        (
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nThe ministers agreed on "
                "meeting dates.\n"
            ),
            {},
        ),
    ],
)
def test_agreed_on_doing(body: str, want: dict[str, str]) -> None:
    assert _modalities(body) == want


# "commitment to curb these crimes": a word the verb list lacks, before its object's
# determiner, is a verb; a noun ("commitment to peace in the region") or a determiner
# ("commitment to all the accords") is not.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nThe commission "
                "re-affirmed its commitment to curb these and other crimes.\n"
            ),
            {"curb these and other crimes": "committed"},
        ),
        (
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nThe ministers "
                "reaffirmed their commitment to peace in the region.\n"
            ),
            {},
        ),
        (
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nThe ministers "
                "reaffirmed their commitment to all the accords.\n"
            ),
            {},
        ),
        (
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nThe ministers "
                "reaffirmed their commitment to cooperation the two navies began.\n"
            ),
            {},
        ),
    ],
)
def test_commitment_to_a_verb_before_its_object(body: str, want: dict[str, str]) -> None:
    assert _modalities(body) == want


# A modal in the clause of "agreed (that)", "decided that", "vowed that" takes that verb's
# modality; a modal in a relative clause ("a pact that will") or a clause of its own keeps
# its own.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nThe ministers agreed "
                "today that the next joint cabinet will take place in Peru.\n"
            ),
            {"take place in Peru": "agreed"},
        ),
        (
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nThe two countries also "
                "agreed Peru’s defence minister will visit Santiago in May.\n"
            ),
            {"visit Santiago": "agreed"},
        ),
        (
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nThe ministers decided "
                "that the two navies will hold a joint drill.\n"
            ),
            {"hold a joint drill": "decided"},
        ),
        (
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nThe Chilean minister "
                "vowed that his country will stand by its neighbour.\n"
            ),
            {"stand by its neighbour": "committed"},
        ),
        (
            # Negative: a relative clause of the thing agreed.
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nThe ministers agreed "
                "to a new pact that will deepen naval ties.\n"
            ),
            {"a new pact that will deepen naval ties": "agreed"},
        ),
        (
            # Negative: a sentence of its own.
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nThe ministers agreed "
                "on a training plan. Chile will send ten boats.\n"
            ),
            {"send ten boats": "will"},
        ),
    ],
)
def test_modal_governed_by_agreement(body: str, want: dict[str, str]) -> None:
    got = _modalities(body)
    assert {k: v for k, v in got.items() if k in want} == want


# "we will see greater results": an outcome foreseen, not an act; "will see off" or "will
# see the minister" (a meeting) are read as before.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\n\u201cWith this pact, "
                "we will see even greater results in the years ahead,\u201d Soto said.\n"
            ),
            {},
        ),
        (
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\n\u201cWe will see the "
                "benefits of the accord soon,\u201d Soto said.\n"
            ),
            {},
        ),
        (
            # Negative: a plan.
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nChile will send a "
                "frigate to see the joint drill.\n"
            ),
            {"send a frigate to see the joint drill": "will"},
        ),
    ],
)
def test_results_foreseen(body: str, want: dict[str, str]) -> None:
    assert _modalities(body) == want


# "and <a new subject> will / is expected to": a clause of its own, with its own modal and
# sides; not a subject of two joined by "and" ("ensure that A and B will"), nor a relative
# clause ("projects that will").
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nPeru will send ten "
                "trainers and Chile will host the course.\n"
            ),
            {"send ten trainers": "will", "host the course": "will"},
        ),
        (
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nPeru’s army chief will "
                "visit Chile next year and a Chilean naval delegation is expected to visit Peru "
                "in return.\n"
            ),
            {"visit Chile": "will", "visit Peru in return": "expected"},
        ),
        (
            # Negative: a relative clause.
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nThe two countries will "
                "pursue joint projects and programs that will create jobs.\n"
            ),
            {"pursue joint projects and programs that will create jobs": "will"},
        ),
        (
            # Negative: two sides joined in one subject.
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nThe ministers intend to "
                "train more cadets to ensure that Peru and Chile will respond fast in a "
                "disaster.\n"
            ),
            {
                "train more cadets to ensure that Peru and Chile will respond fast in a "
                "disaster": "intend"
            },
        ),
    ],
)
def test_and_a_new_clause_with_its_modal(body: str, want: dict[str, str]) -> None:
    assert _modalities(body) == want


# The clause after "and" has its own subject: its sides only ("and Chile will host").
@pytest.mark.parametrize(
    ("body", "action", "codes"),
    [
        (
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nPeru will send ten "
                "trainers and Chile will host the course.\n"
            ),
            "host the course",
            {"CHL"},
        ),
        (
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nPeru’s army chief will "
                "visit Chile next year and a Chilean naval delegation is expected to visit Peru "
                "in return.\n"
            ),
            "visit Peru in return",
            {"CHL"},
        ),
        (
            # Negative: "where A and B will": one subject of two.
            (
                "Peru and Chile held defence talks in Lima on Monday.\n\nPeru will train the "
                "cadets in Lima, where Peru and Chile will sign a naval accord.\n"
            ),
            "train the cadets in Lima, where Peru and Chile will sign a naval accord",
            {"PER"},
        ),
    ],
)
def test_the_clause_after_and(body: str, action: str, codes: set[str]) -> None:
    assert _parties(body)[action] == codes
