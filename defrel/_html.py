"""HTML views of reports: the article with its findings highlighted, then the records as tables.

``report_html`` is what ``Report._repr_html_`` shows in a notebook; ``to_html`` wraps
one or more reports in a standalone page. The markup is self-contained (inline CSS,
no script, no network) and every piece of text from the article or the records is
escaped, so an article holding ``<script>`` shows it as text.

Evidence spans may overlap (a speaker's name inside a quote, a date inside a
commitment): the article is cut at every span boundary and each piece is marked
with every finding that covers it; the narrowest finding gives the colour, the
hover title lists them all.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable, Iterator
from typing import Final

from defrel._frame import Record, row_of
from defrel._model import (
    Actor,
    Commitment,
    CooperationArea,
    Meeting,
    Report,
    Span,
    Statement,
)

__all__ = ["CATEGORIES", "category_of", "record_html", "report_html", "to_html"]

CATEGORIES: Final[dict[str, tuple[str, str]]] = {
    "participant": ("participants and speakers", "#ffc983"),
    "country": ("countries", "#9cc3ff"),
    "place": ("places", "#a8e6a1"),
    "date": ("dates and timeframes", "#fff07a"),
    "meeting": ("meeting cues", "#f9c3df"),
    "quote": ("quotes", "#7d5fd6"),
    "commitment": ("commitments", "#e0474c"),
    "area": ("cooperation areas", "#7fe0e6"),
}
"""Each highlight category: (legend text, colour)."""

# Quotes and commitments are clauses: they are underlined so the names, dates and
# places inside them keep their own colour.
_CLAUSES: Final = frozenset({"quote", "commitment"})
# The first role keyword found decides the category; a role naming none falls back on
# the kind of record that holds the span.
_ROLE_KEYWORDS: Final = (
    ("speaker", "participant"),
    ("participant", "participant"),
    ("person", "participant"),
    ("actor", "participant"),
    ("name", "participant"),
    ("title", "participant"),
    ("handle", "participant"),
    ("countr", "country"),
    ("part", "country"),
    ("nation", "country"),
    ("location", "place"),
    ("place", "place"),
    ("city", "place"),
    ("venue", "place"),
    ("date", "date"),
    ("time", "date"),
    ("when", "date"),
    ("quote", "quote"),
    ("statement", "quote"),
    ("speech", "quote"),
    ("words", "quote"),
    ("text", "quote"),
    ("area", "area"),
    ("topic", "area"),
    ("field", "area"),
    ("commit", "commitment"),
    ("action", "commitment"),
    ("modal", "commitment"),
)
_DEFAULT_CATEGORY: Final[dict[type, str]] = {
    Meeting: "meeting",
    Statement: "quote",
    Commitment: "commitment",
    CooperationArea: "area",
    Actor: "participant",
}
_HIDDEN_COLUMNS: Final = frozenset({"source", "published", "start", "end"})

_CSS: Final = (
    """
