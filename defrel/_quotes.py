"""Quotation marks: where each quotation opens and closes, in one linear pass per paragraph.

Marks come in runs (most runs are one mark long). What a mark does depends only on
the state on entry (a quotation open or not, of which family) and on the characters
right before and after it, so a run is read in chunks, each chunk once per context
(cached): a text of nothing but quotation marks costs a few list operations per chunk.
"""

from __future__ import annotations

import bisect
import functools
import operator
from collections.abc import Iterator, Sequence
from typing import NamedTuple, overload

import regex

from defrel._text import Text

__all__ = ["Quote", "Quotes", "find_quotes"]

# Passed by position as ``concurrent`` (match, search, fullmatch) or after ``overlapped``
# (finditer): a short match keeps the GIL. By default ``regex`` lets go of it and takes it
# back on every call, a third of the cost of a short one (the keyword costs more than that).
_SERIAL = False
_NO_OVERLAP = False  # (``overlapped``, before ``concurrent`` in ``finditer``)

_RUN = regex.compile(r"""["“”„«»'‘’]+""")
_DOUBLE = frozenset('"“”„')
_SINGLE = frozenset("'‘’")
_QUOTES = _DOUBLE | _SINGLE | frozenset("«»")
# Characters after which a mark may open a quotation, and before which one may close it.
_OPEN_AFTER = frozenset("([{—–-/:;,") | _QUOTES
_CLOSE_BEFORE = frozenset(".,;:!?)]}—–-…") | _QUOTES
# A sentence's stops: after one, a double mark opens only before a capital ("run on").
_STOPS = frozenset(".!?")
# Every character after which ``_can_open`` may say yes (white space aside).
_MAY_OPEN_AFTER = _OPEN_AFTER | _STOPS
_MARKS = tuple(_QUOTES)
_ASCII_MARKS = tuple(mark for mark in _MARKS if mark.isascii())
# Up to this many marks in a text are found one by one; more, by one scan.
_FEW = 200
# The longest piece of a run read at once (a long run of one pattern costs a few reads).
_CHUNK = 256


class Quote(NamedTuple):
    """A quotation inside one paragraph: marks at ``open`` and ``close``.

    ``close`` is the offset of the closing mark, or the paragraph end when the
    quotation is never closed (``closed`` is then False). ``chain`` numbers the
    quotations of one passage that runs over several paragraphs. ``marked`` is
    False for one that runs on from a paragraph's start without reopening: its
    ``open`` is then the paragraph's first offset, which holds no mark.
    """

    open: int
    close: int
    closed: bool
    chain: int
    marked: bool
    # The offset just after the quotation (after its closing mark): a field, not a property,
    # as it is read often (a property is a Python call a read).
    end: int

    @property
    def inner(self) -> tuple[int, int]:
        """The offsets of the quoted words, without the marks."""
        return self.open + self.marked, self.close


_new_tuple = tuple.__new__
_EAGER = 256  # quotations built at once, at most (see ``Quotes``)
# ... or one for every this many characters of the text, when that allows more: a long text
# of news (about one quotation in 1,000 characters) has its quotations built at once, as a
# short one does; a text dense with marks (one in 60 characters or fewer) has them built
# as asked for.
_EAGER_CHARS = 500


class Quotes(Sequence[Quote]):
    """The quotations of a text, in order, as parallel lists (one ``Quote`` built on demand).

    ``continued`` lists the indices of quotations that carry on the chain of the one before;
    ``unmarked`` those of them that do so without an opening mark. ``size`` is the length of
    the text, which raises the number of quotations built at once (see ``_EAGER_CHARS``).
    """

    __slots__ = ("chain", "close", "closed", "continued", "end", "items", "open", "unmarked")

    def __init__(
        self,
        opens: list[int],
        closes: list[int],
        closed: list[bool],
        chains: list[int],
        continued: list[int],
        unmarked: frozenset[int] = frozenset(),
        size: int = 0,
    ) -> None:
        self.open = opens
        self.close = closes
        self.closed = closed
        self.chain = chains
        self.continued = continued
        self.unmarked = unmarked
        self.end = list(map(operator.add, closes, closed))  # one past a closing mark
        # Each ``Quote`` of a text with a few, built at once at C speed (``tuple.__new__`` of
        # each row, where ``Quote(...)`` calls the class's ``__new__`` in Python); past
        # ``_EAGER`` and one for ``_EAGER_CHARS`` characters (a text of marks), each is built
        # as asked for, by ``__getitem__``: so many objects at once would cost more in
        # collections than they spare.
        self.items: Sequence[Quote] = self
        if len(opens) <= max(_EAGER, size // _EAGER_CHARS):
            marked = [True] * len(opens)
            for k in unmarked:
                marked[k] = False
            self.items = [
                _new_tuple(Quote, row)
                for row in zip(opens, closes, closed, chains, marked, self.end, strict=True)
            ]

    def __len__(self) -> int:
        return len(self.open)

    @overload
    def __getitem__(self, k: int) -> Quote: ...

    @overload
    def __getitem__(self, k: slice) -> Sequence[Quote]: ...

    def __getitem__(self, k: int | slice) -> Quote | Sequence[Quote]:
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self.open)))]
        return Quote(
            self.open[k],
            self.close[k],
            self.closed[k],
            self.chain[k],
            k not in self.unmarked,
            self.end[k],
        )

    def __iter__(self) -> Iterator[Quote]:
        for k in range(len(self.open)):
            yield self[k]


