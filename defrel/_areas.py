"""The cooperation-area stage: the fields of cooperation, from the fixed taxonomy.

The table (``defrel._gaz_areas``) is compiled into two patterns, once, on first use:
the lower-case fragments run over a lower-cased copy of the text (no IGNORECASE on a
large alternation, which is slow), the cased fragments over the text as written.
Both copies have the same offsets, so every span is a slice of the original text.

A rule is tried only at a word start of its keyword stem, where the text starts with one
of the literal strings every match of it starts with (``_opens``, read from the pattern's
source and compared with a byte copy of the lower-cased text, ``_canonical``), and, for
one on the lower-cased copy, if the text holds one of the strings each match holds
(``_needs``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

import attrs
import regex

from defrel import _guard
from defrel._gaz_areas import AREAS, REGIONS
from defrel._model import AreaId, CooperationArea, Country, Span
from defrel._text import Text
from defrel._types import Mentions

__all__ = ["areas_in", "find_areas", "lowered"]

# ``concurrent`` of a regex call, passed by position: the call keeps the GIL (releasing and
# retaking it costs more than a short match).
_SERIAL = False

_LABELS: dict[AreaId, str] = {e.id: e.label for e in AREAS}
_ORDER = tuple(AreaId)
_REGIONAL = _ORDER.index(AreaId.REGIONAL_SECURITY)  # an area's number: its index in _ORDER
_LABEL_OF = tuple(_LABELS[a] for a in _ORDER)  # the label of each area number


_FIRST = "abcdefghijklmnopqrstuvwxyz0123456789"
# Characters that may follow the first one inside a keyword stem.
_INNER = _FIRST + " -'’/&,\n"
_STEM = 4  # keyword stems: the first four characters of a match, lower-cased
_STEM_SIZES = (4, 3, 2)  # longest first; no stem is shorter (checked when the table is built)
_LOOKBEHIND = regex.compile(r"\(\?<[=!](?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)")
_LITERAL = regex.compile(r"[a-z0-9 -]{4}(?![?*+{])")


def _core(fragment: str) -> str:
    """The fragment without its leading lookbehinds (which look at text before the match)."""
    lead = _LOOKBEHIND.match(fragment)
    while lead is not None:
        fragment = fragment[lead.end() :]
        lead = _LOOKBEHIND.match(fragment)
    return fragment


def _top_level_choice(fragment: str) -> bool:
    depth = 0
    for i, ch in enumerate(fragment):
        if ch == "\\" or (i and fragment[i - 1] == "\\"):
            continue
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            return True
    return False


def _stems(fragment: str) -> set[str]:
    """Every lower-case string of up to ``_STEM`` characters a match can start with."""
    core_source = _core(fragment)
    literal = _LITERAL.match(core_source)
    if literal is not None and not _top_level_choice(core_source):
        return {literal.group()}
    core = regex.compile(core_source, regex.IGNORECASE, regions=REGIONS, ignore_unused=True)
    out: set[str] = set()
    todo = [c for c in _FIRST if core.fullmatch(c, partial=True)]
    while todo:
        prefix = todo.pop()
        if len(prefix) == _STEM:
            out.add(prefix)
            continue
        if core.fullmatch(prefix):
            out.add(prefix)
        todo.extend(prefix + c for c in _INNER if core.fullmatch(prefix + c, partial=True))
    return out


# The text as bytes for the literal starts of patterns (``_opens``): each character one byte
# (same offsets), white space a space and every character outside ASCII "?". A pattern's
# literal starts are written so: where the pattern matches, the bytes start with one of them.
_CANON = bytes(32 if c in b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f" else c for c in range(256))


def _canonical(keys: str) -> bytes:
    """``keys`` as ``_CANON`` writes it (two passes in C)."""
    return keys.encode("ascii", "replace").translate(_CANON)


class _UnknownError(ValueError):
    """A construct ``_Reader`` does not read: the pattern gets no literal starts."""


_START_CAP = 256  # literal starts: the most kept for one pattern (more: shorter ones)
_START_LEN = 24  # characters: no literal start is longer
_Opens = list[tuple[bytes, bool]]  # literal starts, each with whether what follows extends it


class _Char(NamedTuple):
    """A character of a pattern: its ``_CANON`` bytes, and itself if it matches itself alone."""

    options: tuple[bytes, ...]
    itself: str | None


class _List(NamedTuple):
    """A named list of a pattern: its strings."""

    words: tuple[str, ...]


class _Other(NamedTuple):
    """A character not known (``zero``: an assertion, which matches nothing)."""

    zero: bool


class _Alt(NamedTuple):
    """A group of a pattern: its branches, each a sequence of elements."""

    branches: tuple[tuple[_Element, ...], ...]


class _Rep(NamedTuple):
    """A repeated element: the fewest, the most (2: more than one)."""

    inner: _Element
    low: int
    high: int


_Element = _Char | _List | _Other | _Alt | _Rep
_ZERO = _Other(zero=True)
_ANY = _Other(zero=False)


class _Reader:
    """A pattern's source read into ``_Element``s (the constructs of the area table).

    Any other construct raises ``_UnknownError``: the pattern is then not tested before it runs.
    A ``cased`` pattern runs on the text as written: its characters are read as the
    lower-cased copy has them there (``_cased``).
    """

    def __init__(self, source: str, lists: dict[str, tuple[str, ...]], cased: bool = False) -> None:
        self.src = source
        self.i = 0
        self.lists = lists
        self.cased = cased
        self.ignore_case = False  # inside "(?i:...)" of a cased pattern

    def read(self) -> _Element:
        found = self._alternation()
        if self.i != len(self.src):
            raise _UnknownError(self.src[self.i :])
        return found

    def _alternation(self) -> _Element:
        branches = [self._sequence()]
        while self.i < len(self.src) and self.src[self.i] == "|":
            self.i += 1
            branches.append(self._sequence())
        return _Alt(tuple(branches))

    def _sequence(self) -> tuple[_Element, ...]:
        src = self.src
        out = []
        while self.i < len(src) and src[self.i] not in "|)":
            out.append(self._quantified(self._atom()))
        return tuple(out)

    def _quantified(self, element: _Element) -> _Element:
        src = self.src
        at = self.i
        ch = src[at : at + 1]
        if ch == "?":
            low, high = 0, 1
        elif ch == "*":
            low, high = 0, 2
        elif ch == "+":
            low, high = 1, 2
        elif ch == "{":
            close = src.index("}", at)
            parts = src[at + 1 : close].split(",")
            if len(parts) > 2 or not all(p.isdigit() or p == "" for p in parts):
                raise _UnknownError(src[at:])
            low = int(parts[0] or 0)
            high = min(int(parts[-1]) if parts[-1] else 2, 2)
            self.i = close
        else:
            return element
        self.i += 1
        if src[self.i : self.i + 1] in ("?", "+"):
            self.i += 1  # lazy or possessive: no other strings (possessive: fewer matches)
        return _Rep(element, low, high)

    def _atom(self) -> _Element:
        src = self.src
        ch = src[self.i]
        if ch == "(":
            return self._group()
        if ch == "[":
            return self._class()
        if ch == "\\":
            nxt = src[self.i + 1]
            self.i += 2
            if nxt in "bB":
                return _ZERO
            if nxt in "wdWSD":
                return _ANY
            if nxt in "pP":
                self.i = src.index("}", self.i) + 1
                return _ANY
            if nxt == "L":
                if self.cased:
                    raise _UnknownError(src[self.i :])
                close = src.index(">", self.i)
                name = src[self.i + 1 : close]
                self.i = close + 1
                return _List(self.lists[name])
            return _Char(_escape(nxt), None if nxt.isalnum() else nxt)
        if ch in ".^$":
            raise _UnknownError(src[self.i :])
        self.i += 1
        if self.cased:
            return _Char(self._cased(ch), None)
        return _Char((_canonical(ch),), ch)

    def _cased(self, ch: str) -> tuple[bytes, ...]:
        """What the lower-cased copy holds where a character of a cased pattern matches.

        The character lower-cased; in "(?i:...)", also "?" for "i" and "s", which match
        "İ" and "ſ" there (the other characters outside ASCII that match an ASCII letter
        ignoring case lower to it: the Kelvin sign to "k"; ``_FOLDED_OUTSIDE``).
        """
        low = ch.lower()
        if len(low) != 1 or (self.ignore_case and ch in _FOLDED_FROM_OUTSIDE):
            raise _UnknownError(ch)  # (not in the table: it would match an ASCII letter)
        if self.ignore_case and low in _FOLDED_OUTSIDE:
            return (_canonical(low), b"?")
        return (_canonical(low),)

    def _class(self) -> _Element:
        src = self.src
        i = self.i + 1
        if src[i] in "^]":
            raise _UnknownError(src[self.i :])
        chars: set[bytes] = set()
        known = True
        while src[i] != "]":
            if src[i] == "\\":
                nxt = src[i + 1]
                if nxt in "wdWSD":
                    known = False
                elif nxt in "pP":
                    known = False
                    i = src.index("}", i) - 1
                elif self.cased and nxt.isalnum():
                    raise _UnknownError(src[i:])
                else:
                    chars.update(_escape(nxt))
                i += 2
            elif src[i + 1 : i + 2] == "-" and src[i + 2 : i + 3] not in ("]", ""):
                if src[i + 2] == "\\":
                    raise _UnknownError(src[i:])
                known = False  # a range
                i += 3
            else:
                chars.update(self._cased(src[i]) if self.cased else (_canonical(src[i]),))
                i += 1
        self.i = i + 1
        return _Char(tuple(sorted(chars)), None) if known else _ANY

    def _group(self) -> _Element:
        src = self.src
        at = self.i
        if src.startswith(("(?=", "(?!"), at):
            self.i += 3
            self._alternation()
            found: _Element = _ZERO  # an assertion: it matches nothing
        elif src.startswith(("(?<=", "(?<!"), at):
            self.i += 4
            self._alternation()
            found = _ZERO
        elif src.startswith(("(?:", "(?>"), at):
            self.i += 3
            found = self._alternation()
        elif self.cased and src.startswith(("(?i:", "(?-i:"), at):
            outer = self.ignore_case
            self.ignore_case = src[at + 2] == "i"
            self.i = src.index(":", at) + 1
            found = self._alternation()
            self.ignore_case = outer
        elif src.startswith("(?", at):
            raise _UnknownError(src[at:])  # flags, named groups: not in the table
        else:
            self.i += 1
            found = self._alternation()
        if src[self.i] != ")":
            raise _UnknownError(src[self.i :])
        self.i += 1
        return found


def _escape(ch: str) -> tuple[bytes, ...]:
    """What an escaped character (not a letter of a class) matches, as ``_CANON`` bytes."""
    if ch == "s":
        return (b" ", b"?")  # white space: ASCII, or outside it
    if ch in "ntrfv":
        return (b" ",)
    if ch.isalnum():
        raise _UnknownError(ch)
    return (_canonical(ch),)


def _opens(element: _Element) -> _Opens:
    """The literal starts of an element, each with whether the element ends there.

    A character gives its bytes; a named list its strings; a group the union of its
    branches, each the starts of its elements in turn (extended while they end); an
    optional element also the empty string; a repeat its element's starts, closed (what
    follows is not known); an assertion the empty string (it matches nothing: leaving it
    out only widens the language); a character not known the empty string, closed.
    """
    if isinstance(element, _Char):
        return [(b, True) for b in element.options]
    if isinstance(element, _List):
        return [(_canonical(w), True) for w in element.words]
    if isinstance(element, _Other):
        return [(b"", element.zero)]
    if isinstance(element, _Rep):
        got = _opens(element.inner)
        if element.high != 1:
            got = [(s, False) for s, _ in got]
        return [(b"", True), *got] if element.low == 0 else got
    found: _Opens = []
    for branch in element.branches:
        current: _Opens = [(b"", True)]
        for part in branch:
            if not any(open_ for _, open_ in current):
                break
            ends = _opens(part)
            grown: dict[bytes, bool] = {}
            for s, open_ in current:
                if not open_:
                    grown[s] = False
                    continue
                for t, more in ends:
                    u = s + t
                    # open only if every way to ``u`` is (a closed one says no more)
                    grown[u] = more and len(u) < _START_LEN and grown.get(u, True)
            current = list(grown.items()) if len(grown) <= _START_CAP else _fewer(grown, current)
        found += current
    return found


def _fewer(grown: dict[bytes, bool], before: _Opens) -> _Opens:
    """At most ``_START_CAP`` of the literal starts ``grown``, closed: their longest prefixes.

    (Else those ``before`` them, closed.) A prefix of a literal start is one too.
    """
    for size in range(max(map(len, grown)) - 1, 0, -1):
        cut = {s[:size] for s in grown}
        if len(cut) <= _START_CAP:
            return [(s, False) for s in cut]
    return [(s, False) for s, _ in before]


def _needs(element: _Element) -> tuple[str, ...] | None:
    """Strings one of which every match of the element holds (None: not known).

    A run of characters that match themselves alone, in a sequence; for a group, the
    needs of each branch together; for a sequence, its element with the longest shortest
    need.
    """
    if isinstance(element, _Rep):
        return _needs(element.inner) if element.low else None
    if isinstance(element, _List):
        return element.words
    if not isinstance(element, _Alt):
        return None
    out: list[str] = []
    for branch in element.branches:
        best: tuple[str, ...] | None = None
        run = ""
        for part in (*branch, _ZERO):
            if isinstance(part, _Char) and part.itself is not None:
                run += part.itself
                continue
            candidates: list[tuple[str, ...]] = [(run,)] if run else []
            got = _needs(part)
            if got:
                candidates.append(got)
            run = ""
            for c in candidates:
                if best is None or min(map(len, c)) > min(map(len, best)):
                    best = c
        if best is None:
            return None
        out.extend(best)
    return tuple(out)


_Node = dict[str, "_Node"]
_Entry = tuple[AreaId, int, tuple[str, ...]]  # an area, its side, its fragments
# An area, its pattern, cased, its number, the literal starts of its pattern (None: no test)
# and (not cased) the strings one of which each of its matches holds (None: not known).
_Rule = tuple[
    AreaId, regex.Pattern[str], bool, int, tuple[bytes, ...] | None, tuple[str, ...] | None
]
# A stem's rules, those without long literal starts, the literal starts of all (None: no
# test), and its rules by the bytes at a place (None: all are the second; ``_stem_rules``).
_StemRules = tuple[
    tuple[_Rule, ...],
    tuple[_Rule, ...],
    tuple[bytes, ...] | None,
    dict[bytes, tuple[_Rule, ...]] | None,
]
_WORD = regex.compile(r"\w+")  # the words of ``Text.words``, for a text without them
_WORD_OF = operator.itemgetter(1)  # the word of a ``(start, word)`` pair
_AT = operator.itemgetter(0)  # the start of a ``(start, word)`` pair
_HEAD = operator.itemgetter(slice(_STEM))  # a word's first ``_STEM`` characters
_OPENING = operator.itemgetter(0)  # a word's first character
# The words that open on a character of ``_FIRST``: the only ones where a stem can start
# (a stem opens on one of them, or on a character outside words; checked when the table
# is built). No backtracking: a start inside a run of ``\w`` fails at once.
_STEM_WORD = regex.compile(rf"(?<!\w)[{_FIRST}]\w*")
_WORD_CHARS = "0123456789_abcdefghijklmnopqrstuvwxyz"  # the word characters of lower-case ASCII
_ASCII_BYTES = bytes(range(128))


def _ascii_words(keys: str) -> bool:
    """Whether every word character of ``keys`` (lower-cased) is one of ``_WORD_CHARS``.

    ``isascii`` is a flag of the string; else the characters outside ASCII are picked out
    in C (a byte translation) and each distinct one tested once. False (not known) when
    they are many.
    """
    if keys.isascii():
        return True
    others = keys.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    if len(others) > len(keys) // 4 + 64:
        return False  # much of the text outside ASCII: not worth the test, the slow path
    return not any(_WORD.match(c) for c in set(others.decode("utf-8", "surrogatepass")))


def _trie(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` as a trie (longer continuations first)."""
    tree: _Node = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: _Node) -> str:
        branches = [regex.escape(ch) + render(child) for ch, child in node.items() if ch]
        if "" in node:
            branches.append("")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return render(tree)


