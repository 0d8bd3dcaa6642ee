from __future__ import annotations

import datetime as dt
import html
import re

import pytest
from hypothesis import given

from defrel import (
    Actor,
    AreaId,
    Commitment,
    CooperationArea,
    Country,
    Document,
    Meeting,
    MeetingKind,
    Modality,
    Report,
    Span,
    Statement,
    to_html,
)
from defrel._html import category_of, report_html
from tests.test_json import reports

TEXT = (
    "Defence ministers Ana Lopez and Ben Ode met in Lima on 3 May. "
    '"We will train together," Lopez said.'
)
USA = Country("USA", "United States")


def _at(word: str, role: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return Span(start, start + len(word), role)


def _report() -> Report:
    ana = Actor("Ana Lopez", "Defence Minister", USA, spans=(_at("Ana Lopez", "name"),))
    meeting = Meeting(
        date=dt.date(2024, 5, 3),
        location="Lima",
        participants=(ana,),
        kind=MeetingKind.TALKS,
        spans=(_at("met", "trigger"), _at("Lima", "location"), _at("3 May", "date")),
    )
    quote = Statement(
        Actor("Ana Lopez", spans=(_at("Lopez", "speaker", 1),)),
        "We will train together,",
        spans=(_at("We will train together,", "quote"),),
    )
    commitment = Commitment(
        (USA,), "train together", Modality.WILL, spans=(_at("will train together", "action"),)
    )
    area = CooperationArea(AreaId.TRAINING_EDUCATION, "train", spans=(_at("train", "area"),))
    return Report(
        Document(TEXT, dt.date(2024, 5, 6), "lima.txt"),
        meetings=(meeting,),
        statements=(quote,),
        commitments=(commitment,),
        areas=(area,),
        actors=(ana,),
    )


def _article(page: str) -> str:
    return page.split('<div class="dr-article">', 1)[1].split("</div>", 1)[0]


def _marks(page: str) -> list[tuple[str, str, str]]:
    """(classes, title, text) of every mark in the article."""
    found = re.findall(
        r'<mark class="([^"]*)" data-defrel="[^"]*" title="([^"]*)">([^<]*)</mark>', _article(page)
    )
    return [(c, html.unescape(t), html.unescape(x)) for c, t, x in found]


@pytest.mark.parametrize(
    ("role", "record", "category"),
    [
        ("participant", Meeting(), "participant"),
        ("speaker", Statement(None, "x"), "participant"),
        ("country", Meeting(), "country"),
        ("parties", Commitment((), "x", Modality.WILL), "country"),
        ("location", Meeting(), "place"),
        ("date", Meeting(), "date"),
        ("timeframe", Commitment((), "x", Modality.WILL), "date"),
        ("quote", Statement(None, "x"), "quote"),
        ("action", Commitment((), "x", Modality.WILL), "commitment"),
        ("cue", Commitment((), "x", Modality.WILL), "commitment"),
        ("keyword", CooperationArea(AreaId.SPACE, "x"), "area"),
        ("", Meeting(), "meeting"),
        ("", Statement(None, "x"), "quote"),
        ("", Actor("A"), "participant"),
    ],
)
def test_span_categories(role: str, record: object, category: str) -> None:
    assert category_of(Span(0, 1, role), record) == category  # type: ignore[arg-type]


def test_article_text_survives_exactly() -> None:
    page = report_html(_report())
    plain = html.unescape(re.sub(r"<[^>]+>", "", _article(page)))
    assert plain == TEXT


def test_each_finding_is_marked_with_its_record() -> None:
    marks = _marks(report_html(_report()))
    by_text = {text: (classes, title) for classes, title, text in marks}
    assert by_text["Lima"][0] == "dr dr-place"
    assert "Meeting 1: held talks 2024-05-03 in Lima (Ana Lopez)" in by_text["Lima"][1]
    assert by_text["3 May"][0] == "dr dr-date"
    assert by_text["Ana Lopez"][0] == "dr dr-participant"
    assert "Actor: Ana Lopez (Defence Minister, United States)" in by_text["Ana Lopez"][1]
    assert "participant Ana Lopez" in by_text["Ana Lopez"][1]
    assert by_text["met"][0] == "dr dr-meeting"


def test_overlapping_spans_split_into_pieces() -> None:
    # The quote holds the commitment, which holds the area keyword "train".
    marks = _marks(report_html(_report()))
    texts = [text for _, _, text in marks]
    assert texts[texts.index("We ") : texts.index("We ") + 4] == [
        "We ",
        "will ",
        "train",
        " together",
    ]
    by_text = {text: (classes, title) for classes, title, text in marks}
    assert by_text["We "][0] == "dr dr-quote"
    assert by_text["will "][0] == "dr dr-quote dr-commitment"
    assert by_text["train"][0] == "dr dr-area dr-quote dr-commitment"
    title = by_text["train"][1]
    assert "Area: training-education" in title
    assert "Statement 1 (direct, unknown) by Ana Lopez" in title
    assert "Commitment 1 (will, USA): train together" in title


def test_legend_counts_findings_per_category() -> None:
    page = report_html(_report())
    legend = page.split('<div class="dr-legend">', 1)[1].split("</div>", 1)[0]
    counts = dict(re.findall(r'<mark class="dr dr-(\w+)">[^<]*</mark> (\d+)', legend))
    assert counts == {
        "participant": "2",
        "country": "0",
        "place": "1",
        "date": "1",
        "meeting": "1",
        "quote": "1",
        "commitment": "1",
        "area": "1",
    }


def test_tables_follow_the_article() -> None:
    page = report_html(_report())
    tail = page.split('<div class="dr-article">', 1)[1].split("</div>", 1)[1]
    for heading in (
        "Meetings (1)",
        "Statements (1)",
        "Commitments (1)",
        "Cooperation areas (1)",
        "Actors (1)",
    ):
        assert f"<h4>{heading}</h4>" in tail
    assert "<td>training-education</td>" in tail


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "</mark></div><script>x()</script>",
        '" onmouseover="alert(1)',
        "<style>body{display:none}</style>",
        "&lt;already escaped&gt; & friends",
    ],
)
def test_nothing_from_the_article_or_records_is_markup(payload: str) -> None:
    text = f"Talks {payload} ended."
    actor = Actor(
        payload, payload, Country("XXX", payload), (payload,), spans=(Span(0, len(text), payload),)
    )
    report = Report(
        Document(text, source=payload),
        statements=(Statement(actor, payload, spans=(Span(6, 6 + len(payload), payload),)),),
        areas=(CooperationArea(AreaId.CYBER, payload, spans=(Span(2, 9),)),),
        actors=(actor,),
    )
    page = report_html(report)
    assert page.count("<script") == 0
    assert page.count("<img") == 0
    assert page.count("<style>") == 1  # our own
    assert 'onmouseover="' not in page
    assert html.escape(payload, quote=True) in page


