"""Guarded matching: every whole-text pattern runs under a time budget.

Patterns are written to be linear, but scraped input is hostile. ``finditer``
and ``search`` give a pattern a budget that grows with the input; when it trips,
that rule yields nothing more for that input and the parse goes on.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

__all__ = ["budget", "finditer", "search"]

# Seconds allowed per character scanned, with a floor for short texts.
_PER_CHAR = 0.5e-6
_FLOOR = 0.05


def budget(length: int) -> float:
    """The time budget in seconds for one pattern over ``length`` characters.

    >>> budget(0), budget(2_000_000)
    (0.05, 1.0)
    """
    return max(_FLOOR, length * _PER_CHAR)


def finditer(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[regex.Match[str]]:
    """Like ``pattern.finditer``, but stops quietly when the budget runs out.

    >>> [m.group() for m in finditer(regex.compile(r"\\d+"), "a 1 b 22")]
    ['1', '22']
    """
    end = len(text) if endpos is None else endpos
    matches = pattern.finditer(text, pos, end, timeout=budget(end - pos))
    try:
        yield from matches
    except TimeoutError:
        return


def search(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """Like ``pattern.search``, but returns None when the budget runs out.

    >>> search(regex.compile(r"b+"), "abbc").span()
    (1, 3)
    """
    end = len(text) if endpos is None else endpos
    try:
        return pattern.search(text, pos, end, timeout=budget(end - pos))
    except TimeoutError:
        return None
