from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import defrel
from defrel import (
    Actor,
    AreaId,
    Channel,
    Commitment,
    CooperationArea,
    Country,
    Document,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Modality,
    Report,
    Span,
    Statement,
    StatementKind,
)

texts = st.text(max_size=40)
spans = st.tuples(
    st.integers(0, 500), st.integers(0, 500), st.sampled_from(["", "date", "quote"])
).map(lambda t: Span(min(t[0], t[1]), max(t[0], t[1]), t[2]))
span_tuples = st.lists(spans, max_size=3).map(tuple)
countries = st.builds(Country, st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3), texts)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
actors = st.builds(
    Actor,
    texts,
    st.none() | texts,
    st.none() | countries,
    st.lists(texts, max_size=2).map(tuple),
    spans=span_tuples,
)
meetings = st.builds(
    Meeting,
    date=st.none() | dates,
    date_window=st.none() | st.tuples(dates, dates),
    location=st.none() | texts,
    participants=st.lists(actors, max_size=2).map(tuple),
    countries=st.lists(countries, max_size=3).map(tuple),
    status=st.sampled_from(MeetingStatus),
    kind=st.sampled_from(MeetingKind),
    areas=st.lists(st.sampled_from(AreaId), max_size=3).map(tuple),
    spans=span_tuples,
)
statements = st.builds(
    Statement,
    st.none() | actors,
    texts,
    st.sampled_from(StatementKind),
    st.sampled_from(Channel),
    spans=span_tuples,
)
commitments = st.builds(
    Commitment,
    st.lists(countries, max_size=2).map(tuple),
    texts,
    st.sampled_from(Modality),
    st.none() | texts,
    st.lists(st.sampled_from(AreaId), max_size=3).map(tuple),
    spans=span_tuples,
)
areas = st.builds(CooperationArea, st.sampled_from(AreaId), texts, spans=span_tuples)
documents = st.builds(Document, st.text(max_size=200), st.none() | dates, st.none() | texts)
reports = st.builds(
    Report,
    documents,
    st.lists(meetings, max_size=2).map(tuple),
    st.lists(statements, max_size=2).map(tuple),
    st.lists(commitments, max_size=2).map(tuple),
    st.lists(areas, max_size=2).map(tuple),
    st.lists(actors, max_size=2).map(tuple),
)


def _spans_of(report: Report) -> list[tuple[Span, ...]]:
    out = [a.spans for a in report.actors]
    out += [m.spans for m in report.meetings] + [
        p.spans for m in report.meetings for p in m.participants
    ]
    out += [s.spans for s in report.statements] + [c.spans for c in report.commitments]
    out += [a.spans for a in report.areas]
    return out


@given(reports)
def test_report_round_trip_is_lossless(report: Report) -> None:
    back = defrel.from_json(defrel.to_json(report), Report)
    assert back == report
    assert _spans_of(back) == _spans_of(report)  # provenance, which == ignores
    assert defrel.from_dict(defrel.to_dict(report), Report) == report


def test_spans_are_out_of_eq_and_repr() -> None:
    a = Actor("Lloyd Austin", spans=(Span(0, 5),))
    b = Actor("Lloyd Austin", spans=(Span(9, 14),))
    assert a == b
    assert hash(a) == hash(b)
    assert "spans" not in repr(a)


def test_dates_and_enums_are_plain_json() -> None:
    m = Meeting(date=dt.date(2023, 6, 5), status=MeetingStatus.PLANNED, kind=MeetingKind.CALL)
    data = json.loads(defrel.to_json(m))
    assert data["date"] == "2023-06-05"
    assert data["status"] == "planned"
    assert data["kind"] == "call"


def test_seed_report_round_trips(seed_report: Report) -> None:
    assert defrel.from_json(defrel.to_json(seed_report), Report) == seed_report


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('{"code": "IND", "name": "India", "extra": 1}', "extra"),
        ('{"code": "IND"}', "$.name"),
        ("[1, 2]", "expected a JSON object"),
        ("{not json", "malformed JSON"),
        ('{"code": 3, "name": []}', "$."),
    ],
)
def test_bad_json_says_where(text: str, where: str) -> None:
    with pytest.raises(defrel.SerializationError) as info:
        defrel.from_json(text, Country)
    assert where in str(info.value)


def test_bad_nested_date_is_located() -> None:
    data = defrel.to_dict(Report(Document("x"), meetings=(Meeting(date=dt.date(2020, 1, 1)),)))
    data["meetings"][0]["date"] = "2020-13-01"
    with pytest.raises(defrel.SerializationError, match=r"\$\.meetings\[0\]\.date"):
        defrel.from_dict(data, Report)


def test_foreign_enum_value_is_rejected() -> None:
    data = defrel.to_dict(Meeting())
    data["status"] = "cancelled"
    with pytest.raises(defrel.SerializationError, match="status"):
        defrel.from_dict(data, Meeting)


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (5, 2, "span end 2 is before its start 5"),
        (-1, 2, "start must be >= 0, got -1"),
        (1, -2, "end must be >= 0, got -2"),
        (-3, -1, "start must be >= 0, got -3"),
        (0, -1, "end must be >= 0, got -1"),
    ],
)
def test_span_validation(start: int, end: int, message: str) -> None:
    with pytest.raises(ValueError, match=f"^{message}$"):
        Span(start, end)


def test_span_may_be_empty() -> None:
    assert Span(0, 0) == Span(0, 0, "")
    assert Span(7, 7, "date").role == "date"


def test_json_span_with_negative_offset_is_rejected() -> None:
    with pytest.raises(defrel.SerializationError):
        defrel.from_json('{"start": -1, "end": 2, "role": ""}', Span)
