"""The model records behave as attrs made them: ``Span`` has its own ``__init__``."""

from __future__ import annotations

import pickle

import attrs
import pytest

from defrel._model import Span


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
