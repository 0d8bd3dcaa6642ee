"""Statement readings of the sixteenth session: general rules, with rows where they must not fire.

Every sentence here is written for these tests, with fictional people.
"""

from __future__ import annotations

import datetime as dt

import pytest

import defrel


def _statements(body: str) -> list[tuple[str | None, str, str]]:
    report = defrel.parse(body, published=dt.date(2024, 1, 3))
    return [
        (s.speaker.name if s.speaker else None, s.kind.value, s.text) for s in report.statements
    ]


_INTRO = (
    "During the talks, Norwegian Defence Minister Arvid Lindqvist stated, welcoming his guest:\n\n"
)
_WELCOME = "Minister, I welcome you and your delegation to Oslo with great joy."
_TALKS = "We have already discussed the training of our navies in our private talks."
_VALUES = "Our two countries share the values of liberty and democracy."


# 'X stated:' then a quotation opened and never closed: the unmarked paragraphs after it,
# in the first person, run the speech on, one statement each.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            _INTRO + f'"{_WELCOME}\n\n{_TALKS}\n\n{_VALUES}',
            [
                ("Arvid Lindqvist", "direct", _WELCOME),
                ("Arvid Lindqvist", "direct", _TALKS),
                ("Arvid Lindqvist", "direct", _VALUES),
            ],
        ),
        (
            _INTRO + f'"{_WELCOME}\n\n{_TALKS}\n\nThe ministers then toured the naval base.',
            [("Arvid Lindqvist", "direct", _WELCOME), ("Arvid Lindqvist", "direct", _TALKS)],
        ),
        # the quotation closed in its paragraph: what follows is no longer his
        (
            _INTRO + f'"{_WELCOME}"\n\n{_TALKS}',
            [("Arvid Lindqvist", "direct", _WELCOME)],
        ),
        # narration in the third person after the open quotation
        (
            _INTRO + f'"{_WELCOME}\n\nThe two ministers then discussed the training of the navies.',
            [("Arvid Lindqvist", "direct", _WELCOME)],
        ),
    ],
)
def test_open_quotation_runs_on(body: str, want: list[tuple[str | None, str, str]]) -> None:
    assert _statements(body) == want


_DRILLS = "Norway and Chile will hold joint naval drills next year"
_TIES = "Norway and Chile have deepened their defence ties. They will hold naval drills in May."


# "A. B. This was announced by X": the plain narration before it, in its paragraph, is X's.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            f"{_DRILLS}. This was announced by Norwegian Defence Minister Arvid Lindqvist.",
            [("Arvid Lindqvist", "reported", _DRILLS)],
        ),
        (
            f"{_TIES} This was stated by Defence Minister Arvid Lindqvist, Reuters reported.",
            [("Arvid Lindqvist", "reported", _TIES[:-1])],
        ),
        # nobody named after "by"
        (f"{_DRILLS}. This was announced on Monday.", []),
        # the sentence before has its own speaker, in another paragraph
        (
            "Minister Ana Soto said Chile would buy two ships.\n\nThis was announced by Lars Berg.",
            [("Ana Soto", "reported", "Chile would buy two ships")],
        ),
    ],
)
def test_announced_by_after_narration(body: str, want: list[tuple[str | None, str, str]]) -> None:
    assert _statements(body) == want


# "said a statement from the Government of X": a body named by "Government of", as by
# "Ministry of", though no gazetteer lists it.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            f"{_DRILLS}, said a statement from the Government of Valparaiso.",
            [("Government of Valparaiso", "reported", _DRILLS)],
        ),
        (f"{_DRILLS}, said a statement from the Government.", []),
        (f"{_DRILLS}, said a report on the Government of Valparaiso.", []),
    ],
)
def test_statement_from_a_government(body: str, want: list[tuple[str | None, str, str]]) -> None:
    assert _statements(body) == want


_LYING = "his Chilean counterpart was lying"
_USEFUL = "the talks were useful for both navies"
_PRIOR = "Minister Lars Berg visited Chile in May, and Norwegian Prime Minister Arvid Lindqvist"
_BUT = "Minister Lars Berg visited Chile in May, but Defence Minister Arvid Lindqvist"
_LIST = "Minister Lars Berg visited Chile and Peru in May, and Arvid Lindqvist"


# "A did X, and B did Y, saying …": the participle's subject is the last clause's, B.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            f"{_PRIOR} strongly rejected the suggestion of Ana Soto, saying {_LYING}.",
            [("Arvid Lindqvist", "reported", _LYING)],
        ),
        (
            f"{_BUT} rejected the plan, saying {_LYING}.",
            [("Arvid Lindqvist", "reported", _LYING)],
        ),
        # no subject of its own after "and"
        (
            f"Minister Lars Berg met Ana Soto in May, and discussed the base, saying {_USEFUL}.",
            [("Lars Berg", "reported", _USEFUL)],
        ),
        # "and B" closes a list of those met, no clause
        (
            f"{_LIST}, saying {_USEFUL}.",
            [("Lars Berg", "reported", _USEFUL)],
        ),
    ],
)
def test_participle_after_a_second_clause(
    body: str, want: list[tuple[str | None, str, str]]
) -> None:
    assert _statements(body) == want


_THREATS = "The threats in the region are growing, and Norway and Chile need to answer them"
_AT_TALKS = (
    "Defence Minister Arvid Lindqvist stated during talks with Chilean Defence Minister Ana Soto"
)


