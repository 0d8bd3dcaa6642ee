"""The date stage: find date phrases with their offsets, resolve them against publication.

Phrases are found with one compiled pattern. Relative phrases ("on Monday",
"last week", "later this month") are computed here from the publication date;
absolute phrases ("Oct. 14", "14 October 2023", "September 2018") are handed,
alone, to dateparser with explicit settings, and the answer is cached.

Precision is honest: a phrase that fixes a day gets ``date``; one that bounds a
stretch ("next month", "in late April") gets ``window``; one that cannot be
resolved (a relative phrase with no publication date) gets neither.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import itertools
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import regex

from defrel import _guard
from defrel._text import Text
from defrel._types import DateMention

__all__ = ["find_dates", "tense_at"]

# ``concurrent`` of a regex call, passed by position: the call keeps the GIL (releasing and
# retaking it costs more than a short match).
_SERIAL = False
_NO_OVERLAP = False  # ``overlapped`` of ``finditer``, by position before ``concurrent``

_MONTH_NUMBER = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAY_NUMBER = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_NUMBER_WORD = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_ORDINAL_WEEK = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 5}

# Month names are matched with their capital (so "may" and "march" in running text are
# verbs); "May" and "March" only count with a day, a year or a preposition (see below).
_MONTH = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d|\d)"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))"
_SHIFT = r"(?:(?:early|mid|late)[-\s]+)"

_PATTERN = regex.compile(
    rf"""
    (?<![\w-])(?:
      # "on Friday evening, July 10": the weekday adds nothing to the day
      (?:on\s+)?{_WEEKDAY}{_PART}?,?\s+(?P<wmd_m>{_MONTH})\s*(?P<wmd_d>{_DAY})
        (?:,?\s+(?P<wmd_y>{_YEAR}))?
    # day ranges, also across a month's end ("June 29-July 1", "30 January to 2 February")
    | (?:(?:from|on|between)\s+)?(?P<mr_m>{_MONTH})\s*(?P<mr_d1>{_DAY})
        \s*(?:-|–|to)\s*(?:(?P<mr_m2>{_MONTH})\s*)?(?P<mr_d2>{_DAY})
        (?:,?\s+(?P<mr_y>{_YEAR}))?
    | (?:(?:from|on|between)\s+)?(?:the\s+)?(?P<dr_d1>{_DAY})(?:\s+(?:of\s+)?(?P<dr_m1>{_MONTH}))?
        \s*(?:-|–|to)\s*(?:the\s+)?(?P<dr_d2>{_DAY})\s+(?:of\s+)?(?P<dr_m>{_MONTH})
        (?:,?\s+(?P<dr_y>{_YEAR}))?
    | (?:(?:on|from|since|by|until)\s+)?(?P<md_m>{_MONTH})\s*(?P<md_d>{_DAY})
        (?:,?\s+(?P<md_y>{_YEAR}))?
    | (?:(?:on|from|since|by|until)\s+)?(?:the\s+)?(?P<dm_d>{_DAY})(?:\s+|-)(?:of\s+)?
        (?P<dm_m>{_MONTH})
        (?:,?(?:\s+|-)(?P<dm_y>{_YEAR}))?
    | (?P<iso>{_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?!\d)
    | (?P<wk_n>first|second|third|fourth|last)\s+week\s+of\s+(?P<wk_m>{_MONTH})
        (?:,?\s+(?P<wk_y>{_YEAR}))?
    | (?:(?i:in|since|during|of|from|until|by)\s+)?(?P<my_s>{_SHIFT})?(?P<my_m>{_MONTH})
        ,?\s+(?:of\s+)?(?P<my_y>{_YEAR})
    | (?:(?i:in|since|during|from|until|by|this|last|next|coming)\s+)?
        (?:(?P<mo_s>{_SHIFT})(?:of\s+)?)?(?P<mo_m>{_MONTH})
        (?:\s+(?P<mo_rel>last|this|next)\s+year)?
    | (?:(?i:in|since|during|by|until)\s+)?(?P<ys_s>(?i:early|mid|late))[-\s]+(?P<ys_y>{_YEAR})
    | (?i:in|since|during)\s+(?:the\s+year\s+)?(?P<y>{_YEAR})
    | (?P<sh_s>(?i:early|mid|late))[-\s]+(?P<sh_r>(?i:last|this|next))\s+(?P<sh_u>(?i:month|year))
    | (?i:over|at|during|on)\s+(?P<wkend>(?i:the\s+weekend))
    | (?:on\s+)?the\s+(?P<th_d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)
        (?=\s*[,.;:)]|\s+(?:of\s+(?:this|last|the)\s+month|and|when|at|in|to|during|with)\b)
    | (?P<ss_l>(?i:this|next|last|coming|in\s+the|in|during\s+the|(?:earlier|later)\s+this
        |the(?=\s+\w+\s+(?:of\s+)?(?:19|20)\d\d)))\s+
        (?P<ss>(?i:spring|summer|autumn|fall|winter))(?:\s+(?:of\s+)?(?P<ss_y>{_YEAR}))?
    | (?P<inday>(?i:(?:earlier|later)\s+(?:on\s+)?(?:in\s+the|that|the\s+same)\s+
        (?:day|morning|afternoon|evening|night|week|month|year))(?!\s+(?i:of|as)\b))
    | (?P<span>(?i:(?:(?:in|over|during|within)\s+)?the\s+(?:coming|next|past|last)\s+
        (?:(?:few|couple\s+of|several|two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+)?
        (?:days|weeks|months)
      |(?:in|over|during|within)\s+(?:coming|recent)\s+(?:days|weeks|months)
      |(?:in|over|during)\s+the\s+(?:days|weeks|months)\s+(?:ahead|to\s+come))
        (?!\s+(?i:of|before|after|since|until|when)\b))
    | (?P<rel>(?i:(?:earlier|later)\s+today|this\s+(?:morning|afternoon|evening)|today|tonight
        |yesterday|tomorrow|(?:earlier|later)\s+this\s+(?:week|month|year)
        |(?:last|this|next)\s+(?:night|week|weekend|month|year)
        |(?:the\s+)?(?:end|beginning|start)\s+of\s+(?:this|next|last|the)\s+(?:week|month|year)))
    | (?P<ana>(?i:(?:on\s+)?(?:the|that)\s+same\s+(?:day|morning|afternoon|evening|night)
          (?!\s+as\b)
        |(?:on\s+)?the\s+(?:following|next|previous)\s+day
        |(?:on\s+)?the\s+day\s+(?:before|after)
          (?=\s*(?:[,.;:!?)]|$)|\s+(?:in|at|and|when|with|as|to|for)\b)))
    | (?P<off>(?i:(?:(?:nearly|almost|about|around|some|roughly|just|over|more\s+than)\s+)?
        (?:a\s+couple\s+of|a\s+few|several|a|an|one|two|three|four|five|six|seven|eight|nine
          |ten|\d{{1,2}})
        \s+(?:fortnights?|days?|weeks?|months?|years?)
        \s+(?:before|after|ago|earlier|later|from\s+now)))
    | (?P<inoff>(?i:in|within)\s+(?:a|an|one|two|three|four|five|six|\d{{1,2}})
        \s+(?:fortnight|days?|weeks?|months?)(?:['’]\s*time)?)
    | (?:(?:from|on|between)\s+)?(?P<wr_a>{_WEEKDAY})\s*(?:-|–|to|through|till|until|and)\s*
        (?P<wr_b>{_WEEKDAY})
    | (?:(?P<wd_rel>on|last|next|this|since|by|until|from|coming)\s+)?(?P<wd>{_WEEKDAY})
        (?:['’]s)?{_PART}?(?:,?\s+(?P<wd_wk>last|this|next)\s+week)?
    )(?![\w])
    """,
    regex.VERBOSE,
)
# Every group of ``_PATTERN`` is named: its groups by name, read off ``Match.groups`` (one
# call) through a dict, where each ``Match.group(name)`` call costs ten dict lookups.
_GROUP_NAMES = tuple(sorted(_PATTERN.groupindex, key=_PATTERN.groupindex.__getitem__))
_Group = Callable[[str], Any]  # as typed for ``Match.group``: "str | Any"
if len(_GROUP_NAMES) != _PATTERN.groups:
    msg = "a group of the date pattern without a name"
    raise ValueError(msg)


# A month name standing alone must be used as a date: "in March", "this May", "late April".
_BARE_MONTH_OK = regex.compile(
    r"^(?:in|since|during|from|until|by|this|last|next|coming)\s", regex.IGNORECASE
)

# Tense cues: future first, so "scheduled to" is not read as a past "-ed".
_TENSE = regex.compile(
    r"""\b(?:
      (?P<fut>(?:will|shall)(?:\s+(?:also\s+|not\s+)?be\s+\w+)?
        |would\s+(?:also\s+|then\s+|soon\s+)?(?:meet|visit|hold|travel|attend|host|sign|go
          |arrive|fly|head|pay|lead|co-chair|receive|be\s+(?:held|signed|hosted))\b
        |(?:is|are|was|were)\s+(?:set|scheduled|slated|due|expected|likely
        |going|poised|planning|planned)\s+to(?:\s+be\s+(?:held|signed|hosted|convened))?
        |(?:set|scheduled|slated|expected|likely|plans?
        |planned|going)\s+to(?:\s+be\s+(?:held|signed|hosted|convened))?|to\s+be\s+(?:held|signed
        |(?!(?:noted|recalled|mentioned|remembered|expected|considered|understood)\b)\w{3,}ed)
        |upcoming|forthcoming|ahead\s+of
        |preparations?\s+for|preparing\s+for|(?:run|lead)-up\s+to|plans?\s+for
        |agenda(?:\s+items?)?\s+for
        |look(?:s|ing|ed)?\s+forward|next|coming)
    | (?P<past>was|were|had|has|(?<!\b(?:will|shall|would|to|also)\s)have|did|held|met|said|took
        |came|went|made|paid|led|began
        |gave|told|spoke|saw|sent|concluded|won|lost|left|brought|bought|sold|fought|became
        |chose|flew|grew|kept|knew|ran|sought|stood|wrote|broke|found|heard|spent|built|caught
        |struck|meant|taught|felt|understood|withdrew|undertook|oversaw|swore|shook
        |(?!(?:scheduled|expected|planned|armed|united|limited|allied|combined|integrated
        |advanced|unmanned|guided|based|related|unprecedented|detailed|sophisticated)\b)\w{3,}ed)
    )\b""",
    regex.VERBOSE | regex.IGNORECASE,
)
# The "-ed" words that ``_TENSE``'s last alternative leaves out (its negative look-ahead).
_NOT_PAST = frozenset(
    [
        *["scheduled", "expected", "planned", "armed", "united", "limited", "allied"],
        *["combined", "integrated", "advanced", "unmanned", "guided", "based", "related"],
        *["unprecedented", "detailed", "sophisticated"],
    ]
)
# ``_TENSE``'s match at a word that opens none of its literal alternatives, or only a past
# one of that word alone: its groups as ``_TENSE`` gives them there, the word as "past"
# (see ``_match``).
_PAST_ED = regex.compile(r"(?:(?P<fut>(?!))|(?P<past>\w+))")


def _one_word_past() -> frozenset[str]:
    """The past forms of ``_TENSE`` that are the whole of every alternative opening on them.

    Read off the pattern's "past" group: its plain words (not "have", behind its
    look-behind), less those a longer alternative may go on from (after white space or a
    hyphen: "was set to", "run-up to"): where one of these words stands, ``_TENSE`` matches
    that word, as "past".
    """
    source = _TENSE.pattern
    group = source[source.index("(?P<past>") + len("(?P<past>") : source.index("|(?!(?:sched")]
    # (the words inside the look-behind come out of the split too: "would" matches
    # nothing alone and is left out, "shall" and "to" open longer alternatives)
    words = {w for w in (a.strip() for a in group.split("|")) if w.isalpha()}
    out = frozenset(
        w
        for w in words
        if (m := _TENSE.fullmatch(w)) is not None
        and m.group("past") == w
        and _TENSE.fullmatch(w + " ", partial=True) is None
        and _TENSE.fullmatch(w + "-", partial=True) is None
    )
    if len(out) < 40 or not out <= _CUE_FIRST:
        msg = "_TENSE is not laid out as _one_word_past reads it"
        raise ValueError(msg)
    return out


_NEAR = 80  # characters: a cue this close before the phrase governs it
# Farther back than _NEAR, the cue is looked for at most this far (and never before the
# sentence start): a megabyte-long "sentence" with no cue cost a scan back to its start
# per date phrase, quadratic.
_LOOK_BACK = 300


# The first word of every cue of ``_TENSE`` (lower-cased): a cue starts at a word that is
# one of these or a past form (five or more characters ending in "ed", ``\w{3,}ed``).
_CUE_FIRST = frozenset(
    [
        *["will", "shall", "would", "is", "are", "was", "were", "set", "scheduled", "slated"],
        *["expected", "likely", "plan", "plans", "planned", "going", "to", "upcoming"],
        *["forthcoming", "ahead", "preparation", "preparations", "preparing", "run", "lead"],
        *["look", "looks", "looking", "looked", "next", "coming", "had", "has", "have"],
        *["did", "held", "met", "said", "took", "came", "went", "made", "paid", "led", "agenda"],
        *["began", "gave", "told", "spoke", "saw", "sent", "concluded", "won", "lost", "left"],
        *["brought", "bought", "sold", "fought", "became", "chose", "flew", "grew", "kept"],
        *["knew", "ran", "sought", "stood", "wrote", "broke", "found", "heard", "spent"],
        *["built", "caught", "struck", "meant", "taught", "felt", "understood", "withdrew"],
        *["undertook", "oversaw", "swore", "shook"],
    ]
)
# The cue words that start a cue only with one of these words next ("to be held", "is set
# to", "run-up to", "plans to"); the others ("will", "was", "said") are cues alone, and so
# is a "-ed" word ("looked", "slated"; not "scheduled", "expected", "planned": ``_TENSE``
# leaves them out).
_SET_TO = frozenset(
    [
        *["set", "scheduled", "slated", "due", "expected", "likely", "going", "poised"],
        *["planning", "planned"],
    ]
)
_CUE_NEXT = {
    "is": _SET_TO,
    "are": _SET_TO,
    "to": frozenset(["be"]),
    "run": frozenset(["up"]),
    "lead": frozenset(["up"]),
    "ahead": frozenset(["of"]),
    "preparation": frozenset(["for"]),
    "preparations": frozenset(["for"]),
    "preparing": frozenset(["for"]),
    "agenda": frozenset(["for", "item", "items"]),
    "look": frozenset(["forward"]),
    "looks": frozenset(["forward"]),
    "looking": frozenset(["forward"]),
    **dict.fromkeys(
        ["set", "scheduled", "expected", "likely", "planned", "going"],
        frozenset(["to"]),
    ),
    "plan": frozenset(["to", "for"]),
    "plans": frozenset(["to", "for"]),
}
_ONE_WORD_PAST = _one_word_past()
_WORD_START = regex.compile(r"(?<!\w)\w+")


def _window_words(text: str, pos: int, endpos: int) -> list[tuple[int, str]] | None:
    """The words starting in ``text[pos:endpos]`` (lower-cased, cut at ``endpos``).

    None when lowering the stretch shifts offsets.
    """
    a = pos - 1 if pos > 0 else 0  # one character before: a word under way at ``pos``
    seg = text[a:endpos]
    low = seg.lower()
    if len(low) != len(seg):
        return None
    return [
        (a + m.start(), m.group())
        for m in _WORD_START.finditer(low, pos - a, None, _NO_OVERLAP, _SERIAL)
    ]


def _cue_starts(
    words: Sequence[tuple[int, str]], i: int, endpos: int
) -> Iterator[tuple[int, str | None]]:
    """The offsets of the words from ``words[i]`` on that can start a cue.

    Only the words starting before ``endpos`` count, cut there. A word that starts a cue
    only with a given next word ("to be", "is set", "run-up") needs that next word. A word
    outside ASCII may fold to a cue word under IGNORECASE: it is always tried. Each offset
    comes with the word where it is an ASCII "-ed" word that opens no literal alternative,
    or a word of ``_ONE_WORD_PAST`` (None elsewhere): ``_match`` reads those without the
    pattern.
    """
    n = len(words)
    while i < n:
        at, word = words[i]
        if at >= endpos:
            return
        if at + len(word) > endpos:
            word = word[: endpos - at]
        i += 1
        if word in _CUE_FIRST:
            then = _CUE_NEXT.get(word)
            if then is not None:
                if i >= n:
                    continue  # no next word: the cue cannot be whole
                after, following = words[i]
                if following[: endpos - after] not in then and following.isascii():
                    continue
            yield at, word if word in _ONE_WORD_PAST else None
        elif not word.isascii():
            yield at, None
        elif len(word) >= 5 and word.endswith("ed"):
            yield at, word


def _last_cue(
    text: str, words: Sequence[tuple[int, str]], i: int, endpos: int
) -> regex.Match[str] | None:
    """The last match ``_guard.finditer(_TENSE, text, pos, endpos)`` gives.

    It is tried only at the words that can start a cue (``words``: those starting at or
    after ``pos``, in order).
    """
    last = None
    done = 0
    for at, ed in _cue_starts(words, i, endpos):
        if at < done:
            continue  # inside the cue found before: the scan goes on after it
        m = _match(text, at, endpos, ed)
        if m is not None:
            last = m
            done = m.end()
    return last


def _first_cue(
    text: str, words: Sequence[tuple[int, str]], i: int, endpos: int
) -> regex.Match[str] | None:
    """``_guard.search(_TENSE, text, pos, endpos)``, tried only where a cue can start."""
    for at, ed in _cue_starts(words, i, endpos):
        m = _match(text, at, endpos, ed)
        if m is not None:
            return m
    return None


def _match(text: str, at: int, endpos: int, ed: str | None = None) -> regex.Match[str] | None:
    """``_TENSE`` matched at ``at`` (a few words at most), None past the deadline.

    ``ed`` is the lower-cased word at ``at`` (cut at ``endpos``) where it is an ASCII "-ed"
    word of five letters or more that opens no literal alternative (not in ``_CUE_FIRST``):
    there only the last alternative, ``\\w{3,}ed``, can match, and it takes the whole word
    (a word boundary holds only at its end) unless the word is one of ``_NOT_PAST``; or a
    word of ``_ONE_WORD_PAST``, which ``_TENSE`` takes alone, as "past". Where the text is
    ASCII there and after it (so it is the word, as written, and no word character
    follows), that match is read with ``_PAST_ED``, a fraction of the cost.
    """
    if _guard.spent():
        return None
    if ed is not None:
        end = at + len(ed)
        if text[at : end + 1].isascii():
            if ed in _NOT_PAST:
                return None
            return _PAST_ED.match(text, at, end, _SERIAL)
    return _TENSE.match(text, at, endpos, _SERIAL)


def tense_at(
    text: str,
    start: int,
    end: int,
    lo: int,
    hi: int,
    words: tuple[tuple[int, str], ...] = (),
    *,
    memo: dict[tuple[object, ...], str | None] | None = None,
) -> str | None:
    """The tense of the cue nearest to ``text[start:end]`` inside ``text[lo:hi]``.

    ``future`` for "will", "is expected to", "upcoming", "ahead of", "next";
    ``past`` for a past verb; None when the stretch has neither. ``words``, when
    given, is ``Text.words`` of ``text`` (it spares reading the words again).
    ``memo``, a dict a caller keeps for one text, remembers the tense of each window
    read, so that a stretch repeated many times is read once.

    >>> s = "He will visit Tokyo on Monday."
    >>> tense_at(s, 20, 29, 0, len(s))
    'future'
    >>> s = "He visited Tokyo on Monday."
    >>> tense_at(s, 17, 26, 0, len(s))
    'past'
    >>> memo: dict[tuple[object, ...], str | None] = {}
    >>> tense_at(s, 17, 26, 0, len(s), memo=memo), len(memo)
    ('past', 1)
    """
    if memo is not None:
        return _tense_memo(text, start, end, lo, hi, memo, words)
    return _tense(text, start, end, lo, hi, words)


def _tense(
    text: str,
    start: int,
    end: int,
    lo: int,
    hi: int,
    words: tuple[tuple[int, str], ...],
) -> str | None:
    """``tense_at`` without a memo."""
    near = max(lo, start - _NEAR)
    last = _cues(text, words, near, start)
    if last is not None and _modifies_another(text, last, start):
        # "discussed the upcoming summit in Oslo during a meeting": the adjective dates its
        # own noun; a verb before it, if any, tells the tense
        verb = _cues(text, words, max(lo, near - _LOOK_BACK), last.start())
        if verb is not None:
            return "future" if verb.group("fut") else "past"
    if last is None:
        if end < hi:
            after = _cues(text, words, end, min(hi, end + _NEAR), first=True)
            if after is not None:
                return "future" if after.group("fut") else "past"
        # Up to ``start``, not ``near``: a cue that straddles ``near`` ("will be attending"
        # 81 characters back) is found by neither scan otherwise. The near scan found no cue
        # starting at or after ``near``, so what this one finds starts before it.
        last = _cues(text, words, max(lo, near - _LOOK_BACK), start)
    if last is None:
        return None
    return "future" if last.group("fut") else "past"


# Future cues that are adjectives of the noun after them ("the upcoming summit").
_ADJECTIVE_CUES = frozenset(["upcoming", "forthcoming", "coming"])
# What opens another event than the one an adjective dates: "during a meeting".
_PHRASE_BREAK = regex.compile(
    r"\b(?:during|at|after|before|with|in)\s+(?:a|an|the|their|his|her|its)\b"
    r"(?!\s+(?:coming|upcoming|forthcoming|same)\b)"
)


def _modifies_another(text: str, cue: regex.Match[str], start: int) -> bool:
    """Whether a cue is an adjective of another noun than the one at ``start``."""
    return (
        cue.group().lower() in _ADJECTIVE_CUES
        and _PHRASE_BREAK.search(text, cue.end(), start) is not None
    )


def _cues(
    text: str,
    words: tuple[tuple[int, str], ...],
    pos: int,
    endpos: int,
    *,
    first: bool = False,
) -> regex.Match[str] | None:
    """The last (or ``first``) cue in ``text[pos:endpos]``, as the ``_TENSE`` scan finds it."""
    if pos >= endpos:
        return None
    i = 0
    window: Sequence[tuple[int, str]] = words
    if words:
        i = bisect.bisect_left(words, (pos,))
    else:
        found = _window_words(text, pos, endpos)
        if found is None:  # lowering shifts offsets: the pattern over the stretch
            if first:
                return _guard.search(_TENSE, text, pos, endpos)
            last = None
            for match in _guard.finditer(_TENSE, text, pos, endpos):
                last = match
            return last
        window = found
    if first:
        return _first_cue(text, window, i, endpos)
    return _last_cue(text, window, i, endpos)


# At most this many windows remembered per parse (a window is a few hundred characters).
_TENSE_MEMO = 4096


def _tense_memo(
    body: str,
    start: int,
    end: int,
    lo: int,
    hi: int,
    memo: dict[tuple[object, ...], str | None],
    words: tuple[tuple[int, str], ...],
) -> str | None:
    """``tense_at``, remembered per window: the same stretch of text gives the same tense.

    The key is every character ``tense_at`` can read (from the one before its farthest
    look back to the end of its look ahead) with the offsets relative to it, so a repeated
    list of dates reads each distinct window once. Past the parse's deadline the scans find
    nothing, so the memo is not used then.
    """
    near = max(lo, start - _NEAR)
    first = max(lo, near - _LOOK_BACK)
    last = min(hi, end + _NEAR) if end < hi else end
    k0 = first - 1 if first > 0 else 0
    key = (body[k0:last], near - k0, start - k0, end - k0, first - k0, end < hi)
    if key in memo and not _guard.spent():
        return memo[key]
    tense = _tense(body, start, end, lo, hi, words)
    if len(memo) >= _TENSE_MEMO:
        memo.clear()
    memo[key] = tense
    return tense


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_days(year: int, month: int) -> int:
    """``calendar.monthrange(year, month)[1]``: the days of the month, without its weekday."""
    days = _MONTH_DAYS[month]
    return days + 1 if month == 2 and calendar.isleap(year) else days


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _month_days(year, month))


def _month_window(year: int, month: int, shift: str | None = None) -> tuple[dt.date, dt.date]:
    last = _month_days(year, month)
    part = (shift or "").strip(" -").lower()
    if part == "early":
        return dt.date(year, month, 1), dt.date(year, month, 10)
    if part == "mid":
        return dt.date(year, month, 11), dt.date(year, month, 20)
    if part == "late":
        return dt.date(year, month, 21), dt.date(year, month, last)
    return dt.date(year, month, 1), dt.date(year, month, last)


def _month_of(name: str) -> int:
    return _MONTH_NUMBER[name.rstrip(".").lower()]


_NON_DIGIT = regex.compile(r"\D")
_PAST_WORD = regex.compile(r"\b(?:yesterday|last|ago|earlier|since|after)\b")
_FUTURE_WORD = regex.compile(r"\b(?:tomorrow|next|later|from now|coming|before|in|within)\b")
_PRESENT_WORD = regex.compile(r"\b(?:today|tonight|this)\b")


def _day_of(value: str) -> int:
    # ``isdecimal`` is ``\d`` (the digits of the groups read here); else a suffix ("14th")
    return int(value) if value.isdecimal() else int(_NON_DIGIT.sub("", value))


@functools.lru_cache(maxsize=4096)
def _dateparse(phrase: str, published: dt.date | None, prefer: str, parts: str) -> dt.date | None:
    """Hand one short phrase to dateparser, with explicit settings (cached)."""
    import dateparser  # noqa: PLC0415 - slow import, only when a phrase needs it

    # dateparser wants a naive base: the publication day, at midnight.
    base = dt.datetime(published.year, published.month, published.day) if published else None  # noqa: DTZ001
    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": parts.split(","),
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = base
    result = dateparser.parse(phrase, languages=["en"], settings=settings)
    return None if result is None else result.date()


def _calendar_day(
    month: int, day: int, year: str | None, published: dt.date | None, prefer: str
) -> dt.date | None:
    """The day dateparser gives for "<Month> <day>[, <year>]", by the calendar alone.

    Without a year: this year's, a year earlier when it falls after publication (past),
    a year later when it falls before it (future; publication's own day stays: "will meet
    on June 7" published June 7 is that day, where dateparser would go a year on). None
    when that day does not exist (February 29, a 31st): the caller then asks dateparser.
    Otherwise checked against dateparser on 40,000 random phrases and publication dates.
    """
    y = int(year) if year is not None else published.year if published is not None else None
    if y is None or not 1 <= y <= 9998 or not 1 <= day <= _month_days(y, month):
        return None
    got = dt.date(y, month, day)
    if year is not None or published is None:
        return got
    if prefer == "past" and got > published:
        y -= 1
    elif prefer == "future" and got < published:
        y += 1
    else:
        return got
    return dt.date(y, month, day) if day <= _month_days(y, month) else None


def _absolute(
    month: int, day: int, year: str | None, published: dt.date | None, tense: str | None
) -> dt.date | None:
    """A day given by month and day (and maybe year): dateparser on the phrase alone."""
    if year is None and published is None:
        return None
    prefer = "future" if tense == "future" else "past"
    got = _calendar_day(month, day, year, published, prefer)
    if got is None:  # no such day in the year found: dateparser has the last word
        phrase = f"{calendar.month_name[month]} {day}" + (f", {year}" if year else "")
        parts = "day,month" + (",year" if year else "")
        got = _dateparse(phrase, published, prefer, parts)
    if got is None or got.month != month or got.day != day:
        return None
    return got


def _across(
    m1: int,
    d1: int,
    m2: int,
    d2: int,
    year: str | None,
    published: dt.date | None,
    tense: str | None,
) -> tuple[dt.date, dt.date] | None:
    """The stretch "<m1> <d1> - <m2> <d2>[, <year>]" across a month's end (at most 62 days).

    A stated year is the last day's; without one the first day is placed as a lone day
    would be, the last one after it.
    """
    if year is not None:
        y = int(year)
        first = _absolute(m1, d1, str(y if m1 <= m2 else y - 1), published, tense)
    else:
        first = _absolute(m1, d1, None, published, tense)
    if first is None:
        return None
    y2 = first.year + (m2 < m1)
    if not 1 <= d2 <= _month_days(y2, m2):
        return None
    last = dt.date(y2, m2, d2)
    return (first, last) if 0 < (last - first).days <= 62 else None


def _year_for_month(month: int, published: dt.date, tense: str | None, rel: str | None) -> int:
    year = published.year
    if rel == "last year":
        return year - 1
    if rel == "next year":
        return year + 1
    if rel == "this year":
        return year
    if rel == "last":  # the most recent past one: "last May" in August is this year's
        return year if month < published.month else year - 1
    if rel == "next":  # the coming one: "next May" in August is next year's
        return year if month > published.month else year + 1
    if rel == "this":
        return year
    if tense == "future":
        return year if month >= published.month else year + 1
    if tense == "past" or month == published.month:
        return year if month <= published.month else year - 1
    ahead = (month - published.month) % 12
    return year + (month < published.month) if ahead <= 6 else year - (month > published.month)


# A planned event ("the possible trip from June 29", "the talks, scheduled for July 2"):
# its month and day are the coming ones when those are at most this many days ahead of
# publication, else the past ones (a plan told after the fact).
_PLAN_AHEAD = 62


def _plan_tense(g: _Group, published: dt.date | None) -> str | None:
    """The tense a planned phrase is read with: see ``_PLAN_AHEAD``.

    A day of a month: future when the coming one is near, else past. A weekday, a day of
    this month, a weekend: future (always within a month). A month or a season: no tense
    (the nearest one, within half a year ahead).
    """
    pairs = (
        *(("wmd_m", "wmd_d"), ("mr_m", "mr_d1"), ("dr_m1", "dr_d1")),
        *(("dr_m", "dr_d1"), ("md_m", "md_d")),
    )
    month, day = next((p for p in pairs if g(p[0])), ("dm_m", "dm_d"))
    if g(month):
        if published is None:
            return None
        coming = _calendar_day(_month_of(g(month)), _day_of(g(day)), None, published, "future")
        return (
            "future" if coming is not None and (coming - published).days <= _PLAN_AHEAD else "past"
        )
    if g("wd") or g("wr_a") or g("th_d") or g("wkend"):
        return "future"
    return None


def _weekday(name: str, rel: str | None, published: dt.date, tense: str | None) -> dt.date:
    target = _WEEKDAY_NUMBER[name.lower()]
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if rel == "last":
        return published - dt.timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return published + dt.timedelta(days=ahead or 7)
    if rel == "since" or tense not in ("future", "present"):
        return published - dt.timedelta(days=back)
    return published + dt.timedelta(days=ahead)


def _year_window(year: int, shift: str | None) -> tuple[dt.date, dt.date]:
    part = (shift or "").strip(" -").lower()
    if part == "early":
        return dt.date(year, 1, 1), dt.date(year, 4, 30)
    if part == "mid":
        return dt.date(year, 5, 1), dt.date(year, 8, 31)
    if part == "late":
        return dt.date(year, 9, 1), dt.date(year, 12, 31)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


# Meteorological seasons of the northern hemisphere: (first month, last month).
_SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 2),
}


def _season(
    name: str, lead: str, year: str | None, published: dt.date | None, tense: str | None
) -> tuple[dt.date | None, tuple[dt.date, dt.date] | None]:
    """A season's window; the year from the phrase, else from "this/next/last" and tense."""
    first, last = _SEASONS[name.lower()]
    rel = lead.rsplit(maxsplit=1)[-1].lower()
    if year is not None:
        y = int(year)
    elif published is None:
        return None, None
    else:
        y = published.year
        month = published.month
        if first > last and month <= last:
            y -= 1  # February is in the winter that began last December
        elif rel == "next" or ((rel == "coming" or tense == "future") and month > last):
            y += 1
        elif rel == "last" or (tense == "past" and month < first and rel != "this"):
            y -= 1
    end_year = y + 1 if last < first else y
    return None, (dt.date(y, first, 1), _month_end(end_year, last))


def _weekend(published: dt.date, tense: str | None) -> tuple[dt.date, dt.date]:
    """The weekend just past (or under way), or the coming one for a future phrase."""
    if tense == "future":
        saturday = published + dt.timedelta(days=(5 - published.weekday()) % 7)
    else:
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    return saturday, saturday + dt.timedelta(days=1)


def _day_this_month(day: int, published: dt.date, tense: str | None) -> dt.date | None:
    """A day of the month ("on the 14th"): this month's, or last (next) month's by tense."""
    y, m = published.year, published.month
    if tense == "future" and day < published.day:
        y, m = _shift_month(published, 1)
    elif tense != "future" and day > published.day:
        y, m = _shift_month(published, -1)
    if day > _month_days(y, m):
        return None
    return dt.date(y, m, day)


def _week(published: dt.date, weeks: int) -> tuple[dt.date, dt.date]:
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=weeks)
    return monday, monday + dt.timedelta(days=6)


def _shift_month(published: dt.date, months: int) -> tuple[int, int]:
    index = published.year * 12 + published.month - 1 + months
    return index // 12, index % 12 + 1


# "this week", "this month", "this year": the part before publication in a past clause
# ("met this week"), the part after it in a future one ("will meet this month"); "this
# weekend": the one just past, or the coming one. Only a cue shortly before the phrase
# counts ("welcomed the deployment ... this year, which is included" says nothing of it).
_THIS_SPAN = regex.compile(r"(?i:this)\s+(?i:week|weekend|month|year)$")


def _tense_before(body: str, start: int, lo: int, words: tuple[tuple[int, str], ...]) -> str | None:
    """The tense of the last cue at most ``_NEAR`` characters before ``start``."""
    last = _cues(body, words, max(lo, start - _NEAR), start)
    return None if last is None else "future" if last.group("fut") else "past"


def _relative(
    phrase: str, published: dt.date, tense: str | None = None
) -> tuple[dt.date | None, tuple[dt.date, dt.date] | None]:
    p = " ".join(phrase.lower().split())
    if p in ("today", "tonight", "earlier today", "later today") or (
        p.startswith("this ") and p.endswith(("morning", "afternoon", "evening"))
    ):
        return published, None
    if p in {"yesterday", "last night"}:
        return published - dt.timedelta(days=1), None
    if p == "tomorrow":
        return published + dt.timedelta(days=1), None
    unit = p.rsplit(" ", 1)[-1]
    if p == "this weekend" and tense is not None:
        return None, _weekend(published, tense)
    if unit in ("week", "weekend"):
        offset = -1 if "last" in p else 1 if "next" in p else 0
        lo, hi = _week(published, offset)
        if unit == "weekend":
            lo = hi - dt.timedelta(days=1)
    elif unit == "month":
        y, m = _shift_month(published, -1 if "last" in p else 1 if "next" in p else 0)
        lo, hi = dt.date(y, m, 1), _month_end(y, m)
    elif unit == "year":
        y = published.year + (-1 if "last" in p else 1 if "next" in p else 0)
        lo, hi = dt.date(y, 1, 1), dt.date(y, 12, 31)
    else:
        return None, None
    if p.startswith("earlier") or (p.startswith("this") and tense == "past"):
        hi = published
    elif p.startswith("later") or (p.startswith("this") and tense == "future"):
        lo = published
    elif "end of" in p:
        lo = max(lo, hi - dt.timedelta(days=(hi - lo).days // 4))
    elif "beginning of" in p or "start of" in p:
        hi = min(hi, lo + dt.timedelta(days=(hi - lo).days // 4))
    return None, (lo, hi)


_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
_OFFSET_PARTS = regex.compile(
    r"(?:(?P<q>nearly|almost|about|around|some|roughly|just|over|more than) )?"
    r"(?:(?P<inward>in|within) )?"
    r"(?P<n>a couple of|a few|several|an|a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) "
    r"(?P<u>fortnight|day|week|month|year)s?(?: ?'s? time)?"
    r"(?: (?P<dir>before|after|ago|earlier|later|from now))?$"
)
_VAGUE_COUNT = {"a couple of": 2, "a few": 3, "several": 4}


@functools.lru_cache(maxsize=4096)
def _offset(
    phrase: str, published: dt.date
) -> tuple[dt.date | None, tuple[dt.date, dt.date] | None]:
    """An offset from publication: "a fortnight before", "two days ago", "in two weeks"."""
    m = _OFFSET_PARTS.match(" ".join(phrase.lower().replace("\u2019", "'").split()))
    if m is None:
        return None, None
    word = m.group("n")
    vague = word in _VAGUE_COUNT
    number = _VAGUE_COUNT.get(word) or (int(word) if word.isdigit() else _NUMBER_WORD[word])
    days = number * _UNIT_DAYS[m.group("u")]
    sign = -1 if m.group("dir") in ("ago", "after", "earlier") else 1
    if m.group("u") == "day" and not vague and not m.group("q") and m.group("inward") != "within":
        return published + dt.timedelta(days=sign * days), None
    slack = max(1, round(days * 0.3))
    if word == "a couple of" and m.group("u") == "day":
        lo_d, hi_d = 1, 3
    elif m.group("inward") == "within":
        lo_d, hi_d = 0, days
    elif m.group("q") in ("nearly", "almost", "just"):
        lo_d, hi_d = days - slack, days
    elif m.group("q") in ("over", "more than"):
        lo_d, hi_d = days, days + slack
    else:
        lo_d, hi_d = max(1, days - slack), days + slack
    if sign < 0:
        return None, (published - dt.timedelta(days=hi_d), published - dt.timedelta(days=lo_d))
    return None, (published + dt.timedelta(days=lo_d), published + dt.timedelta(days=hi_d))


# "in the coming days", "over the past two weeks", "in recent months": a stretch that
# starts or ends at publication. Without a count: a week of days, a month of weeks, half a
# year of months. Not years: "in the last 45 years" is no time of an event.
_SPAN_PARTS = regex.compile(
    r"\b(?:(?:coming|next|past|last|recent) (?P<n>couple of|few|several|two|three|four|five|six"
    r"|seven|eight|nine|ten|\d+)? ?)?(?P<u>day|week|month)s\b"
)
_SPAN_DEFAULT = {"day": 7, "week": 28, "month": 182}


def _span_ahead(phrase: str) -> bool:
    return _SPAN_AHEAD.search(" ".join(phrase.lower().split())) is not None


_SPAN_AHEAD = regex.compile(r"\b(?:coming|next|ahead|to come)\b")


def _span(phrase: str, published: dt.date) -> tuple[None, tuple[dt.date, dt.date] | None]:
    """The stretch "in the coming days" or "over the past two weeks" names, from publication."""
    m = _SPAN_PARTS.search(" ".join(phrase.lower().split()))
    if m is None:
        return None, None
    word, unit = m.group("n"), m.group("u")
    if word is None:
        days = _SPAN_DEFAULT[unit]
    else:
        number = (
            int(word)
            if word.isdigit()
            else {"couple of": 2, "few": 3, "several": 4}.get(word) or _NUMBER_WORD[word]
        )
        days = number * _UNIT_DAYS[unit]
    if _span_ahead(phrase):
        return None, (published + dt.timedelta(days=1), published + dt.timedelta(days=days))
    return None, (published - dt.timedelta(days=days), published - dt.timedelta(days=1))


def _intrinsic_tense(phrase: str) -> str | None:
    p = phrase.lower()
    if _PAST_WORD.search(p):
        return "past"
    if _FUTURE_WORD.search(p):
        return "future"
    if _PRESENT_WORD.search(p):
        return "present"
    return None


def _tense_of(
    date: dt.date | None, window: tuple[dt.date, dt.date] | None, pub: dt.date | None
) -> str | None:
    if pub is None:
        return None
    if date is not None:
        return "past" if date < pub else "future" if date > pub else "present"
    if window is not None:
        return "past" if window[1] < pub else "future" if window[0] > pub else "present"
    return None


# The groups of the branches that never read the tense (ISO dates, month and year, a year,
# a part of a year, "last week", "two days ago", "in two weeks", "late next month"): a match
# whose last group is one of them skips ``_needs_tense``.
_NO_TENSE = frozenset(
    [
        "iso",
        "my_s",
        "my_m",
        "my_y",
        "y",
        "ys_s",
        "ys_y",
        "rel",
        "off",
        "inoff",
        "sh_s",
        "sh_r",
        "sh_u",
        "ana",
        "span",
    ]
)


def _needs_tense(m: regex.Match[str], g: _Group, published: dt.date | None) -> bool:
    """Whether ``_resolve`` reads the tense for this match (the same branches, in order)."""
    if g("inday"):
        return published is not None
    for month, year, days in (
        ("wmd_m", "wmd_y", ("wmd_d",)),
        ("mr_m", "mr_y", ("mr_d1", "mr_d2")),
        ("dr_m", "dr_y", ("dr_d1", "dr_d2")),
        ("md_m", "md_y", ("md_d",)),
        ("dm_m", "dm_y", ("dm_d",)),
    ):
        if g(month):
            y = g(year)
            if y is None:
                return published is not None
            # A stated year fixes the day by the calendar alone; the tense only sets
            # dateparser's preference for a day that year lacks (see ``_absolute``).
            number = _month_of(g(month))
            return any(
                _calendar_day(number, _day_of(g(d)), y, published, "past") is None for d in days
            )
    if g("iso") or g("my_m"):
        return False
    if g("wk_m"):
        return published is not None and not g("wk_y")
    if g("mo_m"):
        if published is None:
            return False
        # As ``_resolve``: a month named with "this/last/next" (or "... year") is placed by
        # that word, "coming" makes it future, and the month of publication is this year's
        # whatever the tense; a bare month not used as a date resolves to nothing.
        lead = m.group()[: m.start("mo_m") - m.start()]
        if not _BARE_MONTH_OK.match(lead) and not g("mo_s"):
            return False
        lead_word = m.group().split()[0].lower()
        return not (
            g("mo_rel")
            or lead_word in ("this", "last", "next", "coming")
            or _month_of(g("mo_m").rstrip(".")) == published.month
        )
    if g("y") or g("ys_y"):
        return False
    if g("ss"):
        return published is not None and g("ss_y") is None
    if published is None or g("sh_u") or g("rel") or g("off") or g("inoff") or g("ana"):
        return False
    if g("wd_wk"):
        return False
    if g("wd") and not (g("wkend") or g("th_d") or g("wr_a")):
        # "last/next/coming/since Monday" is placed by that word; publication's own weekday
        # is the publication day whatever the tense (see ``_weekday``).
        rel = (g("wd_rel") or "").lower()
        return rel not in ("last", "next", "coming", "since") and (
            _WEEKDAY_NUMBER[g("wd").lower()] != published.weekday()
        )
    return True


def _resolve(
    m: regex.Match[str], g: _Group, published: dt.date | None, tense: str | None
) -> tuple[dt.date | None, tuple[dt.date, dt.date] | None] | None:
    """What one match means: (date, window), or None when it is not a date after all."""
    if tense == "plan":
        tense = _plan_tense(g, published)
    if g("wmd_m"):
        return _absolute(
            _month_of(g("wmd_m")), _day_of(g("wmd_d")), g("wmd_y"), published, tense
        ), None
    for m1, d1, m2, d2, yk in (
        ("mr_m", "mr_d1", "mr_m2", "mr_d2", "mr_y"),
        ("dr_m1", "dr_d1", "dr_m", "dr_d2", "dr_y"),
    ):
        if g(m1) and g(m2):  # across a month's end
            return None, _across(
                _month_of(g(m1)),
                _day_of(g(d1)),
                _month_of(g(m2)),
                _day_of(g(d2)),
                g(yk),
                published,
                tense,
            )
    for mk, d1, d2, yk in (("mr_m", "mr_d1", "mr_d2", "mr_y"), ("dr_m", "dr_d1", "dr_d2", "dr_y")):
        if g(mk):
            month, a, b = _month_of(g(mk)), _day_of(g(d1)), _day_of(g(d2))
            if b <= a:
                return None
            lo = _absolute(month, a, g(yk), published, tense)
            hi = _absolute(month, b, g(yk), published, tense)
            if lo is None or hi is None or hi.year != lo.year:
                return None, None
            return None, (lo, hi)
    if g("md_m"):
        return _absolute(
            _month_of(g("md_m")), _day_of(g("md_d")), g("md_y"), published, tense
        ), None
    if g("dm_m"):
        return _absolute(
            _month_of(g("dm_m")), _day_of(g("dm_d")), g("dm_y"), published, tense
        ), None
    if g("iso"):
        return dt.date.fromisoformat(g("iso")), None
    if g("wk_m"):
        month = _month_of(g("wk_m"))
        if g("wk_y"):
            year = int(g("wk_y"))
        elif published is not None:
            year = _year_for_month(month, published, tense, None)
        else:
            return None, None
        n = _ORDINAL_WEEK[g("wk_n").lower()]
        last = _month_days(year, month)
        lo_day = max(1, (n - 1) * 7) if n < 5 else last - 7
        hi_day = min(last, n * 7) if n < 5 else last
        return None, (dt.date(year, month, lo_day), dt.date(year, month, hi_day))
    if g("my_m"):
        month = _month_of(g("my_m"))
        # dateparser reads "<Month> <year>" as that month of that year, whatever the
        # publication date (checked on random phrases): no call needed.
        return None, _month_window(int(g("my_y")), month, g("my_s"))
    if g("mo_m"):
        name = g("mo_m").rstrip(".")
        lead = m.group()[: m.start("mo_m") - m.start()]
        if not _BARE_MONTH_OK.match(lead) and not g("mo_s"):
            return None
        if published is None:
            return None, None
        month = _month_of(name)
        lead_word = m.group().split()[0].lower()
        rel = (g("mo_rel") and g("mo_rel") + " year") or (
            lead_word if lead_word in ("this", "last", "next") else None
        )
        if lead_word == "coming":
            rel = None
            tense = "future"
        year = _year_for_month(month, published, tense, rel)
        return None, _month_window(year, month, g("mo_s"))
    if g("y"):
        year = int(g("y"))
        return None, (dt.date(year, 1, 1), dt.date(year, 12, 31))
    if g("ys_y"):
        return None, _year_window(int(g("ys_y")), g("ys_s"))
    if g("ss"):
        return _season(g("ss"), g("ss_l"), g("ss_y"), published, tense)
    if published is None:
        return None, None
    if g("sh_u"):
        rel = g("sh_r").lower()
        step = -1 if rel == "last" else 1 if rel == "next" else 0
        if g("sh_u").lower() == "year":
            return None, _year_window(published.year + step, g("sh_s"))
        y, mo = _shift_month(published, step)
        return None, _month_window(y, mo, g("sh_s"))
    if g("wkend"):
        return None, _weekend(published, tense)
    if g("th_d"):
        return _day_this_month(_day_of(g("th_d")), published, tense), None
    if g("rel"):
        return _relative(g("rel"), published, tense)
    if g("off"):
        return _offset(g("off"), published)
    if g("inoff"):
        return _offset(g("inoff"), published)
    if g("span"):
        return _span(g("span"), published)
    if g("wr_a"):
        # In a present clause, the span under way at publication, else the coming one.
        first = _weekday(g("wr_a"), None, published, "past" if tense == "present" else tense)
        gap = (_WEEKDAY_NUMBER[g("wr_b").lower()] - first.weekday()) % 7
        if tense == "present" and first + dt.timedelta(days=gap or 7) < published:
            first += dt.timedelta(days=7)
        return None, (first, first + dt.timedelta(days=gap or 7))
    if g("wd_wk"):  # "on Monday last week": that week's Monday
        step = {"last": -1, "this": 0, "next": 1}[g("wd_wk")]
        monday = _week(published, step)[0]
        return monday + dt.timedelta(days=_WEEKDAY_NUMBER[g("wd").lower()]), None
    if g("wd"):
        rel = (g("wd_rel") or "").lower() or None
        return _weekday(g("wd"), rel, published, tense), None
    return None, None


# Every date phrase holds one of these words: the full pattern is tried only near them.
_ANCHOR_WORDS = [
    *_MONTH_NUMBER,
    *_WEEKDAY_NUMBER,
    *[
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "week",
        "weeks",
        "weekend",
        "weekends",
        "month",
        "months",
        "year",
        "years",
        "fortnight",
        "fortnights",
        "day",
        "days",
        "morning",
        "afternoon",
        "evening",
        "night",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
    ],
]
# An anchor is a word of the list, a year or a day ("14th"), read off the shared word list
# of the lower-cased body (``Text.words``); the pattern is the fallback when lowering
# shifts offsets.
_ANCHOR_SET = frozenset(_ANCHOR_WORDS)
_ANCHOR_NUMBER = regex.compile(r"(?:19|20)\d\d|\d\d?(?:st|nd|rd|th)")
# The ASCII words ``_ANCHOR_NUMBER`` matches whole, and with them every anchor of an ASCII
# text: one set lookup a word (checked against the pattern in tests/test_dates.py).
_ASCII_NUMBERS = frozenset(
    [f"{century}{n:02d}" for century in (19, 20) for n in range(100)]
    + [
        f"{day}{end}"
        for day in [*map(str, range(10)), *(f"{n:02d}" for n in range(100))]
        for end in ("st", "nd", "rd", "th")
    ]
)
_ASCII_ANCHORS = _ANCHOR_SET | _ASCII_NUMBERS
_WORD_OF = operator.itemgetter(1)  # the word of a ``(start, word)`` pair
_OTHER_DIGIT = regex.compile(r"[^\P{Nd}0-9]")  # a decimal digit outside ASCII
_ASCII_BYTES = bytes(range(128))
_ANCHOR_ANY_CASE = regex.compile(
    r"\b(?:\L<words>|(?:19|20)\d\d|\d\d?(?:st|nd|rd|th))\b",
    regex.IGNORECASE,
    words=_ANCHOR_WORDS,
)
_WORD = regex.compile(r"(?<![\w-])\w+")
# The words a phrase can start with before its anchor ("on", "in late", "more than a", "14").
_LEADS = frozenset(
    [
        "on",
        "from",
        "since",
        "by",
        "until",
        "the",
        "in",
        "during",
        "of",
        "this",
        "last",
        "next",
        "coming",
        "early",
        "mid",
        "late",
        "earlier",
        "later",
        "end",
        "beginning",
        "start",
        "nearly",
        "almost",
        "about",
        "around",
        "some",
        "roughly",
        "just",
        "over",
        "more",
        "a",
        "an",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "within",
        "first",
        "second",
        "third",
        "fourth",
        "at",
    ]
)
# "that" starts a phrase only as "that same day" (it is too common a word to try the
# pattern at each one near a date).
_THAT_SAME = regex.compile(r"(?i:that)\s+(?i:same)\b")
# What follows a number that starts a phrase: a day then a space, a dash or "to" (day
# ranges, "14 March", "3 days ago"), or a year then a dash (ISO dates). Of the branches of
# ``_PATTERN`` only those can start with a digit: where this fails, so does the pattern.
_DIGIT_LEAD = regex.compile(rf"\d\d?(?:st|nd|rd|th)?[\s\-–t]|{_YEAR}-")
# Every word a phrase can hold (lower-cased): a word outside this list between a lead word
# and its anchor means no phrase from that lead reaches the anchor, so it is not tried. Words
# starting with a digit (days, years, "12to14"), with a weekday ("MondaytoFriday") or with a
# character outside ASCII (which may match a listed word case-insensitively) always may be.
_INSIDE = frozenset(
    [
        *_LEADS,
        *_ANCHOR_WORDS,
        *["to", "through", "till", "and", "between", "s", "time", "couple", "few", "several"],
        *["than", "now", "ago", "before", "after", "weekend", "weekends"],
        *["same", "following", "previous", "that", "recent", "past"],
    ]
)
_WEEKDAY_START = tuple(_WEEKDAY_NUMBER)
_REACH = 48  # characters: the longest lead-in before an anchor ("more than a couple of ")


def _anchors(text: Text) -> Iterable[int]:
    """The offsets of the anchors, in text order (when lowering shifts offsets)."""
    return [m.start() for m in _guard.finditer(_ANCHOR_ANY_CASE, text.text)]


def _no_other_digit(low: str) -> bool:
    """Whether ``low`` holds no decimal digit outside ASCII (False: not known, too many).

    A word outside ASCII is an anchor only as a number with such a digit (the words of the
    list and the letters of "14th" are ASCII): without one, ``_ASCII_ANCHORS`` decides.
    ``isascii`` is a flag of the string; else the characters outside ASCII are picked out
    in C (a byte translation) and each distinct one tested once.
    """
    if low.isascii():
        return True
    others = low.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    if len(others) > len(low) // 4 + 64:  # mostly outside ASCII: the slow path
        return False
    return not any(_OTHER_DIGIT.match(c) for c in set(others.decode("utf-8", "surrogatepass")))


def _anchor_indices(words: tuple[tuple[int, str], ...], ascii_only: bool = False) -> list[int]:
    """The indices of the anchors in ``Text.words``, in text order.

    ``ascii_only``: no word holds a digit outside ASCII, so an anchor is a word of
    ``_ASCII_ANCHORS`` (tested in C, no loop per word).
    """
    if ascii_only:
        return list(
            itertools.compress(
                itertools.count(), map(_ASCII_ANCHORS.__contains__, map(_WORD_OF, words))
            )
        )
    anchor = _ANCHOR_SET
    number = _ANCHOR_NUMBER.fullmatch
    return [
        i
        for i, (_, word) in enumerate(words)
        if word in anchor or (word[0].isdigit() and number(word) is not None)
    ]


# ``_PATTERN`` as its lead, its top-level branches (each on a line starting "| ") and its end.
_WORD_RUN = regex.compile(r"\w+")
_LEAD, _BRANCH, _END = "\n    (?<![\\w-])(?:\n", "\n    | ", "\n    )(?![\\w])\n    "


def _branches() -> list[str]:
    """The top-level branches of ``_PATTERN``, in order (checked: they rebuild it)."""
    source = _PATTERN.pattern
    parts = source.removeprefix(_LEAD).removesuffix(_END).split(_BRANCH)
    if _LEAD + _BRANCH.join(parts) + _END != source or "(?<=" in source:
        msg = "the date pattern is not laid out as _branches reads it"
        raise ValueError(msg)
    return parts


def _alone(parts: list[str], stubs: list[str], kept: int) -> regex.Pattern[str]:
    """``_PATTERN`` with only its branch ``kept``, every group where it was.

    The groups of the other branches stay (``stubs``: each branch's groups, empty), in a
    group repeated zero times (never tried, so never set) before and after the branch: the
    groups keep their numbers, and a match reads as ``_PATTERN``'s (``groups()``,
    ``lastgroup``).
    """
    before = "".join(stubs[:kept])
    after = "".join(stubs[kept + 1 :])
    branch = (f"(?:{before}){{0}}" if before else "") + parts[kept]
    if after:
        branch += f"\n(?:{after}){{0}}"
    return regex.compile(_LEAD + branch + _END, regex.VERBOSE)


# The first words ``_first`` tries a match at (anchors, lead words; a digit for a number).
_KEY_WORDS = (*sorted({*_ANCHOR_WORDS, *_LEADS, "that"}), *"0123456789")
# At most this many branches (of 23) are tried one by one; with more, ``_PATTERN`` is.
_NARROW = 4
_Branches = tuple[regex.Pattern[str], ...]
_Dispatch = tuple[dict[str, _Branches], dict[tuple[str, str], _Branches], frozenset[str]]


@functools.cache
@_guard.untimed  # built on first use; not charged to that parse's deadline
def _dispatch() -> _Dispatch:
    """The branches of ``_PATTERN`` that can match at a first word (or two), by word.

    ``_PATTERN`` tries its branches in order and gives the first that matches (followed by
    its end); each branch alone, in order, gives the same. A branch is kept for a first
    word ``w`` when, compiled alone without case, it matches ``w`` or a string that starts
    with it (a partial match). A match at a start where the text's first word is ``w``
    (any case) covers all of it (it cannot end inside a word), so a branch left out
    cannot match there. For ``w`` then one space then a second word ``v``: a branch is
    kept when it matches a start of "w v" or all of it partly (whatever it reads after).
    For a number, its first digit stands for it (a string starting with the number starts
    with the digit). Built all at once: no compiling mid-text.
    """
    parts = _branches()
    alone = [regex.compile(p, regex.VERBOSE | regex.IGNORECASE) for p in parts]
    stubs = [
        "".join(f"(?P<{n}>)" for n in sorted(a.groupindex, key=a.groupindex.__getitem__))
        for a in alone
    ]
    single = [_alone(parts, stubs, i) for i in range(len(parts))]

    def kept(text: str, among: Iterable[int]) -> tuple[int, ...]:
        return tuple(i for i in among if alone[i].fullmatch(text, partial=True))

    def kept_two(text: str, among: Iterable[int]) -> tuple[int, ...]:
        return tuple(i for i in among if alone[i].match(text, partial=True) is not None)

    one = {w: kept(w, range(len(parts))) for w in _KEY_WORDS}
    wide = frozenset(w for w, k in one.items() if len(k) > _NARROW)
    two = {(w, v): kept_two(f"{w} {v}", one[w]) for w in wide for v in _KEY_WORDS}
    return (
        {w: tuple(single[i] for i in k) for w, k in one.items() if len(k) <= _NARROW},
        {wv: tuple(single[i] for i in k) for wv, k in two.items() if len(k) <= _NARROW},
        wide,
    )


_WHOLE = (_PATTERN,)


def _branches_at(body: str, start: int, word: str) -> _Branches:
    """``_PATTERN``, or the few of its branches that can match where ``word`` starts.

    ``word`` is the run of word characters at ``start`` (as written or lower-cased). A
    first word that leaves many branches is narrowed by the next word, after one space.
    """
    by_word, by_pair, wide = _dispatch()
    key = word.lower()
    if key[0].isdigit():
        key = key[0]
    if key in wide:
        end = start + len(word)
        if body[end : end + 1] == " ":
            second = _WORD_RUN.match(body, end + 1, None, _SERIAL)
            if second is not None:
                after = second.group().lower()
                pair = by_pair.get((key, after[0] if after[0].isdigit() else after))
                if pair is not None:
                    return pair
    return by_word.get(key, _WHOLE)


def _match_at(body: str, start: int, word: str) -> regex.Match[str] | None:
    """``_PATTERN.match(body, start)``, trying only the branches that can match there."""
    return _first_match(_branches_at(body, start, word), body, start)


def _first_match(branches: _Branches, body: str, start: int) -> regex.Match[str] | None:
    for pattern in branches:
        found = pattern.match(body, start, None, _SERIAL)
        if found is not None:
            return found
    return None


# What ``_PATTERN.match`` can read from a start: the character before it and at most
# ``_SEEN`` characters on, as long as no run of ``[-\s]`` longer than ``_RUN_SPACE`` nor of
# ``\w`` longer than ``_RUN_WORD`` comes within them. Its only unbounded parts are runs of
# those classes (``\s+``, ``\s*``, ``[-\s]+``, a ``\w+`` in a lookahead); bounded so, its
# branches consume at most 104 characters and look at most 70 past that (checked with
# ``re._parser``'s widths: see tests/test_dates.py).
_SEEN = 200
_RUN_SPACE = 10
_RUN_WORD = 30
_LONG_RUN = regex.compile(rf"[-\s]{{{_RUN_SPACE + 1}}}|\w{{{_RUN_WORD + 1}}}")
# At most this many starts remembered per parse.
_MATCH_MEMO = 4096

_Found = tuple[regex.Match[str], int]


class _Memo:
    """``_PATTERN.match`` remembered per stretch of text it can read, for one parse.

    A phrase repeated (a list of dates, a table, a repeated dateline) is matched once: the
    match at its first occurrence is kept with the shift to the next one. A stretch is
    reused only once it has come twice and holds no long run of spaces or of word
    characters (from which the pattern could read past it): checked then, once.
    """

    __slots__ = ("body", "known")

    def __init__(self, body: str) -> None:
        self.body = body
        # stretch -> [the match there (None: none) and the shift to undo, reusable?]
        self.known: dict[tuple[str, bool], list[Any]] = {}

    def match(self, start: int, word: str) -> _Found | None:
        body = self.body
        key = (body[start - 1 if start else 0 : start + _SEEN], start == 0)
        entry = self.known.get(key)
        if entry is not None:
            if entry[1] is None:  # met again: reusable if no long run can mislead
                entry[1] = _guard.search(_LONG_RUN, key[0]) is None
            if entry[1]:
                got = entry[0]
                return None if got is None else (got[0], got[1] + start)
        m = _match_at(body, start, word)
        if entry is None:
            if len(self.known) >= _MATCH_MEMO:
                self.known.clear()
            self.known[key] = [None if m is None else (m, -start), None]
        return None if m is None else (m, 0)


def _first(
    memo: _Memo, at: int, candidates: Iterable[tuple[int, str]], rejected: set[int]
) -> _Found | None:
    """The match at the first of the ``(start, word)`` candidates that reaches past ``at``.

    With the shift from the match's own offsets to the candidate's (a remembered match).
    """
    body = memo.body
    for start, word in candidates:
        if start in rejected:
            continue
        if word[0].isdigit():
            if (
                _DIGIT_LEAD.match(body, start, None, _SERIAL) is None
            ):  # so ``_PATTERN`` fails here too
                rejected.add(start)
                continue
        elif (
            start != at
            and word.lower() not in _LEADS
            and (word.lower() != "that" or _THAT_SAME.match(body, start, None, _SERIAL) is None)
        ):
            continue
        found = memo.match(start, word)
        if found is not None and found[0].end() + found[1] > at:
            return found
        rejected.add(start)
    return None


def _matches(text: Text) -> list[_Found]:
    """The matches of ``_PATTERN``, as ``finditer`` would give them, tried only near anchors.

    Each comes with the shift from its offsets to the phrase's (nonzero when the match is
    one remembered from the same phrase earlier in the text).

    Each phrase contains an anchor word and starts at the anchor, at a number or
    at a lead word at most ``_REACH`` characters before it. Trying those few
    starts, leftmost first, gives the leftmost match at a fraction of the cost
    of a full scan.
    """
    body = text.text
    memo = _Memo(body)
    out: list[_Found] = []
    done = 0
    # Starts already tried and turned down: the match at a start does not depend on the
    # anchor, and one that ended before an anchor ends before every later one. Dense
    # numbers ("1,000,000.50 2024 12/03/2024") otherwise tried each start a dozen times.
    rejected: set[int] = set()
    # When no match reaches past an anchor, every word up to it is done with: tried and
    # turned down, or skipped (a word neither a lead, a number nor its own anchor, which
    # no later anchor is); the next anchor's candidates start after it (``floor``).
    floor = 0
    if text.lower is None:
        for at in _anchors(text):
            if at >= done:
                found = _first(
                    memo,
                    at,
                    (
                        (w.start(), w.group())
                        for w in _WORD.finditer(
                            body, max(done, at - _REACH, floor), at + 1, _NO_OVERLAP, _SERIAL
                        )
                    ),
                    rejected,
                )
                if found is not None:
                    out.append(found)
                    done = found[0].end() + found[1]
                else:
                    floor = at + 1
        return out
    # The candidates are read off the shared word list (the runs of ``\w`` are the same in
    # the lowered body): the words from ``_REACH`` before the anchor up to it, less those
    # after a hyphen (``_WORD`` does not start there).
    words = text.words
    for i in _anchor_indices(words, _no_other_digit(text.lower)):
        at = words[i][0]
        if at < done:
            continue
        lo = max(done, at - _REACH)
        j = i
        while j > floor and words[j - 1][0] >= lo:
            w = words[j - 1][1]
            if not (w in _INSIDE or w[0].isdigit() or w.startswith(_WEEKDAY_START)) and w.isascii():
                break  # no phrase holds this word: none from before it reaches the anchor
            j -= 1
        found = _first(
            memo,
            at,
            [w for w in words[j : i + 1] if w[0] == 0 or body[w[0] - 1] != "-"],
            rejected,
        )
        if found is not None:
            out.append(found)
            done = found[0].end() + found[1]
        else:
            floor = i + 1
    return out


# "a four-day visit from August 21", "arrived on Monday for a three-day visit": a day that
# opens a stay of stated length is the first day of a window.
_LENGTH = r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[-\s]days?"
_STAY = (
    r"(?:(?:\w+\s+){0,2}?(?:visit|trip|tour|stay|exercises?|drills?|conference|summit|talks"
    r"|dialogue|meeting|event|programme|program|session)s?)\b"
)
_STAY_BEFORE = regex.compile(rf"\b{_LENGTH}\s+{_STAY}[^.;!?]{{0,40}}$", regex.IGNORECASE)
_STAY_AFTER = regex.compile(
    rf"\s*,?\s+(?:for|on)\s+(?:a|an|his|her|their|the)\s+{_LENGTH}\s+{_STAY}",
    regex.IGNORECASE,
)
_OPENS = regex.compile(r"^(?:from|starting|beginning)\b", regex.IGNORECASE)
_OPENS_BEFORE = regex.compile(
    r"\b(?:from|starting|beginning|begins?|began|starts?|started|opens?|opened|kicks?\s+off)"
    r"(?:\s+on)?\s*$",
    regex.IGNORECASE,
)


def _day_word(lower: str, lo: int, hi: int) -> bool:
    """Whether ``lower[lo:hi]`` holds "day" after a dash or a space (``[-\\s]days?``)."""
    at = lower.find("day", lo + 1, hi)
    while at >= 0:
        before = lower[at - 1]
        if before == "-" or before.isspace():  # str.isspace holds every \s
            return True
        at = lower.find("day", at + 1, hi)
    return False


def _stay_days(
    body: str, lower: str | None, match: regex.Match[str], start: int, end: int
) -> int | None:
    """The length of the stay a day phrase (``match``, at ``body[start:end]``) opens.

    None unless the text states one.
    """
    stop = min(len(body), end + 60)
    # Both patterns hold the stated length, "day" after a dash or a space: no need to try
    # them where there is none ("Monday" is not one).
    found = (
        _STAY_AFTER.match(body, end, stop, _SERIAL)
        if lower is None or _day_word(lower, end, stop)
        else None
    )
    if found is None and (lower is None or _day_word(lower, max(0, start - 90), start)):
        before = _STAY_BEFORE.search(body, max(0, start - 90), start, _SERIAL)
        if before is not None and (
            _OPENS.match(match.group())
            or _OPENS_BEFORE.search(body, before.start(), start, _SERIAL)
        ):
            found = before
    if found is None:
        return None
    word = found.group("n").lower()
    days = int(word) if word.isdigit() else _NUMBER_WORD.get(word)
    return days if days is not None and 1 < days <= 31 else None


def find_dates(text: Text, published: dt.date | None) -> tuple[DateMention, ...]:
    """Find the date phrases in ``text`` and resolve them against ``published``.

    >>> import datetime as dt
    >>> from defrel._text import prepare
    >>> find_dates(prepare(""), None)
    ()
    >>> t = prepare("The ministers met on Monday and will meet again next month.")
    >>> [(t.text[d.start:d.end], d.date, d.window) for d in find_dates(t, dt.date(2023, 6, 7))]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('on Monday', datetime.date(2023, 6, 5), None),
     ('next month', None, (datetime.date(2023, 7, 1), datetime.date(2023, 7, 31)))]
    """
    body = text.text
    lower = text.lower
    out: list[DateMention] = []
    # What a phrase means depends on its groups, the publication date and the tense read
    # around it: a phrase met again (a list of dates, a repeated dateline) is resolved once.
    seen: dict[tuple[str, tuple[str | None, ...]], _Entry] = {}
    # The same per match object (a remembered match comes back for each repeat).
    by_match: dict[int, tuple[regex.Match[str], _Entry]] = {}
    windows: dict[tuple[object, ...], str | None] = {}
    stays: dict[tuple[str, int, int], int | None] = {}
    plans: dict[tuple[str, int, int, int], str | None] = {}
    events: list[int] = []  # the indices in ``out`` of "<duration> before/after <event>"
    weekdays: list[int] = []  # the indices in ``out`` of weekdays resolved to a day
    for match, shift in _matches(text):
        start, end = match.start() + shift, match.end() + shift
        hit = by_match.get(id(match))
        if hit is not None and hit[0] is match:
            entry = hit[1]
        else:
            key = (match.group(), match.groups())
            entry = seen.get(key) or seen.setdefault(key, _entry(match, key[1], published))
            by_match[id(match)] = (match, entry)
        need, kind, meanings, g = entry
        if need:
            lo, hi = text.sentence_of(start)
            tense = _tense_memo(body, start, end, lo, max(hi, end), windows, text.words)
            if tense != "future" and kind == _WEEKDAY_KIND:
                tense = _present_ahead(body, start, lo, text.words) or tense
            if (
                tense not in ("future", "present")
                and kind != _COUNTED_KIND
                and match.group()[:5].lower() != "since"  # "since June 20" is past
            ):
                # what ``_planned`` reads: from ``_PLAN_BACK`` characters before its window
                # and the ``_PLAN_REACH`` characters after it, in the sentence
                pos = max(lo, start - _NEAR)
                k0 = max(0, pos - _PLAN_BACK)
                stop = min(max(hi, end), end + _PLAN_REACH)
                plan_key = (body[k0:stop], pos - k0, start - k0, end - k0)
                plan = plans.get(plan_key, "")
                if plan == "":
                    if len(plans) >= _MATCH_MEMO:
                        plans.clear()
                    plan = plans[plan_key] = _planned(body, start, end, lo, stop, text.words)
                tense = plan or tense
        elif kind == _THIS_KIND:
            lo, hi = text.sentence_of(start)
            if _present_ahead(body, start, lo, text.words) is not None:
                tense = None  # "is hosting talks this week": the whole of it
            else:
                tense = _tense_before(body, start, lo, text.words)
                if tense is None and match.group()[-4:].lower() in ("week", "kend"):
                    # A week is an event's span: the clause's verb farther back (or just
                    # after) tells whether it is the part before publication or after.
                    tense = _tense_memo(body, start, end, lo, max(hi, end), windows, text.words)
        else:
            tense = None
        if kind == _EVENT_KIND:
            if _OBJECT_FOLLOWS.match(body, end, None, _SERIAL) is None:
                kind = _COUNTED_KIND  # "they had met a week before": from the day just given
            else:
                # "two days before the vote": from the event's day when the text gives it
                # right there ("before the June 14 vote"), else nothing (never from publication)
                events.append(len(out))
                out.append(DateMention(start=start, end=end, date=None, window=None, tense=None))
                continue
        if kind == _COUNTED_KIND:
            # Counted from the day just given, not from publication ("the following day",
            # "two days later"): nothing when the text gave no day shortly before.
            if match.group("inday"):
                near = _antecedent(text, out, start)
                if (near is None or near[0] != near[1]) and tense != "future":
                    # (a stretch just before, "later this year", holds no day to count from)
                    near = _story_day(match.group(), out, published) or near
                date, window = _in_unit(match.group(), near, published, tense)
            else:
                date, window = _from_day(match, _antecedent(text, out, start))
            out.append(
                DateMention(
                    start=start,
                    end=end,
                    date=date,
                    window=window,
                    tense=_tense_of(date, window, published),
                )
            )
            continue
        known = meanings.get(tense)
        if known is None:
            known = meanings[tense] = _meaning(match, g, published, tense)
        resolved, inherent = known
        if resolved is None:
            continue
        date, window = resolved
        if date is not None and kind == _WEEKDAY_KIND:
            weekdays.append(len(out))
        if date is not None:
            # what ``_stay_days`` reads: 91 characters before the phrase, 60 after it
            a = max(0, start - 91)
            stay_key = (body[a : end + 60], start - a, end - a)
            days = stays.get(stay_key, 0)
            if days == 0:
                if len(stays) >= _MATCH_MEMO:
                    stays.clear()
                days = stays[stay_key] = _stay_days(body, lower, match, start, end)
            if days is not None:
                window = (date, date + dt.timedelta(days=days - 1))
                date = None
        out.append(
            DateMention(
                start=start,
                end=end,
                date=date,
                window=window,
                tense=inherent or _tense_of(date, window, published),
            )
        )
    # see ``_event_day``; None: no phrase fixes a day, nothing to look for
    bound: dict[str, list[int] | None] | None = (
        {} if events and any(d.date is not None for d in out) else None
    )
    for i in events:
        out[i] = _from_event(text, out, i, published, bound)
    for i in weekdays:
        _bracketed_day(body, out, i)
    return tuple(out)


# "from Monday (April 4)": the day in brackets right after a weekday
_BRACKET_OPEN = regex.compile(r"\s?\(\s?")
_WEEKDAY_WORD = regex.compile(rf"(?i){_WEEKDAY}")


def _bracketed_day(body: str, out: list[DateMention], i: int) -> None:
    """Give a weekday the day written in brackets right after it, when that day is one.

    The weekday alone is placed by the tense around it; the text's own day, of the same
    weekday, is surer ("is on a visit from Monday (April 4)" under a Tuesday, April 5 date).
    """
    if i + 1 >= len(out):
        return
    here, after = out[i], out[i + 1]
    if (
        after.date is None
        or after.date == here.date
        or _BRACKET_OPEN.fullmatch(body, here.end, after.start) is None
        or not body.startswith(")", after.end)
    ):
        return
    wm = _WEEKDAY_WORD.search(body, here.start, here.end)
    if wm is None or _WEEKDAY_NUMBER[wm.group().lower()] != after.date.weekday():
        return
    out[i] = DateMention(
        start=here.start, end=here.end, date=after.date, window=None, tense=after.tense
    )


# The groups a bare weekday phrase ends on ("on Friday", "Thursday to Saturday").
_WEEKDAY_GROUPS = frozenset(["wd", "wr_b"])
# What a phrase is, for ``find_dates``: a weekday (read a present "is/are" too), "this
# week/month/year/weekend" (read the cue just before), counted from the day just given
# ("the following day", "two days later"), or anything else.
_OTHER_KIND, _WEEKDAY_KIND, _THIS_KIND, _COUNTED_KIND, _EVENT_KIND = range(5)
# Whether ``_resolve`` reads the tense, what the phrase is, its meanings by tense.
# And its groups by name (see ``_Group``).
_Entry = tuple[bool, int, dict[str | None, "_Meaning"], "_Group"]


def _entry(
    match: regex.Match[str], groups: tuple[str | None, ...], published: dt.date | None
) -> _Entry:
    """What ``find_dates`` keeps of a phrase (by its text and groups): see ``_Entry``."""
    g = dict(zip(_GROUP_NAMES, groups, strict=True)).__getitem__
    group = match.lastgroup
    need = group not in _NO_TENSE and _needs_tense(match, g, published)
    if group in _WEEKDAY_GROUPS:
        kind = _WEEKDAY_KIND
    elif group == "rel" and _THIS_SPAN.match(match.group()) is not None:
        kind = _THIS_KIND
    elif group in ("ana", "inday") or (
        group == "off" and _NARRATIVE.search(match.group()) is not None
    ):
        kind = _COUNTED_KIND
    elif group == "off" and _BEFORE_AFTER.search(match.group()) is not None:
        kind = _EVENT_KIND
    else:
        kind = _OTHER_KIND
    return need, kind, {}, g


# A present-tense verb before a weekday with no tense cue between ("which Norway is hosting
# on Friday", "who is in Lima from Monday to Wednesday"): the day is this week's or ahead.
_PRESENT_WORDS = frozenset(["is", "are", "am"])
_PRESENT = regex.compile(r"\b(?:is|are|am)\b(?!\s+(?:said|reported|believed|thought|understood)\b)")


def _present_ahead(
    body: str, start: int, lo: int, words: tuple[tuple[int, str], ...]
) -> str | None:
    """``present`` when a present "is/are" governs the weekday at ``start``, else None."""
    pos = max(lo, start - _NEAR)
    if words:  # the pattern only where the words hold "is", "are" or "am"
        i = bisect.bisect_left(words, (start,))
        while i and words[i - 1][0] >= pos and words[i - 1][1] not in _PRESENT_WORDS:
            i -= 1
        if not i or words[i - 1][0] < pos:
            return None
    last = None
    for m in _PRESENT.finditer(body, pos, start, _NO_OVERLAP, _SERIAL):
        last = m
    if last is None or _cues(body, words, last.end(), start, first=True) is not None:
        return None
    return "present"


# Plan markers ("arranging", "a possible trip", "scheduled for", "set for", "envisaged"),
# and a scheduled present after a subject ("the minister arrives in Lima on June 10",
# "who heads to Quito on Friday"; not a plural noun: "the heads of state", "his visits").
_PLAN = regex.compile(
    r"""\b(?:
      (?i:arrang(?:e|es|ed|ing|ements?)|potential|proposed|prospective|tentative(?:ly)?
        |(?<!\b(?:made|make|makes|making|as|if|where|wherever|when|whenever|not|im)\s)possible
          (?!\s+(?:that|to)\b)
        |envision(?:s|ed)?|envisag(?:e|es|ed)|(?:re)?scheduled|planned|intended|mooted
        |(?<!\b(?:as|than|was|were|had|been)\s)expected|due\s+(?:on|for|by|in(?!\s+(?:part|large|no)\b))
        |(?:set|slated|penciled|pencilled|earmarked|timed|fixed)\s+for
        |(?P<firm>(?:is|are)\s+to\s+(?!be\s+(?:seen|noted|blamed)\b)[a-z]{2,})
        |(?:is|are|am)\s+(?!(?:interesting|worrying|striking|surprising|amazing|concerning
          |encouraging|disappointing|alarming|troubling|fitting|telling|nothing|something
          |anything|everything|missing|during|according|following|regarding|including)\b)
          (?:[a-z]{2,}ly\s+)?[a-z]{2,}ing\b
        |to\s+(?:take\s+place|begin|start|open|commence|be\s+(?:hosted|convened|staged|launched)))
    | (?:(?i:he|she|it|who|which|that)
        |(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Your|Two|Three|Both|All|Some
          |Many|Several|Such|Other|Recent|Annual|Earlier|Later|Past|Previous|Frequent
          |Regular|Official|State|Naval|Military|Defence|Defense)\b)
          (?<!\b(?i:the|a|an|its|his|her|their|our|this|that|these|those)\s{1,5})[A-Z][\w.-]*(?<!['’]s)
        |minister|secretary|chief|president|premier|envoy|delegation|commander|admiral|general
        |ambassador|leader|ship|frigate|carrier|vessel|chancellor|king|queen|prince|counterpart
        |contingent|squadron|flotilla)
      \s+(?:arrives|departs|leaves|heads|travels|flies|sails|visits|returns|hosts|meets|tours
        |begins|starts|opens|embarks|lands|attends|chairs|co-chairs|addresses|kicks\s+off
        |wraps\s+up)
    )\b""",
    regex.VERBOSE,
)


# Every word (lower-cased) a match of ``_PLAN`` holds one of.
_PLAN_WORDS = frozenset(
    [
        *["arrange", "arranges", "arranged", "arranging", "arrangement", "arrangements"],
        *["possible", "potential", "proposed", "prospective", "tentative", "tentatively"],
        *["envision", "envisions", "envisioned", "envisage", "envisages", "envisaged"],
        *["scheduled", "rescheduled", "planned", "intended", "mooted", "expected", "due"],
        *["set", "slated", "penciled", "pencilled", "earmarked", "timed", "fixed"],
        *["arrives", "departs", "leaves", "heads", "travels", "flies", "sails", "visits"],
        *["returns", "hosts", "meets", "tours", "begins", "starts", "opens", "embarks"],
        *["lands", "attends", "chairs", "addresses", "kicks", "wraps", "is", "are", "am", "take"],
        *["begin", "start", "open", "commence", "hosted", "convened", "staged", "launched"],
    ]
)


# How far before its window ``_PLAN`` can read (its look-behinds: "those  Chile hosts").
_PLAN_BACK = 16


def _planned(
    body: str, start: int, end: int, lo: int, stop: int, words: tuple[tuple[int, str], ...]
) -> str | None:
    """``_plan_before``, else ``plan`` when the clause goes on with a plan predicate.

    "A visit on 20 June is possible", "the talks in Lima on 2 July are still tentative":
    read up to ``stop``.
    """
    got = _plan_before(body, start, end, lo, words)
    if got is not None:
        return got
    if words:  # the pattern only where the words after hold a predicate's last word
        i = bisect.bisect_left(words, (end,))
        j = bisect.bisect_left(words, (stop,), i)
        if _PLAN_AFTER_WORDS.isdisjoint(map(_WORD_OF, words[i:j])):
            return None
    return None if _PLAN_AFTER.match(body, end, stop, _SERIAL) is None else "plan"


# A plan predicate after the phrase, in its clause ("... on 20 June is possible").
_PLAN_REACH = 60
_PLAN_AFTER = regex.compile(
    r"""[^.;:!?\n]{0,40}?\b(?i:is|are|was|were|remains?|remained|seems?|looks?)\s+
    (?:(?i:now|still|also|not\s+yet|only)\s+)?(?:[a-z]{2,}ly\s+)?
    (?i:possible|planned|scheduled|expected|tentative|envisaged|envisioned|proposed|due|likely
      |slated|set|pencilled|penciled|mooted|on\s+the\s+cards)\b""",
    regex.VERBOSE,
)


_PLAN_AFTER_WORDS = frozenset(
    [
        *["possible", "planned", "scheduled", "expected", "tentative", "envisaged", "due"],
        *["envisioned", "proposed", "likely", "slated", "set", "pencilled", "penciled"],
        *["mooted", "cards"],
    ]
)


def _plan_before(
    body: str, start: int, end: int, lo: int, words: tuple[tuple[int, str], ...]
) -> str | None:
    """``plan`` when a plan marker governs the phrase at ``start``, else None.

    ``future`` for a firm one ("is to visit", "are to begin").

    The marker lies at most ``_NEAR`` characters before the phrase (or ends in its first
    word: "due on 14 June"), in its sentence, and not before the start of the last tense
    cue there ("was scheduled for", "arranged"; not "arranged the visit, which took place
    on ...").
    """
    pos = max(lo, start - _NEAR)
    if words:  # the pattern only where the words hold a marker's word
        i = bisect.bisect_left(words, (pos,))
        j = bisect.bisect_left(words, (start,), i)
        if _PLAN_WORDS.isdisjoint(map(_WORD_OF, words[i:j])):
            return None
    cue = _cues(body, words, pos, start)
    if cue is not None:
        pos = cue.start()
    # up to the phrase's end: "due on 14 June" ends in the phrase's "on"
    last = None
    for found in _guard.finditer(_PLAN, body, pos, end):
        last = found  # the last one governs
    if last is None:
        return None
    return "future" if last.group("firm") else "plan"


# An offset counted from the narrative, not from publication: "two days later".
_NARRATIVE = regex.compile(r"(?i:later|earlier)$")
# "<duration> before/after": the word that ends it, and what follows when it takes an
# object (the event it counts from) rather than standing alone ("a week before.").
_BEFORE_AFTER = regex.compile(r"(?i:before|after)$")
_OBJECT_FOLLOWS = regex.compile(
    r"[ \t]+(?!(?i:and|but|when|while|as|or|that|which|then)\b)[\w\"“‘']"
)
# How far after "<duration> before/after" the event's own date may start ("a week before
# the annual naval review on 3 May"), with no clause break between.
_EVENT_REACH = 60
_CLAUSE_BREAK = regex.compile(r"[;:!?()]|\.\s|,\s+(?:and|but|while|which|who|as)\b")


# "The visit comes a fortnight before the summit": the verb that sets the subject (the
# thing just told, on the day just given) at the stated distance from the event.
_HAPPENS = regex.compile(
    r"\b(?:comes?|came|coming|is|was|falls?|fell|(?:takes?|took|taking)\s+place|happen(?:s|ed)?"
    r"|occur(?:s|red)?|will\s+(?:come|be|fall|take\s+place))\s+$",
    regex.IGNORECASE,
)


def _from_event(
    text: Text,
    out: list[DateMention],
    i: int,
    published: dt.date | None,
    bound: dict[str, list[int] | None] | None,
) -> DateMention:
    """The phrase "<duration> before/after <event>" at ``out[i]``, from a day the text gives.

    When the event's own day follows at once (the next date phrase of the sentence, at
    most ``_EVENT_REACH`` characters on, no clause break between: "two days before the
    14 June vote"), the phrase is the day that far from it. Else, when the phrase sets
    the thing just told at that distance ("the visit comes a fortnight before the
    summit") and the day of that thing was just given (the date phrase before, at most
    two sentences back), the phrase is the event's time, that far from that day. Else
    nothing: counting from publication would make a day up.
    """
    here = out[i]
    body = text.text
    phrase = body[here.start : here.end]
    earlier = phrase.lower().endswith("before")
    date: dt.date | None = None
    window: tuple[dt.date, dt.date] | None = None
    event = out[i + 1] if i + 1 < len(out) else None
    if (
        event is not None
        and event.date is not None
        and event.start - here.end <= _EVENT_REACH
        and text.sentence_index(event.start) == text.sentence_index(here.start)
        and _CLAUSE_BREAK.search(body, here.end, event.start, _SERIAL) is None
    ):
        counted = phrase[: -len("before" if earlier else "after")]
        counted += "earlier" if earlier else "later"
        date, window = _offset(counted, event.date)
    else:
        day = _antecedent_of(text, out[i - 1] if i else None, here.start)
        if (
            day is not None
            and day[0] == day[1]
            and _HAPPENS.search(body, max(0, here.start - 30), here.start, _SERIAL) is not None
        ):
            date, window = _offset(phrase, day[0])
        elif bound is not None:
            dated = _event_day(body, out, i, bound)
            if dated is not None:
                counted = phrase[: -len("before" if earlier else "after")]
                counted += "earlier" if earlier else "later"
                date, window = _offset(counted, dated)
    return DateMention(
        start=here.start,
        end=here.end,
        date=date,
        window=window,
        tense=_tense_of(date, window, published),
    )


# The event after "<duration> before/after": its head noun is the last word before a
# preposition, a conjunction or a stop ("the NATO summit in Vilnius": "summit").
_EVENT_HEAD = regex.compile(
    r"""[ \t]+(?:(?i:the|this|that|its|his|her|their|our|next|upcoming|planned|annual)\s+)?
    (?:[\w’'-]{1,30}\s+){0,3}?(?P<head>[A-Za-z][\w-]{2,30})
    (?=\s*(?:[,.;:!?)]|$)|\s+(?i:in|at|on|of|with|between|by|for|to|and|when|which|that|where
      |as|from|this|next|later|earlier)\b)""",
    regex.VERBOSE,
)
# Between an event's noun and its day ("the summit, to be held in Lisbon on 20 June").
_ATTACHED_AFTER = (
    r"s?\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|are|was|were|will\s+be|to\s+be)\s+)?"
    r"(?:(?:held|scheduled|set|slated|planned|due|expected|opening|starting|beginning)\s+)?"
    r"(?:(?:in|at)\s+[A-Z][\w-]*\s+)?(?:for\s+)?$"
)
# At most this many event nouns a parse are looked for elsewhere in the text.
_EVENT_HEADS = 16


@functools.lru_cache(maxsize=256)
def _event_patterns(head: str) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The head noun just before a day ("the summit on 20 June") and just after one."""
    word = regex.escape(head)
    return (
        regex.compile(rf"(?i:\b{word}){_ATTACHED_AFTER}"),
        regex.compile(rf"\s+(?:[\w-]{{1,30}}\s+){{0,2}}(?i:{word})\b"),
    )


def _event_day(
    body: str, out: list[DateMention], i: int, bound: dict[str, list[int] | None]
) -> dt.date | None:
    """The day the text gives elsewhere to the event after the phrase at ``out[i]``.

    The nearest date phrase (before, then after) that fixes a day and is bound to the same
    head noun: just after it ("the summit, held in Lisbon on 20 June") or just before it
    ("the 20 June summit"). None when there is none. ``bound`` remembers, per head noun,
    the indices in ``out`` of the phrases bound to it (for at most ``_EVENT_HEADS`` nouns
    a parse: each costs a pass over the date phrases).
    """
    here = out[i]
    m = _EVENT_HEAD.match(body, here.end, min(len(body), here.end + 120), _SERIAL)
    if m is None:
        return None
    head = m.group("head").lower().removesuffix("s")
    if head in bound:
        found = bound[head]
    else:
        found = None
        if len(bound) < _EVENT_HEADS:
            before, after = _event_patterns(head)
            found = [
                j
                for j, d in enumerate(out)
                if d.date is not None
                and (
                    before.search(body, max(0, d.start - 60), d.start, _SERIAL) is not None
                    or after.match(body, d.end, min(len(body), d.end + 70), _SERIAL) is not None
                )
            ]
        bound[head] = found
    if not found:
        return None
    k = bisect.bisect_left(found, i)
    j = found[k - 1] if k else found[k]
    day = out[j].date
    return day if isinstance(day, dt.date) else None


# "later in the day", "earlier that week": the unit of the day just given (or of
# publication), before or after it.
def _in_unit(
    phrase: str,
    span: tuple[dt.date, dt.date] | None,
    published: dt.date | None,
    tense: str | None,
) -> tuple[dt.date | None, tuple[dt.date, dt.date] | None]:
    """What "later in the day", "earlier in the week", "later that month" name.

    Counted from the day (or days) just given; "... in the day/week" with none given is
    counted from publication (a day only in a future clause: "later in the day, she will
    ..."), "... that day/week" then is nothing. A future clause is not about a day before
    publication: its "later in the day" is publication's.
    """
    words = phrase.lower().split()
    unit = words[-1]
    if unit in ("morning", "afternoon", "evening", "night"):
        unit = "day"
    earlier = words[0] == "earlier"
    if span is not None and tense == "future" and published is not None and span[1] < published:
        span = None
    if span is None:
        if "in" not in words or published is None:
            return None, None
        if unit == "day" and tense != "future":
            return None, None
        span = (published, published)
    first, last = span
    if unit == "day":
        return (first, None) if first == last else (None, None)
    lo, hi = _unit_of(first, unit)
    if _unit_of(last, unit) != (lo, hi):
        return None, None
    if first != last:  # after a stretch ("in 2019 ... earlier in the year"): its unit's part
        return None, ((lo, last) if earlier else (first, hi))
    return None, ((lo, first) if earlier else (last, hi))


def _unit_of(day: dt.date, unit: str) -> tuple[dt.date, dt.date]:
    """The week (Monday to Sunday), month or year that holds ``day``."""
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        return day.replace(day=1), _month_end(day.year, day.month)
    return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)


# How many sentences back the day a "following day" counts from may be.
_ANTECEDENT_SENTENCES = 2


def _antecedent(text: Text, out: list[DateMention], start: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the date phrase just before ``start``, when it is near."""
    return _antecedent_of(text, out[-1] if out else None, start)


# How many date phrases back "earlier in the day" looks for the story's day when no day
# was given in the sentences just before it.
_STORY_DAY_BACK = 8


def _story_day(
    phrase: str, out: list[DateMention], published: dt.date | None
) -> tuple[dt.date, dt.date] | None:
    """The day "earlier in the day" / "later in the evening" counts from, given farther back.

    A report tells first of the day's encounter ("A met B in Hanoi on Monday"), then,
    paragraphs on, of another event of that day ("Earlier in the day, A co-chaired the
    dialogue"): the phrase's day is the last day the text gave (one of the last
    ``_STORY_DAY_BACK`` date phrases, none after publication). Only "... in the day" (or
    morning, evening): "that day" needs a day just before it.
    """
    words = phrase.lower().split()
    if "in" not in words or words[-1] not in ("day", "morning", "afternoon", "evening", "night"):
        return None
    for d in reversed(out[-_STORY_DAY_BACK:]):
        if d.date is not None:
            if published is not None and d.date > published:
                return None
            return d.date, d.date
    return None


def _antecedent_of(
    text: Text, last: DateMention | None, start: int
) -> tuple[dt.date, dt.date] | None:
    """``_antecedent`` given the date phrase just before (``last``)."""
    if last is None:
        return None
    if text.sentence_index(start) - text.sentence_index(last.start) > _ANTECEDENT_SENTENCES:
        return None
    if last.date is not None:
        return last.date, last.date
    return last.window


def _from_day(
    m: regex.Match[str], span: tuple[dt.date, dt.date] | None
) -> tuple[dt.date | None, tuple[dt.date, dt.date] | None]:
    """An anaphoric phrase counted from the day (or days) just given.

    The same, the next or the previous day, or an offset ("two days later"); nothing
    without such a day.
    """
    if span is None:
        return None, None
    first, last = span
    if m.group("off"):
        phrase = m.group("off")
        if _BEFORE_AFTER.search(phrase) is not None:  # "a week before": "a week earlier"
            earlier = phrase.lower().endswith("before")
            phrase = phrase[: -len("before" if earlier else "after")]
            phrase += "earlier" if earlier else "later"
        later = phrase.lower().endswith("later")
        return _offset(phrase, last if later else first)
    p = m.group().lower()
    if "same" in p:
        return (first, None) if first == last else (None, None)
    if "previous" in p or "before" in p:
        return first - dt.timedelta(days=1), None
    return last + dt.timedelta(days=1), None


_Meaning = tuple[tuple[dt.date | None, tuple[dt.date, dt.date] | None] | None, str | None]


def _meaning(
    m: regex.Match[str], g: _Group, published: dt.date | None, tense: str | None
) -> _Meaning:
    """``_resolve``'s answer and the tense the phrase states itself ("yesterday", "ago")."""
    if g("span"):
        inherent: str | None = "future" if _span_ahead(m.group()) else "past"
    else:
        inherent = _intrinsic_tense(m.group()) if g("rel") or g("off") else None
    resolved = _resolve(m, g, published, tense)
    if inherent == "present" and resolved is not None and published is not None:
        # "this weekend" read as the one just past (or coming) is not the present
        date, window = resolved
        lo, hi = (date, date) if date is not None else window or (published, published)
        if not lo <= published <= hi:
            inherent = None
    return resolved, inherent
