"""The mention stage: countries, people (with their offices), organisations and places.

Everything is found with a handful of patterns compiled once at import, the
gazetteers entering them as named lists. People are found in three passes:

1. named mentions: an office and a name ("Defence Minister Rajnath Singh"), a
   name and an office in apposition ("Jane Roe, Vice Chairman of ..."), a
   transcript label ("JOHN SMITH, MINISTER OF DEFENCE:"), a post signature
   ("John Smith (@jsmith)") or a rank and a name ("Admiral Jane Doe");
2. every later capitalised word that is a token of a known name ("Austin",
   "Rajnath") becomes a mention of that person;
3. titles without a name ("the visiting minister", "his counterpart"),
   handles ("@SecDef") and pronouns resolve to a person already mentioned.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import string
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate, compress
from operator import add, attrgetter, itemgetter
from typing import NamedTuple

import attrs
import regex

from defrel import _guard
from defrel._gaz_countries import CAPITALS, COUNTRIES, COUNTRY_FORMS, NOT_AFTER, PREFIXES, SEATS
from defrel._gaz_places import CITIES, VENUE_HEADS
from defrel._gaz_titles import (
    COMPOUND_HEADS,
    FEMININE,
    HEAD,
    HEAD_WORDS,
    HONORIFIC,
    HONORIFIC_SUFFIX,
    LEFT,
    MASCULINE,
    NAME_STOPWORDS,
    NATIONAL_HONORIFICS,
    NATIONAL_OFFICE_WORDS,
    NATIONAL_OFFICES,
    OFFICE_ACRONYMS,
    PARTICLES,
    RANK_WORDS,
    RIGHT,
    title_kind,
)
from defrel._model import Actor, Country, Span
from defrel._text import Text
from defrel._types import CountryMention, Mentions, OrgMention, PersonMention, PlaceMention

__all__ = ["find_mentions", "resolve_here"]


def _trie(words: Iterable[str]) -> str:
    """One alternation for many words, factored as a trie so matching stays fast."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        alts = [regex.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


# ---------------------------------------------------------------------------- countries

# Upper-case variants of the longer forms, for datelines and transcript labels ("NEW DELHI").
_UPPER_FORMS = {
    form.upper(): value
    for form, value in COUNTRY_FORMS.items()
    if len(form) >= 4 and value[1] != "short" and form.upper() not in COUNTRY_FORMS
}
_ALL_FORMS = {**_UPPER_FORMS, **COUNTRY_FORMS}

_CITY_NAMES = {**dict(CAPITALS), **dict(CITIES)}
_CITY_UPPER = {name.upper(): name for name in _CITY_NAMES}
# Words that look like a country in lower case but are common words ("turkey", "chad").
_LOWER_AMBIGUOUS = frozenset(
    {"Chad", "Jordan", "Georgia", "Turkey", "Guinea", "Niger", "Polish", "Us", "Lao"}
)


@functools.cache
@_guard.untimed  # built on first use; not charged to that parse's deadline
def _gazetteer() -> regex.Pattern[str]:
    """Countries, cities, seats, organisations and other capitalised words in one scan.

    Compiled on first use: the tries take a while to build.
    """
    surfaces = set(_ALL_FORMS) | set(_CITY_NAMES) | _ORG_SURFACES
    return regex.compile(
        rf"""\b(?=\p{{Lu}})(?<![@#])
        (?:
            (?P<prefix>{_trie(PREFIXES)})(?=-\p{{Lu}})(?!-Pacific)
          | (?<!American\ |New\ |Latin\ |South\ |Central\ |North\ )(?P<form>{_trie(surfaces)})
            (?![\p{{L}}\p{{N}}])
            (?!\ {_trie(NOT_AFTER)}(?![\p{{L}}]))
          | (?P<cap>\p{{Lu}}[\p{{L}}\p{{M}}]*(?:-\p{{L}}+){{0,2}})(?![\p{{L}}])
        )""",
        regex.VERBOSE,
    )


# Where the gazetteer scan may match: a capital that opens a word (not a handle or a tag),
# and the capitalised word there (the scan's last branch) with its first run of letters.
_CAP_START = regex.compile(r"""\b(?=\p{Lu})(?<![@#])""")
# The same as ``\b(?=\p{Lu})(?<![@#])`` before the word, written to open on the capital:
# the scan then only stops at capitals (a tenth faster).
_CAP_WORD = regex.compile(
    r"""(?P<cap>(?P<run>\p{Lu}(?<![\w@#].)\p{L}*)[\p{L}\p{M}]*(?:-\p{L}+){0,2})(?![\p{L}])"""
)

# Marks of punctuation outside ASCII that news text is full of: no letter, mark, digit or
# word character. In a text of ASCII and these alone ``\p{Lu}`` is [A-Z], ``\p{L}`` is
# [A-Za-z], ``\w`` is [A-Za-z0-9_] and no ``\p{M}`` stands, so ``_CAP_WORD`` there finds what
# ``_CAP_WORD_ASCII`` finds (the standard ``re``, a third faster on such a split).
_PUNCTUATION_OUTSIDE_ASCII = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026"  # ‘’“”–—…
_NOT_PLAIN = re.compile(f"[^\\x00-\\x7f{_PUNCTUATION_OUTSIDE_ASCII}]")
_CAP_WORD_ASCII = re.compile(
    r"""(?P<cap>(?P<run>[A-Z](?<![A-Za-z0-9_@#].)[A-Za-z]*)(?:-[A-Za-z]+){0,2})(?![A-Za-z])"""
)


def _cap_split(text: str) -> list[str]:
    """``_CAP_WORD.split(text)``: the text between the matches, then the two groups of each."""
    if text.isascii() or _NOT_PLAIN.search(text) is None:
        return _CAP_WORD_ASCII.split(text)
    return _CAP_WORD.split(text, 0, _KEEP_GIL)


@functools.cache
def _first_runs() -> frozenset[str]:
    """The first run of letters of every prefix and form: the only words they can match at.

    A prefix or form matched at a word spans that word's whole first run of letters (the
    next character is not a letter, or a lookahead of the scan fails).
    """
    run = regex.compile(r"\p{L}*")
    surfaces = [*PREFIXES, *_ALL_FORMS, *_CITY_NAMES, *_ORG_SURFACES]
    return frozenset(m.group() for s in surfaces if (m := run.match(s)) is not None)


@functools.cache
def _surface_runs() -> dict[str, list[frozenset[str]]]:
    """The runs of letters of every prefix and form, by their first run.

    A match of the gazetteer spans whole runs of letters of the text (a word boundary
    before, no letter after, and within it the entry's own separators).
    """
    out: dict[str, list[frozenset[str]]] = {}
    for s in {*PREFIXES, *_ALL_FORMS, *_CITY_NAMES, *_ORG_SURFACES}:
        runs = _LETTERS.findall(s)
        if runs and s.startswith(runs[0]):
            out.setdefault(runs[0], []).append(frozenset(runs[1:]))
    return out


@functools.cache
def _openers() -> dict[str, tuple[str, ...]]:
    """Every prefix and form by its first run of letters: all that can match at that word.

    A prefix or form that matches at a word is written there in full, and its first run
    is that word's first run (see ``_first_runs``).
    """
    run = regex.compile(r"\p{L}*")
    openers: dict[str, set[str]] = {}
    for s in {*PREFIXES, *_ALL_FORMS, *_CITY_NAMES, *_ORG_SURFACES}:
        m = run.match(s)
        if m is not None:
            openers.setdefault(m.group(), set()).add(s)
    # (longest first, as ``_entry_at`` tries them; alphabetical among the same length)
    return {r: tuple(sorted(sorted(ss), key=len, reverse=True)) for r, ss in openers.items()}


@functools.cache
def _lone_runs() -> frozenset[str]:
    """Runs of letters that are a form on their own and open no other prefix or form.

    At a capitalised word that is exactly such a run the trie can only match that form,
    and does where its lookarounds hold (``_FORM_END`` and the lookbehind).
    """
    return frozenset(r for r, ss in _openers().items() if ss == (r,) and r not in PREFIXES)


# What the form branch of the gazetteer asks after a form.
_FORM_END = regex.compile(rf"""(?![\p{{L}}\p{{N}}])(?!\ {_trie(NOT_AFTER)}(?![\p{{L}}]))""")
# ("Latin America", "South America": a continent, not the state the last word names)
_NOT_BEFORE_FORM = ("American ", "New ", "Latin ", "South ", "Central ", "North ")
# Characters after which ``_FORM_END`` holds at once: neither a letter, a digit nor a space.
_FORM_END_OK = frozenset(",.;:!?()[]{}'\"’”“‘-–—/\n\r\t")


def _form_ends(text: str, end: int) -> bool:
    """Whether ``_FORM_END`` holds at ``end``, without the pattern in the usual cases."""
    after = text[end : end + 1]
    if not after or after in _FORM_END_OK:
        return True
    if after == " " and not text[end + 1 : end + 2].isupper():
        return True  # every word of NOT_AFTER opens on a capital
    if after == " " and not text.startswith(NOT_AFTER, end + 1):
        return True  # no word of NOT_AFTER follows the space
    if after != " ":
        return _ends_before(after)  # (the second look-ahead reads a space first)
    return _FORM_END.match(text, end) is not None


@functools.lru_cache(maxsize=512)
def _ends_before(after: str) -> bool:
    """Whether ``_FORM_END`` holds before ``after`` (one character, no space): it alone decides."""
    return _FORM_END.match(after) is not None


# A match of the gazetteer scan: (branch, start, end, surface).
_Hit = tuple[str, int, int, str]


# ``concurrent`` of a pattern call, passed by position: the call keeps the GIL.
_KEEP_GIL = False
# A match of ``_CAP_WORD``: (start, end, the capitalised word, its first run of letters).
_CapWord = tuple[int, int, str, str]


def _cap_words(text: str) -> list[_CapWord]:
    """The matches of ``_CAP_WORD`` in ``text``, in order, as ``finditer`` gives them.

    Read off one ``split`` (the text between the matches, then the two groups of each):
    no match object is built, and each match's offsets are the lengths read so far (no
    match is empty, and its first group is the whole match).
    """
    # ``_CAP_WORD`` never backtracks (its first attempt at a capital always succeeds: each
    # part is greedy and ends where the next cannot go on), so it runs without a budget;
    # past the deadline it finds nothing (as ``_guard.finditer_linear``).
    if _guard.spent():
        return []
    parts = iter(_cap_split(text))
    out: list[_CapWord] = []
    end = 0
    # (the text after the last match is left over)
    for gap, cap, run in zip(parts, parts, parts, strict=False):
        start = end + len(gap)
        end = start + len(cap)
        out.append((start, end, cap, run))
    return out


def _gazetteer_matches(
    text: str, words: list[tuple[int, int, str]], cues: set[str] | None = None
) -> list[_Hit]:
    """The matches of ``_gazetteer()`` as its ``finditer`` gives them, plain words apart.

    Capitalised words (``_cap_words``, read here off the same split, with no list of them
    built) go to ``words``, in order; the trie is tried only at those whose first run of
    letters opens a prefix or a form, and not even there when the word is a lone form
    (``_lone_runs``). Where a match ends inside a word (a hyphen), the scan goes on from
    there, as ``finditer`` would. The first runs of capitalised words that may open a
    venue (``_VENUE_OPENERS``) go to ``cues``.
    """
    if _guard.spent():  # (as ``_cap_words``)
        return []
    gazetteer, firsts, lone, openers = _gazetteer(), _first_runs(), _lone_runs(), _openers()
    out: list[_Hit] = []
    last = 0
    if cues is None:
        cues = set()
    plain = words.append
    venues = _VENUE_OPENERS
    parts = iter(_cap_split(text))
    e = 0
    # (``_cap_words``, inline: the text between the matches, then the two groups of each)
    for gap, cap, run in zip(parts, parts, parts, strict=False):
        s = e + len(gap)
        e = s + len(cap)
        if run not in firsts and s >= last:  # the usual word: a plain one
            if run in venues:
                cues.add(run)
            plain((s, e, cap))
            last = e
            continue
        if run in venues:
            cues.add(run)
        if s >= last:
            if run in lone and cap == run:
                if _form_ends(text, e) and not text.endswith(_NOT_BEFORE_FORM, 0, s):
                    out.append(("form", s, e, run))
                else:
                    plain((s, e, run))
                last = e
                continue
            if not text.startswith(openers[run], s):  # no entry is written here: a plain word
                plain((s, e, cap))
                last = e
                continue
            known, hit = _entry_at(text, s, openers[run])
            if not known:
                m = gazetteer.match(text, s)
                if m is None:  # (what ``finditer`` finds there: the capitalised word)
                    plain((s, e, cap))
                    last = e
                else:
                    last = _keep(m, out, words)
            elif hit is None:  # the last branch: the capitalised word
                plain((s, e, cap))
                last = e
            else:
                out.append(hit)
                last = hit[2]
        while last < e:  # a match ended inside this word: go on from there
            q = _CAP_START.search(text, last, e)
            if q is None:
                break
            m = gazetteer.match(text, q.start())
            last = q.start() + 1 if m is None else _keep(m, out, words)
    return out


@functools.cache
def _surfaces() -> frozenset[str]:
    """The entries of the form branch of ``_gazetteer()``."""
    return frozenset(_ALL_FORMS) | frozenset(_CITY_NAMES) | _ORG_SURFACES


def _entry_at(text: str, s: int, entries: tuple[str, ...]) -> tuple[bool, _Hit | None]:
    """What ``_gazetteer().match(text, s)`` finds at a capitalised word, without the pattern.

    ``entries`` are the prefixes and forms opening on that word's first run of letters,
    longest first (``_openers``). Of those written at ``s`` (all on the trie's one path
    there), each branch tries the longest first: the prefix branch (a hyphen and a capital
    after, not "-Pacific"), then, past the lookbehind, the form branch (``_form_ends``). A
    prefix before a hyphen and a letter outside ASCII is left to the pattern: ``(False,
    None)``. ``(True, None)`` is the last branch, the capitalised word.
    """
    written = [o for o in entries if text.startswith(o, s)]  # (longest first: ``_openers``)
    for entry in written:
        if entry in PREFIXES:
            e = s + len(entry)
            if text[e : e + 1] == "-" and not text.startswith("-Pacific", e):
                after = text[e + 1 : e + 2]
                if not after.isascii():
                    return False, None
                if "A" <= after <= "Z":
                    return True, ("prefix", s, e, entry)
    if text.endswith(_NOT_BEFORE_FORM, 0, s):
        return True, None
    surfaces = _surfaces()
    for entry in written:
        if entry not in surfaces:
            continue
        e = s + len(entry)
        if _form_ends(text, e):
            return True, ("form", s, e, entry)
    return True, None


def _keep(m: regex.Match[str], out: list[_Hit], words: list[tuple[int, int, str]]) -> int:
    # Each branch's group is the whole match (the rest are lookarounds): read it as ``m[0]``.
    if m.lastgroup == "cap":
        words.append((m.start(), m.end(), m[0]))
    else:
        out.append((m.lastgroup or "", m.start(), m.end(), m[0]))
    return m.end()


_POSSESSIVE = regex.compile(r"['’`]s?(?![\p{L}])")


def _possessive_at(text: str, end: int) -> bool:
    """Whether ``_POSSESSIVE`` matches at ``end``: read with string tests where ASCII.

    After the apostrophe, "s" and then no letter, or at once no letter ("s" is one); only
    a character outside ASCII there is left to the pattern.
    """
    if text[end : end + 1] not in _APOSTROPHES:
        return False
    after = text[end + 1 : end + 2]
    if after == "s":
        after = text[end + 2 : end + 3]
    if not after.isascii():
        return _POSSESSIVE.match(text, end) is not None
    return not after.isalpha()


_APOSTROPHES = frozenset("'’`")

# ---------------------------------------------------------------------------- people

_STOP = frozenset(NAME_STOPWORDS) | frozenset(_ALL_FORMS)
_CONT_STOP = frozenset(NAME_STOPWORDS) - {"Gen", "Sheikh", "Jun", "Dong", "May", "Union", "State"}
_PLAIN = frozenset(
    {
        *("Mr", "Mrs", "Ms", "Dr", "Sir", "Shri", "Smt", "Sh", "Prof", "Hon", "Dame"),
        *("Alhaji", "Alhaja", "Mallam", "Malam"),
        *("H.E", "H. E", "H E", "HE", "Tan Sri", "Puan Sri", "Toh Puan", "Datuk", "Dato", "Datin"),
        *("Dato'", "Dato’", "Datuk Seri", "Datuk Sri", "Dato Seri", "Dato Sri", "Dato' Seri"),
        *("Dato’ Seri", "Dato' Sri", "Dato’ Sri"),
    }
)

# One name word: "Austin", "Jong-sup", "McDonald", "O'Brien". Initials are separate; a name
# may open on up to four of them ("S M Ahmed", "H L V M Liyanage").
# A word may hold several hyphens ("Chan-o-cha", "Al-Thani"), and an apostrophe before
# small letters ("Da’iry", "Al-Da'iry"; never one letter: "Austin's" is no name word).
_WORD = (
    r"""(?:\p{Lu}['’]\p{Lu}|\p{Lu}['’]\p{Ll}(?=\p{Ll}{2})|\p{Lu})[\p{Ll}\p{M}]+"""
    r"""(?:\p{Lu}[\p{Ll}\p{M}]+)?"""
    r"""(?:['’]\p{L}\p{Ll}+)?(?:-\p{L}\p{Ll}*(?:['’]\p{Ll}{2,})?){0,2}"""
)
_INITIAL = r"""\p{Lu}\.?(?=\ \p{Lu})"""
_NAME_INITIALS = 4  # initials a name may open on
# Initials inside a name: one or two ("John F. Kelly", "Lucky E. O. Musa"), or two written
# together ("Lucky E.O. Musa", "E.O Musa"; not "U.S.", "U.K.", "U.N." or "E.U.").
_MIDDLE = (
    rf"""(?:(?:{_INITIAL}\ )?{_INITIAL}|(?!U\.[SKN]\b|E\.U\b)\p{{Lu}}\.\p{{Lu}}\.?(?=\ \p{{Lu}}))"""
)
_NAME_MORE_WORDS = 6  # words after its first ("Bader Bin Saud Bin Harib Al Busaidi")
# A surname in capitals, as official releases write it ("Jane Ama ROE, Minister of ..."):
# after a name word, with a vowel, where the name ends (no capital or digit after it).
# Not the letters that follow names ("MP", "OBE"), a service's ("USN") or a state's ("USA").
# Letters written after a name, no part of it ("Jane Roe, MP, Minister of").
_POST_NOMINALS = (
    *("MP", "MNA", "MPA", "MLA", "MPP", "MHR", "TD", "QC", "KC", "SC", "OBE", "MBE", "CBE"),
    *("KBE", "GBE", "DSO", "PhD", "mni", "psc", "ndc"),
)
_CAPS_NOT_NAMES = (
    *_POST_NOMINALS,
    *("USN", "USMC", "USAF", "USA", "USAR", "RAN", "RAAF", "RAF", "RNZN", "RNZAF", "RCN", "RN"),
    *("PAF", "IAF", "PLA", "NATO", "ASEAN", "SADC", "ECOWAS", "OSCE", "EU", "UN", "AU", "UAE"),
    *("KSA", "ROK", "DPRK", "PRC", "DRC", "PNG", "UK", "US", "CEO", "AFP", "REUTERS", "ENDS"),
)
_CAPS_NAME = (
    rf"""(?!(?:{"|".join(_CAPS_NOT_NAMES)})(?![\p{{L}}]))(?=\p{{Lu}}*[AEIOUY])"""
    r"""\p{Lu}{3,}(?:-\p{Lu}{2,})?(?![\p{L}\p{M}\d'’-])(?!\ [\p{Lu}\d])"""
)
# Given names written short with a full stop: "Ma. Teresa Roe", "Md. Ali", "Mohd. Nor".
_SHORT_GIVEN_WORDS = frozenset({"Ma", "Md", "Mohd", "Muhd", "Abd"})
_SHORT_GIVEN = rf"""(?:{"|".join(sorted(_SHORT_GIVEN_WORDS))})\.(?=\ \p{{Lu}})"""
_NAME_PART = (
    rf"""(?:(?:{_INITIAL}|{_SHORT_GIVEN})\ ){{0,{_NAME_INITIALS}}}{_WORD}"""
    # (up to two particles before a word: "de la Cruz", "van der Berg", "de los Santos")
    rf"""(?:\ (?:{PARTICLES}\ ){{0,2}}(?:{_MIDDLE}\ )?(?:[ae]l-)?{_WORD}){{0,{_NAME_MORE_WORDS}}}"""
    rf"""(?:\ {_CAPS_NAME})?"""
)
# The same for the look-backs (``(?r)``): read right to left, a run of small letters is
# followed by a capital, which no letter it gives back can be, so the runs keep what they
# take (``++``: up to half the cost where a long word of small letters stands before).
_WORD_BACK = _WORD.replace(r"[\p{Ll}\p{M}]+", r"[\p{Ll}\p{M}]++").replace(
    r"['’]\p{L}\p{Ll}+", r"['’]\p{L}\p{Ll}++"
)
_NAME_BACK = _NAME_PART.replace(_WORD, _WORD_BACK)
# Where a name is read forwards (after an office or a rank) it may open on two initials
# written together ("KP Sharma Oli", "K.P. Sharma Oli"): never in the look-backs, where
# a country's code ("US Ambassador ...") would open the name.
_INITIALS = r"""\p{Lu}\.?\p{Lu}\.?(?:\p{Lu}\.?)?(?=\ \p{Lu}[\p{Ll}\p{M}])"""
_NAME = regex.compile(rf"""(?:{_INITIALS}\ )?{_NAME_PART}(?![\p{{L}}])""", regex.VERBOSE)
# A name just before a point: an apposition ("Name, the ...") or a signature ("Name (@h)").
_POST_NOMINAL = rf"""(?:{"|".join(_POST_NOMINALS)})"""  # between commas after a name
_NAME_BEFORE = regex.compile(
    rf"""(?r)(?<![\p{{L}}.])(?P<name>{_NAME_BACK})(?:,\ {_POST_NOMINAL})?,?
    \ (?:(?:the|a|who\ (?:is|was)\ (?:also\ )?(?:the|an?)|who\ (?:is|was)(?:\ also)?)\ )?
    (?:(?:\p{{Lu}}[\p{{L}}.]*\ ){{0,2}}\p{{Lu}}[\p{{L}}.]*(?:['’`]s?)?\ )?\Z""",
    regex.VERBOSE,
)
_HEAD = regex.compile(rf"""\b(?<!-){HEAD}\b""", regex.VERBOSE)
# A verb right after an office: "the Egyptian president praised", "the minister also said".
_VERB_AFTER_OFFICE = regex.compile(
    r" (?:also |then |later )?(?:[a-z]{3,}ed|said|says|told|met|held|gave|spoke|thanked)\b"
)
# The same on the shared word list: a word whose lower case may be a head, checked as written.
_HEAD_WORD = regex.compile(HEAD, regex.VERBOSE)
_HEAD_LOWER = frozenset(HEAD_WORDS)
_LETTERS = regex.compile(r"\p{L}+")
_LEFT = regex.compile(rf"""(?ri)(?<![\p{{L}}-])(?:{LEFT}\ ){{1,4}}\Z""", regex.VERBOSE)


def _last_words(alternation: str) -> frozenset[str]:
    """The last words of an alternation of words like ``LEFT``, in lower case.

    >>> sorted(_last_words(r"(?:vice|air\\ force|defen[cs]e\\ forces?)"))
    ['force', 'forces', 'vice']
    """
    body = regex.sub(r"\s+", "", alternation)  # verbose: "\ " is now "\"
    if not (body.startswith("(?:") and body.endswith(")")):
        raise ValueError(alternation)
    out: set[str] = set()
    for alt in body[3:-1].split("|"):
        variants = [regex.split(r"[\\-]", alt)[-1]]
        if "[cs]" in variants[0]:
            variants = [variants[0].replace("[cs]", c) for c in "cs"]
        if variants[0].endswith("s?"):
            variants = [w for v in variants for w in (v[:-2], v[:-1])]
        for word in variants:
            if not regex.fullmatch(r"[a-z]+", word):
                raise ValueError(alt)
            out.add(word)
    return frozenset(out)


# The word before an office's closing space must be one of these for ``_LEFT`` to match.
_LEFT_LAST = _last_words(LEFT)
# The one-word entries of ``LEFT`` that are the last word of no longer entry.
_LEFT_ALTS = regex.sub(r"\s+", "", LEFT)[3:-1].split("|")
_LEFT_SOLE = _last_words(
    "(?:" + "|".join(a for a in _LEFT_ALTS if "\\" not in a and "-" not in a) + ")"
) - _last_words("(?:" + "|".join(a for a in _LEFT_ALTS if "\\" in a or "-" in a) + ")")


def _left_possible(text: str, hs: int) -> bool:
    """Whether ``_LEFT`` may match before ``hs``: its last word is the word before the space.

    Only a plain ASCII word is judged here (the pattern ignores case); else the pattern decides.
    """
    j = text.rfind(" ", (hs - 40 if hs > 40 else 0), hs - 1)
    word = text[j + 1 : hs - 1]
    if j < 0 or not word.isascii() or not word.isalpha():
        return True
    return word.lower() in _LEFT_LAST


def _left_span(text: str, hs: int, back: _Back) -> tuple[int, int] | None:
    """The span of ``_LEFT`` before the space at ``hs - 1``: read off the words if it is one.

    Right to left, each word after one space: while a word is a one-word entry of
    ``LEFT`` that ends no longer entry, the pattern takes it (at most four); it stops at
    the first word no entry can end on, and its match opens after that word's space (or
    at the text's start). No entry ends on a word whose last run of ASCII letters is no
    last word of an entry (``_LEFT_LAST``) and stands after no letter and no hyphen (a
    longer entry's word would reach into it), nor on one that ends on no letter at all
    (every entry ends on one): then, with no word taken, there is no match. A word that
    ends on a letter outside ASCII (which may fold to an entry's letter), or any other
    case, is left to the pattern.
    """
    lo = hs - 60 if hs > 60 else 0
    right = hs - 1  # the space after the word looked at
    for _ in range(4):
        j = text.rfind(" ", lo, right)
        if j < 0 and lo > 0:
            break  # (a word cut by the window)
        word = text[j + 1 : right]
        run = word[len(word.rstrip(_ASCII_LETTER_CHARS)) :]  # its last run of ASCII letters
        if run == word and word and word.lower() in _LEFT_SOLE:
            if j < 0:
                return (0, hs)
            right = j
            continue
        if run:
            before = word[-len(run) - 1 : -len(run)]
            if run.lower() in _LEFT_LAST or before == "-" or not before.isascii():
                break
        elif word[-1:].isalpha():
            break  # a letter outside ASCII
        return None if right == hs - 1 else (right + 1, hs)
    else:
        return (right + 1, hs)  # (four entries: the repeat's limit, a space before them)
    return back.span(_LEFT, text, lo, hs)


_RIGHT = regex.compile(RIGHT, regex.VERBOSE | regex.IGNORECASE)
_OF = regex.compile(r"""\ (?:of|to)\ (?:the\ )?""")
# The same before a state's long form: "of the Republic of", "of the Union of the", "of the
# Hashemite Kingdom of" (not "of the Association of Ruritanian ...").
_OF_STATE = regex.compile(
    r"""\ of\ (?:the\ )?(?:(?:Federal|Democratic|Islamic|People['’]s|Socialist|Arab|United
    |Plurinational|Bolivarian|Cooperative|Co-operative|Independent|Hashemite|Oriental|Great
    |Argentine|Swiss|Russian|Czech|Slovak|Kyrgyz|Lao|Syrian|Dominican|Central\ African)\ ){0,2}
    (?:Republic|Kingdom|Union|State|States|Federation|Sultanate|Emirate|Emirates
    |Commonwealth|Principality|Grand\ Duchy|Confederation|Government
    # a state's forces: "(chief of staff) of the Armed Forces of the Republic of ..."
    |(?:(?:National|Royal|Armed|Defen[cs]e|Land|Ground|Air|Naval)\ ){0,2}(?:Forces|Army|Navy))
    \ of\ (?:the\ )?(?=\p{Lu})""",
    regex.VERBOSE,
)
_IN_CHIEF = ("-in-Chief", "-in-chief")
_OF_STAFF = ("-of-Staff", "-of-staff")
# Capitalised words and "and" before an office, after a country: "[Chinese] State Councilor and".
_COORDINATED = regex.compile(r"""\ (?:\p{Lu}[\p{L}-]*\ ){1,3}and\ """)
_OFFICE_SUFFIX = regex.compile(r"""-(?i:designate|elect|nominate|delegate)(?![\p{L}-])""")
# What joins the items of a list of offices and holders.
_LIST_GAPS = (", ", ", and ")
_LIST_GOES_ON = regex.compile(r""",?\ (?:and\ )?(?=\p{Lu})""")
_GAP = regex.compile(
    r"""(?r)(?:['’`]s?)?\ (?:(?:Ministry|Department)\ of\ )?
    (?:(?i:visiting|acting|then|former|new|incoming|outgoing|top)\ ){0,3}\Z""",
    regex.VERBOSE,
)
# A verb right after an office with no name: the office is the clause's subject.
_BARE_SUBJECT = regex.compile(
    r"\ (?:will|would|has|had|is|was|also|said|says|met|meets|held|holds|visited|visits"
    r"|called|calls|thanked|thanks|stressed|emphasised|emphasized|noted|added|hosted|hosts"
    r"|received|receives|inaugurated|addressed|reviewed|laid|paid|expressed|appreciated"
    r"|pledged|assured|reiterated|welcomed|agreed|praised|lauded|conveyed|seeks|vows|urges"
    r"|hails|lauds|praises|pledges|assures|reiterates|welcomes|stresses|expresses|highlights"
    r"|commends|discusses|arrives|signs|inks|begins|concludes|wraps|greets)\b"
)