def _can_open(before: str, after: str, mark: str) -> bool:
    if after.isspace():
        return False
    if not (before.isspace() or before in _OPEN_AFTER):
        # 'developments."Jordanian forces …': a double mark run on after a sentence's stop,
        # before a capital, opens the next quotation (a closing one stands before a space)
        return before in _STOPS and mark not in _SINGLE and after.isupper()
    if mark in _SINGLE:
        # '90s and 'em are elisions, not quotations.
        return after.isalpha() or after in '“"'
    return True


def _before_space(text: str, open_at: int, stop: int) -> int:
    """Where a quotation left open at ``open_at`` stops: ``stop``, less the white space before.

    Never before the character after the opening mark.
    """
    while stop > open_at + 1 and text[stop - 1].isspace():
        stop -= 1
    return stop


def _can_close(before: str, after: str, mark: str) -> bool:
    if before.isspace():
        return False
    if mark in _SINGLE and before.isalpha() and after.isalpha():
        return False  # don't, India's
    if before in _STOPS and mark in _DOUBLE:
        # 'to meet."The two ministers …': an open quotation closes at its sentence's stop,
        # the space after the mark left out (the same mark opens one only when none is open)
        return True
    return after.isspace() or after in _CLOSE_BEFORE or not after.isalnum()


def _family(mark: str) -> str:
    if mark in _DOUBLE:
        return "double"
    if mark in _SINGLE:
        return "single"
    return "guillemet"


_FAMILY = {mark: _family(mark) for mark in _QUOTES}  # ``_family`` of a mark, by a look-up


# A chunk's reading: the first quotation (opens, closes, closed) read alone, the others as
# lists (offsets as a range when evenly spaced); then the state on exit. An open offset of
# -1 is the quotation open on entry.
_Reading = tuple[
    tuple[int, int, bool] | None,
    tuple[int, ...] | range,
    tuple[int, ...] | range,
    tuple[bool, ...],
    int | None,
    str,
]


def _spaced(offsets: tuple[int, ...]) -> tuple[int, ...] | range:
    """``offsets`` as a range when evenly spaced (then shifted at C speed), else as they are."""
    if len(offsets) >= 3 and offsets[1] > offsets[0]:
        spaced = range(offsets[0], offsets[-1] + 1, offsets[1] - offsets[0])
        if tuple(spaced) == offsets:
            return spaced
    return offsets


def _shifted(offsets: tuple[int, ...] | range, by: int) -> list[int] | range:
    if type(offsets) is range:
        return range(offsets.start + by, offsets.stop + by, offsets.step)
    return [by + x for x in offsets]


@functools.lru_cache(maxsize=4096)
def _read(chunk: str, before: str, after: str, is_open: bool, family: str) -> _Reading:
    """The quotations a chunk of marks opens and closes, offsets relative to the chunk."""
    events: list[tuple[int, int, bool]] = []
    open_at: int | None = -1 if is_open else None
    n = len(chunk)
    for i, mark in enumerate(chunk):
        b = chunk[i - 1] if i else before
        a = chunk[i + 1] if i + 1 < n else after
        if open_at is None:
            if mark == "»":
                continue
            if mark == "«" or _can_open(b, a, mark):
                open_at, family = i, _family(mark)
            continue
        fam = _family(mark)
        if family == "guillemet":
            if mark == "»":
                events.append((open_at, i, True))
                open_at = None
            continue
        if fam != family:
            continue  # a nested quotation of the other family
        if _can_close(b, a, mark):
            events.append((open_at, i, True))
            open_at = None
        elif _can_open(b, a, mark) and family == "double":
            # The earlier mark was never closed: it stops where the new one opens.
            events.append((open_at, i, False))
            open_at = i
    first = events[0] if events else None
    rest = events[1:]
    return (
        first,
        _spaced(tuple(e[0] for e in rest)),
        _spaced(tuple(e[1] for e in rest)),
        tuple(e[2] for e in rest),
        open_at,
        family,
    )


