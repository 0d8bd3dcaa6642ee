"""The commitment stage: what the parties bound themselves to do.

A commitment starts at a cue ("will", "agreed to", "look forward to", "is
willing to", ...). The action runs from the word after the cue to the end of
its clause; coordinated actions with their own verb are split. The parties come
from the clause's subject: a possessive country ("the UK's plan to"), a party
phrase ("both sides", "the two countries"), a first person inside a quote (the
speaker's country), countries or people named in the subject, and otherwise the
countries of the meeting.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import itertools
import operator
import unicodedata
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import attrs
import regex

from defrel import _guard
from defrel._areas import _trie, lowered
from defrel._model import (
    Actor,
    AreaId,
    Commitment,
    CooperationArea,
    Country,
    Meeting,
    Modality,
    Span,
    Statement,
)
from defrel._text import Text
from defrel._types import CountryMention, DateMention, Mentions, PersonMention

__all__ = ["find_commitments"]

# Passed by position as ``concurrent`` (match, search, fullmatch) or after ``overlapped``
# (finditer): a short match keeps the GIL. By default ``regex`` lets go of it and takes it
# back on every call, a third of the cost of a short one (the keyword costs more than that).
_SERIAL = False
_NO_OVERLAP = False  # (``overlapped``, before ``concurrent`` in ``finditer``)

_AREA_ORDER = tuple(AreaId)  # the taxonomy order, as ``defrel._areas.areas_in`` gives it
# By the member's value: an enum member's hash is computed in Python, a string's in C.
_AREA_RANK = {area.value: rank for rank, area in enumerate(_AREA_ORDER)}

# ---------------------------------------------------------------------------
# Cues. Each named group is a modality; the action starts where the match ends.
# Each alternative: its group (a modality), the words it may start with, and the pattern.
# ``_CUE`` is their alternation, in this order (the first that matches wins).
# A day or an adverb between a commitment verb and its "to": "vowed Wednesday to", "agreed
# on Monday to", "pledged again to" (matched on the lower-cased text).
# Also a place or an occasion, before or after the day: "pledged in Beijing on Thursday to",
# "agreed on Monday at the talks to", "agreed in principle to" (one or two words after the
# preposition; not "in order to"), "vowed last week to", "agreed on 4 March to".
_WHEN_OR_HOW = (
    r"(?:\s+(?:(?:in|at|during)\s+(?!order\b|to\b)[a-z][\w'’.-]*(?:\s+(?!to\b)[a-z][\w'’.-]*)?"
    r"|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today"
    r"|yesterday|again|also|jointly|once\s+again)"
    r"|last\s+(?:week|month|year)"
    # a date: "on 4 March", "on March 4"
    r"|on\s+(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?!\d)))){0,2}"
)
_CUE_ALTERNATIVES = (
    (
        "look_forward",
        "look looks looking looked",
        r"(?:look|looks|looking|looked)\s+forward\s+(?:to|in)",
    ),
    (
        "expected",
        "is are was were",
        (
            r"(?:is|are|was|were)\s+(?:also\s+|now\s+)?(?:(?:expected|likely|set)\s+to"
            # a person's itinerary, not an event's ("the parade is scheduled to be held")
            r"|(?:due|scheduled|slated)\s+to(?!\s+be\b))"
        ),
    ),
    # (not a plan superseded: "the contract, initially expected to be signed in May")
    (
        "expected",
        "expected",
        r"(?<!\b(?:initially|originally|previously|once)\s+)expected\s+to\s+be\s+\w+ed",
    ),
    # a person's own expectation: "she expected to receive the delegation soon"
    ("expected", "expected", r"(?<=\b(?:he|she|they|we|i)\s+)expected\s+to(?!\s+be\b)"),
    ("expected", "expects", r"expects(?=\s+[\"“\w])"),
    (
        "agreed",
        "agreed agree agrees agreeing concurred concur concurs",
        rf"(?:agreed|agree|agrees|agreeing|concurred|concur|concurs){_WHEN_OR_HOW}\s+to",
    ),
    (
        "agreed",
        "agreed agree agrees",
        (
            r"(?:agreed|agree|agrees)\s+that\s+(?:we|they|both(?:\s+sides|\s+countries)?"
            r"|the\s+two\s+(?:sides|countries|nations))\s+(?:must|will|shall|should"
            r"|need\s+to|have\s+to)"
        ),
    ),
    # an agreement to act, a day or a place maybe between: "signed an agreement yesterday to"
    (
        "agreed",
        "agreement agreements",
        rf"(?<!\bto\s+sign\s+(?:[\w-]+\s+)?)agreements?{_WHEN_OR_HOW}\s+to",
    ),
    (
        # "an agreement has been reached between the two countries to train together", "an
        # agreement was reached to": the agreement reached, told in the passive (not "no
        # agreement was reached to")
        "agreed",
        "agreement agreements",
        (
            r"(?<!\bno\s+(?:[\w-]+\s+)?)agreements?\s+(?:has|have|had|was|were)\s+"
            r"(?:\w+ly\s+|also\s+)?(?:been\s+)?reached(?:\s+between(?:\s+[\w'’-]+){1,6}?)?\s+to(?=\s+[a-z])"
        ),
    ),
    (
        # "reached a consensus to step up drills": a consensus reached is an agreement
        "agreed",
        "reached reach reaches",
        (
            r"(?:reached|reach|reaches)\s+(?:a\s+|an\s+)?(?:(?:broad|mutual|common)\s+)?"
            r"(?:consensus|understanding)\s+to"
        ),
    ),
    (
        # "agreed on holding joint drills", "concurred in stepping up exchanges": the act
        # agreed, in -ing
        "agreed",
        "agreed agree agrees concurred concur concurs",
        (
            r"(?:(?:agreed|agree|agrees)\s+(?:on|upon)|(?:concurred|concur|concurs)\s+(?:on|upon|in))"
            # (not a preposition in -ing: "the steps agreed upon during the visit")
            r"(?=\s+(?:further\s+)?(?!\w*thing\b|meeting\b|during\b|including\b|regarding\b"
            r"|concerning\b|following\b|according\b|pending\b|excluding\b)[a-z]{3,}ing\b)"
        ),
    ),
    (
        # "agreed on the need to step up ...": what they agreed must be done
        "agreed",
        "agreed agree agrees",
        r"(?:agreed|agree|agrees)\s+(?:on|upon)\s+the\s+(?:need|necessity)\s+to",
    ),
    (
        # "agreed steps to", "agreed on further measures to": the steps' aim is the action
        "agreed",
        "agreed agree agrees",
        (
            r"(?:agreed|agree|agrees)\s+(?:on\s+)?(?:(?:new|further|practical|concrete|specific"
            r"|additional)\s+)?(?:steps|measures)\s+to"
        ),
    ),
    (
        # "agreed (on) closer cooperation in ...": the cooperation agreed is the action (not
        # "the agreed cooperation plan", "agreed that cooperation was ...")
        "agreed",
        "agreed agree agrees",
        (
            r"(?<!\b(?:the|an?|previously|already|mutually|jointly)\s+)(?:agreed|agree|agrees)"
            r"(?:\s+(?:on|upon))?(?=\s+(?!(?:that|to|with|by|in|at|for|on|upon)\b)"
            r"(?:[\"“]?[a-z-]+[\"”]?\s+){0,3}?(?:cooperation|co-operation|collaboration)\b"
            r"(?!\s+(?:would|will|was|were|is|are|has|had|should|could|must|can|may)\b))"
        ),
    ),
    (
        # "agreed on joint training of forces", "agreed for combined naval exercises": the
        # joint activity agreed is the action (not "the agreed joint exercises")
        "agreed",
        "agreed agree agrees",
        (
            r"(?<!\b(?:the|an?|previously|already|mutually|jointly)\s+)(?:agreed|agree|agrees)"
            r"\s+(?:on|upon|for)(?=\s+(?:(?:more|further|regular|annual)\s+)?"
            r"(?:joint|combined|bilateral|trilateral)\s+(?:[a-z-]+\s+){0,2}?"
            r"(?:training|exercises?|drills?|patrols?|manoeuvres|maneuvers|operations"
            r"|production|development|research)\b)"
        ),
    ),
    (
        "decided",
        "decided decide decides deciding decision resolved resolve resolves resolving",
        (
            r"(?:decided|decide|decides|deciding|decision|resolved|resolve|resolves|resolving)"
            rf"{_WHEN_OR_HOW}\s+to"
        ),
    ),
    (
        "committed",
        (
            "committed commits committing pledged pledges pledge pledging vowed vows vowing"
            " promised promises promise promising undertook undertakes undertake undertaken"
            " commitment commitments dedication dedicated undertaking"
        ),
        (
            r"(?:committed|commits|committing|pledged|pledges|pledge|pledging|vowed|vows"
            r"|vowing|promised|promises|promise|promising|undertook|undertakes|undertake"
            r"|undertaken|commitments?(?:\s+and\s+(?:support|resolve|determination))?"
            # "the commitment by the Ruritanian government to"
            r"(?:\s+(?:by|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:government|side|country"
            r"|nation|army|military|forces|ministry))?"
            r"|dedication|dedicated|undertaking)"
            # "towards" before an act: "their commitment towards implementation of the plan"
            rf"{_WHEN_OR_HOW}\s+(?:themselves\s+|ourselves\s+)?(?:to|towards?"
            r"(?=\s+\w+ing\b|\s+[\w-]+(?:ment|tion|sion|ance)\s+of\b))"
        ),
    ),
    (
        # "reaffirmed to continue to forge deeper ties" (a verb must follow: not "reiterated
        # to reporters")
        "committed",
        "reaffirmed reaffirms reiterated reiterates",
        rf"(?:reaffirmed|reaffirms|reiterated|reiterates){_WHEN_OR_HOW}\s+to",
    ),
    (
        "committed",
        "pledged pledges pledge pledging promised promises vowed vows",
        (
            r"(?:pledged|pledges|pledge|pledging|promised|promises|vowed|vows)\s+"
            r"(?:(?:his|her|their|its|our|full|firm|continued|strong|unwavering|steadfast)\s+)"
            r"{1,2}(?:support|partnership|cooperation|assistance)"
            r"(?:\s+and\s+[\w-]+)?\s+to(?=\s+[a-z]+\b)"
        ),
    ),
    (
        # "pledged continued cooperation in ...": the pledged help itself is the action
        "committed",
        "pledged pledges pledge pledging promised promises vowed vows",
        (
            r"(?:pledged|pledges|pledge|pledging|promised|promises|vowed|vows)(?=\s+"
            r"(?:all\s+|every\s+)?(?:(?:full|firm|continued|further|strong|unwavering|steadfast"
            r"|more|possible|necessary)\s+){1,2}(?:support|partnership|cooperation|assistance"
            r"|help)\b)"
        ),
    ),
    (
        "intend",
        "intends intend intended intending intention intent plans plan planning looking",
        r"(?:intends?|intended|intending|intention|intent|plans|plan|planning|looking)\s+to",
    ),
    (
        # "new agreements are planned to be signed": a plan of the sides (not an event's
        # schedule, "the meeting is planned to be held")
        "intend",
        "is are was were",
        r"(?:is|are|was|were)\s+(?:also\s+|now\s+)?planned\s+to(?=\s+be\s+(?!held\b)[a-z]+ed\b)",
    ),
    (
        "intend",
        "objective aim goal intention",
        (
            r"(?:objective|aim|goal|intention)\s+(?:would\s+be|is|will\s+be)\s+to"
            # "we confirm our goal to": the goal of the ones speaking or named
            r"|(?<=\b(?:our|their|my)\s+(?:[a-z-]+\s+)?)(?:objective|aim|goal)\s+to"
        ),
    ),
    (
        # also a party's stated wish: "Japan hopes to work with", "Ruritania desires to
        # maintain", and its offer: "the meeting, which he offered to host" (modality
        # ``other``: see ``_WISHES``)
        "want",
        (
            "want wants aim aims aiming seek seeks seeking hope hopes hoping desires wish wishes"
            " offer offers offered"
        ),
        (
            r"(?:want|wants|aim|aims|aiming|seek|seeks|seeking|hope|hopes|hoping|desires"
            r"|wish|wishes|offer|offers|offered)\s+to"
        ),
    ),
    (
        "other",
        (
            "is are was were am desire determination readiness willingness keenness eagerness"
            " aspiration aspirations stand stands stood remain remains remained"
        ),
        (
            r"(?:(?:is|are|was|were)\s+(?:\w+\s+)?(?:willing|keen|eager|prepared)"
            r"|determination"
            # "the mutual desire of our countries to" (the sides', not "the desire of the
            # public to")
            r"|desire(?:\s+of\s+(?:our|their|the|both)\s+(?:two\s+|three\s+)?(?:countries|nations"
            r"|sides|states|governments|militaries|armed\s+forces|navies|armies))?"
            r"|(?:readiness|willingness|keenness|eagerness|aspirations?)"
            r"(?:\s+of(?:\s+(?:the|its|their|his|her))?(?:\s+[\w'’-]+){1,6}?)?"
            r"|(?:is|are|was|were|am|stand|stands|stood|remain|remains|remained)\s+(?:\w+\s+)?ready"
            r")\s+to"
        ),
    ),
    (
        # "our two countries are commencing negotiations to establish a treaty": the talks
        # the sides open, announced in the present (the action from "commencing")
        "other",
        "is are",
        (
            r"(?:is|are)\s+(?:now\s+)?(?=(?:commencing|launching|starting|beginning|opening)"
            r"\s+(?:formal\s+)?negotiations\s+(?:on|to|for|towards)\b)"
        ),
    ),
    (
        # "confirmed readiness for further cooperation", "expressed mutual desire for a
        # stronger cooperation": the cooperation is the action
        "other",
        "readiness willingness desire",
        (
            r"(?<=\b(?:expressed|confirmed|reaffirmed|reiterated|showed|voiced|declared|stated"
            r"|their|its|our|his|her)\s+(?:[\w-]+\s+)?)"
            r"(?:readiness|willingness|desire)\s+for(?=\s+(?:[\w-]+\s+){0,3}?"
            r"(?:cooperation|co-operation|collaboration)\b)"
        ),
    ),
    ("other", "should", r"should(?!\s+not\b|\s+(?:\w+\s+)?have\b)"),
    # (also "will not": a pledge to refrain, the action from "not")
    ("shall", "shall", r"shall"),
    ("will", "will", r"will"),
    # "Ruritania is to send trainers": an arranged future (the subject is read in the loop)
    ("will", "is are", r"(?:is|are)\s+to(?=\s+(?!be\b)[a-z]{2,}\b)"),
    ("will", "ll", r"['’]ll(?!\s+never\b)"),
    ("would", "would", r"would(?!\s+(?:not|never)\b|\s+like\b|\s+have\b)"),
)


def _cue_pattern(alternatives: Iterable[tuple[str, str, str]]) -> regex.Pattern[str]:
    """The alternation of ``alternatives``, each in the named group of its modality."""
    groups: dict[str, list[str]] = {}
    for group, _, alternative in alternatives:
        groups.setdefault(group, []).append(alternative)
    inner = "|".join(f"(?P<{group}>{'|'.join(parts)})" for group, parts in groups.items())
    return regex.compile(rf"\b(?:{inner})\b")


# Matched on a lower-cased copy of the text (no IGNORECASE on a long alternation).
_CUE = _cue_pattern(_CUE_ALTERNATIVES)
# For each word a cue may start with, the alternatives that start with it alone (at that
# word, no other one can match: each starts with whole words, followed by white space or
# ``\b``); "ll" is the word after the quote of "we'll" (the match starts at the quote).
_CUE_BY_HEAD = {
    head: _cue_pattern(a for a in _CUE_ALTERNATIVES if head in a[1].split())
    for head in sorted({head for _, heads, _ in _CUE_ALTERNATIVES for head in heads.split()})
}
# After "is", "are", "was", "were", "am", every alternative reads one of these as one of
# the next two words: without one, no cue starts there.
_BE_HEADS = frozenset({"is", "are", "was", "were", "am"})
_BE_NEXT = frozenset(
    {"expected", "likely", "set", "due", "scheduled", "slated", "willing", "keen", "eager", "ready"}
    | {"prepared", "planned", "to", "commencing", "launching", "starting", "beginning", "opening"}
)
_HEADS = frozenset(_CUE_BY_HEAD)

# The first word of every ``_CUE`` alternative: ``_CUE`` runs only where one starts.
_CUE_WORDS = """look looks looking looked is are was were am expected expects agreed agree agrees
reached reach reaches
reaffirmed reaffirms reiterated reiterates
    agreeing concurred concur concurs agreement agreements decided decide decides deciding
    decision resolved resolve resolves resolving committed commits committing pledged
    pledges pledge pledging vowed vows vowing promised promises promise promising undertook
    undertakes undertake undertaken commitment commitments dedication dedicated undertaking
    intends intend
    intended intending intention intent plans plan planning objective aim goal want wants wish
    wishes aims aiming seek seeks seeking hope hopes hoping desire desires determination readiness
    willingness keenness eagerness aspiration aspirations stand stands offer offers offered
    stood remain remains
    remained should shall will would"""
_CUE_WORD = regex.compile(r"\b" + _trie(_CUE_WORDS.split()) + r"\b|['’]ll\b")
if not set(_CUE_BY_HEAD) - {"ll"} <= set(_CUE_WORDS.split()):
    msg = "_CUE_ALTERNATIVES changed: update _CUE_WORDS"
    raise ValueError(msg)

# The words of a "want" cue that tell a wish, not a plan: their modality is ``other``.
_WISHES = ("hop", "desir", "wish")

_MODALITY = {
    "look_forward": Modality.LOOK_FORWARD,
    "expected": Modality.EXPECTED,
    "agreed": Modality.AGREED,
    "decided": Modality.DECIDED,
    "committed": Modality.COMMITTED,
    "intend": Modality.INTEND,
    "want": Modality.INTEND,
    "other": Modality.OTHER,
    "shall": Modality.SHALL,
    "will": Modality.WILL,
    "would": Modality.WILL,
}

# Adverbs that may stand between a cue and its verb, or before a coordinated verb.
_ADVERBS = frozenset(
    [
        "also",
        "further",
        "jointly",
        "now",
        "soon",
        "then",
        "together",
        "actively",
        "continuously",
        "closely",
        "firmly",
        "fully",
        "swiftly",
        "quickly",
        "formally",
        "finally",
        "immediately",
        "gradually",
        "regularly",
        "both",
        "all",
        "substantially",
        "significantly",
        "really",
        "very",
        "much",
        "always",
        "still",
    ]
)

# Base verbs common in defence diplomacy: a coordinated one starts a new action.
_VERBS = frozenset(
    [
        "identify",
        "facilitate",
        "maintain",
        "guide",
        "work",
        "deepen",
        "expand",
        "enhance",
        "strengthen",
        "establish",
        "safeguard",
        "build",
        "push",
        "address",
        "carry",
        "explore",
        "consider",
        "consolidate",
        "extend",
        "place",
        "seek",
        "hold",
        "step",
        "visit",
        "come",
        "meet",
        "begin",
        "collaborate",
        "coordinate",
        "consult",
        "continue",
        "develop",
        "promote",
        "pursue",
        "expedite",
        "improve",
        "ensure",
        "boost",
        "assume",
        "alter",
        "increase",
        "support",
        "share",
        "conduct",
        "deploy",
        "advance",
        "conclude",
        "sign",
        "launch",
        "create",
        "bolster",
        "intensify",
        "reinforce",
        "upgrade",
        "review",
        "discuss",
        "implement",
        "provide",
        "offer",
        "deliver",
        "finalize",
        "finalise",
        "undertake",
        "cooperate",
        "engage",
        "raise",
        "elevate",
        "accelerate",
        "foster",
        "invest",
        "train",
        "exchange",
        "respond",
        "defend",
        "preserve",
        "protect",
        "counter",
        "combat",
        "fight",
        "uphold",
        "contribute",
        "participate",
        "remain",
        "keep",
        "take",
        "make",
        "open",
        "host",
        "send",
        "supply",
        "procure",
        "buy",
        "acquire",
        "transfer",
        "produce",
        "manufacture",
        "co-develop",
        "co-produce",
        "design",
        "study",
        "examine",
        "monitor",
        "resolve",
        "convene",
        "organise",
        "organize",
        "attend",
        "ramp",
        "scale",
        "set",
        "jointly",
        "enable",
        "broaden",
        "diversify",
        "institutionalize",
        "institutionalise",
        "operationalize",
        "operationalise",
        "set",
        "up",
        "expedite",
        "leverage",
        "harness",
        "form",
        "draw",
        "finalise",
        "secure",
        "address",
        "tackle",
        "jointly",
        "welcome",
        "patrol",
        "station",
        "sell",
        "purchase",
        "export",
        "import",
        "test",
        "exercise",
        "drill",
        "visit",
        "evacuate",
        "assist",
        "help",
        "fund",
        "finance",
        "modernise",
        "modernize",
        "integrate",
        "align",
        "harmonise",
        "harmonize",
        "negotiate",
        "draft",
        "adopt",
        "approve",
        "ratify",
        "prepare",
        "plan",
        "schedule",
        "double",
        "triple",
        "cut",
        "reduce",
        "lift",
        "give",
        "grant",
        "allow",
        "permit",
        "celebrate",
        "mark",
        "begin",
        "start",
        "resume",
        "restart",
        "revive",
        "renew",
        "head",
        "travel",
        "fly",
        "speed",
        # the acts of a plan's steps: "find areas for joint research", "achieve
        # interoperability", "equip the force", "standardise procedures"
        # (not the words that are also adjectives or nouns of a list: "complete", "repair")
        *("find", "achieve", "reach", "bring", "assess", "join", "initiate", "introduce"),
        *("commit", "deter", "donate", "equip", "forge", "formulate", "devise", "encourage"),
        *("enforce", "nurture", "prioritise", "prioritize", "realise", "realize", "recruit"),
        *("refurbish", "restore", "revise", "revitalise"),
        *("revitalize", "standardise", "standardize", "streamline", "strive", "sustain"),
        *("utilise", "utilize", "widen", "construct", "install", "mobilise", "mobilize"),
        *("oversee", "unlock", "endeavour", "endeavor"),
    ]
)

# Words that cannot start the action of a modal ("the UK's will and capability").
# A person's career step as the action: "is set to take charge as the Chief of Naval Staff",
# "will retire next month", "is expected to be appointed ambassador".
_CAREER = regex.compile(
    r"(?:take|takes|taking)\s+(?:over|charge)\s+as\b|assume\s+(?:charge|office|command)\b"
    r"|retire\b|step\s+down\b|be\s+(?:appointed|promoted|succeeded|sworn\s+in)\b",
    regex.IGNORECASE,
)
_CAREER_WORDS = frozenset(["take", "takes", "taking", "assume", "retire", "step", "be"])
# A visit's protocol as the action: "will call on the President", "is scheduled to pay a
# courtesy call on", "will interact with the diaspora", "will address the staff college's
# students", "will lay a wreath", "will be conferred with an honorary rank", "will be briefed
# on", "will receive a guard of honour", "the forum will be attended by 500 delegates", "she
# will be accompanied by the chief of staff": an itinerary or an event's attendance, which
# binds no side to an act.
_PROTOCOL = regex.compile(
    r"""(?:pay\s+(?:a\s+)?(?:courtesy\s+)?calls?\s+on|call\s+on|calling\s+on|interact\s+with
    |lay\s+(?:a\s+)?wreaths?|pay\s+(?:(?:his|her|their)\s+)?(?:homage|tribute|respects)
    |(?:receive|inspect)\s+(?:a\s+|an\s+|the\s+)?(?:ceremonial\s+)?(?:guard|honou?r)\s+(?:of\s+honou?r|guard)
    |be\s+(?:conferred|accorded|briefed|received\s+by|attended\s+by|accompanied\s+by)|witness\s+the
    |address\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,5}?(?:meeting|conference|summit|session|gathering
    |forum|seminar|symposium|audience|community|diaspora|students|cadets|officers|troops
    |faculty|media|press|parliament|assembly|plenary|graduates|ceremony))\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