.defrel-report{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1f;
background:#fff;max-width:62rem;line-height:1.55;padding:.5rem}
.defrel-report h3{margin:.2rem 0 .4rem;font-size:1.1rem}
.defrel-report h4{margin:1rem 0 .3rem;font-size:1rem}
.defrel-report .dr-meta{color:#555;font-size:.9rem;margin-bottom:.4rem}
.defrel-report .dr-legend{display:flex;flex-wrap:wrap;gap:.35rem .9rem;font-size:.85rem;
margin:.3rem 0 .6rem}
.defrel-report .dr-article{white-space:pre-wrap;border:1px solid #ddd;border-radius:6px;
padding:.8rem 1rem;background:#fcfcfc;font-size:.95rem}
.defrel-report mark.dr{background:transparent;color:inherit;padding:0;border-radius:2px}
.defrel-report table{border-collapse:collapse;font-size:.85rem;margin-bottom:.4rem}
.defrel-report th,.defrel-report td{border:1px solid #ddd;padding:.2rem .45rem;
text-align:left;vertical-align:top}
.defrel-report th{background:#f2f2f5}
.defrel-report .dr-none{color:#777;font-style:italic;font-size:.85rem}
"""
    + "\n".join(
        f".defrel-report mark.dr-{name}{{background:{colour}}}"
        for name, (_, colour) in CATEGORIES.items()
        if name not in _CLAUSES
    )
    + "\n.defrel-report mark.dr-quote{border-bottom:2px solid "
    + CATEGORIES["quote"][1]
    + ";background-color:#efeafd}"
    + "\n.defrel-report mark.dr-commitment{box-shadow:inset 0 -3px 0 "
    + CATEGORIES["commitment"][1]
    + "}"
    + "\n"
    + "\n".join(
        f".defrel-report mark.dr-{name}.dr-quote{{background:{colour}}}"
        for name, (_, colour) in CATEGORIES.items()
        if name not in _CLAUSES
    )
    + "\n.defrel-report .dr-legend mark.dr{padding:0 .35rem}\n"
)

# When two findings cover exactly the same words, the more specific one gives the colour.
_PRIORITY: Final = (
    "participant",
    "place",
    "date",
    "area",
    "country",
    "meeting",
    "commitment",
    "quote",
)
_Mark = tuple[int, int, str, str]  # start, end, category, record label


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def category_of(span: Span, record: Record) -> str:
    """The highlight category of an evidence span: from its role, else from its record.

    >>> from defrel import Span, Meeting
    >>> category_of(Span(0, 5, "location"), Meeting()), category_of(Span(0, 5, ""), Meeting())
    ('place', 'meeting')
    """
    role = span.role.lower()
    for keyword, category in _ROLE_KEYWORDS:
        if keyword in role:
            return category
    return _DEFAULT_CATEGORY[type(record)]


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _actor_label(actor: Actor) -> str:
    details = [d for d in (actor.title, actor.country.name if actor.country else None) if d]
    return f"{actor.name} ({', '.join(details)})" if details else actor.name


def _label(record: Record, number: int) -> str:
    if isinstance(record, Meeting):
        facts = [record.status.value, record.kind.value]
        if record.date:
            facts.append(record.date.isoformat())
        if record.location:
            facts.append(f"in {record.location}")
        who = ", ".join(p.name for p in record.participants)
        return f"Meeting {number}: {' '.join(facts)}" + (f" ({who})" if who else "")
    if isinstance(record, Statement):
        speaker = record.speaker.name if record.speaker else "unknown speaker"
        return f"Statement {number} ({record.kind.value}, {record.channel.value}) by {speaker}"
    if isinstance(record, Commitment):
        parties = "; ".join(c.code for c in record.parties) or "no party"
        return f"Commitment {number} ({record.modality.value}, {parties}): {_short(record.action)}"
    if isinstance(record, CooperationArea):
        return f"Area: {record.id.value}"
    return f"Actor: {_actor_label(record)}"


def _actor_marks(actor: Actor, label: str, size: int) -> Iterator[_Mark]:
    for span in actor.spans:
        start, end = max(0, min(span.start, size)), max(0, min(span.end, size))
        if start < end:
            yield (start, end, "participant", label)


def _record_marks(record: Record, number: int, size: int) -> Iterator[_Mark]:
    label = _label(record, number)
    for span in record.spans:
        start, end = max(0, min(span.start, size)), max(0, min(span.end, size))
        if start < end:
            yield (start, end, category_of(span, record), label)
    if isinstance(record, Meeting):
        for actor in record.participants:
            yield from _actor_marks(actor, f"{label}: participant {actor.name}", size)
    elif isinstance(record, Statement) and record.speaker is not None:
        yield from _actor_marks(record.speaker, f"{label}: speaker", size)


def _marks(report: Report) -> list[_Mark]:
    size = len(report.document.text)
    groups: tuple[tuple[Record, ...], ...] = (
        report.meetings,
        report.statements,
        report.commitments,
        report.areas,
        report.actors,
    )
    found: dict[_Mark, None] = {}
    for group in groups:
        for number, record in enumerate(group, 1):
            for mark in _record_marks(record, number, size):
                found[mark] = None
    return list(found)


def _paint(marks: Iterable[_Mark], members: set[int]) -> tuple[list[str], list[str]]:
    """The classes and hover lines of a piece covered by ``members`` (indexes into marks)."""
    chosen = [m for i, m in enumerate(marks) if i in members]
    # Narrowest first: it gives the colour.
    chosen.sort(key=lambda m: (m[1] - m[0], _PRIORITY.index(m[2])))
    categories = list(dict.fromkeys(m[2] for m in chosen))
    narrow = [c for c in categories if c not in _CLAUSES][:1]
    clauses = [c for c in CATEGORIES if c in _CLAUSES and c in categories]
    classes = ["dr", *(f"dr-{c}" for c in (*narrow, *clauses))]
    lines = list(dict.fromkeys(f"{m[2]} · {m[3]}" for m in chosen))
    return classes, lines


def _highlight(text: str, marks: list[_Mark]) -> str:
    bounds = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i, (start, end, _, _) in enumerate(marks):
        starts.setdefault(start, []).append(i)
        ends.setdefault(end, []).append(i)
    active: set[int] = set()
    out: list[str] = []
    for left, right in itertools.pairwise(bounds):
        active.difference_update(ends.get(left, ()))
        active.update(starts.get(left, ()))
        piece = _e(text[left:right])
        if not active:
            out.append(piece)
            continue
        classes, lines = _paint(marks, active)
        tags = " ".join(sorted({c.removeprefix("dr-") for c in classes if c != "dr"}))
        title = _e("\n".join(lines)).replace("\n", "&#10;")
        out.append(
            f'<mark class="{" ".join(classes)}" data-defrel="{tags}" title="{title}">{piece}</mark>'
        )
    return "".join(out)


def _legend(marks: list[_Mark]) -> str:
    counts = dict.fromkeys(CATEGORIES, 0)
    for mark in {(m[0], m[1], m[2]) for m in marks}:
        counts[mark[2]] += 1
    items = (
        f'<span><mark class="dr dr-{name}">{_e(text)}</mark> {counts[name]}</span>'
        for name, (text, _) in CATEGORIES.items()
    )
    return f'<div class="dr-legend">{"".join(items)}</div>'


def _table(title: str, records: tuple[Record, ...]) -> str:
    head = f"<h4>{_e(title)} ({len(records)})</h4>"
    if not records:
        return head + '<p class="dr-none">none found</p>'
    rows = [{k: v for k, v in row_of(r).items() if k not in _HIDDEN_COLUMNS} for r in records]
    columns = list(rows[0])
    header = "".join(f"<th>{_e(c)}</th>" for c in ("#", *columns))
    body = "".join(
        "<tr>" + f"<td>{n}</td>" + "".join(f"<td>{_e(row[c])}</td>" for c in columns) + "</tr>"
        for n, row in enumerate(rows, 1)
    )
    return f"{head}<table><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def report_html(report: Report) -> str:
    """The notebook view of a report: meta line, legend, highlighted article, record tables.

    >>> import datetime as dt
    >>> from defrel import Document, Report, Span, CooperationArea, AreaId
    >>> doc = Document("Cyber <b>talks</b>.", dt.date(2024, 1, 2))
    >>> area = CooperationArea(AreaId.CYBER, "Cyber", spans=(Span(0, 5, "area"),))
    >>> page = report_html(Report(doc, areas=(area,)))
    >>> print(page[page.index('<mark class="dr dr-area" data'):].split("</mark>")[0])
    <mark class="dr dr-area" data-defrel="area" title="area · Area: cyber">Cyber
    >>> "&lt;b&gt;talks&lt;/b&gt;" in page, "<b>talks" in page
    (True, False)
    """
    doc = report.document
    marks = _marks(report)
    meta = " · ".join(
        part
        for part in (
            _e(doc.source) if doc.source else "",
            f"published {doc.published.isoformat()}"
            if doc.published
            else "publication date unknown",
            (
                f"{len(report.meetings)} meetings, {len(report.statements)} statements, "
                f"{len(report.commitments)} commitments, {len(report.areas)} areas"
            ),
        )
        if part
    )
    tables = "".join(
        _table(title, records)
        for title, records in (
            ("Meetings", report.meetings),
            ("Statements", report.statements),
            ("Commitments", report.commitments),
            ("Cooperation areas", report.areas),
            ("Actors", report.actors),
        )
    )
    return (
        f'<div class="defrel-report"><style>{_CSS}</style>'
        f'<h3>defrel report</h3><div class="dr-meta">{meta}</div>'
        f"{_legend(marks)}"
        f'<div class="dr-article">{_highlight(doc.text, marks)}</div>'
        f"{tables}</div>"
    )


def record_html(record: Record) -> str:
    """The short notebook view of one record: a two-column table of its fields.

    >>> from defrel import Actor
    >>> record_html(Actor("Ana <Lopez>"))
    '<table class="defrel-record"><caption>Actor</caption><tr><th>name</th><td>Ana &lt;Lopez&gt;</td></tr><tr><th>title</th><td></td></tr><tr><th>country</th><td></td></tr><tr><th>handles</th><td></td></tr></table>'
    """  # noqa: E501
    row = {k: v for k, v in row_of(record).items() if k not in _HIDDEN_COLUMNS}
    cells = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in row.items())
    return f'<table class="defrel-record"><caption>{type(record).__name__}</caption>{cells}</table>'


def to_html(reports: Report | Iterable[Report], *, title: str = "defrel reports") -> str:
    """A standalone HTML page (no script, no network) showing one or more reports.

    >>> from defrel import Document, Report
    >>> page = to_html(Report(Document("Nothing <here>.")), title="A & B")
    >>> page.startswith("<!DOCTYPE html>"), "<title>A &amp; B</title>" in page
    (True, True)
    """
    items = (reports,) if isinstance(reports, Report) else tuple(reports)
    body = "\n<hr>\n".join(report_html(r) for r in items)
    csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title></head>\n<body>\n{body}\n</body></html>\n"
    )