# An office's acronym in brackets right after it: " (RAO)", " (CNS)".
_OFFICE_ACRONYM = regex.compile(r" \(\p{Lu}[\p{Lu}\p{N}&.-]{1,9}\)(?=,)")

# The first words of places named after an office or a holder ("Port Sultan Qaboos").
_PLACE_OPENERS = ("Port ", "Fort ", "Mount ", "Cape ", "Camp ")
# What a place named after a person ends with: "(Naval) Academy", "Air Base", "Memorial".
_PLACE_HEADS = frozenset(
    {
        *("Academy", "College", "University", "Base", "Hospital", "Airport", "Stadium"),
        *("Centre", "Center", "Hall", "Mosque", "Port", "Bridge", "Road", "Street", "Avenue"),
        *("Square", "Park", "Museum", "Library", "Foundation", "Institute", "School"),
        *("Barracks", "Cantonment", "Garrison", "Memorial", "Mausoleum", "Complex", "Dam"),
        "Highway",
    }
)
_PLACE_QUALIFIERS = frozenset(
    {"Naval", "Air", "Military", "Defence", "Defense", "National", "International", "Royal"}
    | {"Medical", "War", "Peace", "Training", "Staff"}
)
_PLACE_AFTER = regex.compile(r"""(?:\ \p{Lu}\p{Ll}+){1,3}(?![\p{L}'’-])""")


def _names_a_place(text: str, end: int, name: str) -> bool:
    """Whether the name ending at ``end`` names a place: "Roe Memorial", "Roe Naval Academy".

    So it does when its last word, or the last of up to three capitalised words after it,
    is a place's head, with only qualifiers ("Naval", "Air") between.
    """
    if name.rsplit(" ", 1)[-1] in _PLACE_HEADS:
        return True
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].isupper():
        return False
    m = _PLACE_AFTER.match(text, end)
    if m is None:
        return False
    words = m.group().split()
    for i, word in enumerate(words):
        if word in _PLACE_HEADS:
            return all(w in _PLACE_QUALIFIERS for w in words[:i])
    return False


# The determiners of ``_DETERMINER`` in its order, and the ASCII characters of its words.
_DETERMINERS = ("the", "his", "her", "their", "its")
_DETERMINER_SET = frozenset(_DETERMINERS)
_DETERMINED_STR = string.ascii_letters + ".'`-"


def _determiner_span(text: str, ts: int, back: _Back) -> tuple[int, int] | None:
    """The span of ``_DETERMINER`` in the 50 characters before ``ts`` (after a space there).

    Read off the text where it is ASCII: right to left, the pattern takes up to three
    words, each a whole run of its characters after one space (a shorter run would leave
    one of them where a space must stand), then tries a determiner before the space
    before them, with no letter before it; failing that, one word fewer, down to none.
    A character outside ASCII where a word, a determiner or the letter before it is read
    leaves the decision to the pattern.
    """
    lo = ts - 50 if ts > 50 else 0
    starts = [ts]  # where the words taken so far open, the last one first
    while len(starts) < 4:
        p = starts[-1]
        if p - 1 < lo or text[p - 1] != " ":
            break
        q = lo + len(text[lo : p - 1].rstrip(_DETERMINED_STR))  # (its run of word characters)
        if q > lo and not text[q - 1].isascii():
            return back.span(_DETERMINER, text, lo, ts)
        if q == p - 1:
            break
        starts.append(q)
    for p in reversed(starts):
        if p - 1 < lo or text[p - 1] != " ":
            continue
        # The longest determiner and the character before it, read once: where all of it is
        # ASCII, no slice the loop below reads is outside ASCII, and a determiner passes its
        # tests when it is written (in any case) at the end of this stretch with no letter
        # before it: when it is the stretch's last run of letters (at most one is).
        near = text[(p - 7 if p > 7 else 0) : p - 1]
        if near.isascii():
            run = near[len(near.rstrip(_ASCII_LETTER_CHARS)) :].lower()
            if run in _DETERMINER_SET and p - 1 - len(run) >= lo:
                return (p - 1 - len(run), ts)
            continue
        for word in _DETERMINERS:
            d0 = p - 1 - len(word)
            if d0 < lo:
                continue
            written = text[d0 : p - 1]
            if not written.isascii():
                return back.span(_DETERMINER, text, lo, ts)
            if written.lower() != word:
                continue
            before = text[d0 - 1 : d0]
            if not before.isascii():
                return back.span(_DETERMINER, text, lo, ts)
            if not before.isalpha():
                return (d0, ts)
    return None


# What ``_determiner_span`` reads before ``ts``: its 50 characters and, before a word there,
# up to six more (the longest determiner, its space and the character before it).
_DETERMINER_READS = 56


def _determiner_seen(
    text: str, ts: int, back: _Back, seen: dict[str, tuple[int, int] | None]
) -> tuple[int, int] | None:
    """``_determiner_span``, remembered by the characters it reads (``_DETERMINER_READS``).

    It reads nothing at or after ``ts`` and answers a span ending at ``ts``: where the same
    characters stand before another ``ts`` the span is the same, moved ("The Minister said
    the The Minister said ..." asks once). Near the text's start (where its window is cut)
    it is asked each time.
    """
    if ts < _DETERMINER_READS:
        return _determiner_span(text, ts, back)
    key = text[ts - _DETERMINER_READS : ts]
    if key in seen:
        rel = seen[key]
        return None if rel is None else (ts + rel[0], ts + rel[1])
    det = _determiner_span(text, ts, back)
    seen[key] = None if det is None else (det[0] - ts, det[1] - ts)
    return det


def _bare_start(text: str, at: int) -> bool:
    """Whether ``at`` opens a paragraph, a line or a clause (after ", " or ". ")."""
    return at == 0 or text[at - 1] == "\n" or text[at - 2 : at] in (", ", ". ")


_DETERMINER = regex.compile(
    r"""(?ri)(?<![\p{L}])(?:the|his|her|their|its)\ (?:[\p{L}.'’`-]+\ ){0,3}\Z"""
)
# Honorifics may stack: "H E Dr", "General Tan Sri", "H E Lt Gen".
_BETWEEN = regex.compile(
    rf"""(?:\ counterpart)?,?\ (?:the\ (?=(?:{HONORIFIC})\ ))?(?:(?P<hon>{HONORIFIC})\ ){{0,3}}""",
    regex.VERBOSE,
)
# The ASCII letters: where an honorific matches, its first word (``_HONORIFIC_FIRST``).
_ASCII_LETTER_CHARS = string.ascii_letters


def _opens_honorific(text: str, pos: int) -> bool:
    """Whether an honorific may match at ``pos``.

    Every honorific opens with a word of ASCII letters that no letter follows ("Lt.",
    "Dato'", "Mrs", "Air Chief Marshal"): the run of ASCII letters at ``pos`` is that word.
    Read with string methods; a run of 16 letters is longer than any such word.
    """
    head = text[pos : pos + 16]
    run = head[: len(head) - len(head.lstrip(_ASCII_LETTER_CHARS))]
    return run in _HONORIFIC_FIRST


# What ``_plain_ranked`` answers where the pattern must decide.
_ASK: tuple[int, str | None] = (-1, None)
# ASCII characters that are no word character: ``\b`` holds before a word after them.
_NOT_WORD_ASCII = frozenset(chr(c) for c in range(128) if not chr(c).isalnum() and chr(c) != "_")


def _plain_ranked(text: str, pos: int) -> tuple[int, str | None] | None:
    """``_RANKED.match(text, pos)`` as (end, honorific) or None, read off the words; or ``_ASK``.

    Read where the word at ``pos`` is a run of ASCII letters of ``_HONORIFIC_FIRST`` after
    a character that is no word character, with a space after it (or a full stop and a
    space), and then a word of small ASCII letters or an ASCII capital whose run of
    letters is no word of ``_HONORIFIC_FIRST``. Every honorific opens on such a word and
    reads on only over a space and a word of that set (or a hyphen, a full stop, an
    apostrophe, " (" before "Retd"), and the pattern asks for a space after each: so the
    first honorific is that word (with its stop), if ``HONORIFIC`` matches it whole, and
    no other follows. A capital must follow it: a small letter fails the match.
    """
    if pos and text[pos - 1] not in _NOT_WORD_ASCII:
        return _ASK
    head = text[pos : pos + 20]
    word = head[: len(head) - len(head.lstrip(_ASCII_LETTER_CHARS))]
    if word not in _HONORIFIC_FIRST:
        return _ASK
    at = pos + len(word)
    stop = text[at : at + 1] == "."
    if text[at + stop : at + stop + 1] != " " or (stop and word not in _HONORIFIC_STOPPED):
        return _ASK
    nxt = at + stop + 1
    first = text[nxt : nxt + 1]
    if "a" <= first <= "z":
        return None
    if not "A" <= first <= "Z":
        return _ASK
    head = text[nxt : nxt + 20]
    if head[: len(head) - len(head.lstrip(_ASCII_LETTER_CHARS))] in _HONORIFIC_FIRST:
        return _ASK
    if not (stop or word in _HONORIFIC_WHOLE):
        return None
    return nxt, text[pos : at + stop]


def _ranked(text: str, pos: int, seen: _Ahead | None = None) -> tuple[int, str | None] | None:
    """Where ``_RANKED`` matched at ``pos`` ends, and its first honorific; None if it did not.

    ``seen`` keeps the pattern's answers (see ``_Ahead``).
    """
    found = _plain_ranked(text, pos)
    if found is not _ASK:
        return found
    if seen is not None:
        return seen.match(_RANKED, text, pos, _RANKED_READS, "hon")
    rk = _RANKED.match(text, pos)
    return None if rk is None else (rk.end(), rk.group("hon"))


def _between(text: str, pos: int, seen: _Ahead | None = None) -> tuple[int, str | None] | None:
    """Where ``_BETWEEN`` matched at ``pos`` ends, and its last honorific; None if it did not.

    After a bare space (no comma, no "counterpart") before a word that opens no honorific,
    it matches that space alone; after a comma and a space before such a word, those two.
    ``seen`` keeps the pattern's answers (see ``_Ahead``).
    """
    if text[pos : pos + 1] == " " and not text.startswith(" counterpart", pos):
        gap = pos + 1
    elif text.startswith(", ", pos) and not text.startswith("the ", pos + 2):
        gap = pos + 2  # ("the" may open "the Hon": the pattern decides)
    else:
        gap = 0
    if gap:
        head = text[gap : gap + 16]  # (``_opens_honorific``, inline)
        if head[: len(head) - len(head.lstrip(_ASCII_LETTER_CHARS))] not in _HONORIFIC_FIRST:
            return gap, None
    if seen is not None:
        return seen.match(_BETWEEN, text, pos, _BETWEEN_READS, "hon")
    bm = _BETWEEN.match(text, pos)
    return None if bm is None else (bm.end(), bm.group("hon"))


_LABEL = regex.compile(
    r"""(?P<name>\p{Lu}[\p{Lu}'’.-]+(?:\ \p{Lu}[\p{Lu}'’.-]+){1,3})
    (?:,\ (?P<title>[\p{Lu}\p{N} ,'’&.-]{3,80}?))?:\ """,
    regex.VERBOSE,
)
_NAME_END = regex.compile(rf"""(?r)(?<![\p{{L}}.])(?P<name>{_NAME_BACK})\Z""", regex.VERBOSE)
_SIGNATURE = regex.compile(r"""\ \(@(?P<handle>\w{2,30})\)""")
_RANKED = regex.compile(
    rf"""\b(?=\p{{Lu}})(?P<hon>{HONORIFIC})\ (?:(?:{HONORIFIC})\ ){{0,2}}(?=\p{{Lu}})""",
    regex.VERBOSE,
)
# First words of the honorifics: only there is ``_RANKED`` tried.
_HONORIFIC_END = regex.compile(rf"""(?r)\b(?:{HONORIFIC})\ \Z""", regex.VERBOSE)
# Every word of an honorific (its last word stands right before what follows it).
_HONORIFIC_WORDS = frozenset(
    regex.findall(r"[A-Za-z]+['’]?", HONORIFIC.replace("\\", ""))
)  # where a multiword honorific may open a name
_HONORIFIC_FIRST = frozenset(
    regex.findall(r"[A-Z][A-Za-z]*", HONORIFIC.removesuffix(HONORIFIC_SUFFIX).replace("\\", ""))
) | {"sheikh", "shaikh"}  # (the honorifics written in small letters)
# ``HONORIFIC`` alone, and the words of ``_HONORIFIC_FIRST`` it matches whole as written,
# and with a full stop ("Dr", "Dr."); not the ones a look-ahead follows ("Sen."): those
# read on past the text they match (``_plain_ranked``).
_HONORIFIC_ALONE = regex.compile(rf"""(?:{HONORIFIC})""", regex.VERBOSE)
_HONORIFIC_LOOKING = frozenset(regex.findall(r"([A-Za-z]+)(?:\\\.)?\(\?=", HONORIFIC))
_HONORIFIC_WHOLE = frozenset(w for w in _HONORIFIC_FIRST if _HONORIFIC_ALONE.fullmatch(w))
_HONORIFIC_STOPPED = frozenset(
    w for w in _HONORIFIC_FIRST - _HONORIFIC_LOOKING if _HONORIFIC_ALONE.fullmatch(w + ".")
)
if "Sen" not in _HONORIFIC_LOOKING or "Dr" not in _HONORIFIC_STOPPED:
    msg = "HONORIFIC is not laid out as _plain_ranked reads it"
    raise ValueError(msg)
_PRONOUNS = {
    w: "f" if w.lower() in ("she", "her", "hers") else "m"
    for w in ("he", "she", "his", "her", "him", "hers", "He", "She", "His", "Her", "Him", "Hers")
}
# A speech or meeting verb makes the name before it a person: "Jane Roe said".
_VERBS = frozenset(
    {
        "said",
        "says",
        "told",
        "added",
        "noted",
        "stated",
        "stressed",
        "emphasised",
        "emphasized",
        "announced",
        "met",
        "meets",
        "held",
        "hosted",
        "received",
        "welcomed",
        "visited",
        "called",
        "spoke",
        "arrived",
        "thanked",
        "urged",
        "warned",
        "insisted",
        "explained",
        "wrote",
        "tweeted",
        "posted",
        "agreed",
        "signed",
        "expressed",
        "highlighted",
        "acknowledged",
        "underlined",
        "underscored",
        "reiterated",
        "discussed",
        "praised",
        "hailed",
        "lauded",
        "commended",
        "briefed",
        "addressed",
        "declined",
        "pledged",
        "vowed",
        "promised",
        "affirmed",
        "reaffirmed",
        "confirmed",
    }
)
_HERE_WORDS = ("here", "the national capital")
_ORG_WORDS = ("ministry", "department", "officials")
# Pronouns, speech and meeting verbs, "here" and handles in one scan.
_SMALL = regex.compile(
    rf"""\b(?P<w>{_trie([*_PRONOUNS, *_VERBS, *_HERE_WORDS, *_ORG_WORDS])})\b
    | @(?P<handle>\w{{2,30}})""",
    regex.VERBOSE,
)
# The same read off the shared word list (``Text.words``): one word, or the one phrase.
_SMALL_WORDS = frozenset([*_PRONOUNS, *_VERBS, *_HERE_WORDS[:1], *_ORG_WORDS])
_SMALL_PHRASE = _HERE_WORDS[1]
_SMALL_LOWER = frozenset(w.lower() for w in _SMALL_WORDS) | {"the"}
_SMALL_LOWER_NO_THE = _SMALL_LOWER - {"the"}
# Verbs after which a name may follow: "..., said Jane Roe."
_SAID = frozenset({"said", "says", "added", "noted", "wrote", "stated", "told"})
# Words that may sit between a name and its verb: "Roe also said", "Roe, 54, said".
_NAME_BEFORE_VERB = regex.compile(
    rf"""(?r)(?<![\p{{L}}.])(?P<name>{_NAME_BACK})(?:,\ \d{{2}},)?\ (?:(?:also|later|then|earlier|
    further|previously|separately|has|had|on\ \p{{Lu}}\p{{Ll}}+day)\ )?\Z""",
    regex.VERBOSE,
)
_AND_NAME = regex.compile(
    rf"""(?r)(?<![\p{{L}}.])(?P<name>{_NAME_BACK}),?
    \ and\ (?:(?:his|her)\ [\p{{Ll}}\ ]{{1,30}}\ )?\Z""",
    regex.VERBOSE,
)
# An office whose holder is named further on: "Joint Secretary (Plans) from the Ministry
# of Defence, Jane Roe".
_QUALIFIED = regex.compile(
    rf"""(?:\ \([\p{{L}}\p{{N}}&.\ -]{{1,24}}\))?
    (?:\ (?:from|at|in|of|for)\ (?:the\ )?\p{{Lu}}[\p{{L}}'’-]*
        (?:\ (?:(?:of|and|for|the)\ ){{0,2}}(?!(?:{HONORIFIC})\ \p{{Lu}})
        \p{{Lu}}[\p{{L}}'’-]*){{0,6}})?
    (?:,\ |\ (?=(?:{HONORIFIC})\ \p{{Lu}})|(?<=\))\ (?=\p{{Lu}}[\p{{L}}.]*\ \p{{Lu}}))""",
    regex.VERBOSE,
)
# An office's further portfolios before an honorific and the holder's name: "Minister of
# Defence, Veterans' Affairs and Y H E Jane Roe".
_PORTFOLIO = regex.compile(
    rf""",\ \p{{Lu}}[\p{{L}}'’]*(?:\ (?:(?:and|of|the|&)\ ){{0,2}}\p{{Lu}}[\p{{L}}'’]*){{0,8}}
    \ (?=(?:{HONORIFIC})\ \p{{Lu}})""",
    regex.VERBOSE,
)
# The further fields of an office's portfolio after its first one ("for Defence Policy,
# Planning and International Relations", "of Defence and Military Veterans", "of Defence and
# National Service"), from a closed list of field words, so that a capitalised word after
# the office is not read as its holder's name.
_PORTFOLIO_FIELD = r"""(?:(?:International|Strategic|Defen[cs]e|Military|Public|Foreign|Legal
    |Human|Financial|Technical|Political|National|Internal|Homeland|Cultural|Local|Social
    |Economic|Civil|Regional)\ )?(?:Policy|Policies|Planning
    |Plans|Relations|Affairs|Co-?operation|Sustainment|Research|Engineering|Development|Production
    |Industry|Procurement|Acquisitions?|Logistics|Resources|Operations|Personnel|Readiness
    |Intelligence|Materiel|Programmes|Programs|Budget|Finance|Capabilities|Armaments?|Reform
    |Veterans?(?:['’]?\ Affairs)?|Security|Services?|Aviation|Justice|Administration|Strategy
    |Heritage|Culture|Sports?|Youth|Immigration|Citizenship|Labou?r|Employment|Trade|Tourism
    |Works|Transport|Communications|Information|Government|Energy|Environment|Health|Education
    |Agriculture|Fisheries|Lands|Housing|Gender|Welfare|Emergencies|Disaster\ Management)"""
# "in charge of General Duties": the remit of a minister of state, before the holder's name.
_IN_CHARGE = r"\ in\ charge\ of\ \p{Lu}\p{L}+(?:\ \p{Lu}\p{L}+)?(?=\ \p{Lu})"
_PORTFOLIO_TAIL = regex.compile(
    rf"""(?:\ and\ |\ &\ |\ for\ |\ ){_PORTFOLIO_FIELD}
    (?:(?:,\ |\ and\ |,\ and\ |\ &\ ){_PORTFOLIO_FIELD})*(?![\p{{L}}'’-])
    (?:{_IN_CHARGE})? | {_IN_CHARGE}
    | ,\ {_PORTFOLIO_FIELD}(?:,\ {_PORTFOLIO_FIELD})*,?\ (?:and|&)\ {_PORTFOLIO_FIELD}
    (?![\p{{L}}'’-])""",
    regex.VERBOSE,
)
# The same in small letters, after an office written so, before its state or a comma.
_PORTFOLIO_TAIL_SMALL = regex.compile(
    rf"""\ and\ (?i:{_PORTFOLIO_FIELD})(?:(?:,\ |\ and\ |,\ and\ )(?i:{_PORTFOLIO_FIELD}))*
    (?![\p{{L}}'’-])(?=\ of\ |,)""",
    regex.VERBOSE,
)
# The words of a national force's or body's name after its demonym ("the Chinese People's
# Liberation Army Navy", "the Russian Armed Forces"), before a rank or a holder's name.
_FORCE_TAIL = regex.compile(
    r"""(?:\ (?:People['’]s|Liberation|Army|Armies|Navy|Air|Force|Forces|Armed|Defen[cs]e
    |General\ Staff|Self-Defen[cs]e|Ground|Maritime|Coast|Guard|Guards|Marine|Corps|National
    |Royal|Space|Strategic|Rocket|Support|Joint|Staff|Command|Ministry|Military|Police|Border
    |Revolutionary|Islamic|Republican|Special|Operations|Naval|Aerospace|Fleet|Combined|Task
    |First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Pacific|Atlantic|Central
    |Southern|Northern|Eastern|Western|Indo-Pacific))+(?![\p{L}'’-])""",
    regex.VERBOSE,
)
# Head words that make an office only with a complement after them ("head of the Navy").
_HEAD_WITH_COMPLEMENT = frozenset({"head", "Head", "director", "Director"})
_STATE_COMPLEMENTS = (" State", " state", " STATE")
# How an office that names a force ends: only there may the force's name go on.
_FORCE_ENDS = ("Forces", "Force", "Army", "Navy", "Command", "Guard", "Corps")
# How a match of ``_OF`` or a qualifier longer than ", " opens: cheap prefilters.
_OF_OPENINGS = (" of ", " to ")
# (and the forces named without "of", in any case: "Commander Land Forces")
_FORCE_OPENINGS = (" land ", " ground ", " air ", " naval ", " special ", " joint ", " maritime ")
_RIGHT_OPENINGS = (" of ", " for ", " to ", " resp", *_FORCE_OPENINGS)
_RIGHT_READS = max(map(len, _RIGHT_OPENINGS))


def _force_opens(text: str, pos: int) -> bool:
    """Whether a force named with its state follows ``pos``, with no "of".

    So ``_RIGHT`` may match there although none of its openings stands right at ``pos``:
    a royal force ("Commander Royal Ruritanian Navy"), or a capitalised word and then a
    force's opening, "Force" further on ("Commander Turkish Land Forces").
    """
    if text[pos : pos + 1] != " " or not text[pos + 1 : pos + 2].isupper():
        return False
    if text.startswith(" Royal ", pos):
        return True
    if "Force" not in text[pos : pos + 48]:
        return False
    sp = text.find(" ", pos + 1, pos + 24)
    return sp > 0 and text[sp : sp + _RIGHT_READS].lower().startswith(_FORCE_OPENINGS)


_QUALIFIED_OPENINGS = (" (", " from ", " at ", " in ", " of ", " for ")
# Words that never belong to a person's name found by the fallback (organisations, events).
_NOT_PERSON = frozenset(
    {
        "Agency",
        "Alliance",
        "Assembly",
        "Association",
        "Bank",
        "Bureau",
        "Coalition",
        "Company",
        "Congress",
        "Corp",
        "Corporation",
        "Corps",
        "Court",
        "Daily",
        "Exercise",
        "Group",
        "Guard",
        "Inc",
        "Institute",
        "Ltd",
        "Marines",
        "Nations",
        "News",
        "Organisation",
        "Organization",
        "Parliament",
        "Party",
        "Police",
        "Post",
        "Press",
        "Senate",
        "Service",
        "Services",
        "Times",
        "Treaty",
        "United",
        "University",
        "European",
        "Western",
        "Eastern",
        "Northern",
        "Southern",
        "Asia",
        "Africa",
        "Europe",
        "Middle",
        "East",
        "West",
        "North",
        "South",
        "Gulf",
        "Ministry",
        "Department",
        "Today",
        "Yesterday",
        "Tomorrow",
        "Week",
        "Day",
        "Year",
        # Words of regions' names: "Guangdong Province" is no person.
        "Province",
        "Prefecture",
        "Region",
        "District",
        "County",
        "Governorate",
        "Oblast",
        # Words of defence companies' names: "Lockheed Martin said" is no person.
        "Lockheed",
        "Northrop",
        "Grumman",
        "Raytheon",
        "Boeing",
        "Airbus",
        "Dassault",
        "Thales",
        "Saab",
        "Hanwha",
        "Embraer",
        "Rheinmetall",
        "Kongsberg",
        "Fincantieri",
        "Navantia",
        "Austal",
        "Textron",
        "Huntington",
        "Ingalls",
        "Safran",
        "Leonardo",
        "Elbit",
        "Aselsan",
        "Baykar",
        "Roketsan",
        "Rostec",
        "Rosoboronexport",
        "Norinco",
        "Mitsubishi",
        "Kawasaki",
        "Hyundai",
        "Samsung",
        "Hindustan",
        "Larsen",
        "Toubro",
        "Mazagon",
        "Honeywell",
        "Anduril",
        "Palantir",
        "Systems",
        "Industries",
        "Aerospace",
        "Aeronautics",
        "Technologies",
        "Dynamics",
        "Holdings",
        "Electronics",
        "Shipbuilding",
        "Motors",
        "Limited",
    }
)

# ---------------------------------------------------------------------------- organisations

# Organisations by the readable name reported for them.
_ORG_NAMES = {
    "MoD": "Ministry of Defence",
    "MOD": "Ministry of Defence",
    "DoD": "Department of Defense",
    "DOD": "Department of Defense",
    "MND": "Ministry of National Defense",
    "MEA": "Ministry of External Affairs",
    "PLA": "People's Liberation Army",
    "PIB": "Press Information Bureau",
    "Defence Ministry": "Ministry of Defence",
    "Defense Ministry": "Ministry of Defense",
    "Defence Department": "Department of Defence",
    "Defense Department": "Department of Defense",
    "Foreign Ministry": "Ministry of Foreign Affairs",
    "Foreign Office": "Foreign Office",
    "National Defense Ministry": "Ministry of National Defense",
    "National Defence Ministry": "Ministry of National Defence",
}

_ORG_COUNTRY = {
    "Pentagon": "USA",
    "White House": "USA",
    "State Department": "USA",
    "Department of State": "USA",
    "Kremlin": "RUS",
    "Xinhua": "CHN",
    "People's Liberation Army": "CHN",
    "Central Military Commission": "CHN",
    "Press Information Bureau": "IND",
    "Ministry of External Affairs": "IND",
    "Department of Defense": "USA",
    "DoD": "USA",
    "DOD": "USA",
    "PLA": "CHN",
    "PIB": "IND",
    "MEA": "IND",
    "JMOD": "JPN",
}


def _spellings(*names: str) -> list[str]:
    """Each name with both spellings of "Defence"/"Defense"."""
    out: list[str] = []
    for name in names:
        out += sorted({name, name.replace("Defence", "Defense")})
    return out


# Named organisations: matched in the gazetteer scan.
_ORG_SURFACES = frozenset(
    _spellings(
        "Ministry of Defence",
        "Ministry of National Defence",
        "Ministry of Defence Affairs",
        "Ministry of External Affairs",
        "Ministry of Foreign Affairs",
        "Defence Ministry",
        "National Defence Ministry",
        "Foreign Ministry",
        "Foreign Office",
        "Department of Defence",
        "Department of National Defence",
        "Defence Department",
        "State Department",
        "Department of State",
        "Armed Forces",
        "Self-Defence Forces",
        "Defence Forces",
        "People's Liberation Army",
        "Central Military Commission",
        "Press Information Bureau",
        "Pentagon",
        "Kremlin",
        "White House",
        "Xinhua",
        "MoD",
        "MOD",
        "DoD",
        "DOD",
        "MEA",
        "PLA",
        "PIB",
        "MND",
        "MINDEF",
        "Mindef",
        "MinDef",
        "JMOD",
        "DND",
        "ISPR",
    )
)
_AFTER_PREPOSITION = regex.compile(
    r"""(?r)\b(?:from|of|at|in|to|by|with|within|inside)\ [Tt]he\ \Z"""
)
# What may stand before "officials" to name their organisation or country: "Pentagon officials".
_OFFICIALS_OWNER = regex.compile(r"""(?r)(?P<w>\p{Lu}[\p{L}.'’]*)\ \Z""")

