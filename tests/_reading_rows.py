"""Helpers shared by the reading tables of the later sessions (private to the tests)."""

from __future__ import annotations

import datetime as dt

import defrel


def actors(body: str, published: dt.date) -> list[tuple[str, str | None]]:
    """The actors of ``body`` as sorted (name, title) pairs.

    >>> actors("Defence Minister Jane Roe met them.", dt.date(2025, 6, 12))
    [('Jane Roe', 'Defence Minister')]
    """
    report = defrel.parse(body, published=published)
    return sorted((a.name, a.title) for a in report.actors)


def actor_countries(body: str, published: dt.date) -> list[tuple[str, str | None]]:
    """The actors of ``body`` as sorted (name, country code) pairs.

    >>> actor_countries("Kenyan Defence Minister Jane Roe met them.", dt.date(2025, 6, 12))
    [('Jane Roe', 'KEN')]
    """
    report = defrel.parse(body, published=published)
    return sorted((a.name, a.country.code if a.country else None) for a in report.actors)
