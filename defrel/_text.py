"""The text stage: paragraphs and sentences as offsets into the body, never a copy that shifts."""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Iterable

import attrs
import regex

from defrel import _guard

__all__ = ["Text", "prepare"]

# A paragraph ends at a line break (``_paragraphs``); offsets stay those of the body.
# A word is a maximal run of ``\w``.
_WORD = regex.compile(r"\w+")
# ``_words`` on text whose word characters are all ASCII: every other byte to a space.
_ASCII_BYTES = bytes(range(128))
_WORD_BYTES = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
_SPACE_NON_WORD = bytes(c if c in _WORD_BYTES else 32 for c in range(256))
_PLUS_ONE = (1).__add__
# A sentence ends at . ! ? (and a closing quote or bracket) before white space and a capital,
# digit or opening quote; abbreviations are filtered afterwards. A run of terminators is tried
# once, from its start, with possessive quantifiers: "...." then spaces then a small letter
# used to cost the square of the run's length.
# A full stop with no space after it ends a sentence too between a word of small letters
# and a capitalised word ("two countries.It said"): a scraped page lost the space.
_SENTENCE_END = regex.compile(
    r"""(?<![.!?])[.!?]++["'”’)\]]*+(?=\s++["'“‘(\[]?[\p{Lu}\d@])"""
    r"""|(?<=\p{Ll}\p{Ll}\p{Ll})\.(?=\p{Lu}\p{Ll})"""
)
# A wire dateline opening a paragraph ends there: "PHNOM PENH, May 1 (Xinhua) -- The ...",
# "Jakarta (VNA) – Vietnamese ...": its city in capitals, or any city with an agency.
_DATELINE_DASH = regex.compile(
    r"""[\ \t]*(?:
        \p{Lu}[\p{Lu}.'’]+(?:\ \p{Lu}[\p{Lu}.'’]+){0,2}(?:,[^\n(),]{1,20}){0,2}
          (?:\ ?\([^()\n]{2,30}\))?
      | \p{Lu}[\p{L}.'’]+(?:\ \p{Lu}[\p{L}.'’]+){0,2}(?:,[^\n(),]{1,20}){0,2}
          \ ?\([^()\n]{2,30}\)
    )\ +(?:--|—|–|-)(?=\ +\p{Lu})""",
    regex.VERBOSE,
)
_DATELINE_REACH = 80  # characters: how far into its paragraph a dateline's dash may stand

_ABBREVIATIONS = [
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Gen",
    "Lt",
    "Col",
    "Maj",
    "Capt",
    "Cmdr",
    "Adm",
    "Brig",
    "Sgt",
    "St",
    "Sr",
    "Jr",
    "No",
    "Nos",
    "Vol",
    "Rep",
    "Sen",
    "Gov",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Prof",
    "Hon",
    "Rt",
    "Retd",
    "Ret",
    "vs",
    "etc",
    "approx",
    "Inc",
    "Ltd",
    "Co",
]
# The full stops that end an abbreviation: a word of the list or a single capital ("U.S."
# is two of those). Found in one scan of the body, from each full stop looking back, first
# at one character (the last letter of a listed word, or a capital): a run of dots or of
# sentence ends must not cost a look at the whole list each.
_LAST_LETTERS = "".join(sorted({word[-1] for word in _ABBREVIATIONS}))
_ABBREVIATION_STOP = regex.compile(
    rf"\.(?<=[{_LAST_LETTERS}\p{{Lu}}]\.)(?:(?<=\b\p{{Lu}}\.)|(?<=\b\L<abbreviations>\.))",
    abbreviations=_ABBREVIATIONS,
)


