"""Hypothesis properties (issue 6): any text parses, spans hold, the loader and JSON lose nothing.

Bounded by the profiles in ``tests/conftest.py`` so CI stays fast.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import defrel
from tests.test_robust import DOMAIN, assert_valid_spans

# News words the extractors fire on, mixed with any unicode at all (surrogates included).
_piece = st.one_of(
    st.sampled_from(DOMAIN),
    st.sampled_from(DOMAIN).map(lambda w: w + " "),
    st.text(max_size=6),
    st.text(st.characters(codec=None, categories=None), max_size=3),
    st.sampled_from((" ", " ", " ", "\n", "\r\n", ". ", ", ", "\t", "\x00", "\u00a0")),
)
news_text = st.lists(_piece, max_size=60).map("".join)
published = st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
_small = settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])


@given(news_text, published)
@example("", None)
@example("“", None)
@example("He said “We will.” “ and ‘ ’", dt.date(2024, 1, 1))
def test_any_text_parses_with_valid_spans(text: str, when: dt.date | None) -> None:
    report = defrel.parse(text, published=when)
    assert isinstance(report, defrel.Report)
    assert report.document.text == text
    assert_valid_spans(report)


@_small
@given(news_text, published)
def test_same_input_same_output(text: str, when: dt.date | None) -> None:
    first, second = defrel.parse(text, published=when), defrel.parse(text, published=when)
    assert first == second
    assert defrel.to_json(first) == defrel.to_json(second)


# -- serialisation -------------------------------------------------------------------------


@_small
@given(news_text, published)
def test_report_round_trips_through_json(text: str, when: dt.date | None) -> None:
    report = defrel.parse(text, published=when)
    data = defrel.to_json(report)
    back = defrel.from_json(data, defrel.Report)
    assert back == report
    assert defrel.to_json(back) == data  # spans (left out of ==) survive too


def _kept(given: object, out: object) -> bool:
    """Every value ``given`` holds is in ``out`` unchanged; ``out`` may add defaulted keys."""
    if isinstance(given, dict):
        return isinstance(out, dict) and all(
            k in out and _kept(v, out[k]) for k, v in given.items()
        )
    if isinstance(given, list):
        return (
            isinstance(out, list)
            and len(given) == len(out)
            and all(_kept(g, o) for g, o in zip(given, out, strict=True))
        )
    return given == out


def _rejects_or_round_trips(data: str | bytes) -> None:
    """``from_json`` raises SerializationError, or returns a Report that keeps the whole input.

    A record may leave out fields that have defaults (``{}`` is a meeting with every field
    at its default); the Report then holds those defaults and nothing else changes.
    """
    try:
        report = defrel.from_json(data, defrel.Report)
    except defrel.SerializationError:
        return
    assert isinstance(report, defrel.Report)
    out = defrel.to_json(report)
    assert _kept(json.loads(data), json.loads(out))
    assert defrel.to_json(defrel.from_json(out, defrel.Report)) == out


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)


@given(_json_values)
def test_foreign_json_is_rejected_cleanly(value: object) -> None:
    _rejects_or_round_trips(json.dumps(value))


@given(st.one_of(st.text(max_size=40), st.binary(max_size=40)))
@example("[" * 100_000)
@example("1" * 5_000)
@example('{"document": ' * 5_000)
@example(b"\xef\xbb\xbf{}")
@example("\ufeff{}")
@example("NaN")
def test_malformed_json_is_rejected_cleanly(data: str | bytes) -> None:
    _rejects_or_round_trips(data)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += _paths(value, (*path, i))
    return out


def _sample_report() -> defrel.Report:
    """One record of every kind, every optional field filled, built by hand."""
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
        Span,
        Statement,
        StatementKind,
    )

    text = "Defence Minister Arjun Mehta met Kenji Sato in Tokyo on Monday. “We will train.”"
    ind, jpn = Country("IND", "India"), Country("JPN", "Japan")
    mehta = Actor("Arjun Mehta", "Defence Minister", ind, ("@x",), spans=(Span(17, 28, "full"),))
    sato = Actor("Kenji Sato", None, jpn, (), spans=(Span(33, 43, "full"),))
    return defrel.Report(
        document=Document(text, dt.date(2024, 3, 11), "a.txt"),
        meetings=(
            Meeting(
                date=dt.date(2024, 3, 11),
                date_window=(dt.date(2024, 3, 11), dt.date(2024, 3, 12)),
                location="Tokyo",
                participants=(mehta, sato),
                countries=(ind, jpn),
                status=MeetingStatus.HELD,
                kind=MeetingKind.TALKS,
                areas=(AreaId.TRAINING_EDUCATION,),
                spans=(Span(29, 32, "trigger"), Span(47, 52, "location")),
            ),
        ),
        statements=(
            Statement(
                mehta,
                "We will train.",
                StatementKind.DIRECT,
                Channel.SPEECH,
                spans=(Span(65, 79, "quote"),),
            ),
        ),
        commitments=(
            Commitment(
                (ind,),
                "train",
                Modality.WILL,
                "soon",
                (AreaId.TRAINING_EDUCATION,),
                spans=(Span(68, 78, "action"),),
            ),
        ),
        areas=(CooperationArea(AreaId.TRAINING_EDUCATION, "training", spans=(Span(73, 78),)),),
        actors=(mehta, sato),
    )


_SEED_DATA: dict[str, Any] = defrel.to_dict(_sample_report())
_SEED_PATHS = _paths(_SEED_DATA)


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        node = node[key]
    return node


_wrong = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 10**6),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    st.sampled_from(["2024-02-30", "20240101", "held", "quote", "-1", "USA"]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


@_small
@given(st.sampled_from(_SEED_PATHS[1:]), _wrong)
@example(("meetings", 0), {})  # every field defaulted: accepted, defaults filled in
def test_wrong_types_are_rejected_cleanly(path: tuple[Any, ...], value: object) -> None:
    data = copy.deepcopy(_SEED_DATA)
    parent = _get(data, path[:-1])
    parent[path[-1]] = value
    _rejects_or_round_trips(json.dumps(data))


@_small
@given(st.sampled_from([p for p in _SEED_PATHS if isinstance(_get(_SEED_DATA, p), dict)]))
def test_extra_keys_are_rejected(path: tuple[Any, ...]) -> None:
    data = copy.deepcopy(_SEED_DATA)
    _get(data, path)["unexpected"] = 1
    with pytest.raises(defrel.SerializationError):
        defrel.from_json(json.dumps(data), defrel.Report)


@_small
@given(st.sampled_from([p for p in _SEED_PATHS if isinstance(_get(_SEED_DATA, p), dict)]))
def test_missing_keys_are_rejected_or_defaulted(path: tuple[Any, ...]) -> None:
    data = copy.deepcopy(_SEED_DATA)
    node = _get(data, path)
    for key in list(node)[:1]:
        del node[key]
    try:
        report = defrel.from_json(json.dumps(data), defrel.Report)
    except defrel.SerializationError:
        return
    assert isinstance(report, defrel.Report)  # a field with a default may be left out


# -- the loader ----------------------------------------------------------------------------

_bodies = st.lists(
    st.one_of(
        st.text(max_size=10),
        st.sampled_from(("\r\n", "\n", "\r", " ", "\t", "  \r\n", "\ufeff", " date ")),
    ),
    max_size=20,
).map("".join)


@given(
    body=_bodies,
    header=st.one_of(st.none(), st.dates()),
    bom=st.booleans(),
    crlf=st.booleans(),
    trailing=st.sampled_from(("", " ", "\n", "\r\n", " \t \r\n\r\n")),
)
def test_loader_keeps_the_body_exactly(
    tmp_path_factory: pytest.TempPathFactory,
    body: str,
    header: dt.date | None,
    bom: bool,
    crlf: bool,
    trailing: str,
) -> None:
    if crlf:
        body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    body += trailing
    if header is None:
        # Without a header a body must not look like one, and a leading U+FEFF is a BOM.
        assume(not body.startswith(" date "))
        assume(bom or not body.startswith("\ufeff"))
    raw = (f" date {header.isoformat()} " if header else "") + body
    data = (b"\xef\xbb\xbf" if bom else b"") + raw.encode("utf-8")
    path = tmp_path_factory.mktemp("load") / "article.txt"
    path.write_bytes(data)
    if not raw:
        with pytest.raises(defrel.LoadError, match="empty"):
            defrel.load(path)
        return
    doc = defrel.load(path)
    assert doc.text == body
    assert doc.published == header
    assert doc.source == str(path)
    assert_valid_spans(defrel.parse(doc))
