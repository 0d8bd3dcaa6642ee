"""Guarded matching: every whole-text pattern runs under a time budget.

Patterns are written to be linear, but scraped input is hostile. ``finditer``
and ``search`` give a pattern a budget that grows with the input; when it trips,
that rule yields nothing more for that input and the parse goes on.

The budget is wall-clock time (the only clock the ``regex`` module offers), so
it is set far above what a linear pattern needs: a tripped budget means a
pattern went super-linear, not that the machine was busy. Two things keep the
clock honest, so that the same input gives the same output even under load:

- the pattern keeps the GIL while it matches (``concurrent=False``): by default
  ``regex`` lets go of it, and in a program parsing from several threads the
  time spent waiting to take it back was charged to the pattern;
- ``finditer`` collects its matches before it hands out the first one, so the
  time the caller spends between matches is never charged to the pattern.

A budget per pattern is not enough when a stage runs a pattern once per match of
another (a stretch of the sentence per date, say): on a megabyte with no full
stop that is quadratic. So ``parse`` also runs under a ``deadline`` for the whole
document; past it, every guarded call finds nothing at once and the remaining
rules degrade to a linear walk. The deadline lives in a ``ContextVar``: each
thread (and each asyncio task) has its own. It counts the thread's CPU time
(``time.thread_time``), not the wall clock, so a busy machine or other threads
holding the GIL never cut a parse short.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import time
from collections.abc import Callable, Iterator
from typing import ParamSpec, TypeVar

import regex

__all__ = [
    "budget",
    "deadline",
    "finditer",
    "finditer_linear",
    "search",
    "spent",
    "under_deadline",
    "untimed",
]

P = ParamSpec("P")
R = TypeVar("R")

# Seconds allowed per character scanned, with a floor for short texts. A linear pattern
# scans a megabyte in well under 0.1 s; the floor absorbs scheduling pauses on a busy host.
_PER_CHAR = 1e-6
_FLOOR = 0.25
# The whole document: far above a normal parse, so that it only trips on input that drives a
# stage super-linear. A normal parse costs about 9 us a character today (docs/performance.md);
# at 5 us the deadline cut a 1 MB news document short. Lower this as the stages get faster.
_DOC_PER_CHAR = 20e-6
_DOC_FLOOR = 2.0

# Reading the thread's CPU time is a system call (about 1 us), and the guarded calls are many.
# A thread cannot spend more CPU time than the wall clock shows passing, so up to a wall-clock
# instant fixed when the deadline is set, the deadline cannot have passed yet: a call whose own
# budget ends before that instant gets its whole budget without reading the CPU clock. The
# margin covers a monotonic clock slewed slower than the CPU clock (NTP slews < 0.05 %).
_SLEW = 0.99
_SLACK = 0.001

# The deadline inside ``deadline``: (thread CPU time past which guarded calls give up,
# ``perf_counter`` instant before which that cannot have happened); None outside.
_DEADLINE: contextvars.ContextVar[tuple[float, float] | None] = contextvars.ContextVar(
    "defrel_deadline", default=None
)


def budget(length: int) -> float:
    """The time budget in seconds for one pattern over ``length`` characters.

    >>> budget(0), budget(2_000_000)
    (0.25, 2.0)
    """
    return max(_FLOOR, length * _PER_CHAR)


def _timeout(length: int) -> float:
    """The timeout for one call: its own budget, cut to what is left of the deadline."""
    own = max(_FLOOR, length * _PER_CHAR)  # ``budget``, inlined
    limits = _DEADLINE.get()
    if limits is None or time.perf_counter() + own <= limits[1]:
        return own  # the deadline is at least ``own`` away: no need to read the CPU clock
    return min(own, limits[0] - time.thread_time())


def _limits(end: float) -> tuple[float, float]:
    """The deadline ``end`` (thread CPU time) and the wall-clock instant it cannot precede."""
    wall = time.perf_counter()  # read first: the CPU time spent since is at most the wall time
    now = time.thread_time()
    return end, wall + (end - now) * _SLEW - _SLACK


def spent() -> bool:
    """Whether the deadline (if any) has passed: every guarded call now finds nothing.

    A caller that remembers the answers of guarded scans asks this before reusing one.

    >>> spent()
    False
    """
    limits = _DEADLINE.get()
    return (
        limits is not None and time.perf_counter() > limits[1] and limits[0] <= time.thread_time()
    )


@contextlib.contextmanager
def deadline(length: int) -> Iterator[None]:
    """Run the guarded calls inside under one deadline for a document of ``length`` chars.

    Nested deadlines keep the earlier one.

    >>> with deadline(1_000):
    ...     [m.group() for m in finditer(regex.compile(r"\\d"), "a1b2")]
    ['1', '2']
    """
    mine = time.thread_time() + max(_DOC_FLOOR, length * _DOC_PER_CHAR)
    outer = _DEADLINE.get()
    token = _DEADLINE.set(_limits(mine if outer is None else min(outer[0], mine)))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def under_deadline(fn: Callable[P, R]) -> Callable[P, R]:
    """Decorate ``parse``: its first argument (a ``str`` or a ``Document``) sets the deadline.

    >>> @under_deadline
    ... def count(text: str) -> int:
    ...     return len(list(finditer(regex.compile(r"a"), text)))
    >>> count("banana")
    3
    """

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        first = args[0] if args else None
        text = first if isinstance(first, str) else getattr(first, "text", "")
        # ``with deadline(...)``, spelt out: the same clock readings in the same order,
        # without a generator-based context manager around every parse.
        length = len(text) if isinstance(text, str) else 0
        mine = time.thread_time() + max(_DOC_FLOOR, length * _DOC_PER_CHAR)
        outer = _DEADLINE.get()
        token = _DEADLINE.set(_limits(mine if outer is None else min(outer[0], mine)))
        try:
            return fn(*args, **kwargs)
        finally:
            _DEADLINE.reset(token)

    return wrapper


def untimed(fn: Callable[[], R]) -> Callable[[], R]:
    """Decorate a one-time initialiser (patterns built on first use): its time is not charged.

    The first parse in a process compiles the large lazy patterns, about half a second;
    charged to that parse's deadline, a slow machine could cut the first parse short and
    give a different report for the same text than every later parse. The thread CPU time
    the initialiser spends moves the current deadline (if any) back by as much. Put it under
    ``functools.cache``, so that only the first call runs it.

    >>> @untimed
    ... def table() -> dict[str, int]:
    ...     return {"a": 1}
    >>> with deadline(10):
    ...     table()
    {'a': 1}
    """

    @functools.wraps(fn)
    def wrapper() -> R:
        if _DEADLINE.get() is None:
            return fn()
        start = time.thread_time()
        try:
            return fn()
        finally:
            limits = _DEADLINE.get()
            if limits is not None:
                _DEADLINE.set(_limits(limits[0] + time.thread_time() - start))

    return wrapper


def finditer(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[regex.Match[str]]:
    """Like ``pattern.finditer``, but stops quietly when the budget runs out.

    The matches found before the budget ran out are kept.

    >>> [m.group() for m in finditer(regex.compile(r"\\d+"), "a 1 b 22")]
    ['1', '22']
    """
    end = len(text) if endpos is None else endpos
    timeout = _timeout(end - pos)
    found: list[regex.Match[str]] = []
    if timeout > 0:
        # Not contextlib.suppress: the context manager costs more than a short scan.
        try:  # noqa: SIM105
            found.extend(pattern.finditer(text, pos, end, concurrent=False, timeout=timeout))
        except TimeoutError:  # the matches found so far stay in ``found``
            pass
    return iter(found)


def search(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> regex.Match[str] | None:
    """Like ``pattern.search``, but returns None when the budget runs out.

    >>> search(regex.compile(r"b+"), "abbc").span()
    (1, 3)
    """
    end = len(text) if endpos is None else endpos
    timeout = _timeout(end - pos)
    if timeout <= 0:
        return None
    try:
        return pattern.search(text, pos, end, concurrent=False, timeout=timeout)
    except TimeoutError:
        return None


def finditer_linear(
    pattern: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[regex.Match[str]]:
    """Like ``finditer``, for a pattern that cannot backtrack (one run of one class, ``\\w+``).

    Such a pattern needs no budget of its own, and a budget costs a clock reading per
    match; past the document deadline it still finds nothing.

    >>> [m.group() for m in finditer_linear(regex.compile(r"\\w+"), "a bc")]
    ['a', 'bc']
    """
    end = len(text) if endpos is None else endpos
    if spent():
        return iter(())
    return pattern.finditer(text, pos, end, concurrent=False)