# Characters after a terminator where no sentence ends (nor starts a run that may end one):
# ASCII but no terminator, closing quote or bracket, white space (``\s`` holds "\t" to "\r"
# and the space among them; a test checks) or capital; and "" (the text's end). After these
# neither branch of ``_SENTENCE_END`` can match.
_NO_END_AFTER = frozenset(
    c for c in map(chr, range(128)) if c not in ".!?\"')]\t\n\x0b\x0c\r " and not ("A" <= c <= "Z")
) | {""}
# What may follow a terminator and a space for a sentence to end there with no more to read.
_SENTENCE_OPENERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@")
# ASCII white space (all of it ``\s``), and how far a run of it is read past a terminator
# (a longer run is left to the pattern).
_ASCII_BLANKS = " \t\n\r\x0b\x0c"
_BLANK_REACH = 64
# ASCII characters that, first after a run of white space, open no sentence: no white space
# (``\s``, which holds no other ASCII character), no opening quote or bracket, no capital,
# digit or "@". After a terminator, a run of white space and one of these, neither branch of
# ``_SENTENCE_END`` matches.
_NO_OPENING_AFTER_BLANKS = frozenset(
    c
    for c in map(chr, range(128))
    if c not in _ASCII_BLANKS and c not in "\"'([" and c not in _SENTENCE_OPENERS
)
# Above this share of terminators the pattern scans the text (runs of dots and the like).
_TERMINATOR_SHARE = 20

_START = regex.Match.start
_SPAN = regex.Match.span
_FIRST = operator.itemgetter(0)


