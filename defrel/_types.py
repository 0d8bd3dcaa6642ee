"""Intermediate results passed between the pipeline stages (private).

Offsets are into the document body. These are internal: the public model is
``defrel._model``. Stages take them as arguments and return new ones; nothing
here is mutated after it is built.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from operator import attrgetter
from typing import TypeVar

import attrs

from defrel._model import Actor, Country, slot_setters

__all__ = [
    "CountryMention",
    "DateMention",
    "Mentions",
    "OrgMention",
    "PersonMention",
    "PlaceMention",
]


@attrs.frozen(slots=True, init=False)  # __init__ below (see ``slot_setters``)
class CountryMention:
    """A country named in the text.

    ``form`` is how: ``name`` ("India"), ``short`` ("U.S."), ``demonym``
    ("Indian"), ``capital`` ("New Delhi", "the Pentagon" used for the state),
    ``compound`` ("India-US" yields one mention per part) or ``possessive``.
    """

    start: int
    end: int
    country: Country
    form: str

    def __init__(self, start: int, end: int, country: Country, form: str) -> None:
        set_start, set_end, set_country, set_form = _COUNTRY_MENTION_SLOTS
        set_start(self, start)
        set_end(self, end)
        set_country(self, country)
        set_form(self, form)


_COUNTRY_MENTION_SLOTS = slot_setters(CountryMention)


@attrs.frozen(slots=True, init=False)  # __init__ below (see ``slot_setters``)
class PersonMention:
    """One mention of a person: ``actor`` indexes ``Mentions.actors``.

    ``form`` is ``full`` (name, with or without title), ``surname``, ``title``
    ("the visiting minister"), ``handle`` ("@SecDef") or ``pronoun``.
    """

    start: int
    end: int
    actor: int
    form: str

    def __init__(self, start: int, end: int, actor: int, form: str) -> None:
        set_start, set_end, set_actor, set_form = _PERSON_MENTION_SLOTS
        set_start(self, start)
        set_end(self, end)
        set_actor(self, actor)
        set_form(self, form)


_PERSON_MENTION_SLOTS = slot_setters(PersonMention)


@attrs.frozen(slots=True, init=False)  # __init__ below (see ``slot_setters``)
class PlaceMention:
    """A place where something can happen: a city, a venue or a dateline."""

    start: int
    end: int
    name: str
    country: Country | None
    form: str  # "city", "venue", "dateline", "here"

    def __init__(self, start: int, end: int, name: str, country: Country | None, form: str) -> None:
        set_start, set_end, set_name, set_country, set_form = _PLACE_MENTION_SLOTS
        set_start(self, start)
        set_end(self, end)
        set_name(self, name)
        set_country(self, country)
        set_form(self, form)


_PLACE_MENTION_SLOTS = slot_setters(PlaceMention)


@attrs.frozen(slots=True, init=False)  # __init__ below (see ``slot_setters``)
class OrgMention:
    """An organisation that can speak or act: "the Pentagon", "the Ministry of Defence"."""

    start: int
    end: int
    name: str
    country: Country | None

    def __init__(self, start: int, end: int, name: str, country: Country | None) -> None:
        set_start, set_end, set_name, set_country = _ORG_MENTION_SLOTS
        set_start(self, start)
        set_end(self, end)
        set_name(self, name)
        set_country(self, country)


_ORG_MENTION_SLOTS = slot_setters(OrgMention)


@attrs.frozen(slots=True, init=False)  # __init__ below (see ``slot_setters``)
class DateMention:
    """A date phrase and what it resolves to against the publication date.

    ``date`` is set only when the phrase fixes a day; ``window`` bounds a
    range ("later this month", "next week"). ``tense`` is ``past``, ``future``
    or ``present`` relative to publication when the phrase says so, else None.
    """

    start: int
    end: int
    date: dt.date | None
    window: tuple[dt.date, dt.date] | None
    tense: str | None

    def __init__(
        self,
        start: int,
        end: int,
        date: dt.date | None,
        window: tuple[dt.date, dt.date] | None,
        tense: str | None,
    ) -> None:
        set_start, set_end, set_date, set_window, set_tense = _DATE_MENTION_SLOTS
        set_start(self, start)
        set_end(self, end)
        set_date(self, date)
        set_window(self, window)
        set_tense(self, tense)


_DATE_MENTION_SLOTS = slot_setters(DateMention)


_M = TypeVar("_M", CountryMention, PersonMention, PlaceMention, OrgMention)


@attrs.frozen(slots=True)
class Mentions:
    """Everything the mention stage found, each tuple sorted by start offset."""

    countries: tuple[CountryMention, ...] = ()
    actors: tuple[Actor, ...] = ()
    people: tuple[PersonMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    organisations: tuple[OrgMention, ...] = ()
    dateline: PlaceMention | None = None

    def country_of(self, actor: int) -> Country | None:
        """The country of ``actors[actor]``, or None (also for an index out of range).

        >>> Mentions(actors=(Actor("Jane Roe", country=Country("NOR", "Norway")),)).country_of(0)
        Country(code='NOR', name='Norway')
        >>> Mentions().country_of(3) is None
        True
        """
        return self.actors[actor].country if 0 <= actor < len(self.actors) else None

    def people_in(self, start: int, end: int) -> tuple[PersonMention, ...]:
        """The person mentions that lie inside ``[start, end)`` (bisected: O(log n + k))."""
        return _inside(self.people, start, end)

    def countries_in(self, start: int, end: int) -> tuple[CountryMention, ...]:
        """The country mentions that lie inside ``[start, end)``."""
        return _inside(self.countries, start, end)

    def places_in(self, start: int, end: int) -> tuple[PlaceMention, ...]:
        """The place mentions that lie inside ``[start, end)``."""
        return _inside(self.places, start, end)

    def organisations_in(self, start: int, end: int) -> tuple[OrgMention, ...]:
        """The organisation mentions that lie inside ``[start, end)``."""
        return _inside(self.organisations, start, end)


_START = attrgetter("start")


def _inside(items: tuple[_M, ...], start: int, end: int) -> tuple[_M, ...]:
    """The items of a start-sorted tuple that lie inside ``[start, end)``."""
    i = bisect_left(items, start, key=_START)
    out = []
    n = len(items)
    while i < n:
        item = items[i]
        if item.start >= end:
            break
        if item.end <= end:
            out.append(item)
        i += 1
    return tuple(out)
