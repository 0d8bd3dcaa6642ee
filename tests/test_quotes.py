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