@attrs.frozen
class _Dispatch:
    """The table split by keyword stem: at a word start, only the fragments of its stem run.

    ``starts`` finds word starts that begin a stem (a trie over all stems, on the
    lower-cased text, longest stem first); ``by_stem`` maps a stem to the table entries
    that may match there (its own, then those of its shorter prefix stems), each an
    area, a side (0: the lower-cased copy, 1: the text as written) and its fragments,
    in table order; ``full`` holds the pattern of each area and side.
    ``_rules`` turns the entries of each stem into patterns, once, on first use.
    """

    starts: regex.Pattern[str]
    by_stem: dict[str, tuple[_Entry, ...]]
    shorter: tuple[str, ...]  # the stems shorter than ``_STEM``
    full: dict[tuple[AreaId, int], regex.Pattern[str]]
    heads: frozenset[str]  # see ``_heads``
    firsts: frozenset[str]  # the first characters of the stems

    def stem_starts(
        self,
        keys: str,
        words: tuple[tuple[int, str], ...] | None,
        data: bytes | None = None,
    ) -> list[tuple[int, str]]:
        """Where ``starts`` matches in ``keys``, with the stem: read off ``words`` if given.

        The longest stem wins; a stem may reach past its word ("al q", "buy "), and the
        words it covers start stems of their own: "UN peacekeeping" is tried at "un p" (the
        United Nations' operations) and at "peac".

        With ``data`` (``_canonical(keys)``), only the words where ``data`` starts with
        one of the literal starts of the stems their first characters may begin
        (``_head_starts``), picked in C: the others start no stem or one none of whose
        rules can match there.
        """
        if words is None:
            words = tuple((m.start(), m.group()) for m in _guard.finditer_linear(_WORD, keys))
        by_stem = self.by_stem
        shorter = self.shorter
        out: list[tuple[int, str]] = []
        tried: Iterable[tuple[int, str]] = words
        absent = _ANY_START  # the literal starts of a word whose first characters are not known
        if _ascii_words(keys):
            # Every word is of ``_WORD_CHARS``: only those whose first ``_STEM`` characters
            # are in ``heads`` can start a stem (see ``_heads``), picked in C.
            heads = self.heads.__contains__
            tried = itertools.compress(words, map(heads, map(_HEAD, map(_WORD_OF, words))))
            absent = _NO_START
        else:
            # A stem is ``keys`` from a word's start: only a word whose first character opens
            # a stem (``firsts``) can start one, picked in C. (Text in other scripts or
            # symbols: most of its words open on a character outside ASCII.)
            firsts = self.firsts.__contains__
            tried = itertools.compress(words, map(firsts, map(_OPENING, map(_WORD_OF, words))))
        if data is not None:
            # (``absent`` for a word outside ``heads``: when every word is of ``_WORD_CHARS``
            # it starts no stem; else its first characters are not in the table: no test.)
            tried = tuple(tried)
            tests = map(
                _head_starts().get, map(_HEAD, map(_WORD_OF, tried)), itertools.repeat(absent)
            )
            tried = itertools.compress(tried, map(data.startswith, tests, map(_AT, tried)))
        for at, _ in tried:
            key = keys[at : at + _STEM]
            if key not in by_stem:
                # Most words start no stem: one test of the short stems rules them out.
                if not key.startswith(shorter):
                    continue
                key = next(key[:n] for n in _STEM_SIZES[1:] if key[:n] in by_stem)
            out.append((at, key))
        return out

    def scan(
        self, body: str, keys: str, words: tuple[tuple[int, str], ...] | None = None
    ) -> list[tuple[int, int, int]]:
        """Matches in ``body``; ``keys`` is its lower-cased copy, ``words`` the words of it.

        Each as its area's number (its index in ``_ORDER``: an enum hashes slowly), start
        and end. Areas may overlap ("bought two frigates" is a purchase and a naval word),
        but a match of one area hides the later matches of that area that start inside it.
        """
        last: dict[int, int] = {}  # by area number (an enum hashes slowly)
        by_stem = _rules()
        data = _canonical(keys)
        held: dict[tuple[str, ...], bool] = {}  # whether ``keys`` holds one of these strings
        out: list[tuple[int, int, int]] = []
        for at, stem in self.stem_starts(keys, words, data):
            _, rules, starts, by_key = by_stem[stem]
            if starts is not None and not data.startswith(starts, at):
                continue  # no rule can match here (``_opens``)
            if by_key is not None:
                rules = by_key.get(data[at : at + _KEY], rules)
            for _, pattern, cased, number, begins, needs in rules:
                # A rule is tried only where its pattern starts so (``_opens``), and one on
                # the lower-cased copy only if the text holds one of its needed strings
                # (``_needs``: each match holds one).
                if begins is not None and not data.startswith(begins, at):
                    continue
                if needs is not None:
                    has = held.get(needs)
                    if has is None:
                        has = held[needs] = any(n in keys for n in needs)
                    if not has:
                        continue
                if last.get(number, 0) > at:
                    continue
                match = pattern.match(body if cased else keys, at, None, _SERIAL)
                if match is not None:
                    last[number] = match.end()
                    out.append((number, at, match.end()))
        return out