@attrs.frozen(slots=True)
class Text:
    """A body with its paragraph and sentence boundaries, as ``(start, end)`` pairs.

    >>> t = prepare("Mr. Austin met Singh. They talked.\\nA new line.")
    >>> [t.text[s:e] for s, e in t.sentences]
    ['Mr. Austin met Singh.', 'They talked.', 'A new line.']
    >>> t.paragraph_of(40)
    (35, 46)
    """

    text: str
    paragraphs: tuple[tuple[int, int], ...]
    sentences: tuple[tuple[int, int], ...]
    _sentence_starts: tuple[int, ...] = attrs.field(repr=False, eq=False)
    _paragraph_starts: tuple[int, ...] = attrs.field(repr=False, eq=False)
    # The lower-cased body when lowering keeps every offset (else None), and its words
    # (maximal runs of ``\w``) with their offsets: one scan that several stages share.
    lower: str | None = attrs.field(default=None, repr=False, eq=False)
    words: tuple[tuple[int, str], ...] = attrs.field(default=(), repr=False, eq=False)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The sentence holding offset ``pos`` (or the nearest one before it)."""
        return _locate(self.sentences, self._sentence_starts, pos, len(self.text))

    def paragraph_of(self, pos: int) -> tuple[int, int]:
        """The paragraph holding offset ``pos`` (or the nearest one before it)."""
        return _locate(self.paragraphs, self._paragraph_starts, pos, len(self.text))

    def sentence_index(self, pos: int) -> int:
        """The index in ``sentences`` of the sentence holding ``pos`` (-1 before the first)."""
        return bisect.bisect_right(self._sentence_starts, pos) - 1


def _locate(
    spans: tuple[tuple[int, int], ...], starts: tuple[int, ...], pos: int, size: int
) -> tuple[int, int]:
    i = bisect.bisect_right(starts, pos) - 1
    if i < 0:
        return (0, 0) if not spans else spans[0]
    return spans[i] if spans else (0, size)


def _sentences(
    text: str, start: int, end: int, out: list[tuple[int, int]], ends: list[tuple[int, int]]
) -> None:
    """Append the sentences of ``text[start:end]`` to ``out`` (through ``_append``).

    ``ends`` are the spans of the sentence ends inside it (see ``prepare``).
    """
    begin = start
    append = out.append
    for _, after in ends:
        if after - begin <= _SENTENCE_MAX:  # (``_append`` cuts nothing: the usual case)
            if after > begin:
                append((begin, after))
        else:
            _append(text, begin, after, out)
        begin = after
        while begin < end and text[begin].isspace():
            begin += 1
    if begin < end:
        stop = end
        while stop > begin and text[stop - 1].isspace():
            stop -= 1
        if stop > begin:
            _append(text, begin, stop, out)


_SENTENCE_MAX = 1_000  # characters: a longer run without a sentence end is cut (issue 6)


def _append(text: str, begin: int, end: int, out: list[tuple[int, int]]) -> None:
    """Append the sentence ``[begin, end)``, in pieces of ``_SENTENCE_MAX`` characters at most.

    A longer one (no news sentence is) is cut at white space. Every stage reads a sentence
    around each of its cues; a page with no sentence end (a table, a list, debris) would
    else be one sentence read once per cue.
    """
    while end - begin > _SENTENCE_MAX:
        limit = begin + _SENTENCE_MAX
        cut = limit
        while cut > begin + _SENTENCE_MAX // 2 and not text[cut].isspace():
            cut -= 1
        if not text[cut].isspace():
            cut = limit  # one long word: cut inside it
        stop = cut
        while stop > begin and text[stop - 1].isspace():
            stop -= 1
        out.append((begin, stop))
        begin = cut
        while begin < end and text[begin].isspace():
            begin += 1
    if end > begin:
        out.append((begin, end))


def prepare(text: str) -> Text:
    """Find the paragraphs and sentences of a body.

    >>> [s for s in prepare("One. Two.").sentences]
    [(0, 4), (5, 9)]
    """
    paragraphs = _paragraphs(text)
    stops = frozenset(map(_START, _guard.finditer_linear(_ABBREVIATION_STOP, text)))
    found: list[tuple[int, int]] = []
    # The sentence ends of every paragraph in one scan of the body. A match never holds a
    # line break, so each lies inside one paragraph. Scanned paragraph by paragraph, a
    # match whose lookahead runs past the paragraph's end was not found; only white space
    # then follows it to that end (``\s`` is white space to ``str.isspace`` too), so the
    # sentence it closes is the same: the paragraph's rest, white space stripped.
    # An abbreviation's full stop ends no sentence. (The test once looked at the 12
    # characters before the stop alone; an abbreviation is at most 6 characters long and
    # the sentence start follows white space, so the answer is the same.)
    ends = [span for span in _sentence_ends(text) if span[0] not in stops]
    dashes = _dateline_ends(text, paragraphs)
    if dashes:
        ends = sorted({*ends, *dashes})
    ats = list(map(_FIRST, ends))
    k = 0
    for p0, p1 in paragraphs:
        j = k
        k = bisect.bisect_left(ats, p1, k)
        _sentences(text, p0, p1, found, ends[j:k])
    sentences = tuple(found)
    lowered = text.lower()
    low = lowered if len(lowered) == len(text) else None
    return Text(
        text=text,
        paragraphs=paragraphs,
        sentences=sentences,
        sentence_starts=tuple(map(_FIRST, sentences)),
        paragraph_starts=tuple(map(_FIRST, paragraphs)),
        lower=low,
        words=() if low is None else _words(low),
    )


def _sentence_ends(text: str) -> list[tuple[int, int]]:
    """The spans of the matches of ``_SENTENCE_END``, in order, as ``finditer`` gives them.

    Every match opens on a terminator (". ", "!" or "?"): only there is it looked for,
    from where the last match ended. Before another terminator, neither branch matches (the
    first looks behind for none, the second for small letters); a terminator, a space and
    an ASCII capital, digit or "@" is a match of one character; after a character of
    ``_NO_END_AFTER`` there is none. Elsewhere the pattern decides. A text dense with
    terminators (runs of dots) is scanned by the pattern.
    """
    count = text.count
    if (count(".") + count("!") + count("?")) * _TERMINATOR_SHARE > len(text):
        return list(map(_SPAN, _SENTENCE_END.finditer(text)))
    ats: list[int] = []
    for mark in ".!?":
        at = text.find(mark)
        while at >= 0:
            ats.append(at)
            at = text.find(mark, at + 1)
    ats.sort()
    out: list[tuple[int, int]] = []
    last = 0
    for at in ats:
        if at < last or (at and text[at - 1] in ".!?"):
            continue
        after = text[at + 1 : at + 3]
        if after[:1] == " " and after[1:] in _SENTENCE_OPENERS:
            out.append((at, at + 1))
            last = at + 1
        elif after[:1] in _ASCII_BLANKS:
            nxt = text[at + 1 : at + _BLANK_REACH].lstrip(_ASCII_BLANKS)[:1]
            if nxt in _SENTENCE_OPENERS:
                # A line break (or other ASCII white space) and, after the run of it, an
                # ASCII capital, digit or "@": the first branch matches the terminator alone
                # (its possessive ``\s++`` takes that whole run; no quote follows it).
                out.append((at, at + 1))
                last = at + 1
            elif nxt not in _NO_OPENING_AFTER_BLANKS:
                # (after the run, a character that is neither ``\s`` nor may open a
                # sentence: the first branch fails, the second wants a capital next)
                m = _SENTENCE_END.match(text, at)
                if m is not None:
                    out.append(m.span())
                    last = m.end()
        elif "A" <= after[:1] <= "Z":
            # A capital right after: the first branch wants white space or a closing mark
            # there. The second matches a full stop after three small letters, before a
            # small one; where these are ASCII, ``\p{Ll}`` is "a" to "z".
            if at >= 3 and text[at] == ".":
                near = text[at - 3 : at + 3]
                if not near.isascii():
                    m = _SENTENCE_END.match(text, at)
                    if m is not None:
                        out.append(m.span())
                        last = m.end()
                elif near[:3].isalpha() and near[:3].islower() and "a" <= near[5:6] <= "z":
                    out.append((at, at + 1))
                    last = at + 1
        elif after[:1] not in _NO_END_AFTER:
            m = _SENTENCE_END.match(text, at)
            if m is not None:
                out.append(m.span())
                last = m.end()
    return out


def _dateline_ends(text: str, paragraphs: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """The sentence ends of the wire datelines that open paragraphs: each at its dash."""
    out = []
    for p0, p1 in paragraphs:
        # (a dateline opens on a capital, or blanks, and holds a dash within its reach; a
        # paragraph is never empty)
        first = text[p0]
        if not (first.isupper() or first in " \t"):
            continue
        window = text[p0 : min(p1, p0 + _DATELINE_REACH)]
        if not ("-" in window or "–" in window or "—" in window):  # the dashes it may hold
            continue
        m = _DATELINE_DASH.match(text, p0, p0 + len(window))
        if m is not None:
            out.append((m.end() - 1, m.end()))
    return out


def _paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """The maximal runs of characters other than "\\r" and "\\n", less those all white space.

    One split at the line breaks (each a single character): the pieces are the runs, the
    empty ones between two breaks aside. A run of prose cut by one "\\n" after a word no
    sentence ends on goes on into the next run (a hard wrap): one paragraph across the break.
    """
    lines = text.replace("\r", "\n").split("\n")
    starts = itertools.accumulate(map(_PLUS_ONE, map(len, lines)), initial=0)
    # ``str.strip`` removes what ``str.isspace`` calls white space: empty when all of it.
    kept = itertools.compress(zip(starts, lines, strict=False), map(str.strip, lines))
    out: list[tuple[int, int]] = []
    a0 = a1 = -1  # the line before, as found (not as joined)
    for at, line in kept:
        b0, b1 = at, at + len(line)
        # (``_wrapped`` asks first for one break between the lines and a long line before)
        if out and b0 - a1 == 1 and a1 - a0 >= _WRAP_MIN and _wrapped(text, a0, a1, b0):
            out[-1] = (out[-1][0], b1)
        else:
            out.append((b0, b1))
        a0, a1 = b0, b1
    return tuple(out)


def _wrapped(text: str, a0: int, a1: int, b0: int) -> bool:
    """Whether the line ``[a0, a1)`` runs on into the next, at ``b0``: a hard wrap.

    A line of prose cut after a word no sentence ends on ("will co-chair the" / "Annual
    Dialogue"), or before a line that opens in small letters ("met the Foreign Minister Ann
    Roe" / "and the Army chief"), right before the next. (A wrapped line is long; short
    lines are lists, labels or debris and stay apart.)
    """
    if b0 - a1 != 1 or a1 - a0 < _WRAP_MIN or not text[a1 - 1 : a1].isalpha():
        return False
    if "a" <= text[b0 : b0 + 1] <= "z":
        return True
    if not text[a1 - 1].islower():
        return False
    tail = text[a1 - 6 : a1]
    return tail[tail.rfind(" ") + 1 :] in _CUT_WORDS and " " in tail


# The last word of a line cut mid-sentence: an article, a preposition or a conjunction.
_CUT_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "and",
        "or",
        "with",
        "for",
        "in",
        "on",
        "by",
        "from",
        "at",
        "as",
        "his",
        "her",
        "their",
        "its",
    ]
)
_WRAP_MIN = 40  # characters: a line of prose a wrap cuts is at least this long


def _words(low: str) -> tuple[tuple[int, str], ...]:
    """The runs of ``\\w`` in ``low`` with their offsets.

    When characters outside ASCII are few (news text: curly quotes, dashes and the odd
    accented letter), the runs are found by byte translation and one split, each
    character one byte, so offsets stay: ASCII word characters are kept, every other
    byte becomes a space, and a character outside ASCII that is a word character (``\\w``
    is a test of one character, so a run is a maximal stretch of them) is kept as a
    placeholder letter, its word then read back from ``low``. Else by the pattern, which
    is also the faster where characters outside ASCII or separators make most of the text.
    """
    data = low.encode("ascii", "replace")
    outside = data.count(b"?") - low.count("?")  # characters outside ASCII
    if outside * 16 > len(low):
        return tuple((m.start(), m.group()) for m in _guard.finditer_linear(_WORD, low))
    spaced = data.translate(_SPACE_NON_WORD)
    kept = _kept_outside_ascii(low, data) if outside else []
    if (spaced.count(b" ") - len(kept)) * 2 > len(spaced):
        return tuple((m.start(), m.group()) for m in _guard.finditer_linear(_WORD, low))
    if _guard.spent():
        return ()
    if kept:
        marked = bytearray(spaced)
        for at in kept:
            marked[at] = 97  # "a", a word character
        spaced = bytes(marked)
    pieces = spaced.decode("ascii").split(" ")
    # (each piece and the space after it: ``operator.add`` is called faster than ``_PLUS_ONE``)
    starts: Iterable[int] = itertools.accumulate(
        map(operator.add, map(len, pieces), itertools.repeat(1)), initial=0
    )
    if kept:  # (a list only where a placeholder is read back: news text mostly has none)
        starts = offsets = list(starts)
        for at in kept:
            i = bisect.bisect_right(offsets, at) - 1
            pieces[i] = low[offsets[i] : offsets[i] + len(pieces[i])]
    return tuple(itertools.compress(zip(starts, pieces, strict=False), pieces))


def _kept_outside_ascii(low: str, data: bytes) -> list[int]:
    """The offsets of the characters outside ASCII in ``low`` that are word characters.

    ``data`` is ``low`` encoded to ASCII with one "?" for each other character.
    """
    others = low.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    inside = {c for c in set(others.decode("utf-8", "surrogatepass")) if _WORD.match(c)}
    if not inside:
        return []
    if "?" in low:  # then each "?" left stands for a character outside ASCII
        data = low.replace("?", " ").encode("ascii", "replace")
    kept: list[int] = []
    at = data.find(b"?")
    while at >= 0:
        if low[at] in inside:
            kept.append(at)
        at = data.find(b"?", at + 1)
    return kept
