"""The front door: ``parse`` composes the stages, each a pure function of what came before."""

from __future__ import annotations

import datetime as dt
import operator
from itertools import chain

from defrel import _guard
from defrel._areas import find_areas
from defrel._commitments import find_commitments
from defrel._dates import find_dates
from defrel._meetings import find_meetings
from defrel._mentions import find_mentions
from defrel._model import Actor, Document, Meeting, Report, Statement
from defrel._statements import find_statements
from defrel._text import prepare

__all__ = ["parse"]


def _document(document: object, published: object) -> Document:
    # Typed as object: callers that skip the type checker get a clear TypeError.
    if isinstance(document, Document):
        if published is not None and published != document.published:
            msg = "published= conflicts with the Document's own publication date"
            raise ValueError(msg)
        return document
    if isinstance(document, str):
        if published is not None and not isinstance(published, dt.date):
            msg = f"published= must be a datetime.date or None, not {type(published).__name__}"
            raise TypeError(msg)
        if isinstance(published, dt.datetime):
            published = published.date()
        return Document(text=document, published=published)
    msg = f"parse() expects a defrel.Document or a str, not {type(document).__name__}"
    raise TypeError(msg)


def _actors(
    mentioned: tuple[Actor, ...], meetings: tuple[Meeting, ...], statements: tuple[Statement, ...]
) -> tuple[Actor, ...]:
    """Every actor the report speaks of, once each, mentioned ones first."""
    seen: dict[str, Actor] = {a.name: a for a in mentioned}
    for actor in (p for m in meetings for p in m.participants):
        seen.setdefault(actor.name, actor)
    for actor in (s.speaker for s in statements if s.speaker is not None):
        seen.setdefault(actor.name, actor)
    return tuple(seen.values())


# The offsets of a span: a record's evidence and an actor's mentions are matched on them.
_OFFSETS = operator.attrgetter("start", "end")
# Per actor (by id, for one parse): where each of its mentions stands, offsets -> indices.
_Tables = dict[int, dict[tuple[int, int], list[int]]]


def _cited(actor: Actor, offsets: set[tuple[int, int]], tables: _Tables) -> Actor:
    """The actor as one record cites it: only its mentions at the ``offsets`` of its evidence.

    The report's ``actors`` keep every mention; a speaker or participant inside a record keeps
    the ones that record rests on, so a report's size grows with the text, not with the number
    of records times the number of mentions. The mentions kept stay in their order. The
    actor's mentions are indexed once a parse (``tables``): a record reads only its own
    evidence, however often the actor is mentioned.
    """
    spans = actor.spans
    table = tables.get(id(actor))
    if table is None:
        table = tables[id(actor)] = {}
        for i, offset in enumerate(map(_OFFSETS, spans)):
            table.setdefault(offset, []).append(i)
    # (the offsets both hold, each with its indices: one C-level pass, no generator)
    kept = sorted(chain.from_iterable(map(table.__getitem__, table.keys() & offsets)))
    if len(kept) == len(spans):
        return actor
    # ``attrs.evolve``, spelt out: the constructor with every field (tests/test_parse.py
    # checks the list), at a fraction of evolve's cost.
    return Actor(
        actor.name,
        actor.title,
        actor.country,
        actor.handles,
        spans=tuple(map(spans.__getitem__, kept)),
    )


def _cited_meetings(meetings: tuple[Meeting, ...], tables: _Tables) -> tuple[Meeting, ...]:
    """Each meeting with its participants as it cites them (see ``_cited``)."""
    out = []
    for m in meetings:
        if m.participants:
            offsets = set(map(_OFFSETS, m.spans))
            m = Meeting(  # noqa: PLW2901 - the meeting as the report gives it
                m.date,
                m.date_window,
                m.location,
                tuple([_cited(p, offsets, tables) for p in m.participants]),
                m.countries,
                m.status,
                m.kind,
                m.areas,
                spans=m.spans,
            )
        out.append(m)
    return tuple(out)


def _cited_statements(statements: tuple[Statement, ...], tables: _Tables) -> tuple[Statement, ...]:
    """Each statement with its speaker as it cites them (see ``_cited``)."""
    return tuple(
        Statement(
            _cited(s.speaker, set(map(_OFFSETS, s.spans)), tables),
            s.text,
            s.kind,
            s.channel,
            spans=s.spans,
        )
        if s.speaker is not None
        else s
        for s in statements
    )


@_guard.under_deadline  # the whole parse under one time budget (issue 6)
def parse(document: Document | str, /, *, published: dt.date | None = None) -> Report:
    """Read one article: meetings, statements, commitments and cooperation areas.

    ``document`` is a ``Document`` (from ``defrel.load``) or the body as a
    ``str``; relative dates resolve against ``published``.

    >>> import datetime as dt
    >>> report = parse("No diplomacy here.", published=dt.date(2024, 1, 2))
    >>> report.document.published
    datetime.date(2024, 1, 2)
    >>> parse(42)
    Traceback (most recent call last):
    ...
    TypeError: parse() expects a defrel.Document or a str, not int
    """
    doc = _document(document, published)
    text = prepare(doc.text)
    mentions = find_mentions(text, doc.published)
    dates = find_dates(text, doc.published)
    areas = find_areas(text, mentions)
    meetings = find_meetings(text, doc.published, mentions, dates, areas)
    statements = find_statements(text, mentions)
    commitments = find_commitments(text, mentions, dates, meetings, statements, areas)
    tables: _Tables = {}  # each actor's mentions indexed once for the records citing it
    return Report(
        document=doc,
        meetings=_cited_meetings(meetings, tables),
        statements=_cited_statements(statements, tables),
        commitments=commitments,
        areas=areas,
        actors=_actors(mentions.actors, meetings, statements),
    )
