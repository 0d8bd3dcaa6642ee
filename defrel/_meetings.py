"""The meeting stage: talks, visits, calls, dialogues, summits and signings.

Each sentence is cut at its meeting cues ("held talks", "met", "will visit",
"telephonic conversation", "Security Consultative Meeting", "signed"); each cue
gathers the people, countries, places and dates of its stretch of the
sentence. Cues that point back ("the meeting", "during the talks", "the Indian
delegation was led by") and cues that repeat an encounter already read (same
people, compatible day, place and status) are merged into one record.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import operator
from collections.abc import Container, Iterable, Sequence
from itertools import repeat
from typing import Literal, Protocol, TypeVar

import attrs
import regex

from defrel import _guard
from defrel._dates import tense_at
from defrel._gaz_countries import CAPITALS, SEATS
from defrel._gaz_titles import HEAD_WORDS
from defrel._model import (
    Actor,
    AreaId,
    CooperationArea,
    Country,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Span,
)
from defrel._text import Text
from defrel._types import CountryMention, DateMention, Mentions, PersonMention, PlaceMention


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_M = TypeVar("_M", bound=_Spanned)

__all__ = ["find_meetings"]

_WORD_OF = operator.itemgetter(1)
_ROLE_OF = operator.itemgetter(2)
_KIND_OF = operator.itemgetter(2)  # (of a cue: ``_cues``)
_ACTOR_OF = operator.attrgetter("actor")
_FIRST = operator.itemgetter(0)
_START = operator.attrgetter("start")

# The enum members, bound once as module globals. On Python 3.11 ``EnumType`` defines
# ``__getattr__``, so every read of ``MeetingKind.CALL`` goes through the slot hook that
# calls it (about 0.6 µs, some 3,000 instructions); a global is read in a few nanoseconds.
# The same objects: a member is a singleton.
_CALL, _OTHER, _SIGNING, _VISIT = (
    MeetingKind.CALL,
    MeetingKind.OTHER,
    MeetingKind.SIGNING,
    MeetingKind.VISIT,
)
_TALKS, _DIALOGUE, _SUMMIT = MeetingKind.TALKS, MeetingKind.DIALOGUE, MeetingKind.SUMMIT
_HELD, _PLANNED = MeetingStatus.HELD, MeetingStatus.PLANNED

# ``concurrent`` of a regex call, passed by position after a start and an end: the call
# keeps the GIL (releasing and retaking it costs more than a short match).
_SERIAL = False

# Run on a lower-cased copy of the body (same offsets), so no IGNORECASE on the alternation.
_CUE = regex.compile(
    r"""
    (?<![\w-])(?:
      (?P<callmod>(?:via|by|over|through)\s+(?:a\s+|the\s+)?(?:video\s*(?:link|conference|call)
        |(?:tele)?phone|videoconference|teleconference)
        |(?:in|during)\s+(?:a|an)\s+(?:(?:introductory|congratulatory|first
          |brief|short|lengthy|recent|separate)\s+)?(?:(?:tele)?phone\s+|video\s+)?call
          (?!\s+(?:on|upon)\s+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)))
    | (?P<call>(?:tele)?phon(?:e|ic)\s+(?:conversation|call|talks?|discussions?|conference
          |interaction)
        |video[\s-]*(?:call|conference|link|teleconference|conversation|talks|interaction)
        |videoconference|teleconference
        |virtual\s+(?:meeting|talks|summit|conference)s?
        |(?:spoke|spoken|talked|speaks|speak|talk|conferred)\s+(?:\w+\s+){0,3}?
          (?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone
        |(?:held|hold|holds|holding|had|has|have|made|received|receives)\s+(?:a|an)\s+
          (?:(?:introductory|congratulatory|first|brief|short|lengthy)\s+)?
          (?:(?:tele)?phone\s+|video\s+|virtual\s+)?call
        |call\s+with|calls\s+with|(?:tele)?phoned
        |called(?!\s+(?:on|upon|for|off|in|out|up|back|at|by|it|this|that|the)\b))
    | (?P<dialogue>2\s*\+\s*2(?:\s+(?:dialogue|talks|meeting|ministerial))?
        |dialogue|(?:security|military)\s+(?:consultative|committee)\s+meeting
        |consultative\s+(?:meeting|group)|inter-?sessional(?:\s+meeting)?
        |(?:defen[cs]e\s+)?policy\s+group
        |joint\s+(?:[\w-]+\s+){0,2}?(?:committee|commission|working\s+group)
        |session(?=\s+of\s+the\s+\w+-\w+)
        |inter-?governmental\s+commission|commission\s+meeting|consultations
        |(?:defen[cs]e\s+)?ministerial(?:\s+meeting)?)
    | (?P<summit>summit)
    | (?P<signing>sign(?:ed|ing|s)?|ink(?:ed|s))
    | (?P<visit>visit(?:s|ed|ing)?|trip|tour|arriv(?:ed|es|ing|al)|(?:was|were|is|are)\s+in
        |travel(?:s|led|ed|ling|ing)?\s+to|head(?:s|ed|ing)?\s+to
        |(?:come|comes|coming)\s+to)
    | (?P<host>host(?:s|ed|ing)?|receiv(?:ed|es|ing)(?!\s+(?:a\s+)?courtesy\s+calls?\b)
        |welcom(?:e|ed|es|ing))
    | (?P<talks>(?:held|hold|holds|holding|had)(?:,\s+(?:\w+\s+){0,3}\w+,)?\s+
          (?:a\s+|an\s+|their\s+|the\s+)?
          (?:\w+\s+){0,3}?(?:talks|meeting|meetings|discussions?)
        |talks|met|meets|meet|meetings(?=\s+(?:in|with|at)\s)|(?<=['’]s\s)meetings|meeting
        |called\s+on|calls\s+on|call\s+on
        |pa(?:id|ys?|ying)\s+(?:a\s+)?(?:courtesy\s+)?call\s+on
        |pa(?:id|ys?|ying)\s+(?:a\s+)?courtesy\s+calls?\s+(?:on|to)|sat\s+down\s+with|told
        |receiv(?:ed|es|ing)\s+(?:a\s+)?courtesy\s+calls?\s+from
        |spoke\s+(?:with|to)
        |gathered|convened(?!\s+(?:a|an|the)\b)
        |confer(?:red|s)?\s+with
        |discussed)
    | (?P<joint>agreed|reaffirmed|pledged|vowed|exchanged\s+views|reviewed|announced|revealed
        |unveiled|stressed|underlined)
    | (?P<attend>participat(?:e|es|ed|ing)\s+in)
    | (?P<frame>delegations?)
    )(?![\w-])
    """,
    regex.VERBOSE,
)


def _top_level(source: str, sep: str = "|") -> list[str]:
    """``source`` (a verbose pattern) cut at each ``sep`` outside brackets and classes."""
    out: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == sep and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out


def _cue_by_first() -> dict[str, regex.Pattern[str] | None]:
    """_CUE cut down, for each character a cue can open on, to the branches that can open on it.

    A branch that cannot open on the character at the cue's start cannot match there, so
    the first branch (in order) that matches is the same, in the same named group: the
    match is _CUE's. (None: no branch opens on it.) Whether a branch can open on a
    character is asked of the branch itself (a partial match of that one character).
    """
    source = _CUE.pattern
    head, tail = "(?<![\\w-])(?:", ")(?![\\w-])"
    inner = source[source.index(head) + len(head) : source.rindex(tail)]
    groups = []
    for piece in _top_level(inner):
        item = piece.strip()
        name = item[len("(?P<") : item.index(">")]
        body = item[item.index(">") + 1 : -1]
        groups.append((name, _top_level(body)))
    built: dict[tuple[tuple[str, tuple[str, ...]], ...], regex.Pattern[str] | None] = {}
    out: dict[str, regex.Pattern[str] | None] = {}
    for c in "abcdefghijklmnopqrstuvwxyz0123456789_":
        kept = tuple(
            (name, tuple(b for b in branches if regex.match(b, c, regex.VERBOSE, partial=True)))
            for name, branches in groups
        )
        kept = tuple((name, bs) for name, bs in kept if bs)
        if kept not in built:
            alternatives = "|".join(f"(?P<{name}>{'|'.join(bs)})" for name, bs in kept)
            built[kept] = regex.compile(head + alternatives + tail, regex.VERBOSE) if kept else None
        out[c] = built[kept]
    return out


_CUE_BY_FIRST = _cue_by_first()
# Words that are a cue alone: at one of them (as a whole word), of the branches of _CUE only
# the one that is the word itself can match, whatever follows it (none goes on from it, none
# looks behind). There _CUE's match is this pattern's, in the same named group.
_LONE_CUES = {
    word: regex.compile(rf"(?P<{kind}>{word})(?![\w-])")
    for kind, words in {
        "talks": "meeting meet meets met talks discussed told",
        "dialogue": "dialogue consultations",
        "frame": "delegation delegations",
        "visit": "visit visits visited visiting trip tour arrived",
        "signing": "signed signing signs sign",
        "summit": "summit",
        "host": "host hosts hosted hosting welcome welcomed welcomes welcoming",
    }.items()
    for word in words.split()
}
# Ships or aircraft as the visitors: "a visit by two navy ships", "the visit of the frigates".
_BY_VESSELS = regex.compile(
    r"\s+(?:by|of)\s+(?:the\s+|an?\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:ships?|vessels?|warships?|frigates?|corvettes?|destroyers?|submarines?|aircraft"
    r"|fleet|flotilla|task\s+group|squadron)\b",
    regex.IGNORECASE,
)
# A practice kept up or deepened, not an encounter: "maintain (regular) consultations",
# "continue the dialogue", "deepen strategic dialogue".
_KEPT_UP = regex.compile(
    r"\b(?:maintain|maintaining|continue|continuing|keep|keeping|strengthen|strengthening|deepen"
    r"|deepening|enhance|enhancing|promote|promoting|intensify|intensifying|expand|expanding)"
    r"\s+(?:with\s+)?(?:the\s+|their\s+|close\s+|regular\s+|strategic\s+|high-level\s+){0,3}$",
    regex.IGNORECASE | regex.REVERSE,  # (see the note on reverse patterns below)
)
_KEPT_UP_WORDS = (
    *("maintain", "continu", "keep", "strengthen", "deepen", "enhanc", "promot"),
    *("intensif", "expand"),
)
_ADJECTIVE_BEFORE = regex.compile(r"\b(?:the|a|an|our|their|his|her)\s+$", regex.I | regex.REVERSE)
_PERSON_NOUN_AFTER = regex.compile(
    r"\s+(?:\w+\s+){0,2}?(?:dignitar(?:y|ies)|guests?|delegation|delegates|officials?|general"
    r"|admiral|commander|chief|minister|secretary|team|side)\b",
    regex.I,
)
_COMES_AMID = regex.compile(
    r"\s+(?:(?:comes?|came|coming)\s+(?:\w+\s+){0,2}?(?:amid|as|after|against|at\s+a\s+time"
    r"|in\s+the\s+wake|days?\s+after|weeks?\s+after|following|ahead\s+of|before)"
    r"|follows|followed)\b",
    regex.IGNORECASE,
)
_MECHANISM = regex.compile(r"\s+(?i:mechanism|format|framework)\b")
_SESSION_OF = regex.compile(r"\s+of\s+the\s+\p{Lu}\w*-\p{Lu}")
_EVENT_AFTER = regex.compile(
    r"\s+(?:the\s+)?(?:\p{Lu}[\w'’-]*\s+){1,4}(?:Week|Day|Days|Celebrations?|Parade|Ceremony"
    r"|Forum|Conference|Symposium|Expo|Exhibition|Show)\b"
)
_CUE_ANY_CASE = regex.compile(_CUE.pattern, regex.VERBOSE | regex.IGNORECASE)
# A cue that needs a capital after it in the original text ("was in Jakarta", "told Reuters").
_REMOTE = regex.compile(r"\b(?:virtual|video|phone|telephone|telephonic|online)\b")
_CAPITAL_AFTER = regex.compile(r"\s+(?:the\s+)?\p{Lu}")
_TOLD_AFTER = regex.compile(r"\s+(?:\p{Lu}|his\b|her\b)")
# "told Reuters", "told The Washington Post", "told state broadcaster NHK": an interview with
# a newsroom, no encounter.
_TOLD_MEDIA = regex.compile(
    r"\s+(?:(?:the\s+)?(?:(?:\w+\s+){0,2}?(?:news\s+agency|broadcaster|newspaper|daily|channel)"
    r"\s+)?(?:Reuters|Xinhua|Bloomberg|Yonhap|Kyodo|Bernama|Interfax|Anadolu|Sputnik|Tasnim|Antara"
    r"|Jiji|AFP|AP|PTI|ANI|IANS|UNI|TASS|RIA|IRNA|CNN|BBC|NHK|NPR|CNA|WAM|SPA|QNA|KUNA|MENA"
    r"|Al\s+Jazeera|(?:the\s+)?Associated\s+Press|Agence\s+France[\s-]Presse)\b"
    r"|(?:The\s+)?(?:\p{Lu}[\w.’'-]*\s+){1,3}(?:News|Times|Post|Journal|Radio|Television|TV|Herald"
    r"|Tribune|Telegraph|Guardian|Gazette|Express|Agency|Daily|Press)\b)"
)
# Patterns that end in ``$`` and are only asked whether they match run in reverse
# (``regex.REVERSE``): tried from the end of the stretch, they fail at once anywhere else,
# where a forward search would try the whole alternation at every position.
# Words that make a cue point back to an encounter already read.
# (Its words may be hyphenated in lower case, "the delegation-level talks", but not a
# compound of names, "the India-US dialogue".)
_BACK = regex.compile(
    r"(?:\b(?i:the|their|this|that|these|those|his|her|its|same|our)\s+"
    r"(?:\w+(?:-\p{Ll}\w*)*\s+){0,4}?$)(?<!\b(?i:a|an)\s+(?:\w+\s+)?)",
    regex.REVERSE,
)
# The words of _BACK and _FRAME (lower case; of a lead of several words its last one).
_BACK_WORDS = frozenset(
    ["the", "their", "this", "that", "these", "those", "his", "her", "its", "same", "our"]
)
_FRAME_WORDS = frozenset(
    [
        "during",
        "amid",
        "at",
        "in",
        "after",
        "following",
        "since",
        "before",
        "of",
        "to",
        "on",
        "upon",
    ]
)
_ASCII_WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"


def _may_hold(stretch: str, needles: tuple[str, ...]) -> bool:
    """Whether an IGNORECASE match that holds one of ``needles`` may lie in ``stretch``.

    ``needles``: ASCII, in small letters. A match spells each as ASCII letters of either
    case, or with "ſ", "İ" or the Kelvin sign, the only other characters IGNORECASE matches
    to an ASCII letter: lowered, the stretch holds it (the Kelvin sign lowers to "k"), or it
    holds one of the first two. (A cheap test before a pattern's search.)
    """
    low = stretch.lower()
    for needle in needles:
        if needle in low:
            return True
    return "ſ" in stretch or "İ" in stretch


def _may_end_on(stretch: str, keys: frozenset[str], last: int) -> bool:
    """Whether a pattern ``\\bKEY\\s+(?:WORD\\s+){0,last - 1}$`` (IGNORECASE) may match.

    ``keys``: the words (ASCII, small letters) of which it ends on one, then on white space
    and ``last - 1`` tokens at most. Such a match ends the stretch on white space (``$``
    before a final newline too), and its word is the last run of ASCII word characters of
    one of the last ``last`` tokens (white space parts them: ``\\s`` is in ``str.isspace``),
    lowered; a stretch with "ſ", "İ" or the Kelvin sign may spell it otherwise.
    """
    if not stretch[-1:].isspace():
        return False
    if "ſ" in stretch or "İ" in stretch or "\u212a" in stretch:
        return True
    for token in stretch.rsplit(None, last)[-last:]:
        if token[len(token.rstrip(_ASCII_WORD)) :].lower() in keys:
            return True
    return False


def _holds_any(stretch: str, needles: tuple[str, ...]) -> bool:
    """Whether ``stretch`` holds one of ``needles``."""
    for needle in needles:  # noqa: SIM110 - a loop, cheaper than a generator's ``any``
        if needle in stretch:
            return True
    return False


# The characters ``str.isspace`` passes: every ``\s`` match and "\x1c" to "\x1f".
_BLANKS = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def _last_runs(stretch: str) -> list[str]:
    """The last run of ASCII word characters of each of the last six tokens of ``stretch``.

    A word of _BACK or _FRAME (letters only) followed by white space, with only words and
    white space after it, is the last run of one of the last tokens (five for _BACK, six for
    _FRAME) after a word boundary: a token's start or a character other than an ASCII word
    character. (``stretch`` lower-cased, with no "ſ" or "İ": IGNORECASE matches no other
    character to their letters but the Kelvin sign, which lowers to "k".)
    """
    return [t[len(t.rstrip(_ASCII_WORD)) :] for t in stretch.rsplit(None, 6)[-6:]]


def _may_start(
    stretch: str, words: tuple[str, ...], first: int = 4, keys: frozenset[str] | None = None
) -> bool:
    """Whether one of the ``first`` tokens of ``stretch`` (lower case) starts with a word.

    (_NOT_AN_ENCOUNTER's noun starts a token, after three at most; _TOPIC_AFTER's after an
    "'s" and a word at most. With "ſ" or a lowered "İ" in the stretch, always.)
    ``keys``: the first three letters of each word (``_first_three``), for a cheap test.
    """
    if "ſ" in stretch or "\u0307" in stretch:  # ("İ" lowers to "i" and U+0307)
        return True
    if keys is None:
        keys = _first_three(words)
    for token in stretch.split(None, first)[:first]:
        # (a token that starts with a word of three letters or more opens on its first three)
        if token[:3] in keys and token.startswith(words):
            return True
    return False


def _first_three(words: tuple[str, ...]) -> frozenset[str]:
    """The first three letters of each word (every word must have three or more)."""
    if min(map(len, words)) < 3:
        raise ValueError(words)
    return frozenset(w[:3] for w in words)


# A cue used as a setting for another ("during an official visit", "ahead of the summit").
_FRAME = regex.compile(
    r"\b(?:during|amid|at|in|after|following|since|before|ahead\s+of|prior\s+to|on\s+the\s+sidelines\s+of"
    r"|on|upon|(?:as\s+a\s+|in\s+)follow-?up\s+to)\s+(?:\w+['’]?\s+){0,5}?$",
    regex.IGNORECASE | regex.REVERSE,
)
# "said during a meeting with X": the setting of a speech is an encounter of its own.
_SAID_DURING = regex.compile(
    r"\b(?:said|says|stressed|told|noted|added|remarked|stated)\s+(?:during|at|in)\s+(?:a|an)\s+"
    r"(?:\w+\s+){0,2}?$",
    regex.IGNORECASE | regex.REVERSE,
)
_SAID_DURING_WORDS = ("said", "says", "stressed", "told", "noted", "added", "remarked", "stated")
_AHEAD = regex.compile(
    r"\b(?:ahead\s+of|before|prior\s+to|in\s+the\s+run-up\s+to)\s+(?:the|their|this|that|his|her)"
    r"\s+(?:[\w'’-]+\s+){0,4}?$",
    regex.IGNORECASE | regex.REVERSE,
)
# A word every _AHEAD match holds (lower case): a cheap prefilter of its window.
_AHEAD_WORDS = ("ahead", "before", "prior", "run-up")
_BOUND_BEFORE = regex.compile(
    r"\b(?:since|until|till|prior\s+to)\s+$", regex.IGNORECASE | regex.REVERSE
)
_BOUND_HINTS = ("since", "till", "prior")  # ("till" is in "until")
_BOUND = regex.compile(r"(?:since|until|till|prior\s+to)\s", regex.IGNORECASE)
_BOUND_WORDS = ("since", "until", "till", "prior")  # (one opens every match of the two)
_TIME_FRAME = regex.compile(
    r"\bsince\s+(?:[\w'’-]+\s+){0,5}$",
    regex.IGNORECASE,
)
# A city that names an organisation or a pact ("the Shanghai Cooperation Organisation").
_NAMESAKE = regex.compile(
    r"(?:\s+\p{Lu}[\w-]*){0,3}?\s+(?:Organi[sz]ation|Treaty|Accords?|Agreement|Declaration"
    r"|Initiative|Pact|Format|Process|Charter|Protocol|Convention)\b"
)
# A place name used as a country's adjective ("the Singapore defence minister", "Monaco's
# navy") or in a compound ("a Lima-based envoy"): no venue.
_ATTRIBUTIVE = regex.compile(
    r"""(?:['’]s?\s|-\p{L}|\s+(?:(?:defen[cs]e|foreign|prime|deputy|army|navy|air\s+force|armed\s+forces
    |military|government|state|interior|home|naval|trade)\s+)?(?:\L<heads>|officials?|delegations?
    |army|navy|forces|military|government|troops|counterparts?|staff|personnel|contractors)\b)""",
    heads=list(HEAD_WORDS),
    flags=regex.IGNORECASE | regex.VERBOSE,
)
# A place left or gone back to ("flew in from Lima", "before returning to Lima"): no venue.


def _attributive(body: str, end: int, hi: int) -> bool:
    """Whether ``_ATTRIBUTIVE`` matches at ``end`` (a name's end), within 40 characters.

    (Every match opens on an apostrophe, a hyphen or white space.)
    """
    c = body[end : end + 1]
    return (c in _ATTRIBUTIVE_FIRST or c.isspace()) and bool(
        _ATTRIBUTIVE.match(body, end, min(hi, end + 40), _SERIAL)
    )


_ATTRIBUTIVE_FIRST = frozenset("'’-")
_LEFT_PLACE = regex.compile(
    r"""\b(?:from|leaving|left|leaves|leave|departed|departing|departs|(?:returning|returned
    |returns|return|back|home|heading\s+home|headed\s+home)\s+to)\s+(?:the\s+)?$""",
    regex.IGNORECASE | regex.VERBOSE | regex.REVERSE,
)
# Every _LEFT_PLACE match holds one of these.
_LEFT_WORDS = ("from", "leav", "left", "depart", "return", "back", "home")
# An airfield arrived at ("on his arrival at <X> Air Base"): where a guest lands, no venue.
_AIRFIELD = regex.compile(r"\b(?:airport|air\s*base|airbase|airfield|air\s+station)\b", regex.I)
_LANDED_AT = regex.compile(
    r"\b(?:arriv(?:al|ed|es|ing)|land(?:ed|s|ing))\s+(?:at|in)\s+(?:the\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)


def _landed(body: str, lo: int, place: int, name: str) -> bool:
    """Whether the place at ``place`` (named ``name``) is an airfield a guest arrived at."""
    return (
        _may_hold(name, ("air",))
        and bool(_AIRFIELD.search(name))
        and _may_hold(body[max(lo, place - 30) : place], ("arriv", "land"))
        and bool(_LANDED_AT.search(body, max(lo, place - 30), place, _SERIAL))
    )


# A visit whose object is a unit, a base, a school or a ship rather than a country or a city.
_FACILITY = regex.compile(
    r"""\s+(?:(?:the|a|an|his|her|its|their|several|two|three)\s+)?(?:[\w'’-]+\s+){0,4}?
    (?:academy|academies|base|bases|unit|units|regiment|headquarters|shipyard|dockyard|facility
    |facilities|plant|factory|college|school|university|museum|memorial|cemetery|ship|frigate
    |carrier|submarine|squadron|brigade|division|battalion|garrison|camp|station|yard|site
    |command|centre|center|institute|exhibition|expo|troops|soldiers|sailors|contingent)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
_NEGATED = regex.compile(r"\b(?:not|never|no|n't|cancell?ed|postponed|called\s+off)\s+(?:\w+\s+)?$")
# Every _NEGATED match holds "no", "never", "n't", "cancel", "postponed" or "called" (it is
# case-sensitive): a cheap prefilter, written out in ``_cues``.
_NOT_AN_ENCOUNTER = regex.compile(
    r"^\s*(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:\w+\s+){0,2}?(?:challenges?|needs?|requirements?"
    r"|goals?|targets?|demands?|standards?|expectations?|criteria|intent|deadline|obligations?"
    # also "to meet the evolving threats", "meet its commitments to the alliance"
    r"|threats?|risks?|dangers?|commitments?|shortfalls?)\b",
    regex.IGNORECASE,
)
_NOT_AN_ENCOUNTER_WORDS = (
    *("challenge", "need", "requirement", "goal", "target", "demand", "standard"),
    *("expectation", "criteria", "intent", "deadline", "obligation"),
    *("threat", "risk", "danger", "commitment", "shortfall"),
)
_NOT_AN_ENCOUNTER_KEYS = _first_three(_NOT_AN_ENCOUNTER_WORDS)
# Matched from a mention's end to the sentence end (endpos), never on a copy of the rest.
_SPEAKER_AFTER = regex.compile(
    r"\W{0,3}(?:said|says|told|added|noted|stated)\b"
    # the attribution's own adjuncts: "said in a readout yesterday", "told reporters"
    r"(?:\s+(?:(?:in|via|through)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|readout|release|tweet|post|interview|briefing|message|communiqu[eé])\b"
    r"|on\s+(?:Twitter|X|Facebook|social\s+media)\b"
    r"|(?:reporters|journalists|the\s+media|the\s+press)\b)"
    r"[^.;:!?\n\"“”«»]{0,40}[^\w\"“”«»]*$|\W*$)"
)
_SPEECH_VERBS = ("said", "says", "told", "added", "noted", "stated")
# Someone only named as the sender of greetings or a message: absent.
# Someone who only issued the statement that reports it: "in a statement issued by Col. X".
_ABSENT_BEFORE = regex.compile(
    r"\b(?:(?:greetings|wishes|regards|message|letter|condolences|congratulations|on\s+behalf)"
    r"\s+(?:[\w-]+\s+){0,4}?(?:of|from)"
    r"|(?:issued|released)\s+by|according\s+to|(?:tribute|respects?|homage)\s+to|late)"
    r"\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,4}?$",
    regex.IGNORECASE | regex.REVERSE,
)
# Whom someone thanks, or whose kin someone is, named in a row of names and offices: no
# participant ("expressed gratitude to President X and President Y", "son of President X").
# Every _ABSENT_BEFORE match holds one of the first (IGNORECASE), every _THANKED_BEFORE
# match one of the second (as written: it is case-sensitive).
_ABSENT_WORDS = (
    *("greetings", "wishes", "regards", "message", "letter", "condolences", "congratulations"),
    *("behalf", "issued", "released", "according", "tribute", "respect", "homage", "late"),
)
_THANKED_WORDS = (
    *("gratitude", "thank", "appreciation", "son", "daughter", "wife", "husband", "widow"),
    *("brother", "sister", "father", "mother"),
)
_THANKED_BEFORE = regex.compile(
    r"\b(?:(?:gratitude|thanks|appreciation)\s+to|thanked|thanking"
    r"|(?:son|daughter|wife|husband|widow|brother|sister|father|mother)\s+of)"
    r"\s+(?:(?:both|the|and|\p{Lu}[\p{L}.'’-]*),?\s+){0,8}?$",
    regex.REVERSE,
)
# A speech verb right after a person: the person speaks, what follows is what was said.
_SAYS_AFTER = regex.compile(
    r"\W{0,3}(?:said|says|told|added|noted|stated|explained|stressed|emphasi[sz]ed|remarked)\b"
)
_SAYS_WORDS = (
    *("said", "says", "told", "added", "noted", "stated", "explained", "stressed"),
    *("emphasi", "remarked"),
)


def _says_after(body: str, at: int, hi: int) -> bool:
    """Whether ``_SAYS_AFTER`` matches at ``at`` (its verb opens within three characters)."""
    near = body[at : min(hi, at + 13)]
    return _holds_any(near, _SAYS_WORDS) and bool(_SAYS_AFTER.match(body, at, hi, _SERIAL))


_POSSESSIVE = regex.compile(r"^['’]s?\s+(?:\w+\s+){0,2}?(?P<noun>\w+)")
_EVENT_NOUN = regex.compile(
    r"^(?:visit|trip|tour|meeting|talks|call|arrival|journey|stay)s?$", regex.IGNORECASE
)
# "X's possible three-day trip": an event of X's a few words on
_POSS_EVENT = regex.compile(
    r"['’]s?\s+(?:[\w-]+\s+){1,3}?(?:visit|trip|tour|meeting|talks|call|arrival|journey|stay)s?\b",
    regex.IGNORECASE,
)
_TO_COUNTRY_WORDS = frozenset(
    ["to", "in", "into", "visit", "visited", "visiting", "visits", "toured"]
)
_TO_COUNTRY = regex.compile(
    r"\b(?:to|in|into|visit(?:ed|ing|s)?|toured)\s+(?:the\s+)?$", regex.I | regex.REVERSE
)
_SKIP_LINE = regex.compile(r"(?:Also\s+read|Read\s+more|Related|See\s+also)\b", regex.IGNORECASE)
_SKIP_FIRST = frozenset("aArRsSſ")
_SKIP_WORDS = ("also", "read", "related", "see")
# Clause boundaries between two cues: people after the last one are the next cue's subject.
# Its matches never overlap, so the last one is the one a reverse search finds first.
_BOUNDARY = regex.compile(r",|;|\band\b|\bwhile\b|\bas\b|\bthat\b|\bwhich\b|\bwho\b", regex.REVERSE)
_THAT = regex.compile(r"\b(?:that|which)\b")
# Their words (read off ``Text.words`` where the body's words are read: ``_last_word``).
_BOUNDARY_WORDS = frozenset(["and", "while", "as", "that", "which", "who"])
_THAT_WORDS = frozenset(["that", "which"])


def _last_word(
    body: str,
    words: tuple[tuple[int, str], ...],
    pos: int,
    end: int,
    keys: frozenset[str],
    *,
    spelt: bool = True,
) -> tuple[int, int] | None:
    """The span of the last word of ``keys`` in ``body[pos:end]`` (``words``: its words).

    Where ``\b(?:key|...)\b`` matches last in ``body`` from ``pos`` to ``end``: on a whole
    word (a word cut by ``end`` ends there), in lower case in ``body`` too when ``spelt``
    (else as IGNORECASE matches it, in a body where lowering keeps offsets: no key letter
    is folded to from another character but "s", "k" and "i"). None past the deadline.
    """
    if _guard.spent():
        return None
    k = bisect.bisect_left(words, (end,)) - 1
    while k >= 0:
        at, w = words[k]
        if at < pos:
            return None
        cut = w[: end - at]
        if cut in keys and (not spelt or body.startswith(cut, at)):
            return at, at + len(cut)
        k -= 1
    return None


def _boundary_end(
    body: str, words: tuple[tuple[int, str], ...] | None, pos: int, end: int
) -> int | None:
    """The end of the match ``_guard.search(_BOUNDARY, body, pos, end)`` finds (the last).

    Read off the words (``words``, when given) and the last "," and ";".
    """
    if words is None:
        cut = _guard.search(_BOUNDARY, body, pos, end)
        return None if cut is None else cut.end()
    mark = max(body.rfind(",", pos, end), body.rfind(";", pos, end))
    # a word after the last mark, else the mark (a word never holds one)
    last = _last_word(body, words, max(pos, mark + 1), end, _BOUNDARY_WORDS)
    if last is not None:
        return last[1]
    return mark + 1 if mark >= 0 and not _guard.spent() else None


# "X comes a fortnight before Y": a relation between two encounters, never crossed by people.
_RELATION = regex.compile(
    r"\b(?:comes?|came|coming|takes?\s+place|took\s+place|falls?|fell)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:before|after|ahead\s+of|on\s+the\s+heels\s+of)\b",
    regex.IGNORECASE,
)
# Every _RELATION match holds one of these words (lower case): a cheap prefilter.
_RELATION_ENDS = ("before", "after", "ahead", "heel")


def _may_relate(low: str, lo: int, hi: int) -> bool:
    return _holds_any(low[lo:hi], _RELATION_ENDS)


# The words a _RELATION match opens on (whole: a match goes on past its first word).
_RELATION_FIRST = frozenset(
    ["come", "comes", "came", "coming", "take", "takes", "took", "fall", "falls", "fell"]
)


def _word_matches(
    pattern: regex.Pattern[str],
    body: str,
    words: tuple[tuple[int, str], ...],
    lo: int,
    hi: int,
    firsts: frozenset[str],
    then: dict[str, frozenset[str]] | None = None,
    *,
    first: bool = False,
) -> list[regex.Match[str]]:
    """The matches ``_guard.finditer(pattern, body, lo, hi)`` gives, tried at a few words.

    For a pattern whose every match opens with ``\b`` on a whole word of ``firsts`` (as
    the lower-cased body spells it, where ``words`` are its words: ``word_hints``) and goes
    on past it: a match opens on a word start, and a word cut by ``hi`` leaves no room for
    the rest. ``then``: for a first word, the words one of which must come next. Tried in
    order past the end of the last match, as ``finditer`` scans; ``first``: the first match
    only. None past the deadline, as a guarded scan then finds.
    """
    i = bisect.bisect_left(words, (lo,))
    j = bisect.bisect_left(words, (hi,), i)
    out: list[regex.Match[str]] = []
    if firsts.isdisjoint(map(_WORD_OF, words[i:j])):
        return out
    done = lo
    for k in range(i, j):
        at, word = words[k]
        if at < done or word not in firsts:
            continue
        if then is not None:
            nexts = then.get(word)
            if nexts is not None and (k + 1 >= j or words[k + 1][1] not in nexts):
                continue
        if _guard.spent():
            return []
        m = pattern.match(body, at, hi)
        if m is not None:
            out.append(m)
            if first:
                break
            done = m.end()
    return out


_THEY = regex.compile(r"\b(?:they|both|the\s+two)\b", regex.IGNORECASE)
# A sentence that opens on the pair just read as its subject, right before a call's cue:
# "they had held talks by telephone", "the two ministers also spoke by phone". Matched
# from the sentence's start to the cue, at most ``_THEY_CALL_REACH`` characters.
_THEY_CALLED = regex.compile(
    r"[\s\"“]*(?:They|The\s+two(?:\s+\w+)?|Both(?:\s+\w+)?)\s+(?:(?:had|have|also|earlier"
    r"|previously|already|first)\s+)*(?:held\s+|had\s+|spoke\s+|talked\s+)?(?:\w+\s+)?\Z"
)
_THEY_CALL_REACH = 60
# A sentence that opens on the pair just read as the subject of an encounter to come, right
# before its cue: "They agreed to meet again", "The two ministers will hold talks", "Both
# sides plan to convene". Matched from the sentence's start to the cue.
_THEY_PLAN = regex.compile(
    r"[\s\"“]*(?:They|(?:The|Both)\s+(?:two\s+)?(?:[\w-]+\s+)?(?:ministers|leaders|sides"
    r"|chiefs|secretaries|commanders|generals|admirals|delegations))\s+(?:also\s+|further\s+)?"
    r"(?:will|agreed\s+to|decided\s+to|plan\s+to|planned\s+to|intend\s+to"
    r"|(?:are|were)\s+(?:expected|scheduled|set|due)\s+to|(?:are|were)\s+to)\s+"
    r"(?:also\s+|again\s+|soon\s+)?\Z"
)
# An encounter to come named right after a cue ("at the upcoming ministerial", "next month").
_UPCOMING = regex.compile(
    r"\s+(?:\w+\s+){0,3}?(?:upcoming|forthcoming|next|future)\b", regex.IGNORECASE
)
_LOOK_FORWARD = regex.compile(
    r"\blook(?:s|ing|ed)?\s+forward\s+to\s+(?:\S+\s+){0,6}?$", regex.IGNORECASE | regex.REVERSE
)
# (with up to two words before the noun: "the two defence chiefs", "both naval chiefs")
_BOTH = regex.compile(
    r"\b(?:both|the\s+two)\s+(?:[\w-]+\s+){0,2}?(?:leaders|sides|ministers|countries|nations"
    r"|secretaries|chiefs|heads|commanders)\b",
    regex.IGNORECASE,
)
# "the two ministers", "both leaders": people, not sides or countries
_BOTH_PEOPLE = regex.compile(
    r"\b(?:both|the\s+two)\s+(?:[\w-]+\s+){0,2}?(?:leaders|ministers|secretaries|chiefs"
    r"|generals|officials|heads|commanders)(?:\s+\w+){0,3}?\s+$",
    regex.IGNORECASE | regex.REVERSE,
)
_DELEGATION_LED = regex.compile(r"\b(?:led|headed)\b", regex.IGNORECASE)
_LED_WORDS = frozenset(["led", "headed"])
# A host verb is an encounter only with its guest right after it ("hosted Minister X").
# (after a day, if one is written first: "hosted on Monday the chief of ...")
# (a longer gap only when it is the guest's office: "received Ruritania's First Deputy Prime
# Minister and Defence Minister X")
_GUEST_GAP = regex.compile(
    r"(?:\s+(?:on\s+\p{Lu}\p{Ll}+day|yesterday|today|on\s+\d{1,2}\s+\p{Lu}\p{Ll}+"
    r"|on\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2}))?(?:[^,.;:]{0,50}"
    r"|[^,.;:]{0,100}?\b(?i:minister|chief|commander|secretary|president)\s+)$"
)
# Or the guest (or, in the passive, the host) after an office and a comma: "received the
# visiting navy chief, Admiral X", "was received by the Chief of the Defence Forces, Gen. Y".
_GUEST_TITLE_GAP = regex.compile(
    r"(?:\s+by)?\s+(?:the\s+|his\s+|her\s+)?[^,.;:]{0,120}?\b(?:chief|commander|minister"
    r"|secretary|director|head|chairman|chair|president|counterpart|staff|forces?|army|navy"
    r"|officer|envoy|ambassador|attach[eé])\s*,\s*(?-i:\p{Lu}[\w.'’-]*\s+){0,3}$",
    regex.IGNORECASE,
)
_GUEST_DELEGATION = regex.compile(
    r"\s+(?:(?:a|an|the)\s+(?:\w+\s+){0,3}?delegation\b|(?:the\s+|his\s+|her\s+)?(?:\w+\s+)?"
    r"(?:officials|delegations|counterparts|ministers|chiefs|leaders|envoys)\s+(?:from|of)\s+\p{Lu})",
    regex.I,
)
# A country named as a topic or a threat, not a party ("developments in X", "Iranian aggression").
_TOPIC_BEFORE = regex.compile(
    r"""\b(?:(?:developments?|situation|crisis|war|conflict|fighting|threats?|aggression|attacks?
    |invasion|tensions?|escalations?|occupation|programm?e|behaviou?r|activities|hostilities
    |violence|strikes?|sanctions|provocations?|events|dynamics|attempts?|coercion|claims
    |tests?|pursuits?|ambitions?|assertiveness|expansion|build-?up|militari[sz]ation
    |fought|served|combat|deployed|deployments?|missions?)
    \s+(?:\w+\s+){0,2}?
    (?:in|on|of|from|by|against|over|across|around|involving|inside)
    |(?:topics|issues|subjects|matters|questions)\s+(?:\w+\s+){0,2}?(?:including|such\s+as|like
        |concerning|regarding)
    |such\s+(?:issues|topics|matters|subjects)\s+as
    |posed\s+by|threatened\s+by|against|versus
    # the state across a border: "the Norwegian border with Russia" (a place, no party)
    |(?:borders?|frontiers?|boundary|boundaries)\s+with)\s+(?:the\s+)?$""",
    regex.IGNORECASE | regex.VERBOSE | regex.REVERSE,
)
# The whole words one of which every _TOPIC_BEFORE match holds (lower case; "build-up": "build").
_TOPIC_BEFORE_LIST = """development developments situation crisis war conflict fighting
    threat threats
    aggression attack attacks invasion tension tensions escalation escalations occupation
    programme programe behaviour behavior activities hostilities violence strike strikes
    sanctions provocation provocations events dynamics attempt attempts coercion claims test
    tests pursuit pursuits ambition ambitions assertiveness expansion build buildup
    militarisation militarization posed threatened against versus fought served combat
    deployed deployment deployments mission missions topics issues subjects matters questions
    border borders frontier frontiers boundary boundaries"""
_TOPIC_BEFORE_WORDS = frozenset(_TOPIC_BEFORE_LIST.split())
_TOPIC_AFTER = regex.compile(
    r"""(?:['’]s?)?\s+(?:\w+\s+)?(?:aggression|threats?|attacks?|invasion|missiles?|regime
    |proxies|militias?|provocations?|occupation|drones?|behaviou?r|hostilities|nuclear\s+program
    |cris[ie]s|conflicts?|war\b|peninsula|tests?\b|pursuits?|ambitions?|assertiveness|expansion
    |build-?up|militari[sz]ation)""",
    regex.IGNORECASE | regex.VERBOSE,
)
# Every word _TOPIC_AFTER can end on holds one of these (as the lower-cased body spells it).
_TOPIC_HINTS = (
    *("aggress", "threat", "attack", "invasi", "missile", "regime", "prox", "militia"),
    *("provoc", "occupation", "drone", "behavio", "hostilit", "nuclear"),
    *("cris", "conflict", "war", "peninsula", "test", "pursuit", "ambition", "assertive"),
    *("expansion", "build", "militari"),
)
_TOPIC_KEYS = _first_three(_TOPIC_HINTS)
_TOPIC_REACH = 40
# The same, searched (lower case) in the reach after a mention once _TOPIC_AFTER matched there
# (the search costs more than the match, which seldom succeeds).
_TOPIC_HINT = regex.compile(r"\L<hints>", hints=list(_TOPIC_HINTS))


_TOPICS_REACH = 300  # how far a topics line runs before the country it names
_TOPICS_LINE = regex.compile(r"[\ \t]*(?i:topics|subjects|tags|keywords)\s*:")
# The letters its word can open on under IGNORECASE (with "ſ" and the Kelvin sign).
_TOPICS_FIRST = frozenset("tTsSkKſ\u212a")
# The last word (or the one before "the") of a topic or venue lead-in: a cheap prefilter.
# An envoy's posting before a country: "ambassador to", "High Commissioner in".
_POSTING_ENDS = tuple(
    f"{office} {word} {the}"
    for office in ("ambassador", "envoy", "commissioner", "attaché", "attache", "consul")
    for word in ("to", "in")
    for the in ("", "the ")
)
_POSTING_LAST = ("to ", "in ", "the ")  # how each of them ends
_LINK_WORDS = frozenset(
    [
        "in",
        "on",
        "of",
        "from",
        "by",
        "against",
        "over",
        "across",
        "around",
        "involving",
        "inside",
        "versus",
        "at",
        "to",
        "into",
        "near",
        "outside",
        "including",
        "as",
        "like",
        "concerning",
        "regarding",
        "with",
    ]
)
_CHAIN_FIRST = frozenset([",", "a", "o"])  # what a _TOPIC_CHAIN match opens on after "\s*"
_TOPIC_CHAIN = regex.compile(r"\s*(?:,|and|or|as\s+well\s+as)\s*(?:and\s+|the\s+)?$")
# The state a gathering of many is held in, as where someone went to attend it ("visited X
# to attend the ASEAN ministers' meeting", "is in X for the regional summit"): a gathering
# named by an acronym or called regional, multilateral, international or global.
_ATTENDED_IN_WORDS = frozenset(["visited", "visiting", "in", "to"])
_ATTENDING = regex.compile(
    r"\s+(?:to\s+(?:attend|take\s+part\s+in|participate\s+in)|for)\s+(?:the\s+|an?\s+)?"
    r"(?=(?:[\w'’+-]+\s+){0,5}?(?:[\w-]*\p{Lu}{2}|(?i:regional|multilateral|international"
    r"|global)\b))"
    r"(?:[\w'’+-]+\s+){0,6}?(?i:meeting|summit|conference|forum|ministerial|retreat|plus)s?\b"
)
_ATTENDING_REACH = 90  # characters after the state's name
# A capital named as where something happens ("in Beijing") is a venue, not a party.
_VENUE_WORDS = frozenset(["in", "at", "to", "from", "into", "near", "outside"])
_VENUE_BEFORE = regex.compile(
    r"\b(?:in|at|to|from|into|near|outside)\s+(?:the\s+)?$", regex.I | regex.REVERSE
)
# "in <Country>'s capital", "at <Country>'s port of <Town>": the country only locates the venue.
_VENUE_OF = regex.compile(
    r"['’]s?\s+(?:(?:northern|southern|eastern|western|central|coastal|northeastern|northwestern"
    r"|southeastern|southwestern)\s+)?(?:capital|city|port|town|province|region|island|coast)\b",
    regex.IGNORECASE,
)
_IN_BEFORE = regex.compile(r"\b(?:in|at)\s+(?:the\s+)?$", regex.IGNORECASE | regex.REVERSE)
# "the capital city of <Capital>", "the port of <City>": the place itself, a venue.
_PLACE_OF_BEFORE = regex.compile(
    r"\b(?:capital|city|port|town)\s+of\s+$", regex.IGNORECASE | regex.REVERSE
)
_PAIR_BEFORE = regex.compile(r"\bbetween\s+(?:the\s+)?$", regex.IGNORECASE | regex.REVERSE)
# A passive or noun event announced for later ("will be held", "will be signed", "upcoming").
_ANNOUNCED = regex.compile(
    r"\b(?:will|would|to)\s+be\s+(?:\w+\s+)??$|\b(?:upcoming|forthcoming|next|inaugural)\s+(?:\w+\s+){0,4}?$",
    regex.IGNORECASE | regex.REVERSE,
)

# A named encounter mentioned in passing ("preparations for the summit", "the implementation
# of this year's committee meeting").
_PASSING = regex.compile(
    r"\b(?:preparations?\s+for|preparing\s+for|implementation\s+of|run-up\s+to"
    r"|ahead\s+of\s+(?:this\s+|next\s+)?\w+['’]s)\s+(?:[\w'’-]+\s+){0,6}?$",
    regex.IGNORECASE | regex.REVERSE,
)

# A meeting with company people only ("met the CEOs of the top defence firms", "a meeting
# with captains of Danish business and industry").
_BUSINESS = regex.compile(
    r"""\s+(?:with\s+)?(?:the\s+|a\s+group\s+of\s+|several\s+|top\s+)?(?:[\w-]+\s+){0,2}?
    (?:CEOs?|chief\s+executives?|executives|business\s+(?:leaders|people|community)|businessmen
    |industrialists|entrepreneurs|investors|industry\s+(?:leaders|captains|representatives
    |executives|chiefs)|captains\s+of\s+(?:[\w-]+\s+){0,3}?(?:industry|business|commerce))\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
# A city as an organiser ("a programme organised by Lima and Quito"): no venue.
_ORGANISER = regex.compile(
    r"\b(?:organi[sz]ed|arranged|sponsored|funded|financed|run)\s+(?:jointly\s+)?by\s+"
    r"(?:the\s+)?(?:\p{Lu}[\w'’.-]*,?\s+){0,4}?(?:and\s+)??$",
    regex.REVERSE,
)
# Where forces go, not where people meet: "discussed the deployment of aircraft at X Air
# Base", "the relocation of troops to Y".
_DEPLOYED_REACH = 120  # characters back from the place: a deployment noun and its clause
_DEPLOYED_AT = regex.compile(
    r"\b(?:deploy(?:ment|ments|ing|ed)|station(?:ing|ed)|relocat(?:ion|ing|ed)|basing"
    # (not across an encounter of the clause: "announced the deployment during a visit to X")
    r"|rotation(?:al)?)\b(?:(?!\b(?:visit|visiting|during|while)\b)[^,;.]){0,100}$"
    # where someone comes from: "students back from the virus-hit city of X"
    r"|\bfrom\s+(?:the\s+)?(?:(?!(?:to|and|or|via)\b)[\w-]+\s+){0,2}(?:city\s+of\s+)?$",
    regex.IGNORECASE,
)


def _deployed_at(body: str, lo: int, place: int) -> bool:
    """Whether the place at ``place`` (in a sentence from ``lo``) is no place of an encounter.

    It is where forces go, or where someone comes from.
    """
    return (
        _may_hold(body[max(lo, place - _DEPLOYED_REACH) : place], _DEPLOYED_WORDS)
        and _DEPLOYED_AT.search(body, max(lo, place - _DEPLOYED_REACH), place, _SERIAL) is not None
    )


# Every _DEPLOYED_AT match holds one of these.
_DEPLOYED_WORDS = ("deploy", "station", "relocat", "basing", "rotation", "from")


# An office of the place's state ("the Defence Minister of Singapore", "the President of
# the Maldives"): the city-state names a side, not a venue.
_OFFICE_OF = regex.compile(
    r"\b(?:\L<heads>)\s+of\s+(?:the\s+)?$",
    heads=list(HEAD_WORDS),
    flags=regex.IGNORECASE | regex.REVERSE,
)


def _in_person(people: tuple[PersonMention, ...], starts: list[int], at: int) -> bool:
    """Whether a mention by name of ``people`` (``starts``: their starts) covers ``at``."""
    i = bisect.bisect_right(starts, at) - 1
    return i >= 0 and people[i].end > at and people[i].form in ("full", "surname")


# Where a wreath was laid or homage paid ("laid a wreath at the National War Memorial"): a
# ceremony's site, not where the talks were.
_HONOURED_AT = regex.compile(
    r"\b(?:wreaths?|homage|tribute|respects?)\s+(?:[\w-]+\s+){0,3}?at\s+(?:the\s+)?\Z",
    regex.IGNORECASE,
)


def _no_venue(body: str, lo: int, place: int, name: str) -> bool:
    """Whether a place named in an encounter's sentence is not where the encounter was.

    It is where forces go, where someone comes from, an airfield a guest landed at, or the
    state of an office.
    """
    return (
        _deployed_at(body, lo, place)
        or _landed(body, lo, place, name)
        or (
            body.find("at ", max(lo, place - 12), place) >= 0
            and _HONOURED_AT.search(body, max(lo, place - 50), place, _SERIAL) is not None
        )
        or (
            (body.startswith("of ", place - 3) or body.startswith("of the ", place - 7))
            and _OFFICE_OF.search(body, max(lo, place - 40), place, _SERIAL) is not None
        )
        or (
            body.startswith("in ", place - 3)
            and _holds_any(body[max(lo, place - 60) : place], _MISSION_WORDS)
            and _mission_seat(body, lo, place)
        )
        or (
            body.startswith("in ", place - 3)
            and _ENVOY_IN.search(body, max(lo, place - 40), place, _SERIAL) is not None
        )
    )


# The invitation a visit's subject was given: "A invited B to (pay an official) visit",
# "A extended an invitation to B to visit" (B named after the match's end).
_INVITED_TO = regex.compile(
    r"\b(?:invit(?:ed|es|ing)(?!\s+by\b)|(?:extended|extends|extending|conveyed|renewed)\s+(?:an?\s+|his\s+"
    r"|her\s+)?(?:\w+\s+)?invitation\s+to)\s+",
    regex.IGNORECASE,
)
# An envoy by the city of their post ("the Ruritanian ambassador in <City>"): no venue.
_ENVOY_IN = regex.compile(
    r"\b(?:ambassadors?|envoys?|attach[ée]s?|consuls?(?:\s+general)?|high\s+commissioners?"
    r"|charg[ée]s?\s+d['’]affaires)\s+in\s+\Z",
    regex.IGNORECASE,
)


# The words of a mission, which ``_MISSION_IN`` needs (a cheap test first).
_MISSION_WORDS = ("mbass", "Commission", "onsulate")
# A diplomatic mission in a city ("at the US Embassy in <City>").
_MISSION_IN = regex.compile(
    r"\b(?P<pre>at|in)\s+(?:the\s+)?(?:\p{Lu}[\w.-]*\s+){0,3}(?:[Ee]mbass(?:y|ies)|High\s+Commission"
    r"|[Cc]onsulate(?:\s+[Gg]eneral)?)\s+in\s+$",
    regex.REVERSE,
)
# An official's post at a mission ("the attaché at the US Embassy in <City>"): the city is
# where the official serves, not a venue.
_POSTED_AT = regex.compile(
    r"\b(?:attach[ée]s?|ambassadors?|officials?|staff|diplomats?|counsell?ors?|officers?)\s+"
    r"(?:at|in)\s+$",
    regex.IGNORECASE | regex.REVERSE,
)


def _mission_seat(body: str, lo: int, place: int) -> bool:
    """Whether the city at ``place`` is only the seat of a mission an official serves at."""
    m = _MISSION_IN.search(body, max(lo, place - 60), place, _SERIAL)
    return (
        m is not None
        and _POSTED_AT.search(body, max(lo, m.start("pre") - 30), m.end("pre") + 1, _SERIAL)
        is not None
    )


# A date of a relation's history, not of an encounter: "have developed ties since the
# establishment of a partnership in 2008" (the phrase from "since" up to the date).
_SINCE_BEFORE = regex.compile(r"\bsince\b[^,;.]{0,80}$", regex.IGNORECASE)
_SINCE_REACH = 90  # characters back from the date: "since", a space, 80 more (the pattern)
# The same for a follow-up: "as a follow-up to the summit in November" (the summit's date).
_FOLLOW_UP_BEFORE = regex.compile(
    r"\b(?:as\s+a\s+|in\s+)follow-?up\s+to\b[^,;.]{0,75}$", regex.IGNORECASE
)


def _history(
    body: str, lo: int, date: DateMention, cues: list[tuple[int, int, str, bool, bool]]
) -> bool:
    """Whether ``date`` closes a "since …" phrase that holds no cue of its sentence.

    "have developed ties since the establishment of a partnership in 2008": a date of the
    relation's history; "since the chief's visit to Lima in October" dates that visit.
    """
    m = _SINCE_BEFORE.search(body, max(lo, date.start - _SINCE_REACH), date.start, _SERIAL)
    return m is not None and not any(m.start() <= c[0] < date.start for c in cues)


# "signed in 1995", "signed back in 2004": a bare year (no month or day after it).
# (perhaps after who signed: "signed between the two sides in 2016", "signed by them in 2016")
_SIGNED_IN_YEAR = regex.compile(
    r"\s+(?:(?:between|by)\s+[^,.;:\d]{1,40}?\s+)?(?:back\s+)?in\s+(?P<year>1[89]\d\d|20\d\d)\b"
    r"(?![-–/]|\s+\d)"
)


def _signed_years_ago(
    body: str, cue: tuple[int, int, str, bool, bool], hi: int, published: dt.date
) -> bool:
    """Whether a signing cue is dated by a bare year before the publication's.

    Or, after a document's name, by a month of an earlier year: "the memorandum on
    defence cooperation signed in October 2010" is the document's history; and "since the
    signing of the accord" always is (a signing that measures the time since).
    """
    if cue[2] != "signing":
        return False
    if body.endswith(_SINCE_THE, max(0, cue[0] - 10), cue[0]):
        return True
    m = _SIGNED_IN_YEAR.match(body, cue[1], hi, _SERIAL)
    if m is None:
        m = _SIGNED_IN_MONTH.match(body, cue[1], hi, _SERIAL)
        if m is None or not _AFTER_A_NOUN.search(body, max(0, cue[0] - 30), cue[0], _SERIAL):
            return False
    return int(m.group("year")) < published.year


_SIGNED_IN_MONTH = regex.compile(
    r"\s+(?:back\s+)?in\s+(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December),?\s+(?P<year>1[89]\d\d|20\d\d)\b"
)
_SINCE_THE = ("since the ", "Since the ")
# A participle after a noun ("cooperation signed in"), not a verb after its subject or an
# auxiliary ("they signed", "was signed", "jointly signed").
_AFTER_A_NOUN = regex.compile(
    r"\b(?!(?:was|were|is|are|been|be|being|have|has|had|they|who|and|jointly|also|then"
    r"|formally|officially|later|first)\s+\Z)\p{Ll}[\p{Ll}-]+\s+\Z"
)


# Where a report was made, not where its encounter was ("media reported in <city>").
_REPORTED_IN = regex.compile(
    r"\b(?:reported|reports|said|says|told|announced|stated|wrote|quoted|briefed)\s+"
    r"(?:\w+\s+)?(?:in|from)\s+$",
    regex.IGNORECASE | regex.REVERSE,
)
_REPORTED_WORDS = (
    *("report", "said", "says", "told", "announced", "stated", "wrote", "quoted"),
    *("briefed",),
)


def _reported_in(body: str, lo: int, hi: int) -> bool:
    """Whether ``_REPORTED_IN`` matches in ``body[lo:hi]`` (its words looked for first)."""
    return _may_hold(body[lo:hi], _REPORTED_WORDS) and bool(
        _REPORTED_IN.search(body, lo, hi, _SERIAL)
    )


# "in <Town>, " before a country's name: a place name of up to four capitalised words (with
# short lower-case particles: "Dar es Salaam", "Rio de Janeiro").
_TOWN_BEFORE = regex.compile(
    r"\b(?:in|at)\s+(?P<town>\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}'’.-]*){0,3})"
    r",\s*$",
    regex.REVERSE,
)


# "at <Name> Barracks": a named military site as the venue.
# "in <Name>'s hometown of <Town>", "in the port city of <Town>", "in <Country>'s <Town>
# city": the town named.
_BASE_VENUE = regex.compile(
    r"\b(?:[Aa]t|[Ii]n)\s+(?:the\s+)?(?:(?P<base>(?:\p{Lu}[\w'’.-]*\s+){1,4}(?:Barracks|Base|Camp"
    r"|Garrison|Cantonment|Air\s+Station|Naval\s+Station))\b"
    r"|(?:\p{Lu}[\w.-]*['’]s?\s+|\p{L}+\s+){0,2}?(?:hometown|home\s+town|birthplace|city|town"
    r"|port|village|capital)\s+of\s+(?P<base>\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)?)"
    # "in <Country>'s <Town> city"
    r"|\p{Lu}[\w.-]*['’]s\s+(?P<base>\p{Lu}\p{Ll}[\p{L}'’-]*)\s+(?:city|town)\b)"
)


# The town a headquarters stands in, right after it: "at the General Headquarters in
# <Town>", "at the Ministry of Defence headquarters, <Town>." (one or two capitalised
# words that end the clause; not a day, a month or a country).
_SITE_TOWN = regex.compile(
    r"(?:,\s*|\s+in\s+)(?P<town>(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
    r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{Ll}*\b)\p{Lu}\p{Ll}+(?:\ \p{Lu}\p{Ll}+)?)"
    r"(?=[,.;:]|\s+(?:on|in|to|where|and|for|last|this|with)\b|\s*$)"
)
# A headquarters written in small letters after the office it seats, the venue of a visit or
# a meeting: "at the Army headquarters".
_SITE_LOWER = regex.compile(
    r"\b(?:at|visited)\s+the\s+(?:\p{Lu}\p{L}*\s+(?:of\s+)?){1,4}headquarters"
)
# The part of a country that follows a town's comma: "<Town>, southeastern <Country>".
_COMPASS_ENDS = ("ern ", "central ", "ern \n", "central \n")
_COMPASS_BEFORE = regex.compile(
    r",\ (?:(?:(?:north|south)(?:east|west)?|east|west)ern|central)\ $", regex.REVERSE
)
# The town a trip goes to for an encounter: "left on Thursday for <Town> to attend".
_TRIP_TOWN = regex.compile(
    r"\b(?:left|leaves|leaving|departed|departs|flew|flies|travell?ed|travels|headed|heads)"
    r"\s+(?:(?:on\s+|this\s+|last\s+)?\p{Lu}\p{Ll}+day\s+|\p{Ll}+\s+)?for\s+"
    r"(?P<town>\p{Lu}\p{Ll}+(?:\ \p{Lu}\p{Ll}+)?)\s+to\s+attend\b"
)
_TOWN_REACH = 250
_FRONTED_REACH = 40  # how far into its sentence a town is read as the sentence's frame


# Words that every match of the rarer tests of a cue holds (as the lower-cased body spells
# them): a test runs only in a sentence that has one of its words.
class _Hints:
    """Whether the stretch ``low[lo:hi]`` (a sentence) has a word of a group, on first demand.

    ``words``: the stretch's words (``_stretch_words``), looked up in ``_HINT_KEYS``; else
    (an article whose words are not read) the strings of ``_HINT_WORDS`` are sought in the
    stretch of an article that has one (``article``: the hints of the whole ``low``).
    """

    def __init__(
        self,
        low: str | None,
        lo: int = 0,
        hi: int | None = None,
        article: _Hints | None = None,
        words: set[str] | None = None,
    ) -> None:
        self.low, self.lo, self.article, self.words = low, lo, article, words
        self.hi = len(low or "") if hi is None else hi
        self.known: dict[str, bool] = {}

    def __contains__(self, group: object) -> bool:
        if not isinstance(group, str):
            return False
        known = self.known.get(group)
        if known is None:
            low, article = self.low, self.article
            if self.words is not None:
                known = not _HINT_KEYS[group].isdisjoint(self.words)
            elif group not in _HINT_GROUPS:
                known = True
            else:
                known = low is None or (
                    (article is None or group in article)
                    and any(low.find(w, self.lo, self.hi) >= 0 for w in _HINT_GROUPS[group])
                )
            self.known[group] = known
        return known


_SEEK_NEAR = 32  # how many words ``_seek`` bisects at once before it gallops


def _seek(words: tuple[tuple[int, str], ...], pos: int, start: int = 0) -> int:
    """``bisect.bisect_left(words, (pos,))``, when every word before ``start`` opens before ``pos``.

    A search near the last one reads a few nearby words first, not the whole document's
    (a bisection of a long document's words misses the cache); past them, twice as many
    each time (a gallop), then one bisection of the last stretch read.
    """
    n = len(words)
    end, step = start + _SEEK_NEAR, _SEEK_NEAR
    while end < n and words[end][0] < pos:
        # (every word up to ``end`` opens before: the answer lies past it)
        start, step = end + 1, step * 2
        end = start + step
    return bisect.bisect_left(words, (pos,), start, min(end, n))  # (at ``end`` at most)


def _stretch_words(
    words: tuple[tuple[int, str], ...], lo: int, hi: int, i: int | None = None
) -> set[str]:
    """The words of ``low[lo:hi]`` (``words``: ``Text.words`` of ``low``).

    ``i``, if known, is the first word that opens at or after ``lo``. A word cut by ``lo``
    or ``hi`` is in it as cut (as a pattern run on the stretch sees it), one cut by ``hi``
    only whole too.
    """
    if i is None:
        i = bisect.bisect_left(words, (lo,))  # (no search before to start from)
    j = _seek(words, hi, i)
    out = set(map(_WORD_OF, words[i:j]))
    out.update(_cut_ends(words, lo, hi, i, j))
    return out


def _cut_ends(words: tuple[tuple[int, str], ...], lo: int, hi: int, i: int, j: int) -> list[str]:
    """The words cut by ``lo`` or ``hi``, as cut (``words[i:j]`` are those whole inside).

    The word before ``words[i]`` and the last of ``words[:j]``, each where it reaches into
    the stretch and past one of its ends.
    """
    out = []
    for k in (i - 1, j - 1):
        if k >= 0:
            at, word = words[k]
            if at < hi and at + len(word) > lo and (at < lo or at + len(word) > hi):
                out.append(word[max(0, lo - at) : hi - at])
    return out


def _stretch_holds(
    words: tuple[tuple[int, str], ...], lo: int, hi: int, keys: frozenset[str]
) -> bool:
    """``not keys.isdisjoint(_stretch_words(words, lo, hi))``, read without a set of the words."""
    i = bisect.bisect_left(words, (lo,))  # (no search before to start from)
    j = _seek(words, hi, i)
    if not keys.isdisjoint(map(_WORD_OF, words[i:j])):
        return True
    return not keys.isdisjoint(_cut_ends(words, lo, hi, i, j))


_HINT_WORDS = {
    "speculative": ("possible", "envis", "propos", "prospective", "potential", "mooted", "arrang"),
    "speculative2": ("invit", "scheduled", "planned", "agree", "decide"),
    "passing": ("prepar", "implementation", "run-up", "ahead"),
    "absent": ("greetings", "wishes", "regards", "message", "letter", "condolences"),
    "absent2": ("congratulations", "behalf", "issued", "released", "according", "late"),
    "absent3": ("tribute", "respect", "homage", "gratitude", "thank", "appreciation"),
    "absent4": ("son of", "daughter of", "wife of", "husband of", "widow of", "brother of"),
    "absent5": ("sister of", "father of", "mother of"),
    "business": ("ceo", "chief executive", "executives", "businessm", "business leader"),
    "business2": ("business people", "business community", "industrialist", "entrepreneur"),
    "business3": ("investor", "industry leader", "industry captain", "industry representative"),
    "business4": ("industry executive", "industry chief", "captains of"),
    "town": ("barracks", "base", "camp", "garrison", "cantonment", "station", "birthplace"),
    "town2": ("city of", "town of", "port of", "village of", "capital of"),
    "venue": ("venue", "location", "host city", "candidate"),
    "organiser": ("organi", "arranged", "sponsored", "funded", "financed", "run by", "run jointly"),
    "distributive": ("bilateral", "separate", "individual", "one-on-one", "one-to-one"),
    "distributive2": ("several", "various", "multiple", "numerous", "number of", "series of"),
    "distributive3": ("string of", "round of"),
}
# (a group's words run on over numbered keys, "town2", to keep the lines short)
_HINT_GROUPS = {
    group: tuple(
        w for key, words in _HINT_WORDS.items() if key.rstrip("2345") == group for w in words
    )
    for group in {key.rstrip("2345") for key in _HINT_WORDS}
}

# The words (whole, as ``Text.words`` gives them) of which every match of a group's test holds
# one, read off each pattern: the keyword a match starts or ends on is a whole word there (a
# ``\b`` or a space on each side), so a sentence without one cannot match. (Exact where the
# lower-cased body spells every letter IGNORECASE matches: see ``word_hints``.)
_HINT_KEYS = {
    group: frozenset(words.split())
    for group, words in {
        # _SPECULATIVE
        "speculative": "possible envisioned envisaged proposed prospective potential mooted"
        " arranging arrange invited invites inviting scheduled planned agreed agree agrees"
        " decided decide decides",
        # _PASSING ("run-up": "run")
        "passing": "preparation preparations preparing implementation run ahead",
        # _ABSENT_BEFORE, "on behalf" too
        "absent": "greetings wishes regards message letter condolences congratulations behalf"
        " issued released according late tribute respect respects homage gratitude thanks"
        " thanked thanking appreciation son daughter wife husband widow brother sister father"
        " mother",
        # _BUSINESS ("chief executive": "executive")
        "business": "ceo ceos executive executives business businessmen industrialists"
        " entrepreneurs investors industry captains",
        # _BASE_VENUE ("Air Station": "station", "home town": "town")
        "town": "barracks base camp garrison cantonment station hometown town birthplace city"
        " port village capital",
        # _VENUE_TALK ("host city": "host")
        "venue": "venue host candidate candidates",
        # _ORGANISER
        "organiser": "organised organized arranged sponsored funded financed run",
        # _DISTRIBUTIVE ("one-on-one": "one", "a number of": "number")
        "distributive": "bilateral individual one separate separately several various multiple"
        " numerous number series string round",
        # The groups below have no strings in _HINT_WORDS (every stretch passes there).
        # _AHEAD: "ahead of", "prior to", "run-up" too
        "ahead": "ahead before prior run",
        # _RELATION: "on the heels of" too
        "relation": "before after ahead heels",
        # _BOTH
        "both": "both two",
        # _JOINT: "all three", "three-way", "the trio", "each other" too
        "joint": "together jointly joint trilateral trilaterally quadrilateral multilateral three"
        " four trio other",
        # _DELEGATION_LED
        "led": "led headed",
        # _FACILITY
        "facility": "academy academies base bases unit units regiment headquarters shipyard"
        " dockyard facility facilities plant factory college school university museum memorial"
        " cemetery ship frigate carrier submarine squadron brigade division battalion garrison"
        " camp station yard site command centre center institute exhibition expo troops soldiers"
        " sailors contingent",
        # _ANNOUNCED: "will be", "to be" too
        "announced": "be upcoming forthcoming next inaugural",
        # _LOOK_FORWARD
        "look": "look looks looking looked",
        # _COUNTERPARTS, _THEIR_COUNTERPARTS
        "counterparts": "counterparts",
        # _TIME_FRAME
        "since": "since",
        # _SEPARATE ("one-on-one": "one", "each of": "each", "in turn": "turn")
        "separate": "separate separately individual individually respectively one each turn"
        " bilateral",
    }.items()
}
# Each word of ``_HINT_KEYS`` with its groups, and all of them.
_HINT_OF: dict[str, frozenset[str]] = {
    w: frozenset(g for g, keys in _HINT_KEYS.items() if w in keys)
    for w in frozenset().union(*_HINT_KEYS.values())
}
_HINT_ALL = frozenset(_HINT_OF)


def _hint_groups(words: Iterable[str]) -> frozenset[str]:
    """The groups of ``_HINT_KEYS`` that have a word in ``words``."""
    found = _HINT_ALL.intersection(words)
    if not found:
        return frozenset()
    return frozenset().union(*map(_HINT_OF.__getitem__, found))


def _stretch_hints(words: tuple[tuple[int, str], ...], lo: int, hi: int, i: int) -> frozenset[str]:
    """``_hint_groups(_stretch_words(words, lo, hi, i))``, read without a set of the words."""
    j = _seek(words, hi, i)
    found = _HINT_ALL.intersection(map(_WORD_OF, words[i:j]))
    # (``_cut_ends``, inlined: the words cut by ``lo`` or ``hi``, as cut)
    for k in (i - 1, j - 1):
        if k >= 0:
            at, word = words[k]
            if at < hi and at + len(word) > lo and (at < lo or at + len(word) > hi):
                cut = word[max(0, lo - at) : hi - at]
                if cut in _HINT_ALL:
                    found = found | {cut}
    if not found:
        return frozenset()
    return frozenset().union(*map(_HINT_OF.__getitem__, found))


def _towns(
    body: str, countries: list[CountryMention], lo: int, hi: int, bases: bool
) -> list[tuple[int, int]]:
    """The spans of the towns ("in <Town>, <Country>") and bases named in ``[lo, hi)``, sorted."""
    out = [f.span("base") for f in _guard.finditer(_BASE_VENUE, body, lo, hi)] if bases else []
    if body.find(" to attend ", lo, hi) >= 0:
        # "left on Thursday for <Town> to attend the meeting": where the trip goes
        country_at = {c.start for c in countries}
        out.extend(
            t.span("town")
            for t in _guard.finditer(_TRIP_TOWN, body, lo, hi)
            if t.start("town") not in country_at
        )
    starts: list[int] | None = None  # (once a town is read)
    for cm in countries:
        if cm.form != "name":
            continue
        comma = cm.start
        if body[max(lo, cm.start - 2) : cm.start] != ", ":
            # "in <Town>, southeastern <Country>": a part of the country between
            # (every _COMPASS_BEFORE match ends on "ern " or "central ", at the stretch's
            # end or before a newline that ends it: ``$``)
            part = (
                _COMPASS_BEFORE.search(body, max(lo, cm.start - 24), cm.start, _SERIAL)
                if body.endswith(_COMPASS_ENDS, max(lo, cm.start - 24), cm.start)
                else None
            )
            if part is None:
                continue
            comma = part.start() + 2
        m = _TOWN_BEFORE.search(body, max(lo, comma - 60), comma, _SERIAL)
        if m is None or _reported_in(body, max(lo, m.start() - 30), m.start("town")):
            continue
        t0, t1 = m.span("town")
        if starts is None:
            starts = list(map(_START, countries))
        k = bisect.bisect_left(starts, t0)
        if k < len(countries) and countries[k].start < t1:
            continue  # a country named before the comma
        out.append((t0, t1))
    return sorted(out)


def _site_town(
    body: str, at: int, hi: int, countries: list[CountryMention]
) -> tuple[int, int] | None:
    """The span of the town right after a headquarters that ends at ``at``, if one is named."""
    m = _SITE_TOWN.match(body, at, min(hi, at + 40), _SERIAL)
    if m is None or any(c.start == m.start("town") for c in countries):
        return None
    return m.span("town")


def _nearest_town(
    towns: list[tuple[int, int]], starts: list[int], lo: int, hi: int, at: int
) -> tuple[int, int] | None:
    """The town of ``towns`` inside ``[lo, hi)`` and near ``at`` that is nearest to it."""
    lo, hi = max(lo, at - _TOWN_REACH), min(hi, at + _TOWN_REACH)
    best: tuple[int, int] | None = None
    for t0, t1 in towns[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]:
        if t1 <= hi and (best is None or abs(t0 - at) < abs(best[0] - at)):
            best = (t0, t1)
    return best


# A sentence about a candidate venue ("as a strong candidate for the venue of the talks").
_VENUE_TALK = regex.compile(
    r"\b(?:candidates?\s+(?:for\s+|as\s+)?(?:the\s+)?(?:venue|location|host)"
    r"|(?:possible|potential|likely|proposed|candidate)\s+(?:\w+\s+)?(?:venue|host\s+city)"
    r"|venue\s+(?:for|of)\s+the)\b",
    regex.IGNORECASE,
)
# What ends the reach of a cue only thought of ("possible trip to X for talks with Y").
_SPEC_CUT = regex.compile(r"[,;:]|\b(?:and|but|while|after|since)\b", regex.IGNORECASE)
# An encounter not yet held, only thought of ("possible trip", "the envisioned meeting").
_SPECULATIVE = regex.compile(
    r"\b(?:possible|envisioned|envisaged|proposed|prospective|potential|mooted|arranging"
    r"|arrange|invited|invites|inviting|scheduled|planned"
    r"|(?:agreed|agree|agrees|decided|decide|decides)\s+to\s+(?:hold|resume|convene))"
    r"\s+(?:[\w'’-]+\s+){0,3}?$",
    regex.IGNORECASE | regex.REVERSE,
)
# An encounter agreed on right before its cue: "agreed to meet again", "decided to visit"
# (the agreeing is told; the encounter is to come). Its words are _SPECULATIVE's hints.
_AGREED_TO = regex.compile(
    r"\b(?:agreed|agree|agrees|decided|decide|decides)\s+to\s+(?:also\s+|again\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)

_KINDS = {
    "callmod": _CALL,
    "call": _CALL,
    "host": _TALKS,
    "dialogue": _DIALOGUE,
    "summit": _SUMMIT,
    "signing": _SIGNING,
    "visit": _VISIT,
    "talks": _TALKS,
    "frame": _OTHER,
    "attend": _OTHER,
    "joint": _TALKS,
}


@attrs.define
class _Draft:
    """A meeting being assembled (mutable only inside this stage)."""

    kind: MeetingKind
    status: MeetingStatus
    anaphoric: bool
    people: list[int] = attrs.field(factory=list)
    countries: list[Country] = attrs.field(factory=list)
    location: str | None = None
    date: dt.date | None = None
    window: tuple[dt.date, dt.date] | None = None
    # An ordered set (dict keys): merging many mentions into one draft stays linear.
    sentences: dict[tuple[int, int], None] = attrs.field(factory=dict)
    # (start, end, role): made into ``Span`` records once, for the spans a record keeps
    spans: list[tuple[int, int, str]] = attrs.field(factory=list)
    headline: bool = False
    # people who only "also took part" (read after the record's own sentences)
    joined: list[int] = attrs.field(factory=list)
    # the names of the standing body whose session it is, as its cues spell them (lower case)
    bodies: set[str] = attrs.field(factory=set)


# Every cue holds one of these words; the full pattern is tried only at them and at the
# lead words shortly before them ("held" in "held bilateral talks", "via" in "via video link").
_CUE_HEADS = regex.compile(
    r"\b(?:\L<heads>|met\b|trip\b|tour\b|told\b|2\s*\+\s*2|(?:was|were|is|are)\s+in\b)",
    heads=[
        "talk",
        "meet",
        "call",
        "phon",
        "teleph",
        "telecon",
        "video",
        "virtual",
        "dialogue",
        "consult",
        "summit",
        "sign",
        "ink",
        "visit",
        "arriv",
        "travel",
        "head",
        "come",
        "coming",
        "host",
        "receiv",
        "welcom",
        "delegation",
        "ministerial",
        "commission",
        "committee",
        "group",
        "discussion",
        "intersessional",
        "inter-sessional",
        "session",
        "particip",
        "spoke",
        "speak",
        "conferred",
        "paid",
        "pay",
        "sat",
        "gathered",
        "convened",
        "agreed",
        "reaffirmed",
        "pledged",
        "vowed",
        "exchanged",
        "reviewed",
        "announced",
        "revealed",
        "unveiled",
        "stressed",
        "underlined",
    ],
)
# The same read off the shared word list: a word that starts with a head, a whole word, or
# a word that opens a longer head ("2 + 2", "was in", "inter-sessional").
_HEAD_WORDS = tuple(sorted(_CUE_HEADS.named_lists["heads"]))
_HEAD_PREFIXES = frozenset(h[:3] for h in _HEAD_WORDS)
# The heads by their first three letters: a word starts with a head (of three letters or
# more, as each is) only with one of those that open on its own first three.
_HEADS_BY_PREFIX = {p: tuple(h for h in _HEAD_WORDS if h[:3] == p) for p in _HEAD_PREFIXES}
_HEAD_WHOLE = frozenset(["met", "trip", "tour", "told", "discussed"])
_HEAD_MORE = frozenset(["2", "was", "were", "is", "are", "inter"])
# The first three letters of every word the loop in ``_heads`` can keep.
_HEAD_KEYS = _HEAD_PREFIXES | {w[:3] for w in _HEAD_WHOLE | _HEAD_MORE}
_THREE = slice(0, 3)
_CUE_HEAD_TAIL = regex.compile(r"2\s*\+\s*2|(?:was|were|is|are)\s+in\b|inter-sessional")
_HEAD_THEN = {"2": "2", "inter": "sessional"}  # the start of the word after (else "in" itself)
_CUE_LEADS = frozenset(
    [
        "via",
        "by",
        "over",
        "through",
        "held",
        "hold",
        "holds",
        "holding",
        "had",
        "has",
        "have",
        "made",
        "received",
        "receives",
        "security",
        "military",
        "consultative",
        "defence",
        "defense",
        "joint",
        "inter",
        "intergovernmental",
        "policy",
        "paid",
        "pay",
        "pays",
        "paying",
        "spoke",
        "spoken",
        "talked",
        "speaks",
        "speak",
        "talk",
        "talks",
        "conferred",
        "sat",
        "in",
        "during",
    ]
)
_CUE_REACH = 40
# Lead words that start a cue only before one of these words ("defence ministerial",
# "security consultative meeting"), and heads that start none ("held discussions", "policy
# group", "joint committee"): the cue pattern is not tried there.
_LEAD_THEN = {
    "defence": ("policy", "ministerial"),
    "defense": ("policy", "ministerial"),
    "security": ("consultative", "committee"),
    "military": ("consultative", "committee"),
    "in": ("a", "an"),
    "during": ("a", "an"),
}
_NEVER_FIRST = ("discussion", "group", "committee")
# How far back from a cue "look forward to" is sought (it governs six words at most).
_LOOK_REACH = 300


def _heads(low: str, words: tuple[tuple[int, str], ...]) -> list[int]:
    """Where ``_CUE_HEADS`` matches in ``low``, read off its words (``Text.words``).

    As indexes into ``words``.
    """
    out: list[int] = []
    reach = 0
    # C-level maps keep the few words whose first three letters may open a head (the
    # test the loop reads first); the loop reads only those.
    firsts = map(operator.getitem, map(_WORD_OF, words), repeat(_THREE))
    for i in itertools.compress(itertools.count(), map(_HEAD_KEYS.__contains__, firsts)):
        at, word = words[i]
        if at < reach:
            continue
        heads = _HEADS_BY_PREFIX.get(word[:3])
        if (heads is not None and word.startswith(heads)) or word in _HEAD_WHOLE:
            out.append(i)
        elif word in _HEAD_MORE:
            # the tail's next word: "in", a "2", "sessional" (a cheap test before the match)
            then = words[i + 1][1] if i + 1 < len(words) else ""
            if then != "in" and not then.startswith(_HEAD_THEN.get(word, "in")):
                continue
            tail = _CUE_HEAD_TAIL.match(low, at)
            if tail is not None:
                out.append(i)
                reach = tail.end()
    return out


def _last_start(pattern: regex.Pattern[str], body: str, lo: int, hi: int, present: bool) -> int:
    """Where the last match of ``pattern`` in ``body[lo:hi]`` starts; -1 for none.

    ``present`` is a cheap exact test (a keyword every match holds is a word of the
    sentence): without it the scan is skipped.
    """
    if not present:
        return -1
    return max((m.start() for m in _guard.finditer(pattern, body, lo, hi)), default=-1)


def _all_cues(text: Text) -> list[regex.Match[str]]:
    """Every cue match in the body, as one ``finditer`` would give them, tried near heads."""
    body = text.text
    low = text.lower
    if low is None:
        return list(_guard.finditer(_CUE_ANY_CASE, body))
    out: list[regex.Match[str]] = []
    done = 0
    words = text.words
    for i in _heads(low, words):
        at = words[i][0]
        if at < done:
            continue
        # The words starting in [max(done, at - reach), at], as ``(?<![\w-])\w+`` finds
        # them: not after a hyphen (a word of ``Text.words`` never follows a word character).
        reach = max(done, at - _CUE_REACH)
        # (at most one word opens per character: none before i - (at - reach) - 1 is there;
        # a bounded search reads a few nearby words, not the whole document's)
        first = bisect.bisect_left(words, (reach,), max(0, i - (at - reach) - 1), i)
        if first < i and _CUE_LEADS.isdisjoint(map(_WORD_OF, words[first:i])):
            first = i  # (the loop skips every word before the head that is no lead: exact)
        for k in range(first, i + 1):
            ws, word = words[k]
            if ws != at:
                if word not in _CUE_LEADS:
                    continue
                then = _LEAD_THEN.get(word)
                if then is not None and words[k + 1][1] not in then:
                    continue  # (k < i: a next word is there)
            elif word.startswith(_NEVER_FIRST):
                continue
            if ws and low[ws - 1] == "-":
                continue
            # (the branches that can open on its first character: the same match; for a
            # head that is a cue alone, its own pattern)
            cue = (_LONE_CUES.get(word) if ws == at else None) or _CUE_BY_FIRST.get(low[ws], _CUE)
            m = None if cue is None else cue.match(low, ws)
            if m is not None and m.end() > at:
                out.append(m)
                done = m.end()
                break
    return out


# A body one works within, by its name: "within the framework of the ASEAN Defence Ministers'
# Meeting-Plus", "as Chair of the Joint Commission".
_INSTITUTION_BEFORE = regex.compile(
    r"\b(?:framework|ambit|auspices|format|chair|chairmanship|member|members)\s+of\s+(?:the\s+)?"
    r"(?:\p{Lu}[\w'’.+-]*\s+){0,6}$",
    regex.IGNORECASE,
)


_INSTITUTION_WORDS = ("framework", "ambit", "auspices", "format", "chair", "member")


def _no_institutions(body: str, found: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """``found`` less the capitalised cues that end the name of a body one works within."""
    return [
        m
        for m in found
        if not (
            body[m.start()].isupper()
            and _may_hold(body[max(0, m.start() - 90) : m.start()], _INSTITUTION_WORDS)
            and _INSTITUTION_BEFORE.search(body, max(0, m.start() - 90), m.start(), _SERIAL)
        )
    ]


# An encounter spoken of for what it brings: "The signing of the accords will further
# strengthen ties", "This visit would boost cooperation".
_EFFECT_AFTER = regex.compile(
    r"""(?:\s+of\s+[^.,;:!?\n]{1,60}?)?\s+(?:will|would|is\s+expected\s+to|should|shall|can|could)
    \s+(?:further\s+|also\s+|greatly\s+|certainly\s+|surely\s+|significantly\s+)?
    (?:strengthen|boost|enhance|deepen|consolidate|contribute|help|pave|bring|elevate|add
    |reinforce|cement|promote|benefit|open\s+(?:a\s+)?new|mark|serve|give\s+(?:a\s+)?(?:new\s+)?(?:impetus
    |momentum|fillip|boost))\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
_EFFECT_BEFORE = regex.compile(
    r"(?:\A|[.!?]\s+|\n)[\"“‘']?(?:The|This|These|Such)\s+(?:\w+\s+){0,2}?\Z"
)


def _no_effects(body: str, found: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """``found`` less each cue that opens a sentence as the subject of what it will bring."""
    if "will" not in body and "would" not in body and "expected" not in body:
        return found
    # (every _EFFECT_BEFORE match holds "Th" or "Such", as it spells them)
    return [
        m
        for m in found
        if not (
            (
                body.find("Th", max(0, m.start() - 40), m.start()) >= 0
                or body.find("Such", max(0, m.start() - 40), m.start()) >= 0
            )
            and _EFFECT_BEFORE.search(body, max(0, m.start() - 40), m.start(), _SERIAL)
            and _EFFECT_AFTER.match(body, m.end(), min(len(body), m.end() + 120), _SERIAL)
        )
    ]


def _weak_cues_alone(text: Text, found: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """``found`` less each "discussed" in a sentence that holds another cue.

    "A and B discussed X in Baku" tells of talks; in "A and B discussed X during a phone
    call" or "A met B and discussed X" the other cue tells what the encounter was.
    """
    weak = [m.group().lower() == "discussed" for m in found]
    if not any(weak):
        return found
    sentences = [text.sentence_index(m.start()) for m in found]
    other = {s for s, w in zip(sentences, weak, strict=True) if not w}
    return [m for m, s, w in zip(found, sentences, weak, strict=True) if not (w and s in other)]


def _cues(
    body: str,
    low: str | None,
    found: list[regex.Match[str]],
    lo: int,
    hi: int,
    people: list[PersonMention],
    hints: Container[str],
    befores: dict[tuple[str, bool], tuple[bool, bool]] | None = None,
    words: tuple[tuple[int, str], ...] | None = None,
    actors: tuple[Actor, ...] = (),
) -> list[tuple[int, int, str, bool, bool]]:
    """The meeting cues of one sentence: (start, end, kind, points_back, is_frame).

    ``befores``: a memo of ``_back_or_frame`` a caller keeps for one text; ``words``: the
    body's words where they are read (see ``_last_word``); ``actors``: the mentions'
    actors, whose countries tell two sides apart (see ``_joint_subject``).
    """
    if befores is None:
        befores = {}
    out: list[tuple[int, int, str, bool, bool]] = []
    people_at = list(map(_START, people))
    led_last: int | None = None  # start of the sentence's last "led"/"headed", once needed
    for m in found:
        # The kinds are the cue pattern's only groups, one per branch: the last one is it.
        kind = m.lastgroup or next(k for k in _KINDS if m.group(k))
        ms, me = m.span()
        word = m.group()
        before = body[max(lo, ms - 60) : ms]
        after = body[me : min(hi, me + 60)]
        if (
            "no" in before
            or "n't" in before
            or "never" in before
            or "cancel" in before
            or "postponed" in before
            or "called" in before
        ) and _NEGATED.search(before):
            continue
        if (
            kind == "talks"
            and word.startswith("meet")
            and _may_start(
                after.lower() if low is None else low[me : min(hi, me + 60)],
                _NOT_AN_ENCOUNTER_WORDS,
                keys=_NOT_AN_ENCOUNTER_KEYS,
            )
            and _NOT_AN_ENCOUNTER.match(after)
        ):
            continue
        if (
            kind == "talks"
            and (word == "told" or word.startswith("spoke "))
            and (not _TOLD_AFTER.match(after) or _TOLD_MEDIA.match(after))
        ):
            continue  # "told reporters", "spoke to Reuters": no one met
        if (
            kind == "signing"
            and word == "signed"
            and _SIGNED_NOUN.match(after)
            and _SIGNED_ADJ_BEFORE.search(before[-30:])
        ):
            continue  # "all signed agreements": a document's state, no signing told
        if (
            kind == "talks"
            and word[:4] in ("call", "Call")
            and (_APPEAL_BEFORE.search(before) or _APPEAL_AFTER.match(after))
        ):
            continue  # "with a call on the states to act", "called on partners to invest"
        if kind == "signing" and word == "signs" and after.startswith(" of"):
            continue
        joint = kind == "joint"
        if joint:
            if not _joint_subject(body, lo, ms, people, people_at, actors):
                continue  # "the two sides agreed": no encounter told by the verb alone
            kind = "talks"
        if kind == "attend" and not _EVENT_AFTER.match(after):
            continue  # "will participate in <Host> Week": an event by its name only
        if (
            kind == "visit"
            and (" by " in after[:4] or " of " in after[:4])
            and _BY_VESSELS.match(after)
        ):
            continue  # "the visit by navy ships": a port call, no one's encounter
        if (
            (kind == "dialogue" or (kind == "talks" and word == "talks"))
            and _may_hold(before, _KEPT_UP_WORDS)
            and _KEPT_UP.search(before)
        ):
            continue  # "agreed to maintain consultations": a practice kept up, no encounter
        if (
            word == "visiting"
            and _ADJECTIVE_BEFORE.search(before)
            and _PERSON_NOUN_AFTER.match(after)
        ):
            continue  # "the visiting dignitary": a guest named, no encounter of its own
        if kind == "dialogue" and word[:1] == "2" and _MECHANISM.match(after):
            continue  # "the 2+2 Mechanism for Policy Consultation": a format by its name
        if word == "session" and not _SESSION_OF.match(after):
            continue  # a session of a body of two named parties only ("the A-B commission")
        if (
            kind == "visit"
            and word[0] in "wiahtc"
            and not word.startswith(("visit", "arriv", "trip", "tour"))
            and not _CAPITAL_AFTER.match(after)
        ):
            continue
        if kind == "frame":
            if led_last is None:
                if words is None or "led" not in hints:
                    led_last = _last_start(_DELEGATION_LED, body, lo, hi, "led" in hints)
                else:  # (the last "led" or "headed", a whole word or one cut by ``hi``)
                    led = _last_word(body, words, lo, hi, _LED_WORDS, spelt=False)
                    led_last = -1 if led is None else led[0]
            if led_last < max(lo, ms - 30):
                continue
        if kind == "host" and not _guest_after(body, me, hi, people, people_at):
            continue
        if (
            kind == "talks"
            and word[:1] in "gcGC"
            and word.lower() in ("gathered", "convened")
            and bisect.bisect_left(people_at, ms) - bisect.bisect_left(people_at, lo) < 2
        ):
            continue  # "A, B and C gathered in <city>": officials gathering, not data gathered
        if (
            kind == "call"
            and word == "called"
            and not _callee_after(body, me, hi, people, people_at)
        ):
            continue  # "A called B on Monday": a call only with its callee right after it
        # (each word of _REMOTE holds "v", "phon" or "onl")
        if (
            kind == "talks"
            and ("v" in word or "phon" in word or "onl" in word)
            and _REMOTE.search(word)
        ):
            kind = "call"  # "held a virtual meeting", "held video talks"
        if kind == "callmod":
            prev = out[-1] if out else None
            if prev is not None and prev[2] in ("talks", "host", "dialogue", "summit"):
                out[-1] = (prev[0], prev[1], "call", prev[3], prev[4])
                continue
            kind = "call"
        if kind == "frame":
            back, frame = True, False
        else:
            # (both tests read ``before`` alone: a memo per text, keyed by it, is exact)
            key = (before, kind in ("visit", "summit", "dialogue", "talks"))
            flags = befores.get(key)
            if flags is None:
                flags = befores[key] = _back_or_frame(
                    before,
                    None if low is None else low[max(lo, ms - 60) : ms],
                    frameable=key[1],
                )
            back, frame = flags
        if (
            not back
            and kind == "signing"
            and after.startswith((" the ", " The "))
            and word[-1:] in "ds"  # "signed", "inks": a verb, not "signing"
            and _SIGNED_THE.match(after)
        ):
            back = True  # "A and B signed the accord": the accord the text told of
        if (
            not back
            and kind == "signing"
            and word == "signed"
            and not body[lo:ms].strip()
            and after.startswith((" on ", " in ", " at ", " during ", " following "))
        ):
            back = True  # "Signed on the sidelines of the visit, this agreement ...": the one told
        if joint:
            back = True  # what the pair did together: at the encounter a cue may tell of
        if back and after.startswith(" of ") and _ANOTHER_OF.match(after):
            back = False  # "the signing of a similar protocol": another encounter of the kind
        if after.startswith((" will ", " would ")) and _RUNS_ITS_COURSE.match(after):
            continue  # "X's visit will end tomorrow": the course of one already read
        out.append((ms, me, kind, back, frame))
    return out


# "a call on ...": the noun of an appeal (a courtesy call has its adjective between).
_APPEAL_BEFORE = regex.compile(
    r"\b(?:a|an|the|its|his|her|their|this|that|renewed|repeated)\s+$",
    regex.IGNORECASE | regex.REVERSE,
)
# "called on partners to invest": an appeal to a group named in small letters only.
_APPEAL_AFTER = regex.compile(
    r"\s+(?:(?!\L<heads>\b|general\b|officers?\b)\p{Ll}[\w-]*\s+){1,5}?to\s+\p{Ll}",
    heads=list(HEAD_WORDS),
)
# The documents a signing signs.
_DOCUMENTS = (
    r"(?:agreements?|accords?|deals?|pacts?|memorandum|memoranda|mou|mous|treaty|treaties"
    r"|contracts?|protocols?|documents?)\b"
)
# "signed" as an adjective before a document ("all signed agreements", "signed MoUs").
_SIGNED_NOUN = regex.compile(r"\s+" + _DOCUMENTS, regex.IGNORECASE)
_SIGNED_ADJ_BEFORE = regex.compile(
    r"\b(?:all|the|these|those|its|their|our)\s+(?:(?:previously|already|recently|newly)\s+)?$",
    regex.IGNORECASE,
)
# "signed the agreement", "inked the deal": the text that the signing already told of.
_SIGNED_THE = regex.compile(r"\s+the\s+(?:[\w-]+\s+){0,3}?" + _DOCUMENTS, regex.IGNORECASE)
# "(the signing) of a similar accord", "of another round": what names another of the kind.
_ANOTHER_OF = regex.compile(
    r" of\s+(?:(?:a|an)\s+(?:similar|separate|new|second|third|further)|another)\b",
    regex.IGNORECASE,
)
# An encounter said only to run its course: "(the visit) will end tomorrow", "will last".
_RUNS_ITS_COURSE = regex.compile(
    r"\s+(?:will|would)\s+(?:end|conclude|last|wrap\s+up|close|finish)\b", regex.IGNORECASE
)


def _back_or_frame(before: str, low: str | None, *, frameable: bool) -> tuple[bool, bool]:
    """Whether the words ``before`` a cue make it point back, and make it a setting.

    ``low``: ``before`` lower-cased as the body's lowering reads it (None: lower it here);
    ``frameable``: whether the cue's kind can be a setting.
    """
    # the last words of ``before``: a word of _BACK is among the last five, of _FRAME
    # among the last six (each test runs only then)
    # (the lower-cased body's slice where it keeps offsets: lowering a slice of a text
    # outside ASCII costs more, and an ASCII word reads the same in both)
    ends = (
        None
        if "ſ" in before or "İ" in before
        else _last_runs(before.lower() if low is None else low)
    )
    # (a match ends where ``$`` holds: at the end, or before a final "\n"; elsewhere the
    # reverse search tries every position, testing the lookbehind at each, so the match
    # anchored at the end, the one place it can succeed, gives the same answer for less)
    back = (ends is None or not _BACK_WORDS.isdisjoint(ends[-5:])) and (
        (_BACK.search(before) if before[-1:] == "\n" else _BACK.match(before)) is not None
    )
    frame = (
        frameable
        and (ends is None or not _FRAME_WORDS.isdisjoint(ends))
        and bool(_FRAME.search(before))
        and not (_may_hold(before, _SAID_DURING_WORDS) and _SAID_DURING.search(before))
    )
    return back, frame


def _guest_after(
    body: str, at: int, hi: int, people: list[PersonMention], people_at: list[int]
) -> bool:
    """Whether a person (or a delegation) is the object of the host verb ending at ``at``."""
    if _GUEST_DELEGATION.match(body, at, hi, _SERIAL):
        return True
    i = bisect.bisect_left(people_at, at)
    if i >= len(people):
        return False
    start = people[i].start
    return bool(
        _GUEST_GAP.match(body, at, start, _SERIAL)
        or _GUEST_TITLE_GAP.match(body, at, start, _SERIAL)
    )


# The words of titles in small letters that may stand between a cue and a person named
# after it (``_CALLEE_GAP``, ``_COMPANION_GAP``).
_GAP_TITLE_WORDS = r"counterpart|minister|secretary|chief|defen[cs]e|foreign|prime"
# Between "called" and its callee: titles and capitalised words only ("called Danish
# Defence Minister X", "called his Danish counterpart, X"), no clause of its own.
_CALLEE_GAP = regex.compile(
    r"\s+(?:(?:his|her|their)\s+)?(?:(?:\p{Lu}[\w.'’-]*|"
    + _GAP_TITLE_WORDS
    + r"|general|admiral),?\s+){0,6}\Z"
)


_NAMED_AS = regex.compile(r"\s+(?:a|an|the|one|his|her|its|their)\b|\s*[\"“'‘]", regex.I)


def _callee_after(
    body: str, at: int, hi: int, people: list[PersonMention], people_at: list[int]
) -> bool:
    """Whether a person is the object of "called" ending at ``at`` (a call, not a naming)."""
    i = bisect.bisect_left(people_at, at)
    if i >= len(people) or people[i].start > hi:
        return False
    p = people[i]
    # ("called B a trusted friend": B named something, no call)
    return _CALLEE_GAP.match(body, at, p.start, _SERIAL) is not None and not _NAMED_AS.match(
        body, p.end
    )


_NEW_FACE_GAP = 40  # characters after a setting's cue where the one it is with is named


# Between a setting's cue and the one it was held with: "with" and titles ("after talks
# with Norwegian Defence Minister C", "after meeting his counterpart C").
_COMPANION_GAP = regex.compile(
    r"\s+(?:with\s+)?(?:(?:his|her|their|the)\s+)?(?:(?:\p{Lu}[\w.'’-]*|"
    + _GAP_TITLE_WORDS
    + r"),?\s+){0,6}\Z"
)


def _new_face(
    body: str,
    people: list[PersonMention],
    people_at: list[int],
    first_at: dict[int, int],
    cue: tuple[int, int, str, bool, bool],
    hi: int,
) -> bool:
    """Whether the setting's cue was held with someone new to the sentence.

    Someone named right after it (within ``_NEW_FACE_GAP``, before ``hi``) and nowhere
    before it in the sentence (``first_at``: where each person is first named there).
    """
    c0, c1 = cue[0], cue[1]
    end = min(hi, c1 + _NEW_FACE_GAP)
    for k in range(bisect.bisect_left(people_at, c1), bisect.bisect_left(people_at, end)):
        p = people[k]
        if (
            p.form == "full"
            and first_at[p.actor] >= c0
            and _COMPANION_GAP.match(body, c1, p.start, _SERIAL) is not None
        ):
            return True
    return False


def _within(items: tuple[_M, ...], starts: list[int], lo: int, hi: int) -> list[_M]:
    """The items (sorted by start, with their ``starts``) lying inside ``[lo, hi)``."""
    first, last = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    if first == last:
        return []
    return [item for item in items[first:last] if item.end <= hi]


def _within_at(
    items: tuple[_M, ...], starts: list[int], lo: int, hi: int
) -> tuple[list[_M], list[int]]:
    """``_within``, with the starts of the items it keeps."""
    first, last = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    if first == last:
        return [], []
    kept = [item for item in items[first:last] if item.end <= hi]
    if len(kept) == last - first:
        return kept, starts[first:last]
    return kept, list(map(_START, kept))


def _start_of(item: _Spanned) -> int:
    return item.start


def _between(items: list[_M], starts: list[int], lo: int, hi: int) -> list[_M]:
    """The items (sorted by start, with their ``starts``) starting inside ``[lo, hi)``."""
    return items[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]


def _nearest(items: list[_M], starts: list[int], lo: int, hi: int, at: int) -> _M | None:
    """The item starting in ``[lo, hi)`` nearest to ``at``, the first one on a tie."""
    first, last = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    i = bisect.bisect_left(starts, at, first, last)
    best = items[bisect.bisect_left(starts, starts[i - 1], first, i)] if i > first else None
    if i < last and (best is None or starts[i] - at < at - best.start):
        best = items[i]
    return best


def _first_per_country(
    body: str, named: list[CountryMention], parties: _Parties, lo: int, *, paired: bool
) -> list[CountryMention]:
    """The first mention of each country that can join a draft, in order.

    A draft takes a country from its first such mention and skips every later one, so this
    short list reads as the whole stretch would.
    """
    out: dict[Country, CountryMention] = {}
    for cm in named:
        if cm.country in out or parties.excluded(cm):
            continue
        if paired and not (
            cm.form == "compound"
            or _PAIR_BEFORE.search(body, max(lo, cm.start - 20), cm.start, _SERIAL)
        ):
            continue
        out[cm.country] = cm
    return list(out.values())


# From this many country mentions on, ``_Parties`` first asks whether the text holds a topic.
_TOPICS_FROM = 64


class _Parties:
    """Which country mentions name a topic, a threat or a venue, not a party.

    Each mention is decided on first demand. A mention chained to the one before it
    ("threats from X and Y") takes that one's answer, so a decision reads back to the
    start of its chain only, and each mention is decided once. (Two mentions starting at
    one offset share an answer: then all are decided at once, in order.)
    """

    def __init__(self, body: str, text: Text, mentions: Mentions, sent_starts: list[int]) -> None:
        self.body = body
        self.low = low = body.lower() if text.lower is None else text.lower
        self.aligned = text.lower  # None where lowering shifts offsets
        # the words, where a whole word of _TOPIC_BEFORE_WORDS stands for a match (see there)
        self.words = (
            text.words if text.lower is not None and text.words and "ſ" not in text.lower else None
        )
        self.countries = mentions.countries
        self.sent_starts = sent_starts
        # a country named as a city too ("in Singapore"): a venue like a capital
        self.cities = {p.start for p in mentions.places if p.form == "city"}
        self.first = sent_starts[0] if sent_starts else 0
        starts = list(map(_START, self.countries))
        self.index = dict(zip(starts, range(len(starts)), strict=True))
        self.memo: list[bool | None] = [None] * len(starts)
        # Whether ``low`` holds a _TOPIC_HINT string at all (else no mention is followed by a
        # topic): read once in a text with many mentions, it spares each of them its test.
        self.topics = len(starts) < _TOPICS_FROM or any(low.find(h) >= 0 for h in _TOPIC_HINTS)
        # whether the body holds a colon at all (a topics line ends on one): read once
        self.colon = ":" in body
        # the starts of the mentions that name no party, all read at once (shared starts only)
        self.out: set[int] | None = None
        if len(self.index) < len(starts):
            out: set[int] = set()
            for k, cm in enumerate(self.countries):
                if self._own(k) or (k > 0 and starts[k - 1] in out and self._linked(k)):
                    out.add(cm.start)
            self.out = out

    def excluded(self, cm: CountryMention) -> bool:
        """Whether a mention at ``cm.start`` (one of ``mentions.countries``) names no party."""
        if self.out is not None:
            return cm.start in self.out
        k = self.index[cm.start]
        memo = self.memo
        known = memo[k]
        if known is not None:
            return known
        if k and memo[k - 1] is None:
            return self._decide(k)  # (back to the start of its chain)
        # the mention before is decided (or there is none): ``_decide`` reads this one alone
        decided = self._own(k) or (k > 0 and bool(memo[k - 1]) and self._linked(k))
        memo[k] = decided
        return decided

    def all_excluded(self) -> set[int]:
        """The starts of every mention that names no party."""
        if self.out is not None:
            return set(self.out)
        return {cm.start for k, cm in enumerate(self.countries) if self._decide(k)}

    def main_pair(self, mentions: Mentions) -> tuple[Country, ...]:
        """``_main_pair(mentions, self.all_excluded())``, deciding only the mentions it needs.

        A country counts its party mentions and its actors: at most all its mentions and its
        actors. The countries are read whole in order of that bound until the second best
        count read is above the bound of every country left, which can then neither pass
        nor tie it (a tie goes to the country that entered ``_main_pair``'s count first).
        """
        if self.out is not None:
            return _main_pair(mentions, self.all_excluded())
        held: dict[Country, list[int]] = {}  # each country's mentions
        for k, cm in enumerate(self.countries):
            held.setdefault(cm.country, []).append(k)
        actors: dict[Country, list[int]] = {}  # each country's actors
        for k, actor in enumerate(mentions.actors):
            if actor.country is not None:
                actors.setdefault(actor.country, []).append(k)
        bound = {c: len(held.get(c, ())) + len(actors.get(c, ())) for c in {**held, **actors}}
        order = sorted(bound, key=bound.__getitem__, reverse=True)
        # (count, where the country entered the count: a party mention, else an actor)
        read: dict[Country, tuple[int, tuple[int, int]]] = {}
        best: list[int] = []  # the two best counts read, best first
        for n, c in enumerate(order):
            parties = [k for k in held.get(c, ()) if not self._decide(k)]
            count = len(parties) + len(actors.get(c, ()))
            if count:
                read[c] = (count, (0, parties[0]) if parties else (1, actors[c][0]))
                best = sorted([*best, count], reverse=True)[:2]
            if len(best) == 2 and n + 1 < len(order) and best[1] > bound[order[n + 1]]:
                break
        ranked = sorted(read, key=lambda c: (-read[c][0], read[c][1]))
        return tuple(ranked[:2]) if len(ranked) >= 2 else ()

    def _decide(self, k: int) -> bool:
        memo = self.memo
        known = memo[k]
        if known is not None:
            return known
        # back to the first undecided mention of the chain, then forward as one reading goes
        a = k
        linked_at: list[bool] = []  # linked(k), linked(k - 1), ... as read going back
        while a > 0 and memo[a - 1] is None:
            linked_at.append(self._linked(a))
            if not linked_at[-1]:
                break
            a -= 1
        for j in range(a, k + 1):
            decided = self._own(j)
            if not decided and j > 0 and memo[j - 1]:
                back = k - j
                decided = linked_at[back] if back < len(linked_at) else self._linked(j)
            memo[j] = decided
        return bool(memo[k])

    def _linked(self, k: int) -> bool:
        """Whether mention ``k`` only continues a list after mention ``k - 1``."""
        prev, cm = self.countries[k - 1], self.countries[k]
        body = self.body
        # (the first character after the white space opens "," "and", "or" or "as well as";
        # ``str.lstrip`` strips all ``\s`` matches, and more)
        return (
            prev.end <= cm.start
            and body[prev.end : cm.start].lstrip()[:1] in _CHAIN_FIRST
            and bool(_TOPIC_CHAIN.fullmatch(body, prev.end, cm.start, _SERIAL))
        )

    def _own(self, k: int) -> bool:
        """Whether mention ``k`` names a topic, a threat or a venue by its own words."""
        body, low, cm = self.body, self.low, self.countries[k]
        start, end = cm.start, cm.end
        sent_starts = self.sent_starts
        # the start of the sentence holding the mention, as ``Text.sentence_of`` gives it
        i = bisect.bisect_right(sent_starts, start) - 1
        lo = sent_starts[i] if i >= 0 else self.first
        # (every posting ends on "to ", "in " or "the ": a cheap test before the 24 endings)
        if (
            low.endswith(_POSTING_LAST, max(lo, start - 24), start)
            and low.endswith(_POSTING_ENDS, max(lo, start - 24), start)
            and not any(
                other.country == cm.country
                and not low.endswith(_POSTING_ENDS, max(0, other.start - 24), other.start)
                for other in self.countries
            )
        ):
            # "accompanied by the ambassador to Freedonia": a posting, no party, where the
            # text names that country nowhere else
            return True
        tail = low[max(lo, start - 24) : start].rsplit(maxsplit=2)
        linked = bool(tail) and (
            tail[-1] in _LINK_WORDS or (len(tail) > 1 and tail[-2] in _LINK_WORDS)
        )
        before = body[max(lo, start - 60) : start] if linked else ""
        # (every match ends on a colon, on the line, which starts ``_TOPICS_REACH`` back at most)
        if self.colon and body.find(":", max(0, start - _TOPICS_REACH), start) >= 0:
            line = body.rfind("\n", max(0, start - _TOPICS_REACH), start) + 1
            if (
                (line or start < _TOPICS_REACH)
                and body[line:start].lstrip(" \t")[:1] in _TOPICS_FIRST
                and body.find(":", line, start) >= 0
                and _TOPICS_LINE.match(body, line, start, _SERIAL)
            ):
                return True  # "TOPICS: X; Y" heads a transcript: subjects, not parties
        if (
            tail
            and tail[-1] in _ATTENDED_IN_WORDS
            and body[end : end + 1].isspace()
            and _ATTENDING.match(body, end, end + _ATTENDING_REACH, _SERIAL) is not None
        ):
            # "A, who visited Cambodia to attend the regional meeting, held talks with B":
            # the host of a gathering attended, not a side of the talks
            return True
        return bool(
            (
                linked
                and (
                    self.words is None
                    or _stretch_holds(self.words, max(lo, start - 60), start, _TOPIC_BEFORE_WORDS)
                )
                and _TOPIC_BEFORE.search(before)
            )
            or (
                self.topics
                # every _TOPIC_AFTER match opens on an apostrophe or on white space (what
                # ``\s`` matches, ``str.isspace`` passes)
                and (body[end : end + 1].isspace() or body[end : end + 1] in ("'", "’"))
                and _may_start(
                    body[end : end + _TOPIC_REACH].lower()
                    if self.aligned is None
                    else self.aligned[end : end + _TOPIC_REACH],
                    _TOPIC_HINTS,
                    3,
                    _TOPIC_KEYS,
                )
                and (
                    topic := _TOPIC_AFTER.match(
                        body, end, min(len(body), end + _TOPIC_REACH), _SERIAL
                    )
                )
                and (
                    # an ASCII match, lowered in place, holds a hint (each opens a topic word)
                    (self.aligned is not None and topic.group().isascii())
                    or _TOPIC_HINT.search(low, end, end + _TOPIC_REACH, _SERIAL)
                )
            )
            or (
                linked
                and (cm.form == "capital" or start in self.cities)
                and (
                    (_may_end_on(before, _VENUE_WORDS, 2) and _VENUE_BEFORE.search(before))
                    or _PLACE_OF_BEFORE.search(before)
                )
            )
            or (
                # (a possessive opens with an apostrophe right after the name)
                body[end : end + 1] in ("'", "’")
                and linked
                and _VENUE_OF.match(body, end, end + 40, _SERIAL) is not None
                and _IN_BEFORE.search(before) is not None
            )
        )


# "a delegation led by X", "the delegation, headed by X": the one who leads it.
_LED_BY = regex.compile(r"\bdelegation,?\s+(?:[\w-]+\s+){0,3}?(?:led|headed)\s+by\s+", regex.I)


def _delegation_leader(body: str, people: Sequence[PersonMention]) -> PersonMention | None:
    """The person named first as leading a delegation, if the text names one."""
    if "led by" not in body and "headed by" not in body:
        return None
    for m in _guard.finditer(_LED_BY, body):
        # the leader's name follows within an office's words ("led by Chief of Staff X")
        for p in people:
            if m.end() <= p.start <= m.end() + 60 and p.form != "pronoun":
                return p
    return None


def _participants(
    text: str,
    people: list[PersonMention],
    sentence_end: int,
    *,
    absent: bool = True,
    speaker: bool = True,
) -> list[PersonMention]:
    """The person mentions that can be taking part (not speakers, not mere possessors).

    ``speaker``: whether the sentence may end on a speech verb (else no test for one).
    """
    keep = []
    for p in people:
        # a possessive opens with an apostrophe right after the name
        if p.end < sentence_end and text[p.end] in "'’":
            poss = _POSSESSIVE.match(text[p.end : min(sentence_end, p.end + 40)])
            if (
                poss
                and not _EVENT_NOUN.match(poss.group("noun"))
                and not _POSS_EVENT.match(text, p.end, min(sentence_end, p.end + 50), _SERIAL)
            ):
                continue
        if (
            speaker
            and p.end <= sentence_end
            # (its verb opens within three characters: each is spelt as written)
            and _holds_any(text[p.end : p.end + 9], _SPEECH_VERBS)
            and _SPEAKER_AFTER.match(text, p.end, sentence_end, _SERIAL)
        ):
            continue
        if (
            absent
            and _may_hold(text[max(0, p.start - 80) : p.start], _ABSENT_WORDS)
            and _ABSENT_BEFORE.search(text, max(0, p.start - 80), p.start, _SERIAL)
        ):
            continue  # "conveyed the greetings of President X": X was not there
        if (
            absent
            and _holds_any(text[max(0, p.start - 120) : p.start], _THANKED_WORDS)
            and _THANKED_BEFORE.search(text, max(0, p.start - 120), p.start, _SERIAL)
        ):
            continue  # "thanked President X and President Y for their guidance"
        keep.append(p)
    return keep


# The rest of a wire dateline after its city: "(State) [Country], Month D (Agency):".
_DATELINE_REST = regex.compile(r"[^\n]{0,80}?(?:\)\s*:|:|\s--|\s[–—]|\d\ \([\p{L}\ /.-]{2,30}\)\ )")


def _dateline_end(body: str, dateline: PlaceMention | None) -> int:
    """Where a wire dateline ends (0 without one): its date is the report's, not an event's."""
    if dateline is None:
        return 0
    m = _DATELINE_REST.match(body, dateline.end, min(len(body), dateline.end + 120), _SERIAL)
    return 0 if m is None else m.end()


def _inside(d: DateMention, window: tuple[dt.date, dt.date]) -> bool:
    """Whether ``d`` gives a day or a narrower window inside ``window``."""
    lo, hi = window
    if d.date is not None:
        return lo <= d.date <= hi
    return d.window is not None and d.window != window and lo <= d.window[0] <= d.window[1] <= hi


def _nearest_date(dates: list[DateMention], at: int) -> DateMention | None:
    best: tuple[int, DateMention] | None = None
    for d in dates:
        if d.date is None and d.window is None:
            continue
        distance = abs(d.start - at)
        if best is None or distance < best[0]:
            best = (distance, d)
    return None if best is None else best[1]


def _is_offset(text: str, d: DateMention) -> bool:
    return text[d.start : d.end].rstrip().lower().endswith(("before", "after"))


# How far after a cue a ", who " clause is looked for (a long sentence's length).
_WHO_REACH = 600
# How far after a cue a ", which " clause must open to tell of another noun than the cue's
# ("the talks, which ran on Monday" tell of the talks themselves).
_WHICH_GAP = 40
# What such a clause opens on when it tells of the encounter all the same ("the talks between A
# and B, which took place on Monday").
_WHICH_EVENT = regex.compile(
    r"(?:also\s+)?(?:took\s+place|(?:was|were)\s+(?:held|hosted|organi[sz]ed|convened)|began"
    r"|started|opened|ended|concluded|lasted|ran|came)\b"
)


# A speech verb right before a date, perhaps with its audience ("told reporters").
# (Ending on ``\Z`` and only asked whether it matches: run in reverse, as the patterns
# ending in ``$`` are, see the note on reverse patterns above.)
_SAID_BEFORE = regex.compile(
    r"\b(?:said|says|announced|stated|added|told\s+(?:\w+\s+){0,2}?\w+)\s+\Z",
    regex.IGNORECASE | regex.REVERSE,
)
_SAID_REACH = 40  # characters back from a date where its speech verb is sought
_SAID_WORDS = ("said", "says", "announced", "stated", "added", "told")


class _Dating:
    """The dates of one sentence (each read once) and the dating of its cues' drafts."""

    def __init__(
        self,
        body: str,
        published: dt.date | None,
        lo: int,
        hi: int,
        sent_dates: list[DateMention],
        sdate_at: list[int],
        words: tuple[tuple[int, str], ...],
        line_end: int,
        memo: dict[tuple[object, ...], str | None],
        low: str | None = None,
    ) -> None:
        self.body, self.published, self.lo, self.hi = body, published, lo, hi
        # for each string sought after the cues (``find``), (from, where the first one from
        # there lies in the sentence, or -1): the cues come in order, so one scan serves many
        self.next: dict[str, tuple[int, int]] = {}
        self.dates, self.at = sent_dates, sdate_at
        self.words, self.line_end, self.memo = words, line_end, memo
        self.low = low  # (where the words are read: see ``_status``)
        self.said: dict[int, bool] = {}  # ``_said_on``, by the date's start (its one input)
        if not sent_dates:  # (``date`` reads the tense alone: none of the lists below)
            self.offset, self.useful, self.useful_at = [], [], []
            return
        self.offset = [_is_offset(body, d) for d in sent_dates]
        # the dates that give a day or a window (not an offset), with their starts
        useful = [
            d
            for d, off in zip(sent_dates, self.offset, strict=True)
            if not off and (d.date is not None or d.window is not None)
        ]
        self.useful, self.useful_at = useful, list(map(_START, useful))

    def _said_on(self, d: DateMention) -> bool:
        """Whether ``d`` follows a speech verb: the day something was said ("said on Monday")."""
        said = self.said.get(d.start)
        if said is None:
            said = self.said[d.start] = (
                _may_hold(self.body[max(self.lo, d.start - _SAID_REACH) : d.start], _SAID_WORDS)
                and _SAID_BEFORE.search(
                    self.body, max(self.lo, d.start - _SAID_REACH), d.start, _SERIAL
                )
                is not None
            )
        return said

    def find(self, needle: str, start: int, end: int) -> int:
        """``self.body.find(needle, start, end)``, for an ``end`` within the sentence (``hi``).

        The first ``needle`` from ``start`` to the sentence's end, if it ends by ``end``, is
        the first one there. Once found (or not) it is kept: for a later ``start`` up to
        it, it is still the first (none from ``start`` on if none was from before it).
        """
        kept = self.next.get(needle)
        if kept is not None and kept[0] <= start and (kept[1] < 0 or kept[1] >= start):
            at = kept[1]
        else:
            at = self.body.find(needle, start, self.hi)
            self.next[needle] = (start, at)
        return at if at >= 0 and at + len(needle) <= end else -1

    def date(
        self,
        draft: _Draft,
        c0: int,
        c1: int,
        seg_lo: int,
        seg_hi: int,
        date_lo: int,
        rel_lo: int,
        tense_hi: int,
        date_hi: int | None,
    ) -> None:
        """Set the date (with its span) and the status of the draft of the cue at ``c0``.

        A date of the dateline (before ``line_end``) is taken only when the clause has no
        other; one of another clause only before ``date_hi`` (``tense_hi`` when None).
        """
        dates = self.dates
        if not dates:  # no date in the sentence: the tense alone
            draft.status = _status(
                self.body,
                c0,
                c1,
                self.lo,
                tense_hi,
                None,
                self.published,
                self.words,
                self.memo,
                self.low,
            )
            return
        far = tense_hi if date_hi is None else date_hi
        # (read no further than a sentence's reach: a text with no sentence end stays linear)
        who = self.find(", who ", c1, min(max(far, seg_hi), c1 + _WHO_REACH))
        if who >= 0:
            # "signed by A and B, who also mourned the crash on Sunday": the clause's own day
            far, seg_hi = min(far, who), min(seg_hi, who)
        which = self.find(", which ", c1 + _WHICH_GAP, min(max(far, seg_hi), c1 + _WHO_REACH))
        if which >= 0 and not _WHICH_EVENT.match(self.body, which + 8):
            # "met in Seoul and praised the ties, which were upgraded last year": a clause on a
            # noun read well after the cue tells of its own time, not the encounter's
            far, seg_hi = min(far, which), min(seg_hi, which)
        at, offset, line_end = self.at, self.offset, self.line_end
        first, last = bisect.bisect_left(at, seg_lo), bisect.bisect_left(at, seg_hi)
        seg_dates = [dates[i] for i in range(first, last) if not offset[i]]
        first, last = bisect.bisect_left(at, date_lo), bisect.bisect_left(at, c0)
        seg_dates += [dates[i] for i in range(first, last) if offset[i]]
        if len(seg_dates) > 1:
            # "A said on Monday he would meet B on March 20": the day of the saying is not
            # the encounter's when the clause gives another
            told = [d for d in seg_dates if self._said_on(d)]
            if told and len(told) < len(seg_dates):
                seg_dates = [d for d in seg_dates if d not in told]
        date = None
        if line_end > seg_lo:
            date = _nearest_date([d for d in seg_dates if d.start >= line_end], c0) or _nearest(
                self.useful, self.useful_at, max(rel_lo, line_end), far, c0
            )
        date = (
            date
            or _nearest_date(seg_dates, c0)
            or _nearest(self.useful, self.useful_at, rel_lo, far, c0)
        )
        if (
            date is not None
            and date.start < c0
            and self._said_on(date)
            and _PLAN_BEFORE.search(self.body, max(self.lo, c0 - 20), c0, _SERIAL)
        ):
            date = None  # "A said on Monday he would meet B": the saying's day, not the plan's
        if date is not None and date.date is None and date.window is not None:
            # "this year's ministerial in Bergen in November": a span of the clause that the
            # year's window holds dates the encounter closer
            outer = date.window
            inner = [d for d in seg_dates if _inside(d, outer)]
            date = _nearest_date(inner, c0) or date
        draft.status = _status(
            self.body,
            c0,
            c1,
            self.lo,
            tense_hi,
            date,
            self.published,
            self.words,
            self.memo,
            self.low,
        )
        if date is not None:
            draft.date, draft.window = date.date, (None if date.date else date.window)
            draft.spans.append((date.start, date.end, "date"))


# The past forms a cue may open on, and what before one makes it no past ("will have met").
_PAST_CUE_WORDS = frozenset(
    [
        *("agreed", "reaffirmed", "pledged", "vowed", "exchanged", "reviewed", "announced"),
        *("revealed", "unveiled", "stressed", "underlined"),
        "met",
        "held",
        "visited",
        "hosted",
        "received",
        "welcomed",
        "called",
        "paid",
        "had",
        "sat",
        "arrived",
        "travelled",
        "traveled",
        "spoke",
        "talked",
        "conferred",
        "signed",
        "phoned",
        "headed",
        "told",
        "discussed",
    ]
)
_FUTURE_BEFORE = regex.compile(
    r"\b(?:will|shall|would|to|be|being|is|are|am)\s+(?:\w+\s+)?$", regex.IGNORECASE
)
_FUTURE_BEFORE_WORDS = frozenset(["will", "shall", "would", "to", "be", "being", "is", "are", "am"])


# A sentence that opens on an encounter already told, as the frame of its main clause
# ("During the talks, ...", "In their meeting at the palace, ..."): matched from the
# sentence's start to the cue.
_OPENING_FRAME = regex.compile(
    r"[\s\"“‘']*(?i:during|in|at|throughout)\s+(?i:the|their|this|that)\s+(?:[\w’'-]+\s+){0,3}\Z"
)
# The encounter set beside another event ("the talks came as ...", "the visit comes amid
# ..."): what follows tells of that event. (No "after"/"before": "came a day after the
# vote on Monday" counts the encounter's own day from it.)
_BLANKS_QUOTES = _BLANKS + "\"“‘'"


def _may_open_frame(stretch: str) -> bool:
    """Whether ``_OPENING_FRAME`` may match the whole ``stretch``.

    Past white space and quotes a match opens on a letter of its lead, and holds five
    tokens at most (the lead, the article, three words: no white space inside one).
    """
    head = stretch.lstrip(_BLANKS_QUOTES)
    return head[:1] in _OPENING_FIRST and len(head.split(None, 5)) <= 5


_OPENING_FIRST = frozenset("dDiIaAtTİ")  # ("İ" matches "i" under IGNORECASE)
_CAME_AS = regex.compile(r"\b(?:came|comes|come|coming)\s+(?:as|amid|while|at\s+a\s+time)\b")
# How far after a cue such a verb is sought.
_CAME_AS_REACH = 160
# How far after such a cue the comma that ends the frame is sought.
_FRAME_COMMA_REACH = 80


# "would", "will" or "shall" right before a cue ("would meet", "will also hold talks")
_PLAN_BEFORE = regex.compile(
    r"\b(?:would|will|shall)\s+(?:also\s+|then\s+|soon\s+)?\Z", regex.IGNORECASE
)
# "would" right before a cue ("would hold talks", "would also meet"): a plan in reported speech
_WOULD_BEFORE = regex.compile(r"\bwould\s+(?:also\s+|then\s+|soon\s+)?\Z", regex.IGNORECASE)


# A contrasting clause with a subject of its own: ", while", ", whereas".
_OWN_SUBJECT = regex.compile(r",\s+(?:while|whereas)\s", regex.IGNORECASE)


def _status(
    text: str,
    start: int,
    end: int,
    lo: int,
    hi: int,
    date: DateMention | None,
    published: dt.date | None,
    words: tuple[tuple[int, str], ...] = (),
    memo: dict[tuple[object, ...], str | None] | None = None,
    low: str | None = None,
) -> MeetingStatus:
    """Whether the encounter of the cue at ``text[start:end]`` is planned or held.

    ``low``: the lower-cased ``text`` whose ``words`` are read (see ``_FUTURE_WORDS``), or
    None.
    """
    if date is not None and published is not None:
        if date.date is not None:
            if date.date > published:
                return _PLANNED
            if date.date < published:
                return _HELD
        elif date.window is not None:
            if date.window[0] > published:
                return _PLANNED
            if date.window[1] < published:
                return _HELD
    if text[start:end].split(None, 1)[0].lower() in _PAST_CUE_WORDS and not (
        _may_end_on(text[max(lo, start - 30) : start], _FUTURE_BEFORE_WORDS, 2)
        and _FUTURE_BEFORE.search(text, max(lo, start - 30), start, _SERIAL)
    ):
        # "A met B, while he is scheduled to ...": the cue's own verb is past; a later clause's
        # tense is not its own
        return _HELD
    if "would" in text[max(lo, start - 20) : start].lower() and _WOULD_BEFORE.search(
        text, max(lo, start - 20), start, _SERIAL
    ):  # (no character but ASCII letters matches the letters of "would" under IGNORECASE)
        # "the ministry said A would hold talks with B": a plan told in reported speech
        return _PLANNED
    if low is not None:
        far = max(hi, end)
        i = bisect.bisect_left(words, (lo,))
        if _FUTURE_WORDS.isdisjoint(
            map(_WORD_OF, words[i : bisect.bisect_left(words, (far,), i)])
        ) and not _holds_any(low[lo:far], _FUTURE_ALONE):
            return _HELD  # (no future cue in reach: see ``_FUTURE_WORDS``)
    tense = tense_at(text, start, end, lo, hi, words, memo=memo)
    return _PLANNED if tense == "future" else _HELD


# ``tense_at`` reads only ``text[lo:max(hi, end)]`` (its cues start at or after ``lo``, and
# end at ``hi`` at most, or at ``end``), and calls a tense future only on a "fut" match of
# ``_dates._TENSE``. Each of those holds, as a whole word, one of these (its first word
# but "is", "are", "was", "were" and "to": "be", "set", "run-up"), or is one word that a
# scan's end may cut ("will" of "willing"): one of ``_FUTURE_ALONE`` (a string of the
# stretch then, cut or not). Where ``Text.words`` are read, as ``low`` spells every letter
# IGNORECASE matches (no "ſ"; "İ" makes ``low`` None), a stretch with neither is no future.
_FUTURE_WORDS = frozenset(
    [
        *["would", "set", "scheduled", "slated", "due", "expected", "likely", "plans", "plan"],
        *["planned", "going", "poised", "planning", "be", "up", "ahead", "preparations"],
        *["preparation", "preparing", "agenda", "look", "looks", "looking", "looked"],
    ]
)
_FUTURE_ALONE = ("will", "shall", "next", "coming")  # ("coming": "upcoming", "forthcoming")


def _compatible(a: _Draft, b: _Draft, *, kinds: bool = True) -> bool:
    """Whether two drafts may be one encounter (``kinds``: a call is never an in-person one)."""
    if a.status != b.status:
        return False
    if (
        kinds
        and (a.kind == _CALL) != (b.kind == _CALL)
        and not b.anaphoric
        and not _bare_echo(a, b)
    ):
        return False
    if a.date and b.date and a.date != b.date:
        return False
    for x, y in ((a, b), (b, a)):
        if x.date and y.window and not y.window[0] <= x.date <= y.window[1]:
            return False
    if a.window and b.window and not _nested(a.window, b.window):
        return False
    return not (a.location and b.location and not _same_place(a.location, b.location))


def _bare_echo(old: _Draft, new: _Draft) -> bool:
    """Whether ``new`` only echoes ``old``: some of its people, no day, window or place.

    "A and B held phone talks on Monday. 'We had a good discussion,' A said": the call
    told again, not an encounter in person.
    """
    return _bare(new) and set(new.people) <= set(old.people)


def _bare(d: _Draft) -> bool:
    """Whether a draft names people and no day, window or place."""
    return bool(d.people) and d.date is None and d.window is None and d.location is None


def _seat_capitals() -> dict[str, str]:
    """A seat of government (lower case) -> its state's capital (lower case)."""
    first: dict[str, str] = {}
    for city, code in CAPITALS.items():
        first.setdefault(code, city)  # (the table names a state's capital first)
    return {seat.lower(): first[code].lower() for seat, code in SEATS.items() if code in first}


_SEAT_CAPITAL = _seat_capitals()


def _unseat(place: str) -> str:
    """A lower-cased place, with a seat of government read as its capital.

    "met at the Pentagon" and "talks in Washington" on one day: one encounter, not two.
    """
    low = place.lower()
    return _SEAT_CAPITAL.get(low.removeprefix("the "), low)


def _is_seat(place: str) -> bool:
    """Whether a place is a seat of government ("the Pentagon", "Kremlin")."""
    return place.lower().removeprefix("the ") in _SEAT_CAPITAL


# A place that speaks ("The Pentagon announced Friday that …", "Beijing said"): an
# institution or a government by its seat, not where anyone meets.
_SPEAKS_AFTER = regex.compile(
    r"\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day\s+|in\s+a\s+statement\s+|also\s+|has\s+|had\s+)?"
    r"(?:said|says|announced|announces|stated|states|confirmed|noted|added|declared|revealed)\b"
)


# The last word of a building's name: "Naval Headquarters", "the Presidential Palace".
_BUILDINGS = (
    "headquarters",
    "hq",
    "ministry",
    "palace",
    "house",
    "hall",
    "centre",
    "center",
    "secretariat",
    "building",
    "complex",
    "residence",
    "office",
    "niwas",
    "bhavan",
    "bhawan",
)


def _same_place(a: str, b: str) -> bool:
    """Whether two place names may be one ("Washington", "Washington, D.C.", "Pentagon").

    A building named without its city is somewhere in any city ("here at the Naval
    Headquarters" and "in Islamabad"), but not another building.
    """
    a, b = _unseat(a), _unseat(b)
    short, long = sorted((a, b), key=len)
    if long == short or long.startswith((short + ",", short + " ")):
        return True
    return a.endswith(_BUILDINGS) != b.endswith(_BUILDINGS) and "," not in a + b


def _nested(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    """Whether one window holds the other (a stay inside a month, not two overlapping spans)."""
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def _merge_into(target: _Draft, new: _Draft) -> None:
    if new.bodies:  # (a new set: drafts copied with ``attrs.evolve`` share theirs)
        target.bodies = target.bodies | new.bodies
    for p in new.people:
        if p not in target.people:
            target.people.append(p)
    for c in new.countries:
        if c not in target.countries:
            target.countries.append(c)
    if target.location is None or (
        # "talks in Washington" told again "at the Pentagon": the seat names the place closer
        new.location is not None and _is_seat(new.location) and not _is_seat(target.location)
    ):
        target.location = new.location
    if target.date is None and new.date is not None:
        target.date, target.window = new.date, None
    elif target.date is None and target.window is None:
        target.window = new.window
    if target.kind in (_OTHER, _VISIT) and new.kind not in (
        _OTHER,
        _VISIT,
        _SIGNING,
    ):
        target.kind = new.kind
    target.sentences.update(new.sentences)
    target.spans.extend(new.spans)
    target.headline = target.headline and new.headline  # a body record once the body joins


# Below this many records a scan of them all is cheaper than their index.
_INDEX_FROM = 16


def _place_key(location: str) -> str:
    """The lowered first word of a place: two names ``_same_place`` joins share it."""
    return _unseat(location).replace(",", " ").split(" ", 1)[0]


class _Records:
    """The records read so far (``drafts``), indexed by what ``_find_home`` needs of them.

    Every record added or grown while the cues are read goes through ``add`` or ``grew``
    (the index is built once there are ``_INDEX_FROM`` records). While the cues are read a
    record's status is fixed once placed, its people and countries only grow (its countries
    may be cut: a superset then), a call stays a call, and a day or place is only ever
    given to a record without one (or a capital made its seat: the same ``_place_key``). So
    the positions noted under each status, person, country, kind, day and place hold every
    record ``_find_home`` can take for a new draft:
    one that shares a person with it, or has none; of the same kind unless it points back
    or is a bare echo (``_bare_echo``); and with no day (place) or its day (the same place).
    """

    def __init__(self, drafts: list[_Draft]) -> None:
        self.drafts = drafts
        self.at: dict[int, int] = {}  # id of a record -> its position in ``drafts``
        # per status (planned, then held), once built
        self.index: tuple[_Index, _Index] | None = None

    def add(self, draft: _Draft) -> None:
        self.at[id(draft)] = len(self.drafts)
        self.drafts.append(draft)
        if self.index is not None:
            self._note(self.index, len(self.drafts) - 1, draft)

    def grew(self, draft: _Draft) -> None:
        if self.index is not None:
            self._note(self.index, self.at[id(draft)], draft)

    @staticmethod
    def _note(index: tuple[_Index, _Index], k: int, draft: _Draft) -> None:
        ix = index[draft.status is _HELD]
        for a in draft.people:
            ix.people.setdefault(a, set()).add(k)
        for c in draft.countries:
            ix.countries.setdefault(c.code, set()).add(k)
        if not draft.people:
            ix.nobody.add(k)
        (ix.calls if draft.kind is _CALL else ix.others).add(k)
        if draft.date is None:
            ix.undated.add(k)
        else:
            ix.days.setdefault(draft.date, set()).add(k)
        if draft.location is None:
            ix.unplaced.add(k)
        else:
            ix.places.setdefault(_place_key(draft.location), set()).add(k)

    def holds(self, draft: _Draft) -> bool:
        return id(draft) in self.at

    def candidates(self, new: _Draft) -> Iterable[_Draft]:
        """The records ``_find_home`` may take for ``new``, latest first (see there)."""
        drafts, index = self.drafts, self.index
        if new.bodies and len(drafts) >= _INDEX_FROM:
            # a session of a named body: the latest records, whoever is named in them
            return drafts[: -_JOIN_REACH - 1 : -1]
        if index is None:
            if len(drafts) < _INDEX_FROM:
                return drafts[::-1]
            index = self.index = (_Index(), _Index())
            for k, d in enumerate(drafts):
                self._note(index, k, d)
        ix, none = index[new.status is _HELD], _NONE
        found: set[int] | frozenset[int]
        if new.people:
            # a record with people shares one of them; one with none is any if ``new``
            # points back, else shares a country with it (its countries hold or are held)
            found = none.union(*(ix.people.get(a, none) for a in new.people))
            nobody: set[int] | frozenset[int] = ix.nobody
            if not new.anaphoric:
                # (each intersection reads the smaller set, not a union of large ones)
                nobody = none.union(
                    *(nobody & ix.countries.get(c.code, none) for c in new.countries)
                )
            found |= nobody
        elif new.anaphoric:
            return reversed(drafts)  # any compatible record (no copy: the first one is taken)
        elif new.countries:
            # a record that holds all its countries
            found = ix.countries.get(new.countries[0].code, none).intersection(
                *(ix.countries.get(c.code, none) for c in new.countries[1:])
            )
        else:
            return []
        if not new.anaphoric and not _bare(new):
            # (``_compatible``: a call is never an in-person encounter, bar a bare echo)
            found &= ix.calls if new.kind is _CALL else ix.others
        # (A & (B | C) is (A & B) | (A & C): each intersection reads the smaller set)
        if new.date is not None:
            found = (found & ix.undated) | (found & ix.days.get(new.date, none))
        if new.location is not None:
            found = (found & ix.unplaced) | (found & ix.places.get(_place_key(new.location), none))
        return [drafts[k] for k in sorted(found, reverse=True)]


_NONE: frozenset[int] = frozenset()


@attrs.define
class _Index:
    """The positions of the records of one status (see ``_Records``)."""

    people: dict[int, set[int]] = attrs.field(factory=dict)
    countries: dict[str, set[int]] = attrs.field(factory=dict)
    nobody: set[int] = attrs.field(factory=set)
    calls: set[int] = attrs.field(factory=set)
    others: set[int] = attrs.field(factory=set)
    days: dict[dt.date, set[int]] = attrs.field(factory=dict)
    undated: set[int] = attrs.field(factory=set)
    places: dict[str, set[int]] = attrs.field(factory=dict)
    unplaced: set[int] = attrs.field(factory=set)


def _holds(big: list[Country], small: list[Country]) -> bool:
    """``set(small) <= set(big)``, read off the lists (no hash of a country is computed).

    (Exact: equal countries hash alike, and a list's ``in`` tests identity, then equality.)
    """
    return all(map(big.__contains__, small))


# A clause's subject that is an office with no name: "The visiting general also ".
_BARE_SUBJECT = regex.compile(r"\s*(?i:the|this|that)\s+(?:[\w'’-]+\s+){1,5}")
# The cues that are a verb in the past or present (not "meeting", "talks").
_FINITE_CUES = ("met ", "meets ", "held ", "holds ", "called on", "calls on", "spoke ", "hosted ")
# Words of a subject that is more than one of the pair ("the two ministers also met C").
_MANY_SUBJECT = regex.compile(
    r"\b(?:two|both|sides|ministers|chiefs|leaders|delegations|officials|they|we)\b",
    regex.IGNORECASE,
)


def _subject_of_pair(
    body: str, lo: int, c0: int, draft: _Draft, records: _Records, mentions: Mentions
) -> bool:
    """Give ``draft`` the one who led the pair read last, when its subject is a bare office.

    "A held talks with B. The visiting general also met C": "the visiting general", which
    names nobody, is A (the one person of the latest record of two or more, none of whom the
    new cue names, whose side is not C's), and meeting C is another encounter. Not for a
    subject of several ("the two ministers"). Returns whether it gave one.
    """
    if (
        _BARE_SUBJECT.fullmatch(body, lo, c0) is None
        or _MANY_SUBJECT.search(body, lo, c0) is not None
        or not body.startswith(_FINITE_CUES, c0)
    ):
        return False
    mine = set(draft.people)
    recent = records.drafts[-_JOIN_REACH:]
    for old in reversed(recent):
        if len(old.people) < 2 or old.status != draft.status:
            continue
        if not mine.isdisjoint(old.people):
            return False
        theirs = {_country_of(mentions, a) for a in mine}
        if None in theirs:
            return False
        leads = [a for a in old.people if _country_of(mentions, a) not in theirs]
        if len(leads) > 1:
            # (sides unknown: the one in every recent record of two or more, "A met B.
            # A also met C. The visiting general then met D")
            pairs = [d.people for d in recent if len(d.people) >= 2]
            leads = [a for a in leads if len(pairs) > 1 and all(a in ps for ps in pairs)]
        if len(leads) != 1:
            return False
        draft.people.insert(0, leads[0])
        country = _country_of(mentions, leads[0])
        if country is not None and country not in draft.countries:
            draft.countries.insert(0, country)
        draft.anaphoric = False
        return True
    return False


# The verb of a clause about a participant that names whom they came with.
_ACCOMPANYING = regex.compile(
    r"(?:is\s+|was\s+|are\s+|were\s+)?(?:also\s+)?(?:accompanying|accompanies|accompanied"
    r"|travell?ing\s+with|part\s+of)\b"
)


def _pair_before(
    sentence: tuple[int, int],
    people: tuple[PersonMention, ...],
    starts: list[int],
    mentions: Mentions,
) -> list[int]:
    """The two people a sentence names, when they are of two states (else none).

    Two known states, or two states the sentence names (one of them a person's).
    """
    lo, hi = sentence
    actors: list[int] = []
    for p in _within(people, starts, lo, hi):
        if p.form != "pronoun" and p.actor not in actors:
            actors.append(p.actor)
    if len(actors) != 2:
        return []
    a, b = (_country_of(mentions, x) for x in actors)
    if a is not None and b is not None:
        return actors if a != b else []
    # "The ministers of A, X, and of B, Y": two states named beside them
    states = {cm.country for cm in mentions.countries_in(lo, hi)}
    return actors if len(states) == 2 and (a is None or a in states) else []


def _meets_another(old: _Draft, new: _Draft) -> bool:
    """Whether ``new`` has one of the two or more people of ``old`` meet someone else.

    "A held talks with B. The visiting chief also met C": B's second encounter, not the
    first one again.
    """
    theirs = set(old.people)
    return len(theirs) >= 2 and not theirs.isdisjoint(new.people) and bool(set(new.people) - theirs)


def _find_home(olds: Iterable[_Draft], new: _Draft) -> _Draft | None:
    """The earlier draft this one repeats, if any (``olds`` are earlier drafts, latest first).

    With people: a compatible draft whose people hold or are held by them, any compatible
    draft that shares one of them or has none if the new one points back, or a draft without
    people whose countries it holds. Without people: any compatible draft if it points back,
    else one that holds all its countries.
    """
    if new.bodies:
        # one session of a body named alike is one encounter, whoever is named at it
        olds = list(olds)  # (read again below)
        for old in olds:
            if not old.bodies.isdisjoint(new.bodies) and set(old.countries) == set(new.countries):
                if _compatible(old, new):
                    return old
                break
    if not new.people:
        if new.anaphoric:
            return next((old for old in olds if _compatible(old, new)), None)
        if not new.countries:
            return None
        for old in olds:
            # (``_holds``, inlined)
            if all(map(old.countries.__contains__, new.countries)) and _compatible(old, new):
                return old
        return None
    mine = set(new.people)
    for old in olds:
        # a draft with people must share one (a cheap test before the compatibility one)
        if old.people and mine.isdisjoint(old.people):
            continue
        if not _compatible(old, new):
            continue
        theirs = set(old.people)
        if (
            not new.anaphoric
            and len(old.countries) >= 2
            and mine <= theirs
            and not _holds(old.countries, new.countries)
        ):
            continue  # the same people with a party of their own: another encounter
        if theirs and (mine <= theirs or theirs <= mine):
            return old
        if new.anaphoric:
            if _meets_another(old, new):
                continue
            return old  # it shares someone, or the old one has nobody
        if not theirs and old.countries and _holds(new.countries, old.countries):
            return old
        if (
            not theirs
            and new.countries
            and _holds(old.countries, new.countries)
            and (
                # one clause: "when receiving a visit from the British chief A"
                not old.sentences.keys().isdisjoint(new.sentences)
                # one day: "P and Q met today" then "X and Y of P travelled there today"
                or (old.date is not None and old.date == new.date)
            )
        ):
            return old
    return None


_PAIR_REACH = 1500  # characters back from "both ministers" where their names are sought


def _last_named_pair(
    pairs: list[_Draft], people: tuple[PersonMention, ...], starts: list[int], at: int
) -> _Draft | None:
    """Of ``pairs`` (latest first), the one whose people were last all named before ``at``.

    "A met B; A also called on C. ... A and B welcomed the range, which both ministers
    signed in March": the two named together last, not the latest record's. The latest
    record when none has all its people named within ``_PAIR_REACH`` characters.
    """
    if len(pairs) < 2:
        return pairs[0] if pairs else None
    last: dict[int, int] = {}
    k = bisect.bisect_left(starts, at)
    for p in people[bisect.bisect_left(starts, at - _PAIR_REACH, 0, k) : k]:
        last[p.actor] = p.start
    best, best_at = pairs[0], -1
    for d in pairs:
        named = min((last.get(a, -1) for a in d.people if a not in d.joined), default=-1)
        if named > best_at:
            best, best_at = d, named
    return best


# The pair as one subject: "A and his Peruvian counterpart B (, ...,) have agreed": what the
# two did together tells of an encounter. Read between the two names, and after the second.
_AND_COUNTERPART_GAP = regex.compile(
    r"(?:\s*\([^()]{1,40}\))?,?\s+and\s+(?:(?:his|her|their)\s+)?(?:[\w-]+\s+){0,3}?"
    r"counterparts?,?\s+(?:[\w.-]+\s+){0,6}?\Z"
)
_JOINT_SUBJECT_TAIL = regex.compile(
    r"(?:,[^,.;:!?\n]{0,80},)?\s*(?:(?:have|has|had|also|both|jointly|today|yesterday"
    r"|on\s+\w+day|,)\s*){0,4}\Z"
)
_JOINT_LEAD = 60  # characters: the most before the first name (an office, a day)
# Two people of two known sides as one subject: "US Secretary A and Canadian Minister B
# agreed": between the names, "and" and the second one's office (or none).
_AND_OFFICE_GAP = regex.compile(r"(?:\s*\([^()]{1,40}\))?,?\s+and\s+(?:[\w.'’-]+\s+){0,7}?\Z")


def _joint_subject(
    body: str,
    lo: int,
    at: int,
    people: list[PersonMention],
    people_at: list[int],
    actors: tuple[Actor, ...] = (),
) -> bool:
    """Whether the sentence at ``lo`` opens on "A and his counterpart B" as the subject of ``at``.

    "Chilean minister A and his Peruvian counterpart B have agreed to ...": two people of
    two sides act together; so do two named with offices of two known countries ("US
    Secretary A and Canadian Minister B agreed"). "The two sides agreed", "A agreed with
    B's view", two of one side ("Minister A and General B of Chile agreed"): no encounter
    told.
    """
    i, j = bisect.bisect_left(people_at, lo), bisect.bisect_left(people_at, at)
    named = [p for p in people[i:j] if p.form != "pronoun"]  # ("his" in "and his counterpart")
    if len(named) != 2:
        return False
    one, two = named
    if one.start - lo > _JOINT_LEAD or one.form != "full" or two.form != "full":
        return False
    if _JOINT_SUBJECT_TAIL.match(body, two.end, at, _SERIAL) is None:
        return False
    if _AND_COUNTERPART_GAP.match(body, one.end, two.start, _SERIAL) is not None:
        return True
    if not actors or " " not in body[one.start : one.end] or " " not in body[two.start : two.end]:
        # (named by their surnames, "Secretary A and Minister B also agreed", the two go on
        # with an encounter told before, which its own cue records)
        return False
    sides = (actors[one.actor].country, actors[two.actor].country)
    return (
        None not in sides
        and sides[0] != sides[1]
        and _AND_OFFICE_GAP.match(body, one.end, two.start, _SERIAL) is not None
    )


def _date_forward(body: str, draft: _Draft, published: dt.date, cue: int) -> None:
    """A plan's day or window read in the past, taken a year on, or dropped.

    "invited B to visit in December", in an article of November: a month named without
    its year after the cue, read backwards because the verb before is past, is the coming
    December. A date that names its year, one before the cue ("In February, he proposed
    a visit": the proposing's), or one that is past even a year on, is dropped.
    """
    phrases = [(a, body[a:b]) for a, b, role in draft.spans if role == "date"]
    later_date = later_window = None
    if phrases and all(a > cue and not _YEAR_WRITTEN.search(p) for a, p in phrases):
        if draft.date is not None:
            later_date = _year_on(draft.date)
        elif draft.window is not None:
            lo, hi = draft.window
            later_window = (_year_on(lo), _year_on(hi))
    if (later_date is not None and later_date > published) or (
        later_window is not None and later_window[0] > published
    ):
        draft.date, draft.window = later_date, later_window
        return
    draft.date = draft.window = None
    draft.spans = [sp for sp in draft.spans if sp[2] != "date"]


_YEAR_WRITTEN = regex.compile(r"\b(?:1[89]|20|21)\d\d\b|['’]\d\d\b")


def _year_on(day: dt.date) -> dt.date:
    """The same day a year on (28 February for a 29th)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def _pair_record(drafts: list[_Draft], pair: set[int]) -> _Draft | None:
    """The latest of the recent records whose people are ``pair``, past one-person records."""
    for d in reversed(drafts[-_JOIN_REACH:]):
        if len(d.people) >= 2:
            return d if set(d.people) == pair else None
    return None


def _last_two(people: tuple[PersonMention, ...], starts: list[int], at: int) -> set[int]:
    """The last two people (actors) named before ``at``: the pair "they" may point back to."""
    out: set[int] = set()
    k = bisect.bisect_left(starts, at)
    while k > 0 and len(out) < 2:
        k -= 1
        out.add(people[k].actor)
    return out


def _country_of(mentions: Mentions, actor: int) -> Country | None:
    return mentions.actors[actor].country


def find_meetings(
    text: Text,
    published: dt.date | None,
    mentions: Mentions,
    dates: tuple[DateMention, ...],
    areas: tuple[CooperationArea, ...],
) -> tuple[Meeting, ...]:
    """Find the encounters ``text`` reports, one record each.

    >>> from defrel._text import prepare
    >>> find_meetings(prepare(""), None, Mentions(), (), ())
    ()
    """
    body = text.text
    low = text.lower  # for cheap literal prefilters (None when lowering shifts offsets)
    drafts: list[_Draft] = []
    records = _Records(drafts)  # the same list, with where each person's records are
    found = _no_effects(body, _weak_cues_alone(text, _no_institutions(body, _all_cues(text))))
    if not found:
        return ()
    sentences = text.sentences
    sent_starts = list(map(_FIRST, sentences))
    parties = _Parties(body, text, mentions, sent_starts)
    main: tuple[Country, ...] | None = None  # the article's main pair, once needed
    # Whether the article names fewer than two countries in all (so it has no main pair).
    pairless: bool | None = None
    # The cues of each sentence, as (sentence, first cue, end of its cues): one bisection a cue.
    groups: list[list[int]] = []
    for n, m in enumerate(found):
        ms = m.start()
        k = bisect.bisect_right(sent_starts, ms) - 1
        if k < 0 or ms >= sentences[k][1]:
            continue
        if groups and groups[-1][0] == k:
            groups[-1][2] = n + 1
        else:
            groups.append([k, n, n + 1])
    people_all = mentions.people
    if any(_tells_only(a) for a in mentions.actors):
        # a spokesperson tells of encounters and takes part in none
        people_all = tuple(p for p in people_all if not _tells_only(mentions.actors[p.actor]))
    people_starts = list(map(_START, people_all))
    person_at = (
        people_starts if people_all is mentions.people else list(map(_START, mentions.people))
    )
    countries_all = mentions.countries
    country_starts = list(map(_START, countries_all))
    actors = mentions.actors
    bisect_left = bisect.bisect_left
    places_all, place_starts = mentions.places, list(map(_START, mentions.places))
    # "since 2005", "until March": a bound of a span, never the day of an encounter
    if dates and (low is None or _holds_any(low, _BOUND_HINTS)):
        dates = tuple(
            d
            for d in dates
            if not (
                _may_hold(body[max(0, d.start - 12) : d.start], _BOUND_WORDS)
                and _BOUND_BEFORE.search(body, max(0, d.start - 12), d.start, _SERIAL)
            )
            and not (
                _may_hold(body[d.start : min(d.end, d.start + 8)], _BOUND_WORDS)
                and _BOUND.match(body, d.start, d.end, _SERIAL)
            )
        )
    date_starts = list(map(_START, dates))
    headline = _headline(text)
    # (a label's name is followed by a colon on its line)
    labels = _speaker_labels(body, people_all) if ":" in body else {}
    if "(@" in body:
        labels.update(_post_authors(text, people_all))
    venues: list[_Draft] = []  # visits of one person to a named place
    consumed = -1  # a sentence whose list of counterparts an earlier cue has read
    article_hints = _Hints(low)  # which of the rarer tests the article can pass at all
    words = text.words
    # whether the hints read words (``_HINT_KEYS``): a body whose words are read (none only
    # past the deadline, or in a body without a word character) and without "ſ", the one
    # character IGNORECASE folds to a letter of them that lowering keeps ("İ" makes low None)
    word_hints = low is not None and bool(words) and "ſ" not in low
    # the words, where they are read (offsets kept, past the deadline none)
    read = words if low is not None and words else None
    # where ``_status`` may skip a stretch with no future cue (``_FUTURE_WORDS``)
    tense_low = low if word_hints else None
    tenses: dict[tuple[object, ...], str | None] = {}  # tense lookups, per window read
    befores: dict[tuple[str, bool], tuple[bool, bool]] = {}  # ``_back_or_frame``, per window
    leader: PersonMention | Literal[False] | None = None  # who leads "the delegation", once read
    line_end = _dateline_end(body, mentions.dateline)
    w_at = 0  # the first word at or after the last sentence's stretch (``_seek``)
    for k, first, last in groups:
        lo, hi = sentences[k]
        # (every _SKIP_LINE match opens on a letter IGNORECASE folds to "a", "r" or "s")
        if (
            k == consumed
            or (
                body[lo : lo + 1] in _SKIP_FIRST
                # (a match opens on one of its words, which only "ſ" spells otherwise lowered)
                and (body[lo : lo + 7].lower().startswith(_SKIP_WORDS) or "ſ" in body[lo : lo + 7])
                and _SKIP_LINE.match(body, lo)
            )
        ):
            continue
        in_sentence = found[first:last]
        if in_sentence[-1].end() > hi:
            # (the cues come in order and never overlap: their ends rise, so all end
            # within the sentence when the last one does)
            in_sentence = [m for m in in_sentence if m.end() <= hi]
        # which of them the sentence can pass (a person's "greetings of" may start before it)
        if word_hints:  # (the sentences come in order: each search starts at the last one)
            w_at = _seek(words, max(0, lo - 80), w_at)
        hints: Container[str] = (
            _stretch_hints(words, max(0, lo - 80), hi, w_at)
            if word_hints
            else _Hints(low, max(0, lo - 80), hi, article_hints)
        )
        sent_people = _within(people_all, people_starts, lo, hi) if people_all else []
        if sent_people:
            # a _SPEAKER_AFTER match holds one of the verbs, in the sentence
            speaker = _holds_any(body[lo:hi], _SPEECH_VERBS)
            sent_people = _participants(
                body, sent_people, hi, absent="absent" in hints, speaker=speaker
            )
        if not drafts and not sent_people:
            # Before any record, a cue with no person, country or place in its sentence
            # makes none unless it takes the article's main pair: without one, skip it.
            if pairless is None:
                pairless = _pairless(mentions)
            if (
                pairless
                and not _within(countries_all, country_starts, lo, hi)
                and not _within(places_all, place_starts, lo, hi)
            ):
                continue
        cues = _cues(body, low, in_sentence, lo, hi, sent_people, hints, befores, read, actors)
        if (
            published is not None
            and "signing" in map(_KIND_OF, cues)  # (a cheap test, read in C)
            and any(
                c[2] == "signing"
                and (
                    body.startswith((" in ", " back in ", " between ", " by "), c[1])
                    or body.endswith(_SINCE_THE, max(0, c[0] - 10), c[0])
                )
                for c in cues
            )
        ):
            # "the accord, which was initially signed in 1995": a past year of its history;
            # "since the signing of the accord": a signing that measures the time since
            cues = [c for c in cues if not _signed_years_ago(body, c, hi, published)]
        if not cues:
            continue
        sent_dates, sdate_at = _within_at(dates, date_starts, lo, hi) if dates else ([], [])
        if sent_dates and (low is None or low.find("since", lo, hi) >= 0):
            sent_dates = [d for d in sent_dates if not _history(body, lo, d, cues)]
            sdate_at = list(map(_START, sent_dates))
        if sent_dates and (low is None or low.find("follow", lo, hi) >= 0):
            # "held the talks as a follow-up to the summit in November": the earlier event's day
            sent_dates = [
                d
                for d in sent_dates
                if not _FOLLOW_UP_BEFORE.search(
                    body, max(lo, d.start - _SINCE_REACH), d.start, _SERIAL
                )
            ]
            sdate_at = list(map(_START, sent_dates))
        sent_countries, country_at = _within_at(countries_all, country_starts, lo, hi)
        sent_places, place_at = (
            _within_at(places_all, place_starts, lo, hi) if places_all else ([], [])
        )
        subject: list[PersonMention] = []
        relations = (
            [
                (r.start(), r.end())
                for r in (
                    _word_matches(_RELATION, body, words, lo, hi, _RELATION_FIRST)
                    if word_hints
                    else _guard.finditer(_RELATION, body, lo, hi)
                )
            ]
            if len(cues) > 1 and "relation" in hints and (low is None or _may_relate(low, lo, hi))
            else []
        )
        # Every per-cue lookup below is a bisection of these (linear in the sentence).
        people_at = list(map(_START, sent_people)) if sent_people else []
        own_settings: set[int] = set()  # settings held with someone new: encounters of their own
        if len(cues) > 1 and any(not c[4] for c in cues):
            # settings of another cue do not cut it, unless the setting names someone new:
            # "A met B in <city>, after holding talks with C in <town>" (another encounter)
            first_at: dict[int, int] = {}  # each person's first mention in the sentence
            for p in sent_people:
                first_at.setdefault(p.actor, p.start)
            kept = []
            for j, frame in enumerate(cues):
                if frame[4]:
                    s_hi = cues[j + 1][0] if j + 1 < len(cues) else hi
                    if not _new_face(body, sent_people, people_at, first_at, frame, s_hi):
                        continue
                    own_settings.add(frame[0])
                kept.append(frame)
            cues = kept
        rel_at = [r0 for r0, _ in relations] if relations else []
        dating: _Dating | None = None  # the sentence's dates, once a draft needs them
        dating_args = (
            body,
            published,
            lo,
            hi,
            sent_dates,
            sdate_at,
            words,
            line_end,
            tenses,
            tense_low,
        )
        good_places: list[PlaceMention] | None = None
        good_place_at: list[int] = []
        firsts: dict[tuple[int, int, bool], list[CountryMention]] = {}
        both: bool | None = None
        joint_last: int | None = None
        label: PersonMention | None = None  # the transcript speaker, once needed
        label_read = False
        venue_talk: bool | None = None  # whether the sentence only names a candidate venue
        spec_end: int | None = None  # the end of a cue only thought of ("possible trip")
        tried_following = False  # whether a distributive cue read the next sentence
        towns: list[tuple[int, int]] | None = None  # towns and bases named, once needed
        town_at: list[int] = []
        # The sentence's generic headquarters ("at the General Headquarters"), once asked:
        # (match or None,), or None before
        headquarters: tuple[regex.Match[str] | None] | None = None
        for i, (c0, c1, kind, back, _frame) in enumerate(cues):
            seg_lo = cues[i - 1][1] if i else lo
            seg_hi = cues[i + 1][0] if i + 1 < len(cues) else hi
            tense_hi, date_lo, rel_lo = hi, seg_lo, lo
            if c0 in own_settings:
                # "..., after holding talks with C in <town> on Sunday": its own day and place
                # follow it (its subject may stand before it)
                date_lo = rel_lo = c0
            near = (
                relations[bisect.bisect_left(rel_at, seg_lo) : bisect.bisect_left(rel_at, seg_hi)]
                if relations
                else relations
            )
            for r0, r1 in near:
                if seg_lo <= r0 and r1 <= c0:
                    seg_lo, rel_lo, subject = r1, r1, []
                elif c1 <= r0 < seg_hi:
                    seg_hi = tense_hi = r0
            amid = (
                back
                and body.startswith((" come", " came", " follow"), c1)
                and _COMES_AMID.match(body, c1, hi, _SERIAL) is not None
            )
            if amid:
                # "The meeting comes amid tensions, with X having threatened Y": the setting
                # of the encounter already read, none of whose people or places are its own
                seg_hi = tense_hi = c1
            # (``_between``, inlined: the items starting in a stretch)
            before = (
                sent_people[bisect_left(people_at, seg_lo) : bisect_left(people_at, c0)]
                if sent_people
                else []
            )
            clause_lo = seg_lo  # where the cue's own clause starts (its dates lie after)
            if i and (
                before or bisect.bisect_left(sdate_at, c0) > bisect.bisect_left(sdate_at, seg_lo)
            ):
                last_cut = _boundary_end(body, read, seg_lo, c0)
                clause_lo = seg_lo if last_cut is None else last_cut
                before = [p for p in before if p.start >= clause_lo]
            that = None
            if body.find("that", seg_lo, c0) >= 0 or body.find("which", seg_lo, c0) >= 0:
                if read is not None:
                    hit = _last_word(body, read, seg_lo, c0, _THAT_WORDS)
                    that = None if hit is None else hit[1]
                else:
                    for t in _guard.finditer(_THAT, body, seg_lo, c0):
                        that = t.end()
            if that is not None:
                before = [p for p in before if p.start >= that]
            after = (
                sent_people[bisect_left(people_at, c1) : bisect_left(people_at, seg_hi)]
                if sent_people
                else []
            )
            if len(after) >= 2:
                # "met B, who is accompanying Prime Minister C on his visit": C is named in a
                # clause about B, not met
                rel = body.find(", who ", after[0].end, after[-1].start)
                if rel >= 0 and _ACCOMPANYING.match(body, rel + 6, seg_hi):
                    after = [p for p in after if p.start < rel]
            if after and i + 1 < len(cues):
                # "..., C hosted D": C opens the next cue's clause, not this one's objects
                next_cut = _boundary_end(body, read, c1, seg_hi)
                if next_cut is not None and after[-1].start >= next_cut:
                    after = [p for p in after if p.start < next_cut]
            earlier = (
                _frame
                and "since" in hints
                and _guard.search(_TIME_FRAME, body, max(seg_lo, c0 - 60), c0)
            )
            if earlier:
                # "X and Y took stock since the last meeting": an other, earlier encounter
                before = [p for p in before if p.start >= earlier.start()]
                subject = []
            if i == 0 or before:
                subject = before or subject
            if that is not None and not before:
                subject = []
            if (
                subject
                and not before
                and _may_hold(body[seg_lo:c0], ("while", "whereas"))
                and _OWN_SUBJECT.search(body, seg_lo, c0, _SERIAL)
            ):
                # "A will visit X next year, while the navy chief will come to Y": a clause
                # of a subject of its own (unnamed), not A's
                subject = []
            who = [*subject, *after] if not before else [*before, *after]
            if len(cues) == 1 and not who and that is None and not earlier and not amid:
                who = list(sent_people)
            if (
                not before
                and not subject
                and low is not None
                and low.find("delegation", clause_lo, c0) >= 0
                and kind in ("talks", "host")
            ):
                # "The delegation also conferred with X": the one who leads it takes part
                if leader is None:
                    leader = _delegation_leader(body, people_all) or False
                if leader and all(p.actor != leader.actor for p in who):
                    who = [leader, *who]
            if back and who:
                # "X said it was the first meeting between ...": X comments on the encounter
                who = [p for p in who if not (p.end <= c0 and _says_after(body, p.end, c0))]
            if kind == "visit" and len(before) >= 2 and "invit" in body[before[0].end : c0]:
                inv = _INVITED_TO.search(body, before[0].end, c0, _SERIAL)
                if inv is not None and any(p.start >= inv.end() for p in before):
                    # "A invited B to visit Ruritania": the one invited visits, not A
                    who = [p for p in who if p.start >= inv.end() or p.start >= c1]
            looking = (
                "look" in hints
                and (low is None or low.find("look", max(lo, c0 - _LOOK_REACH), c0) >= 0)
                and bool(_LOOK_FORWARD.search(body, max(lo, c0 - _LOOK_REACH), c0, _SERIAL))
            )
            if looking and _UPCOMING.match(body, c1, min(hi, c1 + 60), _SERIAL):
                # "look forward to meeting at the upcoming ministerial": a planned encounter
                looking = False
                planned_hint = True
            else:
                planned_hint = False
            # "A and B looked forward to this year's ministerial in <city>": the sides of those
            # who look forward take part in it, not those people as named participants
            lookers: list[PersonMention] = who if looking else []
            if looking:
                who = []
            elif labels:
                if not label_read:
                    label, label_read = _speaker_label(text, lo, labels), True
                if (
                    label is not None
                    and label.actor not in {p.actor for p in who}
                    and _FIRST_PERSON.search(body, seg_lo, seg_hi, _SERIAL)
                ):
                    who = [label, *who]  # "NAME: ... we held talks": the speaker took part
            if (
                kind == "visit"
                and "facility" in hints
                and _FACILITY.match(body, c1, seg_hi, _SERIAL)
                and len({_country_of(mentions, p.actor) for p in who}) <= 1
            ):
                continue  # a tour of a base or an academy, no foreign host named
            # a pointer back takes no date of an encounter named next in passing
            date_hi = (
                seg_hi
                if back
                and i + 1 < len(cues)
                and "passing" in hints
                and _PASSING.search(body, max(lo, cues[i + 1][0] - 60), cues[i + 1][0], _SERIAL)
                else None
            )
            if (
                kind in ("talks", "host")
                and "business" in hints
                and len({p.actor for p in who}) <= 1
                and _BUSINESS.match(body, c1, seg_hi, _SERIAL)
            ):
                continue  # "met the CEOs of the top defence firms": no official encounter
            # "preparations for the <Org> summit in <city>": an encounter named in passing,
            # neither the speaker's nor the topics' (it may only take the pair just read)
            passing = kind in ("summit", "dialogue", "talks") and bool(
                "passing" in hints and _PASSING.search(body, max(lo, c0 - 60), c0, _SERIAL)
            )
            if passing:
                who = []

            # people, countries and spans first: the draft is made only for a cue that keeps
            people: list[int] = []
            spans: list[tuple[int, int, str]] = [(c0, c1, "trigger")]
            for p in who:
                if p.actor not in people:
                    people.append(p.actor)
                spans.append((p.start, p.end, "participant"))
            # the date and the status (a tense lookup) only for a cue that makes a record
            draft: _Draft | None = None
            pair_of: _Draft | None = None  # the record of the pair "the ministers" stands for
            # countries: the participants', then the parties named in the stretch
            countries: list[Country] = []
            if lookers and not people:
                # (the sides of a record they met at, when one holds them all: a side left
                # unnamed there was read from the article's pair)
                them = {p.actor for p in lookers}
                met = next(
                    (d for d in reversed(drafts[-_JOIN_REACH:]) if them <= set(d.people)), None
                )
                if met is not None:
                    countries.extend(met.countries)
            for actor in people or map(_ACTOR_OF, lookers):
                country = actors[actor].country
                if country is not None and country not in countries:
                    countries.append(country)
            paired = len(countries) >= 2
            named = sent_countries[
                bisect_left(country_at, seg_lo) : bisect_left(country_at, seg_hi)
            ]
            if not named:
                # a pointer back takes no country of the next cue's clause
                far = seg_hi if back and i + 1 < len(cues) else tense_hi
                key = (rel_lo, far, paired)
                if key not in firsts:
                    firsts[key] = _first_per_country(
                        body,
                        _between(sent_countries, country_at, rel_lo, far),
                        parties,
                        lo,
                        paired=paired,
                    )
                named = firsts[key]
            if back and venue_talk is None:
                venue_talk = "venue" in hints and bool(_guard.search(_VENUE_TALK, body, lo, hi))
            for cm in () if passing or (back and venue_talk) else named:
                if cm.country in countries or parties.excluded(cm):
                    continue
                if paired and not (
                    cm.form == "compound"
                    or _PAIR_BEFORE.search(body, max(lo, cm.start - 20), cm.start, _SERIAL)
                ):
                    continue
                countries.append(cm.country)
                spans.append((cm.start, cm.end, "country"))
            if not people and len(countries) < 2:
                if both is None:
                    both = "both" in hints and bool(_BOTH.search(body, lo, hi, _SERIAL))
                adopt = both
                if planned_hint and drafts and _THEY.search(body, lo, c0, _SERIAL):
                    # "they looked forward to meeting at the upcoming ...": the pair just read
                    adopt = True
                    people.extend(a for a in drafts[-1].people if a not in people)
                elif (
                    drafts
                    and c0 - lo <= _THEY_CALL_REACH
                    and (
                        # "They had held talks by telephone on April 2": the pair just read,
                        # on a call of their own (never one encounter with a meeting in person)
                        (
                            kind == "call"
                            and len(drafts[-1].people) >= 2
                            and _THEY_CALLED.match(body, lo, c0, _SERIAL) is not None
                        )
                        # "The ministers agreed to meet again soon": the pair just read (the
                        # last two named), at an encounter to come (the one told is held);
                        # the latest record of that pair, past a one-person record since
                        # (a visit of one of them told in between)
                        or (
                            kind in ("talks", "dialogue", "summit")
                            and _THEY_PLAN.match(body, lo, c0, _SERIAL) is not None
                            and (
                                pair_of := _pair_record(
                                    drafts, _last_two(people_all, people_starts, lo)
                                )
                            )
                            is not None
                        )
                    )
                ):
                    adopt = True
                    people.extend((pair_of or drafts[-1]).people)
                elif (
                    kind in ("call", "talks", "dialogue")
                    and not people
                    and not countries
                    and not back
                    and k > 0
                    and not sent_people
                ):
                    # "The ministers of A, X, and of B, Y, agreed to … . The agreement was
                    # reached at a virtual meeting held this week": the two of two states
                    # the sentence before names, and no recent record has yet
                    twosome = _pair_before(sentences[k - 1], people_all, people_starts, mentions)
                    told = next(
                        (d for d in drafts[-_JOIN_REACH:] if set(twosome) <= set(d.people)),
                        None,
                    )
                    if twosome and told is None:
                        adopt = True
                        people.extend(twosome)
                    elif twosome and told is not None and kind == "call" and told.kind is _TALKS:
                        told.kind = _CALL  # the encounter just told, held remotely
                if not adopt and (
                    passing
                    or kind == "attend"
                    or (
                        "announced" in hints
                        and _ANNOUNCED.search(body, max(lo, c0 - 50), c0, _SERIAL)
                    )
                ):
                    if dating is None:
                        dating = _Dating(*dating_args)
                    draft = _Draft(
                        kind=_KINDS[kind],
                        status=_HELD,
                        anaphoric=back,
                        people=people,
                        countries=countries,
                        spans=spans,
                    )
                    dating.date(
                        draft, c0, c1, clause_lo, seg_hi, date_lo, rel_lo, tense_hi, date_hi
                    )
                    adopt = draft.status == _PLANNED
                if adopt:
                    if not drafts and main is None:
                        main = parties.main_pair(mentions)
                    # "both ministers signed it": the sides of the latest record that names
                    # two (a later call on a host's leader may not name the host's side yet)
                    sides = next(
                        (d for d in reversed(drafts[-_JOIN_REACH:]) if len(d.countries) >= 2),
                        drafts[-1] if drafts else None,
                    )
                    for c in sides.countries if sides is not None else main or ():
                        if c not in countries:
                            countries.append(c)
            if not people and len(countries) < 2 and not back:
                continue
            if len(people) < 2 and body.startswith("discussed", c0):
                continue  # "A and B discussed …" is talks; "the sides discussed …" tells of some
            dated = draft is not None
            if draft is None:
                draft = _Draft(
                    kind=_KINDS[kind],
                    status=_HELD,
                    anaphoric=back,
                    people=people,
                    countries=countries,
                    spans=spans,
                )
            draft.headline = headline is not None and hi <= headline
            draft.sentences[lo, hi] = None
            if kind == "dialogue" and body[c0 : c0 + 1].isupper() and " " in body[c0:c1]:
                # a standing body by its name: "the Joint Permanent Commission"
                draft.bodies = draft.bodies | {body[c0:c1].casefold()}
            if draft.kind != _CALL and not (back and venue_talk):
                if good_places is None:
                    good_places = (
                        [
                            p
                            for p in sent_places
                            if p.form != "dateline"
                            and _named(p.name)
                            # a name's word ("Florence Parly"): a person, no place
                            and not _in_person(mentions.people, person_at, p.start)
                            # the second name of a compound ("the India-Singapore dialogue")
                            and not (body[p.start - 1 : p.start] == "-" and p.start > lo + 1)
                            # (a _NAMESAKE match opens on white space, then more or a capital:
                            # ``str.isupper`` passes every ASCII one)
                            and not (
                                body[p.end : p.end + 1].isspace()
                                and (
                                    body[p.end + 1 : p.end + 2].isspace()
                                    or body[p.end + 1 : p.end + 2].isupper()
                                    or not body[p.end + 1 : p.end + 2].isascii()
                                )
                                and _NAMESAKE.match(body, p.end, min(hi, p.end + 50), _SERIAL)
                            )
                            and not _attributive(body, p.end, hi)
                            and not (
                                _may_hold(body[max(lo, p.start - 30) : p.start], _LEFT_WORDS)
                                and _LEFT_PLACE.search(
                                    body, max(lo, p.start - 30), p.start, _SERIAL
                                )
                            )
                            and not (
                                "organiser" in hints
                                and _ORGANISER.search(body, max(lo, p.start - 60), p.start, _SERIAL)
                            )
                            and not _reported_in(body, max(lo, p.start - 30), p.start)
                            and not _no_venue(body, lo, p.start, p.name)
                            # "The Pentagon announced …", "Beijing said": who speaks
                            and _SPEAKS_AFTER.match(body, p.end, min(hi, p.end + 40)) is None
                        ]
                        if sent_places
                        else []
                    )
                    good_place_at = list(map(_START, good_places)) if good_places else []
                place_lo, place_hi = (c0 if c0 in own_settings else seg_lo), seg_hi
                if not (
                    sent_places and bisect_left(place_at, seg_lo) < bisect_left(place_at, seg_hi)
                ) and (len(cues) == 1 or not back):
                    place_lo, place_hi = rel_lo, tense_hi
                place = (
                    _nearest(good_places, good_place_at, place_lo, place_hi, c0)
                    if good_places
                    else None
                )
                site_town = None
                if place is not None and place.form != "city" and good_places:
                    # "at Stenbock House in Tallinn": the city the site stands in
                    at = bisect.bisect_left(good_place_at, place.end)
                    if (
                        at < len(good_places)
                        and good_places[at].form == "city"
                        and body.startswith((" in ", ", "), place.end)
                        and good_places[at].start
                        == place.end + (4 if body[place.end] == " " else 2)
                    ):
                        place = good_places[at]
                    elif (
                        place.form == "venue"
                        and place.name.endswith(("Headquarters", "HQ"))
                        and _GENERIC_SITE.fullmatch(place.name)
                    ):
                        site_town = _site_town(body, place.end, hi, sent_countries)
                elif place is None:
                    if headquarters is None:
                        headquarters = (
                            _SITE_LOWER.search(body, lo, hi, _SERIAL)
                            if body.find("headquarters", lo, hi) >= 0
                            else None,
                        )
                    site = headquarters[0]
                    if site is not None:
                        site_town = _site_town(body, site.end(), hi, sent_countries)
                if site_town is not None:
                    draft.location = body[site_town[0] : site_town[1]]
                    draft.spans.append((site_town[0], site_town[1], "location"))
                elif place is not None:
                    draft.location = place.name
                    draft.spans.append((place.start, place.end, "location"))
                else:
                    # "held in <Town>, <Country>": a town the gazetteer does not know
                    if towns is None:
                        # (a town is read before ", <Country>": none in a sentence without one)
                        towns = (
                            _towns(body, sent_countries, lo, hi, "town" in hints)
                            if "town" in hints
                            or body.find(", ", lo, hi) >= 0
                            or body.find(" to attend ", lo, hi) >= 0
                            else []
                        )
                        town_at = [t0 for t0, _ in towns] if towns else []
                    town = _nearest_town(towns, town_at, place_lo, place_hi, c0) if towns else None
                    if (
                        town is None
                        and towns
                        and towns[0][0] - lo <= _FRONTED_REACH
                        and body.startswith(",", towns[0][1])
                        and towns[0][1] <= c0
                    ):
                        # "In the port city of <Town>, ...": a sentence's opening place
                        # frames all of it, however long
                        town = towns[0]
                    if town is not None and not _no_venue(
                        body, lo, town[0], body[town[0] : town[1]]
                    ):
                        draft.location = body[town[0] : town[1]]
                        draft.spans.append((town[0], town[1], "location"))
            if not (drafts or draft.people or len(draft.countries) >= 2 or draft.location):
                continue  # a pointer back with nothing to point to and nothing of its own
            if not dated:
                if dating is None:
                    dating = _Dating(*dating_args)
                own_hi, own_date_hi = seg_hi, date_hi
                came_hi = min(hi, c1 + _CAME_AS_REACH)
                # (every _CAME_AS match spells "came" or "com" in small letters)
                came = (
                    _guard.search(_CAME_AS, body, c1, came_hi)
                    if dating.find("came", c1, came_hi) >= 0 or dating.find("com", c1, came_hi) >= 0
                    else None
                )
                if came is not None:
                    # "A's meeting with B came as the two launched a panel last week": the
                    # dates of the "as"/"amid" clause are of its own event, not the encounter's
                    own_hi = min(own_hi, came.start())
                    own_date_hi = came.start() if date_hi is None else min(date_hi, came.start())
                if (
                    back
                    # (a match opens, past white space and quotes, on a letter of its lead)
                    and _may_open_frame(body[lo:c0])
                    and _OPENING_FRAME.match(body, lo, c0, _SERIAL) is not None
                ):
                    # "During the meeting, A congratulated B on his win in February": the
                    # encounter told again as the sentence's frame; the dates after the
                    # frame's comma are of the main clause's other events
                    comma = body.find(",", c1, min(hi, c1 + _FRAME_COMMA_REACH))
                    if comma >= 0:
                        own_hi = min(seg_hi, comma)
                        own_date_hi = comma if date_hi is None else min(date_hi, comma)
                dating.date(
                    draft,
                    c0,
                    c1,
                    clause_lo,
                    own_hi,
                    date_lo,
                    rel_lo,
                    tense_hi,
                    own_date_hi,
                )
            if (
                not draft.people
                and both
                and draft.status == _HELD
                and _may_hold(body[max(lo, c0 - 60) : c0], ("both", "two"))
                and _BOTH_PEOPLE.search(body, max(lo, c0 - 60), c0, _SERIAL)
            ):
                # "the two ministers met again after a first meeting in <city>": the pair's people
                pair = _last_named_pair(
                    [
                        d
                        for d in reversed(drafts[-_JOIN_REACH:])
                        if len(d.people) >= 2 and set(draft.countries) <= set(d.countries)
                    ],
                    people_all,
                    people_starts,
                    c0,
                )
                if pair is not None:
                    draft.people.extend(a for a in pair.people if a not in pair.joined)
            if kind == "attend" and draft.status != _PLANNED:
                continue  # an event taken part in, told after it: no encounter of the pair
            if kind == "visit" and draft.location is not None and len(draft.people) == 1:
                venues.append(draft)  # "X is on a visit to <city>": where X's talks are held
            if spec_end is not None and _guard.search(_SPEC_CUT, body, spec_end, c0):
                spec_end = None  # a new clause: the thought-of cue's reach ends
            if kind != "signing" and (
                spec_end is not None
                or (
                    "speculative" in hints
                    and (
                        _SPECULATIVE.search(body, max(lo, c0 - 50), c0, _SERIAL)
                        or _AGREED_TO.search(body, max(lo, c0 - 30), c0, _SERIAL)
                    )
                )
            ):
                spec_end = c1
                # "arranging X's possible trip", "the envisioned meeting": not held yet (a day
                # read as past is a year-less date taken backwards: the same day a year on,
                # where that is to come, else dropped)
                draft.status = _PLANNED
                if published is not None and (
                    (draft.date is not None and draft.date < published)
                    or (draft.window is not None and draft.window[1] < published)
                ):
                    _date_forward(body, draft, published, c0)
            if (
                planned_hint
                and draft.status == _HELD
                and (draft.date is None or published is None or draft.date >= published)
            ):
                draft.status = _PLANNED
            parts: list[_Draft] = []
            if kind in ("talks", "call", "host") and (
                not back or body[c0:c1].lower().startswith(_VERB_CUES)
            ):
                # (a verb's "back" is only its subject: "His Excellency met A, B and C")
                # a list of counterparts needs two people after the cue
                if len(after) >= 2:
                    if joint_last is None:
                        joint_last = _last_start(_JOINT, body, lo, hi, "joint" in hints)
                    # "together" after the cue, or "a trilateral meeting with A and B"
                    joint = joint_last >= c0 or (
                        joint_last >= max(lo, c0 - 30)
                        and _JOINT_BEFORE.search(body, max(lo, c0 - 30), c0, _SERIAL) is not None
                    )
                    parts = _split_listed(
                        body, draft, c0, c1, seg_hi, who, after, mentions, joint=joint
                    )
                if not parts and "counterparts" in hints:
                    parts = _split_counterparts(body, draft, c1, seg_hi, sent_countries)
                if not parts and not after and draft.people:
                    parts = _split_titles(body, draft, c0, c1, seg_hi)
                if not parts and not after and len(draft.people) >= 2 and "counterparts" in hints:
                    parts = _split_their_counterparts(
                        body, text, draft, c0, c1, seg_hi, mentions, people_all, people_starts
                    )
                # (a split needs two countries named after the cue, three where the sentence
                # has no word of _SEPARATE: see ``_split_by_country``)
                named_after = (
                    0
                    if parts
                    else bisect.bisect_left(country_at, seg_hi) - bisect.bisect_left(country_at, c1)
                )
                if named_after >= (2 if "separate" in hints else 3):
                    parts = _split_by_country(
                        body,
                        draft,
                        c0,
                        c1,
                        seg_hi,
                        who,
                        after,
                        sent_countries,
                        country_at,
                        parties,
                        drafts,
                        mentions,
                        may_separate="separate" in hints,
                    )
                if len(parts) > 1:
                    if joint_last is None:
                        joint_last = _last_start(_JOINT, body, lo, hi, "joint" in hints)
                    if (joint_last >= c0 or _guard.search(_JOINT_SETTING, body, c1, hi)) and not (
                        body[c0:c1].lower().startswith(_CALL_ON)
                        or ("separate" in hints and _said_separate(body, c0, c1, seg_hi))
                    ):
                        parts = []  # "met them together", "at a roundtable"
            if (
                kind == "visit"
                and len(draft.people) == 1
                and drafts
                and body[c0:c1].lower().startswith(_TRAVEL_CUES)
            ):
                # "X, who arrived in <city> on Sunday": the trip of an encounter already read
                home = next(
                    (
                        d
                        for d in reversed(drafts[-_JOIN_REACH:])
                        if len(d.people) >= 2
                        and draft.people[0] in d.people
                        and set(draft.countries) <= set(d.countries)
                    ),
                    None,
                )
                if home is not None:
                    if home.location is None and draft.location is not None:
                        home.location = draft.location
                    continue
            if (
                drafts
                and "ahead" in hints
                and (low is None or _holds_any(low[max(lo, c0 - 60) : c0], _AHEAD_WORDS))
                and _AHEAD.search(body, max(lo, c0 - 60), c0, _SERIAL)
            ):
                # "ahead of the meeting": the encounter already read, whatever its status
                mine = set(draft.people)
                home = next(
                    (
                        d
                        for d in reversed(drafts[-_JOIN_REACH:])
                        if (mine & set(d.people))
                        or (not mine and set(draft.countries) <= set(d.countries))
                    ),
                    None,
                )
                if home is not None:
                    _merge_into(home, attrs.evolve(draft, date=None, window=None, sentences={}))
                    records.grew(home)
                    continue
            if len(parts) > 1:
                base = list(drafts)
                homes: list[_Draft] = []
                # records of the subject alone (a visit, a headline) take one encounter at most
                shared = set.intersection(*(set(part.people) for part in parts))
                solo = [d for d in base if set(d.people) <= shared]
                for part in parts:
                    home = _place(records, part, back, [d for d in base if d not in homes])
                    if home is not None:
                        homes.extend(solo if home in solo else [home])
                # the encounters of one list share the setting's day or window
                setting = next((h for h in homes if h.date or h.window), None)
                for part in parts:
                    if setting is not None and part.date is None and part.window is None:
                        part.date, part.window = setting.date, setting.window
            else:
                # "the meeting of <A> and <B>": the pair named after the cue is its own
                own_pair = (
                    back
                    and not before
                    and len(draft.people) >= 2
                    and body.startswith((" of ", " between "), c1)
                )
                points_back = back
                if (
                    back
                    and not parts
                    and not before
                    and after
                    and kind in ("talks", "call", "host")
                    and body[c0:c1].lower().startswith(_VERB_CUES)
                ):
                    # "A held talks with B. The visiting general also met C": an office
                    # the text gave no name to is the subject, the one who led that pair
                    points_back = not _subject_of_pair(
                        body, clause_lo, c0, draft, records, mentions
                    )
                _place(records, parts[0] if parts else draft, points_back, own_pair=own_pair)
            if (
                k + 1 < len(sentences)
                and not tried_following
                and len(draft.people) == 1
                and "distributive" in hints
                and (
                    bool(
                        _word_matches(
                            _DISTRIBUTIVE,
                            body,
                            words,
                            max(lo, c0 - 40),
                            seg_hi,
                            _DISTRIBUTIVE_FIRST,
                            _DISTRIBUTIVE_THEN,
                            first=True,
                        )
                    )
                    if word_hints
                    else _may_distribute(low, max(lo, c0 - 40), seg_hi)
                    and bool(_guard.search(_DISTRIBUTIVE, body, max(lo, c0 - 40), seg_hi))
                )
            ):
                # "held bilateral meetings with several officials. The talks involved A, B
                # and C": one encounter per counterpart listed in the next sentence (read
                # once a sentence at most)
                tried_following = True
                if _split_following(
                    body,
                    sentences[k + 1],
                    records,
                    parts or [draft],
                    mentions,
                    countries_all,
                    country_starts,
                    people_all,
                    people_starts,
                ):
                    consumed = k + 1
    if drafts and (low is None or _holds_any(low, _JOINED_HINTS)):
        _join_present(body, text, drafts, mentions, people_all, people_starts)
    if drafts and (low is None or low.find("such") >= 0 or low.find("previous") >= 0):
        _earlier_such(body, text, drafts, dates, date_starts)
    if venues:
        _visit_venues(drafts, venues)
    if drafts and any(not d.people and len(d.countries) >= 2 for d in drafts):
        _fill_nameless(text, drafts, mentions, people_all, people_starts)
    drafts = _fold_headline(drafts)
    if len(drafts) > 1:
        drafts = _fold_lone_visits(drafts, mentions)
    if drafts and drafts[0].date is None and drafts[0].window is None:
        lead = _lead_date(body, dates, published)
        if lead is not None and drafts[0].status == _HELD:
            drafts[0].date = lead.date
            drafts[0].spans.append((lead.start, lead.end, "date"))
    if main is None and any(len(d.countries) < 2 for d in drafts):
        main = parties.main_pair(mentions)
    # the sides of those each person of no known side met ("A met his Danish counterpart B
    # and his Finnish counterpart C"): none of them is A's own
    met_sides = _met_sides(drafts, mentions) if main and len(drafts) > 1 else {}
    ranked: list[tuple[Country, int]] | None = None
    for d in drafts:
        barred: set[Country] = set()
        if met_sides and len(d.countries) < 2:
            # (one person of no known side: two such may be of two sides)
            sideless = [a for a in d.people if mentions.actors[a].country is None]
            if len(sideless) == 1:
                barred = met_sides.get(sideless[0], set()) - set(d.countries)
        for c in main or ():
            if len(d.countries) < 2 and c not in d.countries and c not in barred:
                d.countries.append(c)
        if len(d.countries) < 2 and barred:
            # the side named most after those met (named twice at least), if any
            if ranked is None:
                ranked = _ranked_sides(mentions, parties.all_excluded())
            d.countries.extend(
                itertools.islice(
                    (c for c, n in ranked if n >= 2 and c not in barred and c not in d.countries),
                    1,
                )
            )
        if (
            len(d.countries) == 1
            and d.location is not None
            and d.kind != _CALL
            and all(mentions.actors[i].country is not None for i in d.people)
        ):
            # "the Indian minister met his counterpart in Moscow": the other side is the host
            # city's state (not where someone of no known side takes part: they may be anyone's)
            host = _host_of_place(d, mentions)
            if host is not None and host not in d.countries:
                d.countries.append(host)
    if len(drafts) > 1:
        drafts = _fold_nameless(drafts)
    if len(drafts) > 1:
        drafts = _fold_singles(drafts, mentions)
    if len(drafts) > 1 and mentions.dateline is not None:
        drafts = _fold_next_days(drafts, mentions.dateline)
    if len(drafts) > 1 and (low is None or low.find("day") >= 0):
        _one_day_visits(body, drafts)
    if not drafts:
        return ()
    lead_draft = drafts[0]
    if (
        lead_draft.location is None
        and lead_draft.status is _HELD
        and lead_draft.kind is not _CALL
        and lead_draft.sentences
        and len(lead_draft.countries) >= 2
    ):
        _lead_city(body, text, lead_draft, mentions, headline)
    area_at = _area_sentences(text, areas, sent_starts)
    abroad: dict[tuple[int, int, Country], bool] = {}
    release = None if mentions.dateline is not None else _release_dateline(body, mentions)
    line = mentions.dateline or release
    # a lead that sends someone abroad ("during a visit to India") puts the report's undated
    # encounters there, not in the dateline's city
    lead_away = False
    if line is not None and line.country is not None:
        s0 = next(iter(drafts[0].sentences), (0, 0))[0]
        # (``_abroad`` reads a record's sentences alone: the lead's stretch, no copy of it)
        opening = ((s0, min(len(body), s0 + _LEAD_REACH)),)
        lead_away = _abroad(opening, text, mentions, line.country, abroad)
    return _same_day_places(
        published,
        tuple(
            _finish(d, text, published, mentions, area_at, abroad, release, lead_away=lead_away)
            for d in drafts
            if _worth(d)
        ),
    )


def _same_day_places(
    published: dt.date | None, meetings: tuple[Meeting, ...]
) -> tuple[Meeting, ...]:
    """A record with no place takes the one place of the records of the same day and people.

    Two records of one day that share a participant ("held talks in Rome on Monday" and
    "later in the day co-chaired the dialogue") were held where the placed one was, when
    every such placed record names the same place. So is a planned one of the next days
    whose participant is there on a visit of the report's day ("arrived in Rome on Monday
    ... will call on the President on Wednesday"). So is a held one of a few days' trip
    whose people met the same countries in one place in the days around it. A call has no
    place and gives none.
    """
    if len(meetings) < 2:
        return meetings
    # the places of each day and participant, and those of the visits of the report's days
    # (one pass: the records are not compared pairwise)
    by_day: dict[tuple[dt.date, str], set[str]] = {}
    visiting: dict[str, set[str]] = {}
    by_sides: dict[tuple[dt.date, str, frozenset[str]], set[str]] = {}
    for o in meetings:
        if o.location is None or o.date is None or o.kind == _CALL:
            continue
        recent = published is not None and o.status == _HELD and 0 <= (published - o.date).days <= 1
        sides = frozenset(c.code for c in o.countries)
        for a in o.participants:
            by_day.setdefault((o.date, a.name), set()).add(o.location)
            by_sides.setdefault((o.date, a.name, sides), set()).add(o.location)
            if recent:
                visiting.setdefault(a.name, set()).add(o.location)
    if not by_day:
        return meetings
    out = list(meetings)
    for i, m in enumerate(meetings):
        if m.location is not None or m.date is None or m.kind == _CALL:
            continue
        soon = (
            published is not None
            and m.status == _PLANNED
            and 0 <= (m.date - published).days <= _VISIT_DAYS
        )
        places: set[str] = set()
        for a in m.participants:
            places |= by_day.get((m.date, a.name), set())
            if soon:
                places |= visiting.get(a.name, set())
        if not places and m.status == _HELD:
            # a held one of a few days' trip: where the same people met the same sides in
            # those days
            sides = frozenset(c.code for c in m.countries)
            for a in m.participants:
                for k in range(1, _VISIT_DAYS + 1):
                    for day in (m.date - dt.timedelta(days=k), m.date + dt.timedelta(days=k)):
                        places |= by_sides.get((day, a.name, sides), set())
        if len(places) == 1:
            out[i] = attrs.evolve(m, location=places.pop())
    return tuple(out)


_VISIT_DAYS = 3  # how many days after the report a planned encounter of a visit may fall


# An office that comments on an encounter rather than taking part in it.
_COMMENTATOR = regex.compile(
    r"spokes|press|information|public\s+relations|analyst|expert|correspondent|editor|reporter",
    regex.IGNORECASE,
)


def _fill_nameless(
    text: Text,
    drafts: list[_Draft],
    mentions: Mentions,
    people_all: tuple[PersonMention, ...],
    people_starts: list[int],
) -> None:
    """Give an encounter of countries only the officials its sentence (or the next) names.

    "Brazil and Paraguay signed the accord during a meeting in Asuncion. Brazilian Defence
    Minister A and Paraguayan Defence Minister B also ...": A and B took part. The officials
    named (by full name and an office that is no spokesperson's) must hold no other record
    and be of two of its countries or more; the others of no known country named with them
    join them.
    """
    taken = {a for d in drafts for a in d.people}
    sentences = text.sentences
    for d in drafts:
        if d.people or len(d.countries) < 2 or not d.sentences or d.headline:
            continue
        s0, s1 = max(d.sentences)
        k = text.sentence_index(s0)
        p1 = text.paragraph_of(s0)[1]
        hi = sentences[k + 1][1] if k + 1 < len(sentences) and sentences[k + 1][1] <= p1 else s1
        mine: list[PersonMention] = []
        sides: set[Country] = set()
        for p in _within(people_all, people_starts, s0, hi):
            actor = mentions.actors[p.actor]
            if (
                p.form != "full"
                or p.actor in taken
                or actor.title is None
                or _COMMENTATOR.search(actor.title)
            ):
                continue
            country = actor.country
            if country is None or country in d.countries:
                mine.append(p)
                if country is not None:
                    sides.add(country)
        if len(sides) < 2:
            continue
        for p in mine:
            if p.actor not in d.people:
                d.people.append(p.actor)
                taken.add(p.actor)
            d.spans.append((p.start, p.end, "participant"))
    if not taken and len(drafts) <= _FILL_ONLY_MAX:
        for d in drafts:
            _fill_only(d, mentions, people_all)


_FILL_ONLY_MAX = 4  # the records of an article short enough to tell of one encounter or two


def _fill_only(d: _Draft, mentions: Mentions, people_all: tuple[PersonMention, ...]) -> None:
    """Give an encounter of an article whose records name no one the officials of its sides.

    "Brazil and Chile signed a roadmap in Brasilia. ... said Chilean Defence Minister A": the
    article reports a held encounter (of a day, or of no date) and names, anywhere,
    officials (full name, an office that is no spokesperson's) of its countries, and with one
    of them those of no known country: they took part. (Of a planned one, or one of a time
    span, they may only announce it or recall it.)
    """
    if d.people or len(d.countries) < 2 or d.status != _HELD or d.window is not None:
        return
    mine: list[PersonMention] = []
    sided = False
    for p in people_all:
        actor = mentions.actors[p.actor]
        if (
            p.form != "full"
            or actor.title is None
            or (actor.country is not None and actor.country not in d.countries)
            or _COMMENTATOR.search(actor.title)
        ):
            continue
        mine.append(p)
        sided = sided or actor.country is not None
    if not sided:
        return  # (officials of no known country join only one of a side)
    for p in mine:
        if p.actor not in d.people:
            d.people.append(p.actor)
        d.spans.append((p.start, p.end, "participant"))


# "Z also took part in the call", "A and B were also present", "Also present were A and B":
# people who joined an encounter read before, named outside its sentence.
_JOINED = regex.compile(
    r"""\b(?:(?P<verb>(?:also\s+)?(?:took\s+part|participated|joined|attended|sat\s+in)\s+(?:in\s+|on\s+)?
      (?:the|this|that|their)\s+(?:[\w'’-]+\s+){0,3}?(?P<ev>call|conversation|meetings?|talks
      |discussions?|dialogue|visit)\b)
    | (?P<was>(?:were|was)\s+(?:also\s+)?present\b)
    | (?P<also>(?:also\s+)?present\s+(?:at\s+(?:the|this)\s+(?:[\w'’-]+\s+){0,3}?)?
        (?:were|was)\b))""",
    regex.IGNORECASE | regex.VERBOSE,
)
_JOIN_REACH = 12
# Every _JOINED match holds one of these (lower case): a cheap prefilter.
_JOINED_HINTS = ("took part", "participated", "joined", "attended", "sat in", "present")


def _joined_matches(body: str, low: str | None) -> list[regex.Match[str]]:
    """The matches of ``_JOINED``, sought only around the words that every match holds."""
    if low is None:
        return list(_guard.finditer(_JOINED, body))
    out: dict[int, regex.Match[str]] = {}
    for hint in _JOINED_HINTS:
        at = low.find(hint)
        while at >= 0:
            lo = max(0, at - 20)
            for m in _guard.finditer(_JOINED, body, lo, min(len(body), at + 120)):
                if m.start() <= at < m.end():
                    out[m.start()] = m
            at = low.find(hint, at + 1)
    return [out[k] for k in sorted(out)]


def _join_present(
    body: str,
    text: Text,
    drafts: list[_Draft],
    mentions: Mentions,
    people_all: tuple[PersonMention, ...],
    people_at: list[int],
) -> None:
    """Add the people "also present" or who "took part in the call" to the record before."""
    people = list(people_all)
    recent = drafts[-_JOIN_REACH:]  # the records of the last few sentences
    # where each of their sentences opens, in order (the loop never changes their sentences)
    opens: list[list[int]] | None = None
    for m in _joined_matches(body, text.lower):
        lo, hi = text.sentence_of(m.start())
        if m.group("also"):
            who = _between(people, people_at, m.end(), hi)
        else:
            cut = lo
            for t in _guard.finditer(_THAT, body, lo, m.start()):
                cut = t.end()
            who = _between(people, people_at, cut, m.start())
        if not who:
            continue
        call = (m.group("ev") or "").lower() in ("call", "conversation")
        best: _Draft | None = None
        best_at = -1
        if opens is None:
            opens = [sorted(s0 for s0, _ in d.sentences) for d in recent]
        for d, starts in zip(recent, opens, strict=True):
            if d.headline or (call and d.kind != _CALL):
                continue
            i = bisect.bisect_right(starts, lo)  # the last sentence opening at or before lo
            at = starts[i - 1] if i else -1
            if at > best_at:
                best, best_at = d, at
        if best is None:
            continue
        for p in who:
            if p.actor not in best.people:
                best.people.append(p.actor)
                best.joined.append(p.actor)
                best.spans.append((p.start, p.end, "participant"))
            country = _country_of(mentions, p.actor)
            if country is not None and country not in best.countries:
                best.countries.append(country)


# "The latest such conversation took place last week": an earlier encounter of the kind just
# read, between the same people.
_SUCH = regex.compile(
    r"""\b(?:latest|last|previous|most\s+recent|preceding)\s+(?:such\s+)?(?P<noun>conversation|call
    |exchange|meeting|talks|encounter|dialogue|round)\s+(?:of\s+\w+\s+)?(?:took\s+place|was\s+held
    |were\s+held|happened)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
_SUCH_KINDS = {"conversation": None, "call": _CALL, "exchange": None, "round": None}
# The words a _SUCH match starts on ("most recent": "most").
_SUCH_FIRST = ("latest", "last", "previous", "most", "preceding")


def _such_matches(body: str, low: str | None) -> list[regex.Match[str]]:
    """The matches ``_guard.finditer(_SUCH, body)`` gives, tried only where one can start.

    A match starts on a word of ``_SUCH_FIRST``, as ``low`` spells it where it keeps offsets
    and holds no "ſ" (which IGNORECASE folds to "s"); else the pattern scans the body.
    """
    if low is None or "ſ" in low:
        return list(_guard.finditer(_SUCH, body))
    starts: set[int] = set()
    for w in _SUCH_FIRST:
        at = low.find(w)
        while at >= 0:
            starts.add(at)
            at = low.find(w, at + 1)
    out: list[regex.Match[str]] = []
    done = 0
    for at in sorted(starts):
        if at < done:
            continue
        if _guard.spent():
            break
        m = _SUCH.match(body, at)
        if m is not None:
            out.append(m)
            done = m.end()
    return out


def _earlier_such(
    body: str,
    text: Text,
    drafts: list[_Draft],
    dates: tuple[DateMention, ...],
    date_starts: list[int],
) -> None:
    """Add the earlier encounter "the latest such call took place last week" points to."""
    dated = list(dates)
    for m in _such_matches(body, text.lower):
        lo, hi = text.sentence_of(m.start())
        when = _between(dated, date_starts, m.end(), hi)[:1]
        if not when or (when[0].date is None and when[0].window is None):
            continue
        last = next(
            (d for d in reversed(drafts[-_JOIN_REACH:]) if next(iter(d.sentences), (hi,))[0] < lo),
            None,
        )
        if last is None:
            continue
        noun = m.group("noun").lower()
        kind = _SUCH_KINDS.get(noun, last.kind) or last.kind
        d = when[0]
        if d.date is not None and d.date == last.date:
            continue
        drafts.append(
            _Draft(
                kind=kind,
                status=_HELD,
                anaphoric=False,
                people=[a for a in last.people if a not in last.joined],
                countries=list(last.countries),
                date=d.date,
                window=None if d.date else d.window,
                sentences={(lo, hi): None},
                spans=[(m.start(), m.end(), "trigger"), (d.start, d.end, "date")],
            )
        )


_FIRST_PERSON = regex.compile(r"\b(?:I|we|We|us|our|Our)\b")


def _speaker_labels(body: str, people: tuple[PersonMention, ...]) -> dict[int, PersonMention]:
    """The people a transcript's lines are labelled with ("JOHN SMITH: ..."), by line start."""
    out: dict[int, PersonMention] = {}
    for p in people:
        line = body.rfind("\n", max(0, p.start - 8), p.start) + 1
        if (line == 0 and p.start > 8) or body[line : p.start].strip():
            continue
        tail = body[p.end : p.end + 40]
        colon = tail.find(":")
        if colon < 0 or "\n" in tail[:colon] or (colon and not tail[:colon].lstrip(" ,").isupper()):
            continue
        out[line] = p
    return out


_SIGNATURE_DASHES = ("—", "–", "-", "--")


def _post_authors(text: Text, people: tuple[PersonMention, ...]) -> dict[int, PersonMention]:
    """The authors of embedded posts, by the start of the post's paragraph.

    A post is signed on the line after it, or at its end: "… — Ana Soto (@anasoto) May 1,
    2024". Its "I" and "we" are the author's.
    """
    body = text.text
    out: dict[int, PersonMention] = {}
    for p in people:
        if p.form != "full" or not body.startswith(" (@", p.end):
            continue
        p0, _ = text.paragraph_of(p.start)
        lead = body[p0 : p.start].rstrip()
        if lead in _SIGNATURE_DASHES:
            i = bisect.bisect_left(text.paragraphs, (p0, p0)) - 1
            if i >= 0:
                out[text.paragraphs[i][0]] = p
        elif lead.endswith(_SIGNATURE_DASHES) and lead[:-1].rstrip():  # signed at its end
            out[p0] = p
    return out


def _speaker_label(text: Text, lo: int, labels: dict[int, PersonMention]) -> PersonMention | None:
    """The label of the paragraph holding ``lo``, if any."""
    p0, _ = text.paragraph_of(lo)
    return labels.get(p0)


def _visit_venues(drafts: list[_Draft], venues: list[_Draft]) -> None:
    """Give a visitor's encounters with no place the city of the visit they fall in."""
    for d in drafts:
        if d.location is not None or d.kind == _CALL:
            continue
        for v in venues:
            if (
                v.people[0] in d.people
                and v.status == d.status
                and v.location is not None
                and _same_time(d, v)
            ):
                d.location = v.location
                break


def _same_time(a: _Draft, b: _Draft) -> bool:
    """Whether two drafts' days and windows allow one time (either may be undated)."""
    if a.date and b.date:
        return a.date == b.date
    for x, y in ((a, b), (b, a)):
        if x.date and y.window:
            return y.window[0] <= x.date <= y.window[1]
    if a.window and b.window:
        return _nested(a.window, b.window)
    return True


def _place(
    records: _Records,
    draft: _Draft,
    back: bool,
    before_split: list[_Draft] | None = None,
    *,
    own_pair: bool = False,
) -> _Draft | None:
    """Merge a draft into the record it repeats, or keep it as a record of its own.

    One of several counterparts split from a list merges only into an earlier record
    of its own pair of countries, never into a sibling. A draft that points back but names
    its own pair (``own_pair``) merges only into a record that shares one of its people.
    Returns the record merged into.
    """
    if before_split is not None:
        mine = set(draft.countries)
        fits = [d for d in before_split if not set(d.countries) - mine]
        home = _find_home(reversed(fits), draft)
        if home is not None:
            _merge_into(home, draft)
            records.grew(home)
        else:
            records.add(draft)
        return home
    drafts = records.drafts
    home = _find_home(records.candidates(draft), draft)
    # (a draft that names its own pair merges only into one sharing someone, which
    # ``_find_home`` has looked for: no fallback)
    if home is None and back and drafts and not own_pair:
        # the latest compatible record that is no visit, else the latest compatible one
        # (the scan stops at the first of the first kind)
        first: _Draft | None = None
        for d in reversed(drafts):
            if _compatible(d, draft) and not _meets_another(d, draft):
                if d.kind != _VISIT:
                    home = d
                    break
                first = first or d
        home = home or first
    if home is not None:
        _merge_into(home, draft)
        if records.index is not None:
            records.grew(home)
    elif not back or draft.people or len(draft.countries) >= 2 or draft.location:
        records.add(draft)
    return home


# "held bilateral meetings with several officials", "a series of talks with visiting
# ministers": encounters with counterparts who may be listed in the next sentence.
_DISTRIBUTIVE = regex.compile(
    r"""\b(?:(?:bilateral|individual|one-on-one|one-to-one)\s+(?:[\w-]+\s+)?meetings
    |separate(?:ly)?\s+(?:[\w-]+\s+)?(?:meetings|talks|discussions|calls|consultations)
    |(?:several|various|multiple|numerous|a\s+number\s+of|a\s+series\s+of|a\s+string\s+of
    |a\s+round\s+of)\s+(?:[\w-]+\s+){0,3}?(?:meetings|talks|officials|ministers|counterparts
    |leaders|delegations|dignitaries|chiefs|heads|delegates|guests))\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
# A word every _DISTRIBUTIVE match holds (lower case): a cheap prefilter of its window.
_DISTRIBUTIVE_WORDS = (
    "bilateral",
    "individual",
    "one-on-one",
    "one-to-one",
    "separate",
    "several",
    "various",
    "multiple",
    "numerous",
    "number",
    "series",
    "string",
    "round",
)


# The words a _DISTRIBUTIVE match opens on ("one-on-one": "one"), and "a" before its nouns.
_DISTRIBUTIVE_FIRST = frozenset(
    [
        *("bilateral", "individual", "one", "separate", "separately", "several", "various"),
        *("multiple", "numerous", "a"),
    ]
)
_DISTRIBUTIVE_THEN = {"a": frozenset(["number", "series", "string", "round"])}


def _may_distribute(low: str | None, lo: int, hi: int) -> bool:
    """Whether ``low[lo:hi]`` holds a word every ``_DISTRIBUTIVE`` match holds."""
    return low is None or _holds_any(low[lo:hi], _DISTRIBUTIVE_WORDS)


# The listed people met together, or only attended something: no split.
_TOGETHER = regex.compile(
    r"\b(?:together|jointly|joint|trilateral|multilateral|attended|present|each\s+other)\b",
    regex.IGNORECASE,
)
# The list sentence names who took part ("the talks involved", "among those he met were",
# "they included"); a sentence with a cue of its own passes too.
_LIST_LEAD = regex.compile(
    r"\b(?:involv|includ|among|comprised|featured|took\s+place\s+with)", regex.IGNORECASE
)


def _split_following(
    body: str,
    sentence: tuple[int, int],
    records: _Records,
    made: list[_Draft],
    mentions: Mentions,
    countries_all: tuple[CountryMention, ...],
    country_starts: list[int],
    people_all: tuple[PersonMention, ...],
    people_starts: list[int],
) -> bool:
    """Split the encounters of a distributive cue by the counterparts the next sentence lists.

    ``made`` are the drafts the cue made (one, or one per country it named), each holding
    the host alone. Each listed counterpart (grouped by country) joins the draft of its
    country, else the cue's own draft, else a copy of it. Returns whether it split.
    """
    lo, hi = sentence
    targets = [t for t in made if records.holds(t)]
    if not targets or len({a for t in targets for a in t.people}) != 1:
        return False
    host = targets[0].people[0]
    if not _guard.search(_LIST_LEAD, body, lo, hi) and not _guard.search(
        _CUE_ANY_CASE, body, lo, hi
    ):
        return False
    listed = [
        p
        for p in _participants(body, _within(people_all, people_starts, lo, hi), hi)
        if p.actor != host and p.form not in ("pronoun", "handle")
    ]
    actors = list(dict.fromkeys(p.actor for p in listed))
    if len(actors) < 2 or _guard.search(_TOGETHER, body, lo, hi):
        return False
    # each counterpart's country: its own, else one named next to it and claimed by nobody
    own = {a: _country_of(mentions, a) for a in actors}
    claimed = {c for c in own.values() if c is not None}
    named = _within(countries_all, country_starts, lo, hi)
    country: dict[int, Country | None] = {}
    for i, p in enumerate(listed):
        if p.actor in country:
            continue
        if own[p.actor] is not None:
            country[p.actor] = own[p.actor]
            continue
        left = listed[i - 1].end if i else lo
        right = listed[i + 1].start if i + 1 < len(listed) else hi
        near = [cm for cm in named if left <= cm.start and cm.end <= p.start]
        near += [cm for cm in named if p.end <= cm.start and cm.end <= right]
        pick = next((cm.country for cm in near if cm.country not in claimed), None)
        if pick is not None:
            claimed.add(pick)
        country[p.actor] = pick
    if len({c for c in country.values() if c is not None}) < 2:
        return False
    groups: dict[object, list[int]] = {}
    for a in actors:
        c = country[a]
        groups.setdefault(c if c is not None else ("nobody", a), []).append(a)
    listed_countries = {c for c in country.values() if c is not None}
    template = targets[0]
    home = _country_of(mentions, host) or next(
        (c for t in targets for c in t.countries if c not in listed_countries), None
    )
    free = [t for t in targets if not set(t.countries) - {home} & listed_countries]
    for key, group in groups.items():
        c = key if isinstance(key, Country) else None
        target = next(
            (t for t in targets if c is not None and c in t.countries and t.people == [host]),
            None,
        )
        if target is None and free:
            target = free.pop(0)
            target.countries = [x for x in (home,) if x is not None]
        if target is None:
            target = attrs.evolve(
                template,
                people=[host],
                countries=[x for x in (home,) if x is not None],
                sentences=dict(template.sentences),
                spans=[s for s in template.spans if s[2] != "country"],
            )
            records.add(target)
        target.people.extend(group)
        target.sentences[lo, hi] = None
        if c is not None and c not in target.countries:
            target.countries.append(c)
        records.grew(target)
        target.spans.extend((p.start, p.end, "participant") for p in listed if p.actor in group)
    return True


# "held separate meetings with A and B", "met A, B and C": one encounter per counterpart,
# unless the text says they met together.
_SEPARATE = regex.compile(
    r"\b(?:separate(?:ly)?|individual(?:ly)?|respectively|one-on-one|each\s+of|in\s+turn"
    r"|(?:bilateral|separate)\s+(?:meetings|talks|calls))\b",
    regex.IGNORECASE,
)


def _said_separate(body: str, c0: int, c1: int, seg_hi: int) -> bool:
    """Whether the words around a cue ``[c0, c1)`` say its encounters were separate."""
    return _SEPARATE.search(body, max(0, c0 - 40), min(seg_hi, c1 + 40), _SERIAL) is not None


_JOINT = regex.compile(
    r"\b(?:together|jointly|joint|trilateral(?:ly)?|quadrilateral|multilateral|all\s+three"
    r"|all\s+four|three-way|four-way|the\s+trio|each\s+other)\b",
    regex.IGNORECASE,
)
# An encounter of all at once named right before its cue ("a trilateral meeting with").
_JOINT_BEFORE = regex.compile(
    r"\b(?:trilateral|quadrilateral|multilateral|joint|three-way|four-way)\s+(?:[\w-]+\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
# A joint setting after a list of counterparts ("at a roundtable"), unless its sidelines.
_JOINT_SETTING = regex.compile(
    r"""(?<!sidelines\s+of\s+)(?<!margins\s+of\s+)\b(?:at|during|in)\s+(?:a|an|the)\s+
    (?:[\w'’-]+\s+){0,3}?(?:roundtable|round-table|conference|forum|plenary|workshop|symposium
    |seminar|session|meeting\s+of)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
_LIST_GAP = regex.compile(
    r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|and\s+|as\s+well\s+as\s+)(?:the\s+)?\s*\Z"
)
# Between two listed names: a separator, then only a title ("and Navy chief Admiral").
_NAME_GAP = regex.compile(
    r"""\A['’]?s?\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)
    (?:(?:\p{Lu}[\w.'’-]*|the|his|her|its|their|of|for|and|chief|minister|secretary|general
    |deputy|vice|head|commander|counterpart|adviser|advisor|army|navy|air|force|defen[cs]e
    |foreign|prime|national|security|staff|state|affairs|joint|chiefs|retd|with|\(|\))[\s,]*)*\Z""",
    regex.VERBOSE,
)
_FIRST_GAP = regex.compile(r"(?:the\s+)?")
_COUNTERPARTS = regex.compile(r"\s+(?:\w+\s+){0,2}?counterparts\s+(?:from|of)\s+", regex.IGNORECASE)


def _listed_apart(body: str, c0: int, c1: int, seg_hi: int) -> bool:
    """Whether the cue's list of counterparts were met one by one.

    "called on A and B", "met A and B separately", or a distributive cue before the list
    ("had a series of meetings with A and with B").
    """
    if body[c0:c1].lower().startswith(_CALL_ON) or _said_separate(body, c0, c1, seg_hi):
        return True
    return bool(_guard.search(_DISTRIBUTIVE, body, max(0, c0 - 40), c1))


def _split_listed(
    body: str,
    draft: _Draft,
    c0: int,
    c1: int,
    seg_hi: int,
    who: list[PersonMention],
    after: list[PersonMention],
    mentions: Mentions,
    *,
    joint: bool,
) -> list[_Draft]:
    """One draft per counterpart when a subject meets a list of them, else [].

    ``joint``: whether the text says, after the cue, that they met together.
    """
    objects = [p for p in after if p.actor not in {q.actor for q in who if q not in after}]
    hosts = list(dict.fromkeys(p.actor for p in who if p not in after))
    if len(hosts) != 1 or len(objects) < 2 or joint:
        return []
    # the objects must form one list: only commas and "and" between them
    for a, b in itertools.pairwise(objects):
        gap = body[a.end : b.start]
        if len(gap) > 80 or not _NAME_GAP.match(gap):
            return []
    actors = list(dict.fromkeys(p.actor for p in objects))
    countries = [_country_of(mentions, a) for a in actors]
    known = {c for c in countries if c is not None}
    if len(known) >= 2 and None not in countries:
        groups: dict[object, list[int]] = {}
        for actor, c in zip(actors, countries, strict=True):
            groups.setdefault(c, []).append(actor)
        parts = list(groups.values())
    elif len(actors) >= 3 or _listed_apart(body, c0, c1, seg_hi):
        parts = [[actor] for actor in actors]
    else:
        return []
    host_country = _country_of(mentions, hosts[0])
    out = []
    for group in parts:
        part = attrs.evolve(
            draft,
            people=[hosts[0], *group],
            countries=[],
            sentences=dict(draft.sentences),
            spans=list(draft.spans),
        )
        for actor in part.people:
            country = _country_of(mentions, actor)
            if country is not None and country not in part.countries:
                part.countries.append(country)
        if len(part.countries) < 2:
            others = [c for c in draft.countries if c != host_country and c not in known]
            if len(known) == 1:
                others = [*known, *others]  # an official of the others' country
            part.countries.extend(c for c in others[:1] if c not in part.countries)
        out.append(part)
    return out


# Cue words that are verbs: what precedes them is their subject, not a pointer back.
_VERB_CUES = (
    "met",
    "meet",
    "called on",
    "calls on",
    "call on",
    "paid",
    "pay",
    "held",
    "hold",
    "had",
)
# Cues of a courtesy call: each official called on is an encounter of its own.
_CALL_ON = ("called on", "calls on", "call on", "paid", "pay")
# Visit cues that only move the visitor: an arrival, a journey, a stay.
_TRAVEL_CUES = ("arriv", "travel", "head", "was in", "were in", "is in", "are in")
# An official's title word: each listed country of a list of encounters names one.
_OFFICIAL = regex.compile(
    r"\b(?:\L<heads>|general|admiral|marshal|commander|commodore|colonel)\b",
    heads=list(HEAD_WORDS),
    flags=regex.IGNORECASE,
)
_LIST_CUT = regex.compile(r",|\band\b|\bas\s+well\s+as\b", regex.REVERSE)
_CLAUSE_STOP = regex.compile(
    r"[;:()]|\b(?:who|which|where|while|to\s+discuss|on\s+the\s+sidelines)\b", regex.I
)


def _split_by_country(
    body: str,
    draft: _Draft,
    c0: int,
    c1: int,
    seg_hi: int,
    who: list[PersonMention],
    after: list[PersonMention],
    sent_countries: list[CountryMention],
    country_at: list[int],
    parties: _Parties,
    drafts: list[_Draft],
    mentions: Mentions,
    *,
    may_separate: bool = True,
) -> list[_Draft]:
    """One draft per official in "met the Minister of P X, the Chief of Q Y and ...", else [].

    A subject meets a comma list of officials, each named with a country of its own: three
    countries at least (two when the text says the meetings were separate), and a title or a
    name in every item. ``may_separate``: whether the sentence can hold a _SEPARATE match
    (a cheap exact test: else none is sought).
    """
    first, last = bisect.bisect_left(country_at, c1), bisect.bisect_left(country_at, seg_hi)
    if last - first < 2:
        return []
    # (a country is its code and name: a set of those pairs hashes in C)
    distinct = len({(cm.country.code, cm.country.name) for cm in sent_countries[first:last]})
    if distinct < 2:
        return []
    # (what the window says is one fact of the sentence: read once, then used where needed)
    apart = may_separate and _said_separate(body, c0, c1, seg_hi)
    separate = distinct == 2 and apart
    if distinct < 3 and not separate:
        return []
    hosts = list(dict.fromkeys(p.actor for p in who if p not in after))
    if len(hosts) > 1:
        return []
    host = hosts[0] if hosts else None
    home = _host_country(host, drafts, mentions) if host is not None else None
    stop = _guard.search(_CLAUSE_STOP, body, c1, seg_hi)
    end = seg_hi if stop is None else stop.start()
    stretch = _between(sent_countries, country_at, c1, end)
    if len({cm.country for cm in stretch} - {home}) < 3 and not separate:
        separate = apart
    if len({cm.country for cm in stretch} - {home}) < (2 if separate else 3):
        return []
    listed: list[CountryMention] = []
    for cm in stretch:
        if cm.country == home or parties.excluded(cm):
            continue
        if listed and cm.country == listed[-1].country:
            continue
        listed.append(cm)
    if len({cm.country for cm in listed}) != len(listed) or len(listed) < 2:
        return []
    if _ATTENDEES.search(body, c1, listed[0].start, _SERIAL):
        return []  # "held in the presence of A of P, B of Q and ...": one meeting, all there
    if len(listed) < 3 and not separate:
        separate = apart
        if not separate:
            return []
    # the items: cut at the last comma (or "and") between two listed countries
    cuts = [c1]
    for a, b in itertools.pairwise(listed):
        if b.start - a.end > 160:
            return []
        cut = _guard.search(_LIST_CUT, body, a.end, b.start)
        if cut is None:
            return []
        cuts.append(cut.start())
    cuts.append(end)
    if home is None:
        rest = [c for c in draft.countries if c not in {cm.country for cm in listed}]
        home = rest[0] if rest else None
    out = []
    for k, cm in enumerate(listed):
        lo, hi = cuts[k], cuts[k + 1]
        people = [p.actor for p in after if lo <= p.start < hi and p.actor != host]
        if not people and not separate and not _guard.search(_OFFICIAL, body, lo, hi):
            # an item with no official of its own: only a list of separate meetings splits
            separate = apart
            if not separate:
                return []
        countries = [c for c in (home, cm.country) if c is not None]
        out.append(
            attrs.evolve(
                draft,
                people=list(dict.fromkeys([*([host] if host is not None else []), *people])),
                countries=countries,
                sentences=dict(draft.sentences),
                spans=[s for s in draft.spans if s[2] != "participant" or lo <= s[0] < hi]
                + [(cm.start, cm.end, "country")],
            )
        )
    return out


# A list of those present at one meeting, not of counterparts met one by one.
_ATTENDEES = regex.compile(
    r"\b(?:in\s+the\s+presence\s+of|attended\s+by|with\s+the\s+participation\s+of"
    r"|participants\s+(?:included|were))\b",
    regex.IGNORECASE,
)
_ITEM_CUT = regex.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _split_titles(body: str, draft: _Draft, c0: int, c1: int, seg_hi: int) -> list[_Draft]:
    """One draft per office in "called on the President, the Prime Minister and ...", else [].

    Courtesy calls on officials named by office only: each is a call of its own.
    """
    if not body[c0:c1].lower().startswith(_CALL_ON):
        return []
    stop = _guard.search(_CLAUSE_STOP, body, c1, seg_hi)
    end = min(seg_hi, c1 + 200) if stop is None else stop.start()
    items = 0
    at = c1
    for cut in [*_guard.finditer(_ITEM_CUT, body, c1, end), None]:
        item_end = end if cut is None else cut.start()
        if _guard.search(_OFFICIAL, body, at, item_end):
            items += 1
        elif cut is not None or items:
            break  # a list of offices only
        if cut is None:
            break
        at = cut.end()
    if items < 2:
        return []
    return [
        attrs.evolve(
            draft,
            people=list(draft.people),
            countries=list(draft.countries),
            sentences=dict(draft.sentences),
            spans=list(draft.spans),
        )
        for _ in range(items)
    ]


def _host_country(host: int, drafts: list[_Draft], mentions: Mentions) -> Country | None:
    """The host's country: its own, else the one it stood for in its last record."""
    own = _country_of(mentions, host)
    if own is not None:
        return own
    for d in reversed(drafts[-_JOIN_REACH:]):
        if host in d.people:
            theirs = {_country_of(mentions, p) for p in d.people if p != host}
            return next((c for c in d.countries if c not in theirs), None)
    return None


_THEIR_COUNTERPARTS = regex.compile(
    r"\s+(?:\w+\s+){0,3}?with\s+their\s+(?:[\w-]+\s+){0,2}?counterparts\b", regex.IGNORECASE
)
# "X and his Australian counterpart Y", "her counterpart, Minister Y": Y named as X's counterpart.
_COUNTERPART_BEFORE = regex.compile(
    r"\bcounterpart,?\s+(?:\p{Lu}[\w.'’-]*\s+){0,3}?$", regex.REVERSE
)


def _split_their_counterparts(
    body: str,
    text: Text,
    draft: _Draft,
    c0: int,
    c1: int,
    seg_hi: int,
    mentions: Mentions,
    people: tuple[PersonMention, ...],
    people_at: list[int],
) -> list[_Draft]:
    """One draft per subject in "X and Y held separate talks with their counterparts", else [].

    Each subject's counterpart is the person the text named as his or her counterpart before.
    """
    if not _THEIR_COUNTERPARTS.match(body, c1, seg_hi, _SERIAL):
        return []
    if not _SEPARATE.search(body, max(0, c0 - 40), min(seg_hi, c1 + 80), _SERIAL):
        return []
    pairs: dict[int, int] = {}
    for k in range(bisect.bisect_left(people_at, c0) - 1, -1, -1):
        p = people[k]
        if p.actor in pairs or not _COUNTERPART_BEFORE.search(
            body, max(0, p.start - 60), p.start, _SERIAL
        ):
            continue
        lo, _ = text.sentence_of(p.start)
        for q in reversed(people[bisect.bisect_left(people_at, lo) : k]):
            if q.form in ("pronoun", "title"):
                continue  # "X and his counterpart Y": X is named
            if q.actor != p.actor and q.actor not in pairs:
                pairs[q.actor] = p.actor
                pairs.setdefault(p.actor, q.actor)
                break
        if all(a in pairs for a in draft.people):
            break
    if not all(a in pairs for a in draft.people):
        return []
    out = []
    for actor in draft.people:
        mate = pairs[actor]
        countries = [
            c for c in (_country_of(mentions, actor), _country_of(mentions, mate)) if c is not None
        ]
        for c in draft.countries:
            if len(countries) < 2 and c not in countries:
                countries.append(c)
        out.append(
            attrs.evolve(
                draft,
                people=[actor, mate],
                countries=list(dict.fromkeys(countries)),
                sentences=dict(draft.sentences),
                spans=list(draft.spans),
            )
        )
    return out


def _split_counterparts(
    body: str, draft: _Draft, c1: int, seg_hi: int, sent_countries: list[CountryMention]
) -> list[_Draft]:
    """One draft per country in "met his counterparts from P, Q and R", else []."""
    if not draft.people:
        return []
    lead = _COUNTERPARTS.match(body, c1, seg_hi, _SERIAL)
    if lead is None:
        return []
    named: list[Country] = []
    prev_end = lead.end()
    first = bisect.bisect_left(sent_countries, prev_end, key=_start_of)
    for cm in sent_countries[first:]:
        gap = body[prev_end : cm.start]
        if not (_LIST_GAP.search(gap) if named else _FIRST_GAP.fullmatch(gap)):
            break
        if cm.country not in named:
            named.append(cm.country)
        prev_end = cm.end
    home = [c for c in draft.countries if c not in named][:1]
    if len(named) < 2:
        return []
    return [
        attrs.evolve(
            draft,
            people=list(draft.people),
            countries=[*home, c],
            sentences=dict(draft.sentences),
            spans=list(draft.spans),
        )
        for c in named
    ]


# What closes a sentence (a stop, a colon, a quote or a bracket), before white space alone.
_CLOSERS = frozenset(".!?:\"'”’)]")
_SPACES = _BLANKS.translate(dict.fromkeys(range(0x1C, 0x20)))  # (``\s``: see ``_BLANKS``)


def _headline(text: Text) -> int | None:
    """The end of the headline: a short first paragraph with no closing stop, if any."""
    if len(text.paragraphs) < 2:
        return None
    p0, p1 = text.paragraphs[0]
    if p1 - p0 > 250 or text.text[p0:p1].rstrip(_SPACES)[-1:] in _CLOSERS:
        return None  # (it ends on a closer, then white space alone)
    return p1


def _fold_lone_visits(drafts: list[_Draft], mentions: Mentions) -> list[_Draft]:
    """Fold a visit of one side into that day's encounter of the visitor with others.

    "A visited Helsinki on Wednesday, where he and B signed ...": the visit is the setting of
    the signing, not an encounter of its own (a visit on another day stays apart, and so do
    the visits of several visitors told in one sentence: no lone visit is another's home).
    A visitor with those of no other side ("A, accompanied by his chief of staff C, led a
    delegation on a visit to Budapest during which he held a meeting with B") is one side;
    an encounter with no day of its own told in the visit's sentence is that day's.
    """
    lone = {
        id(d)
        for d in drafts
        if d.kind is _VISIT
        and d.status is _HELD
        and d.people
        and d.date is not None
        and _one_side(d.people, mentions)
    }
    if not lone:
        return drafts
    out: list[_Draft] = []
    for d in drafts:
        home = None
        if id(d) in lone:
            home = next(
                (
                    o
                    for o in drafts
                    if id(o) not in lone
                    and o.status is _HELD
                    and o.kind is not _CALL
                    and (
                        o.date == d.date
                        or (
                            o.date is None
                            and o.window is None
                            and not d.sentences.keys().isdisjoint(o.sentences)
                        )
                    )
                    and o.people
                    and (
                        (len(o.people) >= 2 and d.people[0] in o.people)
                        or not d.sentences.keys().isdisjoint(o.sentences)
                    )
                    and (o.location is None or d.location is None or o.location == d.location)
                ),
                None,
            )
        if home is None:
            out.append(d)
            continue
        for k, person in enumerate(d.people):
            if person not in home.people:  # "A visited X, where B received him": one encounter
                home.people.insert(k, person)
        home.date = home.date or d.date
        home.location = home.location or d.location
        home.sentences.update(d.sentences)
        home.spans.extend(s for s in d.spans if s[2] != "date" and s[2] != "participant")
    return out


def _one_side(people: list[int], mentions: Mentions) -> bool:
    """Whether ``people`` are one person, or several of whom none is of another state."""
    if len(people) == 1:
        return True
    first = _country_of(mentions, people[0])
    return first is not None and all(_country_of(mentions, p) in (first, None) for p in people[1:])


def _fold_headline(drafts: list[_Draft]) -> list[_Draft]:
    """Fold each headline record into the body record of the same encounter."""
    out: list[_Draft] = []
    heads = [d for d in drafts if d.headline]
    body = [d for d in drafts if not d.headline]
    for h in heads:
        mine = set(h.people)
        home = next(
            (
                d
                for d in body
                if d.status == h.status
                and (
                    (mine and mine & set(d.people))
                    or (not mine and set(h.countries) <= set(d.countries))
                )
                # a headline's "talks" may be the body's call; its day and place must fit
                and _compatible(d, h, kinds=False)
            ),
            None,
        )
        if home is None:
            out.append(h)
            continue
        kind, date, window, location = home.kind, home.date, home.window, home.location
        _merge_into(home, h)
        if kind != _OTHER:
            home.kind = kind
        if date is not None or window is not None:
            home.date, home.window = date, window
        home.location = location or (h.location if kind != _CALL else None)
    return [*out, *body] if out else body


# A call is no encounter in person; a signing of countries alone may be another accord's.
_NOT_FOLDED = (_CALL, _SIGNING)


def _dated_by_line(d: _Draft, dateline: PlaceMention) -> bool:
    """Whether the day of ``d`` is the one its dateline gives ("NEW DELHI, Jun 24 (PTI)")."""
    return any(
        role == "date" and dateline.end <= s < dateline.end + _LINE_DATE_REACH
        for s, _, role in d.spans
    )


_LINE_DATE_REACH = 8  # characters from a dateline's city to its date (", Sept. ")


def _fold_next_days(drafts: list[_Draft], dateline: PlaceMention) -> list[_Draft]:
    """Fold held encounters of one people and place a day apart, one dated by the dateline.

    "NEW DELHI, Jun 24 (PTI) The two sides met in Johannesburg ... The joint committee met
    there on June 23 and 24, led by A": the dateline's day is the report's, and the session
    told twice is one (no call; no signing, which may close talks of the day before).
    """
    out: list[_Draft] = []
    # The records kept so far by place and people (which a fold into them does not change):
    # a record's home shares both, so only those are read (linear in the records).
    by_key: dict[tuple[str, frozenset[int]], list[_Draft]] = {}
    for d in drafts:
        home = None
        key = (d.location or "", frozenset(d.people))
        if d.people and d.location is not None and d.date is not None and d.kind not in _NOT_FOLDED:
            home = next(
                (
                    o
                    for o in by_key.get(key, ())
                    if o.status is d.status is _HELD
                    and o.date is not None
                    and o.date != d.date
                    and abs((o.date - d.date).days) == 1
                    and o.location == d.location
                    and set(o.people) == set(d.people)
                    and o.kind not in _NOT_FOLDED
                    and (_dated_by_line(o, dateline) or _dated_by_line(d, dateline))
                ),
                None,
            )
        if home is None:
            out.append(d)
            if d.people and d.location is not None:
                by_key.setdefault(key, []).append(d)
            continue
        # the day the text tells of, not the report's
        if _dated_by_line(home, dateline):
            home.date = None
            home.spans = [x for x in home.spans if x[2] != "date"]
        else:
            d.spans = [x for x in d.spans if x[2] != "date"]
        _merge_into(home, d)
    return out


def _fold_singles(drafts: list[_Draft], mentions: Mentions) -> list[_Draft]:
    """Fold the two held encounters of one person each, of two sides, into one.

    "When receiving a visit from the Japanese chief A, ... 'Japan is a friend,' B told him":
    the article's only two encounters of one named person each, people of two countries (or
    one of no known country), of the same countries and with no other day, window or place,
    are one encounter told of each side (no call, no signing).
    """
    singles = [
        d for d in drafts if len(d.people) == 1 and d.status is _HELD and d.kind not in _NOT_FOLDED
    ]
    if len(singles) != 2:
        return drafts
    a, b = singles
    if set(a.countries) != set(b.countries) or not _compatible(a, b, kinds=False):
        return drafts
    ca, cb = mentions.actors[a.people[0]].country, mentions.actors[b.people[0]].country
    if ca == cb:
        return drafts
    _merge_into(a, b)
    return [d for d in drafts if d is not b]


def _fold_nameless(drafts: list[_Draft]) -> list[_Draft]:
    """Fold a held encounter of countries only into the one encounter of theirs with people.

    "Poland and Canada held talks in Ottawa on Monday. ... A met the Canadian minister B":
    the lead told of the countries, the body names who met (no day or place of one may
    contradict the other's; with two such encounters of people, which one is meant is
    unknown and nothing is folded). Neither may be a call or a signing.
    """
    # The records with people that may take a nameless one, by their countries (a fold into
    # one adds none: the nameless one has the same): read once, not once per nameless record.
    homes_by: dict[frozenset[Country], list[_Draft]] = {}
    for o in drafts:
        if o.people and o.status is _HELD and o.kind not in _NOT_FOLDED:
            homes_by.setdefault(frozenset(o.countries), []).append(o)
    out: list[_Draft] = []
    for d in drafts:
        if d.people or d.status is not _HELD or d.kind in _NOT_FOLDED or len(d.countries) < 2:
            out.append(d)
            continue
        homes = homes_by.get(frozenset(d.countries), [])
        if len(homes) != 1 or not _compatible(homes[0], d, kinds=False):
            out.append(d)
            continue
        home = homes[0]
        kind = home.kind
        _merge_into(home, d)
        home.kind = kind
    return out


# A stay of one day: "during her one-day introductory visit", "on a day-long trip".
_ONE_DAY = regex.compile(
    r"\b(?:one-day|one\s+day|day-long|daylong)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|stay)\b",
    regex.IGNORECASE,
)


def _one_day_visits(body: str, drafts: list[_Draft]) -> None:
    """Date the undated encounters told "during a one-day visit" by the visitor's one day.

    "A met B yesterday. A also called on C during her one-day visit": the call falls on the
    day of A's only dated encounter of the same status (none when A's are on two days).
    """
    days: dict[tuple[int, MeetingStatus], set[dt.date]] = {}
    for d in drafts:
        if d.date is not None:
            for a in d.people:
                days.setdefault((a, d.status), set()).add(d.date)
    if not days:
        return
    for d in drafts:
        if d.date is not None or d.window is not None or not d.sentences:
            continue
        s0, s1 = next(iter(d.sentences))
        if _ONE_DAY.search(body, s0, s1, _SERIAL) is None:
            continue
        found: set[dt.date] = set()
        for a in d.people:
            found |= days.get((a, d.status), set())
        if len(found) == 1:
            d.date = found.pop()


def _named(name: str) -> bool:
    return name.lower() not in ("here", "the national capital", "there")


def _lead_date(
    body: str, dates: tuple[DateMention, ...], published: dt.date | None
) -> DateMention | None:
    """The article's own day, for a lead meeting the text does not date otherwise.

    Not the day of a line that holds a date and no sentence ("Xinhua, July 23, 2015",
    "January 20, 2015 | 12:36 pm"): a byline's day is the report's, not an encounter's.
    """
    if published is None:
        return None
    for d in dates:
        if d.date is not None and 0 <= (published - d.date).days <= 1 and not _byline(body, d):
            return d
    return None


# "in <City>": where the lead says its encounter was held.
_IN_BEFORE_CITY = regex.compile(r"\s+in\s+(?:the\s+)?$")
_LEAD_SENTENCES = 2  # how many sentences open a report's body: its lead


def _lead_city(
    body: str, text: Text, draft: _Draft, mentions: Mentions, headline: int | None
) -> None:
    """Give the first encounter, told in the lead, the one city of its sides the lead names.

    "The defence ministers of A and B discussed ties in <City>. They signed two accords.": the
    lead's "in <City>" of one of its countries is where the encounter told there was held.
    """
    sentences = text.sentences
    k = text.sentence_index(headline or 0) + (headline is not None)
    if k >= len(sentences):
        return
    own = min(lo for lo, _ in draft.sentences)
    last = min(len(sentences), k + _LEAD_SENTENCES) - 1
    if own > sentences[last][0]:
        return  # (the encounter is told after the lead)
    lo, hi = sentences[k][0], max(sentences[last][1], own)
    hi = min(hi, text.sentence_of(own)[1])
    found: PlaceMention | None = None
    for p in mentions.places_in(lo, hi):
        if (
            p.form == "city"
            and p.country in draft.countries
            and _IN_BEFORE_CITY.search(body, max(lo, p.start - 12), p.start, _SERIAL)
        ):
            if found is not None and found.name != p.name:
                return  # two cities: which one is unknown
            found = p
    if found is not None:
        draft.location = found.name
        draft.spans.append((found.start, found.end, "location"))


# A word in small letters (not "am" or "pm" of a time): a sentence's, no byline's.
_SMALL_WORD = regex.compile(r"(?<![\p{L}\p{N}])(?!(?:am|pm|a\.m|p\.m)\b)\p{Ll}")
_BYLINE_REACH = 60


def _byline(body: str, d: DateMention) -> bool:
    """Whether the date ``d`` stands on a short line with no word in small letters."""
    lo = body.rfind("\n", max(0, d.start - _BYLINE_REACH), d.start) + 1
    if lo == 0 and d.start > _BYLINE_REACH:
        return False
    hi = body.find("\n", d.end, d.end + _BYLINE_REACH)
    if hi < 0:
        if len(body) - d.end > _BYLINE_REACH:
            return False
        hi = len(body)
    return not _SMALL_WORD.search(body, lo, d.start, _SERIAL) and not _SMALL_WORD.search(
        body, d.end, hi, _SERIAL
    )


def _main_pair(mentions: Mentions, not_parties: set[int]) -> tuple[Country, ...]:
    """The two countries the article names most as parties (first-named first on ties)."""
    ranked = _ranked_sides(mentions, not_parties)
    return (ranked[0][0], ranked[1][0]) if len(ranked) >= 2 else ()


def _ranked_sides(mentions: Mentions, not_parties: set[int]) -> list[tuple[Country, int]]:
    """Every country named as a party, with its count, most named first (then first named)."""
    count: dict[Country, int] = {}
    for cm in mentions.countries:
        if cm.start not in not_parties:
            count[cm.country] = count.get(cm.country, 0) + 1
    for actor in mentions.actors:
        if actor.country is not None:
            count[actor.country] = count.get(actor.country, 0) + 1
    return sorted(count.items(), key=lambda item: -item[1])


def _met_sides(drafts: list[_Draft], mentions: Mentions) -> dict[int, set[Country]]:
    """For each person of no known side, the known sides of everyone met in the records."""
    out: dict[int, set[Country]] = {}
    for d in drafts:
        known = {c for a in d.people if (c := mentions.actors[a].country) is not None}
        if not known:
            continue
        for a in d.people:
            if mentions.actors[a].country is None:
                out.setdefault(a, set()).update(known)
    return out


def _pairless(mentions: Mentions) -> bool:
    """Whether the article names fewer than two countries, so ``_main_pair`` gives ()."""
    seen: set[Country] = set()
    for country in itertools.chain(
        (cm.country for cm in mentions.countries), (a.country for a in mentions.actors)
    ):
        if country is not None and country not in seen:
            if seen:
                return False
            seen.add(country)
    return True


def _host_of_place(d: _Draft, mentions: Mentions) -> Country | None:
    """The state of the city a draft's location names, if the text names it as a city."""
    for lo, _hi, role in d.spans:
        if role != "location":
            continue
        for p in mentions.places_in(lo, lo + len(d.location or "")):
            if p.start == lo and p.form == "city" and p.name == d.location:
                return p.country
    return None


def _tells_only(actor: Actor) -> bool:
    """Whether an actor's office is to speak for others (a spokesperson, a press secretary)."""
    title = (actor.title or "").lower()
    return "spokes" in title or "press secretary" in title


def _worth(d: _Draft) -> bool:
    if d.people:
        return True
    if d.kind is _SIGNING and d.window is not None and (d.window[1] - d.window[0]).days >= _A_YEAR:
        return False  # "the accord the two countries signed in 2010": a deed of its year
    return len(d.countries) >= 2


_A_YEAR = 364


# A release line: "January 16, 2018 – Vancouver, Canada – Ministry", "Lima, Peru –", "Lima:".
_RELEASE_BEFORE = regex.compile(
    r"[\ \t]*(?:(?:\p{Lu}\p{Ll}{2,8}\.?\ \d{1,2},?\ \d{4}|\d{1,2}\ \p{Lu}\p{Ll}{2,8}\ \d{4})"
    r"\ ?[–—-]{1,2}\ ?)?"
)
_RELEASE_AFTER = regex.compile(
    r"(?:,\ \p{Lu}[\p{L}.]*(?:\ \p{Lu}[\p{L}.]*){0,2})?\ ?(?:[–—-]{1,2}|:)(?:\s|$)"
)
# An outlet's name before its city in brackets, on a line of their own ("Daily News (").
_OUTLET_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’.&]*(?:\ [\p{Lu}&][\p{L}'’.&]*){0,5}\ \(")
_RELEASE_REACH = 600
# How many days before a dated report a held encounter may fall and still be placed in the
# dateline's city (a wire's week: "visited Laos this week" under "VIENTIANE, July 14").
_DATELINE_DAYS = 7
_LEAD_REACH = 300  # the lead of the first record, where a trip abroad is told


def _release_dateline(body: str, mentions: Mentions) -> PlaceMention | None:
    """The city of a release line, a "City:" opener or an outlet's line near the top.

    Read when there is no wire dateline; an outlet's line is "Daily News (Lusaka)".
    """
    for p in mentions.places:
        if p.start > _RELEASE_REACH:
            break
        if p.form != "city" or p.country is None:
            continue
        line = body.rfind("\n", 0, p.start) + 1
        if _RELEASE_BEFORE.fullmatch(body, line, p.start, _SERIAL) and _RELEASE_AFTER.match(
            body, p.end, min(len(body), p.end + 40), _SERIAL
        ):
            return p
        if (
            body.startswith(")", p.end)
            and body.startswith("\n", p.end + 1)
            and _OUTLET_BEFORE.fullmatch(body, line, p.start, _SERIAL)
        ):
            return p  # "Cameroon Tribune (Yaoundé)": the outlet's city, on a line of its own
    return None


# A headquarters named by its office alone ("General Headquarters", "Joint Staff
# Headquarters", "the Army's General Headquarters"): the dateline's city says where it stands.
_GENERIC_SITE = regex.compile(
    # (perhaps after the owner's name: "Pakistan Army's General Headquarters")
    r"(?:(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*['’]s\s+)?(?:(?:General|Joint|Staff|Army|Armed|Forces?|Defen[cs]e|Military|Command|Naval|Navy|Air"
    r"|Main|Central|Combined|Services?|Chiefs?|Integrated|of|the)\s+)*(?:Headquarters|HQ|GHQ)"
)


def _finish(
    d: _Draft,
    text: Text,
    published: dt.date | None,
    mentions: Mentions,
    area_at: list[tuple[AreaId, set[tuple[int, int]]]],
    abroad: dict[tuple[int, int, Country], bool],
    release: PlaceMention | None,
    *,
    lead_away: bool,
) -> Meeting:
    location = None if d.kind == _CALL else d.location
    dateline = mentions.dateline or release
    if (
        (
            location is None
            # (every _GENERIC_SITE match ends on "Headquarters", "HQ" or "GHQ")
            or (location.endswith(("Headquarters", "HQ")) and _GENERIC_SITE.fullmatch(location))
        )
        and d.kind != _CALL
        and d.status == _HELD
        and dateline is not None
        and dateline.country is not None
        and dateline.country in d.countries
        and published is not None
        and (
            (d.date is not None and (published - d.date).days <= _DATELINE_DAYS)
            or (d.date is None and d.window is None and not lead_away)  # the report's own
        )
        and not _abroad(d.sentences, text, mentions, dateline.country, abroad)
    ):
        # one city of the dateline's country named in the meeting's own sentences (the
        # events "in Gandhinagar" under a "New Delhi" release) is where it was held
        named = {
            p.name
            for lo, hi in d.sentences
            for p in mentions.places_in(lo, hi)
            if p.form == "city"
            and p.country == dateline.country
            and not _deployed_at(text.text, lo, p.start)
        }
        location = named.pop() if len(named) == 1 else dateline.name
    ids: list[AreaId] = []
    for area_id, held in area_at:
        if area_id not in ids and not held.isdisjoint(d.sentences):
            ids.append(area_id)
    body = text.text
    countries = _order_countries(d, mentions)
    return Meeting(
        date=d.date,
        date_window=d.window if d.date is None else None,
        location=location,
        participants=tuple(map(mentions.actors.__getitem__, d.people)),
        countries=countries,
        status=d.status,
        kind=d.kind,
        areas=tuple(ids),
        # a location span only for the location kept, and only where the text names it
        spans=tuple(
            itertools.starmap(
                Span,
                # (each span once; kept in the order read, which is nearly sorted: a dict
                # sorts faster than a set's hash order, and the sorted spans are the same)
                sorted(
                    {
                        s: None
                        for s in d.spans
                        if s[2] != "location"
                        or (location is not None and body[s[0] : s[1]] == location)
                    }
                    # (without a location span, every span is kept: read in C)
                    if "location" in map(_ROLE_OF, d.spans)
                    else dict.fromkeys(d.spans)
                ),
            )
        ),
    )


def _area_sentences(
    text: Text, areas: tuple[CooperationArea, ...], starts: list[int]
) -> list[tuple[AreaId, set[tuple[int, int]]]]:
    """Each area with the sentences (``(start, end)`` of ``text.sentences``) its spans start in.

    ``starts``: the start of each sentence.
    """
    sentences = text.sentences
    out: list[tuple[AreaId, set[tuple[int, int]]]] = []
    for area in areas:
        held: set[tuple[int, int]] = set()
        for span in area.spans:
            i = bisect.bisect_right(starts, span.start) - 1
            if i >= 0 and span.start < sentences[i][1]:
                held.add(sentences[i])
        out.append((area.id, held))
    return out


def _order_countries(d: _Draft, mentions: Mentions) -> tuple[Country, ...]:
    actors = mentions.actors
    people = [c for c in (actors[p].country for p in d.people) if c is not None]
    return tuple(dict.fromkeys([*people, *d.countries]))


def _abroad(
    sentences: Iterable[tuple[int, int]],
    text: Text,
    mentions: Mentions,
    home: Country,
    seen: dict[tuple[int, int, Country], bool],
) -> bool:
    """Whether a meeting's ``sentences`` send someone to a country other than the dateline's.

    ``seen`` keeps the answer per sentence, which many records may share.
    """
    body = text.text
    for lo, hi in sentences:
        key = (lo, hi, home)
        if key not in seen:
            # (not a country's name that qualifies a noun: "training for US staff")
            seen[key] = any(
                cm.country != home
                and _may_end_on(body[max(lo, cm.start - 12) : cm.start], _TO_COUNTRY_WORDS, 2)
                and _TO_COUNTRY.search(body[max(lo, cm.start - 12) : cm.start])
                and not _attributive(body, cm.end, hi)
                for cm in mentions.countries_in(lo, hi)
            )
        if seen[key]:
            return True
    return False
