"""The mention stage: countries, people (with their offices), organisations and places.

Everything is found with a handful of patterns compiled once at import, the
gazetteers entering them as named lists. People are found in three passes:

1. named mentions: an office and a name ("Defence Minister Rajnath Singh"), a
   name and an office in apposition ("Zhang Youxia, Vice Chairman of ..."), a
   transcript label ("JOHN SMITH, MINISTER OF DEFENCE:"), a post signature
   ("John Smith (@jsmith)") or a rank and a name ("Admiral Jane Doe");
2. every later capitalised word that is a token of a known name ("Austin",
   "Rajnath") becomes a mention of that person;
3. titles without a name ("the visiting minister", "his counterpart"),
   handles ("@SecDef") and pronouns resolve to a person already mentioned.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs
import regex

from defrel import _guard
from defrel._gaz_countries import CAPITALS, COUNTRIES, COUNTRY_FORMS, NOT_AFTER, PREFIXES, SEATS
from defrel._gaz_places import CITIES, VENUE_HEADS
from defrel._gaz_titles import HEAD, HONORIFIC, LEFT, NAME_STOPWORDS, PARTICLES, RIGHT, title_kind
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

_COUNTRY = regex.compile(
    rf"""(?<![\p{{L}}\p{{N}}@#_])
    (?:
        (?P<prefix>{_trie(PREFIXES)})(?=-\p{{Lu}})(?!-Pacific)
      | (?<!American\ |New\ )(?P<form>{_trie(COUNTRY_FORMS)})(?![\p{{L}}\p{{N}}])
        (?!\ {_trie(NOT_AFTER)}(?![\p{{L}}]))
    )""",
    regex.VERBOSE,
)
_POSSESSIVE = regex.compile(r"['’`]s?(?![\p{L}])")

# ---------------------------------------------------------------------------- people

_STOP = frozenset(NAME_STOPWORDS) | frozenset(_ALL_FORMS)
_CONT_STOP = frozenset(NAME_STOPWORDS) - {"Gen", "Sheikh", "Jun", "Dong", "May", "Union", "State"}
_PLAIN = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sir", "Shri", "Smt", "Sh", "Prof", "Hon", "Dame"})

# One name word: "Austin", "Jong-sup", "McDonald", "O'Brien". Initials are separate.
_WORD = r"""\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:['’]\p{Lu}\p{Ll}+)?(?:-\p{L}\p{Ll}*)?"""
_INITIAL = r"""\p{Lu}\.?(?=\ \p{Lu})"""
_NAME_PART = rf"""(?:{_INITIAL}\ )?{_WORD}(?:\ (?:{PARTICLES}\ )?(?:{_INITIAL}\ )?{_WORD}){{0,3}}"""
_NAME = regex.compile(rf"""{_NAME_PART}(?![\p{{L}}])""", regex.VERBOSE)
# A name just before a point: an apposition ("Name, the ...") or a signature ("Name (@h)").
_NAME_BEFORE = regex.compile(
    rf"""(?<![\p{{L}}.])(?P<name>{_NAME_PART}),?\ (?:(?:the|a|who\ is\ the)\ )?
    (?:\p{{Lu}}[\p{{L}}.]*(?:['’`]s?)?\ )?\Z""",
    regex.VERBOSE,
)
_HEAD = regex.compile(rf"""(?<![\p{{L}}-]){HEAD}(?![\p{{L}}])""", regex.VERBOSE)
_LEFT = regex.compile(rf"""(?ri)(?<![\p{{L}}-])(?:{LEFT}\ ){{1,4}}\Z""", regex.VERBOSE)
_RIGHT = regex.compile(RIGHT, regex.VERBOSE | regex.IGNORECASE)
_OF = regex.compile(r"""\ (?:of|to)\ (?:the\ )?""")
_GAP = regex.compile(
    r"""(?r)(?:['’`]s?)?\ (?:(?i:visiting|acting|then|former|new|incoming|outgoing|top)\ ){0,3}\Z"""
)
_DETERMINER = regex.compile(
    r"""(?ri)(?<![\p{L}])(?:the|his|her|their|its)\ (?:[\p{L}.'’`-]+\ ){0,3}\Z"""
)
_BETWEEN = regex.compile(rf"""(?:\ counterpart)?,?\ (?:(?P<hon>{HONORIFIC})\ )?""", regex.VERBOSE)
_LABEL = regex.compile(
    r"""(?P<name>\p{Lu}[\p{Lu}'’.-]+(?:\ \p{Lu}[\p{Lu}'’.-]+){1,3})
    (?:,\ (?P<title>[\p{Lu}\p{N} ,'’&.-]{3,80}?))?:\ """,
    regex.VERBOSE,
)
_NAME_END = regex.compile(rf"""(?<![\p{{L}}.])(?P<name>{_NAME_PART})\Z""", regex.VERBOSE)
_SIGNATURE = regex.compile(r"""\ \(@(?P<handle>\w{2,30})\)""")
_RANKED = regex.compile(rf"""(?<![\p{{L}}])(?P<hon>{HONORIFIC})\ (?=\p{{Lu}})""", regex.VERBOSE)
_CAP_WORD = regex.compile(r"""(?<![\p{L}@#])\p{Lu}[\p{L}\p{M}]*(?:-\p{L}+)?(?![\p{L}])""")
_HANDLE = regex.compile(r"""(?<![\w@])@(?P<handle>\w{2,30})""")
_PRONOUN = regex.compile(
    r"""(?<![\p{L}])(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]ers)(?![\p{L}])"""
)

# ---------------------------------------------------------------------------- organisations

_ORG_COUNTRY = {
    "Pentagon": "USA",
    "White House": "USA",
    "State Department": "USA",
    "Department of State": "USA",
    "Kremlin": "RUS",
    "Xinhua": "CHN",
    "People's Liberation Army": "CHN",
    "PLA": "CHN",
    "Central Military Commission": "CHN",
    "Press Information Bureau": "IND",
    "PIB": "IND",
    "MEA": "IND",
    "Ministry of External Affairs": "IND",
    "DoD": "USA",
    "Department of Defense": "USA",
}

_ORG = regex.compile(
    r"""(?<![\p{L}])(?P<org>
        Ministry\ of\ (?:National\ )?Defen[cs]e | Ministry\ of\ (?:External|Foreign)\ Affairs
      | (?:Foreign|Defen[cs]e)\ Ministry | Department\ of\ (?:National\ )?Defen[cs]e
      | Defen[cs]e\ Department | State\ Department | Department\ of\ State
      | Armed\ Forces\ of\ (?:the\ )?\p{Lu}\p{L}+(?:\ \p{Lu}\p{L}+)?
      | (?:Self-Defen[cs]e|Armed|Defen[cs]e)\ Forces
      | People's\ Liberation\ Army | Central\ Military\ Commission | Press\ Information\ Bureau
      | Pentagon | Kremlin | White\ House | Xinhua
      | (?:MoD|MOD|DoD|MEA|PLA|PIB|MND)(?![\p{L}])
    )""",
    regex.VERBOSE,
)

# ---------------------------------------------------------------------------- places

_CITY_NAMES = {**dict(CAPITALS), **dict(CITIES)}
_CITY_UPPER = {name.upper(): name for name in _CITY_NAMES}
_CITY = regex.compile(
    rf"""(?<![\p{{L}}\p{{N}}]){_trie(_CITY_NAMES)}(?![\p{{L}}\p{{N}}])
    (?!\ {_trie(NOT_AFTER)}(?![\p{{L}}]))""",
    regex.VERBOSE,
)
_SEAT = regex.compile(rf"""(?<![\p{{L}}]){_trie(SEATS)}(?![\p{{L}}])""")
_VENUE = regex.compile(
    rf"""\b(?:at|in|inside|aboard|on\ board)\ (?:the\ )?
    (?P<venue>
        (?:USS|INS|HMS|HMAS|JS|BRP|ROKS|PNS|HMNZS)
        \ \p{{Lu}}\p{{L}}*(?:\ (?:\p{{Lu}}\.|\p{{Lu}}\p{{L}}*)){{0,3}}
      | Camp\ \p{{Lu}}\p{{L}}+(?:\ \p{{Lu}}\p{{L}}+)?
      | (?:\p{{Lu}}[\p{{L}}'’-]*\ ){{1,5}}{_trie(VENUE_HEADS)}(?![\p{{L}}])
    )""",
    regex.VERBOSE,
)
_DATELINE = regex.compile(
    r"""[\ \t]*(?P<city>\p{Lu}[\p{L}.'’]*(?:\ \p{Lu}[\p{L}.'’]*){0,2})
    (?:,\ \p{Lu}[\p{L}.]*(?:\ \p{Lu}[\p{L}.]*){0,2})?
    (?:,?\ (?:\p{Lu}\p{Ll}{2,4}\.?\ \d{1,2}|\d{1,2}\ \p{Lu}\p{Ll}+\.?)(?:,\ \d{4})?)?
    (?:\ ?\([\p{L}\ ]{2,30}\))?
    \ *(?:--|—|–|-|:|,)\ """,
    regex.VERBOSE,
)
_HERE = regex.compile(r"""(?<![\p{L}])(?:here|the\ national\ capital)(?![\p{L}])""")
_HERE_CUE = regex.compile(
    r"""(?i:held|met|meet|meeting|arrived|arrives|arriving|talks|visit|visiting|hosted|came"""
    r"""|reached|landed|signed|summit|dialogue|conference|ceremony|in|at)\b[^.\n]{0,40}\Z"""
)


# ---------------------------------------------------------------------------- helpers


@attrs.define
class _Person:
    name: str
    title: str | None
    country: Country | None
    first: int
    handles: list[str] = attrs.field(factory=list)
    spans: list[Span] = attrs.field(factory=list)


def _country(code: str | None) -> Country | None:
    return COUNTRIES.get(code) if code else None


def _countries(text: str) -> list[CountryMention]:
    out: list[CountryMention] = []
    for m in _guard.finditer(_COUNTRY, text):
        if m.group("prefix"):
            code, form = PREFIXES[m.group("prefix")], "compound"
        else:
            code, form = _ALL_FORMS[m.group("form")]
            if _POSSESSIVE.match(text, m.end()) and form in ("name", "short"):
                form = "possessive"
        out.append(CountryMention(m.start(), m.end(), COUNTRIES[code], form))
    # Parts joined by a hyphen ("India-US", "U.S.-India") are compounds.
    result: list[CountryMention] = []
    for i, mention in enumerate(out):
        c = mention
        joined_next = i + 1 < len(out) and out[i + 1].start == c.end + 1 and text[c.end] in "-–"
        joined_prev = i > 0 and out[i - 1].end == c.start - 1 and text[c.start - 1] in "-–"
        if (joined_next or joined_prev) and c.form != "compound":
            c = attrs.evolve(c, form="compound")
        result.append(c)
    return result


def _country_near(
    countries: list[CountryMention], start: int, end: int, skip: tuple[int, int]
) -> Country | None:
    """The first country mention inside ``[start, end)`` outside ``skip``."""
    for c in countries:
        if c.start >= end:
            break
        if c.start >= start and c.end <= end and not (skip[0] <= c.start < skip[1]):
            return c.country
    return None


def _title_case(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def _tokens(name: str) -> list[str]:
    return [t for t in name.split() if len(t.rstrip(".")) > 1]


class _People:
    """Builds actors and person mentions while the passes run."""

    def __init__(self) -> None:
        self.people: list[_Person] = []
        self.mentions: list[PersonMention] = []
        self.claimed: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.claimed)

    def find(self, name: str, country: Country | None) -> int | None:
        toks = set(_tokens(name))
        if not toks:
            return None
        for i, p in enumerate(self.people):
            ptoks = set(_tokens(p.name))
            if not (toks <= ptoks or ptoks <= toks):
                continue
            if country and p.country and country != p.country:
                continue
            return i
        return None

    def add(
        self,
        start: int,
        end: int,
        name: str,
        title: str | None,
        country: Country | None,
        form: str,
        claim: tuple[int, int] | None = None,
    ) -> int:
        i = self.find(name, country)
        if i is None:
            self.people.append(_Person(name, title, country, start))
            i = len(self.people) - 1
        else:
            p = self.people[i]
            if len(_tokens(name)) > len(_tokens(p.name)):
                p.name = name
            if title and (not p.title or (title_kind(p.title) is None and title_kind(title))):
                p.title = title
            if country and not p.country:
                p.country = country
        self.people[i].spans.append(Span(start, end, form))
        self.mentions.append(PersonMention(start, end, i, form))
        self.claimed.append(claim or (start, end))
        return i

    def mention(self, start: int, end: int, actor: int, form: str) -> None:
        self.people[actor].spans.append(Span(start, end, form))
        self.mentions.append(PersonMention(start, end, actor, form))
        self.claimed.append((start, end))


def _strip_title(title: str) -> str:
    return " ".join(title.split())


@attrs.frozen
class _TitleOnly:
    start: int
    end: int
    title: str
    country: Country | None
    visiting: bool
    counterpart: bool


def _clean_name(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """Drop stop words from a matched name: reject a stop word first, cut at a later one."""
    words: list[tuple[int, str]] = []
    pos = start
    for word in text[start:end].split(" "):
        words.append((pos, word))
        pos += len(word) + 1
    kept: list[tuple[int, str]] = []
    real = 0
    for offset, word in words:
        core = word.rstrip(".")
        is_real = len(core) > 1 and not core.islower()
        if is_real and real == 0 and core in _STOP:
            return None
        if is_real and real > 0 and core in _CONT_STOP:
            break
        kept.append((offset, word))
        real += is_real
    while kept and (len(kept[-1][1].rstrip(".")) <= 1 or kept[-1][1].islower()):
        kept.pop()
    if not real or not kept:
        return None
    s0, e0 = kept[0][0], kept[-1][0] + len(kept[-1][1])
    return s0, e0, text[s0:e0]


def _name_at(text: str, pos: int) -> tuple[int, int, str] | None:
    m = _NAME.match(text, pos)
    return _clean_name(text, m.start(), m.end()) if m else None


def _country_before(text: str, ends: dict[int, CountryMention], pos: int) -> CountryMention | None:
    """A country word right before ``pos``: "Japan's", "the US", "his Russian"."""
    gap = _GAP.search(text, max(0, pos - 40), pos)
    return ends.get(gap.start()) if gap else None


def _named(text: str, countries: list[CountryMention], people: _People) -> list[_TitleOnly]:
    """Pass 1: mentions that carry a name; returns the titles that carry none."""
    starts = {c.start: c for c in countries}
    ends = {c.end: c for c in countries}
    untitled: list[_TitleOnly] = []
    last = -1
    for h in _guard.finditer(_HEAD, text):
        hs, he = h.span()
        if hs < last:
            continue
        lm = _LEFT.search(text, max(0, hs - 60), hs)
        ts = lm.start() if lm else hs
        rm = _RIGHT.match(text, he)
        te = rm.end() if rm else he
        head = h.group()
        if head.lower() == "chief" and ts == hs and te == he:
            continue
        last = te
        title = " ".join(text[ts:te].split())
        country = _country_near(countries, ts, te, (0, 0))
        om = _OF.match(text, te)
        if om and om.end() in starts:
            country = country or starts[om.end()].country
            te = starts[om.end()].end
        before = _country_before(text, ends, ts)
        if country is None and before is not None:
            country = before.country
        bm = _BETWEEN.match(text, te)
        found = _name_at(text, bm.end()) if bm else None
        if found and bm:
            ns, ne, name = found
            if people.overlaps(ns, ne):
                last = ne
                continue
            hon = bm.group("hon")
            if hon == "Gen" and " " not in name and title_kind(title) == "defence":
                ns, name = bm.start("hon"), f"Gen {name}"
            people.add(ns, ne, name, title, country, "full")
            last = ne
            continue
        ap = _NAME_BEFORE.search(text, max(0, ts - 80), ts)
        if ap:
            found = _clean_name(text, *ap.span("name"))
            if found and " " in found[2] and not people.overlaps(found[0], found[1]):
                people.add(found[0], found[1], found[2], title, country, "full")
                continue
        det = _DETERMINER.search(text, max(0, ts - 50), ts)
        if det and not head.endswith("s"):
            visiting = "visiting" in text[det.start() : ts].lower()
            untitled.append(
                _TitleOnly(det.start(), te, title, country, visiting, "counterpart" in head)
            )
    for p0, p1 in _paragraph_starts(text):
        lm = _LABEL.match(text, p0, p1)
        if lm is None:
            continue
        words = lm.group("name").split()
        if any(_title_case(w) in _STOP or w in _STOP for w in words):
            continue
        name = " ".join(_title_case(w) for w in words)
        label_title = lm.group("title")
        country = None
        pretty = None
        if label_title:
            pretty = " ".join(
                _title_case(w) if len(w) > 2 else w.lower() for w in label_title.split()
            )
            cm = _COUNTRY.search(pretty)
            country = _country(_ALL_FORMS[cm.group("form")][0]) if cm and cm.group("form") else None
        people.add(lm.start("name"), lm.end("name"), name, pretty, country, "full")
    for m in _guard.finditer(_SIGNATURE, text):
        nb = _NAME_END.search(text, max(0, m.start() - 60), m.start())
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
    for m in _guard.finditer(_RANKED, text):
        found = _name_at(text, m.end())
        if found is None or people.overlaps(found[0], found[1]):
            continue
        ns, ne, name = found
        hon = m.group("hon").rstrip(".")
        rank = None if hon in _PLAIN else " ".join(hon.split())
        i = people.find(name, None)
        if i is None and " " not in name:
            continue
        people.add(ns, ne, name, rank, None, "full" if i is None else "surname")
    return untitled


def _paragraph_starts(text: str) -> Iterable[tuple[int, int]]:
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def _surnames(text: str, people: _People) -> None:
    """Pass 2: a later capitalised word that is a token of exactly one known name."""
    index: dict[str, set[int]] = {}
    for i, p in enumerate(people.people):
        for tok in _tokens(p.name):
            if tok not in _STOP:
                index.setdefault(tok, set()).add(i)
    if not index:
        return
    last: tuple[int, int, int] | None = None  # (start, end, actor) of a run of tokens
    runs: list[tuple[int, int, int]] = []
    for m in _guard.finditer(_CAP_WORD, text):
        hits = index.get(m.group())
        if not hits or len(hits) != 1 or people.overlaps(m.start(), m.end()):
            last = None
            continue
        (actor,) = hits
        if last and last[2] == actor and text[last[1] : m.start()] == " ":
            runs[-1] = (last[0], m.end(), actor)
        else:
            runs.append((m.start(), m.end(), actor))
        last = runs[-1]
    for s, e, actor in runs:
        full = len(_tokens(text[s:e])) >= len(_tokens(people.people[actor].name))
        people.mention(s, e, actor, "full" if full else "surname")


def _last_subject(people: _People, text: Text, pos: int) -> int | None:
    """The person a pronoun at ``pos`` refers to: subject of this or the previous sentence."""
    here = text.sentence_index(pos)
    ordered = sorted(
        (m for m in people.mentions if m.start < pos and m.form != "pronoun"),
        key=lambda m: m.start,
    )
    if not ordered:
        return None
    for index in (here, here - 1, here - 2):
        if index < 0:
            break
        s0, s1 = text.sentences[index]
        inside = [m for m in ordered if s0 <= m.start < min(s1, pos)]
        if inside:
            return inside[0].actor
    return ordered[-1].actor if text.sentence_index(ordered[-1].start) >= here - 3 else None


def _resolve_titles(text: Text, untitled: list[_TitleOnly], people: _People) -> None:
    """Pass 3a: "the US defence minister", "his counterpart", "the visiting minister"."""
    if not people.people:
        return
    ordered = sorted(people.mentions, key=lambda x: x.start)
    for t in untitled:
        if people.overlaps(t.start, t.end):
            continue
        seen: list[int] = []
        for x in reversed(ordered):
            if x.start < t.start and x.actor not in seen:
                seen.append(x.actor)
        if not seen:
            seen = [x.actor for x in ordered if x.start > t.end][:1]
        kind = title_kind(t.title)
        if t.counterpart and t.country is None:
            subject = _last_subject(people, text, t.start)
            base = people.people[subject].country if subject is not None else None
            seen = [a for a in seen if a != subject and people.people[a].country != base]
        cands = [
            a
            for a in seen
            if (t.country is None or people.people[a].country == t.country)
            and (
                kind is None
                or title_kind(people.people[a].title) in (None, kind)
                or (kind == "defence" and title_kind(people.people[a].title) == "military")
            )
        ]
        if cands:
            people.mention(t.start, t.end, cands[0], "title")


def _resolve_handles(text: str, people: _People) -> None:
    """Pass 3b: a handle, by name tokens, by the name after it, or by office ("@SecDef")."""
    for m in _guard.finditer(_HANDLE, text):
        if people.overlaps(m.start(), m.end()):
            continue
        handle = m.group("handle").lower()
        after = [x for x in people.mentions if 0 <= x.start - m.end() <= 1]
        actor: int | None = after[0].actor if after else None
        if actor is None:
            owners = {
                i
                for i, p in enumerate(people.people)
                for tok in _tokens(p.name)
                if len(tok) >= 4 and tok.lower() in handle
            }
            if len(owners) == 1:
                actor = owners.pop()
        if actor is None and "def" in handle:
            want = "USA" if "secdef" in handle else None
            for code, c in COUNTRIES.items():
                if len(c.name) >= 4 and c.name.lower().replace(" ", "") in handle:
                    want = code
            owners = {
                i
                for i, p in enumerate(people.people)
                if title_kind(p.title) == "defence"
                and (want is None or (p.country and p.country.code == want))
            }
            if len(owners) == 1:
                actor = owners.pop()
        if actor is None:
            continue
        if "@" + m.group("handle") not in people.people[actor].handles:
            people.people[actor].handles.append("@" + m.group("handle"))
        people.mention(m.start(), m.end(), actor, "handle")


def _resolve_pronouns(text: Text, people: _People) -> None:
    """Pass 3c: he/she/his/her/him to the subject of this or the previous sentence."""
    found: list[tuple[int, int, int]] = []
    for m in _guard.finditer(_PRONOUN, text.text):
        actor = _last_subject(people, text, m.start())
        if actor is not None:
            found.append((m.start(), m.end(), actor))
    for s, e, actor in found:
        people.mention(s, e, actor, "pronoun")


def _organisations(text: str, countries: list[CountryMention]) -> list[OrgMention]:
    ends = {c.end: c for c in countries}
    out: list[OrgMention] = []
    for m in _guard.finditer(_ORG, text):
        org = m.group("org")
        start = m.start()
        if text[max(0, start - 4) : start] == "the ":
            start -= 4
        before = _country_before(text, ends, start)
        country = (
            _country_near(countries, m.start(), m.end(), (0, 0))
            or (before.country if before else None)
            or _country(_ORG_COUNTRY.get(org))
        )
        out.append(OrgMention(m.start("org"), m.end("org"), org, country))
    return out


def _places(text: str) -> tuple[list[PlaceMention], PlaceMention | None]:
    out: list[PlaceMention] = []
    dateline: PlaceMention | None = None
    for p0, p1 in _paragraph_starts(text):
        m = _DATELINE.match(text, p0, p1)
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
    for m in _guard.finditer(_CITY, text):
        if (m.start(), m.end()) in taken:
            continue
        canon = m.group()
        out.append(PlaceMention(m.start(), m.end(), canon, _country(_CITY_NAMES[canon]), "city"))
    for m in _guard.finditer(_SEAT, text):
        seat = m.group()
        out.append(PlaceMention(m.start(), m.end(), seat, _country(SEATS[seat]), "venue"))
    seats = {(p.start, p.end) for p in out if p.form == "venue"}
    for m in _guard.finditer(_VENUE, text):
        if (m.start("venue"), m.end("venue")) in seats:
            continue
        venue = m.group("venue")
        out.append(PlaceMention(m.start("venue"), m.end("venue"), venue, None, "venue"))
    for m in _guard.finditer(_HERE, text):
        if not _HERE_CUE.search(text, max(0, m.start() - 60), m.start()):
            continue
        name = dateline.name if dateline else m.group()
        country = dateline.country if dateline else None
        out.append(PlaceMention(m.start(), m.end(), name, country, "here"))
    out.sort(key=lambda p: (p.start, -p.end))
    return out, dateline


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
    countries = _countries(body)
    people = _People()
    untitled = _named(body, countries, people)
    _surnames(body, people)
    _resolve_titles(text, untitled, people)
    _resolve_handles(body, people)
    _resolve_pronouns(text, people)
    actors = tuple(
        Actor(
            p.name,
            p.title,
            p.country,
            tuple(p.handles),
            spans=tuple(sorted(p.spans, key=lambda s: s.start)),
        )
        for p in people.people
    )
    places, dateline = _places(body)
    return Mentions(
        countries=tuple(countries),
        actors=actors,
        people=tuple(sorted(people.mentions, key=lambda m: m.start)),
        places=tuple(places),
        organisations=tuple(_organisations(body, countries)),
        dateline=dateline,
    )
