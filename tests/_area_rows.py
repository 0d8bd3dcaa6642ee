"""Helpers shared by the area tables of the later sessions (private to the tests)."""

from __future__ import annotations

from defrel._areas import find_areas
from defrel._model import Country
from defrel._text import prepare
from defrel._types import CountryMention, Mentions


def areas_of(sentence: str, mentions: Mentions | None = None) -> set[str]:
    """The ids of the areas read in ``sentence`` (with ``mentions``, else none).

    >>> sorted(areas_of("They agreed to cooperate on cyber security."))
    ['cyber']
    """
    return {a.id.value for a in find_areas(prepare(sentence), mentions or Mentions())}


def with_countries(sentence: str, names: dict[str, str]) -> Mentions:
    """Country mentions of ``sentence``: every place each name of ``names`` stands.

    >>> [m.country.code for m in with_countries("Chile and Peru", {"Chile": "CHL"}).countries]
    ['CHL']
    """
    found = []
    for name, code in names.items():
        at = sentence.find(name)
        while at != -1:
            found.append(CountryMention(at, at + len(name), Country(code, name), "name"))
            at = sentence.find(name, at + 1)
    return Mentions(countries=tuple(sorted(found, key=lambda m: m.start)))