# "X stated during talks with Y.": a speech verb with only its occasion after it; the words
# are the sentence before, in its paragraph.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            f"{_THREATS}. {_AT_TALKS}, which took place in Oslo.",
            [("Arvid Lindqvist", "reported", _THREATS)],
        ),
        (
            f"{_THREATS}. Arvid Lindqvist said at the meeting with his Chilean counterpart.",
            [("Arvid Lindqvist", "reported", _THREATS)],
        ),
        # a clause of its own after the occasion
        (
            f"{_THREATS}. Arvid Lindqvist said at the meeting the two navies had trained together.",
            [("Arvid Lindqvist", "reported", "the two navies had trained together")],
        ),
        # the sentence before stands in another paragraph
        (f"{_THREATS}.\n\n{_AT_TALKS}.", []),
        # what the two did, not his words
        (f"The two ministers discussed the threats in the region. {_AT_TALKS}.", []),
    ],
)
def test_words_before_a_stated_occasion(body: str, want: list[tuple[str | None, str, str]]) -> None:
    assert _statements(body) == want


_SHIPS = "Norway will send two ships to Chile"
_THANKS = "Defence Minister Arvid Lindqvist thanked Chile for its support to the naval mission"


# "CLAUSE, X said, as it …": a clause of circumstance after the attribution leaves it inverted.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            f"{_THANKS}, spokeswoman Ana Soto said, as it works\n",
            [("Ana Soto", "reported", _THANKS)],
        ),
        (
            f"{_THANKS}, spokeswoman Ana Soto said, as the two navies train together.",
            [("Ana Soto", "reported", _THANKS)],
        ),
        # another speaker in the aside
        (
            f"{_SHIPS}, spokeswoman Ana Soto said, while the navy said it would send none.",
            [("Navy", "reported", "it would send none")],
        ),
    ],
)
def test_aside_after_an_inverted_attribution(
    body: str, want: list[tuple[str | None, str, str]]
) -> None:
    assert _statements(body) == want


_PRAISED = "Defence Secretary Arvid Lindqvist praised the two navies."
_DRILL = "the joint drill will enhance cooperation between the two countries"


# "He hoped CLAUSE": a hope voiced by the sentence's subject is reported speech.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (f"{_PRAISED} He hoped {_DRILL}.", [("Arvid Lindqvist", "reported", _DRILL)]),
        (f"{_PRAISED} Lindqvist hoped {_DRILL}.", [("Arvid Lindqvist", "reported", _DRILL)]),
        # inside the words of one who told: no speaker of its own
        (f"{_PRAISED} Li told Petrov he hoped {_DRILL}.", []),
        # a hope to act, no clause
        (f"{_PRAISED} He hoped to visit Chile next year with his whole delegation.", []),
    ],
)
def test_hoped_clause(body: str, want: list[tuple[str | None, str, str]]) -> None:
    assert _statements(body) == want


_ISSUED = (
    "According to a statement issued by the Inter-Services Public Relations (ISPR), General"
    " Arvid Lindqvist called on General Ana Soto.\n\n"
)
_DELIBERATED = "During the meeting, both sides deliberated upon areas of mutual interest,"


# "the military's media affairs wing said": a press service described, as "media wing" is.
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            f"{_ISSUED}“{_DELIBERATED}” the military’s media affairs wing said.",
            [("Inter-Services Public Relations", "direct", _DELIBERATED)],
        ),
        (
            f"{_ISSUED}“{_DELIBERATED}” the army’s media affair wing said.",
            [("Inter-Services Public Relations", "direct", _DELIBERATED)],
        ),
        # no press service: the wing of an air force
        (f"{_ISSUED}“{_DELIBERATED}” the transport wing said.", [(None, "direct", _DELIBERATED)]),
    ],
)
def test_media_affairs_wing(body: str, want: list[tuple[str | None, str, str]]) -> None:
    assert _statements(body) == want


_VISIT = "Arvid Lindqvist will visit Chile on Monday"
_AGENDA = "The agenda of the visit also includes visits to two shipyards and an air base,"


# "the National Defence Ministry (MApN)": an acronym defined right after a body's name stands
# for it though its letters are not the name's initials (an acronym of another language).
@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            f'{_VISIT}, the National Defence Ministry (MApN) informs.\n\n"{_AGENDA}" MApN noted.',
            [
                (
                    "Ministry of National Defence",
                    "reported",
                    _VISIT,
                ),
                ("National Defence Ministry", "direct", _AGENDA),
            ],
        ),
        # a person before the brackets: no body
        (
            f'{_VISIT}, General Ana Soto (MApN) informs.\n\n"{_AGENDA}" MApN points out.',
            [
                ("Ana Soto", "reported", _VISIT),
                ("MApN", "direct", _AGENDA),
            ],
        ),
        # a body without a head word (an academy)
        (
            f'Yesterday the Naval Academy (EsNav) hosted cadets.\n\n"{_AGENDA}" EsNav said.',
            [("EsNav", "direct", _AGENDA)],
        ),
    ],
)
def test_body_before_its_acronym(body: str, want: list[tuple[str | None, str, str]]) -> None:
    assert _statements(body) == want


# An acronym in capitals is read by its initials alone, as before.
def test_capital_acronym_by_initials() -> None:
    body = f'{_VISIT}, the National Defence Ministry (NORDEF) informs.\n\n"{_AGENDA}" NORDEF noted.'
    assert _statements(body)[-1] == ("NORDEF", "direct", _AGENDA)
