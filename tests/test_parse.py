"""The glue of ``parse``: records rebuilt with their own evidence, the deadline around it."""

from __future__ import annotations

import attrs
import pytest

from defrel import _guard
from defrel._model import (
    Actor,
    Country,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Span,
    Statement,
    StatementKind,
)
from defrel._parse import _cited, _cited_meetings, _cited_statements

_NOR = Country("NOR", "Norway")


@pytest.mark.parametrize(
    ("cls", "names"),
    [
        (Actor, ["name", "title", "country", "handles", "spans"]),
        (
            Meeting,
            [
                "date",
                "date_window",
                "location",
                "participants",
                "countries",
                "status",
                "kind",
                "areas",
                "spans",
            ],
        ),
        (Statement, ["speaker", "text", "kind", "channel", "spans"]),
    ],
)
def test_the_fields_the_glue_spells_out(cls: type, names: list[str]) -> None:
    # ``_cited`` and the rest call these constructors with every field in this order
    # (no attrs.evolve):
    # a field added to the model must be added there too.
    assert [f.name for f in attrs.fields(cls)] == names


def _actor() -> Actor:
    spans = (Span(0, 4, "participant"), Span(10, 14, "participant"), Span(20, 24, "speaker"))
    return Actor("Kari Nord", "Minister", _NOR, ("@kari",), spans=spans)


def test_cited_keeps_the_record_s_own_mentions() -> None:
    actor = _actor()
    got = _cited(actor, {(10, 14), (30, 40)}, {})
    assert got == actor  # spans are out of ==
    assert got.spans == (Span(10, 14, "participant"),)
    assert (got.name, got.title, got.country, got.handles) == (
        "Kari Nord",
        "Minister",
        _NOR,
        ("@kari",),
    )
    assert got == attrs.evolve(actor, spans=(Span(10, 14, "participant"),))


def test_cited_gives_the_same_actor_when_every_mention_is_cited() -> None:
    actor = _actor()
    assert _cited(actor, {(0, 4), (10, 14), (20, 24), (50, 60)}, {}) is actor


def test_cited_keeps_the_mentions_in_their_order() -> None:
    actor = _actor()
    assert _cited(actor, {(20, 24), (0, 4)}, {}).spans == (actor.spans[0], actor.spans[2])
    assert _cited(actor, set(), {}).spans == ()


def test_cited_records_keep_their_other_fields() -> None:
    actor = _actor()
    meeting = Meeting(
        location="Oslo",
        participants=(actor,),
        countries=(_NOR,),
        status=MeetingStatus.PLANNED,
        kind=MeetingKind.VISIT,
        spans=(Span(0, 4, "participant"),),
    )
    statement = Statement(
        actor, "We agree.", StatementKind.REPORTED, spans=(Span(20, 24, "speaker"),)
    )
    m, empty = _cited_meetings((meeting, Meeting()), {})
    (s,) = _cited_statements((statement, Statement(None, "Nobody said.")), {})[:1]
    assert empty == Meeting()
    assert attrs.asdict(m, recurse=False) | {"participants": None} == attrs.asdict(
        meeting, recurse=False
    ) | {"participants": None}
    assert m.participants[0].spans == (Span(0, 4, "participant"),)
    assert s.speaker is not None
    assert s.speaker.spans == (Span(20, 24, "speaker"),)
    assert (s.text, s.kind, s.channel, s.spans) == (
        statement.text,
        statement.kind,
        statement.channel,
        statement.spans,
    )


def test_under_deadline_sets_and_resets_the_deadline() -> None:
    seen = []

    @_guard.under_deadline
    def probe(text: str) -> str:
        seen.append(_guard._DEADLINE.get())
        return text

    assert _guard._DEADLINE.get() is None
    assert probe("abc") == "abc"
    assert seen[0] is not None
    assert _guard._DEADLINE.get() is None

    @_guard.under_deadline
    def fails(text: str) -> None:
        raise ValueError(text)

    with pytest.raises(ValueError, match="x"):
        fails("x")
    assert _guard._DEADLINE.get() is None


def test_cited_reads_an_actor_indexed_once_for_every_record() -> None:
    actor = _actor()
    tables: dict[int, dict[tuple[int, int], list[int]]] = {}
    first = _cited(actor, {(0, 4)}, tables)
    second = _cited(actor, {(20, 24), (10, 14)}, tables)  # (from the table made for the first)
    assert list(tables) == [id(actor)]
    assert first.spans == (actor.spans[0],)
    assert second.spans == actor.spans[1:]