_PROTOCOL_WORDS = frozenset(
    ["pay", "call", "calling", "interact", "lay", "receive", "inspect", "be", "witness", "address"]
)
_PROTOCOL_KINDS = frozenset({"will", "shall", "would", "expected", "intend"})
# A topic of talks as the action: "border security will be discussed", "the purchase is
# likely to figure in the talks", "the dispute may come up during the visit": what the talks
# will be about, which binds no side (unless agreed on: "agreed that X will be taken up").
_AGENDA = regex.compile(
    r"""(?:be\s+(?:discussed|deliberated|debated|taken\s+up|raised|(?:high\s+)?on\s+the\s+agenda)
    |(?:figure|feature)\s+(?:prominently\s+)?(?:in|on|during|at)|come\s+up\s+(?:for|in|during|at)
    |top\s+the\s+agenda|dominate\s+the\s+(?:talks|agenda|discussions?|meeting))\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
_AGENDA_WORDS = frozenset(["be", "figure", "feature", "come", "top", "dominate"])
# The talk itself as what is expected: "they are likely to discuss the drills", "are expected
# to exchange views on", "to review the situation in": what the talks will cover, no act
# beyond them ("are expected to sign a pact" is one).
_TALK = regex.compile(
    r"""(?:discuss|deliberate|debate|exchange\s+(?:views|notes|ideas|opinions)
    |review\s+the\s+(?:situation|state|progress|status)|take\s+stock)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
_TALK_WORDS = frozenset(["discuss", "deliberate", "debate", "exchange", "review", "take"])
# An event's course as the action: "will continue till 18 May", "will last for two weeks",
# "will begin on Monday", "will take place in Lima" (no object: its dates or its place).
_SCHEDULE = regex.compile(
    r"(?:continue|last|run|conclude|end|culminate|begin|commence|start|take\s+place)"
    r"\s+(?:till|until|through|for|on|from|in|at|over|next|this|tomorrow|today)\b",
    regex.IGNORECASE,
)
_SCHEDULE_WORDS = frozenset(
    [
        "continue",
        "last",
        "run",
        "conclude",
        "end",
        "culminate",
        "begin",
        "commence",
        "start",
        "take",
    ]
)
_NOT_VERB = frozenset(
    [
        "and",
        "or",
        "but",
        "of",
        "to",
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "that",
        "which",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
        "not",
    ]
)

# "The sides", "the parties" of the talks (not "the sides of the conflict", "the parties to").
_THE_SIDES = r"the\s+(?:sides|parties)(?!\s+(?:of|in|to)\b)"
# Subjects that are parties to the relation.
_PARTY_PHRASE = regex.compile(
    rf"""\b(?:both|the\s+two|(?:the|all)\s+(?:three|four))\s+(?:the\s+)?(?:sides|countries|nations|ministers|leaders|governments
    |militaries|armies|navies|secretaries|chiefs|delegations|defen[cs]e\s+(?:ministers|leaders|chiefs))\b
    |\b(?:the\s+(?:ministers|leaders|secretaries|delegations|pair|duo)|they|their|both|the\s+two|we
    |{_THE_SIDES}
    |(?-i:us|Us)|our)\b
    |\bdefen[cs]e\s+(?:ministers|chiefs|leaders)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
_NOUN_CUES = frozenset(
    {
        "plan",
        "plans",
        "decision",
        "commitment",
        "undertaking",
        "intention",
        "intent",
        "dedication",
        "desire",
        "readiness",
        "willingness",
        "keenness",
        "eagerness",
        "aspiration",
        "aspirations",
        "determination",
    }
)
# ("The three ministers agreed": the sides of a trilateral, as "the two" of a bilateral;
# "our two countries will": the speaker's side and the counterpart's.)
_JOINT = regex.compile(
    rf"""\b(?:both|the\s+two|our\s+two|they|the\s+(?:ministers|leaders|secretaries|delegations|pair|duo)
    |{_THE_SIDES}
    |(?:the|all)\s+(?:three|four)\s+(?:sides|countries|nations|ministers|leaders|governments))\b""",
    regex.IGNORECASE | regex.VERBOSE,
)


# ("us", not "US": the country's initials are no first person; "the US and Ruritania".)
_FIRST_PERSON = regex.compile(r"\b(?:we|I|our|(?-i:us|Us)|my)\b|\bI['’]m\b", regex.IGNORECASE)
_PRONOUN = regex.compile(r"\b(?:he|she|his|her)\b", regex.IGNORECASE)
# Nouns for the relationship or a document: as a subject, they bind the parties.
_BINDING_NOUN = regex.compile(
    r"""\b(?:partnership|engagement|relationship|relations|cooperation|collaboration|ties|alliance
    |roadmap|road\s+map|framework|agreements?|accords?|arrangements?|treaty|memorandum|MOU|MoU
    |pact|deal|plan|vision|dialogue|initiative|mechanism|exercises?|contracts?|declarations?
    |communiqu[eé]s?|joint\s+statements?)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
_DEMONSTRATIVE = regex.compile(r"\W*(?:this|these)\b", regex.IGNORECASE)
_ANAPHOR_REACH = 200  # how far back a bare "This" looks for what it stands for
_NON_PARTY = regex.compile(r"^\W*(?:it|this|that|there|which|what|who)\b", regex.IGNORECASE)
# A speech or agreement verb that frames backshifted "would".
_REPORT_FRAME = regex.compile(
    r"""\b(?:said|says|argued|added|stated|announced|noted|stressed|affirmed|reaffirmed|confirmed
    |agreed|concurred|welcomed|hoped|assured|told|believed|emphasi[sz]ed|underlined
    |adding|noting|saying|stressing|expected|expectations?)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
_PASSIVE = regex.compile(
    r"\s*(?:\w+ly\s+|first\s+|also\s+|soon\s+)?be\s+(?:\w+ly\s+|first\s+|further\s+)?"
    r"\w+(?:ed|en|wn|ne|ld|lt|ught)\b"
)

# Where a clause starts, looking back from the cue.
_CLAUSE_OPEN = regex.compile(
    r"""(?:^|[;:“”"‘]|,\s|\s(?:during\s+(?=which)|(?=(?:that|which|whom)\s)|(?:said|says|added|noted|while|as|and\s+that
    |believe|believes|believed|think|thinks|thought|trust|confident|convinced|sure)\s))""",
    regex.IGNORECASE | regex.VERBOSE,
)
# Where an action ends, looking forward from its start. Only the start of a match is
# read, so the branches are grouped by their first token (one try per position).
_CLAUSE_END = regex.compile(
    r"""(?:[;:]|\s[—–-]\s
    |\s*+(?:https?://|pic\.twitter\.com|www\.)
    |\s+(?:were|was|are|is|have\s+been|has\s+been)\s+(?:signed|inked|concluded|exchanged)\b
    |,[”"]?\s+(?:  # (after a quotation's closing mark too: 'and "shared interests," X said')
        (?:while|but|whereas|which|although|though|as\s+(?:the|both|it|they)|adding|noting|saying|stressing|according\s+to
          |so\s+that)\b
      | (?=(?:agreeing|deciding|pledging|committing|vowing|resolving)\s+to\b)
      | (?=(?:was|is|were|are|has|have|had)\s)
      | (?=and\s+(?:[\w'’-]+\s+){1,4}?(?:will|shall|would)\b)
      | (?:(?:[\w'’.-]+\s+){0,8}?)(?:(?:has|have|had)\s+)?(?:said|added|stated|noted|tweeted|wrote
         |announced|confirmed|declared|explained|told\s+\w+)\s*[.,]?(?:\s*/\s*\w[\w.-]{0,15})?\s*$
      | (?:he|she|they|it)\s+(?:said|added|noted|stressed)\b
      | (?:said|added|stated|noted|stressed|told)\s+(?=(?-i:\p{Lu}))
      )
    |,?\s++(?:
        and\s++(?:
            (?=(?:noted|said|added|stressed|welcomed|expressed|reiterated|reaffirmed|underlined
              |emphasi[sz]ed|discussed|called|urged|thanked|praised|looked|agreed|highlighted|affirmed)\b)
          | (?:also|further|then)\s+\w+ed\b
          |(?!need|proceed|exceed|embed|speed|heed|seed|feed)[\w-]+ed\s+(?=(?:that|to|the|a|an|their|its|his|her|our|on|with|in|at|for|upon|into|\w+ly)\b)
          | (?:will|shall|would|should|can|could|may|must|might)\b
          | (?:we|they|he|she|it|I|is|are|was|were|has|have|had)\b
          | (?<!\b(?:that|whether|if|where|when|while|because|since|once|as|after|before)
              \s+[\w'’-]+\s+and\s+)  # (not "that A and B will")
            (?:(?!(?:that|which|who|whom|whose|where|when|whereby|to)\b)[\w'’-]+\s+){1,6}?
            (?:will|shall|(?:is|are)\s+(?:also\s+)?expected\s+to)\b
          )
      | but\s++(?:we|they|he|she|it|I|is|are|was|were|has|have|had)\b
      | (?:while|whereas)\s++(?:[\w'’-]+\s+){1,4}?(?:will|shall)\b  # (its own pledge)
      | (?:adding|noting|saying|stressing)\s+that\b
      )
    )""",
    regex.IGNORECASE | regex.VERBOSE,
)
_MAIN_CLAUSE = regex.compile(
    r",\s+(?=(?:[\w.'’-]+\s+){0,6}?(?:have|has|had|are|is|were|was|will)\b)", regex.IGNORECASE
)
_COORD = regex.compile(
    r"(,\s*+(?:and\s+)?|\s++and\s+)((?:[a-z]+ly\s+|(?:also|further|then|together)\s+)?)([a-z][a-z-]*)\b"
)
# After "and to": the second infinitive's verb (and its adverb).
_TO_VERB = regex.compile(r"\s+((?:[a-z]+ly\s+|(?:also|further|then|together)\s+)?)([a-z][a-z-]*)\b")
_INFINITIVE = regex.compile(r"\bto\s+(?:\w+ly\s+|further\s+)?([a-z][a-z-]*)\b")

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TIMEFRAME = regex.compile(
    rf"""\b(?:
      (?:over|in|during|for|within)\s+the\s+(?:next|coming|following)\s+
        (?:(?:few|\d+|two|three|four|five|ten|several)\s+)?(?:years?|months?|weeks?|decades?|days?)
    | (?:by|before|until)\s+(?:the\s+end\s+of\s+)?
        (?:(?:this|next)\s+(?:year|month)|20\d\d|{_MONTH}(?:\s+20\d\d)?)
    | towards?\s+the\s+end\s+of\s+(?:this|next|the)\s+(?:year|month)
    | for\s+the\s+(?:current|coming|next)\s+(?:year|month|fiscal\s+year)
    | (?:later\s+)?(?:this|next)\s+
        (?:year|month|week|autumn|spring|summer|winter|fall|morning|afternoon|evening|{_MONTH})
    | (?:in|from|on|by)\s+(?:early\s+|mid-|late\s+)?{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+20\d\d)?
    | in\s+20\d\d
    | at\s+an\s+early\s+date
    | in\s+the\s+(?:near|coming)\s+future
    | during\s+the\s+(?:visit|trip|meeting|summit)
    | (?:on|next|this|by|from)\s+{_WEEKDAY}
    | (?:on|from|by)\s+\d{{1,2}}\s+{_MONTH}(?:,?\s+20\d\d)?
    | tomorrow|soon|shortly|later\s+today
    )\b""",
    regex.VERBOSE,
)
# An event that only runs its course: "(the visit) will end", "will last three days".
_EVENT_CLOSES = regex.compile(
    r"\s*(?:end|ends|conclude|concludes|last|lasts|wrap\s+up|close|finish|run\s+until)\b",
    regex.IGNORECASE,
)
# The words a match of ``_EVENT_CLOSES`` starts with (after its white space), in lower case.
_EVENT_CLOSE_HEADS = ("end", "conclude", "last", "wrap", "close", "finish", "run")


def _event_closes(body: str, keys: str | None, at: int, end: int) -> bool:
    """``_EVENT_CLOSES`` matches at ``at`` (before ``end``).

    On the lower-cased copy (``keys``: no letter there matches an ASCII one ignoring case
    but lowers to another), only after a word it starts with.
    """
    if keys is not None:
        while at < end and keys[at] in _SPACE:
            at += 1
        if not keys.startswith(_EVENT_CLOSE_HEADS, at, end):
            return False
    return _EVENT_CLOSES.match(body, at, end, _SERIAL) is not None


_EVENT_SUBJECT = regex.compile(
    r"\b(?:visit|trip|tour|stay|talks|meeting|exercises?|drills?|summit|conference|session)\s*$",
    regex.IGNORECASE,
)
_MEET_OBJECT = regex.compile(
    r"""(?:meet|meets|meeting|(?:hold|holding)\s+(?:talks|(?:the|a|an|their|its)\s+
    (?:[\w-]+\s+){0,4}?(?:dialogue|talks|meeting|consultations?|summit))\s+with)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
_OPEN_QUOTES = "“‘«"
_CLOSE_QUOTES = "”’»"
# A headline in the future: "Canada, Norway to deepen defence ties".
_HEADLINE_TO = regex.compile(
    r"\s*(?:[\p{Lu}][\w.'’-]*(?:\s*,\s*|\s+and\s+|\s+)?){1,6}?\s+to\s+(?=[a-z])"
)

_WORD = regex.compile(r"[\w'’-]+")
# A verb of agreement or promise whose clause holds the modal: "agreed (today) (that) the
# minister will", "vowed that his country will" (the subject: words, no relative "that",
# "which", "who", nor "to": not "agreed to a pact that will").
_GOVERNED_VERB = regex.compile(
    r"""\b(?P<verb>agreed|agree|agrees|concurred|decided|resolved|vowed|pledged|promised)
    \s+(?:(?:today|also|again|yesterday)\s+)?(?:that\s+)?
    (?:(?!(?:to|that|which|who|whom|said|says|told|added|stated|noted|while|whereas)\b)
    [\w'’-]+\s+){1,12}$""",
    regex.IGNORECASE | regex.VERBOSE,
)
# (Up to twelve words of subject: "concurred that the seat of the new agency and its joint
# office will be in Rome"; the window stays ``_GOVERNED_REACH`` characters. No speech verb
# among them: "agreed on the plan and the minister said the navy will" is the minister's;
# nor "while": "agreed on joint drills while Sweden will help" is Sweden's own pledge.)
_GOVERNED_STEMS = ("agree", "concur", "decide", "resolve", "vowed", "pledged", "promised")
# The sides who confirm, and their verb: "the two ministers (also) confirmed".
_SIDES_CONFIRMED = r"""\b(?:the\s+(?:two|three|four)\s+(?:[\w-]+\s+){0,2}?[\w-]+s|both\s+sides
    |the\s+(?:ministers|leaders|sides|secretaries))\s+(?:also\s+|further\s+)?confirmed"""
# The sides together confirm what will be: "the two ministers confirmed (that) the work
# share will follow each one's funding" (an agreement the sides state, as "agreed that").
_JOINT_CONFIRMED = regex.compile(
    _SIDES_CONFIRMED
    + r"""\s+(?:that\s+)?
    (?:(?!(?:to|that|which|who|whom|said|says|told|added|stated|noted)\b)[\w'’-]+\s+){1,12}$""",
    regex.IGNORECASE | regex.VERBOSE,
)
_AGREEMENTS = frozenset({Modality.AGREED, Modality.DECIDED})
# The verb of agreement and its "that" before a settled clause (where its action starts).
_FRAME_VERB = regex.compile(
    r"\b(?:agreed|agree|agrees|concurred|decided|confirmed)\s+(?:(?:today|also|again)\s+)?"
    r"(?:that\s+)?",
    regex.IGNORECASE,
)
# "The two ministers confirmed that the work share will ...": the sides who confirm are bound.
_CONFIRMED_THAT = regex.compile(_SIDES_CONFIRMED + r"\b", regex.IGNORECASE | regex.VERBOSE)
_GOVERNED_REACH = 100  # characters before a modal where the verb governing it is looked for
_GOVERNED_MODALITY = {
    "agreed": Modality.AGREED,
    "agree": Modality.AGREED,
    "agrees": Modality.AGREED,
    "concurred": Modality.AGREED,
    "decided": Modality.DECIDED,
    "resolved": Modality.OTHER,
    "vowed": Modality.COMMITTED,
    "pledged": Modality.COMMITTED,
    "promised": Modality.COMMITTED,
}


# "expressed expectations that the talks will be concluded", "it is expected that the
# officers would train": the modal's act is expected.
_EXPECTED_THAT = regex.compile(
    r"""\b(?:expected|expects|expectations?)\s+that\s+
    (?:(?!(?:that|which|who|whom)\b)[\w'’()-]+,?\s+){1,12}$""",
    regex.IGNORECASE | regex.VERBOSE,
)


def _governed(body: str, start: int, end: int) -> Modality | None:
    """The modality of the verb of agreement or promise that governs a modal at ``end``."""
    low = body[start:end].lower()
    if "expect" in low and _EXPECTED_THAT.search(body, start, end, _SERIAL):
        return Modality.EXPECTED
    if "confirmed" in low and _JOINT_CONFIRMED.search(body, start, end, _SERIAL):
        return Modality.AGREED
    if not any(map(low.__contains__, _GOVERNED_STEMS)):  # (at C speed)
        return None
    match = _GOVERNED_VERB.search(body, start, end, _SERIAL)
    return None if match is None else _GOVERNED_MODALITY[match.group("verb").lower()]


_LIST_GOES_ON = regex.compile(r"\s*(?:,|and\b)")
_POSSESSOR = regex.compile(r"(\S+?)(?:['’]s?)?\s+(?:\w+\s+){0,2}$")
_AGREED_THAT = regex.compile(
    r"\b(?:agreed|agree|agrees|decided|decide|resolved|concurred)\s+(?:\w+\s+)?that\b",
    regex.IGNORECASE,
)
# A clause that holds only auxiliaries and adverbs before its cue: its subject lies before.
_AUXILIARY_ONLY = regex.compile(
    r"\W*(?:(?:have|has|had|also|jointly|together|both|all|now|then|since|\w+ly)\s+)+",
    regex.IGNORECASE,
)
_AUXILIARY_REACH = 60  # characters: the longest run of auxiliaries and adverbs read
# The first words of a time set off before the verb: "will later in the week, visit".
_LEAD_TIME = frozenset(
    {"later", "earlier", "next", "this", "on", "in", "within", "tomorrow", "today", "early"}
)
# A speech verb set off by commas before a modal: "The plan, he said, will ...".
_SAID_ASIDE = regex.compile(
    r",\s+(?:[\w.'’-]+\s+){1,3}?(?:said|says|added|noted|stressed|stated|told\s+\w+)\s*,\s*$",
    regex.IGNORECASE,
)
_RELATIVE_COMMA = regex.compile(r",\s+(?:who|which|whose)\b", regex.IGNORECASE)
_REL_WORD = regex.compile(r"^\W*(?:which|that)\b", regex.IGNORECASE)
_REL_LEAD = regex.compile(r"\W*(?:which|that)\s+", regex.IGNORECASE)
_WHICH = regex.compile(r"\W*which\b", regex.IGNORECASE)
# The words before a colon that opens the list of an action's object: "in several key
# areas:", "in the following fields:", "including:".
_LIST_HEAD = regex.compile(
    r"\b(?:areas|fields|sectors|domains|priorities|topics|projects|lines|following|including"
    r"|as\s+follows)\s*$",
    regex.IGNORECASE,
)
_LIST_HEAD_REACH = 24  # characters read back from the colon
# A relative clause between commas that an action's next coordinated verb follows: ", which
# can be built jointly, and find": the verb (group 1; the caller checks ``_VERBS``).
_RELATIVE_RESUMES = regex.compile(
    r",\s+(?:which|who|where)\s+[^,;:.!?()“”\"\n]{1,120}?,\s+and\s+(?:also\s+)?(\w{1,30})\b",
    regex.IGNORECASE,
)
# How far that reads from the action's end (a bounded window: a sentence of many actions
# ending at commas reads no further per action).
_RESUME_REACH = 200
_THAT_LEAD = regex.compile(r"\W*that\s+", regex.IGNORECASE)
_WE = regex.compile(r"\bwe\b", regex.IGNORECASE)
_LEAD_ADVERBS = regex.compile(r"\s*(?:(?:also|then|now)\s+)*")


_LEAD_WORDS = ("also", "then", "now")  # (the adverbs of ``_LEAD_ADVERBS``)


def _lead_end(body: str, at: int, end: int) -> int:
    """Where ``_LEAD_ADVERBS.match(body, at, end)`` ends (it always matches), without it."""
    while at < end and body[at] in _SPACE:
        at += 1
    while at < end and body.startswith(_LEAD_WORDS, at):  # (else none of them matches)
        for adverb in _LEAD_WORDS:
            stop = at + len(adverb)
            if stop < end and body[stop] in _SPACE and body.startswith(adverb, at):
                at = stop + 1
                while at < end and body[at] in _SPACE:
                    at += 1
                break
        else:
            return at
    return at


# The words ``_PASSIVE`` may read before "be" (lower case; also one in "-ly").
_BEFORE_BE = frozenset({"first", "also", "soon"})


def _be_ahead(words: tuple[tuple[int, str], ...] | None, at: int) -> bool:
    """``_PASSIVE`` may match at ``at`` (a necessary test on the words, lower-cased).

    "be" is the first word from there on, or the second after one ``_PASSIVE`` reads first.
    """
    if words is None:
        return True
    i = bisect.bisect_left(words, (at,))
    if i >= len(words):
        return False
    first = words[i][1]
    if first == "be":
        return True
    return (
        (first in _BEFORE_BE or first.endswith("ly"))
        and i + 1 < len(words)
        and words[i + 1][1] == "be"
    )


_BEEN = regex.compile(r"\bbeen\s+(?:\w+\s+){0,2}$")
_ANTECEDENT = regex.compile(r"(?:\b(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}[\w-]+,?\s+$")
# The most runs of non-space a match of ``_POSSESSOR`` or ``_ANTECEDENT`` covers: as each
# ends at "$", it starts in one of that many last runs (a search from there is the same).
_POSSESSOR_RUNS = 3
_ANTECEDENT_RUNS = 5


class _Found(NamedTuple):  # a plain tuple: built for every action, cheaply
    modality: Modality
    cue: tuple[int, int]
    action: tuple[int, int]
    parties: tuple[Country, ...]
    timeframe: tuple[int, int] | None


def _sentences(text: Text) -> list[tuple[int, int]]:
    """Sentences, with line-broken ones joined (a line that goes on in lower case)."""
    body = text.text
    sentences = text.sentences
    starts = map(body.__getitem__, map(operator.itemgetter(0), sentences))
    # The sentences that start in lower case (picked at C speed): only those may join the
    # one before (a join reads the gap between a sentence and the one before it alone).
    lower = itertools.compress(range(len(sentences)), map(str.islower, starts))
    joins = []
    for i in lower:
        if i:
            gap = body[sentences[i - 1][1] : sentences[i][0]]
            if "\n" in gap and "\n\n" not in gap:
                joins.append(i)
    if not joins:
        return list(sentences)
    out: list[tuple[int, int]] = []
    last = 0
    for i in joins:
        out.extend(sentences[last:i])
        out[-1] = (out[-1][0], sentences[i][1])
        last = i + 1
    out.extend(sentences[last:])
    return out


def _next_word(body: str, pos: int, end: int) -> tuple[str, int]:
    """The first word after ``pos`` that is not an adverb, and its start.

    (A search from the end of the last word, as ``finditer`` goes on, without its scanner:
    most cues are read at the first word.)
    """
    while True:
        match = _WORD.search(body, pos, end, _SERIAL)
        if match is None:
            return "", end
        raw = match.group()
        if raw[-1] in "’'":
            raw = raw.rstrip("’'")  # 'to ‘further deepen’ ties': a closing single quote
            if not raw:
                pos = match.end()
                continue
        word = raw.lower()
        if word in _ADVERBS or (word.endswith("ly") and word not in _NOT_ADVERB):
            pos = match.end()
            continue
        return raw, match.start()


_NOT_ADVERB = frozenset({"apply", "rely", "supply"})


_QUOTE_MARKS = '“«”»"'


def _quote_marks(body: str, para: tuple[int, int]) -> dict[str, list[int]]:
    """Where each quote mark ``_inside_quote`` counts lies in a paragraph (read once)."""
    out: dict[str, list[int]] = {}
    for quote in _QUOTE_MARKS:
        found = out[quote] = []
        at = body.find(quote, *para)
        while at != -1:
            found.append(at)
            at = body.find(quote, at + 1, para[1])
    return out


def _quote_start(marks: dict[str, list[int]], pos: int) -> int | None:
    """Where the quotation around ``pos`` opens (None: ``pos`` is not inside one)."""
    if not _inside_quote(marks, pos):
        return None
    found = -1
    for quote in '“«"':
        at = bisect.bisect_left(marks[quote], pos)
        if at:
            found = max(found, marks[quote][at - 1])
    return found if found >= 0 else None


_WE_WILL = regex.compile(r"\bwe\s+(?:will|shall)\b|\bwe['’]ll\b", regex.IGNORECASE)


def _inside_quote(marks: dict[str, list[int]], pos: int) -> bool:
    left = bisect.bisect_left
    opens = left(marks["“"], pos) + left(marks["«"], pos)
    if opens:
        return opens > left(marks["”"], pos) + left(marks["»"], pos)
    return (left(marks["”"], pos) + left(marks['"'], pos)) % 2 == 1


# ``_CLAUSE_OPEN`` on the lower-cased copy: its words are ASCII, and only "ſ" matches one
# of their letters ignoring case without being that letter in lower case.
_CLAUSE_OPEN_LOWER = regex.compile(_CLAUSE_OPEN.pattern, regex.VERBOSE)
# Where an opening may start: one of these characters, or the white space before one of
# these words.
_OPEN_MARKS = ';:“”"‘,'
_OPEN_WORDS = frozenset(
    {"during", "that", "which", "whom", "said", "says", "added", "noted", "while", "as", "and"}
    | {"believe", "believes", "believed", "think", "thinks", "thought", "trust", "confident"}
    | {"convinced", "sure"}
)
_CLAUSE_OPEN_NO_CARET = regex.compile(
    _CLAUSE_OPEN_LOWER.pattern.replace("(?:^|", "(?:", 1), regex.VERBOSE
)
if _CLAUSE_OPEN_NO_CARET.pattern == _CLAUSE_OPEN_LOWER.pattern:
    msg = "_CLAUSE_OPEN changed: update where its openings may start"
    raise ValueError(msg)

# After white space, the words ``_CLAUSE_OPEN`` reads with white space after them.
_OPEN_SAID = _OPEN_WORDS - {"during", "that", "which", "whom", "and"}


def _open_end(source: str, at: int, end: int, word: str) -> int:
    """Where ``_CLAUSE_OPEN_NO_CARET.match(source, at, end)`` ends (-1: no match).

    Read without the pattern at a place ``_clause_start`` tries: a mark (``word`` empty), or
    the white space right before ``word``, one of ``_OPEN_WORDS``.
    """
    if not word:
        if source[at] != ",":
            return at + 1  # ";", ":" or a quote mark
        return at + 2 if at + 1 < end and source[at + 1] in _SPACE else -1
    stop = at + 1 + len(word)
    if stop >= end or source[stop] not in _SPACE:
        return -1  # every branch reads white space after its word
    if word in _OPEN_SAID:
        return stop + 1
    if word in {"that", "which", "whom"}:
        return at + 1  # (a look-ahead: the match is the white space alone)
    after = stop
    while after < end and source[after] in _SPACE:
        after += 1
    if word == "during":
        return after if source.startswith("which", after, end) else -1
    tail = after + 4  # "and" and white space, then "that" and white space
    if source.startswith("that", after, end) and tail < end and source[tail] in _SPACE:
        return tail + 1
    return -1


# The sentence, where to go on, the last opening, and the next word to read (-1: unknown).
_ClauseScan = tuple[tuple[int, int], int, int, int]


def _clause_start(
    source: str,
    pattern: regex.Pattern[str],
    sent: tuple[int, int],
    cue_start: int,
    scan: _ClauseScan,
    words: tuple[tuple[int, str], ...] | None = None,
    marks: str = _OPEN_MARKS,
) -> tuple[int, _ClauseScan]:
    """Where the clause holding a cue starts: the end of the last clause opening before it.

    An opening never reads the cue (a cue starts with a word no opening holds or looks
    for), so the scan stops at the cue, and the next cue of the sentence goes on from it.
    ``marks`` are the marks of ``_OPEN_MARKS`` that ``source`` holds.
    """
    if scan[0] == sent:
        _, resume, last, word = scan
    else:
        resume = last = sent[0]
        word = -1
    if words is None:
        final = deque(pattern.finditer(source, resume, cue_start, _NO_OVERLAP, _SERIAL), maxlen=1)
        if final:
            last = final[0].end()
        return last, (sent, max(resume, cue_start), last, -1)
    if word < 0:
        word = bisect.bisect_right(words, resume, key=_WORD_START)
    # With the words of the lower-cased copy: tried only where an opening may start,
    # in order and from the end of the last one, as ``finditer`` goes ("^" only gives
    # the sentence start at 0, which ``last`` holds already).
    found: dict[int, str] = {}  # a place, and the word after it ("" at a mark)
    for mark in marks:
        at = source.find(mark, resume, cue_start)
        while at != -1:
            found[at] = ""
            at = source.find(mark, at + 1, cue_start)
    # The words before the cue, the openings among them picked at C speed.
    stop = bisect.bisect_left(words, (cue_start,), word)
    inside = words[word:stop]
    opening = map(_OPEN_WORDS.__contains__, map(_WORD_OF, inside))
    for at, text in itertools.compress(inside, opening):
        if source[at - 1] in _SPACE:
            found[at - 1] = text
    word = stop
    reach = resume
    for at in sorted(found):
        if at < reach:
            continue
        end = _open_end(source, at, cue_start, found[at])
        if end >= 0:
            last = reach = end
    # No opening starts between the last one and the cue: the next scan starts at the cue.
    return last, (sent, max(resume, cue_start), last, word)


# Every character ``_action_end`` stops at (the others it passes over).
_QUOTE_CHARS = _OPEN_QUOTES + _CLOSE_QUOTES + '"'
_ANY_QUOTE = regex.compile("[" + _QUOTE_CHARS + "]")


# ``_CLAUSE_END`` on the lower-cased copy (see ``_CLAUSE_OPEN_LOWER``), but for its one
# branch that reads a capital ("..., said Smith"): that one is tried at each comma before.
_TOLD_BRANCH = r"""
      | (?:said|added|stated|noted|stressed|told)\s+(?=(?-i:\p{Lu}))"""
_CLAUSE_END_TOLD = regex.compile(",\\s+" + _TOLD_BRANCH.split("| ")[1], regex.IGNORECASE)
_CLAUSE_END_LOWER = regex.compile(
    _CLAUSE_END.pattern.replace(_TOLD_BRANCH, "").replace("|it|I|is|", "|it|i|is|"), regex.VERBOSE
)
if _CLAUSE_END_LOWER.pattern.count("|it|i|is|") != 2 or _TOLD_BRANCH in _CLAUSE_END_LOWER.pattern:
    msg = "_CLAUSE_END changed: update its lower-case copy"
    raise ValueError(msg)


# Where a branch of ``_CLAUSE_END_LOWER`` may start: at one of these characters, at the
# white space before a dash, at a link or the white space before it, or at the white
# space before one of these words (from its first character: ``\s+`` takes the rest).
_END_MARKS = ";:,"
_END_LINKS = ("http", "pic.twitter.com", "www.")
_WORD_OF = operator.itemgetter(1)  # the word of a ``(start, word)`` pair
_END_WORDS = frozenset(
    {"were", "was", "are", "is", "have", "has", "and", "but"}
    | {"adding", "noting", "saying", "stressing", "while", "whereas"}
)
_SPACE = frozenset(c for c in map(chr, range(0x3001)) if regex.match(r"\s", c))  # ``\s``
_WORD_START = operator.itemgetter(0)


def _last_runs(text: str, runs: int, start: int = 0, end: int | None = None) -> int:
    """Where the last ``runs`` runs of non-space (``\\S``) of ``text[start:end]`` start."""
    at = len(text) if end is None else end
    for _ in range(runs):
        while at > start and text[at - 1] in _SPACE:
            at -= 1
        while at > start and text[at - 1] not in _SPACE:
            at -= 1
    return at


def _space_before(keys: str, at: int, start: int) -> int:
    """The first character of the white space that ends at ``at`` (not before ``start``)."""
    while at > start and keys[at - 1] in _SPACE:
        at -= 1
    return at


# The marks, dashes and links of ``_end_starts`` that a text holds (the others are not
# searched for in each window).
_EndMarks = tuple[str, str, tuple[str, ...]]
_ALL_END_MARKS: _EndMarks = (_END_MARKS, "—–-", _END_LINKS)


def _end_marks(keys: str) -> _EndMarks:
    """The marks, dashes and links of ``_end_starts`` that ``keys`` holds."""
    present = keys.__contains__
    return (
        "".join(filter(present, _END_MARKS)),
        "".join(filter(present, "—–-")),
        tuple(filter(present, _END_LINKS)),
    )


def _end_starts(
    keys: str,
    words: tuple[tuple[int, str], ...],
    start: int,
    sent_end: int,
    stop: int,
    present: _EndMarks = _ALL_END_MARKS,
) -> list[int]:
    """Every place in ``[start, stop)`` where ``_CLAUSE_END_LOWER`` may match, in order.

    A place before ``stop`` may belong to a link or a word after it (the white space
    before it): the scan runs past the white space at ``stop`` and a link's length.
    ``present`` are the marks, dashes and links that ``keys`` holds (``_end_marks``).
    """
    marks, dashes, links = present
    if stop < sent_end:
        reach = stop
        while reach < sent_end and keys[reach] in _SPACE:
            reach += 1
        sent_end = min(sent_end, reach + 16)
    found = set()
    for mark in marks:
        at = keys.find(mark, start, sent_end)
        while at != -1:
            found.add(at)
            at = keys.find(mark, at + 1, sent_end)
    for dash in dashes:
        at = keys.find(dash, start + 1, sent_end)
        while at != -1:
            if keys[at - 1] in _SPACE:
                found.add(at - 1)
            at = keys.find(dash, at + 1, sent_end)
    for link in links:
        at = keys.find(link, start, sent_end)
        while at != -1:
            found.add(_space_before(keys, at, start))
            found.add(at)
            at = keys.find(link, at + 1, sent_end)
    # (``(start + 1,)`` sorts after every word at ``start`` and before any after it, and
    # ``(sent_end,)`` before every word from ``sent_end`` on.) The end words picked in C.
    i = bisect.bisect_left(words, (start + 1,))
    inside = words[i : bisect.bisect_left(words, (sent_end,), i)]
    for at, _ in itertools.compress(inside, map(_END_WORDS.__contains__, map(_WORD_OF, inside))):
        if keys[at - 1] in _SPACE:
            found.add(_space_before(keys, at, start))
    return sorted([at for at in found if at < stop])


@attrs.frozen
class _Ends:
    """Where a branch of ``_CLAUSE_END_LOWER`` may start, for a whole text (read once).

    The same places as ``_end_starts``, bisected instead of searched for each action.

    The marks, the dashes after white space (the dash's place), the links (place and
    length) and the end words after white space (the word's place, and where the white
    space before it starts).
    """

    marks: list[int]
    dashes: list[int]
    links: list[tuple[int, int]]
    link_starts: list[int]
    words: list[int]
    word_spaces: list[int]
    word_index: dict[int, int]  # an end word's place: its index in the text's words
    spaces: dict[int, int]  # a link's place: where the white space before it starts

    @classmethod
    def of(cls, keys: str, words: tuple[tuple[int, str], ...]) -> _Ends:
        """Read ``keys`` (the lower-cased text) and its words once."""
        marks = sorted(at for mark in _END_MARKS for at in _places(keys, mark))
        dashes = sorted(
            at for dash in "—–-" for at in _places(keys, dash) if at and keys[at - 1] in _SPACE
        )
        links = sorted((at, len(link)) for link in _END_LINKS for at in _places(keys, link))
        spaces = {at: _space_before(keys, at, 0) for at, _ in links}
        is_end = map(_END_WORDS.__contains__, map(_WORD_OF, words))  # (picked at C speed)
        word_index = {
            at: i
            for i, (at, _) in itertools.compress(enumerate(words), is_end)
            if at and keys[at - 1] in _SPACE
        }
        starts = list(word_index)  # (in the order of the words: by place)
        return cls(
            marks,
            dashes,
            links,
            [at for at, _ in links],
            starts,
            [_space_before(keys, at, 0) for at in starts],
            word_index=word_index,
            spaces=spaces,
        )

    def starts(self, keys: str, start: int, sent_end: int, stop: int) -> list[int]:
        """Every place in ``[start, stop)`` where ``_CLAUSE_END_LOWER`` may match, in order.

        A place before ``stop`` may belong to a link or a word after it (the white space
        before it): the scan runs past the white space at ``stop`` and a link's length.
        """
        if stop < sent_end:
            reach = stop
            while reach < sent_end and keys[reach] in _SPACE:
                reach += 1
            sent_end = min(sent_end, reach + 16)
        # (Each list cut to the window by bisection, its places taken at C speed.)
        left = bisect.bisect_left
        marks = self.marks
        found = set(marks[left(marks, start) : left(marks, sent_end)]) if marks else set()
        dashes = self.dashes
        if dashes:  # (the white space before each dash)
            found.update(
                map((-1).__add__, dashes[left(dashes, start + 1) : left(dashes, sent_end)])
            )
        links = self.links
        i = left(self.link_starts, start) if links else 0
        while i < len(links) and links[i][0] < sent_end:
            at, size = links[i]
            if at + size <= sent_end:
                found.add(max(start, self.spaces[at]))
                found.add(at)
            i += 1
        words = self.words
        if words:  # (the white space before each word, from ``start`` on)
            spaces = self.word_spaces[bisect.bisect_right(words, start) : left(words, sent_end)]
            found.update(map(max, itertools.repeat(start), spaces))
        return sorted(filter(stop.__gt__, found))


def _places(keys: str, part: str) -> Iterator[int]:
    """Every place where ``part`` starts in ``keys`` (overlapping ones too, as ``find`` goes)."""
    at = keys.find(part)
    while at != -1:
        yield at
        at = keys.find(part, at + 1)


# Characters: a longer text with many actions reads where its clauses may end once
# (``_Ends``), a shorter one in the window of each action.
_ENDS_AT_ONCE = 20_000
_ENDS_AFTER = 100  # actions read in their windows before the whole text is read at once
_END_WINDOW = 256  # characters: ``_clause_end`` reads a long sentence in growing windows


_AND_NEXT_CLAUSE = regex.compile(r",?\s*and\s+")
_MODAL_NEAR = 60  # characters after "and": where a new clause's own modal may stand


def _modal_near(keys: str, at: int, end: int) -> bool:
    """A modal of a new clause may follow "and" within reach ("and Ruritania will host")."""
    stop = min(end, at + _MODAL_NEAR)
    return any(keys.find(modal, at, stop) != -1 for modal in (" will ", " shall ", " expected "))


def _clause_end(
    body: str,
    keys: str | None,
    start: int,
    sent_end: int,
    words: tuple[tuple[int, str], ...] | None = None,
    ends: _Ends | None = None,
    present: _EndMarks = _ALL_END_MARKS,
    before: int | None = None,
) -> int:
    """Where ``_CLAUSE_END`` first matches in ``[start, sent_end)`` (else ``sent_end``).

    On the lower-cased copy with its words, the pattern is tried only where it may start
    (``present``: the marks the text holds, as ``_end_marks`` gives them).

    ``before``: only an end before it is wanted; the least of the end and ``before`` is
    returned (with the words, an end at ``before`` or after is not looked for).
    """
    bound = sent_end if before is None else min(sent_end, before)
    if keys is None:
        match = _guard.search(_CLAUSE_END, body, start, sent_end)
        return bound if match is None else min(bound, match.start())
    limit = sent_end
    if words is None:
        match = _guard.search(_CLAUSE_END_LOWER, keys, start, sent_end)
        limit = sent_end if match is None else match.start()
    else:
        # In windows that double: a clause ends near its start, and a long sentence
        # without an end is not read once per cue. (The places from ``bound`` on are not
        # tried: the least end tried before it is the first end, if any.)
        stop = min(bound, start + (_END_WINDOW if ends is None else _END_WINDOW // 4))
        tried: set[int] = set()  # (a window holds the places of the one before)
        said: bool | None = None  # whether the "..., he said." branch may match, once read
        hit = None
        while hit is None:
            for at in (
                _end_starts(keys, words, start, sent_end, stop, present)
                if ends is None
                else ends.starts(keys, start, sent_end, stop)
            ):
                if at in tried:
                    continue
                tried.add(at)
                mark = keys[at]
                if mark in ";:":
                    hit = at  # the first branch
                    break
                # Cheap tests first: a word that every branch at a comma, or at the white
                # space before "and", reads right after it.
                if mark == ",":
                    if said is None:
                        said = _said_at_end(keys, start, sent_end)
                    # (the branches read past a closing mark: '"joint research," according')
                    after = at + 2 if keys.startswith(('"', "”"), at + 1) else at + 1
                    word, _, _ = _word_after(keys, words, after, sent_end)
                    if not said and word is not None and word not in _COMMA_NEXT:
                        continue
                elif mark in _SPACE:
                    word, place, index = _word_after(
                        keys, words, at, sent_end, at_word=None if ends is None else ends.word_index
                    )
                    if word == "and":
                        word, place, _ = _word_after(keys, words, place + 3, sent_end, index)
                        if (
                            word is not None
                            and word not in _AND_NEXT
                            and not word.endswith("ed")
                            and keys[place + len(word)] != "-"  # (then read on to "-ed")
                            and not _modal_near(keys, place, sent_end)
                        ):
                            continue
                if _CLAUSE_END_LOWER.match(keys, at, sent_end, _SERIAL) is not None:
                    hit = at
                    break
            if hit is not None:
                limit = hit
                break
            if stop >= bound:
                limit = bound  # (no end before it)
                break
            stop = min(bound, start + 2 * (stop - start))
    limit = min(limit, bound)
    comma = body.find(",", start, limit)
    while comma != -1:
        if (
            words is None
            or keys is None
            or _word_after(keys, words, comma + 1, sent_end)[0] in _TOLD_OR_UNKNOWN
        ) and _CLAUSE_END_TOLD.match(body, comma, sent_end, _SERIAL) is not None:
            return comma
        comma = body.find(",", comma + 1, limit)
    return limit


# The first word after ", " in every branch of ``_CLAUSE_END_LOWER`` that starts at a comma
# but one ("..., the minister said."): ``_said_at_end`` tells when that one may match.
_COMMA_NEXT = frozenset(
    {"while", "but", "whereas", "which", "although", "though", "as", "adding", "noting"}
    | {"saying", "stressing", "according", "so", "agreeing", "deciding", "pledging"}
    | {"committing", "vowing", "resolving", "was", "is", "were", "are", "has", "have", "had"}
    | {"and", "he", "she", "they", "it"}
)
# The word after "and" in its branches (else a word in "-ed", or one joined by a hyphen).
_AND_NEXT = frozenset(
    {"noted", "said", "added", "stressed", "welcomed", "expressed", "reiterated", "reaffirmed"}
    | {"underlined", "emphasised", "emphasized", "discussed", "called", "urged", "thanked"}
    | {"praised", "looked", "agreed", "highlighted", "affirmed", "also", "further", "then"}
    | {"will", "shall", "would", "should", "can", "could", "may", "must", "might", "we"}
    | {"they", "he", "she", "it", "i", "is", "are", "was", "were", "has", "have", "had"}
)
_SAID_WORDS = ("said", "added", "stated", "noted", "tweeted", "wrote", "announced")
_SAID_WORDS_ALL = (*_SAID_WORDS, "confirmed", "declared", "explained")
# (None: ``_word_after`` cannot tell the word, the pattern is tried.)
_TOLD_OR_UNKNOWN = frozenset({"said", "added", "stated", "noted", "stressed", "told", None})


def _word_after(
    keys: str,
    words: tuple[tuple[int, str], ...],
    at: int,
    end: int,
    near: int = -1,
    *,
    at_word: dict[int, int] | None = None,
) -> tuple[str | None, int, int]:
    """The word (of ``words``) after the white space at ``at``, where it starts, its index.

    The white space is one character or more, the word ends before ``end``. "" when no
    white space is at ``at``; None when it cannot tell: no word starts right after the
    white space, or the word runs to ``end`` or past it (index -1 then). ``near``: the
    index of a word before ``at`` (the word is looked for after it).
    """
    if at >= end or keys[at] not in _SPACE:
        return "", at, -1
    while at < end and keys[at] in _SPACE:
        at += 1
    i = near + 1
    if i >= len(words) or words[i][0] != at:
        # ``at_word``: the indices of some words by place (``_Ends.word_index``), looked up
        # before the words are bisected.
        i = at_word.get(at, -1) if at_word is not None else -1
        if i < 0:
            i = bisect.bisect_left(words, (at,), near + 1)
    if i < len(words) and words[i][0] == at and at + len(words[i][1]) < end:
        return words[i][1], at, i
    return None, at, -1


_CREDIT = regex.compile(r"/\s*\w[\w.-]{0,15}")  # a news agency's credit after a slash


def _said_at_end(keys: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` may end as the "..., he said." branch of ``_CLAUSE_END``.

    It ends in a speech verb, or in "told" and a word, then white space and one stop at most
    (and an agency's credit: "..., a statement said. / AA").
    """
    while end > start and keys[end - 1] in _SPACE:
        end -= 1
    slash = keys.rfind("/", max(start, end - 18), end)
    if slash != -1 and _CREDIT.fullmatch(keys, slash, end, _SERIAL) is not None:
        end = slash
        while end > start and keys[end - 1] in _SPACE:
            end -= 1
    if end > start and keys[end - 1] in ".,":
        end -= 1
    while end > start and keys[end - 1] in _SPACE:
        end -= 1
    return (
        keys.endswith(_SAID_WORDS_ALL, start, end)
        or "told" in keys[_last_runs(keys, 2, start, end) : end]
    )


def _action_end(
    body: str,
    keys: str | None,
    start: int,
    sent_end: int,
    in_quote: bool,
    words: tuple[tuple[int, str], ...] | None = None,
    ends: _Ends | None = None,
    present: _EndMarks = _ALL_END_MARKS,
    *,
    quoted: bool = True,
) -> int:
    """Where an action from ``start`` ends: its clause's end, or a quote mark before it.

    ``quoted``: False when the text holds no mark of ``_ANY_QUOTE`` (none is looked for).
    """
    if not quoted:
        return _clause_end(body, keys, start, sent_end, words, ends, present)
    # The marks are read from ``start`` on, whatever the clause's end: the first one that
    # ends the action near its start bounds the clause's end looked for (a sentence of
    # quotations is not read to its end for each cue).
    # (A pattern call costs more than looking for each mark in a short slice: it is made
    # only where a mark is. The marks after ``reach`` are read on from where the first
    # read stopped.)
    reach = min(sent_end, start + _QUOTE_REACH)
    skip = -1
    if _has_quote(body[start:reach]):
        cut, skip = _quote_cut(body, start, reach, sent_end, in_quote)
        if cut is not None:
            return _clause_end(body, keys, start, sent_end, words, ends, present, cut)
    end = _clause_end(body, keys, start, sent_end, words, ends, present)
    if end <= reach or not _has_quote(body[reach:end]):
        return end  # (no mark before it ends the action)
    cut, _ = _quote_cut(body, reach, end, sent_end, in_quote, skip)
    return end if cut is None else cut


def _has_quote(segment: str) -> bool:
    """Whether ``segment`` holds a mark of ``_ANY_QUOTE``."""
    if segment.isascii():  # (a flag of the string) '"' is the one ASCII mark
        return '"' in segment
    return any(map(segment.__contains__, _QUOTE_CHARS))


_QUOTE_REACH = 64  # characters after an action's start where its quote marks are read first


def _quote_cut(
    body: str, start: int, stop: int, sent_end: int, in_quote: bool, skip: int = -1
) -> tuple[int | None, int]:
    """The first quote mark in ``[start, stop)`` that ends an action, if any, and ``skip``.

    ``skip``: the closing mark of the last short quoted name passed over (the marks up to it
    are passed over), as the read of the action's marks before ``start`` left it; returned
    as this read leaves it, for a read from ``stop`` on. (A mark's reading depends on the
    marks before it and on the sentence up to ``sent_end``, not on ``stop``.)
    """
    closers = _CLOSE_QUOTES + '"' if in_quote else ""
    for mark in _ANY_QUOTE.finditer(body, start, stop, _NO_OVERLAP, _SERIAL):
        i = mark.start()
        if i <= skip:
            continue
        ch = body[i]
        if ch == "’" and body[i - 1 : i].isalpha() and body[i + 1 : i + 2].isalpha():
            continue  # an apostrophe ("this year’s", "don’t"), not a closing quote
        if ch in closers or (in_quote and ch == "”"):
            return i, skip
        if ch in _OPEN_QUOTES or (not in_quote and ch in '"”'):
            # A short quoted name stays in the action ("an "urgent" summit"), its closing
            # mark with it; a long quotation ends it.
            close = min(
                (j for j in (body.find(c, i + 1, sent_end) for c in '”"’»') if j != -1),
                default=-1,
            )
            if close == -1 or (
                close - i > _SHORT_QUOTE
                and not (
                    # a phrase of the clause quoted ("cooperation in "joint investment,
                    # research and technology development," …"): in small letters, after a
                    # word, not a sentence of speech
                    close - i <= _QUOTED_PHRASE
                    and i > start
                    and body[i + 1 : i + 2].islower()
                    and body[i - 1 : i] == " "
                    and body[i - 2 : i - 1].isalpha()
                    and not _has_stop(body, i + 1, close)
                )
            ):
                return i, skip
            skip = close
    return None, skip


_SHORT_QUOTE = 40  # characters: a quoted name kept in an action, whatever it reads
_QUOTED_PHRASE = 100  # characters: the longest quoted phrase of a clause kept in it


def _has_stop(body: str, start: int, end: int) -> bool:
    """Whether a sentence ends inside ``body[start:end]`` (a stop before a space)."""
    return any(body.find(p, start, end) >= 0 for p in (". ", "! ", "? "))


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    while end > start and (body[end - 1].isspace() or body[end - 1] in ".,;:!?"):
        end -= 1
    while start < end and body[start].isspace():
        start += 1
    return start, end


# Every branch of ``_TIMEFRAME`` holds one of these (it is case-sensitive): without
# any of them in the action, it cannot match there. ("the end of" is either after
# "toward" or before "this", "next", a year or a month.)
_TIMEFRAME_WORDS = (
    "next",
    "this",
    "20",
    "toward",
    "current",
    "coming",
    "following",
    "early",
    "future",
    "during",
    "day",  # (every weekday, and "today")
    "tomorrow",
    "soon",
    "shortly",
    *_MONTH[3:-1].split("|"),
)


# The branches of ``_TIMEFRAME`` of one word: whatever follows them.
_TIMEFRAME_ALONE = frozenset({"tomorrow", "soon", "shortly"})
# The first words of the branches of ``_TIMEFRAME``: a match starts at one of them.
_TIMEFRAME_LEADS = frozenset(
    {"over", "in", "during", "for", "within", "by", "before", "until", "toward", "towards"}
    | {"later", "this", "next", "from", "on", "at"}
    | _TIMEFRAME_ALONE
)
# For each of them, the words (lower-cased, as ``Text.words``) one branch or another reads
# right after it; after those of ``_TIMEFRAME_YEAR``, also a year ("20..").
_MONTHS_LOWER = frozenset(_MONTH[3:-1].lower().split("|"))
_PARTS = frozenset({"early", "mid", "late"} | _MONTHS_LOWER)
_WEEKDAYS_LOWER = frozenset(_WEEKDAY[3:-1].lower().split("|"))
_TIMEFRAME_NEXT = {
    **dict.fromkeys(("over", "within", "during", "toward", "towards", "for"), frozenset({"the"})),
    "in": frozenset({"the"}) | _PARTS,
    "by": frozenset({"the", "this", "next"}) | _PARTS | _WEEKDAYS_LOWER,
    "before": frozenset({"the", "this", "next"}) | _MONTHS_LOWER,
    "until": frozenset({"the", "this", "next"}) | _MONTHS_LOWER,
    "from": _PARTS | _WEEKDAYS_LOWER,
    "on": _PARTS | _WEEKDAYS_LOWER,
    "later": frozenset({"this", "next", "today"}),
    "at": frozenset({"an"}),
    **dict.fromkeys(
        ("this", "next"),
        frozenset({"year", "month", "week", "autumn", "spring", "summer", "winter", "fall"})
        | frozenset({"morning", "afternoon", "evening"})
        | _MONTHS_LOWER
        | _WEEKDAYS_LOWER,
    ),
    **dict.fromkeys(_TIMEFRAME_ALONE, frozenset()),
}
_TIMEFRAME_YEAR = frozenset({"in", "by", "before", "until"})
# after these, a branch reads a day of the month ("on 21 March")
_TIMEFRAME_DAY_FIRST = frozenset({"on", "from", "by"})
if set(_TIMEFRAME_NEXT) != _TIMEFRAME_LEADS:
    msg = "_TIMEFRAME_LEADS changed: update _TIMEFRAME_NEXT"
    raise ValueError(msg)


def _timeframe_word(action: str) -> bool:
    """One of ``_TIMEFRAME_WORDS`` is in ``action`` (``in`` costs less than a search)."""
    return any(map(action.__contains__, _TIMEFRAME_WORDS))  # (at C speed)


def _timeframe(
    body: str,
    start: int,
    end: int,
    words: tuple[tuple[int, str], ...] | None = None,
) -> tuple[int, int] | None:
    """The last match of ``_TIMEFRAME`` in ``[start, end)``.

    With the words of the text (``Text.words``), it is tried only where a word of
    ``_TIMEFRAME_LEADS`` starts, as ``finditer`` would go on (from a match's end).
    """
    found = None
    if words is None:
        for match in _guard.finditer(_TIMEFRAME, body, start, end):
            found = (match.start(), match.end())
        return found
    reach = start
    leads = _TIMEFRAME_NEXT
    size = len(words)
    # (``(start,)`` sorts before every word at ``start``: the first word from there on; the
    # lead words among them picked in C, ``_TIMEFRAME_LEADS`` a set: tested faster than a dict.)
    first = bisect.bisect_left(words, (start,))
    last = bisect.bisect_left(words, (end,), first)
    is_lead = map(_TIMEFRAME_LEADS.__contains__, map(_WORD_OF, words[first:last]))
    for i in itertools.compress(range(first, last), is_lead):
        at, word = words[i]
        if at < reach:
            continue
        after = words[i + 1][1] if i + 1 < size else ""
        if (
            after not in leads[word]
            and word not in _TIMEFRAME_ALONE
            and not (after.startswith("20") and word in _TIMEFRAME_YEAR)
            and not (after[:1].isdigit() and word in _TIMEFRAME_DAY_FIRST)
        ):
            continue  # no branch reads this word after the lead word
        hit = _TIMEFRAME.match(body, at, end, _SERIAL)
        if hit is not None:
            found = (hit.start(), hit.end())
            reach = hit.end()
    return found


_NOUN_OF = regex.compile(r"\s+of\b")  # after a coordinated word: a noun ("exchange of")


def _split(body: str, start: int, end: int, cue_word: str) -> list[tuple[int, int]]:
    """Split an action at coordinated verbs with their own object."""
    if body.find(",", start, end) == -1 and body.find("and", start, end) == -1:
        return [(start, end)]  # no place ``_COORD`` may match
    pieces: list[tuple[int, int]] = []
    begin = start
    for match in _COORD.finditer(body, start, end, _NO_OVERLAP, _SERIAL):
        verb = match.group(3).lower()
        if verb == "to" and not match.group(2) and "and" in match.group(1):
            # "agreed to explore A and to set up B": the verb after the second "to", unless
            # the first action holds an infinitive of its own ("steps to A and to B")
            infinitive = _TO_VERB.match(body, match.end(), end, _SERIAL)
            if infinitive is None:
                continue
            adverb = infinitive.group(1).strip().lower()
            if (
                infinitive.group(2).lower() in _VERBS
                and (not adverb or adverb in _ADVERBS or adverb.endswith("ly"))
                and len(body[begin : match.start()].split()) >= 2
                and _INFINITIVE.search(body, begin, match.start(), _SERIAL) is None
            ):
                pieces.append((begin, match.start()))
                begin = infinitive.start(1) if adverb else infinitive.start(2)
            continue
        if "and" not in match.group(1) and _LIST_GOES_ON.match(body, match.end(), None, _SERIAL):
            continue  # "a free, open, inclusive region": adjectives in a list
        adverb = match.group(2).strip().lower()
        gerunds = False
        if _gerund_of_verb(verb):
            words = body[start : match.start()].lower().split()
            # (an action opens on its verb: a first word in -ing is one, "building on ...")
            first = next(
                (
                    i
                    for i, w in enumerate(words)
                    if _gerund_of_verb(w) or (i == 0 and w[-3:] == "ing")
                ),
                None,
            )
            # "enhancing A, improving B": a list of gerunds (not "by deepening A, improving B",
            # "aimed at securing A and supporting B")
            gerunds = first is not None and (first == 0 or words[first - 1] not in _MANNER)
        if not (verb in _VERBS or gerunds) or (
            adverb and adverb not in _ADVERBS and not adverb.endswith("ly")
        ):
            continue
        if _NOUN_OF.match(body, match.end(3), end, _SERIAL) is not None:
            continue  # "drills and exchange of cadets": a noun before its "of", no verb
        before = body[begin : match.start()].split()
        if not before or before[-1].lower() in _VERBS or len(before) < 2:
            continue  # "deepen and expand cooperation" shares its object
        has_comma = match.group(1).lstrip().startswith(",")
        if not has_comma and _INFINITIVE.search(body, begin, match.start(), _SERIAL):
            continue  # "to defend against and respond to": inside an infinitive
        if cue_word == "look_forward":
            continue
        pieces.append((begin, match.start()))
        begin = match.start(2) if adverb else match.start(3)
    pieces.append((begin, end))
    return pieces


@attrs.frozen
class _Spoken:
    """The spans of the statements with a speaker, to find the one around a place."""

    statements: tuple[Statement, ...]
    # The places where the spans start or end, in order, and for each the first statement
    # (in statement order) with a span around every place from it to the next one (-1: none).
    bounds: list[int]
    first: list[int]
    # The person mentions whose actor has a country, by start: the fallback speakers.
    national: tuple[PersonMention, ...]
    national_starts: list[int]
    homes: dict[str, Country]  # the actors' countries by name

    @classmethod
    def of(cls, statements: tuple[Statement, ...], mentions: Mentions) -> _Spoken:
        spans = sorted(
            (s.start, s.end, k)
            for k, st in enumerate(statements)
            if st.speaker is not None
            for s in st.spans
        )
        # One sweep over the bounds: the spans open at a bound, the least statement first
        # (a span that ended is dropped when it comes first).
        bounds = sorted({at for start, end, _ in spans for at in (start, end)})
        first = []
        open_spans: list[tuple[int, int]] = []  # (statement, end)
        i = 0
        for at in bounds:
            while i < len(spans) and spans[i][0] <= at:
                heapq.heappush(open_spans, (spans[i][2], spans[i][1]))
                i += 1
            while open_spans and open_spans[0][1] <= at:
                heapq.heappop(open_spans)
            first.append(open_spans[0][0] if open_spans else -1)
        national = tuple(p for p in mentions.people if mentions.country_of(p.actor) is not None)
        homes: dict[str, Country] = {}
        for actor in mentions.actors:
            if actor.country is not None:
                homes.setdefault(actor.name, actor.country)
        return cls(
            statements,
            bounds,
            first,
            national,
            [p.start for p in national],
            homes,
        )

    def at(self, pos: int) -> Statement | None:
        """The first statement (in statement order) with a span around ``pos``."""
        i = bisect.bisect_right(self.bounds, pos) - 1
        best = self.first[i] if i >= 0 else -1
        return self.statements[best] if best >= 0 else None


@attrs.frozen
class _Speakers:
    """The statements and mentions a ``_Spoken`` reads, read on first use (few actions ask)."""

    statements: tuple[Statement, ...]
    mentions: Mentions
    built: list[_Spoken] = attrs.field(factory=list)  # the one ``_Spoken``, once read

    def get(self) -> _Spoken:
        """The ``_Spoken`` of the statements and mentions."""
        if not self.built:
            self.built.append(_Spoken.of(self.statements, self.mentions))
        return self.built[0]


def _speaker_country(
    body: str, mentions: Mentions, speakers: _Speakers, pos: int, para_start: int
) -> Country | None:
    spoken = speakers.get()
    statement = spoken.at(pos)
    if statement is not None and statement.speaker is not None:
        speaker = statement.speaker
        return spoken.homes.get(speaker.name, speaker.country)
    # Fallback: the nearest person with a country named in the paragraph, else just before it.
    national = spoken.national
    i = bisect.bisect_left(spoken.national_starts, pos)
    before = national[i - 1] if i > 0 and national[i - 1].start >= para_start - 400 else None
    after = national[i] if i < len(national) else None
    del body
    nearest = [p for p in (before, after) if p is not None]
    if not nearest:
        return None
    best = min(nearest, key=lambda p: (abs(p.start - pos), p.start))
    return mentions.country_of(best.actor)


# An apposition after a name: ", Chief of Staff of the Ruritanian Army" (not a relative clause
# or a speech verb). It runs to the next mark or person; a country after "to" or "in" there is
# a posting ("Ambassador to Ruritania"), not the person's own.
_APPOSITION = regex.compile(
    r"(?:,\s+(?!(?:who|whom|whose|which|where|when|while|said|says|told|added|and|but|as"
    r"|jr|sr|jnr|snr)\b)|\s+(?=of\s))[^,;:.!?\n“”\"]{3,120}",
    regex.IGNORECASE,
)
# Between a country and a name, only title words (and postings "to <Country>"): no verb or
# conjunction that would make them two phrases.
_TITLE_LOWER = """defence defense minister ministry secretary chief chiefs army navy naval air force
    forces military staff general commander ambassador envoy deputy vice foreign prime president
    counterpart head officer attaché attache official spokesman spokesperson adviser advisor
    director of the for state national security joint coast guard marine corps permanent senior
    top new former acting lieutenant colonel major admiral brigadier captain land self-defence
    self-defense special under assistant undersecretary"""
# Between a country and a name, only title words: capitalised words, short abbreviations
# ("Gen."), title nouns, and postings ("to Freedonia"); no verb, no sentence end.
_TITLE_GAP = regex.compile(
    r"(?:['’]s?)?(?:[\s,]+(?:\p{Lu}[\w'’-]*|\p{Lu}[a-z]{0,4}\.|to\s+\p{Lu}[\w'’-]*|"
    + _trie(_TITLE_LOWER.split())
    + r")){0,8}[\s,]+"
)
_POSTING_WORD = regex.compile(r"\b(?:to|in)\s", regex.IGNORECASE)
_POSTED_TO = regex.compile(r"\b(?:to|in)\s+(?:the\s+)?$", regex.IGNORECASE)
_TITLE_REACH = 70  # characters: how far before a name its title may name a country
_POSTED = regex.compile(
    r"\b(?:to|in|at|from|with|for|against|towards?|visiting)\s+(?:the\s+)?$", regex.IGNORECASE
)


def _actor_homes(body: str, mentions: Mentions) -> dict[int, Country]:
    """The actors' own countries the mention stage left out or took from a posting.

    "Col. Rossi, head of the Ruritanian Air Force, said", "Ruritania's army chief, Col.
    Rossi", "the Ruritanian army commander" (a title mention of Rossi): Rossi is Ruritanian,
    whatever the meeting's other side. "Ruritanian Ambassador to Freedonia Jan Kowal": Kowal
    is Ruritanian, not Freedonian.
    """
    homes: dict[int, Country] = {}
    people = mentions.people
    country_ends: set[int] | None = None
    for k, person in enumerate(people):
        actor = person.actor
        if actor in homes or person.form not in {"full", "title"}:
            continue
        known = mentions.country_of(actor)
        if known is not None:
            if person.form == "full":
                # A posting's country ends right before the name ("to Freedonia Jan Kowal").
                if country_ends is None:
                    country_ends = {c.end for c in mentions.countries}
                at = person.start
                while at > 0 and body[at - 1] in " ,":
                    at -= 1
                if at not in country_ends:
                    continue
                own = _title_home(body, mentions, person, posted=known)
                if own is not None and own != known:
                    homes[actor] = own
            continue
        if person.form == "title":
            home = _first_home(body, mentions, person.start, person.end, person.start)
        else:
            home = _title_home(body, mentions, person) or _apposition_home(body, mentions, k)
        if home is not None:
            homes[actor] = home
    return homes


def _first_home(body: str, mentions: Mentions, start: int, end: int, floor: int) -> Country | None:
    """The first country in ``[start, end)`` that is not a posting ("to Ruritania")."""
    for named in mentions.countries_in(start, end):
        if not _POSTED.search(body, max(floor, named.start - 16), named.start, _SERIAL):
            return named.country
    return None


def _apposition_may_start(body: str, at: int) -> bool:
    """``_APPOSITION`` may match at ``at``: a comma and white space, or white space and "of"."""
    first = body[at : at + 1]
    if first == ",":
        return body[at + 1 : at + 2] in _SPACE
    if first not in _SPACE:
        return False
    while at < len(body) and body[at] in _SPACE:
        at += 1
    return body[at : at + 2].lower() == "of" and body[at + 2 : at + 3] in _SPACE


def _apposition_home(body: str, mentions: Mentions, k: int) -> Country | None:
    people = mentions.people
    person = people[k]
    if not _apposition_may_start(body, person.end):
        return None
    apposition = _APPOSITION.match(body, person.end, person.end + 130, _SERIAL)
    if apposition is None:
        return None
    end = apposition.end()
    j = k + 1
    while j < len(people) and people[j].start < person.end:
        j += 1
    following = people[j].start if j < len(people) else len(body)
    end = min(end, following)
    for named in mentions.countries_in(person.end, end):
        if _POSTED.search(body, max(person.end, named.start - 16), named.start, _SERIAL):
            continue
        if following == end and _TITLE_GAP.fullmatch(body, named.end, following, _SERIAL):
            return None  # "Rossi, Ruritanian Army Chief Col. Tanaka": the next one's title
        return named.country
    return None


def _title_home(
    body: str, mentions: Mentions, person: PersonMention, posted: Country | None = None
) -> Country | None:
    """A country in the title right before the name: "Ruritania's army chief, Col. Rossi".

    With ``posted``, only when the name comes right after a posting to that country
    ("Ambassador to Freedonia Jan Kowal"); the home is then the country before the posting.
    """
    floor = max(0, person.start - _TITLE_REACH)
    if posted is not None and _POSTING_WORD.search(body, floor, person.start, _SERIAL) is None:
        return None  # no posting before the name
    before = mentions.countries_in(floor, person.start)
    if not before:
        return None
    if posted is not None:
        last = before[-1]
        if (
            last.country != posted
            or body[last.end : person.start].strip(" ,")
            or not (_POSTED_TO.search(body, max(floor, last.start - 16), last.start, _SERIAL))
        ):
            return None
    for named in reversed(before):
        if _POSTED_TO.search(body, max(floor, named.start - 16), named.start, _SERIAL):
            continue  # a posting: "Ambassador to Freedonia"
        if mentions.people_in(named.start, person.start) or "\n" in body[named.end : person.start]:
            return None  # another person between: "Ruritanian envoy Kim met President Lee"
        if _TITLE_GAP.fullmatch(body, named.end, person.start, _SERIAL) is None:
            return None
        return named.country
    return None


_HEAD = 300  # characters: where a release names its issuer on a line of its own


def _issuer(body: str, mentions: Mentions) -> Country | None:
    """The country of an organisation named alone on a line at the head of the text."""
    for org in mentions.organisations:
        if org.start > _HEAD:
            break
        if org.country is None:
            continue
        start = body.rfind("\n", 0, org.start) + 1
        end = body.find("\n", org.end)
        line = body[start : end if end != -1 else len(body)].strip()
        if len(line) <= org.end - org.start + 25 and "," not in line:
            return org.country
    return None


def _key(country: Country | None) -> tuple[str, str] | None:
    return None if country is None else (country.code, country.name)


def _with_actor_countries(body: str, mentions: Mentions, meetings: tuple[Meeting, ...]) -> Mentions:
    """Give an actor without a country the one its apposition names.

    Else (for a participant) the one meeting country no other participant holds.
    """
    homes = _actor_homes(body, mentions)
    fixed = {mentions.actors[k].name: country for k, country in homes.items()}
    inferred = dict(fixed)
    issuer = _issuer(body, mentions)
    lead = next((p for p in mentions.people if p.form != "pronoun"), None)
    if (
        issuer is not None
        and lead is not None
        and lead.form == "full"
        and mentions.country_of(lead.actor) is None
    ):
        # A release of "Ruritania Ministry of Defence" opens on its own minister.
        inferred.setdefault(mentions.actors[lead.actor].name, issuer)
    counts: Counter[Country] | None = None  # the countries named, counted on first use
    for meeting in meetings:
        held = {  # (code, name): equal as ``Country`` is, without its hash in Python
            _key(fixed.get(p.name) or p.country)
            for p in meeting.participants
            if p.country is not None or p.name in fixed
        }
        free = [c for c in meeting.countries if (c.code, c.name) not in held]
        unknown = [p for p in meeting.participants if p.country is None and p.name not in fixed]
        if len(unknown) != 1:
            continue
        if len(free) > 1 and len(meeting.countries) > 2:
            # A meeting of more countries (a venue's, a third one named): its two sides
            # are the two named most, as for the default parties.
            if counts is None:
                counts = Counter(c.country for c in mentions.countries)
            pair = {(c.code, c.name) for c in _pair(meeting, counts)}
            free = [c for c in free if (c.code, c.name) in pair]
        if len(free) == 1:
            inferred.setdefault(unknown[0].name, free[0])
    if not inferred:
        return mentions
    actors = tuple(
        _with_country(a, inferred[a.name])
        if a.name in inferred and (a.country is None or a.name in fixed)
        else a
        for a in mentions.actors
    )
    return Mentions(  # (``attrs.evolve``, spelled out: a generic copy costs twice as much)
        mentions.countries,
        actors,
        mentions.people,
        mentions.places,
        mentions.organisations,
        mentions.dateline,
    )


# The fields ``_with_country`` and ``_with_actor_countries`` copy one by one.
if [f.name for f in attrs.fields(Actor)] != ["name", "title", "country", "handles", "spans"] or [
    f.name for f in attrs.fields(Mentions)
] != ["countries", "actors", "people", "places", "organisations", "dateline"]:
    msg = "Actor or Mentions changed: update _with_country and _with_actor_countries"
    raise ValueError(msg)


def _with_country(actor: Actor, country: Country) -> Actor:
    """``attrs.evolve(actor, country=country)``, spelled out."""
    return Actor(actor.name, actor.title, country, actor.handles, spans=actor.spans)


def _resolve(
    body: str, mentions: Mentions, meetings: tuple[Meeting, ...], statements: tuple[Statement, ...]
) -> tuple[Mentions, _Speakers, _Defaults]:
    """The mentions with the actors' countries, the speakers, and the default parties."""
    mentions = _with_actor_countries(body, mentions, meetings)
    return mentions, _Speakers(statements, mentions), _Defaults.of(meetings, mentions.countries)


def _unique(countries: list[Country]) -> tuple[Country, ...]:
    seen: dict[str, Country] = {}
    for country in countries:
        seen.setdefault(country.code, country)
    return tuple(seen.values())


def _all_sides_named(meeting: Meeting) -> bool:
    """Each country of ``meeting`` has a participant of its own named (a true trilateral).

    "The Ruritanian, Freedonian and Sylvanian ministers met ... and agreed": the three sides
    are bound, not the two named most (a bilateral at a summit names the others' people
    seldom, if at all).
    """
    sides = {actor.country for actor in meeting.participants if actor.country is not None}
    return len(sides) >= 3 and sides >= set(meeting.countries)


def _pair(meeting: Meeting, counts: Counter[Country]) -> tuple[Country, ...]:
    countries = meeting.countries
    if len(countries) > 2 and not _all_sides_named(meeting):
        ranked = sorted(countries, key=lambda c: -counts[c])
        countries = tuple(c for c in countries if c in ranked[:2])
    return countries


_START_ORDER = operator.itemgetter(0, 1)
_THIRD = operator.itemgetter(2)
_START = operator.attrgetter("start")  # (of a span or a mention)
_END = operator.attrgetter("end")
_CODE = operator.attrgetter("code")  # (of a country)


@attrs.frozen
class _Defaults:
    """The countries of the meeting last spoken of before a position (else the first one)."""

    starts: list[int]
    pairs: list[tuple[Country, ...]]
    first: tuple[Country, ...] | None
    common: tuple[Country, ...]  # the two countries named most (read without a meeting only)
    codes: frozenset[str]  # the countries of the meetings
    hub: frozenset[str]  # the countries every meeting's pair holds (the host of bilaterals)
    # For each country, the starts and pairs of the meetings it takes part in (on first use).
    by_country: dict[str, tuple[list[int], list[tuple[Country, ...]]]]

    @classmethod
    def of(cls, meetings: tuple[Meeting, ...], countries: tuple[CountryMention, ...]) -> _Defaults:
        """Index the meetings' span starts once (a lookup is a bisection).

        The countries named are counted only when read: to rank the countries of a meeting
        of more than two, or for ``common`` (no meeting of two countries or more).
        """
        spans: list[tuple[int, int, tuple[Country, ...]]] = []
        first: tuple[Country, ...] | None = None
        codes: set[str] = set()
        hub: frozenset[str] | None = None  # (the codes every pair holds)
        counts: Counter[Country] | None = None
        for order, meeting in enumerate(meetings):
            pair = meeting.countries
            if len(pair) > 2 and not _all_sides_named(meeting):
                if counts is None:
                    counts = Counter(c.country for c in countries)
                pair = _pair(meeting, counts)
            if len(pair) < 2:
                continue
            first = first or pair
            codes.update(map(_CODE, pair))
            own = frozenset(map(_CODE, pair))
            hub = own if hub is None else hub & own
            spans.extend(
                zip(map(_START, meeting.spans), itertools.repeat(-order), itertools.repeat(pair))
            )
        spans.sort(key=_START_ORDER)
        common: tuple[Country, ...] = ()
        if first is None:  # (else ``at`` always has a pair to give)
            if counts is None:
                counts = Counter(c.country for c in countries)
            common = tuple(c for c, _ in counts.most_common(2))
        starts, pairs = list(map(_WORD_START, spans)), list(map(_THIRD, spans))
        return cls(starts, pairs, first, common, frozenset(codes), hub or frozenset(), {})

    def with_country(self, country: Country, pos: int) -> tuple[Country, ...] | None:
        """The pair of the meeting of ``country`` last spoken of before ``pos`` (else the first)."""
        if country.code not in self.codes:
            return None
        by_country = self.by_country
        if not by_country:
            for at, pair in zip(self.starts, self.pairs, strict=True):
                for member in pair:
                    lists = by_country.setdefault(member.code, ([], []))
                    lists[0].append(at)
                    lists[1].append(pair)
        found = by_country.get(country.code)
        if found is None:
            return None
        i = bisect.bisect_right(found[0], pos)
        return found[1][i - 1] if i else found[1][0]

    def at(self, pos: int) -> tuple[Country, ...]:
        """The default parties of a cue at ``pos``."""
        i = bisect.bisect_right(self.starts, pos)
        if i:
            return self.pairs[i - 1]
        return self.first if self.first is not None else self.common


def _countries_in(
    mentions: Mentions,
    start: int,
    end: int,
    people: tuple[PersonMention, ...] | None = None,
) -> list[Country]:
    """The countries named in ``[start, end)`` and those of the people there.

    ``people``: ``mentions.people_in(start, end)``, when at hand.
    """
    found = [c.country for c in mentions.countries_in(start, end)]
    for person in mentions.people_in(start, end) if people is None else people:
        if person.form != "pronoun" or not found:
            country = mentions.country_of(person.actor)
            if country is not None:
                found.append(country)
    return found


def _with_the_one_met(
    body: str,
    mentions: Mentions,
    parties: tuple[Country, ...],
    cue: tuple[int, int],
    start: int,
    end: int,
) -> tuple[Country, ...]:
    """The parties of "will meet (with) X" in ``[start, end)``: the one met is bound too."""
    extra = _countries_in(mentions, start, end)
    return _counterparts_apart(body, mentions, _unique([*parties, *extra]), cue, end)


def _counterparts_apart(
    body: str, mentions: Mentions, parties: tuple[Country, ...], cue: tuple[int, int], end: int
) -> tuple[Country, ...]:
    """The parties without the side named as "their Ruritanian counterparts" in the action."""
    if len(parties) < 2 or "counterpart" not in body[cue[1] : end].lower():
        return parties  # (the word first: the pattern is slow to fail)
    other = _COUNTERPARTS.search(body, cue[1], end, _SERIAL)
    if other is None:
        return parties
    theirs = set(_countries_in(mentions, other.start(), other.end()))
    rest = tuple(c for c in parties if c not in theirs)
    return rest if theirs and rest else parties


# A country named as the one the parties act with: "work with Ruritania", "ties with the
# Ruritanian navy", "with the Republic of Ruritania", and the ones listed after it ("with
# Ruritania and Freedonia"). The partner of an act is not bound by it. (Not a norm followed,
# "in line with Ruritania's laws", nor a side acting along: "together with Ruritania", nor
# an aside after a comma: "expand training, with Ruritanian personnel present".)
_WITH_BEFORE = regex.compile(
    r"(?<!\b(?:line|accordance|keeping|compliance|conformity|consistent|comply|along|together)"
    r"\s+)(?<!,\s*)\bwith\s+(?:the\s+)?"
    r"(?:(?:Republic|Kingdom|State|Sultanate)\s+of\s+(?:the\s+)?)?$",
    regex.IGNORECASE,
)
_LIST_BETWEEN = regex.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", regex.IGNORECASE)
_WITH_REACH = 40  # characters before a country where its "with" is looked for
_PARTNERS_REACH = 300  # characters after the first "with" where partners are read


def _partners_apart(
    body: str,
    mentions: Mentions,
    parties: tuple[Country, ...],
    default: tuple[Country, ...],
    start: int,
    end: int,
) -> tuple[Country, ...]:
    """The parties without the countries the action names as partners ("work with Ruritania").

    When the partner is the only party, the other side of the ``default`` pair acts with it.
    (Not for a meeting's action: the one met is bound, see ``_with_the_one_met``.)
    """
    with_at = body.find("with", start, end) if parties else -1
    if with_at == -1:
        return parties
    partners: list[Country] = []
    last_end = -1
    for named in mentions.countries_in(with_at, min(end, with_at + _PARTNERS_REACH)):
        lo = max(start, named.start - _WITH_REACH)
        if (
            body.find("with", lo, named.start) != -1  # (the word first: the pattern looks back)
            and _WITH_BEFORE.search(body, lo, named.start, _SERIAL)
        ) or (last_end >= 0 and _LIST_BETWEEN.fullmatch(body, last_end, named.start, _SERIAL)):
            partners.append(named.country)
            last_end = named.end
        elif named.start < last_end + 2:
            last_end = named.end  # (a compound's second part: "Ruritania-Freedonia")
        else:
            last_end = -1
    if not partners or _MEET_OBJECT.match(body, start, end, _SERIAL):
        return parties
    rest = tuple(c for c in parties if c not in partners)
    if rest:
        return rest
    others = tuple(c for c in default if c not in partners)
    return others if len(default) == 2 and len(others) == 1 else parties


# A passive's agent right after its participle: "will be hosted by Ruritania", "would be
# approved by the Ruritanian parliament".
_AGENT = regex.compile(_PASSIVE.pattern + r"\s+by\s+(?:the\s+)?")
_AGENT_REACH = 80  # characters after a cue where a passive's agent may be named


def _agent(body: str, mentions: Mentions, at: int, end: int) -> tuple[Country, ...]:
    """The countries named as the agent of a passive right after ``at`` (the cue's end).

    "will be hosted by Ruritania", "be signed by Ruritania and Freedonia": those countries
    act; a passive whose agent is no country ("by the end of May") names none.
    """
    if body.find("by", at, min(end, at + _AGENT_REACH)) == -1:
        return ()
    match = _AGENT.match(body, at, min(end, at + _AGENT_REACH), _SERIAL)
    if match is None:
        return ()
    agents: list[Country] = []
    last_end = match.end()
    for named in mentions.countries_in(match.end(), min(end, match.end() + _AGENT_REACH)):
        if named.start != last_end and not (
            agents and _LIST_BETWEEN.fullmatch(body, last_end, named.start, _SERIAL)
        ):
            break
        agents.append(named.country)
        last_end = named.end
    return _unique(agents)


# An assessment in a verb: a valued contribution or new momentum brought ("will make an
# important contribution to peace", "promised to bring new impetus"): a forecast, not an act
# (a contribution without a value word, "make a contribution of ten trucks", is one).
_ASSESSMENT = regex.compile(
    r"""(?:provide|make|bring|give|add|inject|offer|lend)\s+(?:an?\s+|the\s+)?
    (?:(?:important|significant|great|positive|major|valuable|new|fresh|strong|greater
    |substantial|crucial|vital|tremendous|enormous|huge|meaningful)\s+)+
    (?:contributions?|impetus|momentum|vitality|dynamism)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
_ASSESSMENT_NOUNS = ("contribut", "impetus", "momentum", "vitality", "dynamism")


def _assessment(action: str) -> bool:
    """``action`` opens on a valued contribution or momentum brought (``_ASSESSMENT``)."""
    low = action[:80].lower()
    if not any(map(low.__contains__, _ASSESSMENT_NOUNS)):  # (at C speed)
        return False
    return _ASSESSMENT.match(action, None, None, _SERIAL) is not None


_PLACE_AFTER_TAKE = regex.compile(r"take\s+place\b", regex.IGNORECASE)


_LIST_REACH = 40  # characters: the longest country name read at a clause start
_LIST_WINDOW = 300  # characters before a clause start where a list of countries is read
# A preposition right before a list: its first item is an object, not a subject.
_PREPOSITION_BEFORE = regex.compile(
    r"\b(?:with|to|in|from|for|of|by|at|on|between|against|and|visit|visited|visiting)\s+$",
    regex.IGNORECASE,
)


def _list_start(body: str, mentions: Mentions, clause: int, floor: int) -> int:
    """Where a list of countries that a comma cut starts ("A, B, C and D agreed to").

    ``clause`` starts right after ", " and on a country; the countries before it, each
    followed by ", ", belong to the same subject. Else ``clause`` itself.
    """
    first = mentions.countries_in(clause, clause + _LIST_REACH)
    if not first or first[0].start != clause:
        return clause
    start = clause
    for named in reversed(mentions.countries_in(max(floor, clause - _LIST_WINDOW), clause)):
        if named.end != start - 2 or body[named.end : start] not in {", ", ",\u00a0"}:
            break
        start = named.start
    if start == clause:
        return clause
    before = _PREPOSITION_BEFORE.search(body, max(floor, start - 16), start, _SERIAL)
    return clause if before is not None else start  # "After talks with A, B and C agreed"


# The speaker named with another as one subject: "Minister Rossi and I", "I and Rossi".
_SPEAKER_AND = regex.compile(
    r"(?:\p{Lu}[\w'’.-]*\s+){1,4}and\s+I\b|\bI\s+and\s+(?:\p{Lu}[\w'’.-]*\s*){1,4}"
)


def _subject_parties(
    body: str,
    mentions: Mentions,
    spoken: _Speakers,
    defaults: _Defaults,
    cue: tuple[int, int],
    subject: tuple[int, int],
    para: tuple[int, int],
    end: int,
    memo: dict[tuple[int, str], bool] | None = None,
) -> tuple[Country, ...]:
    default = _encounter(
        mentions,
        defaults,
        defaults.at(cue[0]),
        max(para[0], cue[0] - _ENCOUNTER_REACH),
        end,
        max(0, cue[0] - _ENCOUNTER_REACH),
    )
    sub = body[subject[0] : subject[1]]
    cue_text = body[cue[0] : cue[1]]
    head = cue_text.split(maxsplit=1)[0].lower()
    if head in _NOUN_CUES or (
        "support" in cue_text.lower() and _OWN_SUPPORT.search(cue_text, None, None, _SERIAL)
    ):
        # "pledged his support to": the one whose support it is.
        # "the readiness of the Ruritanian navy to": the holder named inside the cue.
        inside = _unique(_countries_in(mentions, cue[0], cue[1]))
        if inside:
            return inside
    # "the UK's plan to", "Germany's decision to", "his commitment to": the possessor alone.
    tail = (
        _POSSESSOR.search(sub, _last_runs(sub, _POSSESSOR_RUNS), None, _SERIAL)
        if head in _NOUN_CUES
        else None
    )
    if tail is not None:
        own = _unique(_countries_in(mentions, subject[0] + tail.start(), subject[0] + tail.end()))
        if own:
            return own
        if tail.group(1).lower() in {"his", "her"}:
            first = [p for p in mentions.people_in(subject[0], subject[1]) if p.form != "pronoun"]
            country = mentions.country_of(first[0].actor) if first else None
            if country is not None:
                return (country,)
    joint = _found(_JOINT, sub, 2, memo)
    if not joint and len(default) == 2 and ("and I " in sub or "I and " in sub):
        # "Minister Rossi and I agreed to": the speaker and the one named beside, the two
        # sides of the talks when the one named is one of them.
        pair = _SPEAKER_AND.search(sub, None, None, _SERIAL)
        if pair is not None:
            for person in mentions.people_in(subject[0] + pair.start(), subject[0] + pair.end()):
                if person.form != "pronoun" and mentions.country_of(person.actor) in default:
                    return default
    if not joint and _found(_FIRST_PERSON, sub, 3, memo):
        country = _speaker_country(body, mentions, spoken, cue[0], para[0])
        if country is not None:
            # "We agreed to ...", "we will work together", "for our two countries": the
            # speaker and the counterpart of the meeting.
            together = (
                head in _JOINT_HEADS or _TOGETHER.search(body, cue[1], end, _SERIAL) is not None
            )
            if together and _WE.search(sub, None, None, _SERIAL) and len(default) == 2:
                if country in default:
                    return default
                # The speaker's own meeting, not the one last spoken of (another side's).
                mine = defaults.with_country(country, cue[0]) if head in _JOINT_HEADS else None
                if mine is not None and len(mine) == 2:
                    return mine
            return (country,)
    in_subject = mentions.people_in(subject[0], subject[1])  # (read once here)
    named = _unique(_countries_in(mentions, subject[0], subject[1], in_subject))
    fronted = _FRONTED_PLACE.match(sub, None, None, _SERIAL) if named else None
    if fronted is not None:
        # "From Ruritania the minister will travel on", "While in Ruritania, X will": a
        # fronted place the clause starts from, not a side of it; a side when the subject
        # after it names it again ("In Ruritania, X and the Ruritanian chief will")
        after = subject[0] + fronted.end()
        place = _countries_in(mentions, subject[0], after)
        later = tuple(p for p in in_subject if p.start >= after)
        named = _unique(_countries_in(mentions, after, subject[1], later)) or tuple(
            c for c in named if c not in place
        )
    if len(named) > 2:
        # "Both A and B condemned Ruritania's test and resolved to": the sides of the people
        # who act, not the countries in the objects of their first verb
        acting = _acting_people(body, mentions, in_subject, subject[1])
        if acting is not None and set(acting) < set(named):
            return acting
    if len(named) > 1 and not joint:
        # "For his part, Kim expressed sympathy to Ruritania and pledged to": the person who
        # acts first in the clause, not the countries in the objects of the first verb.
        actor = _acting_person(body, mentions, subject, in_subject)
        if actor is not None:
            return (actor,)
    if joint and len(named) < 2:
        return default
    people = {p.actor for p in in_subject if p.form != "pronoun"}
    if (
        len(people) >= 2
        and len(named) < len(people)
        and set(named) <= set(default)
        and any(mentions.country_of(actor) is None for actor in people)
    ):
        return default  # "Rossi and Tanaka agreed": a person's country is not known
    if not named and _found(_INSTITUTION_SUBJECT, sub, 4, memo):
        # "the government would strengthen Ruritania's ties": the owner of what it acts on,
        # else the country of the one who speaks.
        # (A match holds an apostrophe: looked for first.)
        marked = body.find("'", cue[1], end) >= 0 or body.find("’", cue[1], end) >= 0
        owner = _OWNER_AT_START.match(body, cue[1], end, _SERIAL) if marked else None
        if owner is not None:
            own = _unique(_countries_in(mentions, owner.start(1), owner.end(1)))
            if own:
                return own
        country = _speaker_country(body, mentions, spoken, cue[0], para[0])
        if country is not None and country in default:
            return (country,)
    if head in _JOINT_HEADS and len(named) == 1 and len(default) == 2 and named[0] in default:
        return default  # "Ruritania agreed to ...": an agreement binds both sides of the talks
    if not named and len(default) == 2 and _visitor(sub, memo):
        guest = _visitor_country(mentions, default, sub, subject[0])
        if guest is not None:
            return (guest,)
    return named or default


# A subject that is the visiting side without a name: "the delegation", "the visiting
# dignitary", "the Admiral" (a title alone).
_VISITOR = regex.compile(
    r"""\W*the\s+(?:(?:visiting|foreign|guest|high-level|high-powered|[\w-]+-member)\s+)?
    (?:[\w-]+\s+){0,2}?(?:delegation|delegations|delegates|dignitary|dignitaries|visitors?|guests?)
    \s*$
    |\W*the\s+visiting\s+(?:[\w-]+\s+){0,2}[\w-]+\s*$
    |\W*the\s+(?P<title>admiral|general|minister|secretary|commander|marshal|envoy|ambassador)\s*$""",
    regex.IGNORECASE | regex.VERBOSE,
)
_VISITOR_REACH = 40  # characters: the longest subject ``_VISITOR`` reads
_VISITOR_LOOKBACK = 3000  # characters: how far back its title or its host is looked for


def _visitor(sub: str, memo: dict[tuple[int, str], bool] | None = None) -> bool:
    """``sub`` (a subject) is the visiting side, unnamed ("the delegation").

    ``memo`` remembers the answer by ``sub`` (within one text).
    """
    if len(sub) > _VISITOR_REACH or "the" not in sub.lower():
        return False
    if memo is None:
        return _VISITOR.match(sub, None, None, _SERIAL) is not None
    known = memo.get((6, sub))
    if known is None:
        known = memo[6, sub] = _VISITOR.match(sub, None, None, _SERIAL) is not None
    return known


def _visitor_country(
    mentions: Mentions, default: tuple[Country, ...], sub: str, at: int
) -> Country | None:
    """The country of the visiting side named by ``sub`` (at ``at``) among the two of ``default``.

    A title alone ("the Admiral"): the country of the one named before with that title, when
    only one side has one. Else the side that is not the host: the host is the country of the
    last place named before (a city, a venue) that is one of the two, else the dateline's.
    (Both looked for in the last ``_VISITOR_LOOKBACK`` characters: a long text is not read
    back to its start for each subject.)
    """
    match = _VISITOR.match(sub, None, None, _SERIAL)
    title = match.group("title") if match is not None else None
    if title is not None:
        word = title.lower()
        holders = {
            mentions.actors[person.actor].country
            for person in mentions.people_in(max(0, at - _VISITOR_LOOKBACK), at)
            if word in (mentions.actors[person.actor].title or "").lower()
        }
        if len(holders) == 1:
            (country,) = holders
            if country in default:
                return country
    places = mentions.places_in(max(0, at - _VISITOR_LOOKBACK), at)
    dateline = mentions.dateline
    for place in (*reversed(places), *((dateline,) if dateline is not None else ())):
        if place.country is not None and place.country in default:
            rest = [c for c in default if c != place.country]
            return rest[0] if len(rest) == 1 else None
    return None


# A clause opening on where it happens: "From <Place>", "In <Place>,", "While in <Place>,".
_FRONTED_PLACE = regex.compile(
    r"\s*(?i:from|in|after|while\s+in|when\s+in|during\s+(?:his|her)\s+stay\s+in)\s+"
    r"(?:the\s+)?\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*){0,3}\s*,?\s+"
)
_OWN_SUPPORT = regex.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+)?support\b", regex.IGNORECASE)


_ENCOUNTER_REACH = 600  # characters: how far back in its paragraph a cue looks for a side


def _encounter(
    mentions: Mentions,
    defaults: _Defaults,
    default: tuple[Country, ...],
    start: int,
    end: int,
    before: int,
) -> tuple[Country, ...]:
    """The pair of the encounter the paragraph speaks of, when it is not the default's.

    With several bilaterals ("she met the Ruritanian minister, then the Freedonian one"), the
    side of the person named in the paragraph of the cue picks the meeting, not the one last
    spoken of. A paragraph that names no side's person ("They agreed to ...") speaks of the
    encounter of the last person named before (from ``before`` on) who is not of the side
    every meeting shares.
    """
    if len(default) != 2 or not defaults.codes - {c.code for c in default}:
        return default  # no meeting of another side
    others: dict[str, Country] = {}
    sided = False  # (a person of a meeting's side named in the paragraph)
    for person in mentions.people_in(start, end):
        country = mentions.country_of(person.actor) if person.form != "pronoun" else None
        if country is not None and country.code in defaults.codes:
            sided = True
            if country not in default:
                others[country.code] = country
    if not sided and before < start:
        # The last person named before, of a side other than the one every meeting shares.
        hub = defaults.hub
        for person in reversed(mentions.people_in(before, start)):
            country = mentions.country_of(person.actor) if person.form != "pronoun" else None
            if country is None or country.code not in defaults.codes or country.code in hub:
                continue
            if country in default:
                return default
            others[country.code] = country
            break
    if len(others) != 1:
        return default
    (other,) = others.values()
    pair = defaults.with_country(other, end)
    return pair if pair is not None and len(pair) == 2 else default


def _acting_person(
    body: str,
    mentions: Mentions,
    subject: tuple[int, int],
    in_subject: tuple[PersonMention, ...],
) -> Country | None:
    """The country of a person who opens the clause and acts in a verb right after the name.

    ``in_subject``: the person mentions in the subject.
    """
    people = [p for p in in_subject if p.form != "pronoun"]
    if not people:
        return None
    first = people[0]
    country = mentions.country_of(first.actor)
    if country is None or mentions.countries_in(subject[0], first.start):
        return None
    if len({mentions.country_of(p.actor) for p in people}) > 1:
        return None
    return country if _VERB_AFTER_NAME.match(body, first.end, subject[1], _SERIAL) else None


def _acting_people(
    body: str, mentions: Mentions, in_subject: tuple[PersonMention, ...], stop: int
) -> tuple[Country, ...] | None:
    """The sides of two or more people named together who act in a verb right after them."""
    people = [p for p in in_subject if p.form != "pronoun"]
    countries = [mentions.country_of(p.actor) for p in people]
    if len(people) < 2 or None in countries:
        return None
    last = people[-1]
    if not _VERB_AFTER_NAME.match(body, last.end, stop, _SERIAL):
        return None
    sides = _unique([c for c in countries if c is not None])
    return sides if len(sides) >= 2 else None


# A finite verb right after a name or names named together, an adverb allowed ("Kim
# expressed", "Kim, the envoy, also voiced", "A and B strongly condemned").
_VERB_AFTER_NAME = regex.compile(r"(?:\s*,[^,]{1,80},)?\s+(?:also\s+|[a-z]+ly\s+)?[a-z]+ed\b")
_JOINT_HEADS = frozenset(
    {"agreed", "agree", "agrees", "agreeing", "concurred", "concur", "concurs"}
)
_TOGETHER = regex.compile(
    r"""\b(?:together|jointly|our\s+(?:two\s+|respective\s+)?(?:countries|nations|peoples|militaries
    |navies|armies|governments)|(?<!\b(?:in|of|for|to)\s)both\s+(?:our\s+)?(?:countries|nations
    |sides))\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
_COUNTERPARTS = regex.compile(
    r"\bwith\s+(?:their|his|her|its)\s+(?:[\w-]+\s+){1,2}?counterparts?\b", regex.IGNORECASE
)
# A country's own bodies as a subject: they act for the country.
_INSTITUTION_SUBJECT = regex.compile(
    r"""\b(?:government|ministry|armed\s+forces|army|navy|air\s+force
    |defen[cs]e\s+forces|coast\s+guard)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
# "strengthen Ruritania's ties": a possessor right after the verb.
_OWNER_AT_START = regex.compile(
    r"\s*(?:\w+ly\s+)?[a-z]+\s+(?:the\s+)?([\w-]+(?:\s+[\w-]+)?)['’]s?\s"
)


# Effects, not acts: with a subject that is not a party ("the agreement will bring
# benefits", "this will strengthen ties", "the cooperation would invigorate ..."), a
# modal with one of these verbs is a prediction or an assessment.
_EFFECT = frozenset(
    {
        "permit",
        "bring",
        "benefit",
        "contribute",
        "invigorate",
        "reinvigorate",
        "enhance",
        "strengthen",
        "boost",
        "bolster",
        "help",
        "promote",
        "deepen",
        "improve",
        "serve",
        "pave",
        "add",
        "give",
        "mark",
        "usher",
        "inject",
        "elevate",
        "reinforce",
        "consolidate",
        "further",
        "advance",
        "open",
        "lead",
        "play",
        "foster",
        "provide",
        "set",
        "take",
        "make",
        "create",
        "lift",
        "push",
        "propel",
        "cement",
        "underpin",
        "allow",
        "enable",
        "ensure",
        "mean",
        "result",
        "remain",
        "become",
        "see",
        "go",
        "send",
        "signal",
        "demonstrate",
        "show",
        "reflect",
        "represent",
        "stimulate",
        "spur",
        "drive",
        "revitalize",
        "revitalise",
        "transform",
        "yield",
        # a role it plays: "the amendment will act as a catalyst"
        "act",
        # what a thing keeps from happening: "this partnership will prevent infiltration"
        "prevent",
        "deter",
        "protect",
        "safeguard",
        # what ties do of themselves: "the ties will grow"
        "grow",
        "flourish",
        "thrive",
    }
)
# "develop" with no object: "defence ties would further develop in the years ahead" (not
# "would develop new drones").
_DEVELOP_ALONE = regex.compile(
    r"develop(?=\s*(?:[,.;]|$|(?:further|rapidly|steadily|well|in|into|over|across|and)\b))",
    regex.IGNORECASE,
)
# A passive whose agent is the two parties: "will be conducted jointly", "by both sides".
_JOINT_AGENT = regex.compile(
    r"\b(?:jointly|together|by\s+(?:both|the\s+two|each\s+side|the\s+(?:ministers|leaders)))\b",
    regex.IGNORECASE,
)
# "agreed to a new defence pact": "to" is a preposition before an agreement.
_AGREED_NOUN = regex.compile(
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:pact|deal|treaty|agreement|accord|framework|roadmap"
    r"|arrangement|memorandum|plan|proposal|package)\b",
    regex.IGNORECASE,
)
# "will strengthen ties by holding drills": the means are acts of the parties.
_BY_MEANS = regex.compile(r"\bby\s+(?:\w+ly\s+)?[a-z]+ing\b")
# Plans only talked about: "discussed (the) plans to", "exchanged views on plans to", or
# backed: "supported plans to".
_TOPIC_PLAN = regex.compile(
    r"\b(?:discussed|discussing|discuss|reviewed|reviewing|explored|exploring|talked\s+about"
    r"|views\s+on|briefed\s+(?:\w+\s+){0,3}?on)\s+(?:the\s+|their\s+|possible\s+|future\s+|an?\s+)"
    r"{0,2}$"
    # "supported (the) plans to": plans of someone the sentence does not name, backed
    r"|\b(?:supported|backed|endorsed)\s+(?:the\s+)?$",
    regex.IGNORECASE,
)
# "will be attending": the modal binds the verb in -ing.
_PROGRESSIVE = regex.compile(
    r"\s*(?:(?:also|then|now|soon|jointly)\s+)?be\s+([a-z]+ing)\b", regex.IGNORECASE
)
# Head nouns of a subject that is a thing or an event, not an agent: "Ruritania's support
# will help", "the visit of the minister will strengthen ties" predict an effect.
_ABSTRACT_WORDS = """support assistance aid cooperation co-operation partnership relationship
    relations ties visit visits trip trips talks meeting meetings agreement agreements deal deals
    pact accord treaty exercise exercises drills move step steps decision initiative programme
    program project plan investment investments presence deployment engagement dialogue
    collaboration alliance framework mechanism effort efforts contribution contributions funding
    package sale sales purchase purchases acquisition acquisitions procurement arrival
    participation membership friendship
    vehicle vehicles tank tanks equipment weapon weapons system systems platform platforms
    technology technologies"""
_ABSTRACT_HEADS = frozenset(_ABSTRACT_WORDS.split())
_SUBJECT_HEAD = regex.compile(r"([\w-]+)['’]?\W*$")
_OF_PHRASE = regex.compile(r"\s(?:of|between|with|from|to|in|on)\s", regex.IGNORECASE)


_HEAD_REACH = 100  # characters before a promise where its subject's head noun is looked for


def _abstract_head(body: str, subject: tuple[int, int]) -> bool:
    """The subject's head noun is a thing or an event (before an "of ..." phrase)."""
    sub = body[subject[0] : subject[1]]
    phrase = _OF_PHRASE.search(sub, None, None, _SERIAL)
    if phrase is not None:
        sub = sub[: phrase.start()]
    head = _SUBJECT_HEAD.search(sub, None, None, _SERIAL)
    if head is not None and head.group(1).lower().endswith("ed"):
        # "the peace deal reached between ...": the noun before the participle.
        head = _SUBJECT_HEAD.search(sub, 0, head.start(), _SERIAL)
    return head is not None and head.group(1).lower() in _ABSTRACT_HEADS


# An action of a verb alone ("further develop", "continue to grow"): with a thing as its
# subject ("ties will deepen"), what it will do of itself.
_BARE_VERB = regex.compile(
    r"\s*(?:(?:\w+ly|further|also)\s+)?(?:continues?\s+to\s+)?(?:(?:\w+ly|further)\s+)?"
    r"[a-z]+(?:\s+(?:further|\w+ly))?[\s.,]*"
)
_BARE_VERB_REACH = 50  # characters: the longest action ``_BARE_VERB`` may read
# "Our ties are strong and it will continue to grow": "it" (the thing named before) grows of
# itself; a verb of growth without an object after "it" is a forecast ("it will strengthen
# its navy" has one).
_IT_SUBJECT = regex.compile(r"\bit\s+$", regex.IGNORECASE)
_GROWTH = regex.compile(
    r"""\s*(?:continue\s+to\s+)?(?:(?:\w+ly|further)\s+)?
    (?:grow|develop|expand|flourish|prosper|thrive|deepen|strengthen|evolve|mature|improve)
    (?=\s*[.,;]|\s*$|\s+(?:over|in|for|through|into|from|with|further|\w+ly)\b)""",
    regex.IGNORECASE | regex.VERBOSE,
)
# The backdrop of talks: "the meeting came as the two sides seek to", "the visit comes at a
# time when both want to": what the sides pursue, told as context, not a plan made.
_BACKDROP = regex.compile(
    r"\b(?:comes?|came|coming)\s+(?:\w+\s+){0,3}?(?:as|when|amid)\s+(?:[\w'’-]+\s+){1,6}$",
    regex.IGNORECASE,
)
# "..., the first talks in a year as the two countries seek to ease tensions": a clause of
# "as" after another (not at the sentence start) tells what the sides are after, as context.
_AS_SEEK = regex.compile(
    r"(?<=\w[,;]?\s)as\s+(?:(?!(?:and|but|or)\b)[\w'’-]+\s+){1,6}$",
    regex.IGNORECASE,
)
# A wish in a clause that names a thing, not a plan: "every detail of what we wish to
# cooperate in", "a field where both sides hope to grow".
_WISH_OF_A_THING = regex.compile(
    r"\b(?:what|which|where|whatever|wherever)\s+(?:[\w'’-]+\s+){1,3}$", regex.IGNORECASE
)
# A visit's itinerary told in a relative clause: "a five-day visit during which he will hold
# talks and tour the shipyard" (the one visiting, a pronoun).
_ITINERARY_OF_VISIT = regex.compile(
    r"\b(?:visit|trip|tour|stay)\s+during\s+which\s+(?:he|she)\s+(?:\w+ly\s+|also\s+)?$",
    regex.IGNORECASE,
)
_BACKDROP_REACH = 80  # characters before a cue where its backdrop or visit clause is read
# The encounters of a visit's programme: "meet the chief of staff", "hold talks with", "have a
# bilateral meeting with", "attend the forum", "visit the naval base", "call on the President"
# (the planned meetings themselves, which a visit's itinerary lists).
_ITINERARY_VERB = regex.compile(
    r"""(?:(?:also|then|later|first|further)\s+)?
    (?:meet|visit|attend|join|co-chair|call\s+on|participate\s+in|take\s+part\s+in
    |(?:hold|have)\s+(?:talks|(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?
    (?:meetings?|talks|dialogue|discussions?|consultations?)))\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
# A sentence framed by the visit it belongs to: "During his visit, Lindqvist will meet ...",
# "On the second day of the trip, the minister will hold talks with ...", "While in Norway, he
# will attend the forum and visit the base": the visit's programme, not a pledge of a side.
_VISIT_FRAME = regex.compile(
    r"""\s*(?:(?:during|on|in\s+the\s+course\s+of|as\s+part\s+of)\s+
    (?:the\s+(?:first|second|third|fourth|last|final)\s+day\s+of\s+)?
    (?:his|her|their|the|this)\s+(?:[\w'’-]+\s+){0,3}?(?:visit|trip|tour|stay)\b[^,.;]{0,60}
    |while\s+(?:in|at)\s+[^,.;]{1,40}),""",
    regex.IGNORECASE | regex.VERBOSE,
)
_VISIT_FRAME_REACH = 120  # characters: the longest frame ``_VISIT_FRAME`` reads
# The day's visit in a press release's lead: "The Defence Secretary will today visit Oslo",
# "will tomorrow (4 May) meet his counterpart": the programme of the day announced.
_TODAY_ITINERARY = regex.compile(
    r"(?:today|tomorrow|tonight)\s+(?:\([^()]{1,24}\)\s+)?(?=" + _ITINERARY_VERB.pattern + ")",
    regex.IGNORECASE | regex.VERBOSE,
)
# A place of the visit told in a relative clause of "where": "his first visit to the Joint
# Headquarters, where he will meet the Chief of Defence": the visit's itinerary.
_WHERE_ITINERARY = regex.compile(
    r"\b(?:visit|trip|tour|stop|stopover|leg)\b[^.;]{0,80}?\bwhere\s+(?:he|she|they)\s+$",
    regex.IGNORECASE,
)
_WHERE_REACH = 120  # characters before a cue where ``_WHERE_ITINERARY`` is read
_ITINERARY_PRONOUNS = frozenset(["he", "she", "they"])
# An act beside the encounter: "will hold talks with Dahl and sign a pact": not an itinerary.
_AND_ACT = regex.compile(
    r"\band\s+(?:also\s+)?(?:sign|ink|conclude|finali[sz]e|launch|announce|agree)\b",
    regex.IGNORECASE,
)
_AND_ACT_REACH = 200  # characters after the encounter's verb where an act beside is read
_VISITING = regex.compile(r"visit(?:ing)?\s+(?-i:\p{Lu})", regex.IGNORECASE)
# The verbs of negotiations opened ("are commencing negotiations to"), read with a party subject.
_OPENING_TALKS = frozenset(["commencing", "launching", "starting", "beginning", "opening"])
# What the speakers put on their own agenda: "that will be on my agenda when I meet the
# minister", "this will be high on our agenda": a pledge to take it up (not "on the agenda",
# a topic of the talks).
_OWN_AGENDA = regex.compile(r"be\s+(?:high\s+|top\s+)?on\s+(?:my|our)\s+agenda\b", regex.IGNORECASE)
# Named people joined at a place: "will join Defence Minister Kari Dahl and General Eirik Kvam
# in Bergen": the encounter itself (not "join Norway in condemning the test", "join the
# alliance in April").
_JOIN_AT = regex.compile(
    r"""join\s+(?:(?-i:\p{Lu})[\w.'’-]*\s+(?:(?:,|and)\s+)?){2,10}?(?:in|at)\s+
    (?!(?:January|February|March|April|May|June|July|August|September|October|November
    |December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?-i:\p{Lu})""",
    regex.IGNORECASE | regex.VERBOSE,
)
_JOIN_REACH = 160  # characters after "join" where the people joined are read
# The two sides as one subject: "Both sides", "the two countries", "both navies".
_BOTH_SIDES = regex.compile(
    r"\W*(?:both|the\s+two)\s+(?:sides|countries|nations|governments|militaries|ministers"
    r"|navies|armies|defence\s+ministries|defense\s+ministries)\s*",
    regex.IGNORECASE,
)
# An encounter told in the progressive: "he will be visiting shipyards during his stay", "she
# will be meeting the chiefs": a visit's programme (as "would be visiting").
_ITINERARY_ING = regex.compile(
    r"(?:meeting|visiting|touring|calling\s+on|holding\s+talks)\b",
    regex.IGNORECASE,
)
# A date's anniversary: "next year will mark the 50th anniversary of the treaty": the
# calendar, not an act of a side.
_ANNIVERSARY = regex.compile(
    r"mark\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:anniversary|centenary|jubilee)\b",
    regex.IGNORECASE,
)
_OWNER_BEFORE = regex.compile(r"\b(?:my|his|her|its|our|their)\s+$", regex.IGNORECASE)
_WITH_AIM = regex.compile(r"\b(?:with|for)\s+(?:an|the|a)\s+$", regex.IGNORECASE)
# A goal whose owner is not told: "The goal is to make the region peaceful" (after a
# sentence on a body the parties belong to, the body's aim). The sentence opens on it.
_OWNERLESS_GOAL = regex.compile(
    r"(?:^|(?<=[.!?;:\n\"“]\s*))(?:the|an?)\s+(?:(?:main|ultimate|overall|stated|primary|key"
    r"|chief|common|shared)\s+)?$",
    regex.IGNORECASE,
)


def _itinerary(
    body: str,
    sent: tuple[int, int],
    cue: tuple[int, int],
    subject: tuple[int, int],
    action_start: int,
    itinerary_end: int,
) -> bool:
    """The "will" at ``cue`` tells an encounter of a visit's programme, not a pledge.

    ("During his visit, X will meet ...", "X will today visit ...", "the visit to the base,
    where he will meet ...", and "He will also meet ..." right after such a sentence, which
    ended at ``itinerary_end``.) Every window read is bounded.
    """
    if _ITINERARY_VERB.match(body, action_start, sent[1], _SERIAL) is None:
        return _TODAY_ITINERARY.match(body, action_start, sent[1], _SERIAL) is not None
    if _AND_ACT.search(body, action_start, min(sent[1], action_start + _AND_ACT_REACH), _SERIAL):
        return False  # "will meet Dahl and sign a pact on air policing": an act beside
    if _VISIT_FRAME.match(body, sent[0], min(cue[0], sent[0] + _VISIT_FRAME_REACH), _SERIAL):
        return True
    if (
        0 <= sent[0] - itinerary_end <= 8
        and _NON_SPACE.search(body, itinerary_end, sent[0], _SERIAL) is None
        and body[subject[0] : cue[0]].strip().lower() in _ITINERARY_PRONOUNS
    ):
        return True  # "He will also meet ...": the programme goes on
    return (
        "where" in body[max(sent[0], cue[0] - 20) : cue[0]]
        and _WHERE_ITINERARY.search(body, max(sent[0], cue[0] - _WHERE_REACH), cue[0], _SERIAL)
        is not None
    )


def _joins_people_at(body: str, mentions: Mentions, word_start: int, end: int) -> bool:
    """The "join" at ``word_start`` joins named people at a named place (an encounter).

    (The names joined hold no country: "join Norway and Finland in Oslo" stays.)
    """
    match = _JOIN_AT.match(body, word_start, min(end, word_start + _JOIN_REACH), _SERIAL)
    return match is not None and not mentions.countries_in(word_start, match.end())


def _possessive(behind: str) -> int:
    """The length of the possessive "'s " that ends ``behind`` (0 without one)."""
    tail = behind.rstrip()
    if tail.endswith(("'s", "’s")):
        return len(behind) - len(tail) + 2
    if tail.endswith(("s'", "s’")):
        return len(behind) - len(tail) + 1
    return 0


_NON_SPACE = regex.compile(r"[^\s\x1c-\x1f]")  # what ``str.strip`` keeps
_PURPOSE = regex.compile(r"\b(?:so|in\s+order)\s+that\s+(?:[\w'’-]+\s+){0,3}$", regex.IGNORECASE)
# A wish frames the clause: "voiced (the) hope that ...", "hoped the two sides will ...".
_HOPE_FRAME = regex.compile(
    r"\b(?:hope|hopes|hoped|hoping|wish|wishes|wished)\s+(?!to\b|of\b|for\b)[^,;:]*$",
    regex.IGNORECASE,
)
# "will have a positive impact on": an effect, like "will help".
_HAVE_EFFECT = regex.compile(
    r"have\s+(?:(?:a|an|the|great|much|some)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:impact|effect|influence|bearing|consequences?|implications?)\b",
    regex.IGNORECASE,
)
# The cooperation agreed on, after the cue (as the "agreed (on)" cue's lookahead reads it).
_COOPERATION_AHEAD = regex.compile(
    r"(?:[\"“]?[\w-]+[\"”]?\s+){0,3}?(?:cooperation|co-operation|collaboration)\b",
    regex.IGNORECASE,
)
# "(the deal) should be signed": a document's expected conclusion, not a proposal.
_SHOULD_DONE = regex.compile(
    r"\s*(?:also\s+|soon\s+)?be\s+(?:signed|concluded|ratified|inked|finali[sz]ed)\b",
    regex.IGNORECASE,
)
# A pledge named as the subject of its outcome: "(the commitment to ...) has resulted in",
# "has led to", "has borne fruit".
_RESULTED = regex.compile(
    r"\s(?:has|have|had)\s+(?:\w+ly\s+)?(?:resulted|led|yielded|produced|brought|paid\s+off"
    r"|borne\s+fruit|translated)\b",
    regex.IGNORECASE,
)
# A plan called off later in the sentence: ", but Ruritania scrapped the plan".
_CALLED_OFF = regex.compile(
    r"\bbut\s+(?:[\w'’.-]+\s+){0,6}?(?:later\s+|then\s+)?(?:scrapped|cancell?ed|called\s+off"
    r"|abandoned|shelved|dropped|aborted|axed|rejected|vetoed|blocked)\b",
    regex.IGNORECASE,
)
# "see (even greater) results", "see the benefits": an outcome foreseen.
_SEE_RESULTS = regex.compile(
    r"see\s+(?:[\w-]+\s+){0,3}?(?:results?|benefits?|progress|outcomes?|fruits?|growth"
    r"|improvements?|success)\b",
    regex.IGNORECASE,
)
_STATE_VERBS = frozenset({"enjoy", "know", "feel", "love", "like", "deserve", "possess", "own"})
_BE_BEFORE = regex.compile(r"\b(?:is|are|was|were|be|been)\s+$", regex.IGNORECASE)
_AFTER_CUE = 200  # characters: how far the patterns read right after a cue may run
_SUBJECT_REACH = 300  # characters: the longest subject a modal is read with
_FRAME_REACH = 300  # characters: how far before a "would" its speech verb may stand


# Words in -ing that describe after "be" ("the talks will be interesting"): no act.
_ING_ADJECTIVE_WORDS = """interesting exciting challenging demanding promising encouraging
    rewarding amazing
    outstanding ongoing lasting missing fitting pressing striking disappointing surprising
    worrying concerning compelling convincing alarming damaging misleading overwhelming
    growing increasing declining willing during nothing something everything anything
    including regarding"""
_ING_ADJECTIVES = frozenset(_ING_ADJECTIVE_WORDS.split())


def _progressive_verb(word: str) -> bool:
    """``word`` after "will be" is a verb in -ing ("will be interacting"), not an adjective."""
    return len(word) > 5 and word.endswith("ing") and word not in _ING_ADJECTIVES


_THIRD_PARTY_CHECK = frozenset({"will", "shall", "would", "expected", "other", "intend", "want"})
# "will be ready to send": the modal binds the verb after "to".
_READY = regex.compile(
    r"\s*be\s+(?:ready|prepared|willing|able|happy|glad)\s+to\s+", regex.IGNORECASE
)
# After "commitment to" / "committed to" ("to" is a preposition): an action, not a value.
# "the (full) implementation of", "the comprehensive and effective implementation of": up to
# three words before the noun, two of them joined by "and" (not "the government of").
_ACTION_NOUN = regex.compile(
    r"\s*(?:(?:(?:the|a|an)\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?)?[\w-]+(?:(?<!govern|parlia|depart|environ)ment|tion|sion|ance|al)\s+of\b"
    r"|(?:(?:joint|concerted|common|collective|continued)\s+)?efforts?\s+to\b"
    # "committed to continuous collaboration": a joint act ahead, not a value held
    r"|(?:continuous|continued|closer|further|deeper|enhanced|stronger|joint)\s+"
    r"(?:collaboration|cooperation|co-operation)\b)",
    regex.IGNORECASE,
)
_NOT_GERUND = frozenset(
    {
        "during",
        "including",
        "regarding",
        "concerning",
        "following",
        "something",
        "nothing",
        "anything",
        "everything",
        "thing",
        "things",
        "king",
        "morning",
        "evening",
        "meeting",
        "building",
        "spring",
        "string",
        "wing",
        "ring",
        "funding",
        "understanding",
        "training",
    }
)


# Prepositions that make a gerund list an adjunct of the action, not actions of their own.
# The words before a gerund that make it the object of a preposition, not an action of
# the list: "by deepening A, improving B" (how), "initiatives aimed at securing A and
# supporting B" (what for): the gerunds after it share the one action.
_MANNER = frozenset(
    {
        *("by", "through", "via", "while", "in", "when", "after", "before", "without"),
        *("at", "of", "on", "for", "towards", "toward"),
    }
)


def _gerund_of_verb(word: str) -> bool:
    """``word`` is the -ing form of a verb of ``_VERBS`` ("enhancing", "setting")."""
    if not word.endswith("ing") or word in _NOT_GERUND:
        return False
    stem = word[:-3]
    return stem in _VERBS or stem + "e" in _VERBS or stem[:-1] in _VERBS


def _action_follows(body: str, word: str, word_start: int) -> bool:
    """After a prepositional "committed to": a gerund, a verb, or "the <action noun> of"."""
    if word in _VERBS or (word.endswith("ing") and word not in _NOT_GERUND and len(word) > 5):
        return True
    if word == "building":  # "commitment to building on ...": right after "to", with no
        return True  # determiner before it, the noun is read as the verb
    if _ACTION_NOUN.match(body, word_start, None, _SERIAL) is not None:
        return True
    # "commitment to curb these crimes": a bare word before its object's determiner
    return (
        not word.endswith(_NOUN_ENDINGS)
        and word not in _DETERMINERS
        and _VERB_BEFORE_OBJECT.match(body, word_start, word_start + 40, _SERIAL) is not None
    )


# The determiners an object may open with (and "a", "an", in the pattern below).
_DETERMINERS = frozenset(
    {"the", "these", "this", "those", "its", "their", "our", "all", "any", "such", "each", "both"}
)
# A lower-case word right before a determiner: a verb and the start of its object.
_VERB_BEFORE_OBJECT = regex.compile(
    r"[a-z]{3,}\s+(?:\L<determiners>)\s", determiners=[*_DETERMINERS, "a", "an"]
)
# Word endings of nouns ("commitment to cooperation, the ..."): no verb.
_NOUN_ENDINGS = ("tion", "sion", "ity", "ism", "ness", "ment", "ance", "ence", "ship", "ty")


def _third_party(
    mentions: Mentions, involved: set[tuple[str, str]], subject: tuple[int, int]
) -> bool:
    """The subject names only countries that take part in no meeting of the article.

    ``involved`` holds the meetings' countries as (code, name): equal as ``Country`` is.
    """
    if not involved:
        return False  # (no meeting: no subject is a third party)
    named = {(c.country.code, c.country.name) for c in mentions.countries_in(*subject)}
    return bool(named) and not named & involved


# ``_PARTY_PHRASE``, ``_PRONOUN`` or ``_FIRST_PERSON``: one search tells whether any matches.
_ANY_PARTY_WORD = regex.compile(
    "|".join(
        f"(?:{p.pattern})" for p in (_PARTY_PHRASE, _PRONOUN, _FIRST_PERSON, _INSTITUTION_SUBJECT)
    ),
    regex.IGNORECASE | regex.VERBOSE,
)


def _names_someone(mentions: Mentions, start: int, end: int) -> bool:
    """A country or a person is named in ``[start, end)``: the subject names a party."""
    return bool(mentions.countries_in(start, end) or mentions.people_in(start, end))


def _party_subject(
    body: str,
    mentions: Mentions,
    subject: tuple[int, int],
    cue_start: int,
    memo: dict[tuple[int, str], bool] | None = None,
) -> bool:
    """The subject names a party: a country, a person, "both sides", a pronoun, "we"."""
    sub = body[subject[0] : cue_start]
    if _names_someone(mentions, subject[0], cue_start):
        return True
    return _found(_ANY_PARTY_WORD, sub, 0, memo)


# By ``_found``'s key: parts one of which every match of its pattern holds, in lower case
# (``_JOINT``, ``_INSTITUTION_SUBJECT``). Without "ſ" and "İ" (the two letters that match
# an ASCII one ignoring case, but lower to another), a text without one cannot match.
_NEEDS = {
    2: (
        *("both", "they", "two", "minister", "leader", "secretar", "delegation", "pair", "duo"),
        *("sides", "parties"),
    ),
    4: ("government", "ministry", "force", "army", "navy", "coast"),
}


def _found(
    pattern: regex.Pattern[str], sub: str, key: int, memo: dict[tuple[int, str], bool] | None
) -> bool:
    """``pattern`` matches somewhere in ``sub`` (remembered by ``key`` and ``sub``)."""
    if memo is not None:
        known = memo.get((key, sub))
        if known is not None:
            return known
    needs = _NEEDS.get(key)
    if needs is not None and "ſ" not in sub and "İ" not in sub:
        low = sub.lower()
        found = (
            any(map(low.__contains__, needs))
            and pattern.search(sub, None, None, _SERIAL) is not None
        )
    else:
        found = pattern.search(sub, None, None, _SERIAL) is not None
    if memo is not None:
        memo[key, sub] = found
    return found


# Any word ``_subject_ok`` reads: without one (and without a country or a person), the
# subject is no party.
_ANY_SUBJECT_WORD = regex.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            _ANY_PARTY_WORD.pattern,
            "^" + _DEMONSTRATIVE.pattern,
            _NON_PARTY.pattern,
            _BINDING_NOUN.pattern,
        )
    ),
    regex.IGNORECASE | regex.VERBOSE,
)


def _subject_ok(
    body: str,
    mentions: Mentions,
    subject: tuple[int, int],
    cue_start: int,
    memo: dict[tuple[int, str], bool] | None = None,
) -> bool:
    """A modal binds only when its subject is a party (not "it", "the move", "the meeting").

    ``memo`` remembers what the word patterns found in a subject's text (within one text).
    """
    sub = body[subject[0] : cue_start]
    if _names_someone(mentions, subject[0], cue_start):
        return True  # (as ``_party_subject`` answers first)
    if _visitor(sub, memo):
        return True  # "The delegation will visit ...": the visiting side's itinerary
    if not _found(_ANY_SUBJECT_WORD, sub, 1, memo):
        return False
    if _found(_ANY_PARTY_WORD, sub, 0, memo):  # (the rest of ``_party_subject``)
        return True
    demonstrative = _DEMONSTRATIVE.match(sub, None, None, _SERIAL)
    if demonstrative is not None:
        # "This treaty will ...": the document binds its parties. A bare "This will ..."
        # stands for what the sentence before named (an agreement, the cooperation).
        if _BINDING_NOUN.search(sub, None, None, _SERIAL):
            return True
        if sub[demonstrative.end() :].strip():
            return False
        return bool(
            _BINDING_NOUN.search(body, max(0, subject[0] - _ANAPHOR_REACH), subject[0], _SERIAL)
        )
    if _NON_PARTY.search(sub, None, None, _SERIAL):
        # A relative pronoun binds when it stands for a document or the relationship.
        rel = _REL_WORD.match(sub, None, None, _SERIAL)
        if rel is not None:
            window = body[max(0, subject[0] - 60) : subject[0]]
            return bool(
                _BINDING_NOUN.search(
                    window.rstrip().rstrip(",").split(",")[-1], None, None, _SERIAL
                )
            )
        return False
    return bool(_BINDING_NOUN.search(sub, None, None, _SERIAL))


# A state (or its government, ministry, forces) that says something of "it": "Norway said it
# will ...", "the Chilean government announced that it would ...".
_IT_SPEAKER = regex.compile(
    r"(?:\s+(?:[\w-]+\s+){0,2}?(?:government|ministry|side|army|navy|military|forces))?"
    r"\s+(?:says|said|announced|stated|confirmed|added|declared)\s+(?:that\s+)?\Z"
)
_IT_SPEAKER_REACH = 60  # characters from the state's name to "it"
# The verbs of an impersonal "it": "said it will take time", "said it would depend on ...".
_IMPERSONAL_IT = frozenset(
    ["be", "take", "depend", "require", "cost", "mean", "remain", "become", "seem", "matter"]
)


def _it_of_speaker(
    body: str, mentions: Mentions, subject: tuple[int, int], floor: int
) -> tuple[int, int] | None:
    """The subject of "STATE said (that) it will": from the state's name to "it", else None."""
    word = body[subject[0] : subject[1]].strip()
    if word.lower().startswith("that "):
        word = word[5:].lstrip()
    if word not in ("it", "It"):
        return None
    at = body.rfind("it", subject[0], subject[1])
    for cm in reversed(mentions.countries_in(max(floor, at - _IT_SPEAKER_REACH), at)):
        if _IT_SPEAKER.match(body, cm.end, at, _SERIAL) is not None:
            return cm.start, subject[1]
    return None


def _reported_subject_ok(
    body: str,
    mentions: Mentions,
    subject: tuple[int, int],
    floor: int,
    memo: dict[tuple[int, str], bool] | None,
) -> bool:
    """After "said that", "adding that": the subject after "that" is a party (``_subject_ok``).

    ("that" opens the clause of a modal as a relative pronoun does: "the pact that will".)
    """
    if not body.startswith("that", subject[0]):
        return False
    lead = _THAT_LEAD.match(body, subject[0], subject[1], _SERIAL)
    if lead is None or lead.end() >= subject[1]:
        return False
    before = body[max(floor, subject[0] - 30) : subject[0]].split()
    if not before or _REPORT_FRAME.fullmatch(before[-1], None, None, _SERIAL) is None:
        return False
    return _subject_ok(body, mentions, (lead.end(), subject[1]), subject[1], memo)


def _cue_starts(keys: str, words: tuple[tuple[int, str], ...] | None) -> list[tuple[int, str]]:
    """Where a cue may start in ``keys``, with its first word ("ll" for "'ll").

    Read off the shared word list when given; a word "is", "are", ... only where one of
    the next two words is one of ``_BE_NEXT``.
    """
    if words is None:
        return [
            (m.start(), "ll" if m.group()[0] in "'’" else m.group())
            for m in _guard.finditer(_CUE_WORD, keys)
        ]
    heads = _HEADS
    # (The one walk over all words: a test of each, without unpacking it, is the fastest;
    # ``map`` and ``itertools.compress`` cost more.)
    hits = [pair for pair in words if pair[1] in heads]
    found = []
    size = len(words)
    i = last = 0  # the index of the last word looked up, and its place
    for at, word in hits:
        if word in _BE_HEADS:
            # The index of the word at ``at``: after ``i``, and at most one word a
            # character after it.
            i = bisect.bisect_left(words, (at,), i, min(size, i + at - last + 1))
            last = at
            if not (
                (i + 1 < size and words[i + 1][1] in _BE_NEXT)
                or (i + 2 < size and words[i + 2][1] in _BE_NEXT)
            ):
                continue
        elif word == "ll":
            if at and keys[at - 1] in "'’":
                found.append((at - 1, word))  # (the match starts at the quote)
            continue
        found.append((at, word))
    return found


# The modals whose one alternative looks only at the next word: for each, the words it
# fails before (after white space alone: "will not", "would like"; "nothing" too).
_NEGATIONS = frozenset({"not", "never"})
# The verbs of a refusal a pledge to refrain is made of ("will not tolerate", "will never
# allow"), besides the acts of ``_VERBS``; and those of an absence, no pledge ("will not
# attend").
_REFUSALS = frozenset(
    {
        *("tolerate", "accept", "allow", "let", "permit", "interfere", "hesitate", "recognise"),
        *("recognize", "compromise", "waver", "abandon", "target", "threaten", "attack"),
        *("harbour", "harbor", "use", "back", "yield", "retreat", "relent", "stand"),
    }
)
_ABSENT = frozenset({"visit", "attend", "travel", "come", "meet", "go", "fly", "head", "sign"})
_MODAL_NOT = {
    "will": (),
    "shall": (),
    "would": ("not", "never", "like", "have"),
}
# (The alternatives they stand for: each the only one its word starts.)
_MODAL_ALTERNATIVES = {
    "will": r"will",
    "shall": r"shall",
    "would": r"would(?!\s+(?:not|never)\b|\s+like\b|\s+have\b)",
}
if any(
    [a for a in _CUE_ALTERNATIVES if head in a[1].split()] != [(head, head, pattern)]
    for head, pattern in _MODAL_ALTERNATIVES.items()
) or set(_MODAL_ALTERNATIVES) != set(_MODAL_NOT):
    msg = "_CUE_ALTERNATIVES changed: update _MODAL_NOT"
    raise ValueError(msg)


def _modal_cue(keys: str, at: int, word: str) -> bool:
    """Whether the alternative of the modal ``word`` (``_MODAL_NOT``) surely matches at ``at``.

    It fails only before white space and one of its words: without both, it matches
    (False: the pattern tells).
    """
    stop = after = at + len(word)
    while after < len(keys) and keys[after] in _SPACE:
        after += 1
    return after == stop or not keys.startswith(_MODAL_NOT[word], after)


# How far a cue's match may read from its start. ``regex`` looks for a literal every match
# needs ("to" of "concurred ... to") before it tries a pattern, up to ``endpos``: unbounded,
# each cue read the rest of the text when the literal is missing (a page of "concurred
# that ..." was quadratic). A cue is kept only inside its sentence (``_cues``), and no
# sentence is longer than about 1,000 characters (``_text._SENTENCE_MAX``).
_CUE_MATCH_REACH = 1_200


def _cue_matches(
    keys: str, words: tuple[tuple[int, str], ...] | None = None
) -> list[tuple[int, int, str]]:
    """The matches of ``_CUE`` in ``keys`` (lower case), tried only where a cue word starts.

    Each as its start, end and group (its modality). ``words`` are the words of ``keys``
    with their offsets (``Text.words``), if at hand: at each start, only the alternatives
    of its first word are tried (``_CUE_BY_HEAD``), and a modal of ``_MODAL_NOT`` is read
    off the text after it (the pattern only before white space and one of its words).
    """
    reach = 0
    by_head = _CUE_BY_HEAD
    found = []
    size = len(keys)
    for at, word in _cue_starts(keys, words):
        if at < reach:
            continue
        if words is not None and word in _MODAL_NOT and _modal_cue(keys, at, word):
            reach = at + len(word)
            found.append((at, reach, word))  # (each modal is the name of its group)
            continue
        pattern = by_head.get(word)  # (None: a word of ``_CUE_WORDS`` no alternative starts)
        match = (
            pattern.match(keys, at, min(size, at + _CUE_MATCH_REACH), _SERIAL)
            if pattern is not None
            else None
        )
        if match is not None:
            reach = match.end()
            if match.lastgroup is not None:  # (always: each alternative is in a group)
                found.append((at, reach, match.lastgroup))
    return found


def _cues(text: Text) -> list[tuple[str, tuple[int, int], str, tuple[int, int]]]:
    """The cues in text order: their modality, span, text (lower case) and sentence.

    Only the cues inside a sentence.
    """
    keys = lowered(text.text) if text.lower is None else text.lower
    matches = _cue_matches(keys, None if text.lower is None else text.words)
    if not matches:
        return []
    sentences = _sentences(text)
    starts = [s for s, _ in sentences]
    found = []
    for at, end, kind in matches:
        i = bisect.bisect_right(starts, at) - 1
        if i < 0 or end > sentences[i][1]:
            continue
        found.append((kind, (at, end), keys[at:end], sentences[i]))
    return found


def _headline_may_match(body: str, start: int, end: int) -> bool:
    """``_HEADLINE_TO`` may match at ``start`` (a necessary test, without the pattern).

    A capital opens the line (after white space), and "to" stands between white space.
    """
    first = start
    while first < end and body[first] in _SPACE:
        first += 1
    if first == end or unicodedata.category(body[first]) != "Lu":
        return False
    at = body.find("to", first + 1, end - 2)
    while at != -1:
        if body[at - 1] in _SPACE and body[at + 2] in _SPACE:
            return True
        at = body.find("to", at + 1, end - 2)
    return False


def _headline(text: Text, mentions: Mentions) -> Iterator[tuple[int, int, tuple[Country, ...]]]:
    """A headline without a final stop: "<Country>, <Country> to <verb> ..." (headline future)."""
    body = text.text
    for start, end in text.paragraphs:
        if body[end - 1] in '.!?:”"':
            continue  # (the test below, when no white space ends the line: most lines)
        stop = end  # the end of the line without its trailing white space (``str.rstrip``)
        while stop > start and body[stop - 1].isspace():
            stop -= 1
        if stop == start or body[stop - 1] in '.!?:”"' or stop - start > 200:
            continue
        if not _headline_may_match(body, start, end):
            continue
        match = _HEADLINE_TO.match(body, start, end, _SERIAL)
        if match is None:
            continue
        verb = _WORD.match(body, match.end(), stop, _SERIAL)
        if verb is None or verb.group() in _NOT_VERB or body.find(". ", start, stop) >= 0:
            continue  # "Ambassador to the Sultanate …", or a sentence before "(end)": no headline
        named = [c.country for c in mentions.countries_in(start, match.end())]
        if len(set(named)) >= 1:
            yield match.end(), stop, _unique(named)


_AreaIndex = tuple[list[int], list[tuple[int, int, int]]]


def _area_index(areas: tuple[CooperationArea, ...]) -> _AreaIndex:
    """Every area span as (start, end, area rank), by start, with the starts apart: read once.

    (Ranks, not ``AreaId`` members: an enum member's hash is computed in Python.)
    """
    spans: list[tuple[int, int, int]] = []
    for area in areas:
        rank = _AREA_RANK[area.id._value_]
        spans.extend(zip(map(_START, area.spans), map(_END, area.spans), itertools.repeat(rank)))
    spans.sort(key=_WORD_START)
    return list(map(_WORD_START, spans)), spans


def _areas_within(index: _AreaIndex, start: int, end: int) -> tuple[AreaId, ...]:
    """``areas_in`` over an ``_area_index``: the areas with a span inside ``[start, end)``.

    (Actions hardly overlap, so the spans read over all actions stay about all spans.)
    """
    starts, spans = index
    found = set()
    for i in range(bisect.bisect_left(starts, start), len(spans)):
        span_start, span_end, area = spans[i]
        if span_start >= end:
            break
        if span_end <= end:
            found.add(area)
    return tuple(map(_AREA_ORDER.__getitem__, sorted(found))) if found else ()


_TITLE_LONGEST = 200  # characters: the longest first line read as a title
_CONTENT_WORD = regex.compile(r"[^\W_]+")
_FUNCTION_WORDS_TEXT = (
    "a an the of to for and or in on at by with from into between its their our this"
)
_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())


def _content_words(action: str) -> frozenset[str]:
    """The lower-cased words of ``action`` without its function words."""
    return frozenset(_CONTENT_WORD.findall(action.lower())) - _FUNCTION_WORDS


_TITLE_OBJECT_WORDS = 2  # content words: the fewest of a title's object read without its verb


def _drop_headline_repeats(body: str, title: tuple[int, int], found: list[_Found]) -> list[_Found]:
    """Without the title's actions that the body states again, in full, with the same modality.

    "Ruritania, Utopia agree to deepen ties" over "... agreed on Monday to deepen ties in
    training and cyber": the title shortens the lead, one commitment (its verb may be
    another, when two or more words of its object are all the body's). (``found`` in text
    order.)
    """
    start, end = title
    if end - start > 2 * _TITLE_LONGEST:
        return found  # (a paragraph, not a title: without the copy below)
    line = body[start:end].rstrip()
    if not line or line[-1] in '.!?:”"' or len(line) > _TITLE_LONGEST or "\n" in line:
        return found
    heads = [f for f in found if f.action[0] < end]
    if not heads:
        return found
    rest = [f for f in found if f.action[0] >= end]
    said = [_content_words(body[g.action[0] : g.action[1]]) for g in rest]
    kept = []
    for f in heads:
        action = body[f.action[0] : f.action[1]]
        words = _content_words(action)
        # "Ruritania, Utopia agree to boost naval cooperation" over "... agreed to expand
        # joint drills and naval cooperation": the title's verb is the body's in other
        # words, the rest as the body says it.
        verb = _CONTENT_WORD.search(action.lower(), None, None, _SERIAL)
        obj = words - {verb.group()} if verb is not None else words
        if len(obj) < _TITLE_OBJECT_WORDS:
            obj = words
        if not any(obj <= other for other in said):
            kept.append(f)
    return found if len(kept) == len(heads) else kept + rest


_REPEAT_REACH = 64  # records: how many of the last ones a post cut short may repeat


_PARAPHRASE_WORDS = 3  # content words: the fewest of an action matched as a paraphrase
_PARAPHRASE_REACH = 4  # records of one first word and modality a paraphrase is compared with
_STEM = 4  # characters: a word's stem ("Western" and "the West")
_HEAD_STEM = 6  # characters: the first word's stem ("strengthen", "strengthening")
_STEM_OF = operator.itemgetter(slice(_STEM))  # a word's stem


def _stems(action: str) -> tuple[frozenset[str], str]:
    """The stems of ``action``'s content words, and its first word's (lower-cased ``action``)."""
    words = _CONTENT_WORD.findall(action)
    head = words[0][:_HEAD_STEM] if words else ""  # ("strengthen", "strengthening")
    content = itertools.filterfalse(_FUNCTION_WORDS.__contains__, words)
    return frozenset(map(_STEM_OF, content)), head  # (in C)


def _merge_repeats(body: str, found: list[_Found]) -> list[_Found]:
    """One record per action said twice, bound to the parties of all.

    "Both nations look forward to X", then the quoted "we look forward to X": the first. A
    paraphrase counts as said again: the same first word and modality, and the content words
    of one (by their stems) all among the other's ("pursue independent policies", "pursue
    their independent policies").
    """
    first: dict[tuple[str, str], int] = {}
    recent: deque[tuple[tuple[str, str], int]] = deque(maxlen=_REPEAT_REACH)
    # By the first word and the modality: the stems of the last actions said so
    paraphrases: dict[tuple[str, str], deque[tuple[frozenset[str], int]]] = {}
    out: list[_Found] = []
    for f in found:
        # (By the modality's value: one to a member, and hashed in C, not in Python.)
        action = body[f.action[0] : f.action[1]].lower()
        if "#" in action:
            action = action.replace("#", "")  # a post embedded in the article: its hashtags
        key = (action, f.modality._value_)
        k = first.get(key)
        if k is None and action.endswith("…"):
            # An embedded post cut short ("... hubs at…"): the action it repeats.
            stem = action[:-1].rstrip()
            k = next(
                (
                    i
                    for (said, modality), i in reversed(recent)
                    if modality == key[1] and said.startswith(stem)
                ),
                None,
            )
        stems: frozenset[str] = frozenset()
        head = ""
        if k is None:
            # "Both aim to pursue independent policies", then the quoted "both are aiming to
            # pursue their independent policies": the lead's paraphrase of the quotation.
            stems, head = _stems(action)
            if len(stems) >= _PARAPHRASE_WORDS:
                said_before = paraphrases.get((head, key[1]))
                if said_before is not None:
                    k = next(
                        (i for other, i in said_before if stems <= other or other <= stems),
                        None,
                    )
        if k is None:
            first[key] = len(out)
            recent.append((key, len(out)))
            if len(stems) >= _PARAPHRASE_WORDS:
                paraphrases.setdefault((head, key[1]), deque(maxlen=_PARAPHRASE_REACH)).append(
                    (stems, len(out))
                )
            out.append(f)
        elif not set(f.parties) <= set(out[k].parties):
            out[k] = out[k]._replace(parties=_unique([*out[k].parties, *f.parties]))
    return out


# A disposition named as shown or stressed ("have often demonstrated willingness to",
# "highlighting his resolve to", "underscored the willingness to"): evidence of a stance,
# not a pledge (unlike "expressed/reaffirmed their readiness to").
# The verbs of a wish for a state of things, not an act: "desire to see", "to witness".
_BEHOLD = frozenset({"see", "witness", "hear"})
_DISPOSITIONS = ("resolve", "willingness", "readiness", "desire", "determination", "eagerness")
_SHOWN_BEFORE = regex.compile(
    r"\b(?:demonstrat|highlight|underscor)[a-z]*\s+(?:(?:the|their|his|her|its|our|a|an"
    r"|mutual|strong|great|firm|clear|full)\s+){0,2}$",
    regex.IGNORECASE,
)
# Before "dedicated to" as a pledge: "are (fully) dedicated to", "remain dedicated to".
_DEDICATED_WORDS = """is are was were be been being am remain remains remained stay stays stayed
    become becomes became"""
_DEDICATED_BEFORE = frozenset(_DEDICATED_WORDS.split())


def _dedicated_ahead(body: str, floor: int, at: int) -> bool:
    """The word before "dedicated" at ``at`` makes it a pledge, not a noun's participle.

    A form of "be", "remain", "stay", "I'm", an adverb in "-ly", or no word (the sentence
    opens with "Dedicated to ...").
    """
    words = body[max(floor, at - 40) : at].split()
    if not words:
        return True
    last = words[-1].lower()
    return last in _DEDICATED_BEFORE or last.endswith(("ly", "'m", "’m"))


_PARTY_REACH = 40  # characters: the longest party name read right before "is to"


def _party_before(body: str, mentions: Mentions, at: int) -> bool:
    """A country, a person or an institution of one ends right before ``at`` (white space)."""
    lo = max(0, at - _PARTY_REACH)
    ends = [m.end for m in mentions.countries_in(lo, at)]
    ends.extend(m.end for m in mentions.people_in(lo, at))
    if any(not body[end:at].strip() for end in ends):
        return True
    return _INSTITUTION_BEFORE.search(body, lo, at, _SERIAL) is not None


_INSTITUTION_BEFORE = regex.compile(
    _INSTITUTION_SUBJECT.pattern + r"\s+$", regex.IGNORECASE | regex.VERBOSE
)


def find_commitments(
    text: Text,
    mentions: Mentions,
    dates: tuple[DateMention, ...],
    meetings: tuple[Meeting, ...],
    statements: tuple[Statement, ...],
    areas: tuple[CooperationArea, ...],
) -> tuple[Commitment, ...]:
    """Find the commitments in ``text``.

    >>> from defrel._text import prepare
    >>> find_commitments(prepare(""), Mentions(), (), (), (), ())
    ()
    >>> t = prepare("Both sides agreed to hold joint drills next year and will not sell arms.")
    >>> found = find_commitments(t, Mentions(), (), (), (), ())
    >>> [(c.action, c.modality.value, c.timeframe) for c in found]
    [('hold joint drills', 'agreed', 'next year')]
    """
    del dates
    body = text.text
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []
    involved = {(c.code, c.name) for m in meetings for c in m.countries}  # (as ``Country`` ==)
    # The actors' countries, the speakers and the default parties: once an action needs them
    # (before, only the places of the mentions are read, which stay the same).
    resolved: tuple[Mentions, _Speakers, _Defaults] | None = None
    reach = 0  # the end of the furthest action so far (cues come in text order)
    marks: dict[tuple[int, int], dict[str, list[int]]] = {}  # the current paragraph's only
    clause_scan: _ClauseScan = ((-1, -1), 0, 0, -1)  # the current sentence's only
    # The lower-cased copy for the clause patterns, unless a long s would match "s" there.
    lowered_keys = text.lower if "ſ" not in body else None
    lowered_words = text.words if lowered_keys is not None else None
    ends: _Ends | None = None  # where clauses may end, once many actions need it
    quoted = True  # whether the text may hold a quote mark (read with ``ends``)
    end_marks: _EndMarks | None = None  # the marks the text holds where clauses may end
    actions_read = 0
    itinerary_end = -1  # the end of the last sentence read as a visit's itinerary
    # What the subject word patterns found, by text: worth it in a long text only. (Keys:
    # 0 to 4 ``_found``'s, 5 a timeframe's word, 6 ``_visitor``.)
    memo: dict[tuple[int, str], bool] | None = {} if len(body) > _ENDS_AT_ONCE else None
    if lowered_keys is not None:
        clause_source, clause_open = lowered_keys, _CLAUSE_OPEN_LOWER
    else:
        clause_source, clause_open = body, _CLAUSE_OPEN
    open_marks = "".join(filter(clause_source.__contains__, _OPEN_MARKS))
    unquoted = not any(map(body.__contains__, _QUOTE_MARKS))  # (none ``_inside_quote`` counts)
    for found_kind, cue, cue_text, sent in _cues(text):
        kind = found_kind  # (a "will" after a possessive is a noun: "my will to")
        if cue[0] < reach:
            continue  # a cue inside another commitment's action is part of it
        if kind == "look_forward":
            behind = body[max(sent[0], cue[0] - 30) : cue[0]]
            if "been" in behind and _BEEN.search(behind, None, None, _SERIAL):
                continue  # "I have been looking forward to meeting you": the encounter itself
        if kind == "will" and cue_text[:1] in "ia" and not _party_before(body, mentions, cue[0]):
            continue  # "the aim is to", "the key is to": no party arranges it
        raw, word_start = _next_word(body, cue[1], sent[1])
        word = raw.lower()
        will_noun = (
            word == "to"
            and kind == "will"
            and _OWNER_BEFORE.search(body, max(sent[0], cue[0] - 8), cue[0], _SERIAL) is not None
        )
        if will_noun:
            # "expressed my will to seek ...": the will of one, a noun
            kind = "intend"
            raw, word_start = _next_word(body, word_start + 2, sent[1])
            word = raw.lower()
        # endpos on every match after the cue: without one, ``regex`` hunts a pattern's
        # required literal ("be") through the rest of the body, once per cue
        near = min(sent[1], cue[1] + _AFTER_CUE)
        action_start = word_start if will_noun else _lead_end(body, cue[1], near)
        cue_word = cue_text.lower()
        # "pledged continued support": the help pledged, a noun phrase, is the action
        pledged_help = kind == "committed" and not cue_word.endswith("to")
        prepositional = pledged_help or (
            kind == "committed"
            and cue_word.startswith(("commitment", "committ", "dedicat", "undertaking"))
        )
        not_only = -1
        if word == "not" and body.startswith("only", word_start + 4):
            # "a commitment to not only strengthen ties but also ...": the verb after "only"
            # (the action from "not")
            not_only = word_start
            raw, word_start = _next_word(body, word_start + 8, sent[1])
            word = raw.lower()
        if word in _NEGATIONS and not_only < 0 and kind in {"will", "shall"}:
            # "they will not tolerate any attempt to ...": a pledge to refrain; the verb is
            # the word after "not", the action is read from "not". Only right after the
            # modal, and only a verb of an act or of a refusal ("will never forget", "will
            # not attend": a feeling, an absence, no pledge).
            if _NON_SPACE.search(body, cue[1], word_start, _SERIAL) is not None:
                continue
            raw, word_start = _next_word(body, word_start + len(word), sent[1])
            word = raw.lower()
            if word in _ABSENT or (word not in _VERBS and word not in _REFUSALS):
                continue
        if prepositional:
            if not pledged_help and not _action_follows(body, word, word_start):
                continue  # "commitment to democracy": a value held, not an action
            action_start = word_start if not_only < 0 else not_only
            if action_start - cue[1] > 1:
                # 'commitment to "further strengthen" ties': the quotation opens the action
                opening = _ANY_QUOTE.search(body, cue[1], action_start, _SERIAL)
                if opening is not None:
                    action_start = opening.start()
            if pledged_help:  # the help as written, with its "all" ("all possible support")
                first = _WORD.search(body, cue[1], near, _SERIAL)
                action_start = first.start() if first is not None else word_start
        # "be" after the modal: ``_READY`` and ``_PROGRESSIVE`` read it (in any case; on the
        # lower-cased copy, where no letter matches an ASCII one ignoring case but lowers
        # to another, in lower case).
        be_after = kind in {"will", "shall", "would"} and (
            lowered_keys is None or lowered_keys.find("be", cue[1], near) != -1
        )
        ready = _READY.match(body, cue[1], near, _SERIAL) if be_after else None
        if ready is not None:
            raw, word_start = _next_word(body, ready.end(), sent[1])
            word, action_start = raw.lower(), ready.end()
        progressive = None
        if be_after and ready is None:
            progressive = _PROGRESSIVE.match(body, cue[1], near, _SERIAL)
            if progressive is not None and _progressive_verb(progressive.group(1).lower()):
                raw, word_start = progressive.group(1), progressive.start(1)
                word, action_start = raw.lower(), word_start
            else:
                progressive = None
        cooperation_noun = False
        if (
            kind == "agreed"
            and word in {"a", "an", "the"}
            and _AGREED_NOUN.match(body, word_start, None, _SERIAL)
        ):
            prepositional = True  # "agreed to a defence pact": the document agreed on
            action_start = word_start
        elif (
            kind in {"agreed", "other"}
            and not cue_word.endswith("to")
            and not cue_word.startswith("should")
            and _COOPERATION_AHEAD.match(body, word_start, near, _SERIAL)
        ):
            # "agreed on an extensive cooperation", "readiness for closer cooperation": the
            # noun phrase
            prepositional = True
            action_start = word_start
            cooperation_noun = True
        bad_word = word in _NOT_VERB or (
            raw[:1].isupper()
            and kind != "expected"
            # (a headline in title case: "Ministers Agree to Deepen Ties")
            and not (body[cue[0]].isupper() and cue[0] > sent[0])
        )
        if not word or (
            bad_word and kind not in {"expected", "look_forward"} and not prepositional
        ):
            continue
        if word in _CAREER_WORDS and _CAREER.match(body, action_start, near, _SERIAL):
            continue  # "X is set to take charge as Navy chief": a career step, not a pledge
        if (
            kind in _PROTOCOL_KINDS
            and word in _PROTOCOL_WORDS
            and _PROTOCOL.match(body, action_start, near, _SERIAL)
        ):
            continue  # "the general will call on the President": a visit's protocol
        if (
            kind in _PROTOCOL_KINDS
            and word in _AGENDA_WORDS
            and _AGENDA.match(body, action_start, near, _SERIAL)
            and _AGREED_THAT.search(body, max(sent[0], cue[0] - _AFTER_CUE), cue[0], _SERIAL)
            is None
        ):
            continue  # "the sale is likely to figure in the talks": a topic, not a pledge
        if (
            kind == "expected"
            and word in _TALK_WORDS
            and _TALK.match(body, action_start, near, _SERIAL)
        ):
            continue  # "the two are likely to discuss the drills": the talks' topic
        # "They agreed that the next round will take place in Lima": a decision on an event,
        # neither its schedule nor an effect ("take ties to new heights").
        decided_event = (
            word == "take"
            and _PLACE_AFTER_TAKE.match(body, word_start, near, _SERIAL) is not None
            and _AGREED_THAT.search(body, max(sent[0], cue[0] - _AFTER_CUE), cue[0], _SERIAL)
            is not None
        )
        if (
            word in _SCHEDULE_WORDS
            and not decided_event
            and _SCHEDULE.match(body, action_start, near, _SERIAL)
        ):
            continue  # "the exercise will continue till 18 May": an event's dates, not a pledge
        if (
            cue_word.startswith(_DISPOSITIONS)
            and _SHOWN_BEFORE.search(body, max(sent[0], cue[0] - 40), cue[0], _SERIAL) is not None
        ):
            continue  # "demonstrated willingness to cooperate": a disposition shown, no pledge
        if cue_word.startswith("dedicated") and not _dedicated_ahead(body, sent[0], cue[0]):
            continue  # "projects dedicated to the development of ...": a noun's participle
        if kind == "committed" and word not in _VERBS and cue_word.startswith("re"):
            continue  # "reiterated to reporters": no verb, no pledge
        if kind == "want" and word not in _VERBS:
            continue  # "I want to call you by your first name": a wish, not a plan of the parties
        if kind == "other" and word in _BEHOLD and cue_word.startswith(_DISPOSITIONS):
            continue  # "we desire to see the ties deepen": a wish for a state, no act of theirs
        passive = (
            (
                body.find("be", cue[1], near) >= 0  # (a match of ``_PASSIVE`` holds "be")
                and _be_ahead(lowered_words, cue[1])
                and _PASSIVE.match(body, cue[1], near, _SERIAL) is not None
            )
            or (kind == "expected" and "be" in (body[cue[1] : cue[1] + 4].split() or [""]))
        )
        passive = passive and ready is None
        settled = (
            not passive
            and word == "be"
            and kind in {"will", "shall", "would"}
            and ready is None
            and progressive is None
            and _governed(body, max(sent[0], cue[0] - _GOVERNED_REACH), cue[0]) in _AGREEMENTS
        )
        if settled:
            # "The ministers agreed that the seat of the agency will be in Rome": a state
            # the sides settle on, told with its subject as a passive is
            passive = True
        # The subject and the quotes only now: most cues are out by here.
        clause, clause_scan = _clause_start(
            clause_source, clause_open, sent, cue[0], clause_scan, lowered_words, open_marks
        )
        if clause - 2 > sent[0] and body[clause - 2] == ",":
            clause = _list_start(body, mentions, clause, sent[0])
        subject = (clause, cue[0])
        if taken and clause < taken[-1][1] <= cue[0] and taken[-1][0] >= sent[0]:
            # "A will send trainers and B will host": the last action ended at "and", where
            # this clause's subject starts
            joined = _AND_NEXT_CLAUSE.match(body, taken[-1][1], cue[0], _SERIAL)
            if joined is not None:
                subject = (joined.end(), cue[0])
        blank = (
            clause > sent[0]
            and _NON_SPACE.search(body, clause, cue[0], _SERIAL) is None  # (no slice per cue)
        )
        auxiliary = (
            clause > sent[0]
            and not blank
            and cue[0] - clause <= _AUXILIARY_REACH
            and _AUXILIARY_ONLY.fullmatch(body, clause, cue[0], _SERIAL) is not None
        )
        if blank or auxiliary:
            # "Kim, who arrived on Sunday, will leave": the subject before the relative clause.
            # (Not a meeting verb: an itinerary's "will meet" is the planned meeting itself.)
            relative = _RELATIVE_COMMA.search(body, sent[0], clause, _SERIAL)
            if (
                relative is not None
                and relative.start() > sent[0]
                and not _MEET_OBJECT.match(body, word_start, None, _SERIAL)
            ):
                subject = (sent[0], relative.start())
            elif auxiliary or (relative is None and kind in {"will", "shall", "would"}):
                # "Rossi, head of the navy, and Tanaka, its chief of staff, have jointly
                # pledged to", "The minister, General Rossi (retd), will": the subject
                # before the appositions ("The plan, he said, will": before the aside).
                aside = _SAID_ASIDE.search(body, max(sent[0], clause - 60), clause, _SERIAL)
                subject = (sent[0], clause if aside is None else aside.start())
        if subject[1] - subject[0] > _SUBJECT_REACH:
            # One long sentence without a clause break: the subject is read in its last
            # ``_SUBJECT_REACH`` characters, from a word's start, so that each cue reads a
            # bounded stretch (else a sentence of many modals costs its length per modal).
            cut = subject[1] - _SUBJECT_REACH
            space = body.find(" ", cut, subject[1])
            subject = (space + 1 if space >= 0 else cut, subject[1])
        sub = body[subject[0] : cue[0]]
        quoted_passive = False
        carried: tuple[Country, ...] | None = None  # the parties a quoted passive goes on with
        agreed_that = None
        agents = _agent(body, mentions, cue[1], sent[1]) if passive else ()
        if kind in {"will", "shall", "would"} and word not in _IMPERSONAL_IT:
            it_subject = _it_of_speaker(body, mentions, subject, sent[0])
            if it_subject is not None:
                subject = it_subject  # "Norway said it will send ...": "it" is Norway
        if kind in {"will", "shall", "would", "want"} and not (
            _subject_ok(body, mentions, subject, subject[1], memo)
            or (passive and _JOINT_AGENT.search(body, cue[1], sent[1], _SERIAL))
            or agents
            or _reported_subject_ok(body, mentions, subject, sent[0], memo)
        ):
            # "The ministers agreed that the commission will meet twice a year": the
            # ones who agreed are bound.
            agreed_that = _AGREED_THAT.search(
                body, max(sent[0], subject[0] - 40), subject[0] + 5, _SERIAL
            ) or _CONFIRMED_THAT.search(
                body, max(sent[0], subject[0] - 60), subject[0] + 5, _SERIAL
            )
            if agreed_that is not None and kind in {"will", "shall", "would"}:
                if word in _EFFECT and not decided_event:
                    continue  # "they agreed that the talks will bring benefits": a forecast
                subject = (sent[0], agreed_that.start())
            elif not (passive and kind in {"will", "shall"}):
                continue
            else:
                # "We will send drones. Half will be built at home," the minister said: a
                # passive that goes on with the speaker's own "we will" in the quotation.
                para = text.paragraph_of(cue[0])
                if para not in marks:
                    marks = {para: _quote_marks(body, para)}
                opened = _quote_start(marks[para], cue[0])
                if opened is None:
                    continue
                if _WE_WILL.search(body, opened, sent[0], _SERIAL):
                    quoted_passive = True
                elif found and opened <= found[-1].cue[0] < sent[0]:
                    # "The two navies will resume the drills in May. Cyber will also be added
                    # to them," he said: a passive that goes on with a commitment the same
                    # quotation made, binding its parties.
                    carried = found[-1].parties
                else:
                    continue
        if kind in {"will", "shall", "would"}:
            # (The patterns only where their words are: most cues have none.)
            low = lowered_keys
            lo = max(sent[0], cue[0] - 40)
            if (
                low is None
                or (
                    low.find("that", lo, cue[0]) != -1
                    and (low.find("so", lo, cue[0]) != -1 or low.find("order", lo, cue[0]) != -1)
                )
            ) and _PURPOSE.search(body, lo, cue[0], _SERIAL):
                continue  # "..., so that we will be able to act": the purpose of another act
            lo = max(sent[0], subject[0] - 30, cue[0] - _AFTER_CUE)
            if (
                low is None
                or low.find("hop", lo, cue[0]) != -1
                or low.find("wish", lo, cue[0]) != -1
            ) and _HOPE_FRAME.search(body, lo, cue[0], _SERIAL):
                continue  # "he voiced hope that the envoy will keep ...": a wish, not a pledge
        if (
            kind in {"will", "would", "expected"}
            and agreed_that is None
            and (
                (word in _EFFECT and not decided_event)
                or (word == "have" and _HAVE_EFFECT.match(body, word_start, None, _SERIAL))
                or (word == "develop" and _DEVELOP_ALONE.match(body, word_start, None, _SERIAL))
            )
            and (
                not _party_subject(body, mentions, subject, subject[1], memo)
                or _abstract_head(body, subject)
            )
            and not _BY_MEANS.search(body, word_start, sent[1], _SERIAL)
        ):
            continue  # "the agreement will bring benefits": a prediction, not an act
        if (
            kind in {"want", "intend"}
            and _BACKDROP.search(body, max(sent[0], cue[0] - _BACKDROP_REACH), cue[0], _SERIAL)
            is not None
        ):
            continue  # "the visit comes as the two sides seek to ...": the talks' backdrop
        if (
            kind == "want"
            and _AS_SEEK.search(body, max(sent[0], cue[0] - _BACKDROP_REACH), cue[0], _SERIAL)
            is not None
        ):
            continue  # "the first talks since May as the two sides seek to": the backdrop
        if (
            kind == "want"
            and cue_word.startswith(_WISHES)
            and _WISH_OF_A_THING.search(body, max(sent[0], cue[0] - 40), cue[0], _SERIAL)
        ):
            continue  # "what we wish to cooperate in": the thing wished, not a plan
        if (
            kind in {"will", "would"}
            and _ITINERARY_OF_VISIT.search(
                body, max(sent[0], cue[0] - _BACKDROP_REACH), cue[0], _SERIAL
            )
            is not None
        ):
            continue  # "a visit during which he will hold talks": the visit's itinerary
        if kind == "will" and _itinerary(body, sent, cue, subject, action_start, itinerary_end):
            # "During his visit, Lindqvist will meet ...", and the next sentence's "He will
            # also meet ...": the visit's programme
            itinerary_end = sent[1]
            continue
        if (
            kind == "expected"
            and cue_word.split()[-2:-1] in (["scheduled"], ["due"], ["slated"])
            and _ITINERARY_VERB.match(body, action_start, near, _SERIAL) is not None
        ):
            continue  # "X is scheduled to visit the academy": the visit's programme
        if (
            kind == "will"
            and word == "join"
            and _joins_people_at(body, mentions, word_start, sent[1])
        ):
            continue  # "X will join Dahl and Kvam in Bergen": the encounter itself
        if (
            kind == "will"
            and progressive is not None
            and _ITINERARY_ING.match(body, word_start, sent[1], _SERIAL) is not None
        ):
            continue  # "he will be visiting shipyards during his stay": the visit's programme
        if word == "mark" and _ANNIVERSARY.match(body, word_start, near, _SERIAL) is not None:
            continue  # "next year will mark the 50th anniversary": the calendar, not an act
        if (
            kind == "other"
            and word in _OPENING_TALKS
            and not _party_subject(body, mentions, subject, subject[1], memo)
        ):
            continue  # "the rebels are starting negotiations on a truce": no party's act
        if kind in _THIRD_PARTY_CHECK and _third_party(mentions, involved, subject):
            continue  # "China will respond" in a report on India-US talks: not a party
        if (
            kind == "committed"
            and cue_word.startswith(("promis", "pledg", "vow"))
            # (the subject's last words: a head noun stands there, and the read stays short)
            and _abstract_head(body, (max(subject[0], subject[1] - _HEAD_REACH), subject[1]))
        ):
            continue  # "the visit promised to bring new momentum": an event binds no one
        if kind in {"will", "shall", "would"} and word in _STATE_VERBS:
            continue  # "the two nations will always enjoy close ties": a state, not an act
        if (
            kind in {"will", "shall", "would"}
            and word == "see"
            and _SEE_RESULTS.match(body, word_start, near, _SERIAL) is not None
        ):
            continue  # "we will see greater results": a forecast, not an act
        if (
            kind == "intend"
            and cue_word.startswith("intended")
            and _BE_BEFORE.search(body, max(sent[0], cue[0] - 12), cue[0], _SERIAL)
        ):
            continue  # "the visit was intended to strengthen ties": a purpose, not a plan
        if kind in {"intend", "want"} and cue_word.startswith(
            ("aim", "goal", "objective", "inten")
        ):
            behind = body[max(sent[0], cue[0] - _HEAD_REACH) : cue[0]]
            ownerless = not cue_word.startswith(("aims", "inten")) and bool(
                _OWNERLESS_GOAL.search(body, max(sent[0], cue[0] - 24), cue[0], _SERIAL)
            )
            if ownerless and not unquoted:
                # (in a quotation, the goal is the speaker's)
                para = text.paragraph_of(cue[0])
                if para not in marks:
                    marks = {para: _quote_marks(body, para)}
                ownerless = not _inside_quote(marks[para], cue[0])
            if (ownerless or _WITH_AIM.search(behind, None, None, _SERIAL)) or (
                _abstract_head(body, subject)
                if cue_word.startswith("aims")
                else _abstract_head(behind, (0, len(behind) - _possessive(behind)))
            ):
                # "with the aim to", "the pact's goal is to", "the talks aim to": a purpose,
                # not a plan; "The goal is to ...": whose, the text does not say
                continue
        if (
            kind == "intend"
            and cue_word.startswith("plan")
            and _TOPIC_PLAN.search(body, max(sent[0], cue[0] - 40), cue[0], _SERIAL)
        ):
            continue  # "they discussed plans to boost ...": a topic of the talks, not a plan made
        if (
            kind in {"will", "shall", "would"}
            and word == "be"
            and not passive
            and _OWN_AGENDA.match(body, word_start, near, _SERIAL) is None
        ):
            continue  # "would be underway", "will be the first": a state, not an act
        if (
            kind == "would"
            and progressive is None  # "X would be visiting the base": an itinerary
            and not _REPORT_FRAME.search(body, max(sent[0], cue[0] - _FRAME_REACH), cue[0], _SERIAL)
            and not (
                word in _VERBS
                and _BOTH_SIDES.fullmatch(body, subject[0], cue[0], _SERIAL) is not None
            )
        ):
            # (But "Both sides would continue to maintain contacts": the sides' joint
            # pledge, told in the past of the report.)
            continue
        if kind == "would" and passive and not _BINDING_NOUN.search(sub, None, None, _SERIAL):
            continue
        para = text.paragraph_of(cue[0])
        in_quote = False  # (a text without a quote mark has no cue inside a quotation)
        if not unquoted:
            if para not in marks:
                marks = {para: _quote_marks(body, para)}
            in_quote = _inside_quote(marks[para], cue[0])
        agreed_should = False
        if cue_word.startswith("should") and not (
            in_quote and _WE.search(sub, None, None, _SERIAL)
        ):
            if (
                passive
                and _BINDING_NOUN.search(sub, None, None, _SERIAL)
                and _governed(body, max(sent[0], cue[0] - _GOVERNED_REACH), cue[0])
                is Modality.AGREED
            ):
                # "Lindqvist and Dahl concurred that the alliance should be strengthened": the
                # sides agree on what is to be done to their ties
                kind = "agreed"
                agreed_should = True
            elif not (
                passive
                and _SHOULD_DONE.match(body, cue[1], near, _SERIAL)
                and _BINDING_NOUN.search(sub, None, None, _SERIAL)
            ):
                continue  # "X should ...": one side's proposal, unless "we should"
            else:
                kind = "expected"  # "the accord should be signed by ...": its signing expected
        # The action: from the verb (or, for a passive, from the subject) to the clause end.
        start = action_start
        if passive and (agreed_should or kind in {"expected", "will", "shall", "would"}):
            start = subject[0]
            before = body[max(sent[0], subject[0] - 30) : subject[0]].split()
            if before and _REPORT_FRAME.fullmatch(before[-1], None, None, _SERIAL):
                # "welcomed that the accord would be applied": the clause after "that".
                lead = _THAT_LEAD.match(sub, None, None, _SERIAL)
                start = subject[0] + (lead.end() if lead is not None else 0)
            elif _REL_WORD.match(sub, None, None, _SERIAL):
                # The antecedent is the passive's subject ("the pact, which will be signed").
                window = body[max(sent[0], subject[0] - 60) : subject[0]]
                ante = _ANTECEDENT.search(
                    window, _last_runs(window, _ANTECEDENT_RUNS), None, _SERIAL
                )
                relative = _REL_LEAD.match(sub, None, None, _SERIAL)
                if ante is not None and relative is not None and relative.end() == len(sub):
                    start = max(sent[0], subject[0] - 60) + ante.start()
                elif relative is not None:
                    start = (
                        subject[0] + relative.end()
                    )  # "which the accords are ...": its own subject
        elif kind == "expected" and cue_word.startswith("expects"):
            start = word_start
        if settled:
            # (from the settled subject, after the verb of agreement and its "that")
            lo = max(sent[0], cue[0] - _GOVERNED_REACH)
            frames = deque(_FRAME_VERB.finditer(body, lo, cue[0], _NO_OVERLAP, _SERIAL), 1)
            if frames:
                start = frames[0].end()
        elif passive and agreed_that is not None and start < agreed_that.end() <= cue[0]:
            # "The ministers concurred that the seat of the agency will be located in Rome":
            # the passive's subject after "that", not the ones who agreed
            start = agreed_that.end()
            while start < cue[0] and body[start].isspace():
                start += 1
        if start >= sent[1]:
            continue
        actions_read += 1
        if (
            ends is None
            and lowered_keys is not None
            and lowered_words is not None
            and actions_read > _ENDS_AFTER
            and len(body) > _ENDS_AT_ONCE
        ):
            ends = _Ends.of(lowered_keys, lowered_words)
            quoted = any(mark in body for mark in _QUOTE_CHARS)
        if end_marks is None:
            end_marks = _end_marks(lowered_keys) if lowered_keys is not None else _ALL_END_MARKS
        # (where an action from a place ends, read alike for each piece below)
        end_from = functools.partial(
            _action_end,
            body,
            lowered_keys,
            sent_end=sent[1],
            in_quote=in_quote,
            words=lowered_words,
            ends=ends,
            present=end_marks,
            quoted=quoted,
        )
        end = end_from(max(start, cue[1]))
        if end == start and not in_quote and body[start] in '“"':
            # 'will "promote ties ... ."': a long quotation opens the action; the action
            # is quoted from its first word and ends at the closing mark.
            start += 1
            inside = True  # (the action is a quotation now)
            end = end_from(start, in_quote=inside)
        if (
            (lowered_keys is None or lowered_keys.find("which", subject[0], cue[0]) != -1)
            and _WHICH.match(sub, None, None, _SERIAL)
            and body[max(sent[0], subject[0] - 2) : subject[0]].strip().endswith(",")
        ):
            comma = body.find(",", cue[1], end)
            end = comma if comma != -1 else end  # ", which ... ,": the relative clause ends
        if body.startswith(":", end) and _LIST_HEAD.search(
            body, max(start, end - _LIST_HEAD_REACH), end, _SERIAL
        ):
            # "collaborate in several key areas: training, drills and logistics": the list
            # the colon opens is the action's object
            listed = end_from(end + 1)
            if _NON_SPACE.search(body, end + 1, listed, _SERIAL) is not None:
                end = listed
        if (
            not body[sent[0] : cue[0]].strip()
            if cue[0] - sent[0] <= _END_WINDOW
            else _NON_SPACE.search(body, sent[0], cue[0], _SERIAL) is None
        ):
            # "Committed to X, the two countries have ...": the participle ends at its subject.
            comma = body.find(",", start, end)  # (where a match starts)
            main = _guard.search(_MAIN_CLAUSE, body, comma, end) if comma != -1 else None
            if main is not None:
                end = main.start()
        if (
            prepositional
            and not pledged_help
            and (lowered_keys is None or lowered_keys.find(" ha", start, end) != -1)
            and _RESULTED.search(body, start, end, _SERIAL)
        ):
            continue  # "their commitment to closer ties has resulted in progress": a result
        after = min(sent[1], end + _AFTER_CUE)
        if (
            lowered_keys is None or lowered_keys.find("but", end, after) != -1
        ) and _CALLED_OFF.search(body, end, after, _SERIAL):
            continue  # "the jets were set to land there, but the host scrapped the plan"
        if _event_closes(body, lowered_keys, max(start, cue[1]), end) and _EVENT_SUBJECT.search(
            sub, None, None, _SERIAL
        ):
            continue  # "the visit will end tomorrow": an event's schedule, no party's act
        if (
            kind in {"will", "would", "other"}
            and end - start <= _BARE_VERB_REACH
            and _BARE_VERB.fullmatch(body, start, end, _SERIAL) is not None
            and _abstract_head(body, subject)
        ):
            continue  # "the relations would further develop": a forecast, no one's act
        if (
            kind in {"will", "would"}
            and _IT_SUBJECT.search(body, max(subject[0], cue[0] - 12), cue[0], _SERIAL) is not None
            and _GROWTH.match(body, start, end, _SERIAL) is not None
        ):
            continue  # "our ties are strong and it will continue to grow": a forecast
        if resolved is None:
            resolved = _resolve(body, mentions, meetings, statements)
        mentions, spoken, defaults = resolved
        parties = _counterparts_apart(
            body,
            mentions,
            _subject_parties(body, mentions, spoken, defaults, cue, subject, para, end, memo),
            cue,
            end,
        )
        if quoted_passive:
            speaker = _speaker_country(body, mentions, spoken, cue[0], para[0])
            parties = (speaker,) if speaker is not None else parties
        if carried is not None:
            parties = carried
        if agents:
            parties = agents  # "will be hosted by Ruritania": the agent acts
        if kind == "will" and _MEET_OBJECT.match(body, word_start, None, _SERIAL):
            parties = _with_the_one_met(body, mentions, parties, cue, word_start, end)
        if len(parties) == 1 and _VISITING.match(body, word_start, near, _SERIAL) is not None:
            # "He looks forward to visiting Fiji": the one who visits is not the country
            # visited (a pronoun read as the host): the other side of the talks
            visited = [c.country for c in mentions.countries_in(word_start, word_start + 30)]
            pair = defaults.at(cue[0])
            if visited and visited[0] == parties[0] and len(pair) == 2 and parties[0] in pair:
                parties = tuple(c for c in pair if c != parties[0])
        # "desire for a stronger cooperation to secure borders, enhance security and combat
        # terrorism": the verbs of the cooperation's aim, one noun phrase
        pieces = [(start, end)] if cooperation_noun else _split(body, start, end, kind)
        if (
            not cooperation_noun
            and body.startswith(",", end)
            and (
                lowered_keys is None
                or lowered_keys.find(" and ", end, min(sent[1], end + _RESUME_REACH)) != -1
            )
        ):
            # "agreed to identify systems, which can be built jointly, and find areas for
            # research": past the relative clause, a verb of the same cue goes on
            resumed = _RELATIVE_RESUMES.match(body, end, min(sent[1], end + _RESUME_REACH), _SERIAL)
            if resumed is not None and resumed.group(1).lower() in _VERBS:
                again = end_from(resumed.start(1))
                pieces += _split(body, resumed.start(1), again, kind)
        # "resolved to": a resolve, none of the named modalities (GUIDELINES: other)
        modality = (
            Modality.OTHER if cue_word.startswith(("resol", "offer", *_WISHES)) else _MODALITY[kind]
        )
        if kind in {"will", "would", "shall"}:
            # "agreed (that) the minister will visit", "vowed that his country will": the
            # verb that governs the clause gives its modality
            modality = _governed(body, max(sent[0], cue[0] - _GOVERNED_REACH), cue[0]) or modality
        lead_time = None
        if (
            len(pieces) > 1
            and body[pieces[0][1]] == ","
            and (_next_word(body, pieces[0][0], pieces[0][1])[0].lower() in _LEAD_TIME)
        ):
            # "will later in the week, visit X": a time before the verb, no action
            lead_time = _trim(body, *pieces[0])
            pieces = pieces[1:]
        for piece in pieces:
            p0, p1 = _trim(body, *piece)
            action = body[p0:p1]
            if p0 >= p1 or len(action.split()) < 2:
                continue
            if _assessment(action):
                continue  # "will make significant contributions to peace": a forecast
            tf = None
            if text.lower is None:
                if _timeframe_word(action):  # a timeframe's word is there
                    tf = _timeframe(body, p0, p1)
            elif memo is None:
                tf = _timeframe(body, p0, p1, text.words)
            else:  # (a long text: the word test, remembered by action, before the words)
                known = memo.get((5, action))
                if known is None:
                    known = memo[5, action] = _timeframe_word(action)
                if known:
                    tf = _timeframe(body, p0, p1, text.words)
            if tf is not None:
                t_end = _trim(body, tf[1], p1)[1] if tf[1] < p1 else p1
                cut = _trim(body, p0, tf[0])[1]
                # (an action of one word keeps its time: "leave on Tuesday")
                if (t_end == tf[1] or _trim(body, tf[1], p1)[0] >= p1) and len(
                    body[p0:cut].split()
                ) >= 2:
                    p1 = cut
            if p0 >= p1:
                continue
            if lead_time is not None:
                tf = tf or lead_time
                lead_time = None
            own = parties
            if (
                kind == "will"
                and len(pieces) > 1
                and p0 != word_start
                and _MEET_OBJECT.match(body, p0, None, _SERIAL)
            ):
                # "will travel to P and meet with Q's minister": the one met is bound by
                # this piece only
                own = _with_the_one_met(body, mentions, parties, cue, p0, p1)
            else:
                own = _partners_apart(body, mentions, own, defaults.at(cue[0]), p0, p1)
            found.append(_Found(modality, cue, (p0, p1), own, tf))
        taken.append((cue[1], end))
        reach = max(reach, end)
    # A headline restates the story's lead: not again when the body binds the same sides.
    bound: set[frozenset[str]] | None = None  # (the sides the body binds, read on a headline)
    for start, end, parties in _headline(text, mentions):
        if bound is None:
            bound = {frozenset(map(_CODE, f.parties)) for f in found}
        if frozenset(map(_CODE, parties)) in bound:
            continue
        if not any(a <= start < b for a, b in taken):
            found.append(_Found(Modality.WILL, (start, start), (start, end), parties, None))
    found.sort(key=lambda f: f.action[0])
    if len(found) > 1 and text.paragraphs:
        found = _drop_headline_repeats(body, text.paragraphs[0], found)
    found = _merge_repeats(body, found)
    if not found:
        return ()
    index = _area_index(areas)
    records = []
    for modality, (c0, c1), (a0, a1), parties, tf in found:
        # (By position, in the order of the fields: parties, action, modality, timeframe,
        # areas; the spans by keyword.)
        records.append(
            Commitment(
                parties,
                body[a0:a1],
                modality,
                None if tf is None else body[tf[0] : tf[1]],
                _areas_within(index, a0, a1),
                spans=(Span(c0, c1, "cue"), Span(a0, a1, "action"))
                if tf is None
                else (Span(c0, c1, "cue"), Span(a0, a1, "action"), Span(tf[0], tf[1], "timeframe")),
            )
        )
    return tuple(records)