def test_spans_outside_the_text_are_clipped() -> None:
    report = Report(
        Document("Short."),
        areas=(CooperationArea(AreaId.SPACE, "x", spans=(Span(3, 99), Span(50, 60))),),
    )
    assert [text for _, _, text in _marks(report_html(report))] == ["rt."]


def test_repr_html_of_report_and_records() -> None:
    report = _report()
    assert report._repr_html_() == report_html(report)
    for record in (
        report.meetings[0],
        report.statements[0],
        report.commitments[0],
        report.areas[0],
        report.actors[0],
    ):
        snippet = record._repr_html_()
        assert snippet.startswith('<table class="defrel-record">')
        assert f"<caption>{type(record).__name__}</caption>" in snippet
    assert "<th>countries</th><td>USA</td>" not in report.meetings[0]._repr_html_()
    assert "<th>location</th><td>Lima</td>" in report.meetings[0]._repr_html_()


def test_page_is_standalone() -> None:
    page = to_html([_report(), _report()])
    assert page.count('<div class="defrel-report">') == 2
    assert "Content-Security-Policy" in page
    assert not re.search(r"(src|href)=\"?(https?:)?//", page)
    assert "@import" not in page
    assert "<script" not in page


def test_a_place_named_as_country_evidence_is_coloured_as_a_place() -> None:
    text = "Talks in Tokyo."
    meeting = Meeting(location="Tokyo", spans=(Span(9, 14, "country"), Span(9, 14, "location")))
    [(classes, title, word)] = _marks(report_html(Report(Document(text), meetings=(meeting,))))
    assert (classes, word) == ("dr dr-place", "Tokyo")
    assert title.splitlines() == [
        "place · Meeting 1: held other in Tokyo",
        "country · Meeting 1: held other in Tokyo",
    ]


@given(reports)
def test_any_report_renders_its_text_exactly_and_inertly(report: Report) -> None:
    page = report_html(report)
    article = _article(page)
    assert html.unescape(re.sub(r"<[^>]+>", "", article)) == report.document.text
    assert re.findall(r"<(/?\w+)", article) == ["mark", "/mark"] * article.count("<mark")
    assert "<script" not in page
