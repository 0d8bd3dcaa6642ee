"""Intermediate results passed between the pipeline stages (private).

Offsets are into the document body. These are internal: the public model is
``defrel._model``. Stages take them as arguments and return new ones; nothing
here is mutated after it is built.
"""

from __future__ import annotations

import datetime as dt

import attrs

from defrel._model import Actor, Country

__all__ = [
    "CountryMention",
    "DateMention",
    "Mentions",
    "OrgMention",
    "PersonMention",
    "PlaceMention",
]


@attrs.frozen(slots=True)
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


@attrs.frozen(slots=True)
class PersonMention:
    """One mention of a person: ``actor`` indexes ``Mentions.actors``.

    ``form`` is ``full`` (name, with or without title), ``surname``, ``title``
    ("the visiting minister"), ``handle`` ("@SecDef") or ``pronoun``.
    """

    start: int
    end: int
    actor: int
    form: str


@attrs.frozen(slots=True)
class PlaceMention:
    """A place where something can happen: a city, a venue or a dateline."""

    start: int
    end: int
    name: str
    country: Country | None
    form: str  # "city", "venue", "dateline", "here"


@attrs.frozen(slots=True)
class OrgMention:
    """An organisation that can speak or act: "the Pentagon", "the Ministry of Defence"."""

    start: int
    end: int
    name: str
    country: Country | None


@attrs.frozen(slots=True)
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


@attrs.frozen(slots=True)
class Mentions:
    """Everything the mention stage found, sorted by start offset."""

    countries: tuple[CountryMention, ...] = ()
    actors: tuple[Actor, ...] = ()
    people: tuple[PersonMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    organisations: tuple[OrgMention, ...] = ()
    dateline: PlaceMention | None = None

    def people_in(self, start: int, end: int) -> tuple[PersonMention, ...]:
        """The person mentions that lie inside ``[start, end)``."""
        return tuple(p for p in self.people if start <= p.start and p.end <= end)

    def countries_in(self, start: int, end: int) -> tuple[CountryMention, ...]:
        """The country mentions that lie inside ``[start, end)``."""
        return tuple(c for c in self.countries if start <= c.start and c.end <= end)

    def places_in(self, start: int, end: int) -> tuple[PlaceMention, ...]:
        """The place mentions that lie inside ``[start, end)``."""
        return tuple(p for p in self.places if start <= p.start and p.end <= end)