def _runs(body: str) -> list[tuple[int, int]]:
    """The maximal runs of quotation marks in ``body``, in order.

    A few marks are found by ``str.find`` (the usual case); many by one scan. (The marks
    are not counted first: a count reads the whole text once a mark, as the finds do.)
    """
    found: list[int] = []
    # An ASCII text holds only the ASCII marks (``isascii`` reads a flag of the string).
    for mark in _ASCII_MARKS if body.isascii() else _MARKS:
        at = body.find(mark)
        while at >= 0:
            if len(found) == _FEW:
                return [
                    m.span() for m in _RUN.finditer(body, None, None, _NO_OVERLAP, _SERIAL)
                ]  # more than a few
            found.append(at)
            at = body.find(mark, at + 1)
    found.sort()
    runs: list[tuple[int, int]] = []
    for at in found:
        if runs and runs[-1][1] == at:
            runs[-1] = (runs[-1][0], at + 1)
        else:
            runs.append((at, at + 1))
    return runs


def _orphan_close(text: str, p0: int, p1: int, runs: list[tuple[int, int]]) -> bool:
    """Whether the first mark of ``runs`` (apostrophes aside) can only close (``…done.”``)."""
    for a, b in runs:
        if (
            b - a == 1
            and a > p0
            and text[a] in _SINGLE
            and text[a - 1].isalpha()
            and (b >= p1 or text[b].isalpha() or text[b].isspace())
        ):
            continue  # an apostrophe: "Ukraine's", "ministers'"
        break
    else:
        return False
    if b - a != 1 or a <= p0 or text[a] not in _DOUBLE:
        return False
    before, after = text[a - 1], text[b] if b < p1 else " "
    return _can_close(before, after, text[a]) and not _can_open(before, after, text[a])


def _spaced_opener(text: str, mark: str, b: int, p1: int, runs: list[tuple[int, int]]) -> bool:
    """Whether a double mark opening its paragraph, then a space, opens a quotation.

    '” We will go,” she said.': a slip of the typesetter; a capital follows the space and a
    later mark of the paragraph closes it.
    """
    return (
        mark in _DOUBLE
        and b + 1 < p1
        and text[b] == " "
        and text[b + 1].isupper()
        and any(text[x] in _DOUBLE for x, _ in runs[1:])
    )


def _paragraph_quotes(
    text: str, p0: int, p1: int, runs: list[tuple[int, int]], *, open_on_entry: bool = False
) -> tuple[list[int], list[int], list[bool], bool]:
    """Quotes of one paragraph (opens, closes, closed), and whether the last is left open.

    With ``open_on_entry`` a quotation runs from the paragraph's start (``p0``, no mark).
    """
    opens: list[int] = []
    closes: list[int] = []
    closed: list[bool] = []
    open_abs = p0 if open_on_entry else -1
    family = "double" if open_on_entry else ""
    for a, b in runs:
        if b - a == 1:
            # A lone mark (most runs): what ``_read`` does with a chunk of one mark, inline
            # (no cached reading to build, key or look up).
            mark = text[a]
            before, after = text[a - 1] if a > p0 else " ", text[b] if b < p1 else " "
            if open_abs < 0:
                # (``_can_open`` wants a space or a mark of ``_MAY_OPEN_AFTER`` before: most
                # lone marks are apostrophes inside words, passed over without the call.)
                if (
                    mark == "«"
                    or (
                        mark != "»"
                        and (before.isspace() or before in _MAY_OPEN_AFTER)
                        and _can_open(before, after, mark)
                    )
                    or (a == p0 and _spaced_opener(text, mark, b, p1, runs))
                ):
                    open_abs, family = a, _FAMILY[mark]
                continue  # a lone mark that cannot open ("India's") opens nothing
            if family == "guillemet":
                if mark == "»":
                    opens.append(open_abs)
                    closes.append(a)
                    closed.append(True)
                    open_abs = -1
                continue
            if _FAMILY[mark] != family:
                continue  # a nested quotation of the other family
            if _can_close(before, after, mark):
                opens.append(open_abs)
                closes.append(a)
                closed.append(True)
                open_abs = -1
            elif family == "double" and _can_open(before, after, mark):
                # The earlier mark was never closed: it stops where the new one opens.
                opens.append(open_abs)
                closes.append(_before_space(text, open_abs, a))
                closed.append(False)
                open_abs = a
            continue
        pieces = (
            ((a, b),)
            if b - a <= _CHUNK
            else [(c0, min(b, c0 + _CHUNK)) for c0 in range(a, b, _CHUNK)]
        )
        for c0, c1 in pieces:
            is_open = open_abs >= 0
            first, r_open, r_close, r_closed, exit_open, family = _read(
                text[c0:c1],
                text[c0 - 1] if c0 > p0 else " ",
                text[c1] if c1 < p1 else " ",
                is_open,
                family if is_open else "",
            )
            if first is not None:
                o, c, cl = first
                o = open_abs if o < 0 else c0 + o
                opens.append(o)
                closes.append(c0 + c if cl else _before_space(text, o, c0 + c))
                closed.append(cl)
                if r_open:
                    # Only the first quotation of a chunk can start before it or stop at a
                    # space before the chunk; the others lie inside it.
                    opens.extend(_shifted(r_open, c0))
                    closes.extend(_shifted(r_close, c0))
                    closed.extend(r_closed)
            if exit_open is None:
                open_abs = -1
            elif exit_open >= 0:
                open_abs = c0 + exit_open
    left_open = False
    # (a single mark left open is most often an apostrophe; two in a row, ''…, open a
    # quotation as surely as a double mark: one cut off by the text's end stays)
    if open_abs >= 0 and (family != "single" or _doubled_apostrophe(text, open_abs, p0)):
        opens.append(open_abs)
        closes.append(_before_space(text, open_abs, p1))
        closed.append(False)
        left_open = True
    return opens, closes, closed, left_open


