"""Quotation marks: the runs of marks, found one by one or by one scan."""

from __future__ import annotations

import pytest

from defrel import _quotes
from defrel._text import prepare


def _scanned(body: str) -> list[tuple[int, int]]:
    return [m.span() for m in _quotes._RUN.finditer(body)]


@pytest.mark.parametrize(
    "body",
    [
        "",
        "No marks at all.",
        'He said "we will go" and left.',
        "It's the ministers' view.",
        "She said “we will go” and ‘soon’, «now».",
        '“"Nested" marks,” he said.',
        "Plain ASCII text with 'single' marks and \"double\" ones.",
    ],
)
def test_runs_found_one_by_one_are_those_of_one_scan(body: str) -> None:
    assert _quotes._runs(body) == _scanned(body)


@pytest.mark.parametrize("mark", ['"', "“", "'"])
@pytest.mark.parametrize("extra", [-1, 0, 1, 2])
def test_runs_past_the_few_marks_switch_to_one_scan(mark: str, extra: int) -> None:
    # Around the bound: as many marks as ``_FEW``, one fewer, and more (the scan then).
    body = " ".join(f"a{mark}b" for _ in range(_quotes._FEW + extra))
    assert _quotes._runs(body) == _scanned(body)
    mixed = body + " “x” ’y‘"
    assert _quotes._runs(mixed) == _scanned(mixed)


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        (
            'They met on Monday."Our armies will train together," the chief said.',
            ["Our armies will train together,"],
        ),
        ('It ended."they said so" is no opening before a small letter.', []),
        # an open quotation closes at a stop run on into the next sentence
        (
            'They met."Our armies will train together."The chiefs then left the base.',
            ["Our armies will train together."],
        ),
        (
            "They met.“Our armies will train together.”The chiefs then left the base.",
            ["Our armies will train together."],
        ),
    ],
)
def test_a_double_mark_run_on_after_a_stop_opens_before_a_capital(
    body: str, quoted: list[str]
) -> None:
    q = _quotes.find_quotes(prepare(body))
    got = [
        body[o + 1 : c] for o, c, closed in zip(q.open, q.close, q.closed, strict=True) if closed
    ]
    assert got == quoted


def _read_each_run(
    text: str, p0: int, p1: int, runs: list[tuple[int, int]]
) -> tuple[list[int], list[int], list[bool]]:
    """Every run read by ``_quotes._read`` as a chunk, lone marks too (the path before the
    inline reading of a lone mark)."""
    opens: list[int] = []
    closes: list[int] = []
    closed: list[bool] = []
    open_abs, family = -1, ""
    for a, b in runs:
        is_open = open_abs >= 0
        first, r_open, r_close, r_closed, exit_open, family = _quotes._read(
            text[a:b],
            text[a - 1] if a > p0 else " ",
            text[b] if b < p1 else " ",
            is_open,
            family if is_open else "",
        )
        if first is not None:
            o, c, cl = first
            o = open_abs if o < 0 else a + o
            stop = a + c
            if not cl:
                while stop > o + 1 and text[stop - 1].isspace():
                    stop -= 1
            opens.append(o)
            closes.append(stop)
            closed.append(cl)
            opens.extend(a + x for x in r_open)
            closes.extend(a + x for x in r_close)
            closed.extend(r_closed)
        if exit_open is None:
            open_abs = -1
        elif exit_open >= 0:
            open_abs = a + exit_open
    if open_abs >= 0 and family != "single":
        stop = p1
        while stop > open_abs + 1 and text[stop - 1].isspace():
            stop -= 1
        opens.append(open_abs)
        closes.append(stop)
        closed.append(False)
    return opens, closes, closed


@pytest.mark.parametrize(
    "body",
    [
        'He said "we will go" and left.',
        "It's the ministers' view, 'a b c' and ‘d e’.",
        "She said “we will go” and ‘soon’, «now» and « later ».",
        '“"Nested" marks,” he said, “and “another ” one.',
        "A “left open one. Then “a second” and ‘an 'inner' one’.",
        '«Guillemets with “inner” and » marks» then "x".',
        'Marks ("in brackets") and —“after a dash”— ok " lone " .',
        'Runs: “”“ and "\'" and ’‘ mixed.”',
    ],
)
def test_a_lone_mark_read_inline_as_by_the_chunk_reader(body: str) -> None:
    runs = _quotes._runs(body)
    got = _quotes._paragraph_quotes(body, 0, len(body), runs)
    assert got[:3] == _read_each_run(body, 0, len(body), runs)


@pytest.mark.parametrize("count", [3, _quotes._EAGER, _quotes._EAGER + 1])
def test_quotes_built_at_once_or_as_asked_for_alike(count: int) -> None:
    from defrel._text import prepare

    body = " ".join(f"“a{k} b” c ‘d’" for k in range(count)) + "\n“left open"
    quotes = _quotes.find_quotes(prepare(body))
    built = [quotes[k] for k in range(len(quotes))]
    assert list(quotes.items) == built == list(quotes)
    assert list(quotes.items[2:5]) == built[2:5]
    assert all(q.end == q.close + q.closed for q in built)
    assert (type(quotes.items) is list) == (len(quotes) <= _quotes._EAGER)
