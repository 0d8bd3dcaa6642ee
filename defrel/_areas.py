"""The cooperation-area stage: the fields of cooperation, from the fixed taxonomy."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from defrel import _guard
from defrel._gaz_areas import AREAS
from defrel._model import AreaId, CooperationArea, Span
from defrel._text import Text
from defrel._types import Mentions

__all__ = ["areas_in", "find_areas"]

_LABELS: dict[str, tuple[AreaId, str]] = {e.id.name: (e.id, e.label) for e in AREAS}

# One pattern: a named group per area, each an alternation of its fragments, at word bounds.
_AREA = regex.compile(
    r"\b(?:"
    + "|".join(f"(?P<{e.id.name}>{'|'.join(f'(?:{p})' for p in e.patterns)})" for e in AREAS)
    + r")\b",
    regex.IGNORECASE,
)


def _occurrences(text: str) -> Iterable[tuple[AreaId, int, int]]:
    for match in _guard.finditer(_AREA, text):
        name = match.lastgroup
        if name is not None:
            yield _LABELS[name][0], match.start(), match.end()


def find_areas(text: Text, mentions: Mentions) -> tuple[CooperationArea, ...]:
    """Find the fields of cooperation that ``text`` names as subjects of the relation.

    Each area carries one ``area`` span per occurrence, in text order; areas are
    ordered by their first occurrence.

    >>> from defrel._text import prepare
    >>> find_areas(prepare(""), Mentions())
    ()
    >>> t = prepare("They agreed to hold joint exercises and to exercise restraint.")
    >>> [(a.id.value, [t.text[s.start:s.end] for s in a.spans]) for a in find_areas(t, Mentions())]
    [('military-exercises', ['exercises'])]
    """
    del mentions
    spans: dict[AreaId, list[Span]] = {}
    for area, start, end in _occurrences(text.text):
        spans.setdefault(area, []).append(Span(start, end, "area"))
    labels = {e.id: e.label for e in AREAS}
    return tuple(CooperationArea(a, labels[a], spans=tuple(s)) for a, s in spans.items())


def areas_in(areas: tuple[CooperationArea, ...], start: int, end: int) -> tuple[AreaId, ...]:
    """The ids of the areas with an evidence span inside ``[start, end)``, in taxonomy order.

    >>> area = CooperationArea(AreaId.SPACE, "space", spans=(Span(5, 10, "area"),))
    >>> areas_in((area,), 0, 20), areas_in((area,), 11, 20)
    ((<AreaId.SPACE: 'space'>,), ())
    """
    found = {a.id for a in areas if any(start <= s.start and s.end <= end for s in a.spans)}
    return tuple(a for a in AreaId if a in found)
