"""The model records behave as attrs made them: the most built ones have their own ``__init__``."""

from __future__ import annotations

import datetime as dt
import inspect
import pickle

import attrs
import pytest

from defrel._model import (
    Actor,
    AreaId,
    Commitment,
    CooperationArea,
    Country,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Modality,
    Span,
    Statement,
    StatementKind,
)
from defrel._types import CountryMention, DateMention, OrgMention, PersonMention, PlaceMention


def test_span_is_built_as_attrs_would() -> None:
    span = Span(3, 7, "date")
    assert (span.start, span.end, span.role) == (3, 7, "date")
    assert Span(start=3, end=7) == Span(3, 7, "")
    assert repr(span) == "Span(start=3, end=7, role='date')"
    assert hash(span) == hash(Span(3, 7, "date"))
    assert attrs.evolve(span, end=9) == Span(3, 9, "date")
    assert pickle.loads(pickle.dumps(span)) == span  # noqa: S301 - our own bytes
    assert attrs.asdict(span) == {"start": 3, "end": 7, "role": "date"}
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 4  # type: ignore[misc]


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (-1, 2, "start must be >= 0, got -1"),
        (3, -1, "end must be >= 0, got -1"),
        (3, 2, "span end 2 is before its start 3"),
    ],
)
def test_span_refuses_bad_offsets(start: int, end: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Span(start, end)


def _reference(cls: type) -> type:
    """The same fields as ``cls``, with the ``__init__`` attrs writes."""
    fields = {
        f.name: attrs.field(default=f.default, kw_only=f.kw_only, eq=f.eq, repr=f.repr)
        for f in attrs.fields(cls)
    }
    return attrs.make_class(cls.__name__, fields, frozen=True, slots=True)


_COUNTRY = Country("NOR", "Norway")
_SPANS = (Span(1, 4, "x"),)
# Each record with an ``__init__`` of its own: positional and keyword arguments to try.
_BUILT: list[tuple[type, tuple[object, ...], dict[str, object]]] = [
    (Country, ("NOR", "Norway"), {}),
    (Actor, ("Jane Roe",), {}),
    (Actor, ("Jane Roe", "Minister", _COUNTRY, ("@jr",)), {"spans": _SPANS}),
    (Actor, (), {"name": "Jane Roe", "country": _COUNTRY}),
    (CooperationArea, (AreaId.SPACE, "space"), {"spans": _SPANS}),
    (CooperationArea, (AreaId.CYBER, "cyber"), {}),
    (CountryMention, (1, 7, _COUNTRY, "name"), {}),
    (PersonMention, (0, 8, 2, "full"), {}),
    (PlaceMention, (3, 9, "Oslo", _COUNTRY, "city"), {}),
    (OrgMention, (), {"start": 3, "end": 9, "name": "the Ministry", "country": None}),
    (DateMention, (5, 9, dt.date(2024, 1, 2), None, "past"), {}),
    (Meeting, (), {}),
    (Meeting, (dt.date(2024, 1, 2), None, "Oslo", (Actor("Jane Roe"),)), {"spans": _SPANS}),
    (Meeting, (), {"status": MeetingStatus.PLANNED, "kind": MeetingKind.VISIT}),
    (Statement, (None, "We will."), {}),
    (Statement, (Actor("Jane Roe"), "We will.", StatementKind.REPORTED), {"spans": _SPANS}),
    (Commitment, ((_COUNTRY,), "train together", Modality.WILL), {}),
    (Commitment, ((), "train", Modality.AGREED, "next year", (AreaId.SPACE,)), {"spans": _SPANS}),
]


@pytest.mark.parametrize(("cls", "args", "kwargs"), _BUILT)
def test_records_are_built_as_attrs_would(
    cls: type, args: tuple[object, ...], kwargs: dict[str, object]
) -> None:
    record = cls(*args, **kwargs)
    reference = _reference(cls)(*args, **kwargs)
    assert attrs.asdict(record, recurse=False) == attrs.asdict(reference, recurse=False)
    assert repr(record) == repr(reference)
    assert record == cls(*args, **kwargs)
    assert hash(record) == hash(cls(*args, **kwargs))
    assert pickle.loads(pickle.dumps(record)) == record  # noqa: S301 - our own bytes
    first = attrs.fields(cls)[0].name
    assert attrs.evolve(record, **{first: getattr(record, first)}) == record
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(record, first, None)
    # the same parameters, kinds and defaults as attrs's own ``__init__`` (where attrs
    # calls a factory, ``tuple``, the default is what it returns)
    assert _parameters(cls) == _parameters(_reference(cls))


def _parameters(cls: type) -> list[tuple[str, object, object]]:
    return [
        (p.name, p.kind, () if p.default is attrs.NOTHING else p.default)
        for p in inspect.signature(cls).parameters.values()
    ]


def test_record_defaults_are_attrs_defaults() -> None:
    actor = Actor("Jane Roe")
    assert (actor.title, actor.country, actor.handles, actor.spans) == (None, None, (), ())
    assert CooperationArea(AreaId.SPACE, "space").spans == ()
    with pytest.raises(TypeError):
        Actor("Jane Roe", None, None, (), _SPANS)  # type: ignore[call-arg]  # spans: keyword only