# ---------------------------------------------------------------------------- places

# Where ``_VENUE`` matches, a capitalised word opens with one of these runs (a ship's prefix,
# "Camp" or a head, each after a space), or a head in lower case is written.
_VENUE_FIRST_WORDS = ("USS", "INS", "HMS", "HMAS", "JS", "BRP", "ROKS", "PNS", "HMNZS", "Camp")
# A palace named with its head first, alone ("the Istana") or with its name ("Istana Negara").
_PALACE_FIRST = ("Istana",)
_VENUE_OPENERS = frozenset(
    regex.match(r"\p{L}*", h).group()  # type: ignore[union-attr]
    for h in (*_VENUE_FIRST_WORDS, *_PALACE_FIRST, *VENUE_HEADS)
    if h[:1].isupper()
)
_VENUE_LOWER_HEADS = tuple(h for h in VENUE_HEADS if not h[:1].isupper())
# A day's name, which ends the name of an office's seat ("in his office at <Seat> Monday").
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
_VENUE = regex.compile(
    rf"""\b(?:at|in|inside|aboard|on\ board|visited)\ (?:the\ )?
    (?P<venue>
        (?:{"|".join(_VENUE_FIRST_WORDS[:-1])})
        \ \p{{Lu}}\p{{L}}*(?:\ (?:\p{{Lu}}\.|\p{{Lu}}\p{{L}}*)){{0,3}}
      | Camp\ \p{{Lu}}\p{{L}}+(?:\ \p{{Lu}}\p{{L}}+)?
      | (?:{"|".join(_PALACE_FIRST)})(?:\ \p{{Lu}}\p{{L}}+){{0,2}}(?![\p{{L}}])
      | (?:\p{{Lu}}[\p{{L}}'’-]*\ (?:(?:and|of|for)\ (?=\p{{Lu}}))?){{1,5}}
        {_trie(VENUE_HEADS)}(?![\p{{L}}])
      | (?<=\boffice\ at\ )(?!{_WEEKDAY})\p{{Lu}}[\p{{L}}'’-]+
        (?:\ (?!{_WEEKDAY})\p{{Lu}}[\p{{L}}'’-]*){{0,3}}
        (?=[,.;:]|\ \p{{Ll}}|\ {_WEEKDAY}|\s*$)  # (no person's name right after)
    )""",
    regex.VERBOSE,
)
# A wire dateline at the start of a paragraph: "WASHINGTON (Reuters) -", "Jakarta, Indonesia
# (Xinhua) --", "NEW DELHI, Sept 5 (PTI)", "Canberra, 12 March 2024:", "SEOUL -",
# "Lima [Peru], May 4 :", "KARACHI, OCT 20 /APP/ –", "Lima, Peru, Aug. 17" alone on its line.
_DATELINE = regex.compile(
    r"""[\ \t]*(?P<city>\p{Lu}[\p{L}.'’]*(?:\ \p{Lu}[\p{L}.'’]*){0,2})
    (?:\ \[\p{Lu}[\p{L}\ ]{1,30}\])?
    (?:,\ \p{Lu}[\p{L}.]*(?:\ \p{Lu}[\p{L}.]*){0,2})?
    (?P<date>(?:,\ ?|\ )
      (?:\p{Lu}(?:\p{Ll}{2,8}|\p{Lu}{2,8})\.?\ \d{1,2}|\d{1,2}\ \p{Lu}\p{Ll}{2,8}\.?)
      (?:,?\ \d{4}|/\d{4})?)?
    (?P<agency>\ ?\([\p{L}\ /.-]{2,30}\)|\ /\p{Lu}{2,12}/)?
    (?:\ *\.?(?:--|—|–|-|:)\ # (".-" in Spanish wires: "Lima .- ")
    | (?(agency)\ |(?(date)(?:,\ |\ (?=\p{Lu}\p{Ll})|\ *(?=\n|\Z))|(?!))))""",
    regex.VERBOSE,
)
# A dated line with the city in brackets: "March 3, 2024 (LUSAKA) -", "3 March 2024 (Lusaka):".
_DATED_DATELINE = regex.compile(
    r"""[\ \t]*(?:\p{Lu}\p{Ll}{2,8}\.?\ \d{1,2},?\ \d{4}|\d{1,2}\ \p{Lu}\p{Ll}{2,8}\ \d{4})
    \ \((?P<city>\p{Lu}[\p{L}.'’]*(?:\ \p{Lu}[\p{L}.'’]*){0,2})\)\ *(?:--|—|–|-|:)\ """,
    regex.VERBOSE,
)
# An all-caps city and a comma open a paragraph: "NEW DELHI, Defence Minister ...".
_CAPS_DATELINE = regex.compile(
    r"""[\ \t]*(?P<city>\p{Lu}[\p{Lu}.'’]+(?:\ \p{Lu}[\p{Lu}.'’]+){0,2}),\ """
)
# A syndication or source tag in brackets before a dateline: "(MENAFN- IANS) New Delhi, ...".
_SOURCE_TAG = regex.compile(r"""[\ \t]*\((?=[^)\n]{2,40}\))[\p{L}\p{N}\ .,&/'’-]+\)\ +""")
# The first run of a dateline's city, and the first words of the cities it may name.
_CITY_RUN = regex.compile(r"""[\ \t]*([\p{L}.'’]*)""")
_CITY_FIRST_UPPER = frozenset(name.split(" ")[0] for name in _CITY_UPPER)


