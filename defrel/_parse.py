"""The front door: ``parse`` composes the stages, each a pure function of what came before."""

from __future__ import annotations

import datetime as dt

from defrel import _guard
from defrel._areas import find_areas
from defrel._commitments import find_commitments
from defrel._dates import find_dates
from defrel._meetings import find_meetings
from defrel._mentions import find_mentions
from defrel._model import Actor, Document, Meeting, Report, Span, Statement
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


class _Cited:
    """Each actor as one record cites it: only its mentions among the record's own evidence.

    The report's ``actors`` keep every mention; a speaker or participant inside a record keeps
    the ones that record rests on, so a report's size grows with the text, not with the number
    of records times the number of mentions.
    """

    def __init__(self) -> None:
        self._by_offsets: dict[int, dict[tuple[int, int], list[int]]] = {}

    def __call__(self, actor: Actor, evidence: tuple[Span, ...]) -> Actor:
        table = self._by_offsets.get(id(actor))
        if table is None:
            table = {}
            for i, span in enumerate(actor.spans):
                table.setdefault((span.start, span.end), []).append(i)
            self._by_offsets[id(actor)] = table
        kept = sorted({i for s in evidence for i in table.get((s.start, s.end), ())})
        spans = actor.spans
        if len(kept) == len(spans):
            return actor
        # ``attrs.evolve``, spelt out: the constructor with every field (tests/test_parse.py
        # checks the list), at a fraction of evolve's cost.
        return Actor(
            actor.name,
            actor.title,
            actor.country,
            actor.handles,
            spans=tuple(spans[i] for i in kept),
        )

    def meetings(self, meetings: tuple[Meeting, ...]) -> tuple[Meeting, ...]:
        return tuple(
            Meeting(
                m.date,
                m.date_window,
                m.location,
                tuple(self(p, m.spans) for p in m.participants),
                m.countries,
                m.status,
                m.kind,
                m.areas,
                spans=m.spans,
            )
            if m.participants
            else m
            for m in meetings
        )

    def statements(self, statements: tuple[Statement, ...]) -> tuple[Statement, ...]:
        return tuple(
            Statement(self(s.speaker, s.spans), s.text, s.kind, s.channel, spans=s.spans)
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
    cited = _Cited()
    return Report(
        document=doc,
        meetings=cited.meetings(meetings),
        statements=cited.statements(statements),
        commitments=commitments,
        areas=areas,
        actors=_actors(mentions.actors, meetings, statements),
    )
