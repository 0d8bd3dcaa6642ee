"""Flat tables of records: ``to_records`` (plain dicts, for csv) and ``to_frame`` (pandas).

One row per record, one column per fact, with the document's ``source`` and
``published`` date on every row so rows from many articles can share a table.
Lists become ``"; "``-joined strings, countries their ISO codes, enums their values.
pandas is optional: only ``to_frame`` needs it, and it is imported when called.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Literal

from defrel._model import (
    Actor,
    AreaId,
    Commitment,
    CooperationArea,
    Country,
    Meeting,
    Report,
    Span,
    Statement,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COLUMNS", "Table", "row_of", "to_frame", "to_records"]

Table = Literal["meetings", "statements", "commitments", "areas", "actors"]
Cell = str | int | dt.date | None
Row = dict[str, Cell]

_DOC_COLUMNS = ("source", "published")
_EVIDENCE_COLUMNS = ("start", "end")

COLUMNS: dict[str, tuple[str, ...]] = {
    "meetings": (
        *_DOC_COLUMNS,
        "date",
        "date_start",
        "date_end",
        "location",
        "participants",
        "countries",
        "status",
        "kind",
        "areas",
        *_EVIDENCE_COLUMNS,
    ),
    "statements": (
        *_DOC_COLUMNS,
        "speaker",
        "speaker_title",
        "speaker_country",
        "text",
        "kind",
        "channel",
        *_EVIDENCE_COLUMNS,
    ),
    "commitments": (
        *_DOC_COLUMNS,
        "parties",
        "action",
        "modality",
        "timeframe",
        "areas",
        *_EVIDENCE_COLUMNS,
    ),
    "areas": (*_DOC_COLUMNS, "id", "label", *_EVIDENCE_COLUMNS),
    "actors": (*_DOC_COLUMNS, "name", "title", "country", "handles", *_EVIDENCE_COLUMNS),
}
"""The columns of each table, in order."""

_DATE_COLUMNS = frozenset({"published", "date", "date_start", "date_end"})


def _join(items: Iterable[str]) -> str:
    return "; ".join(items)


def _codes(countries: Iterable[Country]) -> str:
    return _join(c.code for c in countries)


def _area_ids(areas: Iterable[AreaId]) -> str:
    return _join(a.value for a in areas)


def _evidence(spans: tuple[Span, ...]) -> Row:
    if not spans:
        return {"start": None, "end": None}
    return {"start": min(s.start for s in spans), "end": max(s.end for s in spans)}


def _meeting(m: Meeting) -> Row:
    window = m.date_window
    return {
        "date": m.date,
        "date_start": window[0] if window else None,
        "date_end": window[1] if window else None,
        "location": m.location,
        "participants": _join(p.name for p in m.participants),
        "countries": _codes(m.countries),
        "status": m.status.value,
        "kind": m.kind.value,
        "areas": _area_ids(m.areas),
        **_evidence(m.spans),
    }


def _statement(s: Statement) -> Row:
    speaker = s.speaker
    return {
        "speaker": speaker.name if speaker else None,
        "speaker_title": speaker.title if speaker else None,
        "speaker_country": speaker.country.code if speaker and speaker.country else None,
        "text": s.text,
        "kind": s.kind.value,
        "channel": s.channel.value,
        **_evidence(s.spans),
    }


def _commitment(c: Commitment) -> Row:
    return {
        "parties": _codes(c.parties),
        "action": c.action,
        "modality": c.modality.value,
        "timeframe": c.timeframe,
        "areas": _area_ids(c.areas),
        **_evidence(c.spans),
    }


def _area(a: CooperationArea) -> Row:
    return {"id": a.id.value, "label": a.label, **_evidence(a.spans)}


def _actor(a: Actor) -> Row:
    return {
        "name": a.name,
        "title": a.title,
        "country": a.country.code if a.country else None,
        "handles": _join(a.handles),
        **_evidence(a.spans),
    }


Record = Meeting | Statement | Commitment | CooperationArea | Actor

_ROW: dict[type, Callable[[object], Row]] = {
    Meeting: _meeting,  # type: ignore[dict-item]
    Statement: _statement,  # type: ignore[dict-item]
    Commitment: _commitment,  # type: ignore[dict-item]
    CooperationArea: _area,  # type: ignore[dict-item]
    Actor: _actor,  # type: ignore[dict-item]
}


def row_of(record: Record) -> Row:
    """The flat row of one record, without the document columns.

    >>> from defrel import Commitment, Country, Modality
    >>> row_of(Commitment((Country("IND", "India"),), "hold exercises", Modality.WILL))
    {'parties': 'IND', 'action': 'hold exercises', 'modality': 'will', 'timeframe': None, 'areas': '', 'start': None, 'end': None}
    """  # noqa: E501
    return _ROW[type(record)](record)


def _records_of(report: Report, table: str) -> tuple[Record, ...]:
    if table == "meetings":
        return report.meetings
    if table == "statements":
        return report.statements
    if table == "commitments":
        return report.commitments
    if table == "areas":
        return report.areas
    return report.actors


def _reports(reports: Report | Iterable[Report]) -> Iterable[Report]:
    if isinstance(reports, Report):
        return (reports,)
    return reports


def to_records(reports: Report | Iterable[Report], table: Table) -> list[Row]:
    """One flat dict per record of one kind, across reports: the rows of ``to_frame``.

    ``table`` is ``"meetings"``, ``"statements"``, ``"commitments"``, ``"areas"``
    or ``"actors"``; the keys are ``COLUMNS[table]``. Dates stay ``datetime.date``.

    >>> import datetime as dt
    >>> from defrel import Country, Document, Meeting, MeetingKind, Report
    >>> meeting = Meeting(
    ...     date=dt.date(2024, 3, 4),
    ...     location="Canberra",
    ...     countries=(Country("AUS", "Australia"), Country("JPN", "Japan")),
    ...     kind=MeetingKind.TALKS,
    ... )
    >>> report = Report(Document("...", dt.date(2024, 3, 5), "a.txt"), meetings=(meeting,))
    >>> [row] = to_records([report], "meetings")
    >>> row["source"], row["date"].isoformat(), row["countries"], row["status"], row["kind"]
    ('a.txt', '2024-03-04', 'AUS; JPN', 'held', 'talks')
    >>> to_records(report, "statements")
    []
    >>> to_records(report, "votes")  # type: ignore[arg-type]
    Traceback (most recent call last):
    ...
    ValueError: unknown table 'votes': choose one of meetings, statements, commitments, areas, actors
    """  # noqa: E501
    if table not in COLUMNS:
        msg = f"unknown table {table!r}: choose one of {', '.join(COLUMNS)}"
        raise ValueError(msg)
    rows: list[Row] = []
    for report in _reports(reports):
        doc = report.document
        head: Row = {"source": doc.source, "published": doc.published}
        rows.extend({**head, **row_of(record)} for record in _records_of(report, table))
    return rows


def to_frame(reports: Report | Iterable[Report], table: Table) -> pd.DataFrame:
    """A pandas DataFrame of one kind of record, one row per record (needs ``defrel[pandas]``).

    The columns are ``COLUMNS[table]``; date columns (``published``, ``date``,
    ``date_start``, ``date_end``) are ``datetime64`` with ``NaT`` for unknown.

    >>> import datetime as dt
    >>> from defrel import CooperationArea, AreaId, Document, Report
    >>> report = Report(
    ...     Document("Space and cyber.", dt.date(2024, 1, 2), "b.txt"),
    ...     areas=(CooperationArea(AreaId.SPACE, "Space"), CooperationArea(AreaId.CYBER, "cyber")),
    ... )
    >>> frame = to_frame([report], "areas")
    >>> list(frame.columns)
    ['source', 'published', 'id', 'label', 'start', 'end']
    >>> frame["id"].tolist()
    ['space', 'cyber']
    >>> str(frame["published"].iloc[0].date())
    '2024-01-02'
    >>> len(to_frame([], "meetings"))
    0
    """
    rows = to_records(reports, table)
    try:
        import pandas as pd  # noqa: PLC0415 - pandas is an optional extra
    except ImportError as exc:
        msg = (
            "defrel.to_frame needs pandas, an optional extra: pip install 'defrel[pandas]' "
            "(or use defrel.to_records, which needs nothing)"
        )
        raise ImportError(msg, name="pandas") from exc
    columns = list(COLUMNS[table])
    frame = pd.DataFrame.from_records(rows, columns=columns)
    for name in columns:
        if name in _DATE_COLUMNS:
            frame[name] = pd.to_datetime(frame[name])
    return frame