def _by_first_word(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The names by their first word."""
    out: dict[str, list[str]] = {}
    for name in names:
        out.setdefault(name.split(" ")[0], []).append(name)
    return {first: tuple(group) for first, group in out.items()}


_CITY_BY_FIRST = _by_first_word(_CITY_UPPER)
# Leading blanks and the longest such name: how far a dateline's city may reach.
_CITY_REACH = 40 + max(map(len, _CITY_UPPER))
# The characters of such a run in ASCII: letters, "." and "'".
_ASCII_RUN = string.ascii_letters + ".'"


def _city_run(text: str, p0: int, p1: int) -> str:
    """The group of ``_CITY_RUN`` matched at ``p0`` (up to ``p1``).

    Read with string methods while the run ends on an ASCII character: in ASCII the class
    holds the letters, "." and "'" alone. Else by the pattern.
    """
    rest = text[p0:p1].lstrip(" \t")
    tail = rest.lstrip(_ASCII_RUN)
    if tail and not tail[0].isascii():  # a letter outside ASCII or "’" may go on with it
        return _CITY_RUN.match(text, p0, p1).group(1)  # type: ignore[union-attr]
    return rest[: len(rest) - len(tail)]


_HERE_CUE = regex.compile(
    r"""(?i:held|met|meet|meeting|arrived|arrives|arriving|talks|visit|visiting|hosted|came"""
    r"""|reached|landed|signed|summit|dialogue|conference|ceremony|in|at)\b[^.\n]{0,40}\Z"""
)


# ---------------------------------------------------------------------------- helpers

# (The start of a window before a point is written ``(pos - n if pos > n else 0)``, not
# ``max(0, pos - n)``: the builtin reads its keyword arguments on every call, which costs
# more than the rest of a short look-back's set-up.)

# Capitalised words that open a sentence or a clause and never begin a name.
_FUNCTION_WORDS = frozenset(
    {
        "Later",
        "Earlier",
        "However",
        "Separately",
        "Speaking",
        "Addressing",
        "Today",
        "Yesterday",
        "Then",
        "Here",
        "There",
        "Additionally",
        "Moreover",
        "Furthermore",
        "Finally",
        "Similarly",
        "Likewise",
        "Elsewhere",
        "Instead",
        "Now",
        "Last",
        "Next",
        "Each",
        "All",
        "Some",
        "Many",
        "Several",
        "Such",
        "When",
        "While",
        "Where",
        "What",
        "Why",
        "How",
        "If",
        "Although",
        "Though",
        "Because",
        "Since",
        "Until",
        "Before",
        "Under",
        "Over",
        "Among",
        "Between",
        "Against",
        "Without",
        "Within",
        "Through",
        "Following",
        "Ahead",
        "Despite",
        "According",
        "Operation",
        "Exercise",
        "Dear",
        "Thank",
        "Thanks",
        "Welcome",
        "Honourable",
        "Honorable",
        "Excellency",
        "Madam",
    }
)
_MAX_CLAIM = 400
_CLAIM_BITS = 10  # ``_People`` keeps its claims by blocks of 1024 characters


@attrs.define
class _Person:
    name: str
    title: str | None
    country: Country | None
    first: int
    handles: list[str] = attrs.field(factory=list)
    spans: list[Span] = attrs.field(factory=list)
    gender: str | None = None
    tokens: frozenset[str] = attrs.field(factory=frozenset)
    folded: frozenset[str] = attrs.field(factory=frozenset)  # the tokens, case-folded
    # Whether an office of theirs was written with its country ("Chilean Defence Minister").
    qualified: bool = False


def _country(code: str | None) -> Country | None:
    return COUNTRIES.get(code) if code else None


# Offices that tell their holder's gender.
_TITLE_GENDER = regex.compile(
    r"""\b(?:(?P<f>spokeswoman|chairwoman|queen|princess|empress|congresswoman)
    |(?P<m>spokesman|king|prince|emperor|sultan|emir|amir|congressman))\b""",
    regex.VERBOSE | regex.IGNORECASE,
)


_GENDER_PARTS = ("man", "queen", "prince", "emp", "king", "sultan", "emir", "amir")


def _ascii_without(title: str, words: Iterable[str]) -> bool:
    """Whether ``title`` is ASCII and its lower case holds none of ``words`` (lower case).

    A case-blind pattern each of whose matches holds one of ``words`` cannot match such a
    title (in ASCII, case folding is lower-casing).
    """
    if not title.isascii():
        return False
    low = title.lower()
    return not any(word in low for word in words)


@functools.lru_cache(maxsize=1024)
def _title_gender(title: str) -> str | None:
    # Each word of the pattern holds one of ``_GENDER_PARTS``, and the pattern ignores
    # case: in ASCII, where that is the lower case, a title holding none is no match.
    if _ascii_without(title, _GENDER_PARTS):
        return None
    m = _TITLE_GENDER.search(title)
    return None if m is None else m.lastgroup


def _gender(honorific: str | None) -> str | None:
    if not honorific:
        return None
    hon = " ".join(honorific.rstrip(".").split())
    if hon in FEMININE:
        return "f"
    if hon in MASCULINE:
        return "m"
    return None


class _Scan(NamedTuple):  # (a tuple: built at less cost than a frozen attrs class)
    """What the one capitalised-word scan found."""

    countries: list[CountryMention]
    places: list[PlaceMention]
    orgs: list[tuple[int, int, str]]
    words: list[tuple[int, int, str]]  # other capitalised words
    venue_cue: bool  # whether ``_VENUE`` may match


@functools.cache
def _surface_info() -> dict[
    str, tuple[bool, tuple[Country, str] | None, tuple[str, Country | None] | None]
]:
    """What a matched form stands for: an organisation?, (country, form), (place form, country)."""
    out: dict[str, tuple[bool, tuple[Country, str] | None, tuple[str, Country | None] | None]] = {}
    for surface in {*_ALL_FORMS, *_CITY_NAMES, *_ORG_SURFACES}:
        found = _ALL_FORMS.get(surface)
        country = None if found is None else (COUNTRIES[found[0]], found[1])
        place: tuple[str, Country | None] | None = None
        if surface in SEATS:
            place = ("venue", _country(SEATS[surface]))
        elif surface in _CITY_NAMES:
            place = ("city", _country(_CITY_NAMES[surface]))
        out[surface] = (surface in _ORG_SURFACES, country, place)
    return out


def _scan_gazetteer(text: str, present: frozenset[str] | None = None) -> _Scan:
    """Countries (with compound and possessive forms), cities, seats, organisations, words.

    ``present`` are the words of ``_PRESENCE_WORDS`` in the text, if known (see
    ``find_mentions``): without their keywords the exercise and group filters are skipped.
    """
    out: list[CountryMention] = []
    places: list[PlaceMention] = []
    orgs: list[tuple[int, int, str]] = []
    words: list[tuple[int, int, str]] = []
    info = _surface_info()
    cues: set[str] = set()
    hits = _gazetteer_matches(text, words, cues)
    # One pass over the hits: the given names taken out (``_given_name``), the readings
    # of the rest, and each country's mention built once the next one is known. Parts
    # joined by a hyphen ("India-US", "U.S.-India") are compounds: a country is joined to
    # the next one when that opens right after a hyphen or a dash at its end.
    starts: set[int] | None = None  # the starts of ``words``, built when first asked
    given: list[tuple[int, int, str]] = []
    prior: tuple[int, int, Country, str] | None = None  # the last country, not yet built
    joined = False  # whether ``prior`` is joined to the one before it
    for hit in hits:
        kind, start, end, surface = hit
        if kind == "prefix":
            reading: tuple[Country, str] | None = (COUNTRIES[PREFIXES[surface]], "compound")
            place = None
        else:
            is_org, reading, place = info[surface]
            if (
                text[end : end + 1] == " "
                and " " not in surface
                and place is not None
                and (reading is None or reading[1] == "capital")
                and not is_org
                and words
            ):
                if starts is None:
                    starts = {w[0] for w in words}
                if end + 1 in starts and _given_name(text, start, end):
                    given.append((start, end, surface))
                    continue
            if is_org:
                orgs.append((start, end, surface))
        if reading is not None:
            form = reading[1]
            if (
                form in ("name", "short")
                and text[end : end + 1] in _APOSTROPHES
                and _possessive_at(text, end)
            ):
                form = "possessive"
            if prior is not None:
                link = prior[1] == start - 1 and text[start - 1] in "-–"
                p0, p1, pc, pf = prior
                out.append(CountryMention(p0, p1, pc, "compound" if joined or link else pf))
                joined = link
            else:
                joined = False
            prior = (start, end, reading[0], form)
        if place is not None:
            places.append(PlaceMention(start, end, surface, place[1], place[0]))
    if prior is not None:
        p0, p1, pc, pf = prior
        out.append(CountryMention(p0, p1, pc, "compound" if joined else pf))
    if given:
        words[:] = sorted([*words, *given])
    # (Loops with ``in``, not ``any`` over a generator or a map of ``str.__contains__``:
    # each costs more than the few tests.)
    venue_cue = bool(cues)
    for head in () if venue_cue else _VENUE_LOWER_HEADS:
        if head in text:
            venue_cue = True
            break
    if not venue_cue and " office at " in text:
        venue_cue = True  # "received him in his office at <Seat>"
    for word in (
        _EXERCISE_WORDS if present is None or not present.isdisjoint(_EXERCISE_KEYWORDS) else ()
    ):
        if word in text:  # (literals of ``_EXERCISE``)
            stems = _stems_at(text)
            out = [c for c in out if not _in_exercise(text, c.start, stems)]
            places = [p for p in places if not _in_exercise(text, p.start, stems)]
            break
    for word in (
        _GROUP_WORDS if present is None or not present.isdisjoint(_ARMED_GROUP_WORDS) else ()
    ):
        if word in text:  # (literals of ``_GROUP``)
            groups = [m.span() for m in _guard.finditer(_GROUP, text)]
            if groups:
                out = [c for c in out if not any(a <= c.start < b for a, b in groups)]
            break
    return _Scan(out, places, orgs, words, venue_cue)


def _given_name(text: str, start: int, end: int) -> bool:
    """Whether the city at ``start:end`` is a person's given name, not a place.

    Asked of a city of one word (no organisation, a country's capital at most) before a
    space and a capitalised word that is no entry: after an office or an honorific ("Defence
    Minister Sofia Marchetti", "Ms Victoria Lane", "President Santiago Ortiz") it opens the
    person's name, unless the word after it makes it a place or an event ("Sofia Airport").
    """
    if not _title_before(text, start):
        return False
    following = text[end + 1 : end + 1 + _GIVEN_REACH].split(" ", 1)[0]
    return following.rstrip(",.;:") not in _after_given()


_GIVEN_REACH = 40  # characters: the longest word read after a given name
# The word right before a given name: an office's head or an honorific, as written.
_BEFORE_GIVEN = frozenset(
    [w.title() for w in HEAD_WORDS]
    + ["Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame", "Madam", "Senator", "Congresswoman"]
    + ["Congressman", "Gen", "Adm", "Col", "Capt", "Lt", "Maj", "Brig", "Cdr", "Cmdr"]
    + ["General", "Admiral", "Marshal", "Commodore", "Colonel", "Captain", "Major"]
    + ["Lieutenant", "Brigadier", "Commander", "Excellency", "Honourable", "Honorable"]
)


@functools.cache
def _after_given() -> frozenset[str]:
    """Words after a city that make it a place or an event, not a given name.

    ("Sofia Airport", "Kabul Process", "Paris Visit" in a headline.)
    """
    return _STOP | _NOT_PERSON | frozenset(VENUE_HEADS) | _EVENT_NOUNS


# Capitalised nouns of events and documents named after a city.
_EVENT_NOUNS = frozenset(
    {"Visit", "Talks", "Trip", "Tour", "Meeting", "Meet", "Summit", "Dialogue", "Forum"}
    | {"Declaration", "Agreement", "Accord", "Accords", "Pact", "Process", "Format", "Round"}
    | {"Conference", "Consensus", "Communique", "Statement", "Protocol", "Charter", "Session"}
    | {"Initiative", "Framework", "Airport", "Port", "Base", "Office", "Embassy", "Mission"}
)


def _title_before(text: str, start: int) -> bool:
    """Whether an office's head or an honorific ends one space before ``start``."""
    if start < 3 or text[start - 1] != " ":
        return False
    before = text[max(0, start - 1 - _GIVEN_REACH) : start - 1]
    word = before[before.rfind(" ") + 1 :].rstrip(".")
    return word in _BEFORE_GIVEN


# Armed groups named after countries: "the Islamic State of Iraq and Syria" is no party and
# no topic country. Each match holds one of ``_GROUP_WORDS``.
_GROUP_WORDS = ("Islamic", "Taliban")
_GROUP = regex.compile(
    r"""\bIslamic\ State\ (?:of|in)\ Iraq(?:\ and\ (?:Syria|the\ Levant|al-Sham))?
    |\bIslamic\ State\ (?:in\ )?(?:West\ Africa|Khorasan|Sinai|Somalia|Mozambique)
    |\bIslamic\ Movement\ of\ Uzbekistan|\bTehrik-[ei]-Taliban\ Pakistan
    |\bPakistani\ Taliban|\bAfghan\ Taliban""",
    regex.VERBOSE,
)
_EXERCISE_WORDS = ("xercise", "XERCISE", "Operation", " operation", "OPERATION")
# What every keyword of ``_EXERCISE`` holds.
_EXERCISE_STEMS = ("xercise", "XERCISE", "peration", "PERATION")
# The name of an exercise or an operation up to a word: "Exercise Bersama ", "Operation ".
_EXERCISE = regex.compile(
    r"""(?r)(?:\b(?:Exercise|EXERCISE|Operation|OPERATION)\ |\b(?:exercise|operation)\ (?=\p{Lu}))
    (?:\p{Lu}[\p{L}'’-]*\ ){0,3}\Z""",
    regex.VERBOSE,
)


def _stems_at(text: str) -> list[tuple[int, list[int]]]:
    """Each stem of ``_EXERCISE_STEMS``: its length and where it is written, in order."""
    out = []
    for stem in _EXERCISE_STEMS:
        ats = []
        at = text.find(stem)
        while at >= 0:
            ats.append(at)
            at = text.find(stem, at + 1)
        out.append((len(stem), ats))
    return out


def _in_exercise(text: str, start: int, stems: list[tuple[int, list[int]]]) -> bool:
    """Whether a word at ``start`` is part of an exercise's or an operation's name.

    The pattern's keyword lies inside the window searched: without one of its stems
    there, no pattern is tried. ``stems`` are where each is written (``_stems_at``): one
    lies in the window if the first written at or after its start ends inside it.
    """
    if text[start - 1 : start] != " ":
        return False
    lo = start - 60 if start > 60 else 0
    for size, ats in stems:
        i = bisect_left(ats, lo)
        if i < len(ats) and ats[i] + size <= start:
            return _EXERCISE.match(text, lo, start) is not None
    return False


_UPPER = regex.compile(r"\p{Lu}")
_LETTERS = regex.compile(r"\p{L}+")


def _has_capital(text: str, start: int, end: int) -> bool:
    """Whether ``_UPPER`` finds a capital in ``text[start:end]``.

    In ASCII the capitals are A-Z, the only letters ``lower`` changes: no pattern then (a
    call of a pattern costs as much as a few hundred string operations). Outside ASCII,
    an ASCII capital still answers (the characters outside it dropped by ``encode``, which
    is quick where ``str.translate`` reads each through a dictionary); else the pattern.
    """
    window = text[start:end]
    if window.isascii():
        return window != window.lower()
    data = window.encode("ascii", "ignore")
    return data != data.lower() or _UPPER.search(text, start, end) is not None


def _lower_case_countries(text: str) -> list[CountryMention]:
    """Country names and demonyms in a text written without capitals ("russia and china")."""
    if len(text) < 40:
        return []
    # More than one capital in 200 characters: not such a text (counted until that is clear).
    limit = len(text) // 200
    for i, _ in enumerate(_UPPER.finditer(text)):
        if i >= limit:
            return []
    # A gazetteer entry matches only where each of its runs of letters is a whole run of
    # the capitalised text: without such an entry there is nothing to scan for.
    runs = {run.capitalize() for run in set(_LETTERS.findall(text))}
    by_first = _surface_runs()
    if not any(rest <= runs for first in runs & by_first.keys() for rest in by_first[first]):
        return []
    titled = _LETTERS.sub(lambda m: m.group().capitalize(), text)
    if len(titled) != len(text):
        return []
    found = _scan_gazetteer(titled).countries
    return [
        c
        for c in found
        if c.form in ("name", "demonym", "possessive", "compound")
        and titled[c.start : c.end] not in _LOWER_AMBIGUOUS
    ]


_LOWER = regex.compile(r"\p{Ll}")
_ASCII_CAPITALS = bytes(range(65, 91))
_ASCII_SMALL = bytes(range(97, 123))


def _one_case(text: str) -> bool:
    """Whether a text is written in one case: at most one capital, or one small letter, in 200."""
    if len(text) < 40:
        return False
    limit = len(text) // 200
    # The ASCII capitals and small letters are some of those the patterns find: more than
    # ``limit`` of each (in the text's first part, where news text has them) and both scans
    # below stop short.
    data = text[: 64 * (limit + 1)].encode("ascii", "ignore")
    if (
        len(data) - len(data.translate(None, _ASCII_CAPITALS)) > limit
        and len(data) - len(data.translate(None, _ASCII_SMALL)) > limit
    ):
        return False
    for pattern in (_UPPER, _LOWER):
        for i, _ in enumerate(pattern.finditer(text)):
            if i >= limit:
                break
        else:
            return True
    return False


# Ranks and honorifics that may stand between an office and a name, in lower case.
_LOWER_RANKS = frozenset(w.lower() for w in (*RANK_WORDS, *_PLAIN)) | {"mr.", "dr.", "gen."}
# Words that are no part of a name read from a text of one case.
_LOWER_NOT_NAME = frozenset(
    {
        *("the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "and", "or", "but"),
        *("is", "was", "were", "are", "be", "been", "will", "would", "has", "had", "have"),
        *("also", "who", "which", "that", "this", "his", "her", "their", "its", "from", "by"),
        *("as", "during", "after", "before", "today", "yesterday", "tomorrow", "then", "now"),
        *("here", "there", "recently", "earlier", "later", "not", "it", "he", "she", "they"),
        *("visit", "meeting", "talks", "called", "paid", "led", "hold", "meet", "arrive"),
        *(w.lower() for w in _VERBS),
        *(w.lower() for w in NAME_STOPWORDS),
    }
)


_GAPS = (" ", ", ")


def _caseless_names(
    text: Text, lowered: list[int] | None = None, cues: list[int] | None = None
) -> str | None:
    """A text of one case with the two words after each office capitalised, else None.

    "us defence secretary jane roe met" reads as "us defence secretary Jane Roe met": the
    office stages then find the name as usual, at the same offsets. Read off the words of
    the lower-cased text (``Text.words``). In a text of both cases, only an office written
    in small letters after a country so written (``lowered``: where such countries end)
    is read so: "the russian defense minister andrei belousov".
    """
    low = text.lower
    if low is None:
        return None
    one_case = _one_case(text.text)
    if not one_case and not lowered:
        return None
    body = low if one_case else text.text
    words = text.words
    starts: list[int] | None = None  # the starts of the words, once needed
    raised: dict[int, str] = {}  # the letters capitalised, by offset
    # ``cues`` index every word of ``_HEAD_LOWER`` (and maybe others), in order.
    for k in range(len(words)) if cues is None else cues:
        at, word = words[k]
        if word not in _HEAD_LOWER or (at and low[at - 1] == "-"):
            continue
        if not one_case and (
            not body[at].islower() or not _ends_within(lowered or [], at - 40, at)
        ):
            continue
        pos = at + len(word)
        if low.startswith(_RIGHT_OPENINGS, pos):
            rm = _RIGHT.match(low, pos)
            pos = rm.end() if rm else pos
        if pos == at + len(word):
            j = k + 1
        else:
            if starts is None:
                starts = [w[0] for w in words]
            j = bisect_left(starts, pos)
        picked: list[int] = []  # ranks, then the two words of the name
        ranks = 0
        while j < len(words) and len(picked) < ranks + 2 and low[pos : words[j][0]] in _GAPS:
            nxt = words[j][1]
            if nxt in _LOWER_RANKS and len(picked) == ranks and ranks < 4:
                ranks += 1
            elif nxt in _LOWER_NOT_NAME or not nxt.isalpha():
                break
            picked.append(j)
            pos = words[j][0] + len(nxt)
            j += 1
        if len(picked) < ranks + 2:
            continue
        if not one_case and not all(body[words[j][0]].islower() for j in picked):
            continue
        for j in picked:
            w0 = words[j][0]
            raised[w0] = raised.get(w0, body[w0]).upper()
    if not raised:
        return None
    # The body with the raised letters in place: the pieces between them, joined once.
    pieces: list[str] = []
    prev = 0
    for at in sorted(raised):
        pieces += (body[prev:at], raised[at])
        prev = at + 1
    pieces.append(body[prev:])
    return "".join(pieces)


def _same_words(
    text: Text, caseless: str, picked: list[int]
) -> tuple[tuple[tuple[int, str], ...] | None, list[int] | None]:
    """The word list of ``text`` and its cue words, for ``caseless`` if they are its own.

    They are when ``caseless`` (``text`` with some letters capitalised) lowers to the same
    text: the heads are then read off them (``_heads``), not found by a scan.
    """
    if text.lower is not None and caseless.lower() == text.lower:
        return text.words, picked
    return None, None


def _ends_within(ends: list[int], lo: int, hi: int) -> bool:
    i = bisect_left(ends, lo)
    return i < len(ends) and ends[i] < hi


# Country names and demonyms of one word that are no common English word in small letters.
_LOWER_UNSAFE = frozenset(
    {
        *(w.lower() for w in _LOWER_AMBIGUOUS),
        *("china", "japan", "french", "swiss", "dutch", "greece", "cyprus", "indian"),
        *("american", "panama", "brazil", "turkish", "guyana", "bahamas"),
    }
)
_LOWER_FORMS = {
    form.lower(): (code, kind)
    for form, (code, kind) in COUNTRY_FORMS.items()
    if kind in ("name", "demonym")
    and form.isalpha()
    and form[:1].isupper()
    and form[1:].islower()
    and len(form) >= 4
    and form.lower() not in _LOWER_UNSAFE
}


_LOWER_FORM_SET = frozenset(_LOWER_FORMS)
# Every word of the lower-cased text that a reader of the word list looks at: head words
# (``_heads``), small words (``_small_words``; "the" only where its phrase is written) and
# countries in small letters.
# The words a venue follows (``_VENUE``, its keywords; "on" of "on board"), for ``_venues``.
_VENUE_WORDS = frozenset({"at", "in", "inside", "aboard", "on", "visited"})
# Words whose absence from the word list spares a pattern or a scan of the body: each of
# those patterns (and literals) takes one of them as a whole word, written in any case
# (a maximal run of ``\w``: a capital, a space, a hyphen or the text's edge around it).
_ACRONYM_WORDS = frozenset(a.lower() for a in OFFICE_ACRONYMS)  # ``_THE_ACRONYM``
# Plural role nouns a list of two names may follow: "ministry officials A B and C D".
_PLURAL_ROLES = (" officials ", " representatives ", " delegates ", " envoys ", " commanders ")
_ROLE_WORDS = frozenset(r.strip() for r in _PLURAL_ROLES)  # (``_plural_roles``)
_GROUP_OFFICIAL_WORDS = frozenset({"nordic", "baltic"})  # ``_GROUP_OFFICIALS``
_ARMED_GROUP_WORDS = frozenset({"islamic", "tehrik", "pakistani", "afghan"})  # ``_GROUP``
_EXERCISE_KEYWORDS = frozenset({"exercise", "operation"})  # ``_EXERCISE``
_DELEGATION_WORD = "delegation"  # ``_DELEGATION_LIST``
_PRESENCE_WORDS = (
    _ACRONYM_WORDS
    | _ROLE_WORDS
    | _GROUP_OFFICIAL_WORDS
    | _ARMED_GROUP_WORDS
    | _EXERCISE_KEYWORDS
    | {_DELEGATION_WORD}
)
_WORD_CUES = _HEAD_LOWER | _SMALL_LOWER_NO_THE | _LOWER_FORM_SET | _VENUE_WORDS | _PRESENCE_WORDS
_WORD_CUES_THE = _WORD_CUES | {"the"}


def _cue_words(body: str, words: tuple[tuple[int, str], ...]) -> list[int]:
    """The indexes of the words of ``_WORD_CUES`` in ``words`` (with "the" where it may count).

    The readers of the word list (heads, small words, countries in small letters) each
    look at their own words only: one pass picks them all.
    """
    cues = _WORD_CUES_THE if _SMALL_PHRASE in body else _WORD_CUES
    # (a comprehension: faster here than ``compress`` over two ``map`` calls)
    return [i for i, (_, word) in enumerate(words) if word in cues]


def _handled(text: str) -> set[int]:
    """The offsets right after an "@"."""
    handled: set[int] = set()
    at = text.find("@")
    while at >= 0:
        handled.add(at + 1)
        at = text.find("@", at + 1)
    return handled


_BY_START = attrgetter("start")
_SECOND = itemgetter(1)
_PLUS_ONE = (1).__add__


def _small_letter_countries(
    text: Text, picked: list[int], lows: list[str] | None = None
) -> list[CountryMention]:
    """Countries written in small letters in a text of both cases ("the russian minister").

    Only the forms among the words of the lower-cased text are looked for, each where it
    is written so as a whole word; never inside a link, a handle or a tag. ``picked``
    indexes the words of ``_WORD_CUES`` (``_cue_words``), every form among them; ``lows``
    are those words, if at hand.
    """
    if text.lower is None:
        return []
    words = text.words
    present = _LOWER_FORM_SET.intersection([words[i][1] for i in picked] if lows is None else lows)
    if not present:
        return []
    body = text.text
    out: list[CountryMention] = []
    for word in present:
        at = body.find(word)
        while at >= 0:
            end = at + len(word)
            if (
                not (at and (body[at - 1].isalnum() or body[at - 1] in "/._#@-\\"))
                and not body[end : end + 1].isalnum()
                and not (body[end : end + 1] in ("/", ".") and body[end + 1 : end + 2].isalnum())
            ):
                code, kind = _LOWER_FORMS[word]
                form = "possessive" if kind == "name" and _possessive_at(body, end) else kind
                out.append(CountryMention(at, end, COUNTRIES[code], form))
            at = body.find(word, end)
    out.sort(key=_BY_START)
    return out


class _Countries:
    """Country mentions with their offsets, for bisected look-ups."""

    def __init__(self, mentions: list[CountryMention]) -> None:
        self.mentions = mentions
        self.starts = [c.start for c in mentions]
        self.by_start = {c.start: c for c in mentions}
        self.by_end = {c.end: c for c in mentions}
        self.ends = sorted(self.by_end)

    def ends_within(self, start: int, end: int) -> bool:
        """Whether a country mention ends inside ``[start, end)``."""
        i = bisect_left(self.ends, start)
        return i < len(self.ends) and self.ends[i] < end

    def last_before(self, pos: int) -> CountryMention | None:
        """The last country mention that ends at or before ``pos``."""
        i = bisect_left(self.ends, pos + 1) - 1
        return self.by_end[self.ends[i]] if i >= 0 else None

    def near(self, start: int, end: int) -> Country | None:
        """The first country mention inside ``[start, end)``."""
        i = bisect_left(self.starts, start)
        if i < len(self.mentions) and self.mentions[i].end <= end:
            return self.mentions[i].country
        return None


def _title_case(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


@functools.lru_cache(maxsize=4096)
def _tokens(name: str) -> tuple[str, ...]:
    """The words that identify a name (no initial); names recur: remembered.

    A father's name after "bin" stays with the particle: "Hussein bin Abdullah" is not
    "Abdullah", and "Mohammed bin Salman" is not "Mohammed bin Zayed" ("Abdullah" alone
    names the father, as in "King Abdullah").

    >>> _tokens("Khalid bin Salman Al Saud")
    ('Khalid', 'bin Salman', 'Al', 'Saud')
    >>> _tokens("Lucky E.O. Musa") == _tokens("Lucky E.O Musa")
    True
    """
    # (initials written together are one word, with or without their last stop: "E.O.",
    # "E.O")
    words = [t.rstrip(".") if "." in t[:-1] else t for t in name.split() if len(t.rstrip(".")) > 1]
    if " bin " not in name and " ibn " not in name and " bint " not in name:
        return tuple(words)
    it = iter(words)  # (the particle takes the next word from the same iterator)
    return tuple(f"{word} {next(it, '')}".rstrip() if word in _PATRONYMIC else word for word in it)


_PATRONYMIC = frozenset({"bin", "ibn", "bint"})


def _word_count(name: str) -> int:
    """The words of a name, its hyphens read as spaces ("Al-Rahbi" is "Al Rahbi")."""
    return len(name.replace("-", " ").split())


@functools.lru_cache(maxsize=4096)
def _folded(tokens: tuple[str, ...]) -> frozenset[str]:
    """The tokens case-folded: "Lee Jong-Sup" is "Lee Jong-sup" (names recur: remembered)."""
    return frozenset(map(str.casefold, tokens))


# Letters that are another with a stroke, and no base letter plus a mark (NFKD keeps them).
_STROKED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ß": "ss"})


@functools.lru_cache(maxsize=1024)
def _unaccented(name: str) -> str:
    """``name`` case-folded, without its accents: one name written with and without them.

    >>> _unaccented("Radosław Sikorski") == _unaccented("Radoslaw SIKORSKI")
    True
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_STROKED)


def _spelt_alike(a: str, b: str) -> bool:
    """Whether two words of a name are one word transliterated two ways.

    The same first letter, at most two letters apart (an edit distance), each at least four
    letters long.

    >>> _spelt_alike("javaid", "javed"), _spelt_alike("javed", "jamal")
    (True, False)
    """
    if a == b:
        return True
    if a[:1] != b[:1] or len(a) < 4 or len(b) < 4 or abs(len(a) - len(b)) > 2:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1] <= 2


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether two surnames are one, or spelt one letter apart ("Umerov", "Umierov")."""
    if a == b:
        return True
    if len(a) < 5 or len(b) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


# How many people a text may name before ``_People._respelt`` is no longer tried (it reads
# every person named so far).
_RESPELT_MAX = 64


class _People:
    """Builds actors and person mentions while the passes run."""

    def __init__(self) -> None:
        self.people: list[_Person] = []
        self.mentions: list[PersonMention] = []
        # The claimed spans by the block of 1024 characters (``_CLAIM_BITS``) of their
        # start: each block's starts in order, and the ends alike. A claim costs its
        # block's size, not the document's (the passes claim all over the text).
        self._claims: dict[int, tuple[list[int], list[int]]] = {}
        # The people by each case-folded token they ever had (``None``: those of none), in
        # order: ``_find``'s candidates, so a look-up costs the namesakes, not everyone.
        self._by_token: dict[str | None, list[int]] = {}

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a claimed span (at most ``_MAX_CLAIM`` long) overlaps ``start:end``."""
        floor = start - _MAX_CLAIM
        claims = self._claims
        k = (end - 1) >> _CLAIM_BITS
        lowest = (start - _MAX_CLAIM if start > _MAX_CLAIM else 0) >> _CLAIM_BITS
        while k >= lowest:
            block = claims.get(k)
            k -= 1
            if block is None:
                continue
            starts, ends = block
            j = bisect_left(starts, end) - 1
            while j >= 0 and starts[j] >= floor:
                if ends[j] > start:
                    return True
                j -= 1
        return False

    def claimed(self) -> tuple[list[int], list[int]]:
        """The claimed spans as their starts in order and, at each, the furthest end so far.

        A span ``start:end`` overlaps a claim (``overlaps``) when the claims opening before
        ``end`` reach past ``start``: ``k = bisect_left(starts, end)``, ``reach[k - 1] >
        start`` (a claim no longer than ``_MAX_CLAIM`` that ends past ``start`` opens after
        ``start - _MAX_CLAIM``, where ``overlaps`` looks). For a pass that claims nothing
        while it asks.

        The blocks hold the starts in order and cover the text in the order of their keys:
        joined in that order, the starts are in order (no sort). Among claims of one start
        the ends may stand in any order; only the furthest end at the last of them is read
        (``k - 1`` above), the same in any order.
        """
        starts: list[int] = []
        ends: list[int] = []
        claims = self._claims
        for k in sorted(claims):
            block_starts, block_ends = claims[k]
            starts += block_starts
            ends += block_ends
        return starts, list(accumulate(ends, max))

    def find(self, name: str, country: Country | None) -> int | None:
        return self._find(_tokens(name), country)

    def _find(
        self, tokens: tuple[str, ...], country: Country | None, toks: frozenset[str] | None = None
    ) -> int | None:
        """The person named by ``tokens``; ``toks`` are the tokens case-folded, if at hand."""
        if toks is None:
            toks = _folded(tokens)
        if not toks:
            return None
        # Exact: a person of tokens who matches shares one with ``toks`` (one set holds the
        # other, neither empty), and is indexed under it; one of none is under ``None``.
        by_token = self._by_token
        found: set[int] = set(by_token.get(None, ()))
        for tok in toks:
            found.update(by_token.get(tok, ()))
        for i in sorted(found):
            p = self.people[i]
            theirs = p.folded
            if not (toks <= theirs or theirs <= toks):
                continue
            if country and p.country and country != p.country:
                continue
            return i
        return None

    def _index(self, i: int, folded: frozenset[str]) -> None:
        """Index person ``i`` under the tokens ``folded`` (see ``_by_token``)."""
        for tok in folded or (None,):
            ids = self._by_token.setdefault(tok, [])
            if not ids or ids[-1] != i:
                ids.append(i)

    def _variant(self, tokens: tuple[str, ...], country: Country | None) -> int | None:
        """A person named with the same first and last words, the middle ones spelt apart.

        "Qamar Javaid Bajwa" and "Qamar Javed Bajwa" are one man.
        """
        first, last = tokens[0].casefold(), tokens[-1].casefold()
        for i in self._by_token.get(last, ()):
            p = self.people[i]
            theirs = p.name.split()
            if len(theirs) != len(tokens) or theirs[0].casefold() != first:
                continue
            if country and p.country and country != p.country:
                continue
            if all(
                _spelt_alike(a.casefold(), b.casefold())
                for a, b in zip(theirs[1:-1], tokens[1:-1], strict=True)
            ):
                return i
        # "Saif bin Nasser bin Mohsen Al-Rahbi" and "Saif Bin Nasser Bin Mohsin Al Rahbi":
        # the same words apart from case, hyphens and a vowel or two
        mine = " ".join(tokens).replace("-", " ").casefold().split()
        # (they share the first word or the last, a token unless a hyphen joins it to the
        # next: "Nikolaos-Georgios Dendias" and "Nikolaos Georgios S. Dendias")
        by_token = self._by_token
        near: set[int] = {*by_token.get(mine[0], ()), *by_token.get(mine[-1], ())}
        for i in sorted(near):
            p = self.people[i]
            theirs = p.name.replace("-", " ").casefold().split()
            if len(theirs) != len(mine) or theirs[0] != mine[0] or theirs[-1] != mine[-1]:
                continue
            if country and p.country and country != p.country:
                continue
            if all(a == b or _spelt_alike(a, b) for a, b in zip(theirs, mine, strict=True)):
                return i
        return None

    def _respelt(self, tokens: tuple[str, ...], country: Country | None) -> int | None:
        """One person whose name ends on these two words, the last spelt one letter apart.

        "Al Bawardi said" after "Mohammed bin Ahmed Al Bowardi" is that man.
        """
        first, last = tokens[0].casefold(), tokens[1].casefold()
        found = [
            i
            for i, p in enumerate(self.people)
            if (not country or not p.country or country == p.country)
            and len(words := p.name.casefold().split()) > 2
            and words[-2] == first
            and _one_letter_apart(words[-1], last)
        ]
        return found[0] if len(found) == 1 else None

    def _given_variant(self, tokens: tuple[str, ...], country: Country | None) -> int | None:
        """One person of this surname whose given name is this one transliterated otherwise.

        "General Sergey Volkov" after "General Sergei Volkov" (or "Yury" after "Yuri"): the
        given names differ only in a last "i"/"y", the surnames are one.
        """
        given, last = tokens[0].casefold(), tokens[1].casefold()
        if len(given) < 4 or given[-1] not in "iy":
            return None
        found = [
            i
            for i, p in enumerate(self.people)
            if (not country or not p.country or country == p.country)
            and len(words := p.name.casefold().split()) == 2
            and words[1] == last
            and words[0] != given
            and words[0][:-1] == given[:-1]
            and words[0][-1:] in ("i", "y")
        ]
        return found[0] if len(found) == 1 else None

    def _same_name(self, folded: frozenset[str]) -> int | None:
        """One person already named with all these words (two or more), of any country.

        "Ruritanian Minister of National Defence Ana Maria Roe" and later "Minister of
        National Defence Ana Maria Roe" (an office another state's gazetteer entry may
        claim) are one woman: a whole name names one person in an article.
        """
        found = {
            i
            for tok in folded
            for i in self._by_token.get(tok, ())
            if self.people[i].folded == folded
        }
        return found.pop() if len(found) == 1 else None

    def _accents_apart(self, tokens: tuple[str, ...], country: Country | None) -> int | None:
        """One person whose whole name is these words but for accents.

        "Radoslaw Sikorski" after "Radosław Sikorski": one man (of one country where both
        are known).
        """
        if " ".join(tokens).isascii() and all(p.name.isascii() for p in self.people):
            return None  # (no accent on either side)
        mine = _unaccented(" ".join(tokens))
        found = [
            i
            for i, p in enumerate(self.people)
            if (not country or not p.country or country == p.country)
            and _unaccented(p.name) == mine
        ]
        return found[0] if len(found) == 1 else None

    def _namesake(self, surname: str, country: Country, title: str) -> int | None:
        """One person already named with this surname, country and kind of office.

        "Defense Secretary Jim Roe" after "Secretary of Defense James Roe" is one man.
        """
        kind = title_kind(title)
        if kind is None:
            return None
        low = surname.casefold()
        found = [
            i
            for i, p in enumerate(self.people)
            if p.country == country
            and title_kind(p.title) == kind
            and _one_letter_apart(p.name.split()[-1].casefold(), low)
        ]
        return found[0] if len(found) == 1 else None

    def add(
        self,
        start: int,
        end: int,
        name: str,
        title: str | None,
        country: Country | None,
        form: str,
        gender: str | None = None,
    ) -> int:
        if title and title[-1:] == "s":
            title = _singular_title(title)  # "Ministers A and B": each is a minister
        tokens = _tokens(name)
        folded = _folded(tokens)
        i = self._find(tokens, country, folded)
        if i is None and len(tokens) >= 3:
            i = self._variant(tokens, country)
        if i is None and country is not None and title and len(tokens) >= 2:
            i = self._namesake(tokens[-1], country, title)
        if i is None and len(tokens) == 2 and len(self.people) <= _RESPELT_MAX:
            i = self._respelt(tokens, country)
            if i is None:
                i = self._given_variant(tokens, country)
        if i is None and len(tokens) >= 2 and country is not None:
            i = self._same_name(folded)
        if i is None and len(tokens) >= 2 and len(self.people) <= _RESPELT_MAX:
            i = self._accents_apart(tokens, country)
        if i is None:
            if (
                len(tokens) == 1
                and country is not None
                and self._held_by_another(-1, title, country)
            ):
                # "for the Ruritanian ambassador, General Roe affirmed": a lone name after an
                # office of a country whose holder is named already is not that office's;
                # one word of a name already known is that person ("with his Ruritanian
                # counterpart, Liang met": Liang Wei, named before)
                known = self._find(tokens, None, folded)
                if known is not None:
                    self.mention(start, end, known, "surname" if form == "full" else form)
                    return known
                title = country = None
            self.people.append(
                _Person(
                    name,
                    title,
                    country,
                    start,
                    tokens=frozenset(tokens),
                    folded=folded,
                )
            )
            i = len(self.people) - 1
            self._index(i, folded)
        else:
            p = self.people[i]
            if len(tokens) > len(p.tokens) and _word_count(name) > _word_count(p.name):
                p.name = name
                p.tokens = frozenset(tokens)
                p.folded = folded
                self._index(i, folded)
            new_title = bool(title) and (
                not p.title or (title_kind(p.title) is None and title_kind(title) is not None)
            )
            new_country = country is not None and not p.country
            # (asked only where an office or a country would pass to the person)
            if (new_title or new_country) and not (
                country is not None and self._held_by_another(i, title, country)
            ):
                if new_title:
                    p.title = title
                if new_country:
                    p.country = country
        if gender and not self.people[i].gender:
            self.people[i].gender = gender
        self.mention(start, end, i, form)
        return i

    def _held_by_another(self, i: int, title: str | None, country: Country) -> bool:
        """Whether someone other than person ``i`` holds ``title`` of ``country`` already.

        "While holding talks with Minister of Defence of Ruritania, Jane Roe welcomed": an
        office whose holder is named before does not pass to a person named after it.
        """
        if not title:
            return False
        folded = title.casefold()
        return any(
            k != i and q.country == country and q.title is not None and q.title.casefold() == folded
            for k, q in enumerate(self.people)
        )

    def describe(self, name: str, title: str, country: Country) -> None:
        """Give a person already named an office and a country found apart from the name."""
        i = self._find(_tokens(name), country)
        if i is None or self._held_by_another(i, title, country):
            return  # (an office of that country whose holder is named already: not theirs)
        p = self.people[i]
        p.country = p.country or country
        if not p.title or (title_kind(p.title) is None and title_kind(title)):
            p.title = title

    def mention(self, start: int, end: int, actor: int, form: str) -> None:
        self.people[actor].spans.append(Span(start, end, form))
        self.mentions.append(PersonMention(start, end, actor, form))
        if end - start > _MAX_CLAIM:
            return
        # The claim, in its block (see ``_claims``).
        block = self._claims.get(start >> _CLAIM_BITS)
        if block is None:
            self._claims[start >> _CLAIM_BITS] = ([start], [end])
            return
        starts, ends = block
        i = bisect_left(starts, start)
        starts.insert(i, start)
        ends.insert(i, end)


class _TitleOnly(NamedTuple):
    start: int
    end: int
    title: str
    country: Country | None
    visiting: bool
    counterpart: bool


def _is_rank(word: str) -> bool:
    core = word.rstrip(".")
    if "-" not in core:  # one part: the whole word
        return core in RANK_WORDS
    return all(part in RANK_WORDS for part in core.split("-"))


def _clean_name(
    text: str, start: int, end: int, loose: bool = False
) -> tuple[int, int, str] | None:
    """Drop stop words from a matched name: reject a stop word first, cut at a later one.

    Leading ranks are dropped ("Major-General Jane Roe"). ``loose`` (the fallback for
    untitled names) also drops leading stop and function words and rejects organisations.
    """
    if text.startswith(("Sri ", "Seri "), start) and _DATO_BEFORE.search(
        text, start - 8 if start > 8 else 0, start
    ):
        start = text.index(" ", start) + 1  # "Dato' Sri Jane Roe": the honorific's second word
    found = _clean_span(text[start:end], loose)
    if found is None or all(map(_is_rank, found[2].split())):
        return None  # (nothing but ranks: "Senior Lieutenant" cut before "General ...")
    last = found[2].rsplit(" ", 1)[-1]
    if len(last) > 4 and _is_rank(last) and last not in _PLAIN_NAMES:
        # titles before a rank ("Pehin Datu Major-General"): the name follows it (a short
        # form is a given name as often: "Nakatani Gen")
        return None
    if text.startswith(_FORCE_WORDS, start + found[1]) and _FORCE_AFTER.match(
        text, start + found[1]
    ):
        return None  # "Commander Royal Omani Navy" (or "Naval Forces"): a force's name
    first, _, rest = found[2].partition(" ")
    if first in _PLURAL_TITLES and " " in rest:
        # "Presidents Jane Roe and John Doe": the office of the two, no word of a name
        return start + found[0] + len(first) + 1, start + found[1], rest
    return start + found[0], start + found[1], found[2]


# The plural of an office's head word, and its singular: "Ministers A and B".
_PLURAL_TITLES = {
    "Ministers": "Minister",
    "Secretaries": "Secretary",
    "Chiefs": "Chief",
    "Generals": "General",
    "Admirals": "Admiral",
    "Presidents": "President",
    "Commanders": "Commander",
    "Ambassadors": "Ambassador",
    "Senators": "Senator",
    "ministers": "minister",
    "secretaries": "secretary",
    "chiefs": "chief",
}


def _singular_title(title: str) -> str:
    """A title whose head word is plural ("Defence Ministers"), in the singular.

    Not the body an office is of: "Chairman of the Council of Ministers", "of the Joint
    Chiefs".

    >>> _singular_title("Defence Ministers"), _singular_title("Chairman of the Joint Chiefs")
    ('Defence Minister', 'Chairman of the Joint Chiefs')
    """
    if " of " in title or title.startswith("Joint "):
        return title
    head = title.rsplit(" ", 1)
    singular = _PLURAL_TITLES.get(head[-1])
    return title if singular is None else " ".join((*head[:-1], singular))


# A force's name after capitalised words: they open that name, they are no person's.
_FORCE_WORDS = (
    *(" Navy", " Army", " Air Force", " Armed Forces", " Coast Guard", " Marine", " Naval"),
    *(" Land Forces", " Ground Forces", " Defence Force", " Defense Force", " Forces"),
)
_FORCE_AFTER = regex.compile(
    r"""\ (?:Navy|Army|Air\ Force|Armed\ Forces|Coast\ Guard|Marines?|Marine\ Corps
    |Naval\ Forces?|(?:Land|Ground|Defen[cs]e)\ Forces?|Forces)(?![\p{L}'’-])""",
    regex.VERBOSE,
)


# The first word of a two-word honorific ("Dato' Sri"), right before its second.
_DATO_BEFORE = regex.compile(r"\b(?:Datuk|Dato['’]?)\ \Z")


@functools.lru_cache(maxsize=4096)
def _clean_span(span: str, loose: bool) -> tuple[int, int, str] | None:
    """``_clean_name`` on the matched text alone, offsets relative to it (names recur)."""
    words: list[tuple[int, str]] = []
    pos = 0
    for word in span.split(" "):
        words.append((pos, word))
        pos += len(word) + 1
    kept: list[tuple[int, str]] = []
    real = 0
    honorific_end = -1  # where the honorifics that open the name end ("Tan Sri Datuk")
    for i, (offset, word) in enumerate(words):
        core = word.rstrip(".")
        is_real = len(core) > 1 and not core.islower()
        if real == 0 and not kept and is_real:
            if offset < honorific_end:
                continue
            if core in _HONORIFIC_OPENERS:
                hm = _LEAD_HONORIFIC.match(span, offset)
                if hm is not None:
                    honorific_end = hm.end()
                    continue
            if (
                (core in RANK_WORDS if "-" not in core else _is_rank(core)) or core in _COURTESY
            ) and (
                core not in _PLAIN_NAMES
                # ("Senior" is a name, but not before a rank: "Senior Lieutenant General")
                or (i + 1 < len(words) and words[i + 1][1].rstrip(".") in RANK_WORDS)
            ):
                continue
        # "Jan" before a name word is a first name, not the month.
        given = (
            (core in _GIVEN_MONTHS or (not loose and core in _CAPITAL_FORMS))
            and i + 1 < len(words)
            and words[i + 1][1].rstrip(",.") not in _after_given()
        )
        if (
            loose
            and real == 0
            and not given
            and (core in _STOP or core in _FUNCTION_WORDS or not is_real)
        ):
            kept.clear()
            continue
        if is_real and real == 0 and core in _WEEKDAY_NAMES and not kept:
            continue  # "received on Tuesday Jane Roe, ...": the day is no part of the name
        if is_real and real == 0 and core in _STOP and not given:
            return None
        if is_real and real > 0 and core in _CONT_STOP:
            if real == 1 and any(w in _NOT_PERSON for _, w in words[i + 1 :]):
                return None  # "Collective Security Treaty Organization": a body's name
            break
        if "-" in core and any(part in _ALL_FORMS for part in core.split("-")):
            # "Chile-Peru", "Chile-Papua New Guinea": a compound of countries, no name.
            if real == 0:
                return None
            break
        if loose and is_real and (core in _NOT_PERSON or core in _CITY_NAMES):
            return None
        kept.append((offset, word))
        real += is_real
    while kept and (
        len(kept[-1][1].rstrip(".")) <= 1
        or kept[-1][1].islower()
        or kept[-1][1] in _TRAILING_PARTICLES  # "... Thani Al" cut short: no name ends so
        or kept[-1][1].rstrip(".") in _COURTESY_HON  # "... Duties Hon. Jane Roe": the next's
    ):
        kept.pop()
    if not real or not kept:
        return None
    s0, e0 = kept[0][0], kept[-1][0] + len(kept[-1][1])
    name = span[s0:e0]
    if name in _ALL_FORMS or name in _CITY_NAMES:
        return None
    if len(kept) > 1 and kept[-1][1] in _STATE_NAME_WORDS:
        return None  # "Defence Minister Visiting Croatia": a headline, no name ends on a state
    return s0, e0, name


# The one-word names of states, bar those that are also people's names ("Jordan").
_STATE_NAME_WORDS = frozenset(
    form for form, (_, kind) in COUNTRY_FORMS.items() if kind == "name" and " " not in form
) - {"Jordan", "Israel", "Georgia", "Chad", "India", "Kenya"}


_WEEKDAY_NAMES = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)
# Honorifics of several words that open a name and are no part of it: "Tan Sri Datuk X".
_LEAD_HONORIFIC = regex.compile(
    r"""(?:(?:Tan\ Sri|Puan\ Sri|Toh\ Puan|Datin
    |(?:Datuk|Dato['’]?)(?:\ Paduka)?(?:\ (?:Seri|Sri))?)\ )+
    (?=\p{Lu})""",
    regex.VERBOSE,
)
_HONORIFIC_OPENERS = frozenset({"Tan", "Puan", "Toh", "Datin", "Datuk", "Dato", "Dato'", "Dato’"})

# Particles that open the next part of a name, written with a capital ("Al", "Bin").
_TRAILING_PARTICLES = frozenset({"Al", "El", "Bin", "Ibn", "Abu", "Bint", "Van", "Von", "De"})
# Courtesy titles before a name, dropped like ranks ("Mr Jan Roe, Minister of ...").
_COURTESY = frozenset(
    {"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Mme", "Madam", "Sir", "Dame", "Cde", "Comrade"}
    | {"Hon", "Honourable", "Honorable"}  # "Honourable Jane Roe, Minister of ..."
)
# Courtesy titles that open the next name when a name seems to end on one.
_COURTESY_HON = frozenset({"Hon", "Mr", "Mrs", "Ms", "Dr", "Prof"})
# Month abbreviations that are also given names: a name when a name word follows.
_GIVEN_MONTHS = frozenset({"Jan"})
# Capitals of one word: after an office, before a name word, a given name ("President
# Santiago Ortiz"; see ``_given_name``).
_CAPITAL_FORMS = frozenset(
    form for form, (_, kind) in COUNTRY_FORMS.items() if kind == "capital" and " " not in form
)
# Rank words that are also common given names or surnames stay in a name after the first.
_PLAIN_NAMES = frozenset({"Major", "Senior", "First"})


def _name_at(text: str, pos: int, seen: _Ahead | None = None) -> tuple[int, int, str] | None:
    """The cleaned name at ``pos``; ``seen`` keeps ``_NAME``'s answers (see ``_Ahead``)."""
    # A name opens on a capital (``isupper`` holds for every ``\p{Lu}``).
    if not text[pos : pos + 1].isupper():
        return None
    if seen is not None:
        found = seen.name(text, pos)
    else:
        span = _name_span(text, pos)
        found = _clean_name(text, *span) if span else None
    if found is not None and found[2] in _EVENT_NOUNS:
        return None  # "the Defence Ministers Conference": an event's noun, no one's name
    return found


# Characters that end a word of a plain name (``_plain_name_end``): ASCII, and neither a
# letter, an apostrophe nor a hyphen, or the text's end. After them ``_WORD`` takes nothing
# more and ``(?![\p{L}])`` holds.
_PLAIN_NAME_STOPS = frozenset(
    chr(c) for c in range(128) if not chr(c).isalpha() and chr(c) not in "'-"
) | {""}
_SMALL_LETTERS = string.ascii_lowercase


def _plain_word_end(text: str, pos: int) -> int:
    """Where a word of an ASCII capital and small ASCII letters at ``pos`` ends, else -1."""
    if not "A" <= text[pos : pos + 1] <= "Z":
        return -1
    head = text[pos + 1 : pos + 40]
    run = len(head) - len(head.lstrip(_SMALL_LETTERS))
    return pos + 1 + run if run else -1


def _plain_name_end(text: str, pos: int) -> int | None:
    """Where ``_NAME.match(text, pos)`` ends, read off plain words; None: the pattern decides.

    The usual case: one to seven words of an ASCII capital and small ASCII letters, each
    after one space, each followed by a character of ``_PLAIN_NAME_STOPS``. At such a first
    word no initial opens (a small letter follows its capital) and ``_WORD`` takes the word
    alone; after each space the next repeat takes a plain word the same way (no particle is
    capitalised, no initial is a word of two letters), or fails where no letter follows
    the space, or a word of small letters that is no particle (every part of a repeat
    opens on a capital or a particle). Greedy, the repeats then end where the words do,
    and the closing look-ahead holds there. Anything else (a particle, an initial, a
    capital in a word, an apostrophe, a hyphen, a character outside ASCII) is left to the
    pattern.
    """
    end = _plain_word_end(text, pos)
    if end < 0:
        return None
    if text[end : end + 1] == "." and text[pos:end] in _SHORT_GIVEN_WORDS:
        return None  # "Ma. Teresa Roe": the pattern decides
    for _ in range(_NAME_MORE_WORDS):
        after = text[end : end + 1]
        if after != " ":
            return end if after in _PLAIN_NAME_STOPS else None
        nxt = _plain_word_end(text, end + 1)
        if nxt >= 0:
            end = nxt
            continue
        first = text[end + 1 : end + 2]
        if first in _PLAIN_NAME_STOPS:
            return end  # (a space, a digit, a stop: no repeat opens there)
        if "a" <= first <= "z":
            head = text[end + 1 : end + 12]
            run = head[: len(head) - len(head.lstrip(_SMALL_LETTERS))]
            return None if run in _PARTICLE_WORDS else end
        return None
    return end if text[end : end + 1] in _PLAIN_NAME_STOPS else None


def _name_span(text: str, pos: int) -> tuple[int, int] | None:
    """The span of ``_NAME.match(text, pos)``, read off plain words where it can be."""
    end = _plain_name_end(text, pos)
    if end is not None:
        return pos, end
    m = _NAME.match(text, pos)
    return None if m is None else m.span()


# What the patterns matched through ``_Ahead`` read from where they are tried. An
# honorific spans at most 37 characters (with its bracket: "(Retd.)", "(Brig Gen)") and
# looks at most 5 past itself ("Sen." before " Brig"): 44 bounds both (a test checks).
_HONORIFIC_READS = 44
# ``_RANKED``: three honorifics, each with its space, and a capital after.
_RANKED_READS = 3 * (_HONORIFIC_READS + 1) + 1
# ``_BETWEEN``: " counterpart", a comma, a space, "the ", three honorifics with their spaces.
_BETWEEN_READS = len(" counterpart, the ") + 3 * (_HONORIFIC_READS + 1)
# ``_NAME`` takes at most 1 + _NAME_INITIALS + 3 * _NAME_MORE_WORDS spaces (one after two
# initials written together, one after each spaced initial, and before each further word a
# space, a particle's and an initial's) and looks at most three characters past what it
# takes: it reads nothing past the next space's third character after. Its answer is kept
# where the stretch of ``_NAME_READS`` holds that.
_NAME_SPACES = 1 + _NAME_INITIALS + 3 * _NAME_MORE_WORDS + 1
_NAME_READS = 256

# A reverse pattern (``(?r)``) that ends with ``\Z`` is matched in ``[start, end)`` with
# ``match``, not ``search``: the same match. Read right to left, a match opens at ``end``
# and ``\Z`` is the first thing it checks; ``search`` tries ``end`` first (where ``match``
# is anchored), then goes on to each position to the left, where ``\Z`` fails at once.
# The look-backs so read (a test checks they are reverse and end so):
_LOOK_BACK = (
    "_NAME_BEFORE",
    "_LEFT",
    "_GAP",
    "_DETERMINER",
    "_HONORIFIC_END",
    "_NAME_END",
    "_NAME_BEFORE_VERB",
    "_AND_NAME",
    "_EXERCISE",
    "_GOVERNED",
    "_AFTER_PREPOSITION",
    "_OFFICIALS_OWNER",
    "_OFFICE_SEAT",
)


class _Back:
    """End-anchored look-backs (patterns ending in ``\\Z``), remembered by window.

    Such a pattern searched in ``[start, end)`` sees that window and, through a
    lookbehind, the character before it, nothing else: where the same characters occur
    again the match is the same, moved. Repeated text then costs a dictionary look-up.
    Each is a reverse pattern (``(?r)``), so it is matched, not searched (``_LOOK_BACK``).
    """

    def __init__(self) -> None:
        self._seen: dict[tuple[int, int | str, str], tuple[int, int] | None] = {}

    def span(
        self,
        pattern: regex.Pattern[str],
        text: str,
        start: int,
        end: int,
        group: int | str = 0,
        plain: Callable[[str, int, int], tuple[int, int] | None] | None = None,
    ) -> tuple[int, int] | None:
        """The span of ``group`` in ``pattern.search(text, start, end)``, or None.

        ``plain(text, start, end)``, if given, reads that answer off the window where it
        can (``_UNREAD`` where it cannot): it is asked before the pattern, after the
        windows already seen.
        """
        key = (id(pattern), group, text[(start - 1 if start > 1 else 0) : end])
        if key in self._seen:
            found = self._seen[key]
        else:
            got = _UNREAD if plain is None else plain(text, start, end)
            if got is _UNREAD:
                m = pattern.match(text, start, end)  # (``_LOOK_BACK``: the search's match)
                found = None if m is None else (m.start(group) - end, m.end(group) - end)
            else:
                found = None if got is None else (got[0] - end, got[1] - end)
            self._seen[key] = found
        return None if found is None else (end + found[0], end + found[1])


# What a plain reading answers where the pattern must decide (``_Back.span``).
_UNREAD = (-1, -1)


class _Ahead:
    """Start-anchored matches, remembered by the characters they read.

    A pattern matched at ``pos`` that reads at most ``reads`` characters from ``pos`` on
    and, through a lookbehind, the one before finds the same match, moved, wherever those
    characters occur again: repeated text then costs a dictionary look-up. ``_NAME`` has
    no such bound (see ``_NAME_SPACES``): its answer is kept only where the stretch of
    ``_NAME_READS`` holds all it read (or runs to the end of the text).
    """

    def __init__(self) -> None:
        self._seen: dict[tuple[int, str], tuple[int, str | None] | None] = {}
        self._names: dict[str, tuple[int, int, str] | None] = {}

    def match(
        self, pattern: regex.Pattern[str], text: str, pos: int, reads: int, group: str
    ) -> tuple[int, str | None] | None:
        """The end of ``pattern.match(text, pos)`` and its ``group``, or None."""
        # At 0 no character stands before: such a stretch is not the same as one elsewhere.
        key = (id(pattern), text[pos - 1 : pos + reads]) if pos else None
        if key is not None and key in self._seen:
            found = self._seen[key]
            return None if found is None else (pos + found[0], found[1])
        m = pattern.match(text, pos)
        found = None if m is None else (m.end() - pos, m[group])
        if key is not None:
            self._seen[key] = found
        return None if found is None else (pos + found[0], found[1])

    def name(self, text: str, pos: int) -> tuple[int, int, str] | None:
        """``_clean_name`` of where ``_NAME`` matches at ``pos`` (it reads no further)."""
        key = text[pos - 1 : pos + _NAME_READS] if pos else None
        if key is not None and key in self._names:
            was = self._names[key]
            return None if was is None else (pos + was[0], pos + was[1], was[2])
        span = _name_span(text, pos)
        found = _clean_name(text, *span) if span else None
        if key is not None and (
            len(key) <= _NAME_READS or key.count(" ", 1, _NAME_READS - 1) >= _NAME_SPACES
        ):
            self._names[key] = None if found is None else (found[0] - pos, found[1] - pos, found[2])
        return found


def _country_before(
    text: str, countries: _Countries, pos: int, back: _Back | None = None
) -> CountryMention | None:
    """A country word right before ``pos``: "Japan's", "the US", "his Russian"."""
    # ``_GAP`` ends with a space, and starts where a country must end.
    g0 = pos - 40 if pos > 40 else 0
    if text[pos - 1 : pos] != " ":
        return None
    ends = countries.ends  # (``countries.ends_within(g0, pos)``, inline)
    i = bisect_left(ends, g0)
    if i == len(ends) or ends[i] >= pos:
        return None
    right = countries.by_end.get(pos - 1)
    if right is not None and _gap_is_space(text, right.start, pos):
        found: CountryMention | None = right
    elif right is None and _gap_word_before(text, g0, pos) is None:
        # ``_GAP`` takes no word there and no possessive (the word is all letters): it
        # matches the closing space alone, where no country ends
        found = None
    elif back is None:
        m = _GAP.match(text, g0, pos)
        found = countries.by_end.get(m.start()) if m else None
    else:
        gap = back.span(_GAP, text, g0, pos)
        found = countries.by_end.get(gap[0]) if gap else None
    # "the pro-China president": a stance, not a nationality.
    if found is not None and text.endswith(_STANCES, 0, found.start):
        return None
    return found


_STANCES = ("pro-", "Pro-", "anti-", "Anti-")
# The words ``_GAP`` may take before its closing space, in lower case.
_GAP_WORDS = frozenset(
    {"visiting", "acting", "then", "former", "new", "incoming", "outgoing", "top", "of"}
)


def _gap_word_before(text: str, g0: int, pos: int) -> str | None:
    """The word before the space at ``pos - 1``; None where it is plain, so ``_GAP`` takes none.

    Plain: an ASCII word of letters, after a space at or after ``g0``, that is none of
    ``_GAP_WORDS``. ``_GAP`` reads right to left a word of its own before that space only
    where the word is one (a word of its own that ends another word needs a space before
    it, inside the word), and a possessive only where an apostrophe stands before it.
    """
    j = text.rfind(" ", g0, pos - 1)
    word = text[j + 1 : pos - 1]
    if j >= 0 and word.isascii() and word.isalpha() and word.lower() not in _GAP_WORDS:
        return None
    return word


def _gap_is_space(text: str, start: int, pos: int) -> bool:
    """Whether ``_GAP`` before ``pos`` is the one space there, a country ending before it.

    Read right to left, the pattern takes words of ``_GAP_WORDS`` each after a space, then
    the space, then a possessive: with the country's last word none of those and no
    apostrophe (and "s") before the space, it matches that space alone.
    """
    last = text[pos - 2 : pos - 1]
    if last in _APOSTROPHES or (last == "s" and text[pos - 3 : pos - 2] in _APOSTROPHES):
        return False
    return text[start : pos - 1].rsplit(" ", 1)[-1].lower() not in _GAP_WORDS


def _heads(
    text: str, words: tuple[tuple[int, str], ...] | None, picked: list[int]
) -> list[tuple[int, int]]:
    """The spans where ``_HEAD`` matches: read off the words of the lower-cased text if given.

    ``picked`` indexes words of ``words`` in order, every head word among them.
    """
    if words is None:
        return [h.span() for h in _guard.finditer(_HEAD, text)]
    out = []
    for i in picked:
        at, word = words[i]
        if word not in _HEAD_LOWER:
            continue
        if at and text[at - 1] == "-":
            if word == "secretary" and text[at - 6 : at - 1] in _UNDER:
                out.append((at - 6, at + len(word)))  # "Under-Secretary"
            continue
        if word in COMPOUND_HEADS or text.startswith("-", at + len(word)):
            # "Director General", "Secretary-General": the head runs on to the next word
            m = _HEAD_WORD.match(text, at)
            if m is not None:
                out.append(m.span())
        elif _written_head(text[at : at + len(word)]):
            out.append((at, at + len(word)))
    return out


_UNDER = ("Under", "under", "UNDER")  # "Under-Secretary" is a head of its own


@functools.lru_cache(maxsize=1024)
def _written_head(word: str) -> bool:
    """Whether ``HEAD`` matches the whole of ``word`` as written (it has no lookaround)."""
    return _HEAD_WORD.fullmatch(word) is not None


# A preposition and "the" before an office: "(In addition) to the minister".
_GOVERNED = regex.compile(
    r"""(?ri)\b(?:from|of|at|in|to|by|with|within|inside|besides|beside|like|unlike|for|after)
    \ the\ \Z""",
    regex.VERBOSE,
)
# Words that may follow a name in apposition after "the <office>, ": "the minister, Jane
# Roe, who ...", "the minister, Jane Roe said".
_AFTER_APPOSITION = frozenset({"and", "who", "of", "from", "in", "at", "on", "was", "is", "has"})
_NEXT_WORD = regex.compile(r"""\ (\p{Ll}+)\b""")


def _apposition(text: str, found: tuple[int, int, str], governed: object) -> bool:
    """Whether a name after "<office>, " is the office's holder.

    Not a plural's possessive ("Minister of Defence, Veterans' Affairs"), nor, after "<to>
    the <office>", the subject of a new clause ("In addition to the minister, Jane Roe also
    met"): ``governed`` is whether a preposition and "the" stand before the office.
    """
    _, ne, name = found
    if " " not in name and text.startswith(("’ ", "' "), ne):
        return False
    if governed:
        nw = _NEXT_WORD.match(text, ne)
        if nw is not None and nw[1] not in _AFTER_APPOSITION and nw[1] not in _VERBS:
            return False
    return True


def _named(
    text: str,
    countries: _Countries,
    people: _People,
    caps: list[tuple[int, int, str]],
    tokens: tuple[tuple[int, str], ...] | None = None,
    modifiers: set[int] | None = None,
    picked: list[int] | None = None,
) -> list[_TitleOnly]:
    """Pass 1: mentions that carry a name; returns the titles that carry none.

    The starts of the country words that qualify an office ("Singapore defence minister")
    go to ``modifiers``.
    """
    untitled: list[_TitleOnly] = []
    last = -1
    back = _Back()
    names = _Ahead()
    dets: dict[str, tuple[int, int] | None] = {}  # (``_determiner_seen``)
    # The last office that found no holder: "Deputy Prime Minister and Foreign Minister X"
    # is one person's two offices (the first's country holds for both).
    pending: tuple[int, int, Country | None] | None = None
    # Where the last holder named after an office ends, and their country.
    listed: tuple[int, Country | None] | None = None
    for hs, he in _heads(text, tokens, picked or []):
        if hs < last:
            continue
        if text.endswith(_PLACE_OPENERS, 0, hs):
            continue  # "Port Sultan Qaboos", "Fort President": a place's name, no office
        if text[he : he + 1] == "-":
            if text.startswith(_IN_CHIEF, he):  # "Commander-in-Chief"
                he += len(_IN_CHIEF[0])  # noqa: PLW2901
            elif text.startswith(_OF_STAFF, he):  # "Chief-of-Staff"
                he += len(_OF_STAFF[0])  # noqa: PLW2901
            else:  # "Defence Minister-designate", "President-elect"
                sm = _OFFICE_SUFFIX.match(text, he)
                he = sm.end() if sm else he  # noqa: PLW2901
        # ``_LEFT`` ends with a space.
        left = (
            _left_span(text, hs, back)
            if text[hs - 1 : hs] == " " and _left_possible(text, hs)
            else None
        )
        ts = left[0] if left else hs
        # ``_RIGHT`` opens with " of ", " for ", " to " or a force, or names the force's
        # state first (``_force_opens``).
        rm = (
            _RIGHT.match(text, he)
            if text[he : he + _RIGHT_READS].lower().startswith(_RIGHT_OPENINGS)
            or _force_opens(text, he)
            else None
        )
        te = rm.end() if rm else he
        if rm is not None and text.startswith(" ", te) and text.endswith(_FORCE_ENDS, he, te):
            # "Commander of the Peruvian Armed Forces Joint Command": the rest of the
            # force's name belongs to the office, not to a holder's
            fm = _FORCE_TAIL.match(text, te)
            te = fm.end() if fm else te
        if rm is not None and text.startswith((" ", ", "), te):
            # "Secretary of State for Defence Policy, Planning and International Relations",
            # "Minister of Defence, Justice and Security": the further fields of the
            # portfolio belong to the office, not to a name
            pm = _PORTFOLIO_TAIL.match(text, te)
            if pm is None and text[hs : hs + 1].islower():
                # "minister of defense and military veterans of ...", all in small letters
                pm = _PORTFOLIO_TAIL_SMALL.match(text, te)
            te = pm.end() if pm else te
        head = text[hs:he]
        if head in _HEAD_WITH_COMPLEMENT and (
            rm is None or text.endswith(_STATE_COMPLEMENTS, he, te) or ts != hs
        ):
            continue  # "head" is an office only as "head of the Navy" ("head of state": none)
        if head.lower() == "chief" and ts == hs and te == he:
            continue
        if (
            ts == hs
            and te == he
            and text[(hs - 9 if hs > 9 else 0) : hs - 1].rsplit(" ", 1)[-1].rstrip(".'’")
            in _HONORIFIC_WORDS
            and back.span(_HONORIFIC_END, text, (hs - 24 if hs > 24 else 0), hs)
        ):
            continue  # "Tan Sri Amir Hamzah": after an honorific a head word is a given name
        last = te
        title = " ".join(text[ts:te].split())
        te0 = te
        # (``countries.near(ts, te)``, inline)
        k = bisect_left(countries.starts, ts)
        country = (
            countries.mentions[k].country
            if k < len(countries.mentions) and countries.mentions[k].end <= te
            else None
        )
        # ``_OF``: " of " or " to ", then "the " if written.
        of_end = (
            (te + 8 if text.startswith("the ", te + 4) else te + 4)
            if text.startswith(_OF_OPENINGS, te)
            else None
        )
        if of_end is not None and of_end not in countries.by_start:
            om = _OF_STATE.match(text, te)  # "of the Republic of ..."
            of_end = om.end() if om else None
        before = _country_before(text, countries, ts, back)
        if before is not None and modifiers is not None:
            modifiers.add(before.start)
        if of_end is not None and of_end in countries.by_start:
            c = countries.by_start[of_end]
            # "to Athens" is where one goes or is posted: theirs only if nothing else says,
            # and never an envoy's ("Ambassador to Athens").
            if not text.startswith(" to ", te) or (
                before is None and title_kind(text[ts:te]) != "envoy"
            ):
                country = country or c.country
            te = c.end
            if c.form in ("demonym", "name", "short") and text[te : te + 1] == " ":
                # "of the Chinese People's Liberation Army", "of Vietnam People's Army": the
                # force's name, not a holder's
                fm = _FORCE_TAIL.match(text, te)
                te = fm.end() if fm else te
        elif rm is not None and text[te : te + 1] == " " and (te + 1) in countries.by_start:
            # "Chief of Defence Staff Ghana Armed Forces A B": the force of a state named
            # right after the office, with no "of", is the office's, and so is the state
            c = countries.by_start[te + 1]
            fm = (
                _FORCE_TAIL.match(text, c.end)
                if c.form in ("demonym", "name", "short") and text[c.end : c.end + 1] == " "
                else None
            )
            if fm is not None and text.endswith(_FORCE_ENDS, c.end, fm.end()):
                country = country or c.country
                te = fm.end()
        if text.startswith(" (", te):
            # "Commander of the Royal Army of Oman (RAO), A B": the office's acronym is part
            # of it, and what follows the office follows the acronym
            am = _OFFICE_ACRONYM.match(text, te)
            te = am.end() if am else te
        qualified = before is not None or country is not None
        if country is None and before is not None:
            country = before.country
        if pending is not None and text[pending[1] : ts] in (" and ", " & "):
            title = " ".join(text[pending[0] : te0].split())
            country = country or pending[2]
        pending = None
        if country is None and text.endswith(" and ", 0, ts):
            # "Chinese State Councilor and Minister of Defence X": one person's offices.
            lead = countries.last_before(ts)
            if (
                lead is not None
                and ts - lead.end < 60
                and _COORDINATED.fullmatch(text, lead.end, ts) is not None
                and not people.overlaps(lead.start, ts)
            ):
                country = lead.country
        if country is None and text.startswith(", ", te):
            # "A B, Secretary of State for Defence, Timor-Leste,": the state written after
            # the office is its holder's, before any office only one state has
            after = countries.by_start.get(te + 2)
            if (
                after is not None
                and after.form == "name"
                and text[after.end : after.end + 1] in ",.;"
            ):
                country = after.country
            else:
                # "A B, chief of staff, (Royal) Ruritanian Air Force": the state's force
                if after is None and text.startswith("Royal ", te + 2):
                    after = countries.by_start.get(te + 8)
                fm = (
                    _FORCE_TAIL.match(text, after.end)
                    if after is not None and after.form in ("name", "short", "demonym")
                    else None
                )
                if (
                    fm is not None
                    and after is not None
                    and text.endswith(_FORCE_ENDS, after.end, fm.end())
                    and text[fm.end() : fm.end() + 1] in ",.;( "
                ):
                    country = after.country
        country = country or _national(title)
        # Past a bare space before a small letter, ``_BETWEEN`` finds no honorific and no name.
        bm = (
            _between(text, te, names)
            if text[te : te + 1] == ","
            or text[te + 1 : te + 2].isupper()
            or text.startswith((" counterpart", " sheikh ", " shaikh "), te)
            else None
        )
        plural = head[-1:] in "sS"  # "Ministers", "counterparts": a list may follow
        if bm is None and plural and text.startswith("; ", te):
            bm = _between(text, te + 1, names)  # "both Foreign Ministers; Dr A and B"
        found = _name_at(text, bm[0], names) if bm else None
        if (
            found is not None
            and bm is not None
            and bm[0] in countries.by_start
            and found[1] <= countries.by_start[bm[0]].end
        ):
            found = None  # a part of a country's name ("South" of "South Africa")
        if found is None and bm is not None and bm[0] in countries.by_start:
            # "Permanent Secretary of Defence, Chile Ana Roe": the country, then the name.
            lead_in = countries.by_start[bm[0]]
            if lead_in.form in ("name", "short") and text.startswith((" ", ", "), lead_in.end):
                # (honorifics may come between: "..., Chile Prince Ana Roe"; the country
                # may stand between commas: "Secretary for Defence, Chile, Ana Roe")
                lb = _between(text, lead_in.end, names)
                found = _name_at(text, lb[0], names) if lb else None
                if found is not None and " " in found[2]:
                    country = country or lead_in.country
                else:
                    found = None
        if found is not None and text[te : te + 1] == ",":
            b0 = before.start if before is not None else ts
            if not _apposition(text, found, _GOVERNED.match(text, (b0 - 12 if b0 > 12 else 0), b0)):
                found = None
            elif text[ts - 2 : ts] == ", " and before is None:
                # "A Roe, Minister of P, B Doe, Minister of Q": a list of names, each with
                # its office after it; the office is the name's before it, not the next one's
                prior = back.span(_NAME_BEFORE, text, (ts - 80 if ts > 80 else 0), ts, "name")
                named = _clean_name(text, *prior) if prior else None
                if named is not None and " " in named[2] and not people.overlaps(*named[:2]):
                    found = None
        hon = bm[1] if bm else None
        if found is None:
            # A match of two characters (", ") is no qualifier: only these openings count.
            qm = _QUALIFIED.match(text, te) if text.startswith(_QUALIFIED_OPENINGS, te) else None
            if (qm is None or qm.end() - te <= 2) and text.startswith(", ", te):
                qm = _PORTFOLIO.match(text, te)  # "Minister of Defence, Veterans and Y H E ..."
            if qm and qm.end() - te > 2:
                rk = _ranked(text, qm.end(), names)
                hon = rk[1] if rk else None
                found = _name_at(text, rk[0] if rk else qm.end(), names)
                if found and " " not in found[2]:
                    found = None
                if found:
                    country = country or countries.near(te, found[0])
        if (
            found
            and text[te : te + 1] == ","
            and not _HEAD_LOWER.isdisjoint(_LETTERS.findall(text[te : found[0]].lower()))
        ):
            # "X, Chile's defence minister, Pentagon Press Secretary Y": an office of its own
            # stands before the name; the first one is X's
            found = None
        if found and _names_a_place(text, found[1], found[2]):
            # "the Sultan Qaboos Naval Academy", "the President Roe Memorial": a place
            last = found[1]
            continue
        if found:
            ns, ne, name = found
            country = country or _honorific_country(text, te, ns)
            if people.overlaps(ns, ne):
                last = ne
                continue
            if hon == "Gen" and " " not in name and title_kind(title) == "defence":
                ns, name = ne - len(name) - 4, f"Gen {name}"
            if (
                country is None
                and listed is not None
                and text[listed[0] : ts] in _LIST_GAPS
                and (
                    _LIST_GOES_ON.match(text, ne) is not None
                    or (text[listed[0] : ts] == ", and " and text[te : te + 1] == ",")
                )
            ):
                # "Nepali President A, Prime Minister B, Army Chief C": one state's list;
                # "Chilean Foreign Minister, A, and Defence Minister, B": one delegation.
                country = listed[1]
            shared = country  # a country before the office is every listed holder's
            # (``_country_after`` finds none unless " (" or " of " follows)
            aft = (
                _country_after(text, countries, ne)
                if text.startswith(_AFTER_NAME_OPENINGS, ne)
                else None
            )
            country = country or (aft.country if aft else None)
            holder = people.add(
                ns,
                ne,
                name,
                title,
                country,
                "full",
                (_gender(hon) if hon else None) or _title_gender(title),
            )
            people.people[holder].qualified |= qualified
            listed = (ne, country)
            last = ne
            if plural:
                last = _more_holders(
                    text, countries, people, names, (_past(text, aft, ne), holder), title, shared
                )
            continue
        pending = (ts, te, country)
        # ``_NAME_BEFORE`` ends with a space, and a name has a capital: not right after a
        # word of small letters other than the two it lets stand there.
        a0 = ts - 80 if ts > 80 else 0
        ap = (
            _name_before(text, a0, ts, back)
            if text[ts - 1 : ts] == " "
            and _small_word_before(text, ts) in _NAME_BEFORE_SMALL
            and _has_capital(text, a0, ts)
            # "In his meeting with A, the Egyptian president praised ...": an office with its
            # verb after it is the clause's subject, in apposition to no name before it
            and _VERB_AFTER_OFFICE.match(text, te) is None
            else None
        )
        if ap:
            found = _clean_name(text, *ap)
            if found and " " in found[2] and not people.overlaps(found[0], found[1]):
                holder = people.add(found[0], found[1], found[2], title, country, "full")
                people.people[holder].qualified |= qualified
                continue
            if found and country is not None:  # "Jane Roe, who is also the Chilean minister"
                people.describe(found[2], title, country)
        if head.endswith("s"):
            continue
        # (``_DETERMINER`` ends with a space)
        det = _determiner_seen(text, ts, back, dets) if text[ts - 1 : ts] == " " else None
        if det:
            visiting = "visiting" in text[det[0] : ts].lower()
            untitled.append(_TitleOnly(det[0], te, title, country, visiting, "counterpart" in head))
        elif _bare_start(text, ts if before is None else before.start) and _BARE_SUBJECT.match(
            text, te
        ):
            # "Raksha Mantri will host ...", "On 18 May, Raksha Mantri will", "Ruritania Army
            # Chief thanked ...": an office as the subject of its paragraph or clause, bare
            untitled.append(
                _TitleOnly(
                    ts if before is None else before.start,
                    te,
                    title,
                    country,
                    visiting=False,
                    counterpart=False,
                )
            )
    for p0, p1 in _lines_with(text, ": "):  # ": " is a literal of _LABEL: a cheap prefilter
        lm = _LABEL.match(text, p0, p1)
        if lm is None:
            office = _office_label(text, p0, p1)
            if office is not None:
                people.add(*office, None, "full")
            continue
        words = lm.group("name").split()
        if any(_title_case(w) in _STOP or w in _STOP for w in words):
            continue
        name = " ".join(_title_case(w) for w in words)
        if lm.group("name").upper() in _CITY_UPPER or name in _ALL_FORMS:
            continue  # "ABU DHABI: ...": a dateline, no speaker's label
        label_title = lm.group("title")
        label_country = None
        pretty = None
        if label_title:
            pretty = " ".join(
                _title_case(w) if len(w) > 2 else w.lower() for w in label_title.split()
            )
            cm = _gazetteer().search(pretty)
            form = cm.group("form") if cm else None
            label_country = _country(_ALL_FORMS[form][0]) if form in _ALL_FORMS else None
        people.add(lm.start("name"), lm.end("name"), name, pretty, label_country, "full")
    # " (@" is a literal of _SIGNATURE: a cheap prefilter.
    for m in _guard.finditer(_SIGNATURE, text) if " (@" in text else ():
        ms = m.start()
        nb = _NAME_END.match(text, ms - 60 if ms > 60 else 0, ms)
        found = _clean_name(text, *nb.span("name")) if nb else None
        if found is None:
            continue
        ns, ne, name = found
        handle = "@" + m.group("handle")
        if people.overlaps(ns, ne):
            i = people.find(name, None)
            if i is not None and handle not in people.people[i].handles:
                people.people[i].handles.append(handle)
            continue
        i = people.add(ns, ne, name, None, None, "full")
        people.people[i].handles.append(handle)
    # Most capitalised words open no honorific: only the others reach the loop.
    ranked = [c for c in caps if c[2] in _HONORIFIC_FIRST or "-" in c[2]]
    for start, _, word in ranked:
        if word not in _HONORIFIC_FIRST and (
            "-" not in word or word.split("-", 1)[0] not in _HONORIFIC_FIRST
        ):
            continue
        hm = _ranked(text, start, names)
        if hm is None:
            continue
        found = _name_at(text, hm[0], names)
        if found is None or people.overlaps(found[0], found[1]):
            continue
        ns, ne, name = found
        hon = (hm[1] or "").rstrip(".")
        rank = None if hon in _PLAIN else " ".join(hon.split())
        i = people.find(name, None)
        if i is None and " " not in name:
            continue
        country = _honorific_country(text, start, hm[0])
        full = i is None or len(_tokens(name)) >= len(people.people[i].tokens)
        people.add(ns, ne, name, rank, country, "full" if full else "surname", _gender(hon))
    return untitled


def _name_before(text: str, a0: int, ts: int, back: _Back) -> tuple[int, int] | None:
    """The span of the name ``_NAME_BEFORE`` finds in ``text[a0:ts]``, read off the words if plain.

    (Through ``back``: a window seen before costs a look-up, and one read plain is kept.)
    """
    return back.span(_NAME_BEFORE, text, a0, ts, "name", _plain_office_name)


def _plain_office_name(text: str, a0: int, ts: int) -> tuple[int, int] | None:
    """``_name_before`` read off the words, or ``_UNREAD`` where the pattern must decide.

    ``text[ts - 1]`` is a space. Read right to left, each part of the pattern before its
    name (capitalised words, an article such as "the" or "who is also the", a
    post-nominal) and each further part of its name (a word, a particle, an initial) needs
    a space, and after it a word that part can end on: a capitalised one, or one of
    ``_NOT_BEFORE_LONE`` (the only small words any part takes). A word of small ASCII
    letters that is none of those, or a character of ``_LONE_BEFORE`` (no letter, mark,
    space, full stop, hyphen or apostrophe), ends every such reading; the name's
    look-behind holds after either. So, where the words before the closing space are
    (each a maximal run of ASCII letters, "plain": a capital and small letters):

    - a plain word after such an ending: that word alone is the name (the capitalised
      words before the space are tried first, but then the name would end on the ending);
    - the same with "the", "a" or "an" between (an article the pattern may take, but
      then its name would end on the word of small letters before it);
    - two plain words after such an ending: the first is the name (the second taken as a
      capitalised word before the space);
    - "the", "a", "also", "is" or "was" after a space and a word of small letters that
      ends readings: no match (no word of the pair opens on a capital).

    Anything else is left to the pattern.
    """
    lo = ts - 1  # the closing space
    rest = text[a0:lo].rstrip(_ASCII_LETTER_CHARS)
    word = text[a0 + len(rest) : lo]
    plain = len(word) > 1 and word[0].isupper() and word[1:].islower()
    if rest[-1:] in _LONE_BEFORE and rest and plain:
        return lo - len(word), lo
    if rest[-1:] != " " or not word:
        return _UNREAD
    start = lo - len(word)
    # (the word before, as a maximal run of ASCII letters, and what stands before it)
    rest0 = text[a0 : start - 1].rstrip(_ASCII_LETTER_CHARS)
    word0 = text[a0 + len(rest0) : start - 1]
    start0 = start - 1 - len(word0)
    if not plain:
        if word in _SMALL_BEFORE_SPACE and _small_ends(rest0, word0):
            return None
    elif _small_ends(rest0, word0) or (
        word0 in _ARTICLES and rest0[-1:] == " " and _small_before(text, a0, start0)
    ):
        return start, lo
    elif (
        len(word0) > 1
        and word0[0].isupper()
        and word0[1:].islower()
        and (
            (rest0[-1:] in _LONE_BEFORE and rest0)
            or (rest0[-1:] == " " and _small_before(text, a0, start0))
        )
    ):
        return start0, start - 1
    return _UNREAD


def _small_ends(rest: str, word: str) -> bool:
    """Whether ``word``, after ``rest``, is a word of small letters that ends readings.

    That is: small ASCII letters, none of ``_NOT_BEFORE_LONE``, after a space or a
    character of ``_LONE_BEFORE`` (see ``_plain_office_name``).
    """
    return (
        word.islower()
        and word not in _NOT_BEFORE_LONE
        and (rest[-1:] == " " or rest[-1:] in _LONE_BEFORE)
    )


def _small_before(text: str, a0: int, start: int) -> bool:
    """Whether a space at ``start - 1`` follows a word that ends readings (``_small_ends``).

    The word is a maximal run of ASCII letters inside ``text[a0:]``.
    """
    rest = text[a0 : start - 1].rstrip(_ASCII_LETTER_CHARS)
    return _small_ends(rest, text[a0 + len(rest) : start - 1])


# "<Name> of <Country>", "<Name> of the <Adj> Armed Forces": the holder's country after.
_OF_AFTER = regex.compile(r"""\ of\ (?:the\ )?""")
# Between the holders a plural office lists: "Ministers A of X and B of Y", "A, B and C".
_NEXT_HOLDER = regex.compile(
    rf"""(?:,\ (?:and\ )?|;\ (?:and\ )?|\ and\ )(?:(?:{HONORIFIC})\ ){{0,3}}(?=\p{{Lu}})""",
    regex.VERBOSE,
)
# "A and B, respectively of X and Y" / "A and B, of X and Y respectively".
_RESPECTIVELY = regex.compile(r""",?\ (?P<first>respectively\ )?(?:of|from)\ (?:the\ )?""")
_RESPECTIVELY_AFTER = regex.compile(r""",?\ respectively\b""")
_COUNTRY_SEP = (", and ", ", ", " and ")


_AFTER_NAME_OPENINGS = (" (", " of ")
# A thing a country has, in small letters, after "<Name> of <Country>'s": no office of theirs.
_POSSESSED = regex.compile(
    r"(?!(?:army|navy|air|armed|military|defen[cs]e|ministry|forces|government|national)\b)\p{Ll}"
)


def _country_after(text: str, countries: _Countries, end: int) -> CountryMention | None:
    """The country right after a name: "A of Chile", "of the Chilean Army", "A (Chile)"."""
    if text.startswith(" (", end):
        found = countries.by_start.get(end + 2)
        if found is None or text[found.end : found.end + 1] != ")":
            return None
        return found
    if not text.startswith(" of ", end):
        return None
    m = _OF_AFTER.match(text, end)
    found = countries.by_start.get(m.end()) if m else None
    if found is None or found.form == "compound":
        return None
    if text.startswith(("'s ", "’s "), found.end) and _POSSESSED.match(text, found.end + 3):
        return None  # "assured A of Kenya's support": the country's, not the holder's
    return found


def _past(text: str, after: CountryMention | None, end: int) -> int:
    """Where a name and the country after it end (past a closing bracket: "A (Chile)")."""
    if after is None:
        return end
    return after.end + 1 if text.startswith(")", after.end) else after.end


def _more_holders(
    text: str,
    countries: _Countries,
    people: _People,
    names: _Ahead,
    at_first: tuple[int, int],
    title: str,
    shared: Country | None,
) -> int:
    """The further holders a plural office lists after its first; returns where they end.

    ``at_first`` is where the first holder (or the country after them) ends, and who they
    are. "Foreign Ministers A of X and B of Y", "Defence Ministers A, B and C", "A and B,
    respectively of X and Y": each holder takes the office, and the country after them or
    ``shared``, the one before the office ("their Chilean counterparts A and B"). A bare
    "counterparts" is no office to give.
    """
    pos, first = at_first
    office = None if _head_word(title) == "counterpart" else title
    holders = [first]
    while len(holders) < 8:
        m = _NEXT_HOLDER.match(text, pos)
        found = _name_at(text, m.end(), names) if m else None
        if found is None or " " not in found[2] or people.overlaps(found[0], found[1]):
            break
        ns, ne, name = found
        after = (
            _country_after(text, countries, ne)
            if text.startswith(_AFTER_NAME_OPENINGS, ne)
            else None
        )
        holders.append(people.add(ns, ne, name, office, after.country if after else shared, "full"))
        pos = _past(text, after, ne)
    rm = _RESPECTIVELY.match(text, pos) if len(holders) > 1 else None
    if rm is not None:
        states: list[Country] = []
        at = rm.end()
        while at in countries.by_start and len(states) < len(holders):
            c = countries.by_start[at]
            states.append(c.country)
            at = c.end
            sep = next((g for g in _COUNTRY_SEP if text.startswith(g, at)), None)
            if sep is None or at + len(sep) not in countries.by_start:
                break
            at += len(sep)
        tail = None if rm.group("first") else _RESPECTIVELY_AFTER.match(text, at)
        if len(states) == len(holders) and (rm.group("first") or tail is not None):
            at = tail.end() if tail is not None else at
            for actor, state in zip(holders, states, strict=True):
                p = people.people[actor]
                p.country = p.country or state
            pos = at
    return pos


def _honorific_country(text: str, start: int, end: int) -> Country | None:
    """The state whose honorific stands in ``text[start:end]`` ("Tan Sri", "Shri"), if any."""
    if end - start < 4:
        return None
    window = text[start:end]
    # Each national honorific holds one of these: without any, no pattern is tried.
    for part in _NATIONAL_HONORIFIC_PARTS:
        if part in window:
            break
    else:
        return None
    for pattern, code in NATIONAL_HONORIFICS:
        if pattern.search(text, start, end):
            return COUNTRIES[code]
    return None


# What every honorific of NATIONAL_HONORIFICS holds ("Tan Sri", "Puan Sri", "Toh Puan",
# "Datuk", "Dato'", "Shri", "Shrimati", "Smt").
_NATIONAL_HONORIFIC_PARTS = ("Sri", "Puan", "Datuk", "Dato", "Shri", "Smt")


class _Small(NamedTuple):
    """What the one small-word scan found, by kind: (start, end, word) triples."""

    verbs: list[tuple[int, int, str]]
    pronouns: list[tuple[int, int, str]]
    handles: list[tuple[int, int, str]]
    here: list[tuple[int, int, str]]
    orgs: list[tuple[int, int, str]]


def _small(
    text: str,
    words: tuple[tuple[int, str], ...] | None = None,
    picked: list[int] | None = None,
    handled: set[int] | None = None,
    picked_lows: list[str] | None = None,
) -> _Small:
    """The one small-word scan; ``words`` are the words of the lower-cased text, if at hand.

    ``picked`` indexes the words of ``_WORD_CUES`` in ``words``, if found already (with
    ``handled``, the offsets right after an "@"; ``picked_lows``, those words).
    """
    small = _Small([], [], [], [], [])
    handles = small.handles
    if words is None:
        for m in _guard.finditer(_SMALL, text):
            s, e, word = m.start(), m.end(), m.group("w")
            if word is None:
                if s == 0 or not (text[s - 1].isalnum() or text[s - 1] in "_@"):
                    handles.append((s, e, m.group("handle")))
            else:
                small[_SMALL_KIND[word]].append((s, e, word))
        return small
    if handled is None:
        handled = _handled(text)  # offsets right after an "@"
    # Each word goes to its list as it is read (no list of all the matches first).
    for i in _small_picked(text, words, picked, handled, picked_lows):
        at, low = words[i]
        if at in handled and len(low) > 1:
            end = at + min(len(low), 30)
            # (the match opens on the "@", at ``at - 1``)
            if at == 1 or not (text[at - 2].isalnum() or text[at - 2] in "_@"):
                handles.append((at - 1, end, text[at:end]))
        elif low in _SMALL_LOWER:
            end = at + len(low)
            word = text[at:end]
            kind = _SMALL_KIND.get(word)
            if kind is not None:
                small[kind].append((at, end, word))
            elif (
                word == "the"
                and text.startswith(_SMALL_PHRASE, at)
                and i + 2 < len(words)
                and words[i + 2][0] + len(words[i + 2][1]) == at + len(_SMALL_PHRASE)
            ):
                small.here.append((at, at + len(_SMALL_PHRASE), _SMALL_PHRASE))
    return small


# The list of ``_Small`` each word of ``_SMALL`` goes to (a pronoun first, then a verb, an
# organisation's word, else "here" or its phrase).
_SMALL_KIND = {
    word: _Small._fields.index(
        "pronouns"
        if word in _PRONOUNS
        else "verbs"
        if word in _VERBS
        else "orgs"
        if word in _ORG_WORDS
        else "here"
    )
    for word in (*_SMALL_WORDS, _SMALL_PHRASE)
}


def _small_picked(
    text: str,
    words: tuple[tuple[int, str], ...],
    cues: list[int] | None,
    handled: set[int],
    cue_lows: list[str] | None,
) -> list[int]:
    """The indexes in ``words`` of the words ``_SMALL`` may match at, in order.

    The words of ``_SMALL_LOWER`` ("the" only where its phrase is written) and those right
    after an "@" (``handled``). ``cues`` index the words of ``_WORD_CUES`` (which holds
    ``_SMALL_LOWER``), if found already; ``cue_lows`` are those words, if at hand.
    """
    # Only the few candidate words reach the loop; "the" only opens the one phrase.
    lows = _SMALL_LOWER if _SMALL_PHRASE in text else _SMALL_LOWER_NO_THE
    if handled and cues is not None and len(handled) * 4 < len(words):
        # The words of ``lows`` (among ``cues``, see below) and those right after an "@",
        # each found by its offset (``(at,)`` sorts before any word at ``at``).
        if cue_lows is None:
            chosen = {i for i in cues if words[i][1] in lows}
        else:
            chosen = set(compress(cues, map(lows.__contains__, cue_lows)))
        for at in handled:
            i = bisect_left(words, (at,))
            if i < len(words) and words[i][0] == at:
                chosen.add(i)
        return sorted(chosen)
    if handled:
        return [i for i, (at, low) in enumerate(words) if low in lows or at in handled]
    if cues is not None and cue_lows is not None:  # as below, without the look-ups
        return list(compress(cues, map(lows.__contains__, cue_lows)))
    if cues is not None:  # ``_WORD_CUES`` holds ``lows``: the words of ``lows`` are among them
        return [i for i in cues if words[i][1] in lows]
    return [i for i, (_, low) in enumerate(words) if low in lows]


def _untitled(
    text: str,
    people: _People,
    verbs: list[tuple[int, int, str]],
    countries: _Countries | None = None,
) -> None:
    """Pass 1b: a name with no office before a speech or meeting verb ("Jane Roe said")."""
    seen: dict[str, tuple[int, int, int] | None] = {}
    for vs, ve, verb in verbs:
        nb = _name_before_verb(text, vs, seen)
        if nb is not None:
            nb_start, n0, n1 = nb
            if text.find(" ", n0, n1) >= 0:  # one word: never two tokens (``_add_untitled``)
                _add_untitled(text, people, n0, n1, countries)
            a0 = nb_start - 70 if nb_start > 70 else 0
            # _AND_NAME ends with " and " and then, perhaps, "his" or "her" and small
            # words, each after a space: without those, no pattern.
            ab = (
                _AND_NAME.match(text, a0, nb_start)
                if text.endswith(" and ", a0, nb_start)
                or (
                    text.find(" and ", a0, nb_start) >= 0
                    and (
                        text.find(" his ", a0, nb_start) >= 0
                        or text.find(" her ", a0, nb_start) >= 0
                    )
                )
                else None
            )
            if ab is not None:
                _add_untitled(text, people, *ab.span("name"), countries)
        # Both patterns open on a capital: ``isupper`` holds for every ``\p{Lu}``.
        if verb in _SAID and text[ve : ve + 1] == " " and text[ve + 1 : ve + 2].isupper():
            rk = _ranked(text, ve + 1) if _opens_honorific(text, ve + 1) else None
            nm = _name_span(text, rk[0] if rk else ve + 1)
            if nm is not None:
                _add_untitled(text, people, *nm, countries)
        elif verb in _MET_OBJECT:
            # "A met B C", "held talks with B C", "called on B C": the one met is a person
            om = _MET_OBJECT[verb].match(text, ve, ve + 40)
            if om is not None and text[om.end() : om.end() + 1].isupper():
                at = om.end()
                rk = _ranked(text, at) if _opens_honorific(text, at) else None
                nm = _name_span(text, rk[0] if rk else at)
                if (
                    nm is not None
                    and _AFTER_MET_NAME.match(text, nm[1]) is not None
                    and (countries is None or not countries.ends_within(nm[0], nm[1] + 1))
                    and not _known_word(people, text[nm[0] : nm[1]])
                ):
                    _add_untitled(text, people, *nm, countries)
    _with_counterpart(text, people, countries)


# A plural office of two states: "Defence Ministers", "defence chiefs", "Chiefs of Army Staff".
_PLURAL_OFFICE = regex.compile(
    r"""(?<![\p{L}])(?:(?:[Dd]efen[cs]e|[Ff]oreign|[Aa]rmy|[Nn]avy|[Nn]aval|[Aa]ir\ [Ff]orce)
    \ (?:[Mm]inisters|[Cc]hiefs|[Ss]ecretaries)|[Cc]hiefs\ of\ (?:the\ )?(?:[Aa]rmy|[Nn]aval|[Aa]ir
    |[Dd]efen[cs]e|[Gg]eneral)\ [Ss]taff)(?![\p{L}])""",
    regex.VERBOSE,
)
_SINGULAR = (
    *(("Ministers", "Minister"), ("ministers", "minister"), ("Chiefs", "Chief")),
    *(("chiefs", "chief"), ("Secretaries", "Secretary"), ("secretaries", "secretary")),
)


def _respectively(text: str, countries: _Countries, people: _People) -> None:
    """Pass 0: two holders of one office of two states, in the order of the states.

    "The defence ministers of Chile and Peru, A B and C D": A B is Chile's defence minister
    and C D Peru's; so in "Chilean and Peruvian defence ministers A B and C D".
    """
    for om in _plural_offices(text):
        pair = _two_states_before(text, countries, om.start()) or _two_states_after(
            text, countries, om.end()
        )
        if pair is None:
            continue
        first, second, at = pair
        at = at + 2 if text.startswith(", ", at) else at + 1 if text[at : at + 1] == " " else -1
        names = _two_names(text, at, people) if at > 0 else None
        if names is None:
            continue
        one, two = names
        title = om[0]
        for plural, singular in _SINGULAR:
            title = title.replace(plural, singular)
        people.add(one[0], one[1], one[2], title, first.country, "full")
        people.add(two[0], two[1], two[2], title, second.country, "full")


def _two_names(
    text: str, at: int, people: _People
) -> tuple[tuple[int, int, str], tuple[int, int, str]] | None:
    """Two full names of nobody named yet at ``at``, joined by "and" (", and")."""
    one = _name_at(text, at)
    if one is None or " " not in one[2] or people.overlaps(one[0], one[1]):
        return None
    gap = text[one[1] : one[1] + 6]
    nxt = one[1] + (6 if gap.startswith(", and ") else 5 if gap.startswith(" and ") else 0)
    two = _name_at(text, nxt) if nxt > one[1] else None
    if two is None or " " not in two[2] or people.overlaps(two[0], two[1]):
        return None
    return one, two


# The two states before such a noun and up to three small words: "Serbian and Croatian
# defence ministry officials".
_TWO_STATES_AHEAD = regex.compile(r"""(?r)\ and\ (?:the\ )?(?P<second>\S+)(?:\ [a-z-]+){0,3}\Z""")


def _plural_roles(
    text: str, countries: _Countries, people: _People, present: frozenset[str] | None = None
) -> None:
    """Two full names after a plural role noun are people ("officials A B and C D").

    With two states before the noun they take the states in order ("Serbian and Croatian
    officials A B and C D"). ``present``: as for ``_scan_gazetteer``.
    """
    for role in _PLURAL_ROLES:
        at = text.find(role) if present is None or role[1:-1] in present else -1
        while at >= 0:
            end = at + len(role)
            names = _two_names(text, end, people)
            at = text.find(role, end)
            if names is None:
                continue
            one, two = names
            first = second = None
            r0 = end - len(role)
            sm = _TWO_STATES_AHEAD.search(text, (r0 - 60 if r0 > 60 else 0), r0)
            if sm is not None:
                c2 = countries.by_start.get(sm.start("second"))
                c1 = countries.by_end.get(sm.start())
                if c1 is not None and c2 is not None:
                    first, second = c1.country, c2.country
            people.add(one[0], one[1], one[2], None, first, "full")
            people.add(two[0], two[1], two[2], None, second, "full")


def _plural_offices(text: str) -> Iterator[regex.Match[str]]:
    """The plural offices of ``_PLURAL_OFFICE`` with " and " near them, in no fixed order.

    Each is sought around a plural head word ("ministers", "chiefs", "secretaries"): the
    pattern spans at most 40 characters, and two states and two names need an " and ".
    """
    for word in ("inisters", "hiefs", "ecretaries"):
        at = text.find(word)
        while at >= 0:
            if text.find(" and ", (at - 60 if at > 60 else 0), at + 80) >= 0:
                om = _PLURAL_OFFICE.search(text, (at - 30 if at > 30 else 0), at + 40)
                if om is not None and om.start() <= at < om.end():
                    yield om
            at = text.find(word, at + len(word))


def _two_states_before(
    text: str, countries: _Countries, pos: int
) -> tuple[CountryMention, CountryMention, int] | None:
    """The two states right before ``pos``: "Chilean and Peruvian " (or "... and the ...")."""
    second = countries.by_end.get(pos - 1) if text[pos - 1 : pos] == " " else None
    if second is None:
        return None
    for gap in (" and ", " and the "):
        first = countries.by_end.get(second.start - len(gap))
        if first is not None and text.startswith(gap, first.end):
            return first, second, _office_end(text, pos)
    return None


def _two_states_after(
    text: str, countries: _Countries, pos: int
) -> tuple[CountryMention, CountryMention, int] | None:
    """The two states right after ``pos``: " of Chile and Peru" (or " of the ... and the ...")."""
    for lead in (" of the ", " of "):
        first = countries.by_start.get(pos + len(lead)) if text.startswith(lead, pos) else None
        if first is None:
            continue
        for gap in (" and the ", " and "):
            second = countries.by_start.get(first.end + len(gap))
            if second is not None and text.startswith(gap, first.end):
                return first, second, second.end
    return None


def _office_end(text: str, pos: int) -> int:
    """Where the plural office opening at ``pos`` ends (``_PLURAL_OFFICE`` matches there)."""
    om = _PLURAL_OFFICE.match(text, pos)
    return om.end() if om else pos


# A name before "and his (or her) ... counterpart": "Jane Roe and her Chilean counterpart".
_AND_COUNTERPART = regex.compile(
    rf"""(?r)(?<![\p{{L}}.])(?P<name>{_NAME_BACK}),?
    \ and\ (?:his|her)\ (?:[\p{{L}}-]+\ ){{0,3}}\Z""",
    regex.VERBOSE,
)
_COUNTERPART_READS = 110  # characters read before "counterpart"


def _with_counterpart(text: str, people: _People, countries: _Countries | None) -> None:
    """Pass 1c: the name before "and his (her) counterpart" is a person's, with no office."""
    at = text.find(" counterpart")
    while at >= 0:
        w0 = at - _COUNTERPART_READS if at > _COUNTERPART_READS else 0
        if text.find(" and h", w0, at) >= 0:
            am = _AND_COUNTERPART.match(text, w0, at + 1)
            if am is not None:
                _add_untitled(text, people, *am.span("name"), countries)
        at = text.find(" counterpart", at + 12)


# Meeting verbs and what leads from them to the one met, by verb.
_MET_OBJECT = {
    verb: regex.compile(pattern)
    for verb, pattern in (
        ("met", r" (?:with )?"),
        ("meets", r" (?:with )?"),
        ("hosted", r" "),
        ("received", r" "),
        ("welcomed", r" "),
        (
            "held",
            (
                r" (?:bilateral |separate |delegation-level |wide-ranging )?(?:talks|a meeting"
                r"|a (?:phone |telephone |video )?(?:call|conversation)|discussions) with "
            ),
        ),
        ("spoke", r" (?:by phone |over the phone )?(?:with|to) "),
        ("called", r" on "),
    )
}


def _name_words(name: str) -> set[str]:
    """The case-folded words of a name, hyphenated parts apart, without particles."""
    return {w for w in name.replace("-", " ").casefold().split() if w not in _PARTICLE_WORDS}


def _known_word(people: _People, name: str) -> bool:
    """Whether a word of ``name`` names someone already known.

    "Al Ruwaili" after "Fayyad bin Hamed Al-Ruwaili": the later passes resolve it to him.
    """
    words = _name_words(name)
    return any(words & _name_words(p.name) for p in people.people)


def _possessed(
    text: str, people: _People, found: list[CountryMention], countries: _Countries
) -> None:
    """Pass 1c: a full name with no office right after a possessive country is theirs.

    "Poland's Jan Kowal and Ukraine's Petro Marko" names two people and their sides.
    """
    for c in found:
        if c.form != "possessive" or not text.startswith(("'s ", "’s "), c.end):
            continue
        at = c.end + 3
        if not text[at : at + 1].isupper() or _opens_honorific(text, at):
            continue
        span = _name_span(text, at)
        if span is None:
            continue
        ns, ne = span
        if (
            not _bare_name(text[ns:ne])
            or countries.ends_within(ns, ne + 1)
            or (_AFTER_MET_NAME.match(text, ne) is None and not _verb_next(text, ne))
        ):
            continue
        _add_untitled(text, people, ns, ne, countries)


def _bare_name(name: str, more: frozenset[str] = frozenset()) -> bool:
    """Whether a name with no office is a person's.

    So it is with two or three words, none a body's, a day's or a venue's (nor of ``more``).
    """
    return (
        " " in name
        and name.count(" ") <= 2
        and not any(
            w in _NOT_PERSON or w in _NOT_POSSESSED or w in _VENUE_HEAD_SET or w in more
            for w in name.split()
        )
    )


def _verb_next(text: str, pos: int) -> bool:
    """Whether the word after ``pos`` is a verb: one of ``_VERBS`` or a word in "-ed"."""
    nw = _NEXT_WORD.match(text, pos)
    return nw is not None and (nw[1] in _VERBS or nw[1].endswith("ed"))


# Words of the names of bodies and offices "of <State>" ("Internal Order", "Supreme Court").
_BODY_WORDS = frozenset(regex.findall(r"[A-Z][a-z]+", _PORTFOLIO_FIELD)) | frozenset(
    {
        *("Order", "Mission", "Commission", "Council", "Command", "Staff", "Court", "Office"),
        *("Government", "Republic", "Kingdom", "Embassy", "Federation", "Union", "Department"),
        *("Ministry", "Rights", "Chamber", "Forces", "High", "Supreme", "Central", "General"),
        *("Joint", "Special", "Permanent", "People", "Peoples", "Citizens", "Minister", "Army"),
    }
)


# Words that make a name "of <State>" a body's, beside those of ``_bare_name``.
_NOT_OF_STATE = _BODY_WORDS | _STOP


# A state, or its force, written right before a holder's rank: "Ruritanian Army Maj. Gen.",
# "U.S. Navy Adm.", "Ruritania's Gen." (the force may open the rank: see ``HONORIFIC``).
_STATE_RANK = regex.compile(
    rf"""(?:['’]s)?(?:\ (?:Army|Navy|Air\ Force|Marine\ Corps|Marines|Coast\ Guard))?
    \ (?:{HONORIFIC})\ (?:(?:{HONORIFIC})\ )?""",
    regex.VERBOSE,
)
_STATE_RANK_READS = 40  # characters between a state and the name its rank opens


def _ranked_state(text: str, people: _People, countries: _Countries) -> None:
    """Pass 1e: a person of no known state named after a state and a rank is that state's.

    "Ruritanian Army Maj. Gen. Ana Roe said": nothing but the force and the rank stands
    between the state and the name.
    """
    for m in people.mentions:
        person = people.people[m.actor]
        if person.country is not None or m.form != "full":
            continue
        lead = countries.last_before(m.start)
        if (
            lead is not None
            and m.start - lead.end <= _STATE_RANK_READS
            and lead.form in ("name", "short", "demonym", "possessive")
            and _STATE_RANK.fullmatch(text, lead.end, m.start) is not None
        ):
            person.country = lead.country


def _of_state(
    text: str, people: _People, found: list[CountryMention], countries: _Countries
) -> None:
    """Pass 1d: a full name with no office right before "of <State>" is that state's.

    "Ivan Roe of Croatia and Petra Doe of Hungary signed" names two people and their sides;
    the state must be followed by "and", a comma, a full stop or a verb, and the name be a
    person's (two or three words, none of a body's, a venue's or a day's).
    """
    for c in found:
        if c.form not in ("name", "short") or not text.endswith(" of ", 0, c.start):
            continue
        ne = c.start - 4
        if not text[ne - 1 : ne].isalpha():
            continue
        # (the word before " of" opens on a capital and is no body's: "Ministry of", "the
        # people of" ask nothing of the pattern)
        last = text[(ne - 30 if ne > 30 else 0) : ne].rsplit(" ", 1)[-1]
        if not last[:1].isupper() or last in _BODY_WORDS or last in _NOT_PERSON:
            continue
        nb = _NAME_END.match(text, ne - 60 if ne > 60 else 0, ne)
        if nb is None:
            continue
        ns = nb.start("name")
        if (
            not _bare_name(text[ns:ne], _NOT_OF_STATE)
            or people.overlaps(ns, ne)
            or countries.ends_within(ns, ne)
            or (not text.startswith((" and ", ", ", "."), c.end) and not _verb_next(text, c.end))
        ):
            continue
        before = len(people.people)
        _add_untitled(text, people, ns, ne, countries)
        if len(people.people) > before and people.people[-1].country is None:
            people.people[-1].country = c.country


_VENUE_HEAD_SET = frozenset(VENUE_HEADS)
# Words of the names of bodies and days a country owns ("Poland's Armed Forces Day").
_NOT_POSSESSED = frozenset(
    {
        "Day",
        "Week",
        "Navy",
        "Army",
        "Air",
        "Force",
        "Forces",
        "Ministry",
        "Defence",
        "Defense",
        "Armed",
        "Operation",
        "Council",
        "Command",
        "Embassy",
        "Government",
        "Cabinet",
        "National",
        "Republic",
        "State",
        "Coast",
        "Military",
        "Federal",
        "Royal",
        "Summit",
        "Dialogue",
        "Forum",
        "Agreement",
        "Strategy",
        "Space",
    }
)


# What may follow the name of the one met: a stop, a comma, a preposition or a verb, not a
# noun it qualifies ("met Acme Motors executives").
_AFTER_MET_NAME = regex.compile(
    r"(?:[.,;:!?)]|$| (?:on|in|at|to|for|and|during|after|before|ahead|from|via|over|who"
    r"|earlier|later|last|this|yesterday|today|here|there)\b)"
)
# The words of small letters that may stand right before the closing space of
# ``_NAME_BEFORE_VERB`` and of ``_NAME_BEFORE`` (None: any other word).
_VERB_ADVERBS = frozenset(
    {None, "also", "later", "then", "earlier", "further", "previously", "separately", "has", "had"}
)
_NAME_BEFORE_SMALL = frozenset({None, "the", "a", "also", "is", "was"})
# Characters that are neither a letter, nor a mark, nor a comma: no name (``_WORD``) and no
# age written after one ends on them.
_ENDS_NO_NAME = frozenset(
    chr(c) for c in range(128) if not chr(c).isalpha() and chr(c) != ","
) | frozenset("”’“‘–—…«»")


def _small_word_before(text: str, pos: int) -> str | None:
    """The word before the space at ``pos - 1`` if it is all small ASCII letters, else None.

    No name ends in such a word: every word of a name opens on a capital.
    """
    j = text.rfind(" ", (pos - 40 if pos > 40 else 0), pos - 1)
    if j < 0:
        return None
    word = text[j + 1 : pos - 1]
    return word if word.isascii() and word.isalpha() and word.islower() else None


def _name_before_verb(
    text: str, vs: int, seen: dict[str, tuple[int, int, int] | None]
) -> tuple[int, int, int] | None:
    """Where ``_NAME_BEFORE_VERB`` matches before ``vs``: its start and its name's span.

    The result depends on the window searched (and the character before it, for the
    lookbehind) alone, and so do the tests that spare the pattern: ``seen`` keeps it by
    window, as offsets from ``vs``.
    """
    key = text[(vs - 71 if vs > 71 else 0) : vs]
    if key in seen:
        found = seen[key]
    else:
        found = seen[key] = _name_before_verb_in(text, vs)
    return None if found is None else (vs + found[0], vs + found[1], vs + found[2])


def _name_before_verb_in(text: str, vs: int) -> tuple[int, int, int] | None:
    """``_name_before_verb`` as offsets from ``vs``, read in the 71 characters before it."""
    v0 = vs - 70 if vs > 70 else 0
    # The pattern ends with a space, and a name has a capital: the word before that space
    # holds one, or is one of the pattern's adverbs.
    if text[vs - 1 : vs] != " " or vs < 2:
        return None
    word = _small_word_before(text, vs)
    if word not in _VERB_ADVERBS:
        return None
    # With no adverb before the space, the name (or the age after it: ", 54,") ends right
    # before it: on a letter, a mark or a comma.
    if word is None and text[vs - 2] in _ENDS_NO_NAME:
        return None
    if word is None:
        plain = _plain_name_before(text, v0, vs)
        if plain is not None:
            return plain - vs, plain - vs, -1
    else:
        # An adverb before the closing space ("Roe also said"): the pattern takes it, since
        # no name ends on a word of small letters (every word of one opens on a capital),
        # and then reads the name before the space before it (``p``) as it reads one
        # before a closing space there: the same plain reading, from that space.
        p = vs - 2 - len(word)
        plain = _plain_name_before(text, v0, p + 1)
        if plain is not None:
            return plain - vs, plain - vs, p - vs
    nb = _NAME_BEFORE_VERB.match(text, v0, vs) if _has_capital(text, v0, vs) else None
    return None if nb is None else (nb.start() - vs, nb.start("name") - vs, nb.end("name") - vs)


# Characters that no part of ``_NAME_BACK`` takes or reads on over: no letter, mark,
# full stop, space, hyphen or apostrophe (``_plain_name_before``).
_NAME_STOPS = frozenset('“”"()[],;:!?«»「」—–\n')
# The lowercase particles a name may hold ("bin", "von", "ya"), as words.
_PARTICLE_WORDS = frozenset(regex.findall(r"[a-z]+", PARTICLES))
# Characters that no part of ``_NAME_BEFORE`` takes or reads on over, read right to left
# (``_plain_office_name``): no letter, mark, space, full stop, hyphen or apostrophe.
_LONE_BEFORE = frozenset('\n\t\r"()[]{}:;!?,/|*&^%$#~<>=+')
# The words of small letters some part of ``_NAME_BEFORE`` takes: the article and its
# longer forms ("who is also the"), the particles and the post-nominals in small letters.
_NOT_BEFORE_LONE = (
    frozenset({"the", "a", "an", "who", "is", "was", "also"})
    | _PARTICLE_WORDS
    | frozenset(w for w in _POST_NOMINALS if w.islower())
)
_ARTICLES = frozenset({"the", "a", "an"})
# The small words ``_NAME_BEFORE_SMALL`` lets stand before the closing space.
_SMALL_BEFORE_SPACE = frozenset({"the", "a", "also", "is", "was"})


def _plain_token(word: str) -> bool:
    """Whether ``word`` is a capital and small letters, all ASCII ("Roe")."""
    return (
        len(word) > 1
        and word.isascii()
        and word.isalpha()
        and word[0].isupper()
        and word[1:].islower()
    )


def _ends_names(word: str, *, strict: bool = False) -> bool:
    """Whether a name read right to left stops at the space after ``word``.

    So it does after a character of ``_NAME_STOPS`` or an apostrophe, after a full stop
    that no capital stands before (that would be an initial: "S. Roe"), after a word of
    ASCII with no capital that is no particle ("the Roe", "54th Roe", "-- Roe"; "de Roe"
    is one name: every part of a name but a particle holds a capital), and after a
    possessive ("Britain's Roe": no word of a name ends on an apostrophe and one letter).
    ``strict``: not after a short given name with its full stop either ("Mohd. Roe" may be
    one name: the pattern takes ``_SHORT_GIVEN`` into it). ``_plain_name_before`` asks
    without it for the first four words read, which keep the answer they always had.
    """
    last = word[-1:]
    if last in _NAME_STOPS or last in ("’", "'"):
        return True
    if last == ".":
        before = word[-2:-1]
        return (
            before.isascii()
            and not before.isupper()
            and not (strict and word.endswith(_SHORT_GIVEN_STOPS))
        )
    if word.isascii() and word == word.lower():
        return word not in _PARTICLE_WORDS
    return word.endswith(("'s", "’s"))


_SHORT_GIVEN_STOPS = tuple(f"{w}." for w in sorted(_SHORT_GIVEN_WORDS))


def _plain_name_before(text: str, v0: int, vs: int) -> int | None:
    """Where the name ``_NAME_BEFORE_VERB`` finds in ``text[v0:vs]`` opens, or None.

    Read off the words in the usual case; None where the pattern must decide. The usual
    case: one to seven words (as many as a name holds: its first and ``_NAME_MORE_WORDS``
    more) of a capital and small letters (``_plain_token``) before the closing space
    (``text[vs - 1]``), each after one space, the first right after a character of
    ``_NAME_STOPS`` or after a space behind which the name ends (``_ends_names``). Read
    right to left, the pattern takes each word whole (a word of the name opens on its only
    capital), no initial (no capital stands before a space) and no particle, and goes no
    further: the name is those words, the match and the name opening where they do and the
    name ending at the closing space. A last word in "day" is left to the pattern ("on
    Monday" is one of its adverbs), and so is an eighth capitalised word (the pattern would
    take the last seven).
    """
    pos = vs - 1  # the closing space
    start = -1  # where the words read so far open
    for k in range(1 + _NAME_MORE_WORDS):
        j = text.rfind(" ", v0, pos)
        if j < 0:
            return None
        word = text[j + 1 : pos]
        if (  # (``_plain_token``, inline)
            len(word) > 1
            and word.isascii()
            and word.isalpha()
            and word[0].isupper()
            and word[1:].islower()
        ):
            if start < 0 and word.endswith("day"):
                return None
            start, pos = j + 1, j
            continue
        # The first word right after a stop: "(Jane Roe said", "talks.\nRoe said".
        rest = word.rstrip(_ASCII_LETTER_CHARS)
        first = word[len(rest) :]
        if rest[-1:] in _NAME_STOPS and _plain_token(first):
            return None if start < 0 and first.endswith("day") else j + 1 + len(rest)
        if word[-1:] == "." and 2 < len(word) < 6 and _plain_token(word[:-1]):
            return None  # "Mohd. Ali", "Ma. Elena": an abbreviated first name, the pattern's
        return start if start >= 0 and _ends_names(word, strict=k > 4) else None
    j = text.rfind(" ", v0, pos)
    return start if j >= 0 and _ends_names(text[j + 1 : pos], strict=True) else None


def _add_untitled(
    text: str, people: _People, start: int, end: int, countries: _Countries | None = None
) -> None:
    if text.find(" ", start, end) < 0:  # one word: never two tokens
        return
    country = None
    first = text[start : text.find(" ", start, end)].rstrip(".'’")
    if first in _HONORIFIC_WORDS:  # "Datuk Seri Jane Roe said": the honorific apart
        rk = _RANKED.match(text, start, end)
        if rk is not None and rk.end() < end:
            country = _honorific_country(text, start, rk.end())
            start = rk.end()
    found = _clean_name(text, start, end, loose=True)
    if found is None or len(_tokens(found[2])) < 2 or people.overlaps(found[0], found[1]):
        return
    if found[1] < end and people.overlaps(found[1], end):
        return  # "Visiting Chinese Defence Minister Jane Roe held": the run ends on a name
    for token in _tokens(found[2]):
        if token.isupper():
            return
    if _HEAD_WORD.fullmatch(found[2].rsplit(" ", 1)[-1]):
        return  # "the Raksha Mantri met": an office without a name
    if country is None and countries is not None and text[found[0] - 1 : found[0]] == " ":
        # "Chile's Ana Soto said": a possessive country right before the name is hers.
        c = countries.by_end.get(text.rfind("'", (found[0] - 3 if found[0] > 3 else 0), found[0]))
        c = c or countries.by_end.get(
            text.rfind("’", (found[0] - 3 if found[0] > 3 else 0), found[0])
        )
        if c is not None and c.form == "possessive":
            country = c.country
    people.add(found[0], found[1], found[2], None, country, "full")


# A transcript's label that gives the office before the name, in capitals: "SECRETARY OF
# DEFENSE JOHN A. SMITH III: ", "MINISTER PIERRE DURAND: " (the words up to the colon).
_CAPS_LABEL = regex.compile(r"(?P<label>\p{Lu}[\p{Lu} .'’-]{4,80}?):\ ")
_CAPS_LINKS = frozenset({"OF", "FOR", "THE", "AND"})  # small words of an office
_ROMAN = frozenset({"II", "III", "IV", "JR", "JR.", "SR", "SR."})  # a name's suffixes


def _office_label(text: str, p0: int, p1: int) -> tuple[int, int, str, str] | None:
    """A label at ``p0`` that names an office, then a person: their span, name and office.

    The office opens on one of its head words or a rank (``_STOP``, ``HEAD_WORDS``); the
    name is the words after the office's last word, two to five of them, none an office's.

    >>> text = "SECRETARY OF DEFENSE JOHN A. SMITH III: Good morning."
    >>> _office_label(text, 0, len(text))
    (21, 38, 'John A. Smith III', 'Secretary of Defense')
    >>> _office_label("PRESS SECRETARY: We take questions.", 0, 35) is None
    True
    """
    lm = _CAPS_LABEL.match(text, p0, p1)
    if lm is None:
        return None
    words = lm.group("label").split(" ")
    if "" in words or (words[0].lower() not in _HEAD_LOWER and _title_case(words[0]) not in _STOP):
        return None
    first = len(words)
    while first > 0 and (words[first - 1] in _ROMAN or _title_case(words[first - 1]) not in _STOP):
        first -= 1  # (the name: the words after the office's last; "OF", "THE" are in _STOP)
    name = words[first:]
    if (
        first == 0
        or not 2 <= len(name) <= 5
        or not all(_title_case(w) in _STOP for w in words[:first])
    ):
        return None
    start = lm.start() + len(" ".join(words[:first])) + 1
    pretty = " ".join(w if w in _ROMAN else _title_case(w) for w in name)
    title = " ".join(w.lower() if w in _CAPS_LINKS else _title_case(w) for w in words[:first])
    return start, lm.end("label"), pretty, title


def _lines_with(text: str, needle: str) -> Iterator[tuple[int, int]]:
    """The lines of ``_paragraph_starts`` that hold ``needle``, in order."""
    at = text.find(needle)
    while at >= 0:
        p0 = text.rfind("\n", 0, at) + 1
        p1 = text.find("\n", at)
        p1 = len(text) if p1 < 0 else p1
        yield p0, p1
        at = text.find(needle, p1)


def _paragraph_starts(text: str) -> Iterable[tuple[int, int]]:
    """The lines of ``text`` (split at "\\n") as ``(start, end)``, built in C."""
    lengths = list(map(len, text.split("\n")))
    starts = list(accumulate(map(_PLUS_ONE, lengths), initial=0))
    return zip(starts, map(add, starts, lengths), strict=False)


def _surnames(text: str, people: _People, words: list[tuple[int, int, str]]) -> None:
    """Pass 2: a later capitalised word that is a token of exactly one known name.

    A hyphenated word is looked up whole, then part by part ("the Roe-Kumar talks").
    """
    index: dict[str, set[int]] = {}
    for i, p in enumerate(people.people):
        p_last = p.name.rsplit(" ", 1)[-1]
        for tok in p.tokens:
            if tok not in _STOP and tok not in _HONORIFIC_TOKENS:
                index.setdefault(tok, set()).add(i)
                if len(tok) > 2 and tok.isupper():
                    # a surname in capitals ("Jane ROE") is written "Roe" further on
                    index.setdefault("-".join(map(str.capitalize, tok.split("-"))), set()).add(i)
                elif tok.startswith(_JOINED_PARTICLES) and len(tok) > 5:
                    # "Ali al-Khoder" is "Khoder" further on
                    index.setdefault(tok[3:], set()).add(i)
                elif "-" in tok and tok == p_last and tok[:1].isupper():
                    # a double surname ("Jane Mapisa-Roe") is written by its last part
                    part = tok.rsplit("-", 1)[1]
                    if len(part) > 2 and part[:1].isupper() and part not in _STOP:
                        index.setdefault(part, set()).add(i)
    if not index:
        return
    last: tuple[int, int, int] | None = None  # (start, end, actor) of a run of tokens
    runs: list[tuple[int, int, int]] = []
    # (``people.overlaps``, read off the claims made before this pass: it claims none
    # until the runs are found)
    starts, reach = people.claimed()
    # Most words are no known token and hold no hyphen: they only end a run of tokens, and
    # a run goes on only over a single space, where no word stands between.
    for w0, w1, word in [w for w in words if w[2] in index or "-" in w[2]]:
        hits = index.get(word)
        if (hits is None and "-" not in word) or (w0 and text[w0 - 1] in "@#"):
            last = None
            continue
        if hits is None:
            pos = w0
            for part in word.split("-"):
                got = index.get(part)
                k = bisect_left(starts, pos + len(part))
                if got and len(got) == 1 and not (k and reach[k - 1] > pos):
                    runs.append((pos, pos + len(part), next(iter(got))))
                pos += len(part) + 1
            last = None
            continue
        if not hits or len(hits) != 1:
            last = None
            continue
        k = bisect_left(starts, w1)
        if k and reach[k - 1] > w0:  # (``people.overlaps(w0, w1)``)
            last = None
            continue
        (actor,) = hits
        if last and last[2] == actor and text[last[1] : w0] == " ":
            runs[-1] = (last[0], w1, actor)
        else:
            runs.append((w0, w1, actor))
        last = runs[-1]
    for s, e, actor in runs:
        full = len(_tokens(text[s:e])) >= len(people.people[actor].tokens)
        people.mention(s, e, actor, "full" if full else "surname")
        window = text[(s - 8 if s > 8 else 0) : s]
        # Each honorific of the pattern holds "M", "Dame" or "Sir", and a space ends it.
        hon = (
            _HONORIFIC_BEFORE.search(text, (s - 8 if s > 8 else 0), s)
            if window.endswith(" ") and ("M" in window or "Dame" in window or "Sir" in window)
            else None
        )
        gender = _gender(hon.group("hon")) if hon else None
        if gender and not people.people[actor].gender:
            people.people[actor].gender = gender


_JOINED_PARTICLES = ("al-", "el-", "Al-", "El-")  # a particle written joined to a surname
# Words of honorifics kept inside a name ("A B Dato Paduka C"): no surname of their own.
_HONORIFIC_TOKENS = frozenset({"Dato", "Datuk", "Paduka", "Seri", "Sri", "Haji", "Hajah", "Pehin"})
_HONORIFIC_BEFORE = regex.compile(r"""(?<![\p{L}])(?P<hon>Mrs|Ms|Mr|Madam|Dame|Sir)\.?\ \Z""")


class _Subjects:
    """Named person mentions in order, to find the subject a pronoun refers to."""

    def __init__(self, people: _People, text: Text) -> None:
        self.ordered = sorted(people.mentions, key=_BY_START)
        self.starts = [m.start for m in self.ordered]
        self.text = text
        self.people = people

    def before(self, pos: int, gender: str | None = None, exclude: int | None = None) -> int | None:
        """The person a pronoun at ``pos`` refers to: subject of this or the previous sentence.

        A pronoun's gender, when a person's is known, skips people of the other one; an
        object pronoun skips ``exclude``, the subject of its own clause ("Roe thanked her").
        """
        n = bisect_left(self.starts, pos)
        if n == 0:
            return None
        here = self.text.sentence_index(pos)
        if gender == "f":
            # An explicit "Ms"/"Mrs" outweighs the subject rule for "she"/"her".
            lo = self.text.sentences[(here - 2 if here > 2 else 0)][0]
            for i in range(bisect_left(self.starts, lo), n):
                actor = self.ordered[i].actor
                if self.people.people[actor].gender == "f" and actor != exclude:
                    return actor
        index, left = here, 3  # this sentence and the two before, lists of those present apart
        while left and index >= 0:
            s0, s1 = self.text.sentences[index]
            index -= 1
            if index + 1 != here and self._listing(s0, s1):
                continue
            left -= 1
            i = bisect_left(self.starts, s0)
            while i < n and self.ordered[i].start < s1:
                actor = self.ordered[i].actor
                if actor != exclude and _agrees(self.people.people[actor].gender, gender):
                    return actor
                i += 1
        k = n - 1
        at = self.text.sentence_index(self.ordered[k].start)
        skipped = False
        while k and at != here and self._listing(*self.text.sentences[at]):
            k -= 1  # the last one named, those only listed as present apart
            at, skipped = self.text.sentence_index(self.ordered[k].start), True
        if skipped:  # then that sentence's subject, as above
            k = bisect_left(self.starts, self.text.sentences[at][0])
        last = self.ordered[k]
        near = at >= here - 4
        if (
            near
            and last.actor != exclude
            and _agrees(self.people.people[last.actor].gender, gender)
        ):
            return last.actor
        return None

    def _listing(self, s0: int, s1: int) -> bool:
        """Whether a sentence only lists who attended ("Also present were ..."): no subject."""
        first = self.text.text[s0 : s0 + 16].lstrip()[:1]
        return first in "AaPpIiJ" and _LISTING.match(self.text.text, s0, s1) is not None


# A sentence that lists those present names no one a later pronoun refers to.
_LISTING = regex.compile(
    r"""\s*(?i:also\ )?(?:[Pp]resent|[Aa]ttending|[Ii]n\ attendance)\b
    | \s*(?:[Aa]lso\ )?(?:[Aa]ccompanying|[Jj]oining)\ (?:him|her|them)\b""",
    regex.VERBOSE,
)


def _agrees(known: str | None, wanted: str | None) -> bool:
    return known is None or wanted is None or known == wanted


# An office written as its acronym after "the": "the CDS said", "The COAS also met".
# Bare, as the subject of a verb of speech or of an encounter: "COAS emphasized", "CDS
# also met" (before a name it is the name's title: "COAS Bajwa").
_THE_ACRONYM = regex.compile(
    r"\b(?:[Tt]he\s+(?P<acronym>\L<acronyms>)\b(?![-.]\w)"
    r"|(?<![\w-])(?P<acronym>\L<acronyms>)(?=\s+(?:also\s+)?(?:said|says|emphasi[sz]ed"
    r"|stressed|added|noted|stated|told|underlined|underscored|highlighted|reiterated"
    r"|expressed|urged|remarked|observed|met|visited|called|thanked|appreciated|lauded"
    r"|praised|welcomed|received)\b))",
    acronyms=sorted(OFFICE_ACRONYMS),
)


def _with_acronyms(
    body: str, untitled: list[_TitleOnly], present: frozenset[str] | None = None
) -> list[_TitleOnly]:
    """``untitled`` with the offices written as acronyms ("the CDS"), in text order.

    Each stands for its full title (``OFFICE_ACRONYMS``) and is resolved like "the Chief of
    Defence Staff" to the holder named before it. ``present``: as for ``_scan_gazetteer``.
    """
    if (
        present.isdisjoint(_ACRONYM_WORDS)
        if present is not None
        else not any(map(body.__contains__, OFFICE_ACRONYMS))
    ):
        return untitled  # (most texts name none: no pattern call)
    found = [
        _TitleOnly(
            m.start(),
            m.end(),
            OFFICE_ACRONYMS[m.group("acronym")],
            None,
            visiting=False,
            counterpart=False,
        )
        for m in _guard.finditer(_THE_ACRONYM, body)
    ]
    if not found:
        return untitled
    return sorted([*untitled, *found], key=attrgetter("start"))


def _resolve_titles(
    untitled: list[_TitleOnly], people: _People, subjects: _Subjects, dateline: Country | None
) -> None:
    """Pass 3a: "the US defence minister", "his counterpart", "the visiting minister"."""
    if not people.people:
        return
    ordered, starts = subjects.ordered, subjects.starts
    # The protagonist: the first person named. The home side: the dateline's country.
    lead = ordered[0].actor if ordered else None
    home = dateline
    total = len(people.people)
    # The people named before a title, the last named first: kept up to date by one sweep
    # of the mentions while the titles come in order (an actor named again moves to the end).
    recent: dict[int, None] = {}
    swept = 0  # the mentions swept into ``recent``
    # Each person's kind and head word of office, read once: no title changes below.
    kinds = [title_kind(p.title) for p in people.people]
    heads = [_head_word(p.title) for p in people.people]
    # Who each office named bare stood for so far ("The Defence Secretary said ...": the
    # one it named first, whom it names again unless someone holds it by name).
    named_as: dict[tuple[object, ...], int] = {}
    for t in untitled:
        if people.overlaps(t.start, t.end):
            continue
        j = bisect_left(starts, t.start)
        if j >= swept:
            for m in ordered[swept:j]:
                recent.pop(m.actor, None)
                recent[m.actor] = None
            swept = j
            seen = list(reversed(recent))
        else:  # a title before the last one: walk back from it
            seen = []
            j -= 1
            while j >= 0 and len(seen) < total:
                if ordered[j].actor not in seen:
                    seen.append(ordered[j].actor)
                j -= 1
        if not seen:
            k = bisect_left(starts, t.end)
            seen = [ordered[k].actor] if k < len(ordered) else []
        kind = title_kind(t.title)
        if t.counterpart and t.country is None:
            subject = subjects.before(t.start)
            base = people.people[subject].country if subject is not None else None
            seen = [a for a in seen if a != subject and people.people[a].country != base]
        fitting = [
            a
            for a in seen
            if kind is None
            or kinds[a] in (None, kind)
            or (kind == "defence" and kinds[a] == "military")
        ]
        if (_head_word(t.title) or "").startswith("spokes"):
            # "the ministry spokesperson" is a spokesperson, never the minister
            fitting = [a for a in fitting if (heads[a] or "").startswith("spokes")]
        if fitting:
            # "the Deputy Prime Minister" is not the one who holds the office itself ("Prime
            # Minister Ana Roe"): the deputy's own office was written otherwise, or not at
            # all. Nor is "the Minister of National Defence" the deputy minister of it, when
            # the text names the minister too (else the deputy may be meant).
            deputy = _is_deputy(t.title)
            office = _office_words(t.title)
            same_rank = [
                a
                for a in fitting
                if _is_deputy(people.people[a].title or "") is deputy
                or _office_words(people.people[a].title) != office
            ]
            fitting = same_rank if deputy else same_rank or fitting
        cands = [a for a in fitting if t.country is None or people.people[a].country == t.country]
        if not cands and t.country is not None and not t.counterpart:
            # "the Chilean minister" and one fitting person of no known country: theirs.
            head = _head_word(t.title)
            # An office written out in full that is not the person's ("Acting Minister of
            # Defence of Ruritania" against "Minister of State for Defence Affairs") is
            # someone else's.
            full = len(t.title.split()) > 3
            loose = [
                a
                for a in fitting
                if people.people[a].country is None
                and kind is not None
                and kinds[a] == kind
                and heads[a] == head
                and not (full and _office_words(people.people[a].title) != _office_words(t.title))
                # (nor an office the title only shares a head word with: "Chief of Defence
                # Staff" is no "Senegalese military chief")
                and not _office_words(people.people[a].title) - _office_words(t.title)
            ]
            if len(loose) == 1:
                people.people[loose[0]].country = t.country
                cands = loose
        # (an office of two words or more: "the minister" alone is whoever was last)
        key = _office_key(t.title) if not t.counterpart else ()
        specific = len(key) > 2
        if len(cands) > 1:
            alike = functools.partial(_alike, t, kind, people, home, lead, kinds, heads)
            cands.sort(key=alike)
            before = named_as.get(key) if specific else None
            if (
                before is not None
                and before in cands
                and cands[0] != before
                and _office_key(people.people[cands[0]].title) != key
            ):
                # "The Defence Secretary said ..." twice: the one it stood for before, not
                # a person named since who holds no such office by name
                cands.remove(before)
                cands.insert(0, before)
        if cands:
            if specific:
                named_as.setdefault(key, cands[0])
            people.mention(t.start, t.end, cands[0], "title")


def _alike(
    t: _TitleOnly,
    kind: str | None,
    people: _People,
    home: Country | None,
    lead: int | None,
    kinds: list[str | None],
    heads: list[str | None],
    actor: int,
) -> tuple[int, bool]:
    """How well a person fits a title-only mention: the lower, the better.

    Most alike first: the same head word ("President"), then the same kind of office. An
    unqualified mention ("the Defence Minister") is the home side's, not that of a holder
    whose office was written with another country than the dateline's ("Chinese Defence
    Minister ..."): such a holder comes after the other holders and, under a dateline,
    after the protagonist (the first person named) whose own office was left out
    ("Defence Ana Roe met").
    "The visiting minister" is, the other way round, the one from another country.
    ``kinds`` and ``heads`` are each person's ``title_kind`` and ``_head_word`` of office.
    """
    p = people.people[actor]
    same = heads[actor] == _head_word(t.title)
    other = (
        p.qualified
        and p.country is not None
        and p.country != home
        and t.country is None
        and not t.counterpart
        and not t.visiting
        and " " in t.title.strip()
    )
    if t.visiting and t.country is None and home is not None:
        # "the visiting minister": the one from another country than the home side.
        away = p.country is not None and p.country != home
        tier = 0 if same and away else 1 if same else 2 if away else 3
    elif same and not other:
        tier = 0
    elif actor == lead and not other and heads[actor] is None and t.country is None:
        tier = 1 if home is not None else 3
    else:
        tier = 2 if same else 3
    return tier, kind is not None and kinds[actor] != kind


_HEAD_LOWER_WORDS = frozenset(HEAD_WORDS)


@functools.lru_cache(maxsize=1024)
def _national(title: str) -> Country | None:
    """The state of an office only one state has ("Raksha Mantri", "Secretary of Defense")."""
    # Each pattern holds one of these words, and ignores case: in ASCII, where that is
    # the lower case, a title holding none is no such office.
    if _ascii_without(title, NATIONAL_OFFICE_WORDS):
        return None
    for pattern, code in NATIONAL_OFFICES:
        if pattern.fullmatch(title):
            return COUNTRIES[code]
    return None


@functools.lru_cache(maxsize=1024)
def _office_key(title: str | None) -> tuple[object, ...]:
    """An office as a key: whether it is a deputy's, then its words in order."""
    return (_is_deputy(title or ""), *sorted(_office_words(title)))


@functools.lru_cache(maxsize=1024)
def _office_words(title: str | None) -> frozenset[str]:
    """The words of an office that name it, in lower case, without "the", "acting" and the like."""
    words = (title or "").lower().replace("-", " ").split()
    return frozenset(w for w in words if w not in _OFFICE_FILLERS)


_OFFICE_FILLERS = frozenset({"the", "of", "for", "acting", "interim", "deputy", "and", "&"})
_DEPUTY = regex.compile(r"\b(?:[Dd]eputy|DEPUTY|[Vv]ice)\b")  # (a deputy's office, not its head's)


@functools.lru_cache(maxsize=1024)
def _is_deputy(title: str) -> bool:
    """Whether ``_DEPUTY`` finds a deputy's word in ``title`` (titles recur: remembered)."""
    return _DEPUTY.search(title) is not None


@functools.lru_cache(maxsize=1024)
def _head_word(title: str | None) -> str | None:
    """The last head word of a title, in lower case: "Deputy Prime Minister" -> "minister"."""
    if not title:
        return None
    words = [w for w in title.lower().replace("-", " ").split() if w in _HEAD_LOWER_WORDS]
    return words[-1].rstrip("s") if words else None


# "her" as an object, not a determiner: before a stop or a preposition.
_OBJECT_HER = regex.compile(
    r"""(?=[.,;:!?)]|\ (?:for|on|in|at|to|and|with|that|about|during|after|before|as|by|from
    |over|when|while|again|today|yesterday)\b)""",
    regex.VERBOSE,
)
# A verb, perhaps with an adverb or a preposition, between a subject and its object.
_CLAUSE_VERB = regex.compile(r"""\ (?:\p{Ll}+\ ){1,2}""")


def _clause_subject(body: str, subjects: _Subjects, s: int, e: int, word: str) -> int | None:
    """The person an object pronoun cannot be: the subject just before its verb ("Roe met him")."""
    low = word.lower()
    if low not in ("him", "her") or (low == "her" and _OBJECT_HER.match(body, e) is None):
        return None
    j = bisect_left(subjects.starts, s) - 1
    if j < 0:
        return None
    prev = subjects.ordered[j]
    return prev.actor if _CLAUSE_VERB.fullmatch(body, prev.end, s) else None


def _resolve_small(text: Text, people: _People, small: _Small) -> None:
    """Pass 3b/3c: handles and pronouns."""
    if not small.pronouns and not small.handles:
        return
    subjects = _Subjects(people, text)
    by_start = {x.start: x.actor for x in subjects.ordered} if small.handles else {}
    found: list[tuple[int, int, int, str]] = []
    body = text.text
    for s, e, word in small.pronouns:
        gender = _PRONOUNS[word]
        actor = subjects.before(s, gender, _clause_subject(body, subjects, s, e, word))
        if actor is not None:
            if people.people[actor].gender is None:
                people.people[actor].gender = gender
            found.append((s, e, actor, "pronoun"))
    # A handle's owner, when no name follows it, depends on its lower case alone.
    owned: dict[str, int | None] = {}
    for s, e, handle in small.handles:
        if people.overlaps(s, e):
            continue
        actor = _handle_follower(by_start, e)
        if actor is None:
            low = handle.lower()
            if low not in owned:
                owned[low] = _handle_owner(low, people)
            actor = owned[low]
        if actor is not None:
            if "@" + handle not in people.people[actor].handles:
                people.people[actor].handles.append("@" + handle)
            found.append((s, e, actor, "handle"))
    for s, e, actor, form in found:
        people.mention(s, e, actor, form)


def _handle_follower(by_start: dict[int, int], end: int) -> int | None:
    """The person named right after a handle ending at ``end``."""
    for gap in (0, 1):
        if end + gap in by_start:
            return by_start[end + gap]
    return None


# Country names of four letters or more, lower-cased without spaces, for handles ("@DefMinIndia").
_HANDLE_COUNTRIES = tuple(
    (code, c.name.lower().replace(" ", "")) for code, c in COUNTRIES.items() if len(c.name) >= 4
)


def _handle_owner(low: str, people: _People) -> int | None:
    """A handle's owner by its lower case: its name tokens, or its office ("@SecDef")."""
    owners = {
        i
        for i, p in enumerate(people.people)
        for tok in p.tokens
        if len(tok) >= 4 and tok.lower() in low
    }
    if len(owners) == 1:
        return owners.pop()
    if "def" not in low:
        return None
    want = "USA" if "secdef" in low else None
    for code, name in _HANDLE_COUNTRIES:
        if name in low:
            want = code
    owners = {
        i
        for i, p in enumerate(people.people)
        if title_kind(p.title) == "defence"
        and (want is None or (p.country and p.country.code == want))
    }
    return owners.pop() if len(owners) == 1 else None


def _organisations(
    text: str,
    countries: _Countries,
    named: list[tuple[int, int, str]],
    words: list[tuple[int, int, str]],
) -> list[OrgMention]:
    """Named organisations, "the ministry" (the last one named) and "<Country> officials".

    "The ministry" is an organisation only as a subject, never after a preposition.
    """
    out: list[OrgMention] = []
    for o0, end, org in named:
        o1 = end
        start = o0
        if text[(start - 4 if start > 4 else 0) : start] == "the ":
            start -= 4
        before = _country_before(text, countries, start)
        name = _ORG_NAMES.get(org, org)
        country = (
            countries.near(o0, o1)
            or (before.country if before else None)
            or _country(_ORG_COUNTRY.get(org) or _ORG_COUNTRY.get(name))
        )
        if country is None and name.startswith(("Ministry", "Department")):
            of = _OF.match(text, o1)
            c = countries.by_start.get(of.end()) if of else None
            country = c.country if c else None
        if org == "Armed Forces":
            of = _OF.match(text, o1)
            c = countries.by_start.get(of.end()) if of else None
            if c is not None:
                o1, name, country = c.end, text[o0 : c.end], c.country
        out.append(OrgMention(o0, o1, name, country))
    extra: list[OrgMention] = []
    starts = [o.start for o in out]
    for s, e, word in words:
        if word == "officials":
            owner = _OFFICIALS_OWNER.match(text, (s - 40 if s > 40 else 0), s)
            c = countries.by_start.get(owner.start("w")) if owner else None
            if c is not None and owner is not None and c.end == owner.end("w"):
                name = text[c.start : c.end] if c.form == "capital" else c.country.name
                extra.append(OrgMention(c.start, e, name, c.country))
            continue
        if text[(s - 4 if s > 4 else 0) : s] not in ("the ", "The ") or text.startswith(" of ", e):
            continue
        if _AFTER_PREPOSITION.match(text, (s - 12 if s > 12 else 0), s):
            continue
        i = bisect_left(starts, s) - 1
        while i >= 0 and word not in out[i].name.lower():
            i -= 1
        if i >= 0:
            extra.append(OrgMention(s, e, out[i].name, out[i].country))
    if extra:
        out = sorted(out + extra, key=lambda o: o.start)
    return out


# Words of a venue that names no place of its own: "the Defence Headquarters", "Army HQ".
_GENERIC_VENUE_WORDS = frozenset(
    {
        *("Defence", "Defense", "Army", "Navy", "Naval", "Air", "Force", "Forces", "Military"),
        *("Joint", "General", "Staff", "Headquarters", "HQ", "Ministry", "Armed", "National"),
        *("Command", "Service", "Services", "Main", "Central", "Combined", "Building"),
    }
)
# An office named with its seat: "Chief of Operations at the Defence Headquarters".
_OFFICE_SEAT = regex.compile(
    r"\b(?:Chief|Head|Director|Commander|Officer|Secretary)\s+of\s+(?:\p{Lu}[\w-]*\s+){1,3}\Z",
    regex.REVERSE,  # a look-back, matched (``_LOOK_BACK``)
)
# What puts the city of a venue right after it: "HQ, Nairobi", "HQ in Nairobi".
_VENUE_CITY_LINK = regex.compile(r",\s*|\s+in\s+")


def _generic_venue(text: str, start: int, end: int, city_at: set[int]) -> bool:
    """Whether ``text[start:end]`` is a venue of generic words with a known city right after.

    "at the Defence Headquarters, Nairobi": the meeting's place is the city; a named site
    ("the Pentagon", "Moi Barracks") or a venue with no city after it stays.
    """
    if not set(text[start:end].split()) <= _GENERIC_VENUE_WORDS:
        return False
    link = _VENUE_CITY_LINK.match(text, end)
    return link is not None and link.end() in city_at


def _places(
    text: str,
    found: list[PlaceMention],
    here: list[tuple[int, int, str]],
    venue_cue: bool = True,
    keys: list[tuple[int, str]] | None = None,
) -> tuple[list[PlaceMention], PlaceMention | None]:
    """Datelines, cities and seats (``found``), venues and "here" (``here``), in order.

    ``keys`` are the words of ``_VENUE_WORDS`` in the lower-cased text, if at hand (see
    ``_venues``).
    """
    out: list[PlaceMention] = []
    dateline: PlaceMention | None = None
    for start, p1 in _paragraph_starts(text):
        tag = _SOURCE_TAG.match(text, start, p1) if text.startswith("(", start) else None
        p0 = start if tag is None else tag.end()
        if p1 - p0 < 4 or not text[p0 : p0 + 2].strip()[:1].isupper():
            continue
        # Both datelines open with a city of whole runs of ``[\p{L}.'’]``: its first run must
        # open a city's name.
        first = _city_run(text, p0, p1).upper()
        if first not in _CITY_FIRST_UPPER:
            # (or a date does, and the city follows in brackets)
            m = _DATED_DATELINE.match(text, p0, p1) if text.find(" (", p0, p0 + 24) > 0 else None
            canon = _CITY_UPPER.get(m.group("city").upper()) if m is not None else None
            if m is not None and canon is not None:
                place = PlaceMention(
                    m.start("city"), m.end("city"), canon, _country(_CITY_NAMES[canon]), "dateline"
                )
                out.append(place)
                dateline = dateline or place
            continue
        # That run is the first word of the city they capture, which must be a known one:
        # in ASCII (capitals of the same length) one of those opening on it is written.
        head = text[p0 : min(p1, p0 + _CITY_REACH)].lstrip(" \t")
        if head.isascii() and not head.upper().startswith(_CITY_BY_FIRST[first]):
            continue
        m = _DATELINE.match(text, p0, p1)
        if m is None:
            m = _CAPS_DATELINE.match(text, p0, p1)
        if m is None:
            continue
        city = m.group("city")
        canon = _CITY_UPPER.get(city.upper())
        if canon is None:
            continue
        place = PlaceMention(
            m.start("city"), m.end("city"), canon, _country(_CITY_NAMES[canon]), "dateline"
        )
        out.append(place)
        dateline = dateline or place
    taken = {(p.start, p.end) for p in out}
    out.extend(p for p in found if (p.start, p.end) not in taken)
    seats = {(p.start, p.end) for p in found if p.form == "venue"}
    city_at = {p.start for p in found if p.form == "city"}
    for m in _venues(text, keys) if venue_cue else ():
        if (m.start("venue"), m.end("venue")) in seats:
            continue
        if _generic_venue(text, m.start("venue"), m.end("venue"), city_at):
            continue
        ms = m.start()
        if _OFFICE_SEAT.match(text, ms - 60 if ms > 60 else 0, ms):
            continue  # the seat of an office ("Chief of Operations at the HQ"), no venue
        venue = m.group("venue")
        out.append(PlaceMention(m.start("venue"), m.end("venue"), venue, None, "venue"))
    for s, e, word in here:
        if not _HERE_CUE.search(text, (s - 60 if s > 60 else 0), s):
            continue
        name = dateline.name if dateline else word
        country = dateline.country if dateline else None
        out.append(PlaceMention(s, e, name, country, "here"))
    out.sort(key=lambda p: (p.start, -p.end))
    return out, dateline


def _venues(text: str, keys: list[tuple[int, str]] | None) -> Iterable[regex.Match[str]]:
    """The matches of ``_VENUE`` as ``_guard.finditer`` gives them, read at its keywords.

    ``keys`` are the words of ``_VENUE_WORDS`` in the lower-cased text, with their offsets,
    in order (every word there, or None: the pattern scans the text). A match opens on a
    keyword written in small letters after no word character (``\\b``), a whole word of
    the text's word list (a space follows it), then a space and perhaps "the ": the venue
    after opens on a capital (each branch does; without "the " when "the" is written, it
    would open on the "t"). Only there is the pattern matched, from where the last match
    ended, as ``finditer`` goes on. A match reads a few words: past the deadline none is
    tried, as the guarded scan would find none.
    """
    if keys is None:
        return _guard.finditer(_VENUE, text)
    if _guard.spent():
        return []
    out: list[regex.Match[str]] = []
    last = 0
    for at, word in keys:
        if at < last:
            continue
        if word == "on":
            if not text.startswith("on board ", at):
                continue
            v = at + 9
        elif text.startswith(word, at) and text[at + len(word) : at + len(word) + 1] == " ":
            v = at + len(word) + 1
        else:
            continue
        if text.startswith("the ", v):
            v += 4
        if not text[v : v + 1].isupper():  # ``isupper`` holds for every ``\p{Lu}``
            continue
        m = _VENUE.match(text, at)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


def resolve_here(mentions: Mentions, host: Country | None) -> str | None:
    """The city meant by "here" or "the national capital": the dateline, else the host's capital.

    >>> from defrel._text import prepare
    >>> m = find_mentions(prepare("NEW DELHI: The talks were held here."), None)
    >>> resolve_here(m, None)
    'New Delhi'
    >>> resolve_here(Mentions(), COUNTRIES["JPN"])
    'Tokyo'
    >>> resolve_here(Mentions(), None) is None
    True
    """
    if mentions.dateline is not None:
        return mentions.dateline.name
    if host is None:
        return None
    for city, code in CAPITALS.items():
        if code == host.code:
            return city
    return None


# An issuing-body line near the top of a release: "Japan Ministry of Defense", "Source:
# Ministry of National Defence of Freedonia", "Press Release: Freedonia Government".
_ISSUER_BODY = r"(?:Government|(?:Ministry|Department)\s+of\s+(?:National\s+)?Defen[cs]e)"
_ISSUER = regex.compile(
    rf"""(?:(?:Source|Issued\s+by|Press\s+Release)\s*[:\-\u2013]\s*)?
    (?:(?:[Tt]he\s+)?(?P<pre>[A-Z][^\n:]{{1,40}}?)\s+{_ISSUER_BODY}
    |(?:[Tt]he\s+)?{_ISSUER_BODY}\s+of\s+(?:the\s+)?(?P<post>[A-Z][^\n:]{{1,40}}?))
    \s*\.?""",
    regex.VERBOSE,
)
_ISSUER_TOP = 800  # characters of the text where an issuing-body line may stand
_ISSUER_LINE = 90  # the longest line taken for one
_ISSUER_NEAR = 100  # how far before a name another country marks a counterpart
_ISSUER_HOLDERS = 8  # the first holders looked at (bounds the work on a long text)
# The offices an issuing government's own holder is named by without a country.
_OWN_OFFICE = regex.compile(r"\b(?:minister|secretary|spokes(?:wo)?man|spokesperson)\b", regex.I)


def _issuer(body: str, found: list[CountryMention]) -> tuple[int, Country] | None:
    """The end and country of an issuing-body line near the top of ``body``, if any."""
    pos = 0
    top = min(len(body), _ISSUER_TOP)
    while pos < top:
        nl = body.find("\n", pos)
        end = len(body) if nl < 0 else nl
        line = body[pos:end]
        stripped = line.strip()
        if stripped and len(stripped) <= _ISSUER_LINE:
            lead = pos + len(line) - len(line.lstrip())
            # The issuing body is written on the line: "Government" or "... Defen[cs]e".
            m = (
                _ISSUER.fullmatch(body, lead, lead + len(stripped))
                if "Government" in stripped or "Defen" in stripped
                else None
            )
            if m:
                g = "pre" if m.group("pre") is not None else "post"
                s, e = m.span(g)
                for c in found:
                    if c.start == s and c.end == e:
                        return end, c.country
        pos = end + 1
    return None


# Regional groups whose officials are named together: "the Nordic defence ministers met".
_GROUPS = {
    "Nordic": ("DNK", "FIN", "ISL", "NOR", "SWE"),
    "Baltic": ("EST", "LVA", "LTU"),
}
_GROUP_OFFICIALS = regex.compile(
    r"\b(?P<group>Nordic|Baltic)\s+(?:(?:defen[cs]e|foreign|army|navy|military)\s+)?"
    r"(?:ministers|chiefs(?:\s+of\s+(?:defen[cs]e|staff))?|counterparts|commanders)\b"
)


def _group_members(body: str) -> list[CountryMention]:
    """One mention of each member for "the Nordic defence ministers" (the group's word)."""
    out: list[CountryMention] = []
    for m in _guard.finditer(_GROUP_OFFICIALS, body):
        s, e = m.span("group")
        out.extend(CountryMention(s, e, COUNTRIES[code], "demonym") for code in _GROUPS[m["group"]])
    return out


def _dateline_lead(body: str, found: list[CountryMention], people: _People, home: Country) -> None:
    """Give the dateline's country to the first person named, when no country is known.

    A wire report from its own capital names its own minister first and often without a
    country ("NEW DELHI: Defence Minister Rajan met his Ruritanian counterpart"). When
    someone of the dateline's country is named too, or its counterpart ("his Ruritanian
    counterpart" under a Ruritanian dateline), the first person may be the visitor: then
    nothing is given.
    """
    named = [m for m in people.mentions if m.form not in ("pronoun", "handle")]
    if not named:
        return
    lead = people.people[min(named, key=_BY_START).actor]
    if lead.country is not None or any(p.country == home for p in people.people):
        return
    # (a country named just before "counterpart": the word within the next 40 characters,
    # looked for before the pattern)
    if any(
        c.country == home
        and "ounterpart" in body[c.end : c.end + 40].lower()
        and _COUNTERPART_AFTER.match(body, c.end, c.end + 60)
        for c in found
    ):
        return
    lead.country = home


_COUNTERPART_AFTER = regex.compile(r"\s+(?:defen[cs]e\s+)?counterparts?\b", regex.IGNORECASE)


# "The Ruritanian delegation included ...", "the delegation from Ruritania comprised ...".
# "The delegation of the Republic of Ruritania was led by A, Minister of ..., and included B".
_DELEGATION_LIST = regex.compile(
    r"""\ delegation(?:\ (?:from|of)\ (?:the\ )?
    (?:(?:(?:Federal|Islamic|Democratic|United|People['’]s)\ )?(?:Republic|Kingdom|Sultanate)
    \ of\ (?:the\ )?)?
    (?P<state>\p{Lu}[\p{L}-]+(?:\ \p{Lu}[\p{L}-]+)?))?
    \ (?:also\ )?(?:included|includes|including|comprised|comprises|comprising|consisted\ of
    |was\ made\ up\ of|(?P<led>(?:was\ )?(?:led|headed)\ by))\ """,
    regex.VERBOSE,
)
# Where a list after "led by" ends: the delegation's hosts are named after these words.
_DELEGATION_HOSTS = regex.compile(
    r"""\b(?:met|meets|received|welcomed|hosted|called\ on|paid|held|visited|toured|by)\b"""
)
_DELEGATION_READS = 400  # characters of a list of members read after its verb


def _delegation_members(
    prepared: Text, countries: _Countries, people: _People, present: frozenset[str] | None = None
) -> None:
    """Pass 4: the members listed after "the <State> delegation included" are that state's.

    Only people of no known state, named before the list's sentence ends ("The Ruritanian
    delegation included the Chief of Defence Staff, General A B; and the Chief of
    Intelligence, C D").
    """
    text = prepared.text
    if (
        not people.mentions
        or (present is not None and _DELEGATION_WORD not in present)
        or " delegation " not in text
    ):
        return
    mentions = sorted(people.mentions, key=_BY_START)
    starts = [m.start for m in mentions]
    for dm in _guard.finditer(_DELEGATION_LIST, text):
        c = (
            countries.by_start.get(dm.start("state"))
            if dm.group("state")
            else countries.by_end.get(dm.start())
        )
        if c is None or c.form not in ("demonym", "name", "short"):
            continue
        lo = dm.end()
        hi = min(prepared.sentence_of(dm.start())[1], lo + _DELEGATION_READS)
        if dm.group("led"):
            host = _DELEGATION_HOSTS.search(text, lo, hi)
            hi = host.start() if host else hi
        for k in range(bisect_left(starts, lo), len(starts)):
            m = mentions[k]
            if m.start >= hi:
                break
            person = people.people[m.actor]
            if person.country is None:
                person.country = c.country


def _issuer_holder(body: str, found: list[CountryMention], people: _People) -> None:
    """Give an issuing government's country to its first unqualified office holder.

    A release headed "Freedonia Ministry of Defence" names its own minister without
    a country ("Minister Vance met ..."): the first holder named after that line with
    no country found for him and none written just before his name is the issuer's.
    Later holders are left alone (the counterpart is often also named without one).
    """
    holders = sorted(
        (min(s.start for s in p.spans), i)
        for i, p in enumerate(people.people)
        if p.title and p.spans
    )[:_ISSUER_HOLDERS]
    # (only a holder of no country, not qualified, can be given one: else no line is read;
    # nor without countries, one of which the issuing body's line names)
    if not found or all(
        people.people[i].country is not None or people.people[i].qualified for _, i in holders
    ):
        return
    issued = _issuer(body, found)
    if issued is None:
        return
    end, country = issued
    for at, i in holders:
        p = people.people[i]
        if at < end or p.country is not None or p.qualified:
            continue
        # A holder with another country just before his name, on his line, is the
        # counterpart: "the Defence Secretary of Ruritania, Mr Ivo Pell".
        # (A country with another person named after it qualifies that one.)
        # (the line's start, read back no further than ``_ISSUER_NEAR``: the same ``lo``)
        lo = max(body.rfind("\n", max(0, at - _ISSUER_NEAR), at) + 1, at - _ISSUER_NEAR)
        near = [c.end for c in found if lo <= c.start < at and c.country != country]
        if near and not any(max(near) <= m.start < at for m in people.mentions):
            continue
        if _OWN_OFFICE.search(p.title or ""):
            p.country = country
        return


def find_mentions(text: Text, published: dt.date | None) -> Mentions:
    """Find every country, person, organisation and place mentioned in ``text``.

    >>> from defrel._text import prepare
    >>> find_mentions(prepare(""), None)
    Mentions(countries=(), actors=(), people=(), places=(), organisations=(), dateline=None)
    >>> m = find_mentions(prepare("US Defense Secretary Lloyd Austin met Singh. Austin said he was glad."), None)
    >>> [(a.name, a.title, a.country.code) for a in m.actors]
    [('Lloyd Austin', 'Defense Secretary', 'USA')]
    >>> [(text, p.form) for p in m.people for text in ["US Defense Secretary Lloyd Austin met Singh. Austin said he was glad."[p.start:p.end]]]
    [('Lloyd Austin', 'full'), ('Austin', 'surname'), ('he', 'pronoun')]
    """  # noqa: E501
    del published
    body = text.text
    # The words some reader below looks at, picked from the word list in one pass.
    handled = _handled(body)  # the offsets right after an "@"
    picked = _cue_words(body, text.words) if text.lower is not None else []
    lows = list(map(_SECOND, map(text.words.__getitem__, picked)))  # their words
    # The words that spare a pattern where they are missing: unknown without a word list,
    # or where the deadline has passed (``Text.words`` is then empty, not the text's words).
    present = (
        _PRESENCE_WORDS.intersection(lows)
        if text.lower is not None and not _guard.spent()
        else None
    )
    scan = _scan_gazetteer(body, present)
    found = scan.countries
    if not found and body:
        found = _lower_case_countries(body)
    small_letters = _small_letter_countries(text, picked, lows) if found is scan.countries else []
    if small_letters:
        found = sorted([*found, *small_letters], key=_BY_START)
    if (present is None or not present.isdisjoint(_GROUP_OFFICIAL_WORDS)) and (
        "Nordic" in body or "Baltic" in body
    ):
        grouped = _group_members(body)
        if grouped:
            found = sorted([*found, *grouped], key=_BY_START)
    countries = _Countries(found)
    people = _People()
    small = _small(body) if text.lower is None else _small(body, text.words, picked, handled, lows)
    # The head words among them: what the office readers look at.
    heads_at = list(compress(picked, map(_HEAD_LOWER.__contains__, lows)))
    caseless = _caseless_names(text, [c.end for c in small_letters], heads_at)
    modifiers: set[int] = set()
    _respectively(body, countries, people)
    _plural_roles(body, countries, people, present)
    if caseless is None:
        tokens = text.words if text.lower else None
        untitled = _named(body, countries, people, scan.words, tokens, modifiers, heads_at)
    else:
        tokens, cues = _same_words(text, caseless, heads_at)
        untitled = _named(caseless, countries, people, [], tokens, modifiers, cues)
    _untitled(body, people, small.verbs, countries)
    _possessed(body, people, found, countries)
    _of_state(body, people, found, countries)
    _ranked_state(body, people, countries)
    untitled = _with_acronyms(body, untitled, present)
    _surnames(body, people, scan.words)
    # A city-state's name that qualifies an office or is a possessive names the state, not
    # a place: "Singapore defence minister", "Singapore's ministry".
    possessive = {c.start for c in found if c.form == "possessive"}
    cities = [p for p in scan.places if p.start not in modifiers and p.start not in possessive]
    keys = (  # (only read where a venue may be written)
        list(compress(map(text.words.__getitem__, picked), map(_VENUE_WORDS.__contains__, lows)))
        if text.lower is not None and scan.venue_cue
        else None
    )
    places, dateline = _places(body, cities, small.here, scan.venue_cue, keys)
    if untitled:  # (else the pass has nothing to resolve)
        _resolve_titles(
            untitled, people, _Subjects(people, text), dateline.country if dateline else None
        )
    _resolve_small(text, people, small)
    _issuer_holder(body, found, people)
    _delegation_members(text, countries, people, present)
    if dateline is not None and dateline.country is not None:
        _dateline_lead(body, found, people, dateline.country)
    actors = tuple(
        [
            Actor(
                p.name,
                p.title,
                p.country,
                tuple(p.handles),
                spans=tuple(sorted(p.spans, key=_BY_START)),
            )
            for p in people.people
        ]
    )
    return Mentions(
        countries=tuple(found),
        actors=actors,
        people=tuple(sorted(people.mentions, key=_BY_START)),
        places=tuple(places),
        organisations=tuple(_organisations(body, countries, scan.orgs, small.orgs)),
        dateline=dateline,
    )