def _doubled_apostrophe(text: str, at: int, p0: int) -> bool:
    """Whether the opening mark at ``at`` is the second of two apostrophes (''…)."""
    return (
        at > p0
        and text[at] == "'"
        and text[at - 1] == "'"
        and (at - 1 == p0 or text[at - 2] != "'")
    )


def _apostrophes_only(text: str, p0: int, runs: list[tuple[int, int]]) -> bool:
    """Whether each run is one single mark after a letter, none at ``p0`` ("India's").

    Such a paragraph holds no quotation: none of its marks opens one (a mark opens only after
    white space or a mark of ``_MAY_OPEN_AFTER``, or at the paragraph's start), and
    ``_orphan_close`` finds no closing mark to carry a quotation on to it.
    """
    for a, b in runs:
        if b - a != 1 or a <= p0 or text[a] not in _SINGLE or not text[a - 1].isalpha():
            return False
    return True


def find_quotes(text: Text) -> Quotes:
    """Every quotation in ``text``, in order, one per paragraph it covers.

    A quotation left open at a paragraph's end continues when the next
    paragraph opens with a quotation mark: the two share a ``chain``. When the
    next paragraph instead closes it with a lone mark, the quotation runs from
    that paragraph's start (``marked`` False: no mark at its ``open``).

    >>> from defrel._text import prepare
    >>> t = prepare('He said: “We will go. Now.” It\\'s \\'90s talk, \\'a b c d\\'.')
    >>> [t.text[q.open + 1 : q.close] for q in find_quotes(t)]
    ['We will go. Now.', 'a b c d']
    """
    body = text.text
    opens: list[int] = []
    closes: list[int] = []
    closed: list[bool] = []
    chains: list[int] = []
    continued: list[int] = []
    unmarked: set[int] = set()
    chain = -1
    continuing = False
    runs = _runs(body)
    paragraphs = text.paragraphs
    beyond = len(body) + 1
    k, n_runs, last = 0, len(runs), -2
    # Only the paragraphs that hold a run, in order: a run lies inside its paragraph (no mark
    # is a line break, and its line is no blank one).
    while k < n_runs:
        i = bisect.bisect_right(paragraphs, (runs[k][0], beyond)) - 1
        p0, p1 = paragraphs[i]
        j = k + 1
        while j < n_runs and runs[j][0] < p1:
            j += 1
        mine = runs[k:j]
        k = j
        if i != last + 1:
            continuing = False  # a paragraph without marks stood between
        last = i
        if _apostrophes_only(body, p0, mine):
            continuing = False  # ("India's", "ministers'": as ``_paragraph_quotes`` reads them)
            continue
        # A quotation left open whose next paragraph does not reopen it, but closes it with a
        # lone mark, runs on from that paragraph's start.
        open_on_entry = continuing and _orphan_close(body, p0, p1, mine)
        o, c, cl, left_open = _paragraph_quotes(body, p0, p1, mine, open_on_entry=open_on_entry)
        n = len(o)
        if n:
            if continuing and o[0] == p0:
                if open_on_entry:
                    unmarked.add(len(opens))
                continued.append(len(opens))
                chains.append(chain)
                chains.extend(range(chain + 1, chain + n))
                chain += n - 1
            else:
                chains.extend(range(chain + 1, chain + 1 + n))
                chain += n
            opens.extend(o)
            closes.extend(c)
            closed.extend(cl)
        continuing = left_open
    return Quotes(opens, closes, closed, chains, continued, frozenset(unmarked), len(body))