def _area_pattern(fragments: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile(
        "(?:" + "|".join(f"(?:{p})" for p in fragments) + r")\b",
        regions=REGIONS,
        ignore_unused=True,
    )


@functools.cache
def _start_test(fragment: str) -> regex.Pattern[str]:
    return regex.compile(_core(fragment), regions=REGIONS, ignore_unused=True)


def _may_start(fragment: str, key: str) -> bool:
    """A lower-case fragment may match where the text starts with ``key`` (a whole stem).

    A match either ends inside ``key`` or runs to its end: a partial match finds both.
    """
    return _start_test(fragment).match(key, partial=True) is not None


@functools.cache
@_guard.untimed  # built on first use; not charged to that parse's deadline
def _patterns() -> _Dispatch:
    tables: tuple[dict[str, list[tuple[AreaId, tuple[str, ...]]]], ...] = ({}, {})
    full: dict[tuple[AreaId, int], regex.Pattern[str]] = {}
    for entry in AREAS:
        for side, parts in enumerate((entry.patterns, entry.cased)):
            if not parts:
                continue
            full[entry.id, side] = _area_pattern(parts)
            for stem in set().union(*(_stems(fragment) for fragment in parts)):
                tables[side].setdefault(stem, []).append((entry.id, parts))
    stems = sorted(set(tables[0]) | set(tables[1]))
    short = tuple(sorted({len(s) for s in stems if len(s) < _STEM}, reverse=True))
    by_stem = {}
    for stem in stems:
        keys = (stem, *(stem[:n] for n in short if n < len(stem)))
        by_stem[stem] = tuple(
            (area, side, parts)
            for key in keys
            for side in (0, 1)
            for area, parts in tables[side].get(key, ())
        )
    if any(len(s) not in _STEM_SIZES for s in stems):
        msg = "a keyword stem of an unexpected length"
        raise ValueError(msg)
    starts = regex.compile(r"\b" + _trie(stems))
    shorter = tuple(s for s in stems if len(s) < _STEM)
    if any(s[0] not in _FIRST and _WORD.match(s[0]) for s in stems):
        msg = "a keyword stem opens on a word character outside _FIRST (see _STEM_WORD)"
        raise ValueError(msg)
    firsts = frozenset(s[0] for s in stems)
    return _Dispatch(starts, by_stem, shorter, full, _heads(stems, shorter), firsts)


def _heads(stems: list[str], shorter: tuple[str, ...]) -> frozenset[str]:
    """The first ``_STEM`` characters (or fewer: the whole) of every word that may start a stem.

    For a word of ``_WORD_CHARS`` at ``at``, ``stem_starts`` looks up ``keys[at:at + _STEM]``.
    A word of ``_STEM`` characters or more starts it: a stem, or a short stem and word
    characters. A shorter word is followed by a character outside words: a stem with such
    a character just after the word ("un p"), or a short stem, alone or with word
    characters after it.
    """
    heads = set(stems)
    heads.update(s[:k] for s in stems for k in range(1, len(s)) if s[k] not in _WORD_CHARS)
    for short in shorter:
        for n in range(_STEM - len(short) + 1):
            heads.update(short + "".join(x) for x in itertools.product(_WORD_CHARS, repeat=n))
    return frozenset(heads)


_ANY_START = (b"",)  # literal starts that every place has
_NO_START = (b"\xff",)  # literal starts that no place has (``_CANON`` bytes are ASCII)


@functools.cache
@_guard.untimed  # built on first use; not charged to that parse's deadline
def _head_starts() -> dict[str, tuple[bytes, ...]]:
    """For each of ``heads``: the literal starts of the stems a word so beginning may start.

    A word's first ``_STEM`` characters (or all of a shorter word) are a stem's start or
    hold it: the stems that are a prefix of them, and, for a shorter word, the stems that
    go on with a character outside words. The union of their rules' literal starts on
    the lower-cased copy's bytes (``_stem_starts``), or ``_ANY_START`` if one of them has
    none; ``_NO_START`` when there is no such stem.
    """
    rules = _rules()
    beyond: dict[str, list[str]] = {}  # the stems that go on past a word of these characters
    for stem in rules:
        for k in range(1, len(stem)):
            if stem[k] not in _WORD_CHARS:
                beyond.setdefault(stem[:k], []).append(stem)
    out: dict[str, tuple[bytes, ...]] = {}
    for head in _patterns().heads:
        stems = [head[:n] for n in range(1, len(head) + 1) if head[:n] in rules]
        stems += beyond.get(head, ())
        starts: set[bytes] | None = set()
        for stem in stems:
            own = rules[stem][2]
            if own is None or starts is None:
                starts = None
                continue
            starts.update(own)
        out[head] = _ANY_START if starts is None else (_shortest(starts) or _NO_START)
    return out


def _shortest(starts: Iterable[bytes]) -> tuple[bytes, ...]:
    """``starts`` without those that another of them starts (they say no more)."""
    kept: list[bytes] = []
    for start in sorted(set(starts), key=len):
        if not start.startswith(tuple(kept)):
            kept.append(start)
    return tuple(kept)


@functools.cache
@_guard.untimed  # built on first use; not charged to that parse's deadline
def _rules() -> dict[str, _StemRules]:
    """The rules of each stem (built all at once: no compiling mid-text)."""
    dispatch = _patterns()
    return {stem: _stem_rules(dispatch, stem) for stem in dispatch.by_stem}


def _stem_rules(dispatch: _Dispatch, stem: str) -> _StemRules:
    """The rules of a stem, those without long literal starts, their literal starts, by key.

    Where the text starts with a whole stem, only the fragments that may start with it
    can match: the others are left out. Most stem starts match no rule: a test of the
    literal starts of its rules (``_stem_starts``, on the lower-cased copy's bytes, also
    for the cased rules) rules them all out; else each is tried only where its own literal
    starts are and if the text holds a string it needs.
    """
    rules = []
    for area, side, parts in dispatch.by_stem[stem]:
        pattern = dispatch.full[area, side]
        if side == 0 and len(stem) == _STEM:
            kept = tuple(f for f in parts if _may_start(f, stem))
            if not kept:
                continue
            if kept != parts:
                pattern = _area_pattern(kept)
        begins = _stem_starts(stem, [_literal_starts(pattern.pattern, bool(side))])
        begins = None if begins is None else _few(begins)
        needs = None if side else _literal_needs(pattern.pattern)
        rules.append((area, pattern, bool(side), _ORDER.index(area), begins, needs))
    starts = _stem_starts(stem, [r[4] for r in rules])
    if len(rules) == 1:
        rules = [(*rules[0][:4], None, rules[0][5])]  # (its starts are the stem's, tested first)
    # By the ``_KEY`` bytes at a place, the rules that may start there: a rule all of whose
    # literal starts are that long only under the key they begin with; the others (a
    # shorter start, or none) under every key, and alone at a key none begins with (or
    # near the text's end).
    short = {k for k, r in enumerate(rules) if r[4] is None or min(map(len, r[4])) < _KEY}
    keyed: dict[bytes, set[int]] = {}
    for k, rule in enumerate(rules):
        if k not in short:
            for start in rule[4] or ():
                keyed.setdefault(start[:_KEY], set()).add(k)
    by_key = {key: tuple(rules[k] for k in sorted(ks | short)) for key, ks in keyed.items()} or None
    return tuple(rules), tuple(rules[k] for k in sorted(short)), starts, by_key


_KEY = 10  # bytes: the length of the keys of ``_stem_rules``


def _few(starts: tuple[bytes, ...]) -> tuple[bytes, ...]:
    """At most ``_FEW`` literal starts: the longest of ``starts`` cut first.

    A test in C tries each: fewer are faster. A prefix of a literal start is one too.
    """
    while len(starts) > _FEW:
        size = max(map(len, starts)) - 1
        starts = _shortest(s[:size] for s in starts)
    return starts


_FEW = 24  # literal starts: the most tested at a place for one rule


# The lower case of the letters that match a character outside ASCII ignoring case, whose
# own lower case is outside ASCII too ("İ", "ſ"). (A test checks every character.)
_FOLDED_OUTSIDE = frozenset("is")
_FOLDED_FROM_OUTSIDE = frozenset("İſ\u212a")  # those characters


@functools.cache  # (a pattern of an area is the rule of many stems)
def _literal_starts(source: str, cased: bool = False) -> tuple[bytes, ...]:
    """The literal starts of a pattern (``_opens``) on the lower-cased copy, the shortest.

    ``_ANY_START`` (no test) when ``_Reader`` does not read the pattern. (A ``cased``
    pattern runs on the text as written: its starts as the lower-cased copy has them.)
    """
    try:
        element = _Reader(source, {"regions": REGIONS}, cased).read()
    except (_UnknownError, IndexError, ValueError, KeyError):
        return _ANY_START
    return _shortest(s for s, _ in _opens(element))


_NEEDS_CAP = 4  # needed strings: the most looked for in a text (each a search of it)


@functools.cache
def _literal_needs(source: str) -> tuple[str, ...] | None:
    """Strings one of which every match of a pattern holds (``_needs``; None: not known)."""
    try:
        element = _Reader(source, {"regions": REGIONS}).read()
    except (_UnknownError, IndexError, ValueError, KeyError):
        return None
    needs = _needs(element)
    if not needs or len(set(needs)) > _NEEDS_CAP:
        return None
    return tuple(sorted(set(needs)))


def _stem_starts(stem: str, lower: list[tuple[bytes, ...] | None]) -> tuple[bytes, ...] | None:
    """Of the literal starts of patterns (``_literal_starts``), those that may follow ``stem``.

    None (no test) when there are none or one of them is always there where the text
    starts with the stem (or a pattern has none).
    """
    if not lower:
        return None
    head = _canonical(stem)
    out: set[bytes] = set()
    for starts in lower:
        if starts is None:
            return None
        for start in starts:
            if head.startswith(start):
                return None  # always true where the stem starts
            if start.startswith(head):
                out.add(start)
    return _shortest(out)


# "<Country>'s security": the security of one of the parties is a regional-security subject.
_OWN_SECURITY = regex.compile(
    r"['’]s?\s+(?:own\s+|national\s+)?(?P<word>security|stability)\b"
    r"(?!\s+(?:and\s+defen[cs]e\s+)?(?:council|forces?|services?|agenc|minist|advis|cooperation"
    r"|assistance|guarantee|pact|agreement|ties|relationship|partnership|interests|personnel"
    r"|officials?|chief|apparatus|establishment|cabinet|team|delegat|envoy|adviser|advisor"
    # its own documents: "Ruritania's national security (and defence) policy"
    r"|polic|strateg|review|doctrine|law|act\b|framework|plan\b|white\s+paper))"
)


_APOSTROPHES = ("'", "’")  # the characters ``_OWN_SECURITY`` starts with


def lowered(text: str) -> str:
    """A lower-case copy with the same offsets (a character whose lower case is longer stays).

    >>> lowered("İzmir and ANKARA")
    'İzmir and ankara'
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    # Character by character: "İ" (the one character whose lower case is longer) stays,
    # and "Σ" is "σ" (``str.lower`` writes a final sigma by context, one character does not).
    return "İ".join(part.replace("Σ", "σ").lower() for part in text.split("İ"))


def _own_security(text: str, mentions: Mentions) -> Iterable[tuple[int, int, int]]:
    """A "<Country>'s security": a match of ``_OWN_SECURITY`` that starts at a country's end.

    A match starts at an apostrophe at most two characters before the first country end at
    or after it, so only the apostrophes at the three offsets up to each end are tried (not
    a scan of the text). Matches cannot overlap (none holds an apostrophe past its first
    character): these are the matches a scan would find there, in the same order.
    """
    if "security" not in text and "stability" not in text:
        return
    ends = [c.end for c in mentions.countries]
    if not ends or _guard.spent():  # as a guarded scan: nothing past the deadline
        return
    tried: set[int] = set()  # the apostrophes at the three offsets up to each end
    for end in ends:
        low = max(0, end - 2)
        window = text[low : end + 1]
        if "'" in window or "’" in window:  # (most ends have none: two tests in C)
            tried.update(low + k for k, ch in enumerate(window) if ch in _APOSTROPHES)
    for at in sorted(tried):
        i = bisect.bisect_left(ends, at)
        if i < len(ends) and ends[i] in (at, at + 1, at + 2):
            match = _OWN_SECURITY.match(text, at, None, _SERIAL)
            if match is not None:
                yield _REGIONAL, match.start("word"), match.end("word")


# The rest of a capitalised institution name after a keyword ("Cyber| Command",
# "Information Fusion| Centre"): the name of an agency is not a field of cooperation.
_INSTITUTION = regex.compile(
    r"(?:[ -](?:(?:of|and|for|on|the|&) ){0,2}\p{Lu}[\w'’]*){0,4}?[ -]"
    r"(?:Centre|Center|Command|Commands|Force|Forces|Agency|Department|Ministry|Office|Institute"
    r"|College|University|School|Academy|Council|Committee|Bureau|Directorate|Division|Unit"
    r"|Squadron|Regiment|Brigade|Corps|Headquarters|Service|Authority|Board|Commission|Fleet"
    r"|Cemetery|Memorial|Museum|Monument|Graves|Camp|Facility|Facilities|Presidency|Conference"
    r"|Exhibition|Expo|Summit|Forum|Symposium)\b"
)
# The head of a name the keyword closes: "the Institute of Advanced Technology".
_INSTITUTION_OF = regex.compile(
    r"\b(?:Centre|Center|Institute|College|University|School|Academy|Council|Committee|Bureau"
    r"|Directorate|Department|Ministry|Office|Agency|Commission|Faculty)\ (?:of|for)\ (?:the\ )?\Z"
)
_TITLE_WORDS = regex.compile(r"(?:\p{Lu}[\w'’]*[ -]?)+")
# First person plural or the pair itself: the sentence is about the parties.
_OURS = regex.compile(
    r"\b(?:we|our|us|they|their|both|the two|bilateral|joint(?:ly)?|together|counterparts?"
    r"|the (?:ministers|leaders|secretaries|delegations|sides))\b",
    regex.IGNORECASE,
)


# A title or an office before a capitalised keyword ("Chief of| Logistics", "Minister for
# Defence &| Defence Production"): the keyword names a post, not a field.
# A post's acronym counts as its title ("the DASD for| the Middle East"), and may follow
# it in brackets ("Deputy Assistant Secretary of Defense (DASD) for| the Middle East").
# The post's fields may be a list with commas ("Chief of Defence, Security, and| Intelligence").
_POST_BEFORE = regex.compile(
    r"\b(?:Minister|Ministry|Secretary|Chief|Chiefs|Director|Head|Commissioner|Department"
    r"|Directorate|Envoy|\p{Lu}{3,6})(?: General)? (?:of|for)"
    r"(?: (?:the|of|for|and|&|\p{Lu}[\w'’-]*,?|\(\p{Lu}{2,8}\)))*? $"
)
_POST_REACH = 60  # characters looked at before the keyword
_POSTS = regex.compile(r"Minist|Secretar|Chief|Director|Head|Commissioner|Department|Envoy")
_FOR = (" for ", " for the ")  # an acronym's post ends so before the keyword
# A capitalised keyword that ends in an event word, after a capitalised word: a name.
_EVENTS = ("Exhibition", "Expo", "Show", "Conference", "Forum", "Summit")
_NAME_BEFORE = regex.compile(r"\p{Lu}[\w'’-]* (?:(?:and|&|of|for) )?$")
# A capitalised keyword that ends a company's name after a capitalised word.
_COMPANY_ENDS = ("Industries", "Shipbuilding", "Shipyard", "Shipyards")


def _in_name(body: str, start: int, end: int) -> bool:
    """The keyword is part of a capitalised institution name ("the Cyber Command") or a post."""
    if (
        not body[start : start + 1].isupper()
        or _TITLE_WORDS.fullmatch(body, start, end, _SERIAL) is None
    ):
        return False
    if _INSTITUTION.match(body, end, None, _SERIAL) is not None:
        return True
    if _INSTITUTION_OF.search(body, max(0, start - 40), start, _SERIAL) is not None:
        return True  # "the Defence Institute of Advanced Technology"
    if body.endswith(_EVENTS, start, end) and _NAME_BEFORE.search(body, max(0, start - 30), start):
        return True  # "the Ruritania International Defence Exhibition": an event's name
    if (
        body.endswith(_COMPANY_ENDS, start, end)
        and not body[end + 1 : end + 2].isupper()  # a headline's "Boost Defence Industries Ties"
        and _NAME_BEFORE.search(body, max(0, start - 30), start)
    ):
        return True  # "Syldavia Aerospace Industries", "Ruritania Shipyards": a company's name
    reach = max(0, start - _POST_REACH)
    if not body.endswith(_FOR, reach, start) and _POSTS.search(body, reach, start, _SERIAL) is None:
        return False  # no post's word before the keyword: a literal test before the pattern
    return _POST_BEFORE.search(body, reach, start, _SERIAL) is not None


# What frames a regional-security term as a party's role ("a reliable partner in
# regional security"; not "a pillar of regional stability", which the dev gold reads as a
# subject) or as the backdrop of the talks ("in the face of regional challenges"): not a
# subject the parties take up.
_ROLE_BEFORE = regex.compile(
    r"\b(?:partner|player|state|power|actor|leader|stakeholder)s? in $"
    r"|\bin the face of(?: (?:an?|the))?(?: [\w-]+){0,3} $"
)
# "maritime security in the Indian Ocean", "the cyber security situation": another
# field's own security, not the region's; nor "economic stability in the region",
# "financial prosperity of the region": the economy's.
_DOMAINS = tuple(
    w + " "
    for d in ("maritime", "cyber", "space", "energy", "food", "health", "economic", "financial")
    for w in (d, d.title())
)
_DOMAIN_TERMS = frozenset(("secu", "safe", "stab", "pros"))  # the terms a field's name may qualify
_GENERIC_END = ("challenges", "environment", "situation", "developments", "issues")
_ROLE_REACH = 50  # characters looked at before the term


def _framed(body: str, start: int, end: int) -> bool:
    """A regional-security term after another field's name, or framed as a role or a backdrop."""
    if body.endswith(_DOMAINS, 0, start) and body[start : start + 4].lower() in _DOMAIN_TERMS:
        return True
    reach = max(0, start - _ROLE_REACH)
    # cheap tests first: a role ends in " in ", a backdrop holds "face of"
    if not body.endswith(" in ", reach, start) and body.find("face of", reach, start) < 0:
        return False
    match = _ROLE_BEFORE.search(body, reach, start, _SERIAL)
    if match is None:
        return False
    # a backdrop only when generic: "in the face of Freedonian aggression" is a subject
    return not match.group().startswith("in") or body[start:end].endswith(_GENERIC_END)


# A sea named after a country: "the Gulf of Guinea", "the Sea of Japan" name waters, not
# the country (a party or a third one).
_WATERS = ("Gulf of ", "Sea of ", "Bay of ", "Strait of ", "Straits of ")
_WATER_WORDS = ("Gulf of ", "Sea of ", "Bay of ", "Strait")


class _Named:
    """Who a stretch of text names, by bisection on the mentions' starts (built once a text).

    ``countries`` is ``Mentions.countries_in`` (the mentions inside a stretch) read as
    their codes, leaving out those that name waters (``_WATERS``); ``people`` is
    ``Mentions.people_in`` read as their countries.
    """

    __slots__ = ("codes", "country_ends", "country_starts", "mentions", "people_starts")

    def __init__(self, mentions: Mentions, body: str = "") -> None:
        self.mentions = mentions
        countries = mentions.countries
        if any(w in body for w in _WATER_WORDS):  # a literal test before the loop
            countries = tuple(
                c
                for c in countries
                if not (body[c.start - 3 : c.start] == "of " and body.endswith(_WATERS, 0, c.start))
            )
        self.country_starts = [c.start for c in countries]
        self.country_ends = [c.end for c in countries]
        self.codes = [c.country.code for c in countries]
        self.people_starts = [p.start for p in mentions.people]

    def countries(self, start: int, end: int) -> set[str]:
        """The codes of the country mentions inside ``[start, end)``."""
        i = bisect.bisect_left(self.country_starts, start)
        j = bisect.bisect_left(self.country_starts, end, i)
        ends, codes = self.country_ends, self.codes
        return {codes[k] for k in range(i, j) if ends[k] <= end}

    def people(self, start: int, end: int) -> list[Country | None]:
        """The countries of the person mentions inside ``[start, end)`` (None: not known)."""
        i = bisect.bisect_left(self.people_starts, start)
        j = bisect.bisect_left(self.people_starts, end, i)
        mentions = self.mentions
        people = mentions.people
        return [mentions.country_of(people[k].actor) for k in range(i, j) if people[k].end <= end]


def _third_party(body: str, named: _Named, pair: set[str], sentence: tuple[int, int]) -> bool:
    """The sentence names only countries (or their people) that are not the pair."""
    start, end = sentence
    codes = named.countries(start, end)
    if not codes or codes & pair or _OURS.search(body, start, end, _SERIAL):
        return False
    return not any(c is None or c.code in pair for c in named.people(start, end))


# A word of the relation: a sentence with one of them may speak of the pair's cooperation.
_RELATION = regex.compile(
    r"\b(?:cooperat|co-operat|collaborat|partner|with\b|between\b|agree|discuss|talks\b|meet|common\b"
    r"|visit|mutual|bilateral|each other|both\b|pact|accord|deal\b|treaty|memorand|exercise"
    r"|shared?\b|ties\b|relation|together|support|assist|help|train|welcom|thank|praise|apprecia"
    r"|offer|provid|propos|plan|commit|pledg|host)",
    regex.IGNORECASE,
)


# Fields that may be about one side alone and still the pair's subject: its security, its
# needs that the other helps with.
_ONE_SIDED = frozenset(
    _ORDER.index(a) for a in (AreaId.REGIONAL_SECURITY, AreaId.CAPACITY_BUILDING)
)


def _own_record(body: str, named: _Named, pair: set[str], sentence: tuple[int, int]) -> bool:
    """The sentence speaks of one party alone, with no word of the relation.

    "He hailed Ruritania's rising defence exports": one side's own record, not a field of
    the two sides' cooperation.
    """
    start, end = sentence
    codes = named.countries(start, end)
    for country in named.people(start, end):
        if country is None:
            return False  # a person of either side, maybe the other one
        codes.add(country.code)
    if len(codes) != 1 or not codes <= pair:
        return False
    return (
        _OURS.search(body, start, end, _SERIAL) is None
        and _RELATION.search(body, start, end, _SERIAL) is None
    )


# Topics that name no region: "they reviewed international developments", "world affairs"
# name neither a region's security, peace nor stability. Evidence of the area only when
# other words name it. ("Regional issues" discussed are the region's situation: the dev
# gold counts "exchanged views on regional affairs", "regional developments".) Nor does a
# bare "security situation" or "the changing security environment": the region is named
# ("the security situation in the Gulf", "the regional security environment") or it is
# not the area's evidence (the situation may be a border's, or the talks' backdrop).
_GENERIC = regex.compile(
    r"(?:(?:international|global)(?: and (?:international|global))?|world|geopolitical)"
    r" (?:issues|developments|affairs|matters)"
    r"|(?:security|geopolitical|strategic) (?:situation|developments|environment)",
    regex.IGNORECASE,
)


# The writer's backdrop of the meeting: "The visit comes amid rising tensions in the region".
_BACKDROP = regex.compile(
    r"\b(?:comes?|came|coming)(?: \w+)? (?:amid|amidst|in the wake of|against the backdrop of"
    r"|in the backdrop of)\b"
)
_BACKDROP_HINTS = ("amid", "wake of", "backdrop of")


def _backdrop(body: str, i: int, sentences: tuple[tuple[int, int], ...], start: int) -> bool:
    """The sentence up to the term sets the meeting against a backdrop: the writer's context.

    Held-out practice: what a visit "comes amid" is the reporter's context, not a subject
    the parties took up.
    """
    if i < 0:
        return False
    first = sentences[i][0]
    if not any(body.find(h, first, start) >= 0 for h in _BACKDROP_HINTS):
        return False  # literal tests before the pattern
    return _BACKDROP.search(body, first, start, _SERIAL) is not None


# Talks said not to have taken a subject up: "the commission did not deliberate on the
# border tensions", "they did not discuss arms sales". The negation reaches the subjects
# after it up to a "but" or a semicolon (``_NOT_DISCUSSED_STOP``).
_NOT_DISCUSSED = regex.compile(
    r"\b(?:did|do|does|would|will)(?: not|n['’]t)(?! (?:only|just|merely)\b)(?: \w+)?"
    r" (?:discuss|deliberat|address|touch"
    r"|rais|take up|talk about|cover)\w*(?: (?:on|upon|about))?",
    regex.IGNORECASE,
)
_NOT_DISCUSSED_STOP = regex.compile(r";|\bbut\b", regex.IGNORECASE)


class _Negations:
    """The sentences that say a subject was not taken up, each read once (on first need).

    A sentence is read only if it holds "not" or "n't" (literal searches of the text, in C):
    where its negations open and end, and where their reach stops, so that a term costs a
    few bisections, not a scan of its sentence up to it (linear on a text that is one long
    sentence).
    """

    def __init__(self, text: Text) -> None:
        self.text = text
        body = text.text
        self.held: set[int] = set()
        for word in _NOTS:
            at = body.find(word)
            while at >= 0:
                self.held.add(text.sentence_index(at))
                at = body.find(word, at + 1)
        self.read: dict[int, tuple[list[int], list[int], list[int]]] = {}

    def covers(self, i: int, start: int) -> bool:
        """Whether a negation before ``start`` in sentence ``i`` reaches it.

        As ``_NOT_DISCUSSED`` then no stop up to ``start`` would match in the sentence up to
        ``start``: the last negation that opens before it reaches furthest (negations do
        not nest), read up to ``start`` only where it runs on past it ("did not touch"
        before a term "take up" is a negation of its own).
        """
        if i not in self.held:
            return False
        got = self.read.get(i)
        body = self.text.text
        if got is None:
            s0, s1 = self.text.sentences[i]
            found = _NOT_DISCUSSED.finditer(body, s0, s1, overlapped=True, concurrent=False)
            opens, ends = [], []
            for m in found:
                opens.append(m.start())
                ends.append(m.end())
            stops = [
                m.start() for m in _NOT_DISCUSSED_STOP.finditer(body, s0, s1, concurrent=False)
            ]
            got = self.read[i] = (opens, ends, stops)
        opens, ends, stops = got
        k = bisect.bisect_left(opens, start) - 1
        while k >= 0:
            end = ends[k]
            if end > start:
                short = _NOT_DISCUSSED.match(body, opens[k], start, concurrent=False)
                end = short.end() if short is not None else -1
            if end >= 0:
                j = bisect.bisect_left(stops, end)
                return j == len(stops) or stops[j] >= start
            k -= 1
        return False


_NOTS = (" not ", "n't ", "n’t ")


# A word of talks held: the sentence reports what the parties discussed.
_DISCUSSION = regex.compile(
    r"\b(?:discuss\w*|talks|touched on|topics?|agenda|exchanged (?:views|opinions)|reviewed"
    # a party's words on it: "he noted how the Syldavian occupation remains the main threat"
    r"|not(?:ed|es|ing) (?:how|that)|warn(?:ed|s|ing)|condemn(?:ed|s|ing)"
    r"|expressed (?:concern|alarm)|raised (?:concerns?|the issue))\b",
    regex.IGNORECASE,
)


def _discussed(body: str, sentence: tuple[int, int]) -> bool:
    """The sentence reports talks: a word of discussion in it."""
    return _DISCUSSION.search(body, sentence[0], sentence[1], _SERIAL) is not None


_BY_PLACE = operator.itemgetter(1, 2)  # an occurrence's start and end
_HUMANITARIAN = _ORDER.index(AreaId.HUMANITARIAN_ASSISTANCE)
_STATES = ("situation", "crisis")  # a humanitarian term naming a state of things, not help


def _elsewhere(body: str, named: _Named, pair: set[str], start: int, end: int) -> bool:
    """A humanitarian state of things in a third country: its plight, not the pair's help.

    "The humanitarian situation in Syldavia", when Syldavia is not one of the pair.
    """
    if not body[start:end].endswith(_STATES):
        return False
    if body.startswith(" in the ", end):
        at = end + 8
    elif body.startswith(" in ", end):
        at = end + 4
    else:
        return False
    return _third_country_at(named, pair, at)


def _third_country_at(named: _Named, pair: set[str], at: int) -> bool:
    """A country other than the pair's is named at ``at``."""
    i = bisect.bisect_left(named.country_starts, at)
    return (
        i < len(named.country_starts)
        and named.country_starts[i] == at
        and (named.codes[i] not in pair)
    )


_ARMS = _ORDER.index(AreaId.ARMS_TRADE)
# The words of kit sent on: a shipment whose receiver may follow ("deliveries to Syldavia").
_SENT = ("deliveries", "delivery", "supplies", "shipments", "transfers", "exports")
_TO = (" to the ", " to ")


def _sent_elsewhere(body: str, named: _Named, pair: set[str], start: int, end: int) -> bool:
    """Kit sent to a third country: its supplies, not the pair's trade.

    "All the weapon deliveries to Syldavia pass through Ruritania", when Syldavia is not
    one of the pair (its helpers' own route, not a sale between the two).
    """
    if not body[start:end].endswith(_SENT):
        return False
    for to in _TO:
        if body.startswith(to, end):
            at = end + len(to)
            break
    else:
        return False
    return _third_country_at(named, pair, at)


def _by_country(body: str, named: _Named, end: int) -> bool:
    """A country mention right after the term's closing "by": "the rocket launch by Syldavia".

    Not "a rocket launch by the space agency": a firing by an agency or a firm is not a
    state's threat to the region.
    """
    at = end + 5 if body.startswith(" the ", end) else end + 1
    i = bisect.bisect_left(named.country_starts, at)
    return i < len(named.country_starts) and named.country_starts[i] == at


def _at_home(body: str, named: _Named, pair: set[str], end: int) -> bool:
    """The term is followed by "in" and the pair themselves: their own affairs, not a region's.

    "The security situation in Ruritania and Freedonia", when they are the pair (as "the
    situation in both countries").
    """
    if not body.startswith(" in ", end) or not body[:end].endswith(_AT_HOME_ENDS):
        return False  # a state of things, not "the war in Ruritania and Freedonia's help"
    starts, ends, codes = named.country_starts, named.country_ends, named.codes
    i = bisect.bisect_left(starts, end + 4)
    if i + 1 >= len(starts) or starts[i] != end + 4 or codes[i] not in pair:
        return False
    gap = body[ends[i] : starts[i + 1]]
    return (
        gap in (" and ", ", ")
        and codes[i + 1] in pair
        and codes[i + 1] != codes[i]
        and not body.startswith(_APOSTROPHES, ends[i + 1])  # "... and Freedonia's support"
    )


_AT_HOME_ENDS = ("situation", "situations", "developments", "environment")


def _occurrences(text: Text, mentions: Mentions) -> Iterable[tuple[int, int, int]]:
    """Each area occurrence as its area number, start and end."""
    body = text.text
    if text.lower is None:
        keys = lowered(body)
        # Only the words where a stem may start (``_STEM_WORD``): the others ``stem_starts``
        # leaves out (a text with no ``Text.words`` is mostly in other scripts or symbols).
        words = tuple((m.start(), m.group()) for m in _guard.finditer_linear(_STEM_WORD, keys))
        yield from _patterns().scan(body, keys, words)
    else:
        yield from _patterns().scan(body, text.lower, text.words)
    yield from _own_security(body, mentions)


def find_areas(text: Text, mentions: Mentions) -> tuple[CooperationArea, ...]:
    """Find the fields of cooperation that ``text`` names as subjects of the relation.

    Each area carries one ``area`` span per occurrence, in text order; areas are
    ordered by their first occurrence.

    >>> from defrel._text import prepare
    >>> find_areas(prepare(""), Mentions())
    ()
    >>> t = prepare("They agreed to hold joint exercises and to exercise restraint.")
    >>> [(a.id.value, [t.text[s.start:s.end] for s in a.spans]) for a in find_areas(t, Mentions())]
    [('military-exercises', ['exercises'])]
    """
    body = text.text
    found = sorted(_occurrences(text, mentions), key=_BY_PLACE)
    if not found:
        return ()
    spans: dict[int, list[tuple[int, int]]] = {}  # by area number; ``Span``s for those kept
    about_pair: set[int] = set()
    pair: set[str] | None = None
    named = _Named(mentions, body)
    third: dict[int, bool] = {}
    own: dict[int, bool] = {}
    sentences = text.sentences
    negations = _Negations(text)
    for area, start, end in found:
        if start < len(body) and body[start].isupper() and _in_name(body, start, end):
            continue
        if area == _REGIONAL and (
            (body.endswith(" by", start, end) and not _by_country(body, named, end))
            or _framed(body, start, end)
            or _backdrop(body, text.sentence_index(start), sentences, start)
        ):
            continue
        spans.setdefault(area, []).append((start, end))
        if area in about_pair:
            continue
        if area == _REGIONAL and _GENERIC.fullmatch(body, start, end, _SERIAL) is not None:
            continue  # evidence when the area stands on other words, not the area itself
        if pair is None:
            pair = _pair(named.codes)
        i = text.sentence_index(start)
        if negations.covers(i, start):
            continue  # the talks did not take it up
        if len(pair) < 2 or i < 0:
            about_pair.add(area)
            continue
        if i not in third:
            third[i] = _third_party(body, named, pair, sentences[i])
        if area not in _ONE_SIDED and not third[i]:
            if i not in own:
                own[i] = _own_record(body, named, pair, sentences[i])
            if own[i]:
                continue
        if area == _HUMANITARIAN and _elsewhere(body, named, pair, start, end):
            continue
        if area == _ARMS and _sent_elsewhere(body, named, pair, start, end):
            continue
        if area == _REGIONAL and _at_home(body, named, pair, end):
            continue
        if not third[i] and not _third_party(body, named, pair, (sentences[i][0], end)):
            # Not "As Ruritania brandishes nuclear weapons, we ...": the sentence up to the
            # term speaks of a third country alone, whatever it goes on to say.
            about_pair.add(area)
        elif area == _REGIONAL and _discussed(body, sentences[i]):
            # "The talks touched on the unrest in Syldavia": a third country's conflict
            # taken up in the talks is the regional situation the parties discussed.
            about_pair.add(area)
    return tuple(
        CooperationArea(
            _ORDER[a], _LABEL_OF[a], spans=tuple([Span(s, e, "area") for s, e in places])
        )
        for a, places in spans.items()
        if a in about_pair
    )


def _pair(codes: list[str]) -> set[str]:
    """The two most named countries: ``Counter(codes).most_common(2)``, ties in text order.

    ``most_common`` is ``sorted(..., reverse=True)`` by count, which keeps the order of the
    first mentions among equal counts; ``sorted`` does so in C.
    """
    counts = Counter(codes)
    return set(sorted(counts, key=counts.__getitem__, reverse=True)[:2])


def areas_in(areas: tuple[CooperationArea, ...], start: int, end: int) -> tuple[AreaId, ...]:
    """The ids of the areas with an evidence span inside ``[start, end)``, in taxonomy order.

    >>> area = CooperationArea(AreaId.SPACE, "space", spans=(Span(5, 10, "area"),))
    >>> areas_in((area,), 0, 20), areas_in((area,), 11, 20)
    ((<AreaId.SPACE: 'space'>,), ())
    """
    found = set()
    for area in areas:
        spans = area.spans  # in text order
        i = bisect.bisect_left(spans, start, key=lambda s: s.start)
        while i < len(spans) and spans[i].start < end:
            if spans[i].end <= end:
                found.add(area.id)
                break
            i += 1
    if not found:
        return ()
    return tuple(a for a in _ORDER if a in found)
