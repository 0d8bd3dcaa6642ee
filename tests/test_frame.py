from __future__ import annotations

import csv
import datetime as dt
import io
import sys

import pytest

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
from defrel._frame import COLUMNS

IND = Country("IND", "India")
USA = Country("USA", "United States")
ANA = Actor("Ana Lopez", "Defence Minister", USA, ("@ana",), spans=(Span(4, 13),))
BEN = Actor("Ben Ode", None, IND)

REPORT = Report(
    Document("x" * 50, dt.date(2024, 5, 6), "one.txt"),
    meetings=(
        Meeting(
            date=None,
            date_window=(dt.date(2024, 6, 1), dt.date(2024, 6, 30)),
            location="Lima",
            participants=(ANA, BEN),
            countries=(USA, IND),
            status=MeetingStatus.PLANNED,
            kind=MeetingKind.VISIT,
            areas=(AreaId.SPACE, AreaId.CYBER),
            spans=(Span(10, 20), Span(2, 5)),
        ),
    ),
    statements=(Statement(ANA, "We will.", StatementKind.REPORTED, Channel.TWEET),),
    commitments=(Commitment((USA, IND), "train", Modality.AGREED, "next year"),),
    areas=(CooperationArea(AreaId.SPACE, "space"),),
    actors=(ANA, BEN),
)
OTHER = Report(Document("y", None, None), statements=(Statement(None, "Words without a speaker."),))


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            "meetings",
            {
                "source": "one.txt",
                "published": dt.date(2024, 5, 6),
                "date": None,
                "date_start": dt.date(2024, 6, 1),
                "date_end": dt.date(2024, 6, 30),
                "location": "Lima",
                "participants": "Ana Lopez; Ben Ode",
                "countries": "USA; IND",
                "status": "planned",
                "kind": "visit",
                "areas": "space; cyber",
                "start": 2,
                "end": 20,
            },
        ),
        (
            "statements",
            {
                "source": "one.txt",
                "published": dt.date(2024, 5, 6),
                "speaker": "Ana Lopez",
                "speaker_title": "Defence Minister",
                "speaker_country": "USA",
                "text": "We will.",
                "kind": "reported",
                "channel": "tweet",
                "start": None,
                "end": None,
            },
        ),
        (
            "commitments",
            {
                "source": "one.txt",
                "published": dt.date(2024, 5, 6),
                "parties": "USA; IND",
                "action": "train",
                "modality": "agreed",
                "timeframe": "next year",
                "areas": "",
                "start": None,
                "end": None,
            },
        ),
        (
            "areas",
            {
                "source": "one.txt",
                "published": dt.date(2024, 5, 6),
                "id": "space",
                "label": "space",
                "start": None,
                "end": None,
            },
        ),
    ],
)
def test_one_flat_row_per_record(table: defrel._frame.Table, expected: dict[str, object]) -> None:
    [row] = defrel.to_records([REPORT], table)
    assert row == expected
    assert tuple(row) == COLUMNS[table]


def test_rows_from_many_reports_keep_their_source() -> None:
    rows = defrel.to_records([REPORT, OTHER], "statements")
    assert [(r["source"], r["published"], r["speaker"]) for r in rows] == [
        ("one.txt", dt.date(2024, 5, 6), "Ana Lopez"),
        (None, None, None),
    ]
    assert [r["name"] for r in defrel.to_records(REPORT, "actors")] == ["Ana Lopez", "Ben Ode"]


def test_records_write_as_csv() -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS["meetings"])
    writer.writeheader()
    writer.writerows(defrel.to_records([REPORT], "meetings"))
    lines = out.getvalue().splitlines()
    assert (
        lines[1] == "one.txt,2024-05-06,,2024-06-01,2024-06-30,Lima,"
        "Ana Lopez; Ben Ode,USA; IND,planned,visit,space; cyber,2,20"
    )


def test_frame_has_the_same_rows_with_real_dates() -> None:
    import pandas as pd

    frame = defrel.to_frame([REPORT, REPORT], "meetings")
    assert list(frame.columns) == list(COLUMNS["meetings"])
    assert len(frame) == 2
    assert pd.api.types.is_datetime64_any_dtype(frame["date_start"])
    assert pd.isna(frame["date"].iloc[0])
    assert frame["date_end"].iloc[0] == pd.Timestamp("2024-06-30")
    assert frame["participants"].iloc[1] == "Ana Lopez; Ben Ode"


def test_empty_frame_keeps_its_columns() -> None:
    frame = defrel.to_frame([OTHER], "commitments")
    assert frame.empty
    assert list(frame.columns) == list(COLUMNS["commitments"])


def test_seed_frames(seed_report: Report) -> None:
    for table in ("meetings", "statements", "commitments", "areas", "actors"):
        frame = defrel.to_frame(seed_report, table)
        records = getattr(seed_report, table)
        assert len(frame) == len(records)
        assert set(frame["source"]) <= {seed_report.document.source}


def test_without_pandas_to_frame_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(ImportError, match=r"pip install 'defrel\[pandas\]'") as caught:
        defrel.to_frame([REPORT], "meetings")
    assert caught.value.name == "pandas"
    assert defrel.to_records([REPORT], "meetings")  # still works


def test_unknown_table_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown table 'votes'"):
        defrel.to_frame([REPORT], "votes")  # type: ignore[arg-type]
