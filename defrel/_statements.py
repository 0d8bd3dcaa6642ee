"""The statement stage: direct quotes, unmarked speech and reported speech, with speakers.

Quotations come from ``defrel._quotes``. Each one is attributed from the words
around it: an attribution just before it ("X said:"), just after it ("…,” X
tweeted"), in the middle of a split quote, or the sentence before. The speaker
span resolves to an ``Actor`` through the mention stage (person mentions carry
the actor at its fullest), so "Secretary Austin", "he" and "@SecDef" all name
the same actor. Reported speech needs a speech verb and a named speaker.
Official pages also print speech without marks: transcript turns, a block of
paragraphs after "X said:", and embedded posts with a signature line.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple, TypeVar

import attrs
import regex

from defrel import _guard
from defrel._gaz_titles import title_kind
from defrel._model import Actor, Channel, Country, Span, Statement, StatementKind
from defrel._quotes import Quote, Quotes, find_quotes
from defrel._text import Text
from defrel._types import CountryMention, Mentions, OrgMention, PersonMention

__all__ = ["find_statements"]

# Passed by position as ``concurrent`` (match, search, fullmatch) or after ``overlapped``
# (finditer): a short match keeps the GIL. By default ``regex`` lets go of it and takes it
# back on every call, a third of the cost of a short one (the keyword costs more than that).
_SERIAL = False
_NO_OVERLAP = False  # (``overlapped``, before ``concurrent`` in ``finditer``)

# The members of the model's enums as module constants: on Python 3.11 a member read off its
# class goes through the class's ``__getattr__``, ten times the cost of a global's read.
_DIRECT, _REPORTED = StatementKind.DIRECT, StatementKind.REPORTED
_UNKNOWN, _TWEET, _STATEMENT = Channel.UNKNOWN, Channel.TWEET, Channel.STATEMENT
_SPEECH, _INTERVIEW = Channel.SPEECH, Channel.INTERVIEW

# ---------------------------------------------------------------------------
# Vocabulary

# Verbs that introduce words, direct or reported. Past and present forms. Grouped by first
# letter (each group in the order of one flat list), so that a position tries one group.
# A verb that needs words before it has its look-behind after its letters, and the look-behind
# reads them again ("hoped(?<=…\\shoped)", not "(?<=…\\s)hoped"): the same matches (no two
# words of one branch end alike, so the look-behind finds the verb where it was matched), but
# at a place where the verb does not stand the branch fails on its first letter instead of
# reading the look-behind (a third of the cost of a match of a pattern holding these verbs).
_TOOK_TO_SAY = r"(?:say|write|post|share|announce)"
_TOOK_TO = rf"(?<=\btook\s+to\s+(?:[\p{{L}}'’]+\s+){{1,3}}to\s{_TOOK_TO_SAY})"
_GLAD = r"(?:happy|pleased|glad|delighted|proud)\s+to"
_GLAD_TO_SAY = r"(?:note|say|announce)"
_GLAD_TO = rf"(?<=\b{_GLAD}\s{_GLAD_TO_SAY})"
_SPEECH_VERB = (
    r"(?:a(?:dded|dds|ffirmed|sserted|sserts|rgued|rgues|nnounced|ssured|ssures|cknowledged"
    r"|cknowledges|dmitted|ssessed|ssesses)"
    r"|b(?:riefed|riefs)"
    r"|c(?:laimed|onveyed|ontinued|oncluded|onfirmed|onfirms|autioned|larified|ommented"
    r"|ontended|onceded(?=\s+that\b))"
    r"|d(?:eclared|isclosed)"
    r"|e(?:mphasi[sz]ed|mphasi[sz]es|laborated|xplained|xplains|xpressed)"
    r"|highlighted"
    # "He hoped the drill will …": a hope voiced, by a subject in capitals right before it
    # ("told B he hoped …" is the words of the one who told, not a speaker of its own)
    r"|hoped(?<=\b(?:He|She|\p{Lu}[\p{L}’'-]+)\shoped)"
    r"|i(?:nsisted|ndicated|nformed|nforms)"
    r"|m(?:aintained|entioned)"
    r"|noted"
    r"|o(?:bserved|pined)"
    r"|p(?:osted|ointed\s+out|oints\s+out|ro(?:posed|poses|fessed)(?=\s+that\b)"
    # "pledged that …", "promised that …", "predicted that …": speech acts with a clause
    r"|(?:ledged|romised|redicted)(?=\s+that\b))"
    r"|r(?:eaffirmed|eaffirms|e-affirmed|eiterated|eiterates|emarked|eplied|esponded|ecalled"
    r"|evealed|eported|eports|eminded(?=\s+(?:[\p{L}'’-]+\s+){0,3}?that\b))"
    # "…, the statement read." / "…, reads a release": a text speaks, by its verb "read".
    r"|reads?(?=[\s,.])(?<=\b(?:statement|release|readout|communiqu[ée])\sreads?)"
    r"|reads?(?=\s+(?:the|a|an|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}?"
    r"(?:statement|release|readout|communiqu[ée])\b)"
    r"|s(?:aid|ays|tressed|tresses|tated|uggested|hared(?=[,:]\s*[\"“”«‘'])"
    r"|pecified(?=\s+that\b)"
    # "a release from the ministry states that …": "states" is a verb after a document,
    # a body or a pronoun ("member states that …" is a noun).
    r"|tates(?=\s+that\b)(?<=\b(?:statement|release|readout|communiqu[ée]|[Mm]inistry"
    r"|[Dd]epartment|[Hh]e|[Ss]he|[Ii]t)\sstates))"
    r"|t(?:old|ells|weeted|weets)"
    r"|u(?:nderlined|nderlines|nderscored|nderscores)"
    r"|v(?:oiced|oices|owed(?=\s+that\b))"
    r"|w(?:rote|rites|arned)"
    r"|saying(?<=\bas\ssaying)"
    # "took to X to say that …": a platform taken to, then the verb.
    rf"|{_TOOK_TO_SAY}{_TOOK_TO}"
    # "was pleased to note that …": a glad speaker, then the verb.
    rf"|{_GLAD_TO_SAY}{_GLAD_TO})"
)
# Verbs that carry reported speech without "that" ("Lee said the relationship …").
_BARE_REPORT = frozenset({"said", "says", "saying", "say"})
# Verbs a newsroom uses of its own work: speech only from a named person, with "that".
_NEWS_VERBS = frozenset({"reported", "reports"})
# "briefed X that …" reports speech; "briefed X on/about …" names a topic.
# The subject a newsroom's verb may have when it speaks: "a spokesman for the navy reported".
_SPOKES_BEFORE = regex.compile(r"\bspokes(?:person|man|woman)\b[^,.;:\"“”]{0,60}\Z")
_BRIEF_VERBS = frozenset({"briefed", "briefs"})
_BRIEF_TOPIC = regex.compile(r"\b(?:on|about|of|regarding)\b")
_VERB = regex.compile(rf"\b{_SPEECH_VERB}\b")
# A cue's first word: the scan looks words up here before it tries the full pattern.
# ASCII punctuation (and "?", which stands for any other character) to spaces, to split words.
_SPACE_OUT = b".,;:!?\"'()[]{}/*&|<>=+_"
_SPACED = bytes.maketrans(_SPACE_OUT, b" " * len(_SPACE_OUT))
# Where that split parts words: ASCII white space (as ``bytes.split`` reads it) and those marks.
_SPLIT_CHARS = frozenset(" \t\n\r\x0b\x0c" + _SPACE_OUT.decode())
_FIRST = operator.itemgetter(0)
_SECOND = operator.itemgetter(1)
_END_PRIORITY = operator.itemgetter(0, 1)  # of a subject option
_ASCII_WORD = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz")
# The participles that carry speech on (", adding that …"): heads of speech cues, and words
# after which a verb opens no clause of its own.
_PARTICIPLE_LEADS = (
    "adding",
    "noting",
    "stressing",
    "saying",
    "emphasising",
    "emphasizing",
    "underlining",
    "underscoring",
    "pointing",
    "asserting",
    "reiterating",
)
_CUE_HEADS = frozenset(
    [
        "said",
        "says",
        "told",
        "tells",
        "tweeted",
        "tweets",
        "wrote",
        "writes",
        "posted",
        "added",
        "adds",
        "stressed",
        "stresses",
        "noted",
        "emphasised",
        "emphasized",
        "emphasises",
        "emphasizes",
        "stated",
        "underlined",
        "underlines",
        "underscored",
        "underscores",
        "reaffirmed",
        "reaffirms",
        "re-affirmed",
        "affirmed",
        "reiterated",
        "reiterates",
        "asserted",
        "asserts",
        "assessed",
        "assesses",
        "argued",
        "argues",
        "elaborated",
        "explained",
        "explains",
        "observed",
        "remarked",
        "declared",
        "announced",
        "maintained",
        "insisted",
        "highlighted",
        "hoped",
        "mentioned",
        "claimed",
        "warned",
        "vowed",
        "assured",
        "assures",
        "conveyed",
        "expressed",
        "replied",
        "responded",
        "continued",
        "concluded",
        "pointed",
        "points",
        "gave",
        "sought",
        *_PARTICIPLE_LEADS,
        "stating",
        "declaring",
        "explaining",
        "affirming",
        "highlighting",
        "observing",
        "insisting",
        "recalling",
        "remarking",
        "acknowledging",
        "expressing",
        "acknowledged",
        "acknowledges",
        "confirmed",
        "confirms",
        "recalled",
        "revealed",
        "suggested",
        "indicated",
        "admitted",
        "informed",
        "informs",
        "reported",
        "reports",
        "briefed",
        "briefs",
        "voiced",
        "voices",
        "cautioned",
        "disclosed",
        "clarified",
        "commented",
        "contended",
        "opined",
        "say",
        "write",
        "post",
        "share",
        "announce",
        "note",
        "raised",
        "spoke",
        "shared",
        "made",
        "read",
        "reads",
        "proposed",
        "proposes",
        "professed",
        "reminded",
        "specified",
        "states",
        "conceded",
        "pledged",
        "promised",
        "predicted",
    ]
)
_CUE_BYTES = frozenset(h.encode() for h in _CUE_HEADS)
# A verb with a speech noun, before "that": "gave his assurances", "raised concerns",
# "spoke of her hope", "shared his view", "made it clear".
_NOUN_CUE = (
    r"gave\s+(?:his|her|its)\s+assurances?|sought\s+to\s+assure"
    r"|raised\s+(?:(?:his|her|their|its|the|a)\s+)?(?:concerns?|fears?|doubts?|hopes?|questions?"
    r"|alarm)"
    r"|spoke\s+of\s+(?:(?:his|her|their|its|the|a)\s+)?(?:hopes?|belief|conviction|confidence"
    r"|concerns?|fears?|wish|desire|view)"
    r"|shared\s+(?:(?:his|her|their|its|the|a)\s+)?(?:hopes?|belief|view|conviction|concerns?"
    r"|fears?|optimism|assessment)"
    r"|made\s+(?:it\s+)?clear"
)
# Every cue of the document, found in one scan: speech verbs, assurances and participles
# (", adding that …", and bare ", saying …": group ``bare`` is then set, empty).
_CUE = regex.compile(
    rf"\b(?:(?P<verb>{_SPEECH_VERB}|{_NOUN_CUE})"
    r"|(?P<part>[Aa]dding|[Nn]oting|[Ss]tressing|[Ss]aying|[Ee]mphasi[sz]ing|[Uu]nderlining"
    r"|[Uu]nderscoring|[Pp]ointing\s+out|[Aa]sserting|[Rr]eiterating|[Ss]tating|[Dd]eclaring"
    r"|[Ee]xplaining|[Aa]ffirming|[Hh]ighlighting|[Oo]bserving|[Ii]nsisting|[Rr]ecalling"
    r"|[Rr]emarking|[Aa]cknowledging"
    r"|[Ee]xpressing\s+(?:his|her|their|its)\s+(?:belief|hope|confidence|conviction|view)"
    r"(?=\s+that\b))"
    r"(?:\s+that|(?P<bare>)(?=\s+[\p{L}\d])))\b"
)
# Words that may stand between a subject and its speech verb: "also", "in return", "for his
# part", "was quoted by the agency as (saying)", "was cited as (saying)".
_ADV = (
    r"(?:also|further|then|again|once|likewise|later|earlier|today|yesterday|too|meanwhile|here"
    r"|however|in\s+(?:return|turn|response|reply|addition)|(?:on|for)\s+(?:his|her|its|their|our)"
    r"\s+part|\p{Ll}+ly)"
)
_BETWEEN_UNIT = (
    rf"(?:{_ADV}|took\s+to\s+(?:[\p{{L}}'’]+\s+){{1,3}}to|(?:was|is|were|are)\s+{_GLAD}"
    r"|(?:was|is|has\s+been|had\s+been)\s+(?:quoted|cited)"
    r"(?:\s+by\s+[^,.;:\"“”]{1,60}?)?|as)(?=\s|,|\Z)"
)
_BETWEEN = rf"(?:,?\s+{_BETWEEN_UNIT},?)*"

# When or where the words were said, between the speaker and the verb: "X on Monday said",
# "X in an interview with local media said".
_WHEN_SAID = r"""(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day|\s+(?:yesterday|today|earlier|later|recently)
    |\s+(?:in|at|during)\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?
    (?:interview|statement|briefing|conference|speech|address|remarks|meeting|message)
    (?:\s+(?:with|to)\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)?)?"""
# What may stand between a speaker and the verb: "(AFP)", ", Vice Chairman of …,",
# "also", "had", "statement" ("a Defence Ministry statement said").
_GAP = regex.compile(
    r"""\A\)?(?:\s*\([^()]{1,30}\)(?:,(?=\s*\Z))?)?(?:\s*,[^,.;:"“”]{1,120}(?:,[^,.;:"“”]{1,60})?,)?"""
    + _WHEN_SAID
    + r"""(?:,?\s+(?:had|has|have|statement|spokesperson|spokesman|spokeswoman|release|readout|"""
    + _BETWEEN_UNIT
    + r"),?)*\s*\Z",
    regex.VERBOSE,
)
# A comma, then only spaces to the end of the window: either side of an appositive name.
_COMMA_END = regex.compile(r",\s*\Z")
# Before a name set off by commas: the comma, then maybe a rank ("…, Maj Gen A B, said").
_SET_OFF = regex.compile(r",\s*(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\Z")
_COMMA_AND = regex.compile(r",\s*and\s*\Z")
_PRONOUN = regex.compile(r"\b(?:he|she|it)\b", regex.IGNORECASE)
# "the defense chief", "the Chinese defense minister", "German Defense Minister" before a verb.
# Matched right to left ("(?r)"): anchored at the end, it costs the length of the phrase.
_TITLE_NP = regex.compile(
    r"(?r)(?:\b(?:the|The)\s+)?(?:[\p{L}.’'-]+\s+){0,3}(?P<head>chief|minister|secretary|head|envoy"
    r"|ambassador|spokes(?:person|man|woman)|president|premier|commander|chairman|general|admiral"
    r"|(?-i:PM))" + _BETWEEN + r"\s*\Z",
    regex.IGNORECASE,
)
_TITLE_HEADS = (
    "pm",  # (the Prime Minister's initials, in capitals only: "the PM said")
    "chief",
    "minister",
    "secretary",
    "head",
    "envoy",
    "ambassador",
    "spokes",
    "president",
    "premier",
    "commander",
    "chairman",
    "general",
    "admiral",
)
_ORG_HEADS = (
    "ministry",
    "department",
    "mod",
    "mnd",
    "pentagon",
    "forces",
    "force",
    "navy",
    "army",
    "embassy",
    "government",
)
_ORG_NP = regex.compile(
    r"(?:\b(?:the|The|a|an|An|A)\s+)?(?P<org>(?:(?:\p{Lu}[\p{L}-]*|defen[cs]e|foreign|external|home)\s+){0,2}?"
    r"(?:[Mm]inistry(?:\s+of\s+(?:[Nn]ational\s+)?[Dd]efen[cs]e)?|[Dd]epartment|MoD|MND|MOD"
    r"|Pentagon|[Aa]rmed\s+[Ff]orces|[Aa]ir\s+[Ff]orce|[Nn]avy|[Aa]rmy|[Ee]mbassy|[Gg]overnment"
    # a body by its initials, before the document it issued: "a PN press release said"
    r"|\p{Lu}{2,6}(?=\s+(?:press\s+)?(?:statement|release|readout)\b)))"
    r"(?:\s+(?:statement|spokesperson|spokesman|spokeswoman|(?:press\s+)?release|readout))?"
    + _BETWEEN
    + r"\s*\Z"
)
# When or where an organisation's words were given, between it and its verb.
_SAID_WHEN_GAP = regex.compile(
    r"(?r)\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day|(?:in|through)\s+(?:a|an|its)\s+(?:[\p{L}-]+\s+){0,2}?"
    r"(?:statement|release|readout|communiqu[ée]))\s+\Z"
)
# What an organisation before a verb ends with (read right to left from the verb): when
# this fails, so does ``_ORG_NP``, whose leftmost search is dear.
_ORG_TAIL = regex.compile(
    r"(?r)(?:[Mm]inistry|[Dd]epartment|MoD|MND|MOD|Pentagon|[Aa]rmed\s+[Ff]orces|[Aa]ir\s+[Ff]orce"
    r"|[Nn]avy|[Aa]rmy|[Dd]efen[cs]e"
    r"|[Ee]mbassy|[Gg]overnment|\p{Lu}{2,6}(?=\s+(?:press\s+)?(?:statement|release|readout)\b))"
    r"(?:\s+(?:statement|spokesperson|spokesman|spokeswoman|(?:press\s+)?release"
    r"|readout))?" + _BETWEEN + r"\s*\Z"
)
_NAME_BEFORE = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})" + _BETWEEN + r"\s*\Z"
)
# A name the mention stage did not see, set off before the verb by an appositive that
# opens with an office: "Ann Lee, head of the ministry's cooperation department, said".
_APPOSITIVE_NAME = regex.compile(
    r"(?<![\p{L}\d’'.-]\s?)(?P<name>\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]+){1,2}),\s+"
    r"(?:(?:the|a|an)\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?i:head|chief|director|minister|secretary"
    r"|spokes(?:person|man|woman)|commander|deputy|chairman|chairperson|ambassador|adviser"
    r"|advisor|officer|envoy|president)\b[^,.;:\"“”()]{0,120},\s*\Z"
)
_APPOSITIVE_REACH = 200
# A lone capitalised word (no plural) right before the verb, and what may stand before it.
_LONE_NAME = regex.compile(r"(?P<name>\p{Lu}\p{Ll}+[\p{Ll}’'-]*)\s+(?:also\s+)?\Z")
_LONE_NAME_AFTER = regex.compile(r",\s*\Z")
_FIRST_NAME = regex.compile(r"(?<![\p{L}.])\p{Lu}\p{Ll}+\Z")
# Titles before a surname: a person, but no first name.
_TITLE_WORDS = frozenset(
    [
        "Minister",
        "Secretary",
        "President",
        "Premier",
        "General",
        "Admiral",
        "Ambassador",
        "Envoy",
        "Chief",
        "Commander",
        "Colonel",
        "Captain",
        "Major",
        "Lieutenant",
        "Brigadier",
        "Marshal",
        "Commodore",
        "Sergeant",
        "Senator",
        "Governor",
        "Mayor",
        "Chairman",
        "Director",
        "Spokesperson",
        "Spokesman",
        "Spokeswoman",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sir",
        "Dame",
    ]
)
# Capitalised words before a surname that make no first name of a person.
_NOT_FIRST = frozenset(
    [
        "Agency",
        "News",
        "Radio",
        "Television",
        "Press",
        "Times",
        "Post",
        "Daily",
        "Channel",
        "Group",
        "Company",
        "Corporation",
        "Bank",
        "Street",
        "Square",
        "Camp",
        "Fort",
        "Port",
        "Lake",
        "Mount",
        "Saint",
        "San",
        "Santa",
        "New",
        "North",
        "South",
        "East",
        "West",
    ]
)
_NOT_A_NAME = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "It",
        "He",
        "She",
        "They",
        "This",
        "That",
        "These",
        "Those",
        "Officials",
        "Sources",
        "Reports",
        "Ministers",
        "Both",
        "Two",
        "Defence",
        "Defense",
        "Military",
        "Indian",
        "Chinese",
        "US",
        "U.S.",
        "American",
    ]
)
_TEASER = regex.compile(
    r"\s*(?:Also\s+read|Read\s+also|Read\s+more|ALSO\s+READ|READ\s+MORE|Related)\b"
)
# A sentence that lists those present: its first name is not the subject of the discourse.
_ATTENDANCE = regex.compile(
    r"\s*(?:Also\s+(?:present|attending|in\s+attendance|on\s+hand|accompanying|joining)"
    r"|(?:Present|Attending|Accompanying)\s+(?:\p{Ll}+\s+){0,4}?(?:were|was|are|is)"
    r"|Among\s+(?:those|the\s+\p{Ll}+)\s+(?:present|attending)"
    r"|(?:The\s+\p{Ll}+|He|She)\s+(?:was|were)\s+(?:also\s+)?(?:accompanied|joined)\s+by"
    r"|The\s+(?:\p{Ll}+\s+){1,3}?(?:was|were)\s+(?:also\s+)?attended\s+by)\b"
)
_UNNAMED = regex.compile(
    r"\b(?:sources?|officials?|reports?|people|aides?|diplomats?)\b", regex.IGNORECASE
)
_STOP_PUNCT = regex.compile(r"[.;:!?]")
_INDEFINITE = ("a ", "an ", "A ", "An ")
# How far from its verb a speaker may stand, in characters.
_REACH = 300
_LETTER = regex.compile(r"\p{L}")
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\d]")
_LEADING_PRONOUN = regex.compile(r"\s*(?:[\p{L}, ]{0,30},\s*)?(?P<p>[Hh]e|[Ss]he)\b")
_SPACES = regex.compile(r"\s*")
_OPENS_QUOTE = regex.compile(r"\s*[\"“”‘'«]")
_HANDLE_BEFORE = regex.compile(r"(?P<h>@\w{1,30})" + _BETWEEN + r"\s*\Z")
_HANDLE_AFTER = regex.compile(r"\s*(?P<h>@\w{1,30})\b")
# "NEW DELHI:" or "BEIJING, May 8 (Xinhua) --" opening a sentence.
_DATELINE = regex.compile(
    r"\p{Lu}[\p{Lu} .'-]{1,40}(?:(?:,[^:—–]{1,40})?\s*(?::|—|–|--)|,[^:—–]{1,40}?\s-)\s+"
    # "New Delhi, Feb 20 Indian Navy chief ...": a city, its date and no mark
    r"|\p{Lu}[\p{L}.'-]*(?:\s\p{Lu}[\p{L}.'-]*){0,2},\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
    r"|Nov|Dec)[a-z]*\.?\s\d{1,2}(?:,\s\d{4})?\s+(?=\p{Lu})"
)
_SOURCES_OF = regex.compile(
    r"\b(?:sources?|officials?|people|aides?)\s+(?:from|of|at|in|close\s+to)\s+(?:the\s+)?\Z",
    regex.IGNORECASE,
)
_SOURCE_NOUNS = ("source", "official", "people", "aide")  # a match of ``_SOURCES_OF`` holds one
_UNNAMED_AFTER = regex.compile(
    r"\s*(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){1,2}?(?:sources?|officials?)\b", regex.IGNORECASE
)
_ORG_AFTER = regex.compile(
    r"(?:the\s+)?(?P<org>(?:[\p{L}-]+\s+){0,2}?(?:ministry|department|Ministry|Department|Pentagon))\b"
)
# "said a release by Freedonia's Ministry of Information": a body no gazetteer lists,
# named by its head word "Ministry" (or "Department", "Government") and what it is of.
_DOC_BY_MINISTRY = regex.compile(
    r"""(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|release|readout|communiqu[ée])
    \s+(?:(?:issued|released|published)\s+)?(?:by|from|of)\s+(?:the\s+)?
    (?:\p{Lu}[\p{L}-]*(?:’s|'s)\s+)?
    (?P<org>(?:Ministry|Department|Government)\s+of\s+(?:the\s+)?
    (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)\p{Lu}\p{L}+
    (?:\s+(?:and\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)\p{Lu}\p{L}+){0,2})""",
    regex.VERBOSE,
)
_TITLE_AFTER = regex.compile(
    r"(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,3}?(?:chief|minister|secretary|head|envoy|ambassador"
    r"|spokes(?:person|man|woman)|president|premier|commander|chairman|general|admiral)\b",
    regex.IGNORECASE,
)
_NAME_AFTER = regex.compile(r"(?:\p{Lu}\p{L}+\s+){0,2}\p{Lu}\p{L}+")
_PLURAL_BEFORE = regex.compile(r"\b(?:and|&)\s*\Z")

# After the closing mark: "…,” X tweeted after the meeting" / "…,” said X" / "…, according to X".
_AFTER_INVERTED = regex.compile(rf"\A[\s,.:;!?—–-]*{_SPEECH_VERB}\s+")
# "…” This was stated by the minister A B.": the words were said by the one named (after the
# quotation in its sentence, or opening the next one: ``_STATED_BY``).
_STATED_VERBS = r"(?:stated|said|announced|noted|stressed|emphasi[sz]ed|declared|underlined)"
_STATED_BY = regex.compile(
    rf"[ \t]*(?:This|That|These\s+words)\s+(?:was|were)\s+{_STATED_VERBS}\s+by\s"
)
# "…,” according to X" / "according to a statement issued by X".
_AFTER_ACCORDING = regex.compile(
    r"\A[\s,.;—–-]*(?:according\s+to\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|release"
    r"|readout|post|communiqu[ée])\s+(?:(?:issued|released|published|posted)\s+)?(?:by|from|of)\s+)?"
    rf"|(?:this|that|these\s+words)\s+(?:was|were)\s+{_STATED_VERBS}\s+by\s+)",
    regex.IGNORECASE,
)
# "…,” the post read." / "…,” reads a statement on the ministry's website" / "…,” a statement
# by the ministry read.": a text speaks.
_AFTER_READ = regex.compile(
    r"""\A[\s,.;—–-]*(?:(?P<doc>(?:the|his|her|their|its|a|an|The)\s+(?:[\p{L}'’-]+\s+){0,3}?
    (?:post|tweet|message|caption|statement|letter|note|communiqu[ée]|release|readout|document))
    (?:\s+(?:on|in|from|via|by|of)\s+(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+(?:\s+\(\p{Lu}[\p{Lu}&.-]{1,11}\))?)?
    \s+(?:read|reads|said|says|stated|states|added|adds|continued|went\s+on)\b
    |(?:read|reads)\s+(?P<doc>(?:the|his|her|their|its|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?
    (?:post|tweet|message|caption|statement|letter|note|communiqu[ée]|release|readout|document))\b)""",
    regex.VERBOSE,
)
_DOC_SOURCE = regex.compile(r"\s+(?:(?:issued|released|published|posted)\s+)?(?:from|by|of)\s+")
_DOC_TWEET = regex.compile(r"\b(?:post|tweet|caption)\b")
_TITLE_ABBREVIATIONS = "Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Brig|Sgt|Sen|Rep|Gov|Hon"
_ABBREVIATION_DOT = (
    rf"(?<=(?<![\p{{L}}.])(?:{_TITLE_ABBREVIATIONS})|(?<!\p{{L}})\p{{Lu}})\.(?=[ \t]*\p{{L}})"
)
# (an auxiliary or an adverb before the verb is no part of the speaker: "the army had tweeted")
# (the full stop of a title's abbreviation or an initial is in it: "Mr. Lund", "the U.S. envoy")
_AFTER_NORMAL = regex.compile(
    rf"""\A[\s,.:;!?—–-]*(?P<spk>(?:[^.;:"“”‘’«»\n]|(?<=\p{{L}})’(?=s\s)
    |{_ABBREVIATION_DOT}){{1,120}}?)
    \s+(?:(?:had|has|have|also|later|earlier|then|further)\s+){{0,2}}{_SPEECH_VERB}\b""",
    regex.VERBOSE,
)
# The tail after a before-attribution verb, up to the quote: "In another tweet, he said: ”…"
# (``_before_tail``): no mark of these, and maybe one of ``_TAIL_LAST`` before white space.
_TAIL_STOPS = '.;"“”«»'
_TAIL_LAST = (":", ",", "—", "–", "-")

# Channel cues.
_CH_TWEET = regex.compile(
    r"\b(?:tweet(?:ed|s)?|twitter|on\s+x\b"
    r"|t(?:ook|aking|akes)\s+to\s+(?:(?:his|her|their|its)\s+)?(?:x|social\s+media)\b"
    r"|x\s+post|posted|post\s+on|wrote\s+on|retweet|in\s+a\s+post"
    r"|(?:on|via)\s+(?:threads|linkedin|social\s+media)|facebook|instagram|telegram|weibo"
    r"|x\s+(?:account|page|handle|feed))",
    regex.IGNORECASE,
)
_CH_STATEMENT = regex.compile(
    r"\b(?:statement|press\s+release|release|readout|communiqu[ée]|website|spokes(?:person|man|woman)"
    r"|ministry|department|office|letter|op-?ed|opinion\s+piece|column)\b",
    regex.IGNORECASE,
)
_CH_SPEECH = regex.compile(
    r"\b(?:speech|address(?:ing|ed)?|remarks|briefing|press\s+conference|news\s+conference"
    r"|video\s+message|televised|hearing|testimony|testified|at\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?"
    r"(?:forum|summit|dialogue|conference|seminar|symposium|ceremony|parade|rally|event|gala|dinner"
    r"|banquet|reception)|told\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:conference|forum|summit"
    r"|gathering|audience|crowd|seminar|symposium|dialogue|meeting|session|committee|panel"
    r"|assembly)"
    r"|told\s+(?:\p{L}[\p{L}-]*\s+){0,2}?(?:troops|soldiers|servicemen|service\s+members|officers"
    r"|personnel|sailors|marines|airmen|cadets|students|graduates|veterans|lawmakers|legislators"
    r"|parliamentarians|senators|community|diaspora)\b"
    r"|lecture|keynote|told\s+(?:reporters|journalists|the\s+media|media|lawmakers|parliament)"
    r"|(?:told|assured|informed)\s+(?:his|her|their|the)\s+"
    r"(?:visiting\s+|foreign\s+|\p{Lu}\p{L}+\s+)?(?:hosts?|guests?|visitors?|delegation|delegates)"
    r"|(?:told|assured)\s+(?:the\s+)?visiting\b"
    r"|courtesy\s+(?:call|visit)"
    r"|(?:speaking|talking|spoke|talked|remarks?)\s+to\s+(?:the\s+)?(?:reporters|journalists"
    r"|media|press)|to\s+(?:reporters|journalists)|remark"
    r"|on\s+the\s+sidelines|in\s+(?:Japanese|Chinese|Russian|Korean|Hindi|French|German|Spanish"
    r"|Arabic|Tagalog|Filipino|Indonesian|Malay|Vietnamese|Thai|Urdu|Portuguese|Italian))\b",
    regex.IGNORECASE,
)
# Words of ``_CH_TWEET``, ``_CH_INTERVIEW`` and ``_CH_SPEECH``, in lower case, each branch of
# the pattern spelling one of them out: a match holds one of its pattern's words. Where the
# lower-cased text is ASCII and holds none of them, the pattern cannot match. (A text whose
# lower case is ASCII holds no character that matches a letter of another case but the
# Kelvin sign, whose lower case is "k": a match's lower case holds the word.)
_CH_TWEET_WORDS = (
    "tweet",
    "twitter",
    "x",  # "on X", "took to X", "X post", "X account"
    "social",
    "post",
    "wrote",
    "threads",
    "linkedin",
    "facebook",
    "instagram",
    "telegram",
    "weibo",
)
_CH_INTERVIEW_WORDS = (
    "interview",
    "chat",
    "conversation",
    "told",
    "speaking",
    "talking",
    "spoke",
    "talked",
    "remarks",
    "comments",
)
_CH_SPEECH_WORDS = (
    "speech",
    "address",
    "remark",
    "briefing",
    "conference",
    "video",
    "televised",
    "hearing",
    "testi",  # testimony, testified
    "forum",
    "summit",
    "dialogue",
    "seminar",
    "symposium",
    "ceremony",
    "parade",
    "rally",
    "event",
    "gala",
    "dinner",
    "banquet",
    "reception",
    "told",
    "lecture",
    "keynote",
    "assured",
    "informed",
    "courtesy",
    "speaking",
    "talking",
    "spoke",
    "talked",
    "reporters",
    "journalists",
    "sidelines",
    "japanese",
    "chinese",
    "russian",
    "korean",
    "hindi",
    "french",
    "german",
    "spanish",
    "arabic",
    "tagalog",
    "filipino",
    "indonesian",
    "malay",
    "vietnamese",
    "thai",
    "urdu",
    "portuguese",
    "italian",
)
# A person an office word qualifies: "the ministry spokeswoman", "a department official".
_PERSON_OF_OFFICE = regex.compile(
    r"(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?){1,3}?\p{Lu}[\p{L}-]*)?(?:['’]s)?"
    r"\s+(?:spokes(?:person|man|woman)|officials?|sources?|aides?|minister|secretary"
    r"|chief|head|director)\b",
    regex.IGNORECASE,
)
_OFFICE_WORDS = ("ministry", "department", "office")
_HIS_OFFICE = regex.compile(r"\b(?:his|her|their)\s+\Z", regex.IGNORECASE)
_SPOKES_REACH = 40  # characters after "spokesman" that may name its office ("for the ministry")
# A relative clause about a person ("…, said X, who heads the ministry"), up to its end.
_RELATIVE_WHO = regex.compile(r",\s+(?:who|whom|whose)\b[^,;:\"“”]*\Z")
# Those a speaker addresses in person: "told Kenyan troops", "told the Senate defence committee".
_AUDIENCE = (
    r"troops|soldiers|servicemen|servicewomen|service\s+members|officers|personnel|sailors|marines"
    r"|airmen|cadets|students|graduates|veterans|workers|audiences?|crowds?|gatherings?|lawmakers"
    r"|legislators|MPs|parliamentarians|senators|deputies|delegates|delegations?|guests|hosts?"
    r"|community|communities|diaspora|leaders|officials|commanders|counterparts?|committee|panel"
    r"|President|Prime|Minister|Secretary|General|Admiral|Defen[cs]e|Foreign|Chief|Ambassador"
    r"|Army|Navy|Air|Armed|Parliament|Congress|Senate|Assembly|House|Council"
)
_CH_INTERVIEW = regex.compile(
    r"\b(?:interview|in\s+an?\s+(?:exclusive\s+)?(?:chat|conversation)\s+with"
    r"|told\s+the\s+(?:paper|newspaper|daily|weekly|magazine|channel|broadcaster|agency|outlet)"
    r"|told\s+(?:(?:the|a)\s+)?(?:state|national|local|public|private)?\s*(?:television|TV|radio"
    r"|broadcaster)"
    r"|(?:told|(?i:speaking|talking|spoke|talked|in\s+(?:remarks|comments))\s+to)\s+(?:the\s+)?"
    r"(?:local|state|national|regional|foreign|international|domestic|private|public|official"
    r"|government)(?:[\s-]+(?:run|owned|controlled))?\s+(?:media|press|outlets?|news\s*papers?"
    r"|news\s+agenc(?:y|ies)|dailies|journalists|television|TV|radio|broadcaster)"
    r"|told\s+(?:the\s+)?(?!(?:President|Prime|Minister|Secretary|General|Admiral|Defen[cs]e|Foreign"
    r"|Chief|Ambassador|Parliament|Congress|Senate|Lok|Rajya|Diet)\b)"
    # "told Kenyan troops", "told Ugandan President X": an audience or a person, no outlet.
    r"(?!(?:\p{Lu}[\p{L}.’'-]*\s+){1,2}(?:" + _AUDIENCE + r")\b)"
    # "told the U.S. secretary", "told the Israeli minister": a person, in lower case too.
    r"(?!(?:\p{Lu}[\p{L}.’'-]*\s+){1,2}(?:secretary|minister|president|premier|general"
    r"|admiral|chief|ambassador|envoy|commander|counterpart|delegation|hosts?|guests?)\b)\p{Lu})"
)


# "told reporters": one speaker's words to the press, no occasion the others shared.
_TO_REPORTERS = regex.compile(r"\s+(?:reporters|journalists|newsmen|(?:the\s+)?(?:media|press))\b")


# Patterns of rare paths are compiled on first use (import stays fast), once per process.
@functools.cache
def _org_source() -> regex.Pattern[str]:
    return regex.compile(
        # (not "according to his office": a person's office relays his words)
        r"\b(?:with\s+reference\s+to|citing|according\s+to)\s+(?!(?i:his|her|their)\s)"
        r"(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:ministry|department|office|agency|command|forces)\b",
        regex.IGNORECASE,
    )


_CREDIT_LINE = regex.compile(
    r"(?:\A|[.!?]\s+)(?:(?:Press\s+release|Source):?\s+)?(?:the\s+)?(?:Department|Ministry|Office)"
    r"\s+of\s+[\p{L} ]{3,60}\s*\Z"
)
# Any word any channel cue starts with: most attributions name none, and one search says so.
# Grouped by first letter, so that each word start tries one branch (twice as fast as
# one flat alternation of the same words).
_CH_ANY = regex.compile(  # over lower-cased text
    r"""\b(?:a(?:ddress|ssured)
    |b(?:riefing|anquet|roadcaster)
    |c(?:ommuniqu|olumn|onference|eremony|ourtesy)
    |d(?:epartment|ialogue|inner)
    |event
    |f(?:acebook|orum)
    |gala
    |hearing
    |i(?:nterview|nstagram|nformed|n\s+(?:japanese|chinese|russian|korean|hindi|french|german
    |spanish|arabic|tagalog|filipino|indonesian|malay|vietnamese|thai|urdu|portuguese|italian)
    |n\s+an?\s+(?:exclusive\s+)?(?:chat|conversation))
    |journalists
    |keynote
    |l(?:ecture|inkedin|etter)
    |ministry
    |news\s+conference
    |o(?:n\s+x\b|n\s+the\s+sidelines|ffice|p-?ed|pinion)
    |p(?:ost|ress|arade)
    |r(?:etweet|elease|eadout|emark|eporters|ally|eception|adio)
    |s(?:tatement|pokes|peech|peaking|poke|ocial|ummit|eminar|ymposium)
    |t(?:weet|(?:ook|aking|akes)\s+to|witter|old|alking|alked|hreads|elevis|esti|elegram|v)
    |video
    |w(?:rote|ebsite|eibo)
    |x\s+(?:post|account|page|handle|feed))""",
    regex.VERBOSE,
)
# The same pattern for a string of ASCII alone, by the standard library's engine (some three
# times as fast on these windows): there ``\b`` reads the same word characters as ``regex``
# (letters, digits and "_"), and ``\s`` is spelled out as ``regex`` reads it in ASCII (not
# "\x1c" to "\x1f", which ``re`` takes for white space); the pattern holds nothing else
# but literal letters, "-", "?", groups and alternations.
_CH_ANY_ASCII = re.compile(
    _CH_ANY.pattern.replace(r"\s", r"[\t\n\x0b\x0c\r ]"), re.VERBOSE | re.ASCII
)
# (A tuple: ``in`` compares by identity, where a set would hash each member in Python.)
_SETTINGS = (_SPEECH, _STATEMENT, _INTERVIEW)
# "he wrote" after a platform named just before: the words of a post.
_WRITE_VERBS = ("wrote", "writes", "posted", "posts")
# The platforms a post is made on, by name (lower case).
_PLATFORM_NAMES = "facebook|instagram|telegram|twitter|weibo|linkedin"
_PLATFORM = regex.compile(  # over lower-cased text
    rf"\b(?:{_PLATFORM_NAMES}|social\s+media|on\s+x\b"
    r"|x\s+(?:account|page|handle|feed|post))"
)
# "Source: X on Facebook; Y, cited by the ministry." opening a paragraph.
_SOURCE_LINE = regex.compile(r"\s*Sources?\s*:\s*")
_PRESS_RELEASE = regex.compile(r"\bpress\s+release\b|\breadout\b", regex.IGNORECASE)
# A source line at the head of a release reprinted whole: "(Source: Ruritania Ministry of
# Defence; issued March 3, 2020)": a ministry, department or office issued the text.
_ISSUED_BY_BODY = regex.compile(
    r"\(\s*Sources?\s*:[^;()\n]{0,80}?\b(?:Ministry|Department|Office|Government|Embassy)\b"
    r"[^;()\n]{0,60};\s*issued\b"
)
_ISSUED_REACH = 400  # characters at the head of a text read for it

# Titles and names in quotation marks: every word capitalised.
_WORD = regex.compile(r"[^\W_]+")
# ``_span_words`` without the pattern: the marks outside ASCII that news text holds, none
# a letter or digit (tests/test_statements.py checks), and each byte not alphanumeric to a
# space.
_NON_WORD_MARKS = frozenset("‘’“”«»‹›–—…•\u00a0\u2009\u200a\u202f")
# A character that is none of them: its first match stops the test (a set test reads all).
_NOT_A_MARK = regex.compile("[^" + "".join(map(regex.escape, sorted(_NON_WORD_MARKS))) + "]")
_ASCII_BYTES = bytes(range(128))
_SPACE_NON_ALNUM = bytes(c if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(256))
_NOT_ALNUM_BYTES = bytes(c for c in range(128) if not chr(c).isalnum())  # (deleted: none a word)
_NON_SPACE = regex.compile(r"\S")
_SEVEN = 7  # four words take at least seven characters
_FOUR_WORDS = regex.compile(r"[^\W_]++(?:[\W_]++[^\W_]++){3}")
_FOUR_WORDS_HEAD = 48  # characters read without the pattern: four words most often fit
# Small words of titles, and the particles of names ("bin", "al", "van").
_SMALL = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "for",
        "in",
        "on",
        "to",
        "with",
        "at",
        "by",
        "de",
        "la",
        "or",
        "bin",
        "binti",
        "bint",
        "ibn",
        "al",
        "el",
        "van",
        "von",
        "der",
        "den",
        "da",
        "di",
        "du",
        "le",
    ]
)
_LINK = regex.compile(r"\s*(?:pic\.twitter\.com/\S+|https?://\S+)")

# Unmarked forms.
_TURN_LABEL = regex.compile(
    r"(?P<name>\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]*){0,7})"
    r"(?:,\s*(?P<title>[^:\n]{1,100}?))?:\s+(?=\S)"
)
# A turn label alone on its line ("Question:", "Minister:", "Q:"): the paragraphs after it
# are the turn. An interviewer or an answerer is named by none; an office, by its holder.
_LONE_LABEL = regex.compile(
    r"(?:(?P<nobody>Q|A|Question|Answer|Reporter|Journalist|Moderator|Interviewer)"
    r"|(?P<head>(?:Defen[cs]e\s+)?(?:Minister|Secretary)|Spokes(?:person|man|woman)))"
    r"\s*:\s*\Z"
)
_LONE_LABEL_SIZE = 30  # characters of a paragraph that holds a lone label, at most
_NOT_A_SPEAKER = frozenset(
    [
        "SUBJECTS",
        "SUBJECT",
        "TOPICS",
        "TOPIC",
        "QUESTION",
        "QUESTIONS",
        "JOURNALIST",
        "REPORTER",
        "Q",
        "A",
        "NOTE",
        "NOTES",
        "EDITOR",
        "ENDS",
        "UPDATE",
        "WATCH",
        "READ",
        "ALSO",
        "PHOTO",
        "VIDEO",
        "SOURCE",
        "CAPTION",
        "ENDNOTE",
        "DISCLAIMER",
        "MEDIA",
        "CONTACT",
        "RELATED",
        "TAGS",
        "DATE",
        "TIME",
        "LOCATION",
        "VENUE",
        "TRANSCRIPT",
        "AUDIENCE",
        "MODERATOR",
        "UNKNOWN",
        "BACKGROUND",
        "EMAIL",
        "TEL",
        "PHONE",
        "FAX",
        "WEBSITE",
    ]
)
# (The dash may follow a post's link with no space: "pic.twitter.com/AbC— Name (@handle)"; the
# name may hold a bracketed unit: "Press Office (Navy) (@handle)".)
_SIGNATURE = regex.compile(
    r"(?:(?<!\S)|(?<=\b(?:pic\.twitter\.com|t\.co)/\w{1,30}))[—–-]{1,2}\s*"
    r"(?P<name>[^()\n—–]{2,80}?(?:\s*\([^()@\n—–]{1,24}\))?)\s*\((?P<handle>@\w{1,30})\)\s*"
    r"(?P<date>\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4})\s*\Z"
)


@functools.cache
def _news_outlet() -> regex.Pattern[str]:
    return regex.compile(
        r"\A@?(?:ANI|PTI|IANS|Reuters|AFP|AP|Xinhua|TASS|Sputnik|Yonhap|Kyodo|Bernama|UNI|ANINews"
        r"|ANI_news|PTI_News|AFP\w*|Reuters\w*|AP\w*|XHNews|BBC\w*|CNN\w*|NDTV\w*|the_hindu"
        r"|htTweets|timesofindia|IndianExpress|WION\w*|DDNews\w*|ians_india)\Z",
        regex.IGNORECASE,
    )


# A label that opens a quotation: "Quote:", "In his words:".
_QUOTE_LABEL = regex.compile(
    r"\s*(?:Quotes?|Comments?|(?:In\s+)?(?:his|her|their|His|Her|Their)\s+words)\s*:\s*\Z",
    regex.IGNORECASE,
)
_INTRO_TAIL = regex.compile(r"""[^.;:"“”]{0,60}:\s*\Z""")
# A turn in a transcript speaks in the first or second person.
_VOICE = regex.compile(r"\b(?:I|I'm|I’m|I've|I’ve|[Ww]e|[Oo]ur|us|[Mm]y|[Yy]ou|[Yy]our|[Tt]hank)\b")
_FIRST_PERSON = regex.compile(r"\b(?:I|we|We|our|Our|us|my|My|I'm|I’m|we're|we’re)\b")


@functools.cache
def _third_person_verb() -> regex.Pattern[str]:
    return regex.compile(
        rf"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\s+{_SPEECH_VERB}\b|{_SPEECH_VERB}\s+(?:the|he|she)\b"
    )


# Reported speech.
# (A comma in the middle only sets off when or where: "declared on Saturday, in Lima, that".)
_REPORT_THAT = regex.compile(
    rf"""\b(?P<verb>{_SPEECH_VERB}|{_NOUN_CUE})
    (?P<mid>(?:[^.;:,"“”]|,\s+(?:on|in|at|during|after|before|from|via|earlier|later|today
    |yesterday|again|also)\b[^.;:,"“”]{{1,50}},(?=\s+that\b)){{0,90}}?)\s+that\s+""",
    regex.VERBOSE,
)
# A bare clause between "said" and a later "that": a pronoun subject and its finite verb.
_MID_CLAUSE = regex.compile(
    r"\s+(?:he|she|they|it|we)\s+(?:will|would|should|could|can|cannot|may|might|must|shall|is"
    r"|are|was|were|has|have|had|did|does|do)\b"
)
# A finite verb of a subject's own, not a relative clause's, between "said" and "that": the
# clause opens after "said" ("said the ties have been the closest that they have").
_MID_FINITE = regex.compile(
    r"(?<!\b(?:who|which|that|whom)(?:\s+\p{Ll}+ly)?)\s(?:is|are|was|were|has|have|had|will"
    r"|would)\s"
)
# A verb's object that a "that" after it qualifies: "affirmed the importance of the talks
# that support …" (what follows is no clause of speech).
_NOUN_OBJECT = regex.compile(
    r"\s+(?:the|its|their|his|her|our)\s+(?:great\s+|vital\s+|key\s+)?(?:importance|need"
    r"|significance|necessity|role|value)\s+of\b"
)
# A "that" right before a verb is a relative pronoun, no complementizer ("a bond that was
# built"): after "said" and a clause of several words, the clause opens after "said".
_RELATIVE_AFTER = regex.compile(
    r"(?:was|were|is|are|has|have|had|will|would|can|could|may|might|should|must)\b"
)
# When and where words were said, between the verb and a bare clause: "said Thursday",
# "said on Monday", "said in a statement", "said at a joint press conference".
_TIME = (
    r"(?:(?:late|early)\s+)?(?:on\s+)?\p{Lu}\p{Ll}+day(?:\s+(?:morning|afternoon|evening|night))?"
    r"|yesterday|today|tonight|earlier|later|recently|again|also|last\s+(?:week|month|year|night)"
    r"|this\s+(?:week|month|year|morning|afternoon|evening)|on\s+\p{Lu}\p{Ll}+\s+\d{1,2}"
    r"|in\s+(?:late|early|mid-?)\s*\p{Lu}\p{Ll}+"
)
_SETTING = (
    r"(?:in|at|during|after|following|on|via|through)\s+(?:a|an|the|his|her|their|its)\s+"
    r"(?:[\p{L}-]+\s+){0,3}?(?:statement|conference|briefing|interview|speech|address|remarks"
    r"|meeting|talks|call|post|tweet|message|readout|release|sidelines)"
)
_REPORT_BARE = regex.compile(
    rf"""\b(?P<verb>{_SPEECH_VERB})(?P<mid>(?:,?\s+(?:{_TIME}|{_SETTING})\b)*),?\s+(?=[\p{{L}}\d])"""
)
# Words after which a "said" does not open a clause.
_NOT_CLAUSE = regex.compile(
    r"""(?:in|on|at|during|after|before|while|when|with|to|of|for|as|by|from|via|through|earlier
    |later|today|yesterday|recently|last|this\s+week|here|so|nothing|little|much|more|goodbye|sorry
    |thanks|(?:special|heartfelt|sincere|warm|many|big)\s+thanks|hello|yes|no|without|and|or|but
    |that|including|notably|especially|particularly|adding|noting|stressing|saying|emphasi[sz]ing
    |underlining|underscoring|pointing|asserting|reiterating|according|citing|referring
    |issued|released|posted|published|summari[sz]ing|outlining|detailing|describing)\b
    (?![’']s\b)  # (but "said today's meeting covered …": a possessive opens the clause)""",
    regex.VERBOSE,
)
# The first word of each branch of ``_NOT_CLAUSE`` (tests/test_statements.py checks).
_NOT_CLAUSE_FIRST = frozenset(
    [
        "in",
        "on",
        "at",
        "during",
        "after",
        "before",
        "while",
        "when",
        "with",
        "to",
        "of",
        "for",
        "as",
        "by",
        "from",
        "via",
        "through",
        "earlier",
        "later",
        "today",
        "yesterday",
        "recently",
        "last",
        "this",
        "here",
        "so",
        "nothing",
        "little",
        "much",
        "more",
        "goodbye",
        "sorry",
        "thanks",
        "special",
        "heartfelt",
        "sincere",
        "warm",
        "many",
        "big",
        "hello",
        "yes",
        "no",
        "without",
        "and",
        "or",
        "but",
        "that",
        "including",
        "notably",
        "especially",
        "particularly",
        *_PARTICIPLE_LEADS,
        "according",
        "citing",
        "referring",
        "issued",
        "released",
        "posted",
        "published",
        "summarising",
        "summarizing",
        "outlining",
        "detailing",
        "describing",
    ]
)
# A bare clause after a verb other than "said": a short subject, then a finite auxiliary
# ("emphasized the two armies will …"); "stressed the need to …" is no clause.
_CLAUSE_AHEAD = regex.compile(
    r"""(?:the|a|an|this|these|those|its|their|his|her|our|both|all|each|it|they|he|she|we
    |\p{Lu}[\p{L}.'’-]*|\d[\d,.]*)
    (?:\s+(?!(?:that|which|who|whom|whose|to|for|of)\b)[\p{L}\d'’.-]+){0,6}?
    \s+(?:will|would|should|could|can|cannot|may|might|must|shall|is|are|was|were|has|have|had
    |remains|remained|continues|continued)\b""",
    regex.VERBOSE,
)
# A bare clause after a verb other than "said" that opens on a subject pronoun and a verb in
# the past: "added he welcomed the ships", "stressed they agreed on the drills".
_PRONOUN_PAST = regex.compile(
    r"(?:he|she|they|we)\s+(?:also\s+|had\s+)?(?:\p{Ll}{2,}ed|felt|found|took|gave|made|held"
    r"|met|thought|knew|sought|brought|saw|spoke|told|said)\b"
)
# The same with a subject in capitals (a name, a country, a force), after a participle:
# ", noting the Royal Navy and the Coast Guard sent ships to the drill".
_NAMED_PAST = regex.compile(
    r"(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,5}"
    r"\s+(?:also\s+)?(?:\p{Ll}{2,}ed|sent|held|made|gave|took|met|sought|brought|built|bought"
    r"|sold|won|led|spent)\b"
)
# A source named after an inverted verb: "says a message posted on …", "said a statement".
_SOURCE_NP = regex.compile(
    r"(?:a|an|the|this|that)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:message|statement|post|report|release"
    r"|readout|communiqu[ée]|note|letter|document|notice|website|source|dispatch|bulletin)\b"
)
# What every match of ``_SOURCE_NP`` holds, as it is spelt there (the pattern minds case).
_SOURCE_NP_NOUNS = (
    "message",
    "statement",
    "post",
    "report",
    "release",
    "readout",
    "communiqu",
    "note",
    "letter",
    "document",
    "notice",
    "website",
    "source",
    "dispatch",
    "bulletin",
)
_SOURCE_FIRST = frozenset(["a", "an", "the", "this", "that"])  # (``_SOURCE_NP``'s first words)
_REPORT_TOLD = regex.compile(
    r"""\b(?P<verb>told|tells)(?P<mid>\s+(?:[\p{L}.'’-]+\s+){1,8}?(?:yesterday|today
    |on\s+\p{Lu}\p{Ll}+)?)\s*that\s+""",
    regex.VERBOSE,
)
# "told reporters the two sides would …", "told Reuters on Monday the deal was …", "told his
# Danish counterpart the navies will …", "told the news agency TT the talks were …".
_REPORT_TOLD_BARE = regex.compile(
    rf"""\b(?P<verb>told|tells)(?P<mid>\s+(?:reporters|journalists|(?:the\s+)?(?:media|press)
    |lawmakers|parliament
    |(?:his|her|their|its)\s+(?:[\p{{L}}-]+\s+)?counterparts?
    |(?:the\s+)?(?:[\p{{L}}-]+\s+){{0,2}}?(?:news\s+agency|newspaper|daily|broadcaster)
    (?:\s+\p{{Lu}}[\p{{L}}.'’-]*){{0,3}}
    |(?:the\s+)?\p{{Lu}}[\p{{L}}.'’-]*)(?:,?\s+(?:{_TIME}|{_SETTING})\b)*),?
    \s+(?=[\p{{L}}\d])""",
    regex.VERBOSE,
)
_INVERTED_LEAD = regex.compile(r""".*,[”"’']?\s*\Z""", regex.DOTALL)
# The characters ``\s`` matches (none lies past U+3000), and the marks ``_INVERTED_LEAD``
# lets by after its comma.
_WHITE_SPACE = "".join(c for c in map(chr, range(0x3001)) if regex.match(r"\s", c))
_LEAD_QUOTES = ("”", '"', "’", "'")
_INVERTED_TAIL = regex.compile(
    r"""\s+[^,;:"“”]{1,130}?\s*(?:,?\s+(?:adding|noting|stressing)\s+that\s.*)?[.!?]?\s*\Z""",
    regex.DOTALL,
)
_NORMAL_TAIL = regex.compile(
    r"""(?:\s+(?:reporters|journalists|(?:the\s+)?media|lawmakers|[Pp]arliament
    |(?:the\s+)?\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+){0,3}
    |(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:news\s+agency|agency
    |newspaper|daily|weekly|broadcaster|radio|television|TV|outlet|media|press|magazine
    |counterpart|counterparts|audience|troops|delegates|lawmakers
    |meeting|conference|forum|summit|gathering|session|seminar|symposium|briefing)
    (?:\s+\p{Lu}[\p{L}.-]*){0,3}))?
    (?:\s+(?:on|in|at|during|after|before|without|while|when|from|via|to|through|with|earlier|later
    |today|yesterday|last|this|here|also|again|\p{Ll}+ly|\p{Lu}\p{Ll}+day|\d)\b[^,;:"“”]{0,100}?)?
    \s*(?:,?\s+(?:adding|noting|stressing)\s+that\s.*)?[.!?]?\s*\Z""",
    regex.DOTALL | regex.VERBOSE,
)
# The same pattern for a tail of ASCII alone, by the standard library's engine (two to three
# times as fast), as ``_CH_ANY_ASCII``: ``\s`` spelled out as ``regex`` reads it in ASCII,
# and each letter class as the ASCII letters it holds (``\d``, ``\b`` and ``.`` read alike).
_NORMAL_TAIL_ASCII = re.compile(
    _NORMAL_TAIL.pattern.replace(r"\s", r"[\t\n\x0b\x0c\r ]")
    .replace(r"\p{Lu}", "[A-Z]")
    .replace(r"\p{Ll}", "[a-z]")
    .replace(r"\p{L}", "A-Za-z"),  # (only inside a class: "[\p{L}.-]", "[\p{L}-]")
    re.ASCII | re.DOTALL | re.VERBOSE,
)


def _normal_tail(tail: str) -> bool:
    """Whether ``_NORMAL_TAIL`` matches ``tail`` (by ``_NORMAL_TAIL_ASCII`` when ASCII)."""
    if tail.isascii():
        return _NORMAL_TAIL_ASCII.match(tail) is not None
    return _NORMAL_TAIL.match(tail, None, None, _SERIAL) is not None


# (The one told may be a newsroom or an audience described: "…, X told the Swedish news
# agency TT", "…, X told state broadcaster SVT", "…, X told his Danish counterpart".)
# Marks that ``_INVERTED_TAIL`` and ``_NORMAL_TAIL`` only let by in a closing "adding that …".
_TAIL_BREAKS = ',;:"“”'
_TAIL_PARTICIPLES = ("adding", "noting", "stressing")
# Where a reported clause ends: a participle, a quotation mark, the speaker's next act
# ("…, and thanked B"), or a trailing circumstance (", following talks in …").
# The clause cuts, grouped by their first character (a quotation mark, ";", "," or white
# space) so that each position tries only the branches that can start there; within a
# group the branches keep their order (the first that matches wins, as in one alternation).
_CUT_PARTICIPLE = r"[\s,]+(?:adding|noting|stressing)\s+that\s"
# The acts after "and"/"but" that open a clause of the same speaker (also a censure: "said
# that Oslo was ready to help and condemned the raids": the raids are no part of the clause).
_CUT_VERBS = r"""thanked|welcomed|praised
    |expressed|invited|urged|called|congratulated|commended|reiterated|stressed|emphasi[sz]ed|noted|added|highlighted
    |said|pledged|vowed|announced|offered|extended|conveyed|appreciated|lauded|hailed|acknowledged
    |reaffirmed|underlined|underscored|assured|promised|affirmed|told|asked|met|held|visited
    |showcased|unveiled|inspected|toured|laid|appealed|encouraged|requested|sought|proposed
    |suggested|recommended|voiced|renewed|restated|repeated|declared|disclosed|revealed|explained
    |insisted|recalled|wished|directed|instructed|presented|handed|signed|warned|cautioned|conceded
    |admitted|maintained|argued|went\s+on\s+to|hoped|described|termed|outlined|briefed
    |condemned|denounced|critici[sz]ed|deplored|rejected"""
_CUT_AND = rf"""
    ,?\s+(?:and|but)\s+(?:(?:also|then|later|therefore|thus|hence|so|further|accordingly
    |consequently|subsequently|finally|in\s+turn|\p{{Ll}}+ly),?\s+)?(?:{_CUT_VERBS})\b"""
# The first word of each of those acts, as bytes: a "…, and thanked" cut holds "and" or "but",
# then one of them, each a word of its own (``_span_words`` splits alike).
_CUT_VERB_WORDS = frozenset(
    word.encode()
    for verb in _CUT_VERBS.split("|")
    for first in [verb.split("\\")[0].strip()]
    for word in (first.replace("[sz]", "s"), first.replace("[sz]", "z"))
)


# A quotation that opens with a verb in the past: "“held talks …”", "“met the envoy …”".
_PAST_FIRST = regex.compile(
    r"\s*(?:\p{Ll}+ed|held|met|made|gave|took|paid|sought|spoke|saw|brought|agreed|discussed)\b"
)
_NOT_PAST = frozenset(
    {"need", "speed", "seed", "feed", "breed", "bed", "red", "shed", "reed", "indeed", "proceed"}
    | {"exceed", "succeed", "hundred", "embed", "wed", "greed", "deed", "creed", "sacred"}
)
# What stands right before such a quotation: "and", or the last word of its subject (not
# an auxiliary, a preposition or an article: "has “signed”", "the “agreed” plan").
_PREDICATE_BEFORE = regex.compile(
    r"(?:\band|(?<![\p{L}’'-])(?!(?:to|will|would|shall|should|can|could|may|might|must|be|been"
    r"|being|was|were|is|are|has|have|had|the|a|an|of|for|as|by|with|in|on|at|from|that|which"
    r"|who|also|not|and|or|its|his|her|their|our|this|these|those|what|fully)\b)"
    r"[\p{L}’'.-]+,?)\s*[\"“”‘'«]?\s*\Z"
)


def _clause_cut(joins: bool) -> regex.Pattern[str]:
    """Where a reported clause ends; without the "…, and thanked" cuts unless ``joins``."""
    join = f"|{_CUT_AND}" if joins else ""
    return regex.compile(
        rf"""["“”«]
    |;\s+(?:he|she|they|it)\s
    |(?=,)(?:{_CUT_PARTICIPLE}
    |,\s+(?:adding|saying|noting|stressing)\s
    |,\s+expressing\s+(?:his|her|their|its)\s+(?:belief|hope|confidence|conviction|view)\s+that\s
    |,\s+(?:before|while|whilst|as\s+well\s+as)\s+(?:also\s+)?\p{{Ll}}{{2,}}ing\b
    {join}
    |(?<=\p{{Lu}}\p{{Ll}}+),\s+(?:the|a|an)\s+(?:former|late|then|retired|ousted|exiled|jailed|deposed
    |ex-)\b
    |,\s+(?:following|during|ahead\s+of|on\s+the\s+sidelines\s+of|according\s+to|referring\s+to
    |alluding\s+to|citing|in\s+reference\s+to)\b)
    |(?=\s)(?:{_CUT_PARTICIPLE}
    {join}
    |\s+(?:following|after|during)\s+(?:a|an|the|his|her|their|its)\s+(?:(?!(?:and|or)\s)[\p{{L}}-]+\s+){{0,6}}?
    (?:meeting|talks|call|visit|summit|conference|session|discussions?|consultations)\b)""",
        regex.VERBOSE,
    )


_CLAUSE_CUT = _clause_cut(joins=True)
# The same where no "…, and thanked" cut can be: a branch that never matches, left out.
_CLAUSE_CUT_ALONE = _clause_cut(joins=False)
# A mark or a word that each branch of ``_CLAUSE_CUT_ALONE`` holds: each word stands between
# characters that are no ASCII letter or digit, so it is a word of the sentence's ASCII split
# (``cut_after``; "ex-" is the word "ex" there).
_CUT_MARKS = ('"', "“", "”", "«", ";")
_CUT_WORDS = frozenset(
    word.encode()
    for word in (
        "after",
        "during",
        "following",
        "adding",
        "noting",
        "stressing",
        "saying",
        "expressing",
        "before",
        "while",
        "whilst",
        "well",
        "former",
        "late",
        "then",
        "retired",
        "ousted",
        "exiled",
        "jailed",
        "deposed",
        "ex",
        "ahead",
        "sidelines",
        "according",
        "referring",
        "alluding",
        "citing",
        "reference",
    )
)
# The word right after the leading run of white space and commas of every branch of
# ``_CLAUSE_CUT`` that starts with no mark of ``_CUT_MARKS`` (each one followed by white
# space or a word's end, so a whole word).
_CUT_LEADS = frozenset(
    {"adding", "noting", "stressing", "saying", "expressing", "before", "while", "whilst", "as"}
    | {"and", "but"}
    | {"the", "a", "an", "following", "during", "after", "ahead", "on", "according"}
    | {"referring", "alluding", "citing", "in"}
)
# Those of them whose every branch opens with a comma (", the former", ", in reference to",
# ", saying"): a cut before them starts at a comma of the run.
_CUT_LEADS_COMMA = frozenset(
    {"saying", "expressing", "before", "while", "whilst", "as", "the", "a", "an", "ahead", "on"}
    | {"according"}
    | {"referring", "alluding", "citing", "in"}
)
# An adverb that leads from a clause into a quotation: "…, most notably, he said, “…”".
_LEAD_ADVERB = regex.compile(
    r",\s+(?:(?:most|more|and|but)\s+)?(?:\p{Ll}+ly|in\s+particular|above\s+all|for\s+(?:example"
    r"|instance)|among\s+others|including)\s*\Z"
)
# What joins a second speaker's clause to the first: "…, while B said", "… and B noted".
_JOIN_BEFORE = regex.compile(
    r"(?:,\s*(?:(?:while|whereas|and|but|although|though)\s+)?|\s+(?:while|whereas|and|but)\s+)"
    r"(?:the\s+)?\Z"
)
_AND_SUBJECT = regex.compile(
    r"(?:,\s*(?:and|but)\s+(?:\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}|he|she|they)"
    r"|\s+(?:and|but)\s+(?:he|she|they))\s+(?:also\s+)?\Z"
)
# Every match of ``_JOIN_BEFORE`` and ``_AND_SUBJECT`` holds one of these.
_JOIN_WORDS = (",", "and", "but", "while", "whereas")
_DANGLING_AND = regex.compile(r",?\s+(?:and|or)\Z")
_CONJUNCT_BEFORE = regex.compile(r"(?:\b(?:and|or)|,)\s*\Z")
# After a quoted fragment, the clause goes on: a space, then a word in lower case or a digit.
_CLAUSE_GOES_ON = regex.compile(r"[ \t]+[\p{Ll}\d]")
_AUX_END = regex.compile(
    r"(?r)\b(?:is|are|was|were|be|been|being|will|would|shall|should|can|could|may|might|must|has|have"
    r"|had|to|remains|remained)\s*\Z"
)
# A word after which "saying" (with no comma) still opens speech: not a preposition or verb.
_WORD_BEFORE = regex.compile(
    r"(?<!\b(?:without|by|for|of|about|after|before|from|on|in|at|keep|kept|stop|stopped|start"
    r"|started|avoid|avoided|mind|enjoy|is|was|were|are|be|been|mean|means|meant|like|liked)\s)"
    r"\b\p{L}[\p{L}\d'’-]*\s*\Z"
)
# "… and said …": the verb shares the sentence's subject.
# Two people as one subject right before the verb: "The Secretary and the Minister".
_JOINT_SUBJECT = regex.compile(
    r"(?:^|[.,;:]\s+)(?:the\s+)?\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,3}\s+and\s+"
    r"(?:the\s+|his\s+|her\s+)?(?:\p{Lu}[\w.'’-]*|counterpart)(?:\s+\p{Lu}[\w.'’-]*){0,5}"
    r"\s+(?:also\s+|jointly\s+|both\s+)?\Z"
)
_JOINT_BEFORE = regex.compile(
    r"(?:(?<![\p{L}-])[Bb]oth\s+(?:the\s+)?\p{Lu}[^.;:\"“”]{0,80}?\s+and\s+\p{Lu}"
    r"|\band\s+(?:his|her)\s+(?:\p{L}+\s+){0,2}counterparts?\s+\p{Lu})"
)
# A participle that leads into a speaker's words before the speaker: "Calling it “…”, X …".
_CALLING = regex.compile(
    r"\s*(?:Calling|Describing|Terming|Labell?ing)\s+(?:it|them|this|(?:the|their|his|her)"
    r"\s+[\p{L}-]+)(?:\s+as)?\s*\Z"
)
# "…, which X said sends …": a relative pronoun before the speaker, a finite verb after.
_RELATIVE_SUBJECT = regex.compile(r"(?:,\s+|\s)(?:which|who)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\Z")
_FINITE_AFTER = regex.compile(
    r"\s(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must"
    r"|\p{Ll}{3,}(?<!ss|is|us)s)\s"
)
_AND_NAME_AFTER = regex.compile(
    r"\s+and\s+(?:(?:his|her|the)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}?(?:\p{Lu}[\p{L}.'’-]*"
    r"|counterparts?)\s+(?:\p{Ll}+ly\s+|also\s+|jointly\s+)?\p{Ll}+ed\b"
)
_AND_BEFORE = regex.compile(r"(?:,?\s+|\A)(?:and|but)(?:\s+(?:also|then|later|further))?\s*\Z")
# A fronted phrase with no finite verb ("At a press conference after the talks") is no clause.
_FINITE = regex.compile(
    r"\b(?:will|would|should|could|can|cannot|may|might|must|shall|is|are|was|were|has|have|had"
    r"|\p{Ll}{2,}ed|remains|needs|continues"
    # (the irregular pasts of narration: "In 1990, Oslo bought two ships, X said")
    r"|bought|sold|sent|gave|took|made|held|met|began|became|came|went|led|left|saw|built"
    r"|fought|won|lost|paid|kept|brought|found|spent|grew|rose|fell|stood|sought|taught"
    r"|knew|wrote|chose|broke|flew|drove|shot|struck|got|laid|meant|told|said|did)\b"
)
_FRONTED = regex.compile(
    r"(?:At|In|On|During|Following|After|Before|Speaking|Addressing|Ahead|Amid|While|When|Upon"
    r"|Later|Earlier)\b"
)
# A subject that points back to a body already quoted: "the statement said", "officials added".
_BACK_REFERENCE = regex.compile(
    r"(?:\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:joint\s+|official\s+|written\s+|press\s+)?(?P<ref>statement"
    r"|readout|release|communiqu[ée]|document)|(?:\A|[,;]\s*|\b[Tt]he\s+)(?P<ref>[Oo]fficials))"
    + _BETWEEN
    + r"\s*\Z"
)
# The same text after its verb, nothing named after it: "…, read the statement."
_BACK_AFTER = regex.compile(
    r"\s+(?:the|this|that)\s+(?:joint\s+|official\s+|written\s+|press\s+)?(?P<ref>statement|readout"
    r"|release|communiqu[ée])\s*[.!?]?\s*\Z"
)
_BACK_WORDS = ("statement", "readout", "release", "communiqu", "document", "fficials")
# "the CS said": an office by its initials.
# Who issued a release: "a press release of ISPR", "a statement issued by the Defence Ministry".
_ISSUED_BY = regex.compile(
    r"\b(?:statement|release|readout|communiqu[ée])\s+(?:(?:issued|released|published)\s+)?"
    r"(?:by|of|from)\s+(?:the\s+)?(?P<org>\p{Lu}[\p{L}’'&-]*(?:\s+(?:of\s+|for\s+|and\s+)?"
    r"\p{Lu}[\p{L}’'&-]*){0,5})"
)
# A spokesperson named after the office: "the Deputy Spokesperson for the Pentagon, Ann Lee".
_SPOKESPERSON_NAMED = regex.compile(
    r"\b[Ss]pokes(?:person|man|woman)\b[^.,;:\n\"“”]{0,60},\s+"
    r"(?P<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})\b"
)
_SPOKESPERSON_AFTER = regex.compile(r"\s+spokes(?:person|man|woman)\b", regex.IGNORECASE)
# (also an acronym that keeps the small word's letter: "the CoM" for a Council of Ministers)
_ACRONYM_BEFORE = regex.compile(
    r"\b(?:the|The)\s+(?P<a>\p{Lu}{2,5}|\p{Lu}(?:\p{Ll}?\p{Lu}){1,3})" + _BETWEEN + r"\s*\Z"
)
# An acronym with the small words' letters in lower case: "CoM" (Council of Ministers), "HoPR".
_MIXED_ACRONYM = regex.compile(r"\p{Lu}(?:\p{Ll}?\p{Lu}){1,4}")
_CH_STATEMENT_WORD = regex.compile(
    r"\b(?:statement|press\s+release|release|readout|communiqu[ée])\b", regex.IGNORECASE
)


# "said this after the talks": "this" points back to the sentence before.
# A sentence about several actors at once: "The defence ministers of A and B …", "Both sides".
_PLURAL_ACTORS = regex.compile(
    r"(?:\([^()]{1,40}\)\s*)?(?:The|Both|the|both)\s+(?:[\p{L}-]+\s+){0,3}?(?i:ministers|sides"
    r"|leaders|chiefs|officials|delegations|commanders|generals|admirals|secretaries)\b"
)
_THIS_AFTER = regex.compile(
    r"\s+this(?:\s*[,.;]|\s+(?:after|when|while|during|at|in|on|following|before|as|upon"
    r"|shortly|today|yesterday)\b)"
)

_FORWARD_TOLD = (_REPORT_THAT, _REPORT_TOLD, _REPORT_TOLD_BARE)
_FORWARD_OTHER = (_REPORT_THAT, _REPORT_BARE)


# ---------------------------------------------------------------------------
# Context


_START_END = operator.attrgetter("start", "end")
_START_OF = operator.attrgetter("start")


class _Ref(NamedTuple):
    """Who speaks: an actor, a pronoun to resolve later, or nobody (``_NOBODY``, by identity)."""

    actor: Actor | None = None
    pronoun: str = ""
    span: tuple[int, int] | None = None
    org: bool = False


_NOBODY = _Ref()


class _Candidate(NamedTuple):  # a plain tuple: built for every reading, cheaply
    start: int
    end: int
    ref: _Ref
    kind: StatementKind
    channel: Channel
    cue: tuple[int, int] | None
    anchor: int  # where the attribution sits: pronouns resolve from here


_ANCHOR_START = operator.itemgetter(6, 0)  # a candidate's ``anchor``, then ``start``
_ANCHOR = operator.itemgetter(6)


@attrs.define(slots=True)
class _Ctx:
    """The text, its mentions and quotations, with sorted offsets for bisection."""

    text: Text
    mentions: Mentions
    quotes: Quotes
    _q_open: list[int] = attrs.field(init=False)
    _q_end: list[int] = attrs.field(init=False)
    _q_items: Sequence[Quote] = attrs.field(init=False)
    # Where each sentence and paragraph starts: ``bisect`` on them, without the ``Text``
    # method calls (``sentence_index`` and ``sentence_of`` are one and two Python calls).
    sent_starts: list[int] = attrs.field(init=False)
    para_starts: list[int] = attrs.field(init=False)
    _people: list[PersonMention] = attrs.field(init=False)
    _p_start: list[int] = attrs.field(init=False)
    _orgs: list[OrgMention] = attrs.field(init=False)
    _o_start: list[int] = attrs.field(init=False)
    _countries: list[CountryMention] = attrs.field(init=False)
    _c_start: list[int] = attrs.field(init=False)
    _verbs: list[regex.Match[str]] = attrs.field(init=False)
    _v_start: list[int] = attrs.field(init=False)
    _v_end: list[int] = attrs.field(init=False)
    _parts: list[regex.Match[str]] = attrs.field(init=False)
    _pt_start: list[int] = attrs.field(init=False)
    low: str = attrs.field(init=False)
    # Whether a word of ASCII letters matches a case-blind pattern exactly where ``low``
    # holds it: no "İ" or "ſ", which case folding also reads as "i" and "s".
    plain: bool = attrs.field(init=False)
    _cuts: dict[int, list[regex.Match[str]]] = attrs.field(init=False, factory=dict)
    subjects: dict[tuple[int, int], _Ref | None] = attrs.field(init=False, factory=dict)
    titles: dict[tuple[int, int], regex.Match[str] | None] = attrs.field(init=False, factory=dict)
    fallbacks: dict[tuple[int, int, bool], _Ref | None] = attrs.field(init=False, factory=dict)
    # The full names a surname is given with in the text (``_full_name_before``): the
    # offsets of those places and the names, by surname.
    full_names: dict[str, tuple[list[int], list[str]]] = attrs.field(init=False, factory=dict)
    handle_actors: dict[str, Actor] = attrs.field(init=False, factory=dict)  # ``_handle_actor``
    # Who holds the floor in a sentence, up to a place (``_walk_back``): None for nobody.
    floor: dict[tuple[int, int], _Ref | None] = attrs.field(init=False, factory=dict)
    # The speaker an office names (``_title_ref``), by the spans of its match and head.
    title_refs: dict[tuple[tuple[int, int], ...], _Ref] = attrs.field(init=False, factory=dict)
    # The people named beside a subject (``_people_beside``), by window.
    beside: dict[tuple[int, int], list[int]] = attrs.field(init=False, factory=dict)
    _pron: list[regex.Match[str]] | None = attrs.field(init=False, default=None)
    _pron_start: list[int] = attrs.field(init=False, factory=list)
    _pron_asked: int = attrs.field(init=False, default=0)
    # The pronouns of a sentence (``pronouns_in``), and their starts, by the sentence's index.
    _sentence_pron: dict[int, tuple[list[regex.Match[str]], list[int]]] = attrs.field(
        init=False, factory=dict
    )
    _actor_words: list[tuple[Actor, frozenset[str]]] | None = attrs.field(init=False, default=None)
    _source_nouns: tuple[str, ...] | None = attrs.field(init=False, default=None)
    _source_asked: int = attrs.field(init=False, default=0)  # (``may_name_source``)
    _document_nouns: tuple[str, ...] | None = attrs.field(init=False, default=None)
    _doc_asked: int = attrs.field(init=False, default=0)  # (``may_name_document``)
    _colons: list[int] | None = attrs.field(init=False, default=None)
    spelled: dict[str, Actor | None] = attrs.field(init=False, factory=dict)  # by acronym
    _bare_upto: list[int] | None = attrs.field(init=False, default=None)
    # The press bodies the text names ("Inter Services Public Relations"), read on first need.
    _press: list[regex.Match[str]] | None = attrs.field(init=False, default=None)
    _that_at: list[int] | None = attrs.field(init=False, default=None)
    heads: dict[tuple[str, Country | None], Actor | None] = attrs.field(init=False, factory=dict)
    # The one actor whose title holds an office (``_office_holder``, ``_qualified_holder``,
    # ``_resolve``), by the office's head word, its set of words, or its head word and
    # country code: a long text names the same offices often, and each answer reads every
    # actor.
    holders: dict[str | frozenset[str] | tuple[str, str], Actor | None] = attrs.field(
        init=False, factory=dict
    )

    def __attrs_post_init__(self) -> None:
        self.low = self.text.lower if self.text.lower is not None else _lower(self.text.text)
        self.plain = self.text.lower is not None and "ſ" not in self.low
        cues = _cues(self.text, self.low)
        # A cue is a verb (group ``verb``) or a participle (``part``, then maybe ``bare``).
        self._verbs = []
        self._parts = []
        for m in cues:
            (self._verbs if m.lastgroup == "verb" else self._parts).append(m)
        self._v_start = [m.start() for m in self._verbs]
        self._v_end = [m.end() for m in self._verbs]
        self._pt_start = [m.start() for m in self._parts]
        self._q_open = self.quotes.open
        self._q_end = self.quotes.end
        self._q_items = self.quotes.items
        self.sent_starts = list(map(_FIRST, self.text.sentences))
        self.para_starts = list(map(_FIRST, self.text.paragraphs))
        self._people, self._p_start = _in_order(self.mentions.people)
        self._orgs, self._o_start = _in_order(self.mentions.organisations)
        self._countries, self._c_start = _in_order(self.mentions.countries)

    def actor_words(self) -> list[tuple[Actor, frozenset[str]]]:
        """Each actor with the words of its name (lower case, two letters or more)."""
        if self._actor_words is None:
            self._actor_words = [
                (a, frozenset(w.lower() for w in _words(a.name) if len(w) > 1))
                for a in self.mentions.actors
            ]
        return self._actor_words

    def cut_after(self, start: int, stop: int) -> regex.Match[str] | None:
        """The first clause cut in ``[start, stop)``, from one scan of its sentence."""
        s0, s1 = _span_at(self.text.sentences, self.sent_starts, start)
        found = self._cuts.get(s0)
        if found is None:
            body = self.text.text
            sentence = body[s0:s1]
            words = sentence.encode("ascii", "replace").translate(_SPACE_NON_ALNUM).split()
            if (b"and" in words or b"but" in words) and not _CUT_VERB_WORDS.isdisjoint(words):
                found = self._scan_cuts(_CLAUSE_CUT, s0, s1)
            elif not _CUT_WORDS.isdisjoint(words) or any(map(sentence.__contains__, _CUT_MARKS)):
                found = self._scan_cuts(_CLAUSE_CUT_ALONE, s0, s1)
            else:
                found = []  # every other cut holds one of ``_CUT_WORDS`` or ``_CUT_MARKS``
            self._cuts[s0] = found
        i = bisect.bisect_left(found, start, key=regex.Match.start)
        if i < len(found) and found[i].end() <= stop:
            return found[i]
        return None

    def _scan_cuts(self, pattern: regex.Pattern[str], s0: int, s1: int) -> list[regex.Match[str]]:
        """``list(pattern.finditer(text, s0, s1))``, a clause cut pattern tried where cuts start.

        A cut starts at a mark of ``_CUT_MARKS``, or in the run of white space and commas
        right before one of ``_CUT_LEADS`` (a whole word, as ``Text.words`` has it, in lower
        case), at a comma of it before one of ``_CUT_LEADS_COMMA``: the pattern is matched
        there alone, in order, each try after the last match (as the scan goes on after it;
        no cut is empty, and a look-behind sees the text before the place tried). Without
        the words, the sentence is scanned.
        """
        body, words = self.text.text, self.text.words
        if not words:
            return list(pattern.finditer(body, s0, s1, _NO_OVERLAP, _SERIAL))
        starts: list[int] = []
        for mark in _CUT_MARKS:
            at = body.find(mark, s0, s1)
            while at >= 0:
                starts.append(at)
                at = body.find(mark, at + 1, s1)
        i = bisect.bisect_left(words, (s0,))
        mine = words[i : bisect.bisect_left(words, (s1,), i)]
        for at, word in itertools.compress(mine, map(_CUT_LEADS.__contains__, map(_SECOND, mine))):
            k = at
            while k > s0 and (body[k - 1] == "," or body[k - 1].isspace()):
                k -= 1  # (``str.isspace`` holds for every character ``\\s`` matches)
            if word not in _CUT_LEADS_COMMA:
                starts.extend(range(k, at))
                continue
            comma = body.find(",", k, at)  # (most runs before "the", "in", "on" hold none)
            while comma >= 0:
                starts.append(comma)
                comma = body.find(",", comma + 1, at)
        starts.sort()
        found: list[regex.Match[str]] = []
        done = s0
        for at in starts:
            if at >= done:
                m = pattern.match(body, at, s1, _SERIAL)
                if m is not None:
                    found.append(m)
                    done = m.end()
        return found

    def quote_at(self, pos: int) -> Quote | None:
        """The quotation whose marks enclose ``pos``, if any."""
        i = bisect.bisect_right(self._q_open, pos) - 1
        if i >= 0 and pos < self._q_end[i]:
            return self._q_items[i]
        return None

    def press_bodies(self) -> list[regex.Match[str]]:
        """The press bodies the text names (``_PRESS_BODY``), found in one scan on first need."""
        if self._press is None:
            self._press = list(_guard.finditer(_PRESS_BODY, self.text.text))
        return self._press

    def outside(self, pos: int) -> bool:
        """Whether ``pos`` lies outside every quotation (``not inside_quote(pos, pos)``)."""
        i = bisect.bisect_right(self._q_open, pos) - 1
        return i < 0 or pos >= self._q_end[i]

    def inside_quote(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._q_open, start) - 1
        return i >= 0 and start < self._q_end[i] and end <= self._q_end[i]

    def quotes_in(self, start: int, stop: int) -> Iterator[Quote]:
        """The quotations that open in ``[start, stop)``, one by one (built as asked for)."""
        if not self._q_open:
            return iter(())  # (a text without quotations: nothing to look up)
        i = bisect.bisect_left(self._q_open, start)
        j = bisect.bisect_left(self._q_open, stop, i)
        return iter(self._q_items[i:j])

    def any_quote_in(self, start: int, stop: int) -> bool:
        """Whether a quotation opens in ``[start, stop)``."""
        return bisect.bisect_left(self._q_open, start) < bisect.bisect_left(self._q_open, stop)

    def last_quote_before(self, pos: int) -> Quote | None:
        i = bisect.bisect_right(self._q_end, pos) - 1
        return self._q_items[i] if i >= 0 else None

    def verbs_in(self, start: int, stop: int, most: int = 0) -> list[regex.Match[str]]:
        """Speech verbs (group ``verb``) in ``[start, stop)``; the first ``most`` if given."""
        i = bisect.bisect_left(self._v_start, start)
        j = bisect.bisect_left(self._v_start, stop, i)
        if i == j:
            return []
        # Those that end by ``stop`` (most do: all when the latest end does), at C speed.
        ends = self._v_end[i:j]
        if max(ends) <= stop:
            found = self._verbs[i:j]
        else:
            found = list(itertools.compress(self._verbs[i:j], map(stop.__ge__, ends)))
        return found[:most] if most else found

    def opens_clause(self, start: int, stop: int) -> bool:
        """Whether a speech verb in ``[start, stop)`` (as ``verbs_in``) opens a clause there.

        A bare report verb ("said the talks ..."), or any with "that" after it before
        ``stop``: then the first one has it too. Read off counts and positions built once on
        first need, not a scan per question (linear on one long sentence of quotations).
        """
        i = bisect.bisect_left(self._v_start, start)
        j = bisect.bisect_left(self._v_start, stop, i)
        ends = self._v_end
        while j > i and ends[j - 1] > stop:
            j -= 1  # (cues do not overlap: only the last ones may run past ``stop``)
        if i == j:
            return False
        if self._bare_upto is None:
            counts = [0]
            for v in self._verbs:
                counts.append(counts[-1] + (v.group().lower() in _BARE_REPORT))
            self._bare_upto = counts
        if self._bare_upto[j] > self._bare_upto[i]:
            return True
        if self._that_at is None:
            body, found, at = self.text.text, [], 0
            while (at := body.find("that", at)) >= 0:
                found.append(at)
                at += 4
            self._that_at = found
        k = bisect.bisect_left(self._that_at, ends[i])
        return k < len(self._that_at) and self._that_at[k] + 4 <= stop

    def pronouns_in(self, start: int, verb: int) -> list[regex.Match[str]]:
        """Matches of ``_PRONOUN`` in ``[start, verb)``, ``verb`` being a word's start.

        A window as long as ``_REACH`` inside one sentence takes its matches from those of
        the whole sentence, found once (a long sentence dense with verbs asks about many).
        Once the windows asked about add up to twice the text, the text is scanned once
        and the matches are shared out (a pronoun is a whole word: the same matches).
        """
        text = self.text.text
        self._pron_asked += verb - start
        if self._pron is None and self._pron_asked > 2 * len(text):
            self._pron = list(_PRONOUN.finditer(text, None, None, _NO_OVERLAP, _SERIAL))
            self._pron_start = [m.start() for m in self._pron]
        near_end = text[verb - 1 : verb] in ("e", "E", "t", "T")
        if self._pron is None or near_end:
            if not self.plain:
                return list(_PRONOUN.finditer(text, start, verb, _NO_OVERLAP, _SERIAL))
            if near_end or verb - start < _REACH:
                return self._pronouns_at(start, verb)
            i = bisect.bisect_right(self.sent_starts, start) - 1
            if i < 0 or verb > self.text.sentences[i][1]:
                return self._pronouns_at(start, verb)
            # A window of a long sentence (which may hold many: the subject of each verb is
            # read in the ``_REACH`` before it): the sentence's matches, found once
            # (``_pronouns_at`` over the whole sentence), those in the window shared out.
            # They are the window's own: each test reads the same characters, but at
            # ``verb``, where the window's end lets a pronoun end (a sentence's test reads
            # the next character): none ends there, as the character before ``verb`` ends
            # no pronoun. ("she" starting right before ``start`` is no match of the
            # window's: its "he" has a letter before it.)
            found = self._sentence_pron.get(i)
            if found is None:
                s0, s1 = self.text.sentences[i]
                matches = self._pronouns_at(s0, s1)
                found = self._sentence_pron[i] = (matches, [m.start() for m in matches])
            matches, starts = found
            j = bisect.bisect_left(starts, start)
            k = bisect.bisect_left(starts, verb, j)
            return [m for m in matches[j:k] if m.end() <= verb]
        i = bisect.bisect_left(self._pron_start, start)
        j = bisect.bisect_left(self._pron_start, verb)
        return [m for m in self._pron[i:j] if m.end() <= verb]

    def _pronouns_at(self, start: int, verb: int) -> list[regex.Match[str]]:
        """``_PRONOUN.finditer(text, start, verb)`` in a plain text, tried only where it can match.

        A match is "he", "she" or "it" in ``low`` (the case folding reads no other letter
        so there), with no ASCII letter, digit or "_" on either side; matches never overlap.
        """
        text, low = self.text.text, self.low
        found: list[regex.Match[str]] = []
        for word in ("he", "it"):
            at = low.find(word, start, verb)
            while at >= 0:
                begin = at - 1 if word == "he" and at > start and low[at - 1] == "s" else at
                after = at + 2
                if (begin == 0 or text[begin - 1] not in _ASCII_WORD) and (
                    after >= verb or text[after] not in _ASCII_WORD
                ):
                    m = _PRONOUN.match(text, begin, verb, _SERIAL)
                    if m is not None:
                        found.append(m)
                at = low.find(word, after, verb)
        found.sort(key=regex.Match.start)
        return found

    def source_nouns(self) -> tuple[str, ...]:
        """The nouns of ``_SOURCE_NOUNS`` that ``low`` holds (a window holds no others)."""
        if self._source_nouns is None:
            self._source_nouns = tuple(filter(self.low.__contains__, _SOURCE_NOUNS))
        return self._source_nouns

    def may_name_source(self, start: int, stop: int) -> bool:
        """Whether a noun of ``_SOURCE_NOUNS`` stands in ``low[start:stop]``.

        As ``may_name_document``: the nouns are looked for in the window until the windows
        asked about add up to the text's length; then only those ``low`` holds (read once).
        """
        nouns = self._source_nouns
        if nouns is None:
            self._source_asked += max(stop - start, len(self.low) // _ASKS)
            nouns = _SOURCE_NOUNS if self._source_asked <= len(self.low) else self.source_nouns()
        low = self.low
        for noun in nouns:  # noqa: SIM110 - a loop: no generator to build and resume
            if low.find(noun, start, stop) >= 0:
                return True
        return False

    def may_name_document(self, start: int, stop: int) -> bool:
        """Whether a noun of ``_SOURCE_NP_NOUNS`` stands in ``[start, stop)``.

        A match of ``_SOURCE_NP`` there holds one: without, the pattern is not tried (it
        costs a few µs a call on a long sentence). The nouns are looked for in the window
        until the windows asked about add up to the text's length (each counting for at least
        ``1 / _ASKS`` of it: a text that asks often is read at once); then the nouns the text
        holds are read once, and only those are looked for (a noun the text lacks is in no
        window of it: the same answer).
        """
        text = self.text.text
        nouns = self._document_nouns
        if nouns is None:
            self._doc_asked += max(stop - start, len(text) // _ASKS)
            if self._doc_asked <= len(text):
                nouns = _SOURCE_NP_NOUNS  # (a news text asks once or twice, of short windows)
            else:
                nouns = self._document_nouns = tuple(filter(text.__contains__, _SOURCE_NP_NOUNS))
        for noun in nouns:  # noqa: SIM110 - a loop: no generator to build and resume
            if text.find(noun, start, stop) >= 0:
                return True
        return False

    def title_before(self, start: int, stop: int) -> regex.Match[str] | None:
        """``_title_before`` over the text, each window read once."""
        key = (start, stop)
        if key not in self.titles:
            self.titles[key] = _title_before(self.text.text, start, stop)
        return self.titles[key]

    def colon_paragraphs(self) -> list[int]:
        """The indices of the paragraphs that hold a colon, in order (one find a paragraph)."""
        if self._colons is None:
            text, paragraphs = self.text.text, self.text.paragraphs
            self._colons = []
            at = text.find(":")
            while at >= 0:
                i = bisect.bisect_right(self.para_starts, at) - 1
                if i < 0 or at >= paragraphs[i][1]:
                    at = text.find(":", at + 1)  # (between paragraphs: none, as a rule)
                    continue
                self._colons.append(i)
                at = text.find(":", paragraphs[i][1])
        return self._colons

    def cue_starts(self) -> list[int]:
        """Where each verb and participle starts."""
        return self._v_start + self._pt_start

    def participles_in(self, start: int, stop: int) -> list[regex.Match[str]]:
        """Participles such as "adding that" (group ``part``) starting in ``[start, stop)``."""
        i = bisect.bisect_left(self._pt_start, start)
        j = bisect.bisect_left(self._pt_start, stop)
        return self._parts[i:j]

    def subject_options(self, start: int, stop: int) -> list[tuple[int, int, int, object]]:
        """``(end, priority, start, mention)`` of each possible subject in ``[start, stop)``.

        Named people (priority 3), organisations (2), countries by name (1), outside
        quotations; each kind in the order of its mentions.
        """
        bisect_left = bisect.bisect_left
        quoted = self.inside_quote if self._q_open else None
        i = bisect_left(self._p_start, start)
        options: list[tuple[int, int, int, object]] = [
            (pm.end, 3, pm.start, pm)
            for pm in self._people[i : bisect_left(self._p_start, stop, i)]
            if pm.end <= stop and pm.form != "pronoun" and not (quoted and quoted(pm.start, pm.end))
        ]
        if self._orgs:
            i = bisect_left(self._o_start, start)
            options.extend(
                (om.end, 2, om.start, om)
                for om in self._orgs[i : bisect_left(self._o_start, stop, i)]
                if om.end <= stop and not (quoted and quoted(om.start, om.end))
            )
        if not self._countries:
            return options
        i = bisect_left(self._c_start, start)
        options.extend(
            (cm.end, 1, cm.start, cm)
            for cm in self._countries[i : bisect_left(self._c_start, stop, i)]
            if cm.end <= stop
            and cm.form in ("name", "short")
            and not (quoted and quoted(cm.start, cm.end))
        )
        return options

    def named_in(self, start: int, stop: int) -> bool:
        """Whether a person or organisation mention (any form) starts in ``[start, stop)``."""
        for starts in (self._p_start, self._o_start):
            k = bisect.bisect_left(starts, start)
            if k < len(starts) and starts[k] < stop:
                return True
        return False

    def people_in(self, start: int, stop: int) -> list[PersonMention]:
        i = bisect.bisect_left(self._p_start, start)
        j = bisect.bisect_left(self._p_start, stop)
        return [m for m in self._people[i:j] if m.end <= stop]

    def orgs_in(self, start: int, stop: int) -> list[OrgMention]:
        i = bisect.bisect_left(self._o_start, start)
        j = bisect.bisect_left(self._o_start, stop)
        return [m for m in self._orgs[i:j] if m.end <= stop]

    def countries_in(self, start: int, stop: int) -> list[CountryMention]:
        i = bisect.bisect_left(self._c_start, start)
        j = bisect.bisect_left(self._c_start, stop)
        return [m for m in self._countries[i:j] if m.end <= stop]


_M = TypeVar("_M", PersonMention, OrgMention, CountryMention)


_ASKS = 8  # windows a text asks about before the nouns it holds are read (``may_name_*``)


def _in_order(mentions: Sequence[_M]) -> tuple[list[_M], list[int]]:
    """The mentions sorted by ``(start, end)``, and their starts.

    Mentions whose starts already rise, one after another, are in that order as they stand
    (no two share a start): the sort is left out.
    """
    starts = list(map(_START_OF, mentions))
    if all(map(operator.lt, starts, starts[1:])):
        return list(mentions), starts
    ordered = sorted(mentions, key=_START_END)
    return ordered, list(map(_START_OF, ordered))


def _lower(body: str) -> str:
    """``body`` in lower case, offset for offset."""
    low = body.lower()
    if len(low) != len(body):
        # Lowering is char by char but for "Σ" (final sigma, by its context), and "İ" alone
        # lowers to two characters: the pieces between the "İ"s, lowered with "Σ" as "σ",
        # are the characters lowered one by one (checked: else char by char).
        low = "İ".join(piece.replace("Σ", "σ").lower() for piece in body.split("İ"))
        if len(low) != len(body):
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in body)
    return low


def _cues(text: Text, low: str) -> list[regex.Match[str]]:
    """Every cue of the text, in order: the cue words present, then each occurrence of them.

    The words present are the words of the lower-cased copy split at white space and ASCII
    punctuation, every character outside ASCII a separator too (``_SPACED``); only those few
    cue words are then looked for. (Read off the shared words, a candidate counts when one
    of its occurrences stands between separators: the same pass over them tries the cues.)
    """
    body = text.text
    found: list[regex.Match[str]] = []
    candidates, checked = _head_candidates(text, low)
    size = len(low)
    for head in candidates:
        present = checked
        mine = []
        at = low.find(head)
        while at >= 0:
            after = at + len(head)
            if not present:
                # ``_stands_alone``, inline: both neighbours split (the text's ends do).
                left = low[at - 1] if at else " "
                right = low[after] if after < size else " "
                present = (not left.isascii() or left in _SPLIT_CHARS) and (
                    not right.isascii() or right in _SPLIT_CHARS
                )
            if (at == 0 or not low[at - 1].isalnum()) and (
                after >= size or not (low[after].isalpha() or low[after] == "-")
            ):
                m = _CUE.match(body, at, at + 60, _SERIAL)
                if m is not None:
                    mine.append(m)
            at = low.find(head, after)
        if present:
            found.extend(mine)
    found.sort(key=regex.Match.start)
    return found


def _head_candidates(text: Text, low: str) -> tuple[list[str], bool]:
    """The cue words that may stand in ``low`` as words of its split, and whether all do.

    The split costs one object a word; the text's shared words (runs of ``\\w``) serve
    instead when no "_" and no word character outside ASCII can join a cue word to its
    neighbours: each word of the split is then one of them ("re-affirmed" aside), and a
    cue word among them stands in the split when it stands once between separators
    (``_stands_alone``): then the answer is False.
    """
    if not text.words or "_" in low or not _ascii_words(low):
        words = low.encode("ascii", "replace").translate(_SPACED).split()
        return [w.decode() for w in _CUE_BYTES.intersection(words)], True
    candidates = list(_CUE_HEADS.intersection(map(_SECOND, text.words)))
    if "re-affirmed" in low:
        candidates.append("re-affirmed")
    return candidates, False


def _stands_alone(low: str, at: int, after: int, size: int) -> bool:
    """Whether ``low[at:after]`` stands between separators of the split (see ``_cues``)."""
    return (at == 0 or _splits(low[at - 1])) and (after == size or _splits(low[after]))


def _heads_present(text: Text, low: str) -> list[str]:
    """The cue words that stand in ``low`` as words of its split (see ``_cues``)."""
    candidates, checked = _head_candidates(text, low)
    if checked:
        return candidates
    size = len(low)
    out = []
    for head in candidates:
        at = low.find(head)
        while at >= 0:
            after = at + len(head)
            if _stands_alone(low, at, after, size):
                out.append(head)
                break
            at = low.find(head, after)
    return out


def _ascii_words(low: str) -> bool:
    """Whether every word character of ``low`` is ASCII (its others are common marks)."""
    if low.isascii():
        return True
    others = low.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return _NOT_A_MARK.search(others.decode("utf-8", "surrogatepass"), None, None, _SERIAL) is None


def _splits(char: str) -> bool:
    """Whether the split of ``_cues`` parts words at ``char``."""
    return not char.isascii() or char in _SPLIT_CHARS


def _may_hold_capital(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` may hold a capital (a name's first letter).

    False only for ASCII without one: every capital of ASCII changes when lowered.
    """
    seg = text[start:stop]
    return not seg.isascii() or seg.lower() != seg


def _four_words(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds at least four words.

    First from the ASCII words of its first characters (split at every other byte, as
    ``_span_words`` does): each word there lies in a word of its own of the whole stretch,
    so four of them answer yes, and a short stretch read whole answers either way. Else
    the pattern reads the stretch.
    """
    stop = len(text) if end is None else end
    whole = stop - start <= _FOUR_WORDS_HEAD
    head = text[start:stop] if whole else text[start : start + _FOUR_WORDS_HEAD]
    if head.isascii():
        words = len(head.encode().translate(_SPACE_NON_ALNUM).split())
        if words >= 4 or whole:
            return words >= 4  # (the whole stretch read: its words are all there are)
    return _FOUR_WORDS.search(text, start, stop, _SERIAL) is not None


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _span_words(text: str, start: int, end: int) -> list[str]:
    """``_WORD.findall(text, start, end)``, without the pattern when it can.

    By byte translation and one split when no character outside ASCII in the span is a
    letter or digit (curly quotes and dashes are not).
    """
    seg = text[start:end]
    if not seg.isascii():
        others = seg.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
        if (
            _NOT_A_MARK.search(others.decode("utf-8", "surrogatepass"), None, None, _SERIAL)
            is not None
        ):
            return _WORD.findall(text, start, end)
    return seg.encode("ascii", "replace").translate(_SPACE_NON_ALNUM).decode("ascii").split()


def _first_letter(text: str, start: int, stop: int) -> str:
    """The first letter (``_LETTER``) of ``text[start:stop]``, or "" when none.

    Read directly over ASCII characters and the marks of ``_NON_WORD_MARKS`` (none a
    letter) at its start, the usual way to the first letter of a quotation; else the
    pattern reads it.
    """
    end = min(stop, start + 8)
    for i in range(start, end):
        c = text[i]
        if c.isascii():
            if c.isalpha():
                return c
        elif c not in _NON_WORD_MARKS:
            break  # a character outside ASCII: the pattern says whether it is a letter
    else:
        if end == stop:
            return ""  # read to the end: no letter
    m = _LETTER.search(text, start, stop, _SERIAL)
    return m.group() if m is not None else ""


def _has_word(text: str, start: int, stop: int) -> bool:
    """``_WORD.search(text, start, stop)``: an ASCII stretch by deleting its other bytes."""
    seg = text[start:stop]
    if seg.isascii():
        return bool(seg.encode().translate(None, _NOT_ALNUM_BYTES))
    return _WORD.search(text, start, stop, _SERIAL) is not None


def _lead_word(text: str, start: int) -> str:
    """The run of ASCII letters at ``start`` (up to 16 of them)."""
    seg = text[start : start + 16]
    return seg[: len(seg) - len(seg.lstrip(_ASCII_LETTERS))]


def _not_clause(text: str, start: int, stop: int) -> bool:
    """``_NOT_CLAUSE.match(text, start, stop)``, tried only after one of its first words."""
    if _lead_word(text, start) not in _NOT_CLAUSE_FIRST:
        return False  # (each branch opens with a word of letters, then a space or "\\b")
    return _NOT_CLAUSE.match(text, start, stop, _SERIAL) is not None


def _is_title(words: list[str]) -> bool:
    for w in words:  # noqa: SIM110 - a loop: no generator to build and resume
        if w[0].islower() and w.lower() not in _SMALL:
            return False
    return True


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "\"“”'‘’«»"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\"“”'‘’«»"):
        end -= 1
    return start, end


# ---------------------------------------------------------------------------
# Speakers


def _actor_by_name(ctx: _Ctx, name: str) -> Actor:
    key = {w.lower() for w in _words(name) if len(w) > 1}
    for actor, words in ctx.actor_words():
        if key & words:
            return actor
    full = _full_name(ctx, name)
    return full if full is not None else Actor(name=name)


def _full_name(ctx: _Ctx, name: str) -> Actor | None:
    """The body an acronym stands for, when the text spells it out; else None."""
    if not (
        2 <= len(name) <= 6
        and name.isalpha()
        and (name.isupper() or _MIXED_ACRONYM.fullmatch(name, None, None, _SERIAL))
    ):
        return None
    if name not in ctx.spelled:  # (one search of the text per acronym and parse)
        ctx.spelled[name] = _spelled_out(ctx, name)
    return ctx.spelled[name]


def _initials(words: list[str]) -> tuple[str, str]:
    """The initials of capitalised words, of whole words and of their hyphened parts.

    >>> _initials(["Inter-Services", "Public", "Relations"])
    ('IPR', 'ISPR')
    """
    whole = "".join(w[0] for w in words)
    parts = "".join(p[0] for w in words for p in w.split("-") if p)
    return whole, parts


# An acronym defined in the text: "Kenya Defence Forces (KDF)".
# (Read right to left and matched where the "(" is: the words that end right before it.)
_DEFINED = regex.compile(r"(?r)((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|and|the|for)\s+)*){2,8})\(\Z")
_NON_SPACE_RUN = regex.compile(r"\S+")


def _spelled_out(ctx: _Ctx, acronym: str) -> Actor | None:
    """The organisation an acronym stands for where the text spells it out before "(ACR)".

    Its capitalised words, or their last few, have the acronym's letters as initials.
    """
    text = ctx.text.text
    at = text.find(f"({acronym})")
    # "Council of Ministers (CoM)": a mixed acronym's capitals are the initials it spells
    capitals = "".join(c for c in acronym if c.isupper())
    found = _DEFINED.match(text, at - 120 if at > 120 else 0, at + 1, _SERIAL) if at >= 0 else None
    if found is not None:
        words = [
            (m.start(), m.group())
            for m in _NON_SPACE_RUN.finditer(text, *found.span(1), _NO_OVERLAP, _SERIAL)
        ]
        for first in range(len(words)):
            part = [w for _, w in words[first:] if w[0].isupper()]
            if capitals in _initials(part):
                orgs = ctx.orgs_in(words[first][0], at)
                country = orgs[0].country if orgs else None
                # ("Pakistan Navy’s (PN)": the body, without the possessive before the "(")
                name = " ".join(w for _, w in words[first:]).removesuffix("’s").removesuffix("'s")
                return Actor(name=name, country=country)
        body = _defined_body(ctx, words, at) if capitals != acronym else None
        if body is not None:
            return body  # (a mixed acronym only: one in capitals spells its body's initials)
    if capitals != acronym:
        return None  # (a mixed acronym is read where the text defines it, only)
    # A body the text names in full elsewhere: "the Department of National Defence" for "DND".
    for om in ctx.mentions.organisations:
        named = om.name.split()
        if len(named) > 1 and acronym in _initials([w for w in named if w[0].isupper()]):
            return Actor(name=om.name, country=om.country)
    # Capitalised words with its letters as initials anywhere ("the Republic of Ruritania
    # Military Forces" for "RRMF"), three at least.
    if len(acronym) >= 3:
        found = _guard.search(_spelled_pattern(acronym), text)
        if found is not None:
            return Actor(name=found.group())
    return None


# The head words of a body that may be defined by an acronym of another language.
_BODY_HEADS = frozenset(["ministry", "department", "council", "agency", "directorate", "office"])


def _defined_body(ctx: _Ctx, words: list[tuple[int, str]], at: int) -> Actor | None:
    """A body named right before its mixed acronym: "the National Defence Ministry (MApN)".

    The acronym's letters need not be its initials (they are often those of its name in its
    own language); the words after the last "the" must name a body by a head word.
    """
    k = max((i + 1 for i, (_, w) in enumerate(words) if w in ("the", "The")), default=0)
    part = [w for _, w in words[k:]]
    if len(part) < 2 or not any(w.lower() in _BODY_HEADS for w in part) or not part[0][0].isupper():
        return None
    orgs = ctx.orgs_in(words[k][0], at)
    return Actor(name=" ".join(part), country=orgs[0].country if orgs else None)


@functools.lru_cache(maxsize=64)
def _spelled_pattern(acronym: str) -> regex.Pattern[str]:
    """Words that spell ``acronym`` out: each capitalised, "of", "the", "and" between."""
    words = [rf"{regex.escape(c)}\p{{Ll}}[\p{{Ll}}'’]*" for c in acronym]
    return regex.compile(
        r"(?<![\p{L}-])" + r"(?:\s+(?:of|and|the|for))?\s+".join(words) + r"(?![\p{L}-])"
    )


def _subject_before(ctx: _Ctx, start: int, verb: int) -> _Ref | None:
    """The speaker whose mention ends right before ``verb`` (within ``[start, verb)``).

    Returns ``_NOBODY`` for a plural or unnamed subject, None when nothing stands there.
    Each question is answered once per text (the forward and backward readings ask alike).
    """
    key = (start, verb)
    if key not in ctx.subjects:
        ctx.subjects[key] = _find_subject_before(ctx, start, verb)
    return ctx.subjects[key]


# How far before its verb a relative clause with no commas may open, and the marks that end
# one (or show it is no such clause).
_PLAIN_WHO_REACH = 80
_CLAUSE_MARKS = frozenset(',;:"“”()')
# The words that open a relative clause, and a part of one set off by commas.
_RELATIVE_OPENERS = ("who ", "where ", "which ", "whose ", "when ", "whom ")


def _find_subject_before(ctx: _Ctx, start: int, verb: int, *, relative: bool = True) -> _Ref | None:
    """``_subject_before`` unremembered; ``relative``: whether a clause "who ..." is read."""
    text = ctx.text.text
    if text.endswith(", ", start, verb) and text.find(", who ", start, verb) >= 0:
        # "General A, who paid a visit to X, where he ..., stressed that": the person the
        # relative clause is about, however long the clause
        who = text.rfind(", who ", start, verb)
        parts = text[who + 2 : verb].rstrip(", ").split(", ")
        if who >= 0 and all(part.startswith(_RELATIVE_OPENERS) for part in parts):
            named = [p for p in ctx.people_in(max(start, who - 60), who) if p.end == who]
            if named and named[-1].form != "pronoun":
                p = named[-1]
                return _Ref(actor=ctx.mentions.actors[p.actor], span=(p.start, p.end))
            if not named:
                # a name of two or three words the mention stage did not see
                lo = max(start, who - 60)
                m = _NAME_BEFORE.search(text, lo, who, _SERIAL)
                if (
                    m is not None
                    and m.end("name") == who
                    and " " in m.group("name")
                    and m.group("name").split()[0] not in _NOT_A_NAME
                    and m.group("name").split()[0] not in _TITLE_WORDS
                ):
                    return _Ref(actor=_actor_by_name(ctx, m.group("name")), span=m.span("name"))
    who = text.rfind(" who ", max(start, verb - _PLAIN_WHO_REACH), verb) if relative else -1
    if who >= 0 and not _CLAUSE_MARKS.intersection(text[who:verb]):
        # "Minister A B who is in the country this week says that": a relative clause with
        # no commas (a regional paper's style); the person it is about speaks, never one
        # named inside it ("the officer who briefed B said": someone not named)
        named = [p for p in ctx.people_in(max(start, who - 60), who) if p.end == who]
        if named and named[-1].form != "pronoun":
            p = named[-1]
            return _Ref(actor=ctx.mentions.actors[p.actor], span=(p.start, p.end))
        before = _find_subject_before(ctx, start, who, relative=False)
        return _NOBODY if before is None else before
    if text.endswith(", ", start, verb) and text.find(", which ", start, verb) >= 0:
        # "Ruritania, which has backed the mission for years, stated that": the country or
        # organisation the relative clause is about, however long the clause
        which = text.rfind(", which ", start, verb)
        if text.find(", ", which + 2, verb - 2) < 0:
            for end, prio, _, found in ctx.subject_options(max(start, which - 80), which):
                if end == which and prio < 3:
                    return _option_ref(ctx, found)
    start = max(start, verb - _REACH)
    # (end, priority, start, mention or pronoun match); the reference is built for the winner.
    # Pronouns are resolved here, from the speakers and subjects before them.
    options = ctx.subject_options(start, verb)
    low = ctx.low
    if low.find("he", start, verb) >= 0 or low.find("it", start, verb) >= 0:
        spans = [(o[2], o[0]) for o in options]
        for m in ctx.pronouns_in(start, verb):
            at = m.start()
            if not any(a <= at < b for a, b in spans):
                options.append((m.end(), 0, at, m))
    if len(options) > 1:
        options.sort(key=_END_PRIORITY, reverse=True)  # (a reverse sort stays stable)
    for end, prio, begin, found in options:
        gap = text[end:verb]
        # No gap or one space (the commonest) is a gap ``_GAP`` lets by.
        if (
            gap not in ("", " ")
            and not _GAP.match(gap, None, None, _SERIAL)
            and not (
                # "The spokesperson, Ann Lee, said": a name set off by commas.
                prio == 3
                and _COMMA_END.match(text, end, verb, _SERIAL)
                and _SET_OFF.search(text, max(start, begin - 40), begin, _SERIAL)
            )
        ):
            continue
        if (
            _plural_before(text, max(start, begin - 6), begin)
            and not _new_clause_and(ctx, start, begin, prio)
        ) or _sources_of(ctx, max(start, begin - 30), begin):
            return _NOBODY
        # Prefer a person mention that covers the same stretch as an organisation one.
        # (A lone option is the only one that can stand for itself.)
        same = [o[3] for o in options if o[0] == end and o[1] == 3] if len(options) > 1 else ()
        return _option_ref(ctx, same[0] if same else found)
    title = ctx.title_before(max(start, verb - 80), verb)
    if title is not None and not _plural_before(text, max(start, title.start() - 6), title.start()):
        if text.startswith(_INDEFINITE, title.start()):
            return _NOBODY  # "a ministry spokesperson said": someone the text does not name
        return _title_ref(ctx, title)
    lo = max(start, verb - 40)
    # A match holds "the" or "The": a window without "he" holds none.
    acronym = (
        _ACRONYM_BEFORE.search(text, lo, verb, _SERIAL)
        if text.find("he", lo, verb) >= 0 and _may_hold_capital(text, lo, verb)
        else None
    )
    if acronym is not None:
        office = _acronym_actor(ctx, acronym.group("a"))
        if office is not None:
            return _Ref(actor=office, span=acronym.span("a"))
        if _full_name(ctx, acronym.group("a")) is not None:
            # "the RRMF says": a body the text names in full ("Republic of Ruritania Military
            # Forces"), named so later (``_in_full``)
            return _Ref(actor=Actor(name=acronym.group("a")), span=acronym.span("a"), org=True)
    return None


def _sources_of(ctx: _Ctx, start: int, stop: int) -> bool:
    """``_SOURCES_OF`` in ``[start, stop)``; in a plain text, only where one of its nouns stands."""
    if ctx.plain and not ctx.may_name_source(start, stop):
        return False
    return _SOURCES_OF.search(ctx.text.text, start, stop, _SERIAL) is not None


def _plural_before(text: str, start: int, stop: int) -> bool:
    """``_PLURAL_BEFORE`` in ``[start, stop)``; a match holds "and" or "&" (looked for first)."""
    if text.find("and", start, stop) < 0 and text.find("&", start, stop) < 0:
        return False
    return _PLURAL_BEFORE.search(text, start, stop, _SERIAL) is not None


def _new_clause_and(ctx: _Ctx, start: int, begin: int, prio: int) -> bool:
    """Whether the "and" before a subject at ``begin`` opens a clause of its own.

    "… and he added": a pronoun is never half of a plural subject; ", and B said" after
    a clause with its own speech verb joins a second speaker, not "A and B".
    """
    if prio == 0:
        return True
    text = ctx.text.text
    comma = _COMMA_AND.search(text, max(start, begin - 8), begin, _SERIAL)
    if comma is None:
        return False
    if ctx.verbs_in(start, comma.start(), 1):
        return True
    # "A met B on Monday, and B said …": a clause with a finite verb of its own before the
    # comma (no relative clause, whose verb would be a list's: "A, who led X, and B said")
    return (
        _ACT_BEFORE.search(text, start, comma.start(), _SERIAL) is not None
        and _RELATIVE_IN.search(text, start, comma.start(), _SERIAL) is None
    )


# A finite verb of a clause before ", and": an auxiliary, a past in -ed or a common
# irregular past of meeting news.
_ACT_BEFORE = regex.compile(
    r"\b(?:will|would|should|could|can|may|might|must|shall|is|are|was|were|has|have|had"
    r"|\p{Ll}{2,}ed|met|held|paid|led|took|gave|made|sent|spoke)\b"
)
_RELATIVE_IN = regex.compile(r"\b(?:who|whom|whose|which)\b")


def _mention_actor(ctx: _Ctx, pm: PersonMention) -> Actor:
    """The actor of a person mention; a spokesperson named by office is the one named so.

    "the ministry spokesperson" is not the minister: when the mention's actor holds no
    such office, the name set after the office earlier ("Spokesperson …, Ann Lee") is.
    """
    actor = ctx.mentions.actors[pm.actor]
    if pm.form != "title":
        return actor
    if "spokes" not in ctx.low[pm.start : pm.end]:
        return _office_holder(ctx, ctx.low[pm.start : pm.end], actor)
    if actor.title and "spokes" in actor.title.lower():
        return actor
    return _named_spokesperson(ctx, pm.start) or actor


def _office_holder(ctx: _Ctx, office: str, actor: Actor) -> Actor:
    """The one actor whose title holds the office of a mention "the <office>" ("the envoy").

    The mention's own actor stands when its title holds the word, or when no one
    else's (or more than one other's) does.
    """
    words = office.split()
    if len(words) < 2 or words[0] != "the":
        return actor
    if len(words) > 2:
        return _qualified_holder(ctx, words[1:], actor)
    head = words[1]
    if len(head) < 4 or (actor.title and head in actor.title.lower()):
        return actor
    if head in ctx.holders:
        holder = ctx.holders[head]
    else:
        holder = ctx.holders[head] = _sole_holder(ctx, lambda _a, title: head in title.lower())
    return actor if holder is None else holder


def _sole_holder(ctx: _Ctx, fits: Callable[[Actor, str], bool]) -> Actor | None:
    """The one actor whose title ``fits`` (a name met twice is one actor), None for none or more."""
    holders = {a.name: a for a in ctx.mentions.actors if a.title and fits(a, a.title)}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _title_words(title: str) -> frozenset[str]:
    return frozenset(title.lower().replace("defence", "defense").split())


def _qualified_holder(ctx: _Ctx, words: list[str], actor: Actor) -> Actor:
    """The one actor whose title holds every word of "the deputy defence minister".

    The mention's own actor stands when it has no title or one that holds them all, or
    when no one else's (or more than one other's) does: "the Lithuanian minister" names a
    country, no office.
    """
    office = _title_words(" ".join(words))
    if not actor.title or office <= _title_words(actor.title):
        return actor  # (an actor without a title was read from the context: it stands)
    if office in ctx.holders:
        holder = ctx.holders[office]
    else:
        holder = ctx.holders[office] = _sole_holder(
            ctx, lambda _a, title: office <= _title_words(title)
        )
    return actor if holder is None else holder


def _named_spokesperson(ctx: _Ctx, before: int) -> Actor | None:
    """The spokesperson named last before ``before`` ("Spokesperson …, Ann Lee"), if any."""
    found = None
    for m in _SPOKESPERSON_NAMED.finditer(
        ctx.text.text, max(0, before - 8 * _REACH), before, _NO_OVERLAP, _SERIAL
    ):
        found = m
    return None if found is None else _actor_by_name(ctx, found.group("name"))


def _option_ref(ctx: _Ctx, found: object) -> _Ref:
    """The reference for a subject found before a verb: a mention or a pronoun."""
    if isinstance(found, PersonMention):
        return _Ref(actor=_mention_actor(ctx, found), span=(found.start, found.end))
    if isinstance(found, OrgMention):
        head = _head_of(ctx, found)
        if head is not None:
            return _Ref(actor=head, span=(found.start, found.end))
        actor = Actor(name=found.name, country=found.country)
        return _Ref(actor=actor, span=(found.start, found.end), org=True)
    if isinstance(found, CountryMention):
        actor = Actor(name=found.country.name, country=found.country)
        return _Ref(actor=actor, span=(found.start, found.end), org=True)
    assert isinstance(found, regex.Match)
    return _Ref(pronoun=found.group().lower(), span=found.span())


# "the head of the Ruritanian Defence Ministry": the one who holds the ministry's office.
_HEAD_OF = regex.compile(
    r"(?r)\b(?i:head|chief|leader)\s+of\s+(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}-]*\s+)?\Z"
)  # (read right to left: matched at the window's end)


def _head_of(ctx: _Ctx, org: OrgMention) -> Actor | None:
    """The one actor named with a ministerial office of ``org``'s kind and country, if any."""
    lo = org.start - 40 if org.start > 40 else 0
    if not _HEAD_OF.match(ctx.text.text, lo, org.start, _SERIAL):
        return None
    key = (org.name, org.country)
    if key not in ctx.heads:  # (the actors are read once per office and parse)
        ctx.heads[key] = _holder(ctx, org)
    return ctx.heads[key]


def _holder(ctx: _Ctx, org: OrgMention) -> Actor | None:
    kind = title_kind(org.name)
    if kind is None:
        return None
    return _sole_holder(
        ctx,
        lambda a, title: (
            title_kind(title) == kind
            and ("minister" in title.lower() or "secretary" in title.lower())
            and (org.country is None or a.country == org.country)
        ),
    )


def _acronym_actor(ctx: _Ctx, acronym: str) -> Actor | None:
    """The one actor whose title ends in these initials ("the CS": a Defence Cabinet Secretary)."""
    found = [
        actor
        for actor in ctx.mentions.actors
        if actor.title
        and "".join(w[0] for w in _words(actor.title) if w[0].isupper()).endswith(acronym)
    ]
    return found[0] if len({a.name for a in found}) == 1 else None


# The last word of a title or an organisation before a verb ends with its head (the head may
# end a longer word) or is a word ``_BETWEEN`` allows after it: a necessary test on the
# lower-cased window, so that most windows are ruled out without a right-to-left search.
_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_SPOKES_ENDS = ("spokesperson", "spokesman", "spokeswoman")
_TITLE_ENDS = tuple(h for h in _TITLE_HEADS if h != "spokes") + _SPOKES_ENDS
_DOCS = ("statement", "release", "readout")
_ORG_ENDS = (*_ORG_HEADS, *_DOCS, *_SPOKES_ENDS)
_BETWEEN_WORDS = frozenset(
    [
        "also",
        "further",
        "then",
        "again",
        "once",
        "likewise",
        "later",
        "earlier",
        "today",
        "yesterday",
        "too",
        "meanwhile",
        "here",
        "however",
        "return",
        "turn",
        "response",
        "reply",
        "addition",
        "part",
        "as",
    ]
)


def _may_end(tail: str, heads: tuple[str, ...]) -> bool:
    """Whether lower-cased ``tail`` may end with a head, then only words ``_BETWEEN`` allows."""
    if "quoted" in tail or "cited" in tail:
        return True  # "was quoted by …" ends with any words
    end = tail.rstrip()
    end = end.removesuffix(",")
    # The last word: its ASCII letters stripped at C speed; a letter outside ASCII before
    # them makes a word outside ASCII (which may end with anything).
    word = end[len(end.rstrip(_ASCII_LETTERS)) :]
    if len(word) < len(end) and end[-len(word) - 1].isalpha():
        return True
    return word.endswith(heads) or word in _BETWEEN_WORDS or (len(word) > 2 and word.endswith("ly"))


def _title_before(text: str, start: int, stop: int) -> regex.Match[str] | None:
    """An office named right before ``stop`` ("the defense chief"), checked cheaply first."""
    tail = text[start:stop].lower()
    if not _may_end(tail, _TITLE_ENDS) or not any(map(tail.__contains__, _TITLE_HEADS)):
        return None
    return _TITLE_NP.search(text, start, stop, _SERIAL)


def _org_before(text: str, start: int, stop: int) -> regex.Match[str] | None:
    """An organisation named right before ``stop`` ("the defence ministry")."""
    tail = text[start:stop].lower()
    if (
        not _may_end(tail, _ORG_ENDS)
        or not (any(map(tail.__contains__, _ORG_HEADS)) or any(map(tail.__contains__, _DOCS)))
        or not _ORG_TAIL.search(text, start, stop, _SERIAL)
    ):
        return None
    return _ORG_NP.search(text, start, stop, _SERIAL)


_DEPUTY_BEFORE = regex.compile(r"\b(?:[Dd]eputy|[Vv]ice)\s+PM\b")


def _title_ref(ctx: _Ctx, m: regex.Match[str]) -> _Ref:
    """A speaker named by office only: resolved later from the people nearby.

    Built once for each office read (a match's reading is its text and head's place).
    """
    key = m.span(0, "head")
    ref = ctx.title_refs.get(key)
    if ref is None:
        ref = ctx.title_refs[key] = _read_title_ref(ctx, m)
    return ref


def _read_title_ref(ctx: _Ctx, m: regex.Match[str]) -> _Ref:
    codes = {c.country.code for c in ctx.countries_in(m.start(), m.end())}
    code = min(codes) if len(codes) == 1 else ""
    head = m.group("head").lower()
    if head == "pm":
        # "the PM" is the one whose title holds "prime minister"; "the Deputy PM" the one
        # whose title holds "deputy prime minister", never the Prime Minister
        head = "prime minister"
        if _DEPUTY_BEFORE.search(m.group(), None, None, _SERIAL) is not None:
            head = "deputy prime minister"
    return _Ref(pronoun=f"title:{head}:{code}", span=(m.start(), m.end()))


def _subject_after(ctx: _Ctx, start: int, stop: int) -> _Ref | None:
    """The first speaker named in ``[start, stop)``: "said Li", "said the Chinese minister"."""
    text = ctx.text.text
    while start < stop and text[start].isspace():
        start += 1
    stop = min(stop, start + _REACH // 2)
    best: tuple[int, int, _Ref] | None = None
    for pm in ctx.people_in(start, stop):
        if pm.form != "pronoun":
            cand = (pm.start, 0, _Ref(actor=_mention_actor(ctx, pm), span=(pm.start, pm.end)))
            best = cand if best is None or cand[:2] < best[:2] else best
    for om in ctx.orgs_in(start, stop):
        actor = Actor(name=om.name, country=om.country)
        ref = _Ref(actor=actor, span=(om.start, om.end), org=True)
        if _SPOKESPERSON_AFTER.match(text, om.end, stop, _SERIAL):
            # "the Pentagon spokesperson": the spokesperson named before, if any.
            named = _named_spokesperson(ctx, om.start)
            if named is not None:
                ref = _Ref(actor=named, span=(om.start, om.end))
        cand = (om.start, 1, ref)
        best = cand if best is None or cand[:2] < best[:2] else best
    pron = _PRONOUN.match(text, start, stop, _SERIAL)
    if pron and (best is None or best[0] > pron.start()):
        return _Ref(pronoun=pron.group().lower(), span=pron.span())
    if _UNNAMED.match(text, start, stop, _SERIAL) or _UNNAMED_AFTER.match(
        text, start, stop, _SERIAL
    ):
        return None
    if (
        best is not None
        and best[0] - start <= 40
        and not _UNNAMED.search(text, start, best[0], _SERIAL)
    ):
        return best[2]
    org = _ORG_AFTER.match(text, start, stop, _SERIAL)
    if org is None and text.startswith(("a ", "an ", "the "), start):
        doc = _DOC_BY_MINISTRY.match(text, start, stop, _SERIAL)
        if doc is not None:
            return _Ref(actor=Actor(name=doc.group("org")), span=doc.span("org"), org=True)
    if org is not None:
        return _Ref(actor=_body_actor(ctx, org.group("org")), span=org.span("org"), org=True)
    title = _TITLE_AFTER.match(text, start, stop, _SERIAL)
    if title is not None:
        hit = _TITLE_NP.search(text, start, title.end(), _SERIAL)
        if hit is not None:
            return _title_ref(ctx, hit)
    handle = _HANDLE_AFTER.match(text, start, stop, _SERIAL)
    if handle is not None:
        return _Ref(actor=_handle_actor(ctx, handle.group("h")), span=handle.span("h"))
    name = _NAME_AFTER.match(text, start, stop, _SERIAL)
    if name:
        return _Ref(actor=_actor_by_name(ctx, name.group()), span=name.span())
    return None


def _handle_actor(ctx: _Ctx, handle: str) -> Actor:
    """The actor behind an @handle.

    One that carries it, else the person named just before "(@handle)" in the
    text, else the handle itself. Read once a text for each handle (a page of posts by one
    handle would else look for its "(@handle)" through the whole text at each of them).
    """
    known = ctx.handle_actors.get(handle)
    if known is None:
        known = ctx.handle_actors[handle] = _find_handle_actor(ctx, handle)
    return known


def _find_handle_actor(ctx: _Ctx, handle: str) -> Actor:
    for actor in ctx.mentions.actors:
        if handle.lower() in (h.lower() for h in actor.handles):
            return actor
    text = ctx.text.text
    at = text.find(f"({handle})")
    if at > 0:
        for pm in reversed(ctx.people_in(max(0, at - 60), at)):
            if pm.form != "pronoun" and not text[pm.end : at].strip():
                return attrs.evolve(ctx.mentions.actors[pm.actor], handles=(handle,))
    return Actor(name=handle, handles=(handle,))


def _org_name(phrase: str) -> str:
    """A body's name from the words naming it, capitalised, without an article.

    >>> _org_name("the ministry of defence")
    'Ministry of Defence'
    """
    words = phrase.split()
    if len(words) > 1 and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    return " ".join(
        w.capitalize() if w.islower() and (k == 0 or w != "of") else w for k, w in enumerate(words)
    )


def _body_actor(ctx: _Ctx, phrase: str) -> Actor:
    """The body a phrase names; by its initials, as the text spells them out (``_full_name``)."""
    name = _org_name(phrase)
    full = _full_name(ctx, name) if name.isupper() else None
    return full if full is not None else Actor(name=name)


# A person's office, by the person's name: "Lee's office said", "Lindqvist’s ministry said".
_NAMED_OFFICE = regex.compile(
    r"(?<![\p{L}’'-])(?P<name>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})['’]s\s+"
    r"(?P<body>office|ministry)" + _BETWEEN + r"\s*\Z"
)
# A body's press service described, not named: "the military's media wing", "its press office",
# "the army's media affairs wing".
_PRESS_WING = regex.compile(
    r"\b(?:the|its|their)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:media|press|public\s+relations"
    r"|information)\s+(?:affairs?\s+)?(?:wing|office|cell|directorate)\s*\Z",
    regex.IGNORECASE,
)
# A press body named: "Inter Services Public Relations", "the Navy Press Office".
_PRESS_BODY = regex.compile(
    r"(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:Public\s+Relations|Press\s+(?:Office|Service|Bureau)"
    r"|Information\s+(?:Office|Bureau|Service)|Media\s+(?:Office|Cell|Centre|Center))\b"
)


def _fallback_before(ctx: _Ctx, start: int, verb: int, *, loose: bool = False) -> _Ref | None:
    """A name or an office right before the verb when the mention stage saw none.

    Each question is answered once per text (the forward and backward readings ask alike).
    """
    key = (start, verb, loose)
    if key not in ctx.fallbacks:
        ctx.fallbacks[key] = _find_fallback_before(ctx, start, verb, loose=loose)
    return ctx.fallbacks[key]


def _find_fallback_before(ctx: _Ctx, start: int, verb: int, *, loose: bool) -> _Ref | None:
    text = ctx.text.text
    lo = max(start, verb - 40)
    handle = (
        _HANDLE_BEFORE.search(text, lo, verb, _SERIAL) if text.find("@", lo, verb) >= 0 else None
    )
    if handle is not None:
        return _Ref(actor=_handle_actor(ctx, handle.group("h")), span=handle.span("h"))
    near = max(start, verb - 50)
    window = text[near:verb]
    back = (
        _BACK_REFERENCE.search(window, None, None, _SERIAL)
        if any(map(window.__contains__, _BACK_WORDS))
        else None  # names none of the bodies it refers to
    )
    if back is not None:
        # "the statement said", "officials added": the body that spoke before.
        return _Ref(pronoun="it", span=(near + back.start("ref"), near + back.end("ref")))
    lo = max(start, verb - 60)
    wing = (
        _PRESS_WING.search(text, lo, verb, _SERIAL)
        if text.find(" wing", lo, verb) >= 0 or text.find(" office", lo, verb) >= 0
        else None
    )
    if wing is not None:
        # "the military's media wing said": the one press body the text names, else nobody
        press = ctx.press_bodies()
        names = {_org_name(m.group()) for m in press}
        if len(names) != 1:
            return _NOBODY
        return _Ref(actor=Actor(name=names.pop()), span=wing.span(), org=True)
    own = (
        _NAMED_OFFICE.search(text, lo, verb, _SERIAL)
        if text.find("s office", lo, verb) >= 0 or text.find("s ministry", lo, verb) >= 0
        else None
    )
    if own is not None:
        # "…, Lee's office said": the office of the person named, who speaks through it
        holder = _actor_by_name(ctx, own.group("name"))
        if holder.name != own.group("name") or " " in holder.name:
            name = f"{holder.name}'s {own.group('body')}"
            return _Ref(actor=Actor(name=name, country=holder.country), span=own.span(), org=True)
    org = _org_before(text, max(start, verb - 80), verb)
    if org is None and text.find(" ", verb - 1, verb) >= 0:
        gap = _SAID_WHEN_GAP.search(text, max(start, verb - 50), verb, _SERIAL)
        if gap is not None:
            # "The navy in a statement said", "The ministry on Monday said"
            org = _org_before(text, max(start, gap.start() - 80), gap.start())
    if org is not None and _sources_of(ctx, max(start, org.start() - 30), org.start()):
        return _NOBODY  # "sources from the ministry said": nobody named
    if org is not None:
        return _Ref(actor=_body_actor(ctx, org.group("org")), span=org.span("org"), org=True)
    lo = max(start, verb - 60)
    m = _NAME_BEFORE.search(text, lo, verb, _SERIAL) if _may_hold_capital(text, lo, verb) else None
    if m is None:
        return _appositive_name(ctx, start, verb)
    name = m.group("name")
    actor = _actor_by_name(ctx, name)
    if name.split()[0] in _NOT_A_NAME:
        return None
    if actor.name == name and len(name.split()) < 2 and not loose:
        return None
    return _Ref(actor=actor, span=m.span("name"))


def _appositive_name(ctx: _Ctx, start: int, verb: int) -> _Ref | None:
    """A name of two or three words before an office set off by commas, then the verb."""
    text = ctx.text.text
    k = verb
    while k > start and text[k - 1].isspace():
        k -= 1
    if k <= start or text[k - 1] != ",":
        return None  # (the appositive's closing comma stands right before the verb)
    m = _APPOSITIVE_NAME.search(text, max(start, verb - _APPOSITIVE_REACH), verb, _SERIAL)
    if m is None:
        return None
    name = m.group("name")
    first = name.split()[0]
    if first in _NOT_A_NAME or first in _TITLE_WORDS or first in _NOT_FIRST:
        return None
    return _Ref(actor=_actor_by_name(ctx, name), span=m.span("name"))


def _leading_pronoun(text: str, start: int, stop: int) -> regex.Match[str] | None:
    """``_LEADING_PRONOUN.match(text, start, stop)``, tried only where it may match.

    Without a comma, the pronoun opens the window after its white space (``\\s*``).
    """
    if text.find(",", start, stop) < 0:
        at = _SPACES.match(text, start, stop, _SERIAL)
        if at is None or not text.startswith(("He", "he", "She", "she"), at.end(), stop):
            return None
    return _LEADING_PRONOUN.match(text, start, stop, _SERIAL)


# Between a body and a person, the person's office in capitals: " Spokesperson ", " Press
# Secretary Navy Rear Adm. ".
_OFFICE_GAP = regex.compile(r"(?:\s+\p{Lu}[\p{L}.]*){1,6}\s+")


def _first_subject(ctx: _Ctx, start: int, stop: int) -> _Ref | None:
    """The first named person (or a leading pronoun) in ``[start, stop)``, outside quotes."""
    text = ctx.text.text
    start = max(start, stop - 4 * _REACH)
    people = [
        p
        for p in ctx.people_in(start, stop)
        if p.form != "pronoun" and not ctx.inside_quote(p.start, p.end)
    ]
    orgs = [o for o in ctx.orgs_in(start, stop) if not ctx.inside_quote(o.start, o.end)]
    pron = _leading_pronoun(text, start, min(stop, start + 60))
    first_person = people[0] if people else None
    if pron and (first_person is None or pron.start("p") < first_person.start):
        return _Ref(pronoun=pron.group("p").lower(), span=pron.span("p"))
    if (
        first_person is not None
        and orgs
        and orgs[0].end <= first_person.start
        and _OFFICE_GAP.fullmatch(text, orgs[0].end, first_person.start) is not None
    ):
        orgs = []  # "Pentagon Spokesperson A B": the body names the office of the person
    if first_person is not None and (not orgs or first_person.start <= orgs[0].start):
        actor = ctx.mentions.actors[first_person.actor]
        return _Ref(actor=actor, span=(first_person.start, first_person.end))
    if orgs:
        return _Ref(
            actor=Actor(name=orgs[0].name, country=orgs[0].country),
            span=(orgs[0].start, orgs[0].end),
        )
    for verb in ctx.verbs_in(start, stop, 2):
        title = ctx.title_before(max(start, verb.start() - 80), verb.start())
        if title is not None:
            return _title_ref(ctx, title)
    return None


# ---------------------------------------------------------------------------
# Channels


def _reported_channel(cue_text: str) -> Channel:
    """The channel an attribution names; "statement" only from a word for a written one."""
    channel = _channel(cue_text)
    if channel is _STATEMENT and not _CH_STATEMENT_WORD.search(cue_text, None, None, _SERIAL):
        return _UNKNOWN
    return channel


@functools.lru_cache(maxsize=512)
def _channel(cue_text: str) -> Channel:
    low = cue_text.lower()
    if (
        _CH_ANY_ASCII.search(low) if low.isascii() else _CH_ANY.search(low, None, None, _SERIAL)
    ) is None:
        return _UNKNOWN
    # (In lower case of ASCII, each match of a pattern below holds a word of its ``_WORDS``.)
    plain = low.isascii()
    if (not plain or any(map(low.__contains__, _CH_TWEET_WORDS))) and _CH_TWEET.search(
        cue_text, None, None, _SERIAL
    ):
        return _TWEET
    if (not plain or any(map(low.__contains__, _CH_INTERVIEW_WORDS))) and _CH_INTERVIEW.search(
        cue_text, None, None, _SERIAL
    ):
        return _INTERVIEW
    if (not plain or any(map(low.__contains__, _CH_SPEECH_WORDS))) and _CH_SPEECH.search(
        cue_text, None, None, _SERIAL
    ):
        return _SPEECH
    person_end = -1  # the end of the reach of a spokesperson word read
    for m in _CH_STATEMENT.finditer(cue_text, None, None, _NO_OVERLAP, _SERIAL):
        if _RELATIVE_WHO.search(cue_text, 0, m.start(), _SERIAL):
            continue  # "said X, who heads the ministry": the office describes the speaker
        # "ministry spokesman Col. Ana Vidal said", "a spokeswoman for the Ministry of
        # Defence said": a person's words, no written medium named (the office names the
        # speaker's post, as "in a statement" would name the words').
        if m.group()[:6].lower() == "spokes":
            person_end = m.end() + _SPOKES_REACH
            continue
        if m.group().lower() in _OFFICE_WORDS and (
            m.start() < person_end
            or _PERSON_OF_OFFICE.match(cue_text, m.end(), m.end() + 60, _SERIAL)
            # "X said, according to his office": the office relays a person's words
            or _HIS_OFFICE.search(cue_text, max(0, m.start() - 8), m.start(), _SERIAL)
        ):
            continue  # (a ministry, department or office: "statement" names the words)
        return _STATEMENT
    return _UNKNOWN


# ---------------------------------------------------------------------------
# Direct quotes


def _span_at(spans: tuple[tuple[int, int], ...], starts: list[int], pos: int) -> tuple[int, int]:
    """``Text.sentence_of`` (or ``paragraph_of``) in one call: the span holding ``pos``."""
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0:
        return spans[i]
    return spans[0] if spans else (0, 0)


def _attribute_after(
    ctx: _Ctx, q: Quote, stop: int
) -> tuple[_Ref, tuple[int, int], Channel] | None:
    text = ctx.text.text
    start = q.end
    stop = min(stop, start + _REACH)
    if start >= stop:
        return None
    window = text[start:stop]
    m = _AFTER_INVERTED.match(window, None, None, _SERIAL)
    if m:
        verb_end = start + m.end()
        ref = _subject_after(ctx, verb_end, stop)
        if ref is not None:
            verb_m = _VERB.search(text, start, verb_end, _SERIAL)
            cue = (verb_m.start(), verb_m.end()) if verb_m else (start, verb_end)
            return ref, cue, _channel(text[cue[0] : stop])
    m = (
        _AFTER_READ.match(window, None, None, _SERIAL)
        if "read" in window[:80] or "post" in window[:80]
        else None
    )
    if m:
        doc = m.group("doc").lower()
        # A post speaks for its author, the person just before; a release for its body.
        tweet = _DOC_TWEET.search(doc, None, None, _SERIAL) is not None
        ref = _Ref(
            pronoun="he" if tweet else "it", span=(start + m.start("doc"), start + m.end("doc"))
        )
        source = _DOC_SOURCE.match(text, start + m.end("doc"), stop, _SERIAL)
        if source is not None:
            # "read a statement from the ministry": the body named after the document.
            named = _subject_after(ctx, source.end(), stop)
            if named is not None and named.actor is not None:
                ref = named
        elif not tweet:
            # "an RDF statement reads": the body the document is named by
            by = _doc_body(ctx, start + m.start("doc"), start + m.end("doc"))
            if by is not None:
                ref = by
        channel = _TWEET if tweet else _reported_channel(doc)
        if not tweet and _PLATFORM.search(ctx.low, start, stop, _SERIAL):
            channel = _TWEET  # "the message on her Telegram channel read"
            ref = ref._replace(pronoun="he")
        if channel is _UNKNOWN:
            channel = _channel(text[start:stop])
        return ref, (start + m.start(), start + m.end()), channel
    m = (
        _AFTER_ACCORDING.match(window, None, None, _SERIAL)
        if not ctx.plain or _may_cite(ctx.low, start, stop)
        else None
    )
    if m:
        ref = _subject_after(ctx, start + m.end(), stop)
        if ref is not None:
            return ref, (start + m.start(), start + m.end()), _channel(text[start:stop])
    m = _AFTER_NORMAL.match(window, None, None, _SERIAL)
    if m:
        verb_m = _VERB.search(text, start + m.end("spk"), stop, _SERIAL)
        assert verb_m is not None
        # the subject ends before an auxiliary or adverb ("the army had tweeted")
        subject_end = min(verb_m.start(), start + m.end("spk") + 1)
        ref = _subject_before(ctx, start, subject_end)
        if ref is None:
            ref = _fallback_before(ctx, start, subject_end, loose=True)
        if ref is None:
            # "an official statement said": attributed, but to nobody we can name.
            ref = _NOBODY
        return ref, verb_m.span(), _channel(text[start:stop])
    return None


_CITE_WORDS = ("according", "this", "that", "these")  # (one in each match of ``_AFTER_ACCORDING``)


def _may_cite(low: str, start: int, stop: int) -> bool:
    """Whether ``low[start:stop]`` holds a word of ``_CITE_WORDS``.

    A match of ``_AFTER_ACCORDING`` there holds one: in a plain text, where its case-blind
    letters are ``low``'s.
    """
    for word in _CITE_WORDS:  # noqa: SIM110 - a loop: no generator to build and resume
        if low.find(word, start, stop) >= 0:
            return True
    return False


def _doc_body(ctx: _Ctx, start: int, end: int) -> _Ref | None:
    """The body a document is named by in ``[start, end)``.

    "a ministry statement"; "an RDF statement", its initials spelled out in the text.
    """
    orgs = ctx.orgs_in(start, end)
    if orgs:
        om = orgs[0]
        return _Ref(
            actor=Actor(name=om.name, country=om.country), span=(om.start, om.end), org=True
        )
    acronym = _DOC_ACRONYM.search(ctx.text.text, start, end, _SERIAL)
    if acronym is None:
        return None
    full = _spelled_out(ctx, acronym.group())
    if full is None:
        return None
    return _Ref(actor=full, span=acronym.span(), org=True)


_DOC_ACRONYM = regex.compile(r"(?<![\p{L}-])\p{Lu}{2,6}(?![\p{L}-])")


def _joint_subject(ctx: _Ctx, begin: int, verb: int, ref: _Ref) -> bool:
    """Whether two speakers share the subject of a quotation's verb before ``verb``.

    "Both A and B pledged to “…”", "A and his counterpart B said “…”": the words are
    no one's alone.
    """
    text = ctx.text.text
    lo = max(begin, verb - 120)
    if _JOINT_BEFORE.search(text, lo, verb, _SERIAL):
        return True
    return ref.span is not None and bool(
        _AND_NAME_AFTER.search(text, max(lo, ref.span[0]), verb, _SERIAL)
    )


def _before_tail(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` is the tail of a before-attribution, up to its quote.

    That is a match of ``\\A[^.;"“”«»]{0,80}?[:,—–-]?\\s*\\Z`` (the pattern it was, read
    here without it: the pattern cost about 1 µs a character of a long tail, its lazy repeat
    retrying the white space at each length). The two last parts hold no mark of
    ``_TAIL_STOPS``, so the whole tail holds none; and the first part is shortest with all
    the white space at the end taken off, then a mark of ``_TAIL_LAST`` before it: the
    tail matches when that part has at most 80 characters.
    """
    head = text[start:stop].rstrip(_WHITE_SPACE)
    if head.endswith(_TAIL_LAST):
        head = head[:-1]
    return len(head) <= 80 and not any(map(head.__contains__, _TAIL_STOPS))


def _attribute_before(
    ctx: _Ctx, q: Quote, begin: int
) -> tuple[_Ref, tuple[int, int], Channel] | None:
    text = ctx.text.text
    last = None
    for m in ctx.verbs_in(begin, q.open)[-1:]:
        last = m
    if last is None or not _before_tail(text, last.end(), q.open):
        return None
    ref = _subject_before(ctx, begin, last.start())
    if ref is None:
        ref = _fallback_before(ctx, begin, last.start())
    if ref is None:
        return None
    at = last.start()
    if text.find(" and ", max(begin, at - 120), at) >= 0 and _joint_subject(ctx, begin, at, ref):
        ref = _NOBODY  # "A and B said “…”": two speakers, no one's words alone
    return ref, last.span(), _channel(text[begin : q.open])


def _intro_before(ctx: _Ctx, p0: int) -> tuple[_Ref, tuple[int, int], Channel] | None:
    """A quotation that opens a paragraph after one ending "X said:"."""
    k = bisect.bisect_left(ctx.text.paragraphs, (p0, p0)) - 1
    if k < 0:
        return None
    q0, q1 = ctx.text.paragraphs[k]
    verb = _colon_intro(ctx, q0, q1)
    if verb is None:
        return None
    intro = max(q0, ctx.text.sentence_of(verb.start())[0])
    ref = _subject_before(ctx, intro, verb.start()) or _fallback_before(ctx, intro, verb.start())
    if ref is None:
        return None
    return ref, verb.span(), _channel(ctx.text.text[intro:q1])


_OPEN_MARKS = " \t'‘\"“«"
_CUT_OFF = "before:cut"  # the reference of a quotation the text's end cuts off
# A preposition right before a quotation: what it quotes is a noun phrase ("values of “…”").
# (the first of two apostrophes that open one, ''…'', stands before the quotation's mark)
_OBJECT_OF_BEFORE = regex.compile(
    r"\b(?:of|in|with|on|about|as|like|than|between|among)\s*['‘]?\Z", regex.IGNORECASE
)


# Words of speaking that are no speech verb of a clause: "spoke of “…”", "described as “…”".
_SPEAKING = regex.compile(
    r"\b(?:sp[eo]ak(?:s|ing)?|spoke|talk(?:ed|ing)|describ(?:ed|es|ing)|call(?:ed|s|ing)"
    r"|term(?:ed|s|ing)|hail(?:ed|s|ing)|prais(?:ed|es|ing)|express(?:ed|es|ing)|voic(?:ed|es|ing)"
    r"|urg(?:ed|es|ing)|pledg(?:ed|es|ing)|vow(?:ed|s|ing)|promis(?:ed|es|ing)|warn(?:ed|s|ing)"
    r"|congratulat\w*|thank(?:ed|s|ing)|welcom(?:ed|es|ing)|laud(?:ed|s|ing)|referr(?:ed|ing)"
    r"|mention(?:ed|s|ing)|word(?:s|ing)?|remarks?|address(?:ed|es|ing)?|speech|statement"
    r"|interview|tweet(?:ed|s)?|post(?:ed)?)\b",
    regex.IGNORECASE,
)


class _Direct(NamedTuple):
    quote: Quote
    start: int
    end: int
    ref: _Ref
    channel: Channel
    cue: tuple[int, int] | None
    anchor: int
    attributed: bool
    fragment: bool


# A sign whose words are quoted: "under a banner that read, “…”", "placards reading “…”".
_SIGN_READ = regex.compile(
    r"\b(?:banners?|placards?|signs?|posters?|slogans?|billboards?|inscriptions?)\s+"
    r"(?:that\s+|which\s+)?(?:read|reads|reading|saying)[,:]?\s*\Z",
    regex.IGNORECASE,
)
_SIGN_REACH = 40  # characters before a quotation read for it


def _direct_quotes(ctx: _Ctx) -> list[_Direct]:
    text = ctx.text.text
    out: list[_Direct] = []
    quotes = ctx.quotes
    opens, ends, chains, items = quotes.open, quotes.end, quotes.chain, quotes.items
    sentences, sent_starts = ctx.text.sentences, ctx.sent_starts
    paragraphs = ctx.text.paragraphs
    # Four words take at least seven characters: closed quotations shorter than that are
    # skipped unread unless they carry on a running quotation.
    closes, closed = quotes.close, quotes.closed
    long = map(_SEVEN.__lt__, map(operator.sub, closes, opens))
    keep = list(itertools.compress(range(len(opens)), long))
    more = list(quotes.continued)
    if False in closed:
        more.extend(k for k, cl in enumerate(closed) if not cl)
    if more:
        keep = sorted(set(keep).union(more))
    for k in keep:
        if (
            closed[k]
            and chains[k] != (chains[k - 1] if k else -1)
            and (
                not _four_words(text, opens[k] + 1, closes[k])
                # "the “rules-based international order”": a compound is one word
                or (
                    closes[k] - opens[k] <= _FOUR_WORDS_HEAD
                    and len(text[opens[k] + 1 : closes[k]].split()) < 4
                )
            )
        ):
            continue  # under four words and not part of a running quotation: never a statement
        q = items[k]
        s, e = _strip(text, *q.inner)
        body = text[s:e]
        p0, p1 = _span_at(paragraphs, ctx.para_starts, q.open)
        sent0, _ = _span_at(sentences, sent_starts, q.open)
        sent0 = max(sent0, p0)
        prev_end = ends[k - 1] if k and ends[k - 1] > sent0 else sent0
        _, sent1 = _span_at(sentences, sent_starts, min(q.end, p1 - 1) if q.end >= p1 else q.end)
        nxt = opens[k + 1] if k + 1 < len(opens) and opens[k + 1] < p1 else p1
        stop = min(max(sent1, q.end), nxt, p1)
        fragment = _first_letter(body, 0, len(body)).islower()
        sign0 = max(sent0, q.open - _SIGN_REACH)
        if (
            q.open - sent0 > 8
            # (a match holds "read" or "saying": in a plain text, where ``low`` holds them)
            and (
                not ctx.plain
                or ctx.low.find("read", sign0, q.open) >= 0
                or ctx.low.find("saying", sign0, q.open) >= 0
            )
            and _SIGN_READ.search(text, sign0, q.open, _SERIAL)
        ):
            continue  # 'a banner that read, “…”': the words of a sign, no one's statement
        before = _attribute_before(ctx, q, prev_end) if q.open > prev_end else None
        if before is None and q.open == p0:
            before = _intro_before(ctx, p0)
        # The attribution after the quotation counts only when none stands before it.
        after = _attribute_after(ctx, q, stop) if q.closed and before is None else None
        if after is None and q.closed and before is None and _STATED_BY.match(text, q.end, p1):
            # "…” This was stated by A B.": the next sentence names the speaker
            after = _attribute_after(ctx, q, min(nxt, p1))
        if fragment and before is not None and before[0] is _NOBODY:
            # 'A and B said the talks would “…”': the words of two, a fragment of no one's
            joint = _Direct(
                q, s, e, _NOBODY, _UNKNOWN, None, q.open, attributed=False, fragment=True
            )
            out.append(joint)
            continue
        narration = before is None and _has_word(text, prev_end, q.open)
        if narration and _QUOTE_LABEL.match(text, prev_end, q.open, _SERIAL):
            narration = False  # "Quote: “…”": the words of the speaker just reported
        ref: _Ref = _NOBODY
        channel = _UNKNOWN
        cue: tuple[int, int] | None = None
        attributed = False
        if fragment and narration:
            subject = _first_subject(ctx, sent0, q.open)
            if subject is not None and _joint_subject(ctx, sent0, q.open, subject):
                subject = None  # 'A and B pledged to “…”': two speakers, no one's words alone
            if (
                subject is not None
                and after is not None
                and after[0].actor is not None
                and not after[0].org
                and text[q.close - 1] == ","
            ):
                # '…, and “the ties are strong,” Lee said': the person named after the words
                # closed by a comma speaks them (a body after them reports the clause's)
                subject = None
            if _narrated_predicate(ctx, sent0, q.open, body):
                # 'A called on B and “held talks on …,” the statement said': the quoted
                # predicate is the words of the text that reports it, not its subject's
                if after is not None:
                    ref, cue, channel = after
                else:
                    ref = _Ref(pronoun="it", span=(q.open, q.open))
                attributed = True
            elif subject is not None and not (
                _OBJECT_OF_BEFORE.search(text, max(sent0, q.open - 12), q.open, _SERIAL)
                and not ctx.verbs_in(sent0, q.open, 1)
                and not _SPEAKING.search(text, max(sent0, q.open - _REACH), q.open, _SERIAL)
            ):
                # (not 'A held talks in line with shared values of “democracy and rule of
                # law”': a phrase in scare quotes, the object of a preposition in a sentence
                # with no speech verb, is nobody's words)
                ref, attributed = subject, True
                cue = subject.span
                lead = text[max(sent0, q.open - _REACH) : q.open]
                channel = after[2] if after else _reported_channel(lead)
            elif after is not None:
                # 'Cairo seeks to "consolidate ties …," according to Farid': no one speaks
                # before the words; the attribution after them names who does
                ref, cue, channel = after
                attributed = True
            elif q.closed and _CALLING.match(text, sent0, q.open, _SERIAL):
                # 'Calling it “of the utmost importance,” the minister praised …': the
                # subject of the sentence after the words is their speaker
                after_words = q.end + 1 if text.startswith(",", q.end) else q.end
                named = _subject_after(ctx, after_words, stop)
                if named is not None:
                    ref, attributed, cue = named, True, named.span
        else:
            found = before or after
            if found is not None:
                ref, cue, channel = found
                attributed = True
            elif narration:
                subject = _first_subject(ctx, sent0, q.open)
                if subject is not None:
                    ref, attributed, cue = subject, True, subject.span
            elif (
                not q.closed
                and not text[q.close :].strip()
                and not text[p0 : q.open].strip(_OPEN_MARKS)
            ):
                # A paragraph that opens on a quotation the text's end cuts off: its
                # attribution, after it, is lost with the rest. Only the speaker of the
                # sentence just before goes on ("Dr A wrote that …" then "“…"), not a body
                # quoted paragraphs earlier.
                ref, attributed = _Ref(pronoun=_CUT_OFF), True
            else:
                # The sentence before: the speaker just quoted, or its subject.
                ref, attributed = _Ref(pronoun="before"), True
        if (
            channel is _UNKNOWN
            and cue is not None
            and ctx.low.startswith(_WRITE_VERBS, cue[0])
            and _PLATFORM.search(ctx.low, max(0, q.open - _REACH), q.open, _SERIAL)
        ):
            channel = _TWEET  # "… on Instagram." then "“…,” he wrote."
        elif channel is _UNKNOWN and cue is not None and q.open == p0 and _post_announced(ctx, p0):
            channel = _TWEET  # "A reported this on Facebook." then "“…,” A said."
        out.append(
            _Direct(
                quote=q,
                start=s,
                end=e,
                ref=ref,
                channel=channel,
                cue=cue,
                anchor=cue[0] if cue else q.open,
                attributed=attributed,
                fragment=fragment and narration,
            )
        )
    return _share_chains(out)


# A short paragraph that says a post was made: "A wrote this on Telegram", "The minister
# reported it on Facebook, according to the agency."
_POST_ANNOUNCED = regex.compile(  # over lower-cased text
    r"\b(?:reported|wrote|posted|said|announced|shared|stated|published)\b[^.!?\n]{0,40}?"
    r"\bon\s+(?:his\s+|her\s+|their\s+|its\s+|the\s+)?(?:official\s+)?"
    rf"(?:{_PLATFORM_NAMES}|x)\b"
)
_POST_NOTE_MAX = 200  # characters: the longest such paragraph


def _post_announced(ctx: _Ctx, p0: int) -> bool:
    """Whether the paragraph before the one at ``p0`` announces a post, and nothing else."""
    k = bisect.bisect_left(ctx.text.paragraphs, (p0, p0)) - 1
    if k < 0:
        return False
    a0, a1 = ctx.text.paragraphs[k]
    return (
        a1 - a0 <= _POST_NOTE_MAX
        and not ctx.any_quote_in(a0, a1)
        and _POST_ANNOUNCED.search(ctx.low, a0, a1, _SERIAL) is not None
    )


def _narrated_predicate(ctx: _Ctx, sent0: int, at: int, body: str) -> bool:
    """Whether a quotation opened at ``at`` is a predicate the narration quotes.

    Its first word is a verb in the past ("held", "discussed") right after its subject or
    "and", and no speech verb before it in the sentence opens a clause ("said that", "said
    the talks"): "The two chiefs “exchanged views on …”" quotes a release, not the chiefs.
    """
    first = _PAST_FIRST.match(body, 0, 40, _SERIAL)
    if first is None or first.group().lower() in _NOT_PAST:
        return False
    text = ctx.text.text
    lo = max(sent0, at - 40)
    if _PREDICATE_BEFORE.search(text, lo, at, _SERIAL) is None:
        return False
    return not ctx.opens_clause(sent0, at)


def _share_chains(found: list[_Direct]) -> list[_Direct]:
    """Paragraphs of one running quotation share its attribution.

    A named attribution anywhere in the chain wins; else the first paragraph's
    "sentence before" guess stands for all.
    """
    named: dict[int, _Direct] = {}
    first: dict[int, _Direct] = {}
    for d in found:
        first.setdefault(d.quote.chain, d)
        if d.attributed and not d.ref.pronoun.startswith("before"):
            named.setdefault(d.quote.chain, d)
    out = []
    for d in found:
        src = named.get(d.quote.chain) or first[d.quote.chain]
        weak = not d.attributed or d.ref.pronoun.startswith("before")
        if weak and src is not d and src.attributed:
            d = d._replace(  # noqa: PLW2901 - the shared reading replaces the guess
                ref=src.ref, channel=src.channel, cue=src.cue, anchor=src.anchor, attributed=True
            )
        out.append(d)
    return out


# ---------------------------------------------------------------------------
# Reported speech


def _reported(ctx: _Ctx) -> list[_Candidate]:
    text = ctx.text.text
    out: list[_Candidate] = []
    sentences = ctx.text.sentences
    # Only sentences where a cue starts can hold one.
    where: list[int] = []
    end = -1
    for at in sorted(ctx.cue_starts()):
        if at < end:
            continue  # in the sentence already listed
        i = bisect.bisect_right(ctx.sent_starts, at) - 1  # (``Text.sentence_index``)
        if i < 0:
            continue
        if not where or where[-1] != i:
            where.append(i)
        end = sentences[i][1]
    for i in where:
        s0, s1 = sentences[i]
        verbs = ctx.verbs_in(s0, s1)
        if ctx.inside_quote(s0, s1) or not (verbs or ctx.participles_in(s0, s1)):
            continue
        out.extend(_reported_in(ctx, s0, s1, verbs))
        if verbs and (text.find(" during ", s0, s1) >= 0 or text.find(" at ", s0, s1) >= 0):
            occasion = _occasion_only(ctx, s0, s1, verbs)
            if occasion is not None:
                out.append(occasion)
        if verbs and text.startswith(("This ", "That "), s0):
            announced = _announced_before(ctx, s0, s1)
            if announced is not None:
                out.append(announced)
    del text
    return out


_ACT_VERB = regex.compile(rf"\b(?:{_CUT_VERBS})\b", regex.VERBOSE)


def _parallel_act(text: str, start: int, cut: regex.Match[str]) -> bool:
    """Whether an "and <act>" cut (no comma) joins a second act of the clause's own subject.

    'said the two sides reaffirmed A and welcomed B': the clause's verb is an act of the
    same kind, so both are reported; 'said the talks were useful and thanked B' cuts.
    """
    if not text.startswith((" and ", " but "), cut.start()):
        return False
    return _ACT_VERB.search(text, start, cut.start(), _SERIAL) is not None


def _clause_end(ctx: _Ctx, start: int, stop: int) -> int:
    text = ctx.text.text
    stop = min(stop, start + 4 * _REACH)
    cut = ctx.cut_after(start, stop)
    while cut is not None and _parallel_act(text, start, cut):
        cut = ctx.cut_after(cut.end(), stop)
    while cut is not None and cut.group() in '"“”«':
        # A scare quote ("were “excellent”") belongs to the clause; a quotation ends it.
        q = ctx.quote_at(cut.start())
        if q is None or q.open != cut.start():
            break
        if not q.closed:
            if _fragment(text, q):
                cut = None  # 'expects “a long partnership …': the clause runs to its end
            break
        if (
            _four_words(text, q.open, q.close)
            and not _runs_through(text, q, stop)
            # ('to set up the “Horn of Africa Trade Council”': a name in quotation marks,
            # every word capitalised, is part of the clause, as it is no statement)
            and not _is_title(_span_words(text, q.open, q.close))
        ):
            break
        cut = ctx.cut_after(q.end, stop)
    end = cut.start() if cut else stop
    verbs = ctx.verbs_in(start, end)
    # (without a speech verb inside, no speaker joins in: ``_other_speaker`` keeps the end)
    joined = _other_speaker(ctx, start, end, verbs) if verbs else end
    if joined != end:
        end, verbs = joined, ctx.verbs_in(start, joined)
    # "… was ironclad, the Pentagon said.": the clause ends before a closing attribution.
    last = verbs[-1:]
    if last:
        tail_end = end
        while tail_end > last[0].end() and text[tail_end - 1] in " ,":
            tail_end -= 1  # "…, most notably, he said, “…”": the attribution of a quotation
        if _NORMAL_TAIL.match(text, last[0].end(), tail_end, _SERIAL):
            comma = text.rfind(",", start, last[0].start())
            if comma > start and last[0].start() - comma <= 80:
                end = comma
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?"):
        end -= 1
    lo = max(start, end - 5)
    # (A match ends the window with "and" or "or": looked for first.)
    dangling = (
        _DANGLING_AND.search(text, lo, end, _SERIAL)
        if text.endswith(("and", "or"), lo, end)
        else None
    )
    if dangling is not None and dangling.start() > start:
        end = dangling.start()  # "… issues and “aimed at …”": the conjunct went to the quote
    if end < stop and text[end] == ",":
        lead = _LEAD_ADVERB.search(text, max(start, end - 30), end, _SERIAL)
        if lead is not None and lead.start() > start:
            end = lead.start()  # "…, most notably, he said, “…”": leads into the quotation
    return end


def _other_speaker(ctx: _Ctx, start: int, end: int, verbs: list[regex.Match[str]]) -> int:
    """Where a clause ends before a speaker of its own joins in: "…, while B said …".

    A later speech verb whose subject follows a comma or "while/whereas/and/but" opens
    a statement of its own; the clause before it ends there. ``verbs``: those in
    ``[start, end)`` (``verbs_in``).
    """
    text = ctx.text.text
    for word in _JOIN_WORDS:
        if text.find(word, start, end) >= 0:
            break
    else:
        return end  # (no match of ``_AND_SUBJECT`` or ``_JOIN_BEFORE`` can lie inside)
    for verb in verbs:
        at = verb.start()
        if not ctx.outside(at):
            continue
        ref = _subject_before(ctx, start, at)
        if ref is None or ref.span is None or ref.span[0] <= start:
            # ", and B said" (read as "A and B said" before the verb), "… and he added".
            join = _AND_SUBJECT.search(text, max(start, at - 60), at, _SERIAL)
            if join is not None and join.start() > start:
                return join.start()
            continue
        join = _JOIN_BEFORE.search(text, max(start, ref.span[0] - 16), ref.span[0], _SERIAL)
        if join is not None and join.start() > start:
            return join.start()
    return end


def _fragment(text: str, q: Quote) -> bool:
    """Whether the quotation ``q`` is words set inside a clause.

    It starts in lower case, and does not follow "and"/"or" or a comma: there it is a
    conjunct of its own ('focused on security and “aimed at …”'), which the clause
    before it does without.
    """
    return _first_letter(text, q.open, q.close).islower() and not _CONJUNCT_BEFORE.search(
        text, max(0, q.open - 6), q.open, _SERIAL
    )


def _quote_speaker(ctx: _Ctx, s0: int, stop: int) -> _Ref | None:
    """Who attributes the quotation before ``stop``: "“…,” she said, adding that …"."""
    verbs = [v for v in ctx.verbs_in(s0, stop) if ctx.outside(v.start())][-1:]
    if not verbs or not _attributes_quote(ctx, s0, verbs[0].start()):
        return None
    verb = verbs[0]
    q = ctx.last_quote_before(verb.start())
    start = q.end if q is not None else s0
    ref = _subject_before(ctx, start, verb.start())
    if ref is None:
        ref = _subject_after(ctx, verb.end(), stop)
    if ref is None:
        # "“…,” Lindqvist said, adding that …": the name the quotation's own reading takes
        ref = _fallback_before(ctx, start, verb.start(), loose=True)
    return None if ref is _NOBODY else ref


def _runs_through(text: str, q: Quote, stop: int) -> bool:
    """Whether a reported clause runs on through the quoted fragment ``q``.

    It does when the fragment starts in lower case and the clause goes on after the closing
    mark ("would hold “the largest drill in years” next spring") or ends with it: the
    words are part of it. A fragment closed by a comma leads to an attribution instead.
    """
    if not _fragment(text, q) or text[q.close - 1] == ",":
        return False
    return _CLAUSE_GOES_ON.match(text, q.end, stop, _SERIAL) is not None or not _has_word(
        text, q.end, stop
    )


def _attributes_quote(ctx: _Ctx, s0: int, verb: int) -> bool:
    """Whether the verb at ``verb`` attributes a quotation that closes just before it."""
    q = ctx.last_quote_before(verb)
    return (
        q is not None
        and q.closed
        and verb - q.end <= 100
        and q.end >= s0 - 400
        and "\n" not in ctx.text.text[q.end : verb]
        and not _STOP_PUNCT.search(ctx.text.text[q.end : verb].strip(" ,"), None, None, _SERIAL)
        # (scare quotes are no words to attribute: 'described the talks as “cordial” and said
        # it was …' reads forward)
        and _four_words(ctx.text.text, q.open, q.close)
    )


def _sentence_after_quote(ctx: _Ctx, verb: int) -> bool:
    """Whether the verb at ``verb`` opens a sentence of its own after a finished quotation.

    '“… in Nigeria.” He said the army …': the quotation ended its sentence inside the
    marks and a capitalised subject starts the next one, so the verb reads forward.
    """
    text = ctx.text.text
    q = ctx.last_quote_before(verb)
    if q is None or not q.closed:
        return False
    k = q.close
    while k > q.open and text[k - 1] in "\"“”'‘’ ":
        k -= 1
    if k <= q.open or text[k - 1] not in ".!?":
        return False
    return _first_letter(text, q.end, verb).isupper()


# A source closing an attribution: ", per a readout", ", according to his office."
_SOURCE_TAIL = regex.compile(
    r",\s+(?:per|according\s+to|citing)\s+[^,;:\"“”]{1,60}?[.!?]?[\"”’']?\s*\Z"
)
_SOURCE_TAIL_SIZE = 80  # characters of a sentence's end read for it
# "…, White said, as it works to …": a clause of circumstance after the attribution, whose
# subject is no speaker; the attribution ends at its comma as before a source.
_ASIDE_TAIL = regex.compile(
    r",\s+(?:as|while|because|since)\s+(?:it|he|she|they|the|both|this)\s[^,;:\"“”]{0,60}?"
    r"[.!?]?[\"”’']?\s*\Z"
)
# "…, said Defence Minister A B, who hosted his counterpart.": a relative clause that
# describes the speaker closes the attribution; it is no part of it.
_RELATIVE_TAIL = regex.compile(r",\s+who(?:se)?\s")
_WHO_REACH = 100  # characters after the verb: the speaker's name and title fit in them
# The rest of the reported clause after a set-off attribution: "A thanked B for the help to
# the coalition, the spokesman said, including the air patrols over the border." (the
# clause is read up to the attribution; what the tail lists qualifies it, no new speech;
# "…, he said, and “…”": the quotation after it is read as one)
_CONTINUED_TAIL = regex.compile(
    r",\s+(?:(?:including|notably|especially|particularly)\s[^,;:\"“”]{1,140}?[.!?]?"
    # (or a quotation that goes on: "…, X said, and “also …”": a statement of its own)
    r"|and\s+[\"“][^\"“”]{1,300}[.!?]?[\"”][.!?]?"
    # (or the sentence goes on with a clause of its own: "…, X said, and later the two …")
    r"|and\s+(?:later|then|after\s+that|in|during|since|when|on)\s[^;:\"“”]{1,200}?[.!?]?"
    # (or the speaker's next act: "…, X said, and thanked B for the visit")
    rf"|and\s+(?:also\s+)?(?:{_CUT_VERBS})\s[^;:\"“”]{{1,200}}?[.!?]?)\s*\Z",
    regex.VERBOSE,
)


def _reported_after(
    ctx: _Ctx, s0: int, s1: int, taken: set[int], verbs: list[regex.Match[str]]
) -> _Candidate | None:
    """The attribution that follows its clause ("CLAUSE, X said" or "CLAUSE, said X").

    ``taken`` holds the verbs already read forward ("X said CLAUSE"): not an attribution.
    """
    text = ctx.text.text
    if not verbs or text.find(",", s0, verbs[-1].start()) < 0:
        return None  # the clause before an attribution ends at a comma (before the verb)
    verb = None
    for m in reversed(verbs):
        if ctx.outside(m.start()):
            verb = m
            break
    if verb is None or verb.start() in taken or verb.group().lower() in _NEWS_VERBS:
        return None
    if text.find(",", s0, verb.start()) < 0:
        return None
    # (a tail that goes on with the reported clause's list is read as no tail at all)
    continued = (
        text.startswith(",", verb.end())
        and _CONTINUED_TAIL.match(text, verb.end(), s1, _SERIAL) is not None
    )
    # "…, said Defence Minister A B, who hosted …": the relative clause that describes the
    # speaker closes the attribution, however long it runs
    who = -1 if continued else text.find(", who", verb.end(), min(s1, verb.end() + _WHO_REACH))
    if who >= 0 and _RELATIVE_TAIL.match(text, who, s1, _SERIAL) is not None:
        s1 = who
    if s1 - verb.end() > 140 and not continued and not ctx.participles_in(verb.end(), s1):
        return None  # the attribution closes the sentence (or runs into "adding that")
    tail = "" if continued else text[verb.end() : s1]
    last_comma = text.rfind(",", max(verb.end(), s1 - _SOURCE_TAIL_SIZE), s1)
    if last_comma >= 0 and (
        _SOURCE_TAIL.match(text, last_comma, s1, _SERIAL)
        or (
            _ASIDE_TAIL.match(text, last_comma, s1, _SERIAL)
            and not ctx.verbs_in(last_comma, s1, 1)  # (", while B said …": a speaker of its own)
        )
    ):
        # "…, X told reporters on Monday, per his office.": the source the attribution
        # closes on is no part of it
        tail = text[verb.end() : last_comma]
    if any(map(tail.__contains__, _TAIL_BREAKS)) and not any(
        map(tail.__contains__, _TAIL_PARTICIPLES)
    ):
        return None  # neither tail pattern lets these marks by without "adding that …"
    # The clause before the comma is tested for a quotation before the (costly) subject
    # is looked for: when it is one, nothing is found whoever the subject is.
    ref: _Ref | None = None
    # "…, X told AFP": who follows "told" is told, never the speaker (no inverted reading).
    if (
        verb.group()[:2] != "to"
        and _inverted_lead(text[max(s0, verb.start() - 8) : verb.start()])
        and _INVERTED_TAIL.match(tail, None, None, _SERIAL)
    ):
        comma = text.rfind(",", s0, verb.start())
        lead = _clause_lead(ctx, s0, comma) if comma > s0 else None
        if lead is None:
            return None
        ref = _subject_after(ctx, verb.end(), s1)
        if ref is not None and _joint_after(ctx, ref, s1):
            return None  # "…, said ministers A of X and B of Y": no one speaker
        if ref is None and text.find("the", verb.end(), verb.end() + 6) >= 0:
            back = _BACK_AFTER.match(text, verb.end(), s1, _SERIAL)
            if back is not None:
                ref = _Ref(pronoun="it", span=back.span("ref"))  # "…, read the statement."
    if ref is None:
        # (also "CLAUSE, Ann Lee, head of X, said on Monday": no subject after the verb,
        # the comma before it closes an appositive)
        if not _normal_tail(tail):
            return None
        # The comma is the last one before the subject, so before the verb: when the
        # clause up to each of those is a quotation, no subject can make a candidate.
        if _quoted_up_to_any(ctx, s0, verb.start()):
            return None
        ref = _subject_before(ctx, s0, verb.start()) or _fallback_before(ctx, s0, verb.start())
        if ref is None or ref.span is None:
            return None
        comma = text.rfind(",", s0, ref.span[0])
        lead = _clause_lead(ctx, s0, comma) if comma > s0 else None
    if ref is None or ref is _NOBODY or lead is None:
        return None
    q = ctx.last_quote_before(verb.start())
    if (
        q is not None
        and lead < q.open
        and _attributes_quote(ctx, s0, verb.start())
        and _narrated_predicate(ctx, s0, q.open, text[q.inner[0] : q.inner[1]])
    ):
        return None  # "A met B and “held talks …,” the statement said": the quotation's
    end = comma
    while end > lead and text[end - 1] in ",”\"’' ":
        end -= 1
    if _FRONTED.match(text, lead, end, _SERIAL) and not _FINITE.search(text, lead, end, _SERIAL):
        return None  # "At a press conference after the talks, X said …": no clause before
    if ctx.any_quote_in(lead, verb.start()) and any(
        m.start() in taken for m in ctx.verbs_in(lead, end)
    ):
        return None  # "A assessed that …, and “…,” B said": the clause is A's, read forward
    channel = _reported_channel(text[comma:s1])
    if _strip(text, s0, lead)[0] >= lead:
        lead = _voiced_before(ctx, lead)
    return _Candidate(lead, end, ref, _REPORTED, channel, verb.span(), verb.start())


# Between two speakers named after an inverted verb: "A of X and B", "A and B".
_JOINT_GAP = regex.compile(
    r"(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})?,?\s+and\s+(?:\p{Lu}[\p{L}.-]*\s+|of\s+){0,4}\Z"
)


def _joint_after(ctx: _Ctx, ref: _Ref, stop: int) -> bool:
    """Whether another person follows the speaker ``ref`` as a second subject ("A and B")."""
    if ref.span is None or ref.pronoun:
        return False
    end = ref.span[1]
    for pm in ctx.people_in(end, min(stop, end + 60)):
        if pm.form != "pronoun":
            return _JOINT_GAP.match(ctx.text.text, end, pm.start, _SERIAL) is not None
    return False


_VOICED_REACH = 4 * _REACH  # how far before its attributed sentence unmarked speech starts


def _voiced_before(ctx: _Ctx, lead: int) -> int:
    """Where speech printed without marks starts when its attribution closes a paragraph.

    "We value this visit. Our ties are old. Trade grows too, he said.": the sentences
    before the attributed one, each in the first or second person, with no quotation
    and no attribution of their own, are the same unmarked words. Else ``lead``.
    """
    p0, _p1 = _span_at(ctx.text.paragraphs, ctx.para_starts, lead)
    text = ctx.text.text
    if lead - p0 > _VOICED_REACH:
        return lead  # (a long paragraph holds narration: not read back, at no cost)
    if p0 >= lead or _NON_SPACE.search(text, p0, lead, _SERIAL) is None:
        return lead  # the paragraph's first sentence
    if ctx.any_quote_in(p0, lead) or ctx.verbs_in(p0, lead, 1) or ctx.participles_in(p0, lead):
        return lead
    i = bisect.bisect_right(ctx.sent_starts, p0) - 1
    while i < len(ctx.sent_starts) and ctx.sent_starts[i] < lead:
        s0, s1 = ctx.text.sentences[i]
        if s1 > p0 and _VOICE.search(text, max(s0, p0), min(s1, lead), _SERIAL) is None:
            return lead  # a sentence of narration
        i += 1
    return _strip(text, p0, lead)[0]


def _inverted_lead(window: str) -> bool:
    """``_INVERTED_LEAD.match(window)``: a comma, maybe a closing mark, then white space."""
    lead = window.rstrip(_WHITE_SPACE)
    if lead[-1:] in _LEAD_QUOTES:
        lead = lead[:-1]
    return lead.endswith(",")


def _dateline_at(text: str, start: int, stop: int) -> regex.Match[str] | None:
    """``_DATELINE.match(text, start, stop)``, tried only where it may match.

    A match opens with a capital, then a capital, a space, ".", "'" or "-": an ASCII
    character that is none of these rules it out, unless a comma follows soon (the city
    written in small letters before its date).
    """
    if stop - start < 2:
        return None
    first, second = text[start], text[start + 1]
    if (first.isascii() and not first.isupper()) or (
        second.isascii()
        and not second.isupper()
        and second not in " .'-"
        # (a city in small letters after its capital only with its date: "Lima, May 4 ")
        and text.find(", ", start, min(stop, start + 40)) < 0
    ):
        return None
    return _DATELINE.match(text, start, stop, _SERIAL)


def _clause_lead(ctx: _Ctx, s0: int, comma: int) -> int | None:
    """Where the clause before ``comma`` (an attribution's) starts; None for a quotation."""
    text = ctx.text.text
    lead = _strip(text, s0, comma)[0]
    dateline = _dateline_at(text, lead, comma)
    if dateline is not None:
        lead = dateline.end()
    while lead < comma and not text[lead].isalnum():
        lead += 1
    for q in ctx.quotes_in(lead - 1, comma):
        if q.end >= comma - 1 and (
            q.open <= lead + 1 or _first_letter(text, q.open, q.close).isupper()
        ):
            return None  # the clause is a quotation: a direct statement
    inside = ctx.quote_at(lead)
    if inside is not None and inside.open < lead - 1:
        return None  # the sentence begins inside a quotation
    return lead


def _quoted_up_to_any(ctx: _Ctx, s0: int, verb: int) -> bool:
    """Whether the clause up to every comma in ``(s0, verb)`` is a quotation (or none is there).

    False (not known) unless a quotation opens in the sentence or holds its start, and
    for more than ``_FEW`` commas or quotations: the answer only spares a subject search.
    """
    if ctx.quote_at(s0) is None and not ctx.any_quote_in(s0 - 1, verb):
        return False  # no quotation to make a clause one
    opens = ctx.quotes.open
    if bisect.bisect_left(opens, verb) - bisect.bisect_left(opens, s0 - 1) > _FEW:
        return False
    text = ctx.text.text
    comma = text.rfind(",", s0 + 1, verb)
    for _ in range(_FEW):
        if comma <= s0:
            return True
        if _clause_lead(ctx, s0, comma) is not None:
            return False
        comma = text.rfind(",", s0 + 1, comma)
    return comma <= s0


_FEW = 8


def _lead_in(ctx: _Ctx, start: int, end: int, s1: int) -> bool:
    """Whether the clause ``[start, end)`` only leads into a quotation that ends the sentence.

    It does when its verb waits for the quoted words ("said the move will “…”", "said
    ties were “…”"); a clause complete before the quotation is reported speech of its own.
    """
    if not ctx.quotes.open:
        return False  # (no quotation to lead into)
    text = ctx.text.text
    inner = next(ctx.quotes_in(start, end), None)
    if inner is not None:
        end = inner.open  # the clause ran on through the quotation: read up to it
        while end > start and text[end - 1].isspace():
            end -= 1
    k = end
    while k < s1 and text[k].isspace():
        k += 1
    q = ctx.quote_at(k)
    if q is None or q.open != k or not _AUX_END.search(text, start, end, _SERIAL):
        return False
    if not _four_words(text, q.open, q.close):
        return False
    return not _has_word(text, q.end, s1)


def _bare_participle(text: str, s0: int, s1: int, m: regex.Match[str]) -> bool:
    """Whether ", saying the talks were useful" (no "that") opens a reported clause."""
    k = m.start()
    while k > s0 and text[k - 1].isspace():
        k -= 1
    saying = m.group("part").lower() == "saying"
    if k <= s0:
        return False
    if text[k - 1] != "," and not (
        saying and _WORD_BEFORE.search(text, max(s0, k - 30), k, _SERIAL)
    ):
        return False
    start = m.end()
    while start < s1 and text[start].isspace():
        start += 1
    if start >= s1 or text[start] in "\"“”'‘«:" or _not_clause(text, start, s1):
        return False
    if saying:
        return True
    stop = min(s1, start + 120)
    return (
        _CLAUSE_AHEAD.match(text, start, stop, _SERIAL) is not None
        or _PRONOUN_PAST.match(text, start, stop, _SERIAL) is not None
        or _NAMED_PAST.match(text, start, stop, _SERIAL) is not None
    )


def _may_open_bare(text: str, j: int, stop: int) -> bool:
    """Whether a bare clause may follow a verb ending at ``j``: ",? " then a letter or digit."""
    if j < stop and text[j] == ",":
        j += 1
    if j >= stop or not text[j].isspace():
        return False
    j += 1
    while j < stop and text[j].isspace():
        j += 1
    return j < stop and (text[j].isalnum() or (text[j] > "\x7f" and _letter_or_digit(text[j])))


@functools.lru_cache(maxsize=1024)
def _letter_or_digit(char: str) -> bool:
    return _LETTER_OR_DIGIT.match(char, None, None, _SERIAL) is not None


def _lone_name_before(ctx: _Ctx, s0: int, verb: int) -> _Ref | None:
    """A lone surname that opens the clause of ``verb``: "On 4 May, Lindqvist said that".

    It must stand after a fronted phrase's comma, be no common word, no plural
    ("Analysts"), no newsroom and no place.
    """
    text = ctx.text.text
    lo = max(s0, verb - 40)
    m = _LONE_NAME.search(text, lo, verb, _SERIAL) if _may_hold_capital(text, lo, verb) else None
    if m is None or m.group("name") in _NOT_A_NAME or _news_outlet().match(m.group("name")):
        return None
    n0, n1 = m.span("name")
    name = m.group("name")
    full = None
    if name.endswith("s") or not _LONE_NAME_AFTER.search(text, max(s0, n0 - 3), n0, _SERIAL):
        # A word ending in "s" is as often a plural ("Analysts"): a person named before, only.
        # At a sentence's start a lone word is as often a newsroom ("Interfax"), unless the
        # text named a person so earlier ("… and Pablo Ruiz of Chile. Ruiz told reporters").
        full = _full_name_before(ctx, name, s0)
        if full is None:
            return None
    if ctx.countries_in(n0, n1) or ctx.mentions.places_in(n0, n1) or ctx.orgs_in(n0, n1):
        return None
    actor = _actor_by_name(ctx, name)
    if full is not None and actor.name == name:
        actor = Actor(name=full)
    return _Ref(actor=actor, span=(n0, n1))


def _full_name_before(ctx: _Ctx, surname: str, before: int) -> str | None:
    """A first name and ``surname`` as the text gave them before ``before`` ("Pablo Ruiz").

    The nearest such place before ``before`` (its " surname" ends by then). The places of a
    surname are read once a text: a page that repeats a surname with no first name would
    else be read back to its start for each of them.
    """
    found = ctx.full_names.get(surname)
    if found is None:
        found = ctx.full_names[surname] = _full_names(ctx.text.text, surname)
    ends, names = found
    i = bisect.bisect_right(ends, before) - 1
    return names[i] if i >= 0 else None


def _full_names(text: str, surname: str) -> tuple[list[int], list[str]]:
    """Where ``surname`` is given a first name or a title in ``text``, and the name then.

    Each place by the end of its " surname", in order.
    """
    ends: list[int] = []
    names: list[str] = []
    needle = " " + surname
    at = text.find(needle, 1)
    while at > 0:
        end = at + 1 + len(surname)
        if end >= len(text) or not (text[end].isalnum() or text[end] in "-’'"):
            m = _FIRST_NAME.search(text, max(0, at - 30), at, _SERIAL)
            if m is not None and m.group() in _TITLE_WORDS:
                ends.append(end)
                names.append(surname)  # "Minister Ruiz": a person, known by the surname
            elif m is not None and m.group() not in _NOT_A_NAME and m.group() not in _NOT_FIRST:
                ends.append(end)
                names.append(f"{m.group()} {surname}")
        at = text.find(needle, at + 1)
    return ends, names


def _a_person(ctx: _Ctx, ref: _Ref) -> bool:
    """Whether ``ref`` names a person: a person mention or a personal pronoun."""
    if ref.pronoun:
        return ref.pronoun in ("he", "she")
    return (
        ref.actor is not None
        and not ref.org
        and ref.span is not None
        and any(
            pm.start == ref.span[0] and pm.form != "pronoun"
            for pm in ctx.people_in(ref.span[0], ref.span[1])
        )
    )


def _retold_before(ctx: _Ctx, s0: int, verb: tuple[int, int]) -> _Candidate | None:
    """The sentence before ``s0`` as the words of "X said this" (``verb``: the verb's span).

    Only a plain sentence of narration qualifies: no speech verb, no quotation, no
    question; a dateline before it is left out.
    """
    text = ctx.text.text
    i = ctx.text.sentence_index(s0)
    if i < 1:
        return None
    b0, b1 = ctx.text.sentences[i - 1]
    if ctx.verbs_in(b0, b1, 1) or ctx.any_quote_in(b0, b1) or ctx.quote_at(b0) is not None:
        return None
    dateline = _dateline_at(text, b0, b1)
    start = dateline.end() if dateline is not None else b0
    start, end = _strip(text, start, b1)
    while end > start and text[end - 1] in ".!":
        end -= 1
    if end <= start or text[end - 1] == "?" or not _four_words(text, start, end):
        return None
    if _PLURAL_ACTORS.match(text, start, end, _SERIAL):
        return None  # "The two ministers discussed …": what both did, not one's words
    at = verb[0]
    ref = _subject_before(ctx, s0, at) or _fallback_before(ctx, s0, at)
    if ref is None or ref is _NOBODY:
        return None
    if ref.actor is not None and any(
        pm.form != "pronoun" and ctx.mentions.actors[pm.actor].name == ref.actor.name
        for pm in ctx.people_in(start, end)
    ):
        return None  # "General X has pledged …. X stated this at …": an act of his, told
    return _Candidate(start, end, ref, _REPORTED, _UNKNOWN, verb, at)


# "X stated during talks with Y, which took place in Z.": a speech verb with no words of its
# own, only the occasion (and who was met, where): the words are the sentence before.
_OCCASION_ONLY = regex.compile(
    r"""[ \t]+(?:during|at)\s+(?:the|a|an|his|her|their)?\s*
    (?:[\p{L}-]+\s+){0,3}?(?:talks|meeting|negotiations|conference|briefing|summit|session
    |consultations|ceremony)\b(?P<rest>[^.;:!?"“”«»,]*+)(?P<tail>,\s*(?:which|who|where|held
    |hosted)\b[^.;:!?"“”«»]*+)?[.!]?\s*\Z""",
    regex.VERBOSE,
)


def _occasion_only(ctx: _Ctx, s0: int, s1: int, verbs: list[regex.Match[str]]) -> _Candidate | None:
    """The sentence before as the words of "X stated during talks with Y." (``_OCCASION_ONLY``).

    The sentence before must stand in the same paragraph; the rest of the occasion holds no
    finite verb of its own (else it opens a clause: "said at the talks the sides had agreed").
    """
    text = ctx.text.text
    for verb in verbs:
        if verb.group("verb") not in _STATED_WORDS:
            continue
        m = _OCCASION_ONLY.match(text, verb.end(), s1, _SERIAL)
        if m is None or _ACT_BEFORE.search(text, m.start("rest"), m.end("rest"), _SERIAL):
            return None
        i = ctx.text.sentence_index(s0)
        p0, _ = _span_at(ctx.text.paragraphs, ctx.para_starts, s0)
        if i < 1 or ctx.text.sentences[i - 1][0] < p0:
            return None
        return _retold_before(ctx, s0, verb.span())
    return None


_STATED_WORDS = frozenset(
    ["stated", "said", "announced", "noted", "stressed", "emphasized", "emphasised", "declared"]
)
_ANNOUNCED_SENTENCES = 3  # sentences of narration before "This was announced by X", at most


def _announced_before(ctx: _Ctx, s0: int, s1: int) -> _Candidate | None:
    """'A. B. This was announced by X': the narration before it in its paragraph is X's.

    The sentence opens with ``_STATED_BY`` and names who after "by"; the sentences before it
    (up to ``_ANNOUNCED_SENTENCES``, in its paragraph) are plain narration: no speech verb, no
    quotation (which ``_STATED_BY`` attributes in ``_direct_quotes``).
    """
    text = ctx.text.text
    m = _STATED_BY.match(text, s0, s1, _SERIAL)
    if m is None:
        return None
    verbs = ctx.verbs_in(s0, m.end(), 1)
    ref = _subject_after(ctx, m.end(), s1)
    if not verbs or ref is None or ref.actor is None:
        return None
    i = ctx.text.sentence_index(s0)
    p0, _ = _span_at(ctx.text.paragraphs, ctx.para_starts, s0)
    sentences = ctx.text.sentences
    start = -1
    for b in range(i - 1, max(-1, i - 1 - _ANNOUNCED_SENTENCES), -1):
        b0, b1 = sentences[b]
        if b0 < p0 or ctx.verbs_in(b0, b1, 1) or ctx.any_quote_in(b0, b1):
            break
        if ctx.quote_at(b0) is not None:
            break
        start = b0
    if start < 0:
        return None
    dateline = _dateline_at(text, start, sentences[i - 1][1])
    start = dateline.end() if dateline is not None else start
    start, end = _strip(text, start, sentences[i - 1][1])
    while end > start and text[end - 1] in ".!":
        end -= 1
    if end <= start or text[end - 1] == "?" or not _four_words(text, start, end):
        return None
    return _Candidate(start, end, ref, _REPORTED, _UNKNOWN, verbs[0].span(), verbs[0].start())


# The subject that opens a clause after ", and": a name with its titles, or a pronoun.
_CLAUSE_SUBJECT = regex.compile(r"(?:he|she|(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu})")


def _last_clause(ctx: _Ctx, s0: int, at: int) -> int:
    """Where the clause a participle at ``at`` hangs on starts: ``s0``, or its last conjunct.

    'A visited Lima, and President B rejected the claim, saying …': the participle's subject
    is B, who opens a clause of his own after ", and" (a finite verb before the comma, one
    after B); without such a clause it is the sentence's.
    """
    text = ctx.text.text
    comma = max(text.rfind(", and ", s0, at), text.rfind(", but ", s0, at))
    if comma < 0:
        return s0
    lead = comma + 6
    if not _CLAUSE_SUBJECT.match(text, lead, at, _SERIAL):
        return s0
    if (
        _ACT_BEFORE.search(text, s0, comma, _SERIAL) is None
        or _RELATIVE_IN.search(text, s0, comma, _SERIAL) is not None
    ):
        return s0
    people = [p for p in ctx.people_in(lead, at) if p.form != "pronoun"]
    pron = _leading_pronoun(text, lead, min(at, lead + 60))
    if pron is not None and (not people or pron.start("p") < people[0].start):
        first_end = pron.end("p")
    elif people and _CLAUSE_SUBJECT.fullmatch(text, lead, people[0].start + 1, _SERIAL):
        first_end = people[0].end
    else:
        return s0
    if _ACT_BEFORE.search(text, first_end, at, _SERIAL) is None:
        return s0
    return lead


def _nested(out: list[_Candidate], at: int, ref: _Ref) -> bool:
    """Whether a verb at ``at`` stands inside a clause already read, spoken by the same speaker.

    "X said the plan, which he said was …" (or "which X said"): the words are that clause's.
    """
    for c in out:
        if c.start <= at < c.end:
            if ref.pronoun in ("he", "she"):
                return True
            if ref.actor is not None and c.ref.actor is not None:
                return ref.actor.name == c.ref.actor.name
    return False


def _reported_in(ctx: _Ctx, s0: int, s1: int, verbs: list[regex.Match[str]]) -> list[_Candidate]:
    text = ctx.text.text
    out: list[_Candidate] = []
    starts: set[int] = set()
    main_ref: _Ref | None = None
    main_cue: tuple[int, int] | None = None
    out_end = -1  # the latest end of a clause in ``out`` (none reaches a verb after it)
    # Forward: "X said (that) CLAUSE", "X stressed that CLAUSE", "X told Y that CLAUSE".
    for cue in verbs:
        at = cue.start()
        reach = min(s1, at + 200)
        told = text.startswith(("told", "tells"), at)
        has_that = text.find("that", at, reach) >= 0
        # Cheap tests first: every pattern below needs "that" or a bare clause ahead.
        bare = told or _may_open_bare(text, cue.end(), reach)
        if not (has_that or bare):
            continue
        if not ctx.outside(at) or (
            _attributes_quote(ctx, s0, at) and not _sentence_after_quote(ctx, at)
        ):
            continue
        if (
            bare
            and text.find("this", cue.end(), reach) >= 0
            and _THIS_AFTER.match(text, cue.end(), reach, _SERIAL)
        ):
            # "X said this after …": the words are the sentence before.
            retold = _retold_before(ctx, s0, cue.span())
            if retold is not None:
                out.append(retold)
                out_end = max(out_end, retold.end)
            continue
        ref: _Ref | None = None
        looked = False
        for pattern in _FORWARD_TOLD if told else _FORWARD_OTHER:
            if pattern is _REPORT_BARE:
                if not bare:
                    continue
            elif not has_that and pattern is not _REPORT_TOLD_BARE:
                continue  # "that" must follow
            m = pattern.match(text, at, reach, _SERIAL)
            if m is None:
                continue
            verb_word = m.group("verb")
            if pattern is _REPORT_THAT and ctx.verbs_in(m.start("mid"), m.end("mid"), 1):
                continue  # "said A but warned that B": the "that" is the later verb's
            if (
                pattern is _REPORT_THAT
                and verb_word in _BARE_REPORT
                and _MID_CLAUSE.match(text, m.start("mid"), m.end("mid"), _SERIAL)
            ):
                continue  # "said he would not go, claiming that …": the clause opens at "he"
            if (
                pattern is _REPORT_THAT
                and m.end("mid") > m.start("mid")
                and _NOUN_OBJECT.match(text, m.start("mid"), m.end("mid"), _SERIAL)
            ):
                continue  # "stressed the importance of talks that build trust": a relative
            if (
                pattern is _REPORT_THAT
                and verb_word in _BARE_REPORT
                and text.count(" ", m.start("mid"), m.end("mid")) >= 3
                and _RELATIVE_AFTER.match(text, m.end(), s1, _SERIAL)
            ):
                continue  # "said the sides shared a bond that was built on …": a relative
            if (
                pattern is _REPORT_THAT
                and verb_word in _BARE_REPORT
                and text.count(" ", m.start("mid"), m.end("mid")) >= 3
                and _MID_FINITE.search(text, m.start("mid"), m.end("mid"), _SERIAL)
            ):
                continue  # "said the ties have been the closest that it has": a clause
            verb = m.group("verb").lower()
            clause_start = m.end()
            if clause_start < s1 and text[clause_start] in "\"“”'‘«:":
                continue
            if pattern is _REPORT_BARE or pattern is _REPORT_TOLD_BARE:
                if pattern is _REPORT_BARE and verb in ("told", "tells"):
                    continue
                # (Each pattern of the two tests below opens with a word of its set.)
                lead = _lead_word(text, clause_start)
                if lead in _NOT_CLAUSE_FIRST and _NOT_CLAUSE.match(text, clause_start, s1, _SERIAL):
                    continue
                if (
                    lead in _SOURCE_FIRST
                    and ctx.may_name_document(clause_start, s1)
                    and _SOURCE_NP.match(text, clause_start, s1, _SERIAL)
                    and _CLAUSE_AHEAD.match(
                        text, clause_start, min(s1, clause_start + 120), _SERIAL
                    )
                    is None
                ):
                    continue  # "…, says a message posted on the ministry's website": a source
                if (
                    (verb not in _BARE_REPORT or pattern is _REPORT_TOLD_BARE)
                    and _CLAUSE_AHEAD.match(
                        text, clause_start, min(s1, clause_start + 120), _SERIAL
                    )
                    is None
                    and (
                        pattern is _REPORT_TOLD_BARE
                        or (
                            _PRONOUN_PAST.match(text, clause_start, s1, _SERIAL) is None
                            # "the statement added Lee also thanked the navy"
                            and _NAMED_PAST.match(text, clause_start, s1, _SERIAL) is None
                        )
                    )
                ):
                    continue
            if not looked:
                looked = True
                ref = _subject_before(ctx, s0, at) or _fallback_before(ctx, s0, at)
                if ref is None and _AND_BEFORE.search(text, max(s0, at - 20), at, _SERIAL):
                    ref = _first_subject(ctx, s0, at)  # "X welcomed A and said …"
                if ref is None:
                    ref = _lone_name_before(ctx, s0, at)  # "On 4 May, Lindqvist said that …"
            if ref is None or ref is _NOBODY:
                break
            if text.find(" and ", max(s0, at - 80), at) >= 0 and _JOINT_SUBJECT.search(
                text[max(s0, at - 80) : at], None, None, _SERIAL
            ):
                break  # "The Secretary and the Minister assessed that": two speakers, no one's
            if (
                at < out_end
                # (only "he", "she" or a named speaker can stand inside a clause read)
                and (ref.actor is not None or ref.pronoun in ("he", "she"))
                and _nested(out, at, ref)
            ):
                break  # "…, which he said was …": inside the same speaker's clause
            if verb in _NEWS_VERBS and (
                pattern is not _REPORT_THAT
                or not (
                    _a_person(ctx, ref)
                    or _SPOKES_BEFORE.search(text, max(s0, at - 80), at, _SERIAL)
                )
            ):
                # "Reuters reported …": a newsroom reports; a person, or a spokesperson,
                # "reported that …"
                break
            if verb in _BRIEF_VERBS and (
                pattern is not _REPORT_THAT
                or _BRIEF_TOPIC.search(m.group("mid"), None, None, _SERIAL)
            ):
                break  # "briefed X that …" reports; "briefed X on the situation that …" not
            if (
                pattern is _REPORT_THAT
                and ref.span is not None
                and _RELATIVE_SUBJECT.search(text, max(s0, ref.span[0] - 60), ref.span[0])
                and _FINITE_AFTER.match(text, m.end("verb"), m.end("mid"), _SERIAL)
            ):
                # "…, which X said sends a signal that …": the relative pronoun is the
                # subject of what X said, from its verb on
                clause_start = m.end("verb") + 1
            end = _clause_end(ctx, clause_start, s1)
            if _lead_in(ctx, clause_start, end, s1):
                break  # 'said the move will “…”': the quotation is the statement
            if clause_start in starts:
                continue
            starts.add(clause_start)
            channel = _reported_channel(text[max(s0, at - _REACH) : clause_start])
            # "said that A and that B": one reported clause, its verb's two objects.
            out.append(
                _Candidate(clause_start, end, ref, _REPORTED, channel, m.span("verb"), m.start())
            )
            out_end = max(out_end, end)
            if main_ref is None:
                main_ref, main_cue = ref, m.span("verb")
            break
    # The attribution after the clause, in either order.
    # (a clause read forward too short to be kept takes no verb from the attribution after)
    # Whether each clause holds four words, by its offsets (asked again at the end).
    four: dict[tuple[int, int], bool] = {}
    taken: set[int] = set()
    for c in out:
        if _four_words(text, c.start, c.end):
            four[c.start, c.end] = True
            taken.add(c.anchor)
        else:
            four[c.start, c.end] = False
    after = _reported_after(ctx, s0, s1, taken, verbs)
    if after is not None:
        if not any(c.start <= after.start < c.end for c in out):
            out.append(after)
        main_ref, main_cue = after.ref, after.cue
    # Participles: ", adding that CLAUSE", "Noting that CLAUSE, Lee said …".
    for m in ctx.participles_in(s0, s1):
        if m.group("bare") is not None and not _bare_participle(text, s0, s1, m):
            continue
        initial = _NON_SPACE.search(text, s0, m.start(), _SERIAL) is None
        if main_ref is None and not initial:
            # "Austin reiterated the point, noting that …": the subject speaks.
            clause0 = _last_clause(ctx, s0, m.start())
            main_ref = _first_subject(ctx, clause0, m.start()) or _quote_speaker(ctx, s0, m.start())
            if (
                main_ref is not None
                and main_ref.span is not None
                and main_ref.actor is not None
                and not main_ref.org
                and _AFTER_PREPOSITION.search(
                    text, max(s0, main_ref.span[0] - 60), main_ref.span[0], _SERIAL
                )
            ):
                # "Ties grew after the visit by Prime Minister B, adding that …": B is no
                # subject; the speaker just quoted goes on
                main_ref = _Ref(pronoun="before")
        if main_ref is None or not ctx.outside(m.start()):
            continue
        clause_start = m.end()
        while clause_start < s1 and text[clause_start].isspace():
            clause_start += 1
        if clause_start < s1 and text[clause_start] in "\"“”'‘«":
            continue  # ', adding that “…”': the quotation is the statement, as after a verb
        if initial:
            # Sentence-initial: the clause runs to the comma before the main speaker.
            stop = main_cue[0] if main_cue else s1
            speaker_start = main_ref.span[0] if main_ref.span else stop
            comma = text.rfind(",", clause_start, speaker_start)
            end = comma if comma > clause_start else _clause_end(ctx, clause_start, s1)
        else:
            end = _clause_end(ctx, clause_start, s1)
        if clause_start in starts:
            out = [c for c in out if c.start != clause_start]
        starts.add(clause_start)
        out.append(
            _Candidate(
                clause_start,
                end,
                main_ref,
                _REPORTED,
                _UNKNOWN,
                m.span("part"),
                m.start(),
            )
        )
    if not out:
        return out
    kept = []
    for c in out:
        full = four.get((c.start, c.end))
        if full is None:
            full = _four_words(text, c.start, c.end)
        if full and not _stub(ctx, c):
            kept.append(c)
    return kept


def _stub(ctx: _Ctx, c: _Candidate) -> bool:
    """Whether a reported clause is a short stub before the closed quotation that ends it.

    'noted that A and B “are keen to …”': the quotation is the statement; the three words
    before it add nothing of their own. (An unclosed quotation keeps its clause, and so
    does a quotation too short to be a statement: 'said the talks were “very useful”'.)
    """
    text = ctx.text.text
    for q in ctx.quotes_in(c.start, c.end):
        if q.closed and q.end >= c.end and q.open > c.start:
            return not _four_words(text, c.start, q.open) and _four_words(text, q.open, q.close)
    return False


# ---------------------------------------------------------------------------
# Unmarked speech


def _transcripts(ctx: _Ctx) -> list[_Candidate]:
    text = ctx.text.text
    out: list[_Candidate] = []
    current: _Ref | None = None
    paragraphs = ctx.text.paragraphs
    # The first paragraph whose head holds a colon: no turn label (it ends with one) opens
    # a paragraph before it, so nothing is read there.
    opening = next(
        (
            k
            for k in ctx.colon_paragraphs()
            if text.find(":", paragraphs[k][0], min(paragraphs[k][1], paragraphs[k][0] + 200)) >= 0
        ),
        len(paragraphs),
    )
    for p0, p1 in paragraphs[opening:]:
        head_end = min(p1, p0 + 200)
        if p1 - p0 <= _LONE_LABEL_SIZE and text.find(":", p0, p1) >= 0:
            s, e = _strip(text, p0, p1)
            lone = _LONE_LABEL.match(text, s, e, _SERIAL)
            if lone is not None:
                if lone.group("nobody") is not None:
                    current = _NOBODY
                else:
                    head = lone.group("head").split()[-1].lower()
                    current = _Ref(pronoun=f"title:{head}:", span=lone.span("head"))
                continue
        # A turn label ends with a colon: most paragraphs hold none.
        m = (
            _TURN_LABEL.match(text, p0, head_end, _SERIAL)
            if text.find(":", p0, head_end) >= 0
            else None
        )
        if m is not None:
            name = m.group("name")
            first = name.split()[0].strip(".")
            n0, n1 = m.span("name")
            place = ctx.countries_in(n0, n1) or any(
                pl.start < n1 and n0 < pl.end for pl in ctx.mentions.places_in(n0, n1 + 1)
            )
            dateline = ctx.mentions.dateline
            if (
                first in _NOT_A_SPEAKER
                or len(name.replace(" ", "")) < 3
                or place
                or (dateline is not None and dateline.start < n1 and n0 < dateline.end)
                or not _VOICE.search(text, m.end(), p1, _SERIAL)
            ):
                current = None  # a dateline ("NEW DELHI:") or a heading, not a speaker
                continue
            current = _Ref(actor=_turn_actor(ctx, m), span=m.span("name"))
            s, e = _strip(text, m.end(), p1)
            if s < e:
                out.append(_Candidate(s, e, current, _DIRECT, _SPEECH, m.span(), p0))
            continue
        if current is not None:
            s, e = _strip(text, p0, p1)
            if s < e:
                out.append(_Candidate(s, e, current, _DIRECT, _SPEECH, None, p0))
    return out


# A label that names the office first, then the person: "DEPUTY PRIME MINISTER, ANA ROE:".
_OFFICE_LABEL_END = ("Minister", "Secretary", "President", "Premier", "Spokesperson", "Chief")
_LABEL_NAME = regex.compile(r"\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){1,3}")


def _turn_actor(ctx: _Ctx, m: regex.Match[str]) -> Actor:
    s, e = m.span("name")
    label, title = m.group("name"), m.group("title")
    if (
        title is not None
        and label.split()[-1].title() in _OFFICE_LABEL_END
        and _LABEL_NAME.fullmatch(title.strip(), None, None, _SERIAL)
        and title.split()[-1].title() not in _OFFICE_LABEL_END
    ):
        # the office first: the person is named after the comma
        s, e = m.start("title") + (len(title) - len(title.lstrip())), m.end("title")
        label, title = title.strip(), label
    for pm in ctx.people_in(max(0, s - 60), e):
        if pm.start < e and s < pm.end:
            return ctx.mentions.actors[pm.actor]
    name = " ".join(w.capitalize() if w.isupper() else w for w in label.split())
    actor = _actor_by_name(ctx, name)
    if actor.name == name and title:
        return Actor(name=name, title=title.strip().title())
    return actor


def _colon_intro(ctx: _Ctx, p0: int, p1: int) -> regex.Match[str] | None:
    """The speech verb of a paragraph that ends "X said:" (or "X said in a statement:")."""
    text = ctx.text.text
    stop = p1
    while stop > p0 and text[stop - 1].isspace():
        stop -= 1
    if stop <= p0 or text[stop - 1] != ":":
        return None
    verbs = ctx.verbs_in(max(p0, stop - 240), stop)
    if not verbs or not _INTRO_TAIL.match(text, verbs[-1].end(), stop, _SERIAL):
        return None
    return verbs[-1]


def _blocks(ctx: _Ctx) -> list[_Candidate]:
    """Paragraphs after "X said:" that carry no quotation marks."""
    text = ctx.text.text
    out: list[_Candidate] = []
    paragraphs = ctx.text.paragraphs
    for k in ctx.colon_paragraphs():
        # (A paragraph without a colon ends with none: only those with one are read.)
        if k >= len(paragraphs) - 1:
            break  # (the last paragraph introduces none)
        p0, p1 = paragraphs[k]
        verb = _colon_intro(ctx, p0, p1)
        if verb is None:
            continue
        intro_start = max(p0, ctx.text.sentence_of(verb.start())[0])
        if (
            _PRESS_RELEASE.search(text, intro_start, p1, _SERIAL)
            or "following" in text[verb.start() : p1]
        ):
            continue  # "provided the following readout:" introduces narration
        ref = _subject_before(ctx, intro_start, verb.start()) or _fallback_before(
            ctx, intro_start, verb.start()
        )
        if ref is None or ref is _NOBODY:
            continue
        channel = _channel(text[intro_start:p1])
        first = k + 1
        if _left_open(ctx, *paragraphs[first]):
            # 'X stated:' / '"We will go.' / 'We also …': a quotation opened after the colon
            # and never closed runs on through the unmarked paragraphs after it (read as
            # quotations themselves); each of them, in the first person, is his speech too.
            first += 1
        for j in range(first, len(paragraphs)):
            q0, q1 = paragraphs[j]
            para = text[q0:q1]
            if _OPENS_QUOTE.match(para, None, None, _SERIAL) or _TURN_LABEL.match(
                text, q0, min(q1, q0 + 200), _SERIAL
            ):
                break
            if j > k + 1 and not _FIRST_PERSON.search(para, None, None, _SERIAL):
                break
            if _third_person_verb().search(para) or _colon_intro(ctx, q0, q1) is not None:
                break
            if first > k + 1 and ctx.any_quote_in(q0, q1):
                break  # (a quotation of its own: the run-on speech has ended)
            s, e = _strip(text, q0, q1)
            out.append(_Candidate(s, e, ref, _DIRECT, channel, verb.span(), verb.start()))
            if first > k + 1 and _SPACES.fullmatch(text, e, q1, _SERIAL) is None:
                break  # '… so we will.”': the lone closing mark ends the run-on speech
    return out


def _left_open(ctx: _Ctx, p0: int, p1: int) -> bool:
    """Whether paragraph ``[p0, p1)`` is one quotation opened at its start and never closed."""
    quotes = list(itertools.islice(ctx.quotes_in(p0, p1), 2))
    if len(quotes) != 1:
        return False
    q = quotes[0]
    text = ctx.text.text
    return (
        q.marked
        and not q.closed
        and _SPACES.fullmatch(text, p0, q.open, _SERIAL) is not None
        and _SPACES.fullmatch(text, q.end, p1, _SERIAL) is not None
    )


def _posts(ctx: _Ctx) -> list[_Candidate]:
    """Embedded posts: words followed by "— Name (@handle) Month D, YYYY"."""
    text = ctx.text.text
    out: list[_Candidate] = []
    if "(@" not in text:
        return out  # a signature names its handle in brackets
    paragraphs = ctx.text.paragraphs
    for k, (p0, p1) in enumerate(paragraphs):
        m = _SIGNATURE.search(text, max(p0, p1 - 160), p1, _SERIAL)
        if m is None:
            continue
        name, handle = m.group("name").strip(), m.group("handle")
        outlet = _news_outlet()
        if outlet.match(handle) or outlet.match(name.replace(" ", "")):
            continue
        body_start, body_end = p0, m.start()
        j = k
        # The signature on its own line: the post is the paragraph before, over lines of links.
        while j > 0 and j > k - 3 and _links_only(text, body_start, body_end):
            j -= 1
            body_start, body_end = paragraphs[j]
        link = _LINK.search(text, body_start, body_end, _SERIAL)
        if link is not None:
            body_end = link.start()
        s, e = _strip(text, body_start, body_end)
        if s >= e:
            continue
        n0, n1 = m.span("name")
        named = [pm for pm in ctx.people_in(n0, n1) if pm.form != "pronoun"]
        if named:
            actor = attrs.evolve(ctx.mentions.actors[named[0].actor], handles=(handle,))
        else:
            actor = _post_actor(ctx, name, handle)
        out.append(
            _Candidate(
                s,
                e,
                _Ref(actor=actor, span=m.span("name")),
                _DIRECT,
                _TWEET,
                m.span(),
                m.start(),
            )
        )
    return out


def _links_only(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` holds nothing but links (or nothing at all)."""
    pos = start
    while True:
        link = _LINK.match(text, pos, end, _SERIAL)
        if link is None:
            break
        pos = link.end()
    return not _has_word(text, pos, end)


def _post_actor(ctx: _Ctx, name: str, handle: str) -> Actor:
    for actor in ctx.mentions.actors:
        if handle.lower() in (h.lower() for h in actor.handles):
            return actor
    actor = _actor_by_name(ctx, name)
    if actor.name == name:
        return Actor(name=name, handles=(handle,))
    return actor


# ---------------------------------------------------------------------------
# Resolution and assembly


def _fits(actor: Actor, code: str, *, strict: bool) -> bool:
    """Whether ``actor`` can be the one an office names ("the Chinese minister": code CHN)."""
    if not code:
        return True
    if actor.country is None:
        return not strict
    return actor.country.code == code


def _resolve(ctx: _Ctx, ref: _Ref, anchor: int, history: dict[int, _Ref]) -> _Ref:
    """The reference with its actor filled in (pronouns and offices resolved), or ``_NOBODY``."""
    if ref.actor is not None:
        return ref
    if not ref.pronoun:
        return _NOBODY
    code = ref.pronoun.split(":")[2] if ref.pronoun.startswith("title:") else ""
    if ref.pronoun.startswith("title:"):
        # "the Malaysian minister": the one actor whose title has that office and country.
        head = ref.pronoun.split(":")[1]
        key = (head, code)
        if key in ctx.holders:
            holder = ctx.holders[key]
        else:
            holder = ctx.holders[key] = _sole_holder(
                ctx, lambda a, title: head in title.lower() and _fits(a, code, strict=False)
            )
        if holder is not None and code and holder.country is None:
            # Only the office's head word ties the holder to "the Polish minister": a person
            # of no known office nearer by (the speaker before, or the one named next when
            # the office opens the text) is likelier the one
            nearer = _untitled_near(ctx, ref, anchor, history, code)
            if nearer is not None and nearer.actor != holder:
                return nearer
        if holder is not None:
            return _Ref(actor=holder, span=ref.span)
        if head.startswith("spokes"):
            return _NOBODY  # a spokesperson never named is not the last one who spoke
    for strict in (True, False) if code else (False,):
        found = _walk_back(ctx, ref, anchor, history, code, strict=strict)
        if found is not None and (strict or not code or _holds_office(found, ref)):
            return found
    return _NOBODY


def _untitled_near(
    ctx: _Ctx, ref: _Ref, anchor: int, history: dict[int, _Ref], code: str
) -> _Ref | None:
    """A person of no known office or country who may hold ``ref``'s office of ``code``.

    The nearest one before ``anchor`` (as a walk back finds them), else, when nobody spoke
    before, the subject of the next two sentences.
    """
    found = _walk_back(ctx, ref, anchor, history, code, strict=False)
    if found is None:
        idx = bisect.bisect_right(ctx.sent_starts, anchor) - 1
        if any(i < idx for i in history):
            return None
        for s0, s1 in ctx.text.sentences[idx + 1 : idx + 3]:
            verbs = ctx.verbs_in(s0, s1, 1)
            if verbs:
                at = verbs[0].start()
                found = _subject_before(ctx, s0, at) or _fallback_before(ctx, s0, at)
                break
    if found is None or found.actor is None or found.org:
        return None
    actor = found.actor
    if actor.title is not None or actor.country is not None:
        return None
    return found._replace(span=ref.span)


def _holds_office(found: _Ref, ref: _Ref) -> bool:
    """Whether ``found``, of no known country, may be "the Ruritanian <office>" of ``ref``.

    Only a person whose office is not known or of the same kind: "the Chinese general
    said" is not a press office, nor a foreign minister of unknown country.
    """
    actor = found.actor
    if actor is None or found.org:
        return False
    if actor.country is not None or actor.title is None:
        return True
    wanted = title_kind(ref.pronoun.split(":")[1])
    return wanted is None or title_kind(actor.title) in (None, wanted)


_BEFORE_ORG_REACH = 6  # sentences back to a body's words that a bare quotation carries on


# A body a sentence closes on as its source: "…, according to the JCS." / "…, according to
# the Defence Ministry." (a later "it said" is that body's words).
_ACCORDING_TAIL = regex.compile(
    r",\s+according\s+to\s+(?:the\s+)?(?P<org>\p{Lu}[\p{L}&-]*(?:\s+(?:of\s+(?:the\s+)?)?"
    r"\p{Lu}[\p{L}&-]*){0,5})(?:\s+\(\p{Lu}[\p{L}]{1,7}\))?\s*[.!?]?[\"”’']?\s*\Z"
)
_ACCORDING_SIZE = 100  # characters of a sentence's end read for it


def _according_body(ctx: _Ctx, i: int) -> _Ref | None:
    """The body sentence ``i`` names last as its source ("…, according to the JCS."), if any."""
    s0, s1 = ctx.text.sentences[i]
    lo = max(s0, s1 - _ACCORDING_SIZE)
    if ctx.low.find("according to", lo, s1) < 0:
        return None
    m = _ACCORDING_TAIL.search(ctx.text.text, lo, s1, _SERIAL)
    if m is None or ctx.people_in(*m.span("org")):
        return None  # (a person as the source: "according to Lee")
    name = m.group("org")
    if name.isupper():
        actor = _actor_by_name(ctx, name)  # (spelled out where the text does: "JCS")
    elif ctx.orgs_in(*m.span("org")) or _org_before(ctx.text.text, m.start("org"), m.end("org")):
        actor = Actor(name=name)
    else:
        return None
    return _Ref(actor=actor, span=m.span("org"), org=True)


def _walk_back(
    ctx: _Ctx, ref: _Ref, anchor: int, history: dict[int, _Ref], code: str, *, strict: bool
) -> _Ref | None:
    """The speaker or subject of the nearest sentence before ``anchor`` that fits ``ref``."""
    want_org = ref.pronoun == "it"
    idx = bisect.bisect_right(ctx.sent_starts, anchor) - 1  # (``Text.sentence_index``)
    # (no person stands between "it" and the body it refers to: its reach is longer)
    before = ref.pronoun.startswith("before")
    cut = ref.pronoun == _CUT_OFF  # (a quotation cut off: the sentence just before only)
    reach = _BEFORE_ORG_REACH if before else 16 if want_org else 8
    # "the statement said": a person who spoke "in a statement" before issued it
    doc_word = _back_document(ctx, ref) if want_org else ""
    # The people a pronoun passed on the way names beside itself ("He held talks with B"):
    # the pronoun, the same person all along, is none of them.
    others: set[int] | None = None
    sentences, floor, body = ctx.text.sentences, ctx.floor, ctx.text.text
    last = max(-1, idx - reach)  # (the sentence the walk stops before)
    if not (want_org or before or cut) and not _may_name(ctx, history, last + 1, idx, anchor):
        last = idx  # nobody to find on the way: the walk reads nothing
    for i in range(idx, last, -1):
        said = history.get(i)
        if (
            said is not None
            and said.actor is not None
            and (said.org == want_org or before)
            and (want_org or _fits(said.actor, code, strict=strict))
        ):
            # ("before": the speaker just quoted, a person or a body)
            if not before or idx - i < 2 or (said.org and not cut):
                return said._replace(span=ref.span)
            return None
        if cut and idx - i >= 1:
            return None
        if before and idx - i >= 2:
            # Further back only a body's words carry on: a release quoted paragraph after
            # paragraph, its last quotation without an attribution of its own.
            if said is not None or _unnamed_said(ctx, i):
                return None  # (someone unnamed spoke in between)
            continue
        if want_org:
            if (
                said is not None
                and said.actor is not None
                and doc_word
                and doc_word in ctx.low[slice(*ctx.text.sentences[i])]
                and _in_a_document(ctx, i, doc_word)
            ):
                return said._replace(span=ref.span)  # "X said in a statement …": his
            if _newsroom_in(ctx, i, anchor):
                return _NOBODY  # "…, the agency reported. …, it said.": the newsroom's words
            if i < idx:
                source = _according_body(ctx, i)
                if source is not None:
                    return source._replace(span=ref.span)
            continue
        s0, s1 = sentences[i]
        key = (s0, min(s1, anchor))
        if key in floor:
            subject = floor[key]  # (read once a parse: the walks back of its pronouns meet)
        elif _may_list(body, s0, min(s1, s0 + 60)) and (
            _TEASER.match(body, s0, min(s1, s0 + 40), _SERIAL)
            or _ATTENDANCE.match(body, s0, min(s1, s0 + 60), _SERIAL)
        ):
            subject = floor[key] = None  # a teaser, or a list of those present: no one
        else:
            subject = floor[key] = _floor_person(ctx, *key)
        if (
            i == idx
            and subject is not None
            and subject.actor is not None
            and subject.span is not None
            and ref.pronoun in _POSSESSIVE_OF
            and _possessive_before(ctx, s0, subject.span[0], ref.pronoun)
        ):
            # "On his talks with General B, he said": "his" is the speaker, as "he" is, and
            # the person named after it, whom he met, is neither (nor is B further back).
            if others is None:
                others = set()
            others.update(_people_beside(ctx, subject.span[0], key[1]))
            continue
        if subject is not None and subject.actor is None and subject.pronoun == ref.pronoun:
            if subject.span is not None:
                if others is None:
                    others = set()
                beside = ctx.beside.get((subject.span[1], key[1]))  # (``_people_beside``'s)
                if beside is None:
                    beside = _people_beside(ctx, subject.span[1], key[1])
                others.update(beside)
            continue
        if others and subject is not None and subject.span is not None:
            subject = _other_person(ctx, subject, key[1], others)
        if (
            i == idx
            and subject is not None
            and subject.span is not None
            and not want_org
            and any(
                (said := history.get(k)) is not None and said.actor is not None and not said.org
                for k in (idx - 1, idx - 2)
            )
            and _AFTER_PREPOSITION.search(
                body, max(s0, subject.span[0] - 60), subject.span[0], _SERIAL
            )
        ):
            # "L stressed that … . Ties have deepened since the visit by Prime Minister B,
            # he added": B, named after a preposition, is no subject; the speaker goes on
            continue
        if (
            subject is not None
            and subject.actor is not None
            and not subject.org
            and _fits(subject.actor, code, strict=strict)
            and (strict or not _an_organisation(ctx, subject))
        ):
            return subject._replace(span=ref.span)
    if want_org:
        return _issuer_before(ctx, ref, anchor)
    if code and strict:
        for actor in ctx.mentions.actors:
            if _fits(actor, code, strict=True):
                return _Ref(actor=actor, span=ref.span)
    return None


def _may_list(text: str, start: int, stop: int) -> bool:
    """Whether ``_TEASER`` or ``_ATTENDANCE`` may match at ``start`` (before ``stop``).

    Each branch of both opens, after white space (``\\s*``), with a capital of ``_LIST_FIRST``.
    """
    k = start
    while k < stop and text[k] in _WHITE_SPACE:
        k += 1
    return k < stop and text[k] in _LIST_FIRST


_LIST_FIRST = frozenset("ARPTHS")  # Also, Read, Related, Present, The, He, She, ...


def _may_name(ctx: _Ctx, history: dict[int, _Ref], first: int, idx: int, anchor: int) -> bool:
    """Whether a walk back over sentences ``first`` to ``idx`` (up to ``anchor``) may find anyone.

    A person's walk (no body's, no "before" or cut-off one) returns an actor it reads there:
    a speaker of ``history`` with an actor, or a sentence's subject with one. A subject with
    an actor is a person or an organisation the mention stage found in the stretch the walk
    reads (``_floor_person``, ``_first_subject``, ``_other_person`` read their actors off
    ``people_in`` and ``orgs_in`` of windows inside it); titles and pronouns carry none. With
    neither, every step of the walk finds nobody, and the walk may be skipped: exact.
    """
    if first > idx:
        return False  # (no sentence to walk)
    if ctx.named_in(ctx.sent_starts[first], anchor):
        return True
    get = history.get
    for i in range(first, idx + 1):
        said = get(i)
        if said is not None and said.actor is not None:
            return True
    return False


_POSSESSIVE_OF = {"he": "his", "she": "her"}
_POSSESSIVE_REACH = 80  # characters of a sentence's opening phrase read for "his"/"her"


def _possessive_before(ctx: _Ctx, s0: int, at: int, pronoun: str) -> bool:
    """Whether the pronoun's possessive ("his" for "he") opens ``[s0, at)``, a short phrase."""
    if at - s0 > _POSSESSIVE_REACH:
        return False
    low = ctx.low
    word = _POSSESSIVE_OF[pronoun]
    hit = low.find(word, s0, at)
    while hit >= 0:
        if (hit == 0 or not low[hit - 1].isalpha()) and not low[hit + len(word)].isalpha():
            return True
        hit = low.find(word, hit + 1, at)
    return False


def _back_document(ctx: _Ctx, ref: _Ref) -> str:
    """The noun of "the statement" / "the release" that ``ref`` stands for, else ""."""
    if ref.span is None:
        return ""
    # (the span holds the noun, or the noun and its article)
    words = ctx.low[max(0, ref.span[0] - 5) : ref.span[1]].split()
    if len(words) < 2 or words[-2] not in ("the", "this", "that"):
        return ""
    return words[-1] if words[-1] in ("statement", "release", "communique", "communiqué") else ""


def _in_a_document(ctx: _Ctx, i: int, noun: str) -> bool:
    """Whether sentence ``i`` has its speaker speak "in a statement" (of no body named)."""
    s0, s1 = ctx.text.sentences[i]
    return any(
        m.group("doc") == noun for m in _IN_A_DOCUMENT.finditer(ctx.low, s0, s1, _NO_OVERLAP)
    )


# "said in a statement", "in a press release, X said", "X issued a statement": over lower case
_IN_A_DOCUMENT = regex.compile(
    r"\b(?:in|issued)\s+an?\s+(?:(?:written|press|short|brief)\s+)?"
    r"(?P<doc>statement|release|communiqu[eé])\b"
)


def _unnamed_said(ctx: _Ctx, i: int) -> bool:
    """Whether sentence ``i`` says or tells something, outside quotations ("an official said")."""
    s0, s1 = ctx.text.sentences[i]
    return any(
        (v.group().lower() in _BARE_REPORT or v.group().lower().startswith("told"))
        and ctx.outside(v.start())
        for v in ctx.verbs_in(s0, s1)
    )


def _people_beside(ctx: _Ctx, start: int, stop: int) -> list[int]:
    """The actors of the people named in ``[start, stop)``, outside quotations.

    Read once a window (the walks back of a sentence's pronouns pass the same sentences).
    """
    key = (start, stop)
    found = ctx.beside.get(key)
    if found is None:
        found = ctx.beside[key] = [
            pm.actor
            for pm in ctx.people_in(start, stop)
            if pm.form != "pronoun" and not ctx.inside_quote(pm.start, pm.end)
        ]
    return found


def _other_person(ctx: _Ctx, subject: _Ref, stop: int, others: set[int]) -> _Ref | None:
    """``subject``, or when it is one of ``others`` the next person of its sentence who is not.

    "A received B. He held talks with A. …, he said": "he" is B.
    """
    assert subject.span is not None
    if subject.actor is None or not any(ctx.mentions.actors[a] == subject.actor for a in others):
        return subject
    for pm in ctx.people_in(subject.span[1], stop):
        if (
            pm.form != "pronoun"
            and pm.actor not in others
            and not ctx.inside_quote(pm.start, pm.end)
        ):
            return _Ref(actor=ctx.mentions.actors[pm.actor], span=(pm.start, pm.end))
    return None


def _an_organisation(ctx: _Ctx, ref: _Ref) -> bool:
    """Whether a sentence's first subject is an organisation named there ("ISPR said").

    A person ("he", "the general") is never one: the walk back for them passes it by,
    unless it is of the very country the office is of ("the Ruritanian minister" after
    "the Ruritanian ministry said": its words, at worst).
    """
    span = ref.span
    return (
        ref.actor is not None
        and span is not None
        and any(o.start == span[0] for o in ctx.orgs_in(span[0], span[1]))
    )


# A person named after a preposition, maybe with an office or rank between: "the visit by
# Prime Minister B", "talks with General B".
_AFTER_PREPOSITION = regex.compile(
    r"\S\s+(?:by|of|with|from|to|for|under)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\Z"
)


def _floor_person(ctx: _Ctx, start: int, stop: int) -> _Ref | None:
    """``_first_subject`` of a sentence, for a person's pronoun or office to walk back to.

    A body named first ("Chief of the Kenya Defence Forces, General A B thanked …") gives
    way to the first person named after it in the sentence: "he" is never the body.
    """
    subject = _first_subject(ctx, start, stop)
    if subject is None or subject.span is None or not _an_organisation(ctx, subject):
        return subject  # a person, or an office
    for pm in ctx.people_in(subject.span[1], stop):
        if pm.form != "pronoun" and not ctx.inside_quote(pm.start, pm.end):
            return _Ref(actor=ctx.mentions.actors[pm.actor], span=(pm.start, pm.end))
    return subject


_SENTENCE_TAIL = ".!?\"”’' \t\n"


def _newsroom_in(ctx: _Ctx, i: int, anchor: int) -> bool:
    """Whether sentence ``i``, up to ``anchor``, closes on a newsroom's "… reported"."""
    s0, s1 = ctx.text.sentences[i]
    text = ctx.text.text
    return any(
        text.startswith("report", v.start())
        and ctx.outside(v.start())
        and not text[v.end() : min(s1, anchor)].strip(_SENTENCE_TAIL)
        for v in ctx.verbs_in(s0, min(s1, anchor))
    )


def _issuer_before(ctx: _Ctx, ref: _Ref, anchor: int) -> _Ref | None:
    """The issuer of the release named last before ``anchor`` ("a press release of ISPR").

    "The release said …" then speaks for it.
    """
    text = ctx.text.text
    found = None
    lo = max(0, anchor - 4 * _REACH)
    for m in _ISSUED_BY.finditer(text, lo, anchor, _NO_OVERLAP, _SERIAL):
        found = m
    # "…, according to the ministry. “…,” it said": the body named as the source before.
    source = _source_before(ctx, found.end() if found is not None else lo, anchor)
    if source is not None:
        return _Ref(actor=source, span=ref.span, org=True)
    if found is None:
        return None
    n0, n1 = found.span("org")
    if n1 - n0 < 2 or (text[n1 : n1 + 1] == "." and text[n1 + 1 : n1 + 2].isalpha()):
        return None  # "a statement issued by U.S. and Indian officials": initials, no body
    orgs = ctx.orgs_in(n0, n1 + 1)
    if orgs:
        actor = Actor(name=orgs[0].name, country=orgs[0].country)
    else:
        actor = Actor(name=found.group("org"))
    return _Ref(actor=actor, span=ref.span, org=True)


_ACCORDING_TO = regex.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?")


def _source_before(ctx: _Ctx, start: int, anchor: int) -> Actor | None:
    """The body named last in ``[start, anchor)`` after "according to", outside quotations.

    "according to the ministry": the one named in full before, else "Ministry".
    """
    low = ctx.low
    at = low.rfind("according to", start, anchor)
    while at >= 0:
        m = _ACCORDING_TO.match(ctx.text.text, at, anchor, _SERIAL)
        if m is not None and ctx.outside(at):
            orgs = ctx.orgs_in(m.end(), min(anchor, m.end() + 80))
            if orgs and orgs[0].start == m.end():
                return Actor(name=orgs[0].name, country=orgs[0].country)
            named = _ORG_AFTER.match(ctx.text.text, m.end(), anchor, _SERIAL)
            if named is None:
                return None
            name = _org_name(named.group("org"))
            if " " not in name:
                # "the ministry": the one named in full before, if any
                for om in reversed(ctx.orgs_in(0, at)):
                    if name.lower() in om.name.lower().split():
                        return Actor(name=om.name, country=om.country)
            return Actor(name=name)
        at = low.rfind("according to", start, at)
    return None


def find_statements(text: Text, mentions: Mentions) -> tuple[Statement, ...]:
    """Find what was said in ``text`` and by whom.

    >>> from defrel._text import prepare
    >>> find_statements(prepare(""), Mentions())
    ()
    >>> t = prepare("“We will work together on this,” Anna Berg said.")
    >>> st = find_statements(t, Mentions())
    >>> st[0].speaker.name, st[0].text, st[0].kind.value, st[0].channel.value
    ('Anna Berg', 'We will work together on this,', 'direct', 'unknown')
    """
    quotes = find_quotes(text)
    ctx = _Ctx(text, mentions, quotes)
    body = text.text
    transcripts = _transcripts(ctx)
    turn_paragraphs = {text.paragraph_of(c.start)[0] for c in transcripts}
    candidates: list[_Candidate] = list(transcripts)
    words_of: dict[tuple[int, int], list[str]] = {}
    for d in _direct_quotes(ctx):
        if turn_paragraphs and text.paragraph_of(d.start)[0] in turn_paragraphs:
            continue
        words = _span_words(body, d.start, d.end)
        words_of[d.start, d.end] = words
        if len(words) < 4 or _is_title(words):
            continue
        if d.fragment and not d.attributed:
            continue
        candidates.append(_Candidate(d.start, d.end, d.ref, _DIRECT, d.channel, d.cue, d.anchor))
    candidates.extend(_blocks(ctx))
    candidates.extend(_posts(ctx))
    candidates.extend(_reported(ctx))
    candidates.extend(_nested_reports(ctx))
    candidates.sort(key=_ANCHOR_START)

    history: dict[int, _Ref] = {}
    resolved: list[tuple[_Candidate, _Ref]] = []
    orgs: list[Actor] = []
    sent_starts = ctx.sent_starts  # (``Text.sentence_index`` by ``bisect``, below)
    for c in candidates:
        who = _resolve(ctx, c.ref, c.anchor, history)
        if who.org and who.actor is not None:
            who = _named_org(who, orgs)
            who = _in_full(ctx, who)
        if who.actor is not None and " " not in who.actor.name:
            who = _contracted(ctx, who)
        if who.actor is None:
            if c.cue is not None:
                # ("an official said": words of no one named, which a bare quotation after
                # them does not carry on past)
                history.setdefault(bisect.bisect_right(sent_starts, c.anchor) - 1, _NOBODY)
            if c.kind is _REPORTED:
                continue
        elif c.cue is not None:
            history[bisect.bisect_right(sent_starts, c.anchor) - 1] = who
            history.setdefault(bisect.bisect_right(sent_starts, c.start) - 1, who)
        resolved.append((c, who))
    resolved.sort(key=lambda r: r[0].start)
    resolved = _written_by_it(resolved)
    between = _between_reports(ctx, resolved)
    if between:
        resolved.extend(between)
        resolved.sort(key=lambda r: r[0].start)
    return _assemble(ctx, resolved, words_of)


_IT_REACH = 600  # characters from a document's quotation to the next that "it" attributes


def _written_by_it(resolved: list[tuple[_Candidate, _Ref]]) -> list[tuple[_Candidate, _Ref]]:
    """'“…,” a joint statement said. “…,” it said.': "it" is the document, its words written.

    A direct quotation that "it" attributes, with no medium of its own, takes the written
    medium of the quotation just before it (the statement, release or readout "it" names).
    """
    out: list[tuple[_Candidate, _Ref]] = []
    last: _Candidate | None = None
    for c, who in resolved:
        if (
            last is not None
            and c.kind is _DIRECT
            and c.channel is _UNKNOWN
            and c.ref.pronoun == "it"
            and last.channel is _STATEMENT
            and c.start - last.end < _IT_REACH
        ):
            c = c._replace(channel=_STATEMENT)  # noqa: PLW2901 - the candidate as read
        if c.kind is _DIRECT:
            last = c
        out.append((c, who))
    return out


_BETWEEN_SENTENCES = 3  # sentences between two reports of one speaker read as his words
# A stance, not an event told: "the navy will train more" (narration: "Peru sent two ships").
_MODAL = regex.compile(r"\b(?:will|would|shall|should|must|can|could)\b")
_SENTENCE_CLOSE = ".!? \t\n"


def _sentence_words(text: str, s0: int, s1: int) -> tuple[int, int]:
    """The sentence ``[s0, s1)`` without the white space before it and its closing stops."""
    end = s1
    while end > s0 and text[end - 1] in _SENTENCE_CLOSE:
        end -= 1
    start = s0
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _between_reports(
    ctx: _Ctx, resolved: list[tuple[_Candidate, _Ref]]
) -> list[tuple[_Candidate, _Ref]]:
    """Sentences between two reported statements of one speaker in a paragraph: his words.

    "A said that the ties were old. Faced with new threats, the navy will train more. The
    navy stands ready, A stated.": the middle sentence, with no speech verb or quotation of
    its own, a stance (a modal) rather than an event told, and naming A's own country, goes
    on with what A said.
    """
    out: list[tuple[_Candidate, _Ref]] = []
    text = ctx.text.text
    sentences = ctx.text.sentences
    for a, who_a in resolved:
        if a.kind is _REPORTED and who_a.actor is not None and who_a.actor.country is not None:
            out.extend(_country_goes_on(ctx, a, who_a, who_a.actor.country.code))
    for (a, who_a), (b, who_b) in itertools.pairwise(resolved):
        if (
            a.kind is not _REPORTED
            or b.kind is not _REPORTED
            or who_a.actor is None
            or who_b.actor is None
            or who_a.actor.name != who_b.actor.name
        ):
            continue
        i = bisect.bisect_right(ctx.sent_starts, max(a.start, a.end - 1)) - 1
        j = bisect.bisect_right(ctx.sent_starts, b.start) - 1
        if not 1 < j - i <= _BETWEEN_SENTENCES + 1:
            continue
        p0, p1 = _span_at(ctx.text.paragraphs, ctx.para_starts, a.start)
        if not p0 <= b.start < p1:
            continue
        for s0, s1 in sentences[i + 1 : j]:
            if ctx.any_quote_in(s0, s1) or not ctx.outside(s0) or ctx.verbs_in(s0, s1, 1):
                continue
            start, end = _sentence_words(text, s0, s1)
            if (
                _four_words(text, start, end)
                and _MODAL.search(text, start, end, _SERIAL)
                and _own_side(ctx, who_a, start, end)
                and all(o[0].start != start for o in out)
            ):
                c = _Candidate(start, end, who_a, _REPORTED, a.channel, None, start)
                out.append((c, who_a))
    return out


def _own_side(ctx: _Ctx, who: _Ref, start: int, end: int) -> bool:
    """Whether ``[start, end)`` names the speaker's own country ("the Chilean navy will …").

    A stance of the speaker's side is his to state; "the ministry will publish …" between
    two of his reports may be the narrator's.
    """
    country = who.actor.country if who.actor is not None else None
    return country is not None and any(
        m.country.code == country.code for m in ctx.countries_in(start, end)
    )


# A country's present or future stance opening a sentence: "Chile appreciates", "Chile will".
# (a closed list of verbs of stance: "Chile provides aid" may be the narrator's background)
_STANCE_AFTER = regex.compile(
    r"\s+(?:\p{Ll}+ly\s+)?(?:will|is\s+(?:willing|ready|committed|determined|prepared)"
    r"|remains|stands|appreciates|supports|values|welcomes|regards|attaches|respects|opposes"
    r"|hopes|believes|wishes|thanks|commends|cherishes|adheres|looks\s+forward)\b"
)


def _country_goes_on(
    ctx: _Ctx, a: _Candidate, who: _Ref, code: str
) -> list[tuple[_Candidate, _Ref]]:
    """The sentences after a report that open with its speaker's country's stance.

    "General A said that Chile regards Peru as a friend. Chile appreciates the help Peru
    has given.": the next sentence of the paragraph, the speaker's country its subject in
    the present, with no speech verb or quotation of its own, goes on with what A said.
    """
    text = ctx.text.text
    sentences = ctx.text.sentences
    i = bisect.bisect_right(ctx.sent_starts, max(a.start, a.end - 1)) - 1
    _, p1 = _span_at(ctx.text.paragraphs, ctx.para_starts, a.start)
    out: list[tuple[_Candidate, _Ref]] = []
    for s0, s1 in sentences[i + 1 : i + 1 + _BETWEEN_SENTENCES]:
        if s0 >= p1 or ctx.any_quote_in(s0, s1) or ctx.verbs_in(s0, s1, 1):
            break
        start, end = _sentence_words(text, s0, s1)
        first = ctx.countries_in(start, min(s1, start + 40))
        if (
            not first
            or first[0].start != start
            or first[0].country.code != code
            or not _STANCE_AFTER.match(text, first[0].end, s1, _SERIAL)
        ):
            break
        if not _four_words(text, start, end):
            break
        out.append((_Candidate(start, end, who, _REPORTED, a.channel, None, start), who))
    return out


# After a speaker named at a quotation's start: "said (to his host) that ".
_NESTED_REPORT = regex.compile(
    r"\s+(?P<verb>said|told)\s+(?:to\s+)?(?:[^,.;:\"“”‘’]{1,40}?\s+)?that\s+"
)
_NESTED_REACH = 80  # characters after the name read for "said … that"
_TITLE_LEAD = regex.compile(r"(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}")


def _nested_reports(ctx: _Ctx) -> list[_Candidate]:
    """A quotation that opens on a named person's words reported: "“A said to B that …".

    The quoted speaker (a spokesman) tells what A said: the clause after "that", to the
    sentence's or the quotation's end, is a reported statement of A.
    """
    text = ctx.text.text
    out: list[_Candidate] = []
    quotes = ctx.quotes
    unmarked = quotes.unmarked
    # (the parallel lists, not ``Quote`` rows: a text of marks builds none)
    for k, (opened, s1) in enumerate(zip(quotes.open, quotes.close, strict=True)):
        s0 = opened if k in unmarked else opened + 1  # (past the opening mark)
        if s1 - s0 < _SEVEN or not text[s0].isupper():
            continue
        reach = min(s1, s0 + 60 + _NESTED_REACH)
        if text.find(" said ", s0, reach) < 0 and text.find(" told ", s0, reach) < 0:
            continue  # (most quotations: no report verb near their start)
        people = ctx.people_in(s0, min(s1, s0 + 60))
        if not people or people[0].form == "pronoun":
            continue
        pm = people[0]
        if pm.start != s0 and not _TITLE_LEAD.fullmatch(text, s0, pm.start, _SERIAL):
            continue  # (only a title may stand before the name: "“Minister A said …")
        m = _NESTED_REPORT.match(text, pm.end, min(s1, pm.end + _NESTED_REACH), _SERIAL)
        if m is None:
            continue
        start = m.end()
        end = min(s1, ctx.text.sentence_of(start)[1])
        while end > start and text[end - 1] in _SENTENCE_CLOSE + ",”\"’'":
            end -= 1
        if not _four_words(text, start, end):
            continue
        ref = _Ref(actor=ctx.mentions.actors[pm.actor], span=(pm.start, pm.end))
        # (no cue: the words around are the quoted speaker's, whom a pronoun after means)
        out.append(_Candidate(start, end, ref, _REPORTED, _UNKNOWN, None, m.start()))
    return out


def _in_full(ctx: _Ctx, who: _Ref) -> _Ref:
    """A body that speaks by an acronym the text spells out, named in full with it.

    "the DND" is the "Department of National Defence (DND)".
    """
    name = who.actor.name if who.actor is not None else ""
    full = _full_name(ctx, name)  # (None unless the name is an acronym the text spells out)
    if full is None:
        return who
    return who._replace(actor=attrs.evolve(full, name=f"{full.name} ({name})"))


def _contracted(ctx: _Ctx, who: _Ref) -> _Ref:
    """A one-word speaker that contracts a body the text names in full, named in full.

    "Mindef" is the "Ministry of Defence" named before: the word is the heads of its
    capitalised words run together ("Min" + "def").
    """
    assert who.actor is not None
    name = who.actor.name
    if len(name) < 4 or not name[0].isupper() or name.isupper() or who.actor.title:
        return who
    low = name.lower()
    for om in ctx.mentions.organisations:
        words = [w.lower() for w in om.name.split() if w[:1].isupper()]
        if len(words) >= 2 and low[0] == words[0][0] and _runs_together(low, words):
            actor = Actor(name=f"{om.name} ({name})", country=om.country)
            return who._replace(actor=actor, org=True)
    return who


def _runs_together(low: str, words: list[str]) -> bool:
    """Whether ``low`` is a head of two letters or more of each of ``words``, in order."""
    if not words:
        return not low
    head = words[0]
    for n in range(min(len(head), len(low)), 1, -1):
        if head[:n] == low[:n] and _runs_together(low[n:], words[1:]):
            return True
    return False


def _named_org(who: _Ref, orgs: list[Actor]) -> _Ref:
    """An organisation named by its head word ("the ministry") is the one named before."""
    assert who.actor is not None
    name = who.actor.name
    if " " not in name:
        for earlier in reversed(orgs):
            if name.lower() in earlier.name.lower().split():
                return who._replace(actor=earlier)
    orgs.append(who.actor)
    return who


def _default_channel(ctx: _Ctx, resolved: list[tuple[_Candidate, _Ref]]) -> Channel:
    """The channel of a text that is itself a release: quotes without a cue take it."""
    body = ctx.text.text
    low = ctx.low
    sourced = any(map(low.__contains__, ("according to", "citing", "with reference to")))
    stripped = body.rstrip()
    tail = max(0, len(stripped) - 200)
    if (sourced and _office_sourced(ctx)) or (
        # A credit line names a department, a ministry or an office.
        any(map(stripped[tail:].__contains__, ("Department", "Ministry", "Office")))
        and _CREDIT_LINE.search(stripped, tail, None, _SERIAL)
    ):
        return _STATEMENT
    if _PRESS_RELEASE.search(body, 0, 300, _SERIAL):
        return _STATEMENT
    if body.find("issued", 0, _ISSUED_REACH) >= 0 and _ISSUED_BY_BODY.search(
        body, 0, _ISSUED_REACH, _SERIAL
    ):
        return _STATEMENT  # the text is a body's release, as the source line says
    # One occasion with speech (a joint press conference) and no other setting named: the
    # quotes of its other speakers were spoken there too.
    settings = {
        c.channel
        for c, _ in resolved
        if c.channel is not _UNKNOWN
        and not (c.cue is not None and _TO_REPORTERS.match(low, c.cue[1], None, _SERIAL))
    }
    if settings == {_SPEECH}:
        return _SPEECH
    # The lead reports an organisation's words: the article retells its release.
    lead_end = ctx.text.sentences[1][1] if len(ctx.text.sentences) > 1 else len(body)
    if any(who.org and c.kind is _REPORTED and c.start < lead_end for c, who in resolved):
        return _STATEMENT
    return _UNKNOWN


# A speaker's own spoken occasion: "in his opening remarks", "during her keynote address".
_OWN_OCCASION = regex.compile(
    r"\b(?:his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:remarks|speech|address|keynote|lecture"
    r"|testimony|briefing)\b",
    regex.IGNORECASE,
)


_OCCASION_REACH = 120  # characters either side of a cue read for "his remarks"


def _speech_owners(ctx: _Ctx, resolved: list[tuple[_Candidate, _Ref]]) -> frozenset[str]:
    """The speakers whose own spoken occasion ("his opening remarks") is the only one named.

    Empty when some occasion is shared ("at a joint press conference"): its speakers'
    quotes without a cue were all spoken there. Otherwise the text's other speakers'
    quotes were not (they may have spoken anywhere).
    """
    owners: set[str] = set()
    for c, who in resolved:
        if c.channel is not _SPEECH or c.cue is None:
            continue
        s0, s1 = ctx.text.sentence_of(c.cue[0])
        lo, hi = max(s0, c.cue[0] - _OCCASION_REACH), min(s1, c.cue[1] + _OCCASION_REACH)
        if who.actor is None or not _OWN_OCCASION.search(ctx.text.text, lo, hi, _SERIAL):
            return frozenset()
        owners.add(who.actor.name)
    return frozenset(owners)


def _office_sourced(ctx: _Ctx) -> bool:
    """Whether the text cites an office ("according to the defence ministry").

    A match starts at "according", "citing" or "with": in a plain text, where ``low``
    holds one of them, the pattern is tried there alone (not over the whole text).
    """
    body = ctx.text.text
    if not ctx.plain:
        return _guard.search(_org_source(), body) is not None
    if _guard.spent():
        return False  # as the guarded scan then finds nothing
    pattern, low = _org_source(), ctx.low
    for word in ("according", "citing", "with"):
        at = low.find(word)
        while at >= 0:
            if pattern.match(body, at, None, _SERIAL) is not None:
                return True
            at = low.find(word, at + 1)
    return False


def _source_lines(ctx: _Ctx) -> list[tuple[frozenset[str], Channel]]:
    """What a "Source:" line says of each person it names: "X on Facebook; Y, cited by …".

    Each part (split at ";") gives the words of the people it names and the channel it
    names (a post, a ministry's release).
    """
    text = ctx.text.text
    if "ource" not in text:
        return []
    out: list[tuple[frozenset[str], Channel]] = []
    for p0, p1 in ctx.text.paragraphs:
        head_end = min(p1, p0 + 20)
        if text.find("Source", p0, head_end) < 0:
            continue  # the line does not open with "Source(s):"
        m = _SOURCE_LINE.match(text, p0, head_end, _SERIAL)
        if m is None:
            continue
        start = m.end()
        stop = min(p1, start + 400)
        while start < stop:
            cut = text.find(";", start, stop)
            end = stop if cut < 0 else cut
            channel = _channel(text[start:end])
            if channel is not _UNKNOWN:
                for pm in ctx.people_in(start, end):
                    if pm.form != "pronoun":
                        name = ctx.mentions.actors[pm.actor].name
                        words = frozenset(w.lower() for w in _words(name) if len(w) > 1)
                        out.append((words, channel))
            start = end + 1
    return out


def _sourced_channel(sources: list[tuple[frozenset[str], Channel]], actor: Actor) -> Channel | None:
    """The channel a "Source:" line gives for ``actor``'s words, if it names them."""
    words = {w.lower() for w in _words(actor.name) if len(w) > 1}
    for names, channel in sources:
        if names & words:
            return channel
    return None


def _posted(ctx: _Ctx, resolved: list[tuple[_Candidate, _Ref]]) -> dict[int, Channel]:
    """Direct quotes without a cue that carry on a post of the same speaker just before.

    "X wrote on Facebook that …" then "“…,” he wrote." in the next paragraph: the words
    come from that post. The run stops at another speaker's words or a paragraph between.
    """
    out: dict[int, Channel] = {}
    name: str | None = None
    para = -1
    for k, (c, who) in enumerate(resolved):
        here = bisect.bisect_right(ctx.text.paragraphs, (c.start, len(ctx.text.text)))
        speaker = who.actor.name if who.actor is not None else None
        if speaker is None or speaker != name or here > para + 1:
            name = None
        if c.channel is _TWEET:
            name, para = speaker, here
        elif c.channel is _UNKNOWN and c.kind is _DIRECT and name and not _framed(ctx, c):
            out[k] = _TWEET
            para = here
        elif name is not None and c.channel is not _UNKNOWN:
            name = None
    return out


_FRAMING = regex.compile(r"\s*\p{Lu}[^,\"“”;:]{10,120},\s*\Z")


def _framed(ctx: _Ctx, c: _Candidate) -> bool:
    """Whether a quotation's attribution before it opens on a phrase set off by a comma.

    "On his talks with General B, he said: “…”": the words of another occasion than the
    post before (a bare "he said: “…”" carries the post on).
    """
    if c.cue is None or c.cue[1] > c.start:
        return False
    s0 = ctx.text.sentence_of(c.cue[0])[0]
    at = c.ref.span[0] if c.ref.span is not None and s0 <= c.ref.span[0] < c.cue[0] else c.cue[0]
    return at - s0 <= 140 and _FRAMING.match(ctx.text.text, s0, at, _SERIAL) is not None


def _scene_before(ctx: _Ctx, c: _Candidate, actor: Actor) -> Channel | None:
    """A spoken setting named in the sentence before a quotation, of its speaker.

    "X addressed the cadets at the academy." then "“…,” she said.": spoken there.
    """
    i = ctx.text.sentence_index(c.start)
    if i < 1:
        return None
    b0, b1 = ctx.text.sentences[i - 1]
    if ctx.any_quote_in(b0, b1) or ctx.inside_quote(b0, b0 + 1):
        return None
    channel = _channel(ctx.text.text[b0:b1])
    if channel is not _SPEECH:
        return None  # ("told X" reads as an interview as often as not: no setting)
    subject = _first_subject(ctx, b0, b1)
    if subject is None or subject.actor is None or subject.actor.name != actor.name:
        return None
    return channel


def _inherited(ctx: _Ctx, resolved: list[tuple[_Candidate, _Ref]]) -> dict[int, Channel]:
    """For each direct quote without a cue, the nearest cue of the same speaker before it.

    Only settings carry over (a speech, a release, an interview): a tweet is one post, whose
    words run on only into the same speaker's next paragraph (``_posted``). A setting named
    later ("…,” he said in a statement") is that later quotation's own: it lends nothing back.
    Reported speech lends its setting ("At a press conference, X said …") but takes none.
    """
    out = _posted(ctx, resolved)
    last: dict[str, Channel] = {}
    for k, (c, who) in enumerate(resolved):
        if who.actor is None:
            continue
        if c.channel in _SETTINGS:
            last[who.actor.name] = c.channel
        elif c.channel is not _UNKNOWN:
            last.pop(who.actor.name, None)
        elif c.kind is _DIRECT and k not in out and who.actor.name in last:
            out[k] = last[who.actor.name]
    return out


def _word_set(
    body: str,
    c: _Candidate,
    words_of: dict[tuple[int, int], list[str]],
    by_text: dict[str, set[str]] | None,
) -> set[str]:
    """The lower-cased words of a statement's span (shared by span text in ``by_text``)."""
    split = words_of.get((c.start, c.end))
    span = body[c.start : c.end] if by_text is not None else ""
    words = by_text.get(span) if by_text is not None else None
    if words is None:
        words = set(map(str.lower, _span_words(body, c.start, c.end) if split is None else split))
        if by_text is not None:
            by_text[span] = words
    return words


_MANY_SPANS = 64  # statements read: a text with more shares the word sets of equal spans


# A newsroom's verb right after a quotation and its closing mark: "…" reported the Times.
_BY_OUTLET = regex.compile(r"""[\"”’']?\s*,?\s*(?:reported|wrote)\s+(?:the\s+)?\p{Lu}""")


def _assemble(
    ctx: _Ctx,
    resolved: list[tuple[_Candidate, _Ref]],
    words_of: dict[tuple[int, int], list[str]],
) -> tuple[Statement, ...]:
    """The statements kept, in order; ``words_of`` holds the words of spans already split."""
    body = ctx.text.text
    default: Channel | None = None
    owners: frozenset[str] | None = None  # (``_speech_owners``, read on first need)
    inherited = _inherited(ctx, resolved)
    sources = _source_lines(ctx)
    out: list[tuple[int, Statement]] = []
    # Per speaker: the index of each statement kept, its kind, slot in ``out`` and sentence.
    seen: dict[str | None, list[tuple[int, StatementKind, int, int]]] = {}
    # The word sets by span text, shared (never changed), when many spans may repeat: the
    # words of a span are those of its text alone (``_span_words`` reads nothing around it).
    by_text: dict[str, set[str]] | None = {} if len(resolved) > _MANY_SPANS else None
    # Direct statements first, then reported ones, each in order.
    order = [k for k, (c, _) in enumerate(resolved) if c.kind is not _REPORTED]
    order.extend(k for k, (c, _) in enumerate(resolved) if c.kind is _REPORTED)
    sets: dict[int, set[str]] = {}  # the word set of each statement read, by its index

    def word_set(k: int) -> set[str]:
        words = sets.get(k)
        if words is None:
            words = sets[k] = _word_set(body, resolved[k][0], words_of, by_text)
        return words

    headings: list[tuple[int, int]] = []  # (index, slot) of quoted subheadings kept
    for k in order:
        c, who = resolved[k]
        actor = who.actor
        if (
            c.kind is _DIRECT
            # (a match holds "reported" or "wrote", inside the 40 characters it may read)
            and (
                body.find("reported", c.end, c.end + 40) >= 0
                or body.find("wrote", c.end, c.end + 40) >= 0
            )
            and _BY_OUTLET.match(body, c.end, c.end + 40)
        ):
            continue  # '"…" reported the Daily Times': a newsroom's words, no statement
        channel = c.channel
        if c.kind is _DIRECT and channel is _UNKNOWN:
            sourced = _sourced_channel(sources, actor) if sources and actor else None
            if who.org:
                channel = _STATEMENT
            elif sourced is not None:
                channel = sourced
            elif k in inherited:
                channel = inherited[k]
            elif actor is not None and (scene := _scene_before(ctx, c, actor)) is not None:
                channel = scene
            else:
                if default is None:
                    default = _default_channel(ctx, resolved)
                channel = default
                if channel is _SPEECH:
                    if owners is None:
                        owners = _speech_owners(ctx, resolved)
                    if owners and (actor is None or actor.name not in owners):
                        channel = _UNKNOWN  # "in his opening remarks": his occasion alone
        said = seen.setdefault(actor.name if actor else None, [])
        # The same words by the same speaker printed twice count once; a reported statement
        # retold shorter (a headline) counts once, at its fullest.
        replace = -1
        sentence = bisect.bisect_right(ctx.sent_starts, c.start) - 1
        kind_now = c.kind
        reported = kind_now is _REPORTED
        # The last twenty statements of this speaker, oldest first (a bound: a speaker
        # quoted a thousand times costs twenty comparisons a statement, not a thousand).
        # The word sets are read only for a comparison: a speaker's first statement of a
        # kind needs none.
        for n in range(max(0, len(said) - 20), len(said)):
            j, kind, _slot, where = said[n]
            if kind is not kind_now:
                continue  # a quotation and the narrator's paraphrase of it both stand
            words, w = word_set(k), word_set(j)
            size, w_size = len(words), len(w)
            retold = reported and where != sentence
            small, large = (size, w_size) if size < w_size else (w_size, size)
            if not retold and small < 0.8 * large:
                continue  # too unlike in size to share 80 % of the larger's words
            common = len(words & w)
            if common >= 0.8 * large:
                replace = -2
                break
            if retold and common >= 0.8 * small:
                replace = n if size > w_size else -2
                break
        if replace == -2:
            continue
        spans = [Span(c.start, c.end, "quote")]
        if actor is not None and who.span is not None:
            spans.append(Span(who.span[0], who.span[1], "speaker"))
        if c.cue is not None:
            spans.append(Span(c.cue[0], c.cue[1], "cue"))
        statement = Statement(
            actor, body[c.start : c.end], kind=c.kind, channel=channel, spans=tuple(spans)
        )
        if replace >= 0:
            slot = said[replace][2]
            out[slot] = (c.start, statement)
            said[replace] = (k, kind_now, slot, sentence)
        else:
            said.append((k, kind_now, len(out), sentence))
            if (
                c.kind is _DIRECT
                and c.cue is None
                and len(headings) < _HEADINGS
                and _subheading(ctx, c)
            ):
                headings.append((k, len(out)))
            out.append((c.start, statement))
    dropped: set[int] = set()
    unsaid = seen.get(None)
    if unsaid and len(seen) > 1:
        # A quotation of no known speaker that a named speaker's quotation holds (a
        # headline or teaser printing its opening): the words once, with their speaker.
        dropped.update(
            slot
            for j, kind, slot, _where in unsaid
            if kind is _DIRECT and _held_by_another(j, kind, seen, word_set)
        )
    # A subheading in quotation marks that the text quotes again in full: the words once, where
    # they are attributed (the subheading's own speaker is a guess from what stands before).
    dropped.update(slot for j, slot in headings if _echoed(j, seen, word_set))
    if dropped:
        out = [o for n, o in enumerate(out) if n not in dropped]
    out.sort(key=_FIRST)
    return tuple(map(_SECOND, out))


_HEADING_SIZE = 80  # characters of a quoted subheading, at most
_HEADINGS = 16  # quoted subheadings a text is read for (each is compared with every statement)
_HEADING_MARKS = " \t\"'“”‘’«»"


def _subheading(ctx: _Ctx, c: _Candidate) -> bool:
    """Whether a quotation is a paragraph of its own, short and with no sentence end in it.

    "‘Ready to sail’" between two paragraphs: a subheading that prints a speaker's words.
    """
    if c.end - c.start > _HEADING_SIZE:
        return False
    p0, p1 = _span_at(ctx.text.paragraphs, ctx.para_starts, c.start)
    text = ctx.text.text
    if text[p0 : c.start].strip(_HEADING_MARKS) or text[c.end : p1].strip(_HEADING_MARKS):
        return False
    return not any(mark in text[c.start : c.end] for mark in ".!?")


def _echoed(
    j: int,
    seen: dict[str | None, list[tuple[int, StatementKind, int, int]]],
    word_set: Callable[[int], set[str]],
) -> bool:
    """Whether another direct statement holds all of statement ``j``'s words (three at least)."""
    words = word_set(j)
    if len(words) < 3:
        return False
    return any(
        i != j and other_kind is _DIRECT and words <= word_set(i)
        for said in seen.values()
        for i, other_kind, _slot, _where in said
    )


def _held_by_another(
    j: int,
    kind: StatementKind,
    seen: dict[str | None, list[tuple[int, StatementKind, int, int]]],
    word_set: Callable[[int], set[str]],
) -> bool:
    """Whether nine in ten of statement ``j``'s words (four at least) are in a named one's."""
    words = word_set(j)
    if len(words) < 4:
        return False
    return any(
        other_kind is kind and len(words & word_set(i)) >= 0.9 * len(words)
        for name, said in seen.items()
        if name is not None
        for i, other_kind, _slot, _where in said
    )
