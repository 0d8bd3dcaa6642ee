"""The plain readings that spare a costly pattern give what the pattern gives.

Each fast path of the ninth speed round reads the usual case off the words and leaves the
rest to its pattern: here each is checked against the pattern itself, on rows written for
the case it reads, the cases it must leave alone, and on seeded random soups of the words
that make it hesitate.
"""

from __future__ import annotations

import random

import pytest
import regex

from defrel import _dates, _mentions, _text
from defrel._gaz_countries import COUNTRIES
from defrel._text import prepare
from defrel._types import CountryMention


class _NoMemo:
    """A ``_Back`` that always runs the pattern (no memo), for comparisons."""

    def span(
        self, pattern: regex.Pattern[str], text: str, start: int, end: int, group: int | str = 0
    ) -> tuple[int, int] | None:
        m = pattern.match(text, start, end)
        return None if m is None else m.span(group)


def _name_ref(text: str, pos: int) -> tuple[int, int] | None:
    m = _mentions._NAME.match(text, pos)
    return None if m is None else m.span()


@pytest.mark.parametrize(
    ("text", "pos"),
    [
        ("met Ana Lopez on Monday", 4),  # plain words, then a small word
        ("met Ana Lopez, who", 4),  # a stop after the last word
        ("met Ana de Lopez", 4),  # a particle: the pattern decides
        ("met Ana McLopez", 4),  # a capital inside a word
        ("met Ana O'Lopez", 4),  # an apostrophe
        ("met Ana Lopez-Ruiz", 4),  # a hyphen
        ("met Ana J. Lopez", 4),  # an initial
        ("met Ana Lopéz said", 4),  # a letter outside ASCII
        ("met Ana Bo Cy Dee Eve Fay Gus Hal Ida", 4),  # more than seven words
        ("met US Navy", 4),  # no plain first word
        ("met Ana  Lopez", 4),  # two spaces
    ],
)
def test_name_span_is_the_pattern(text: str, pos: int) -> None:
    assert _mentions._name_span(text, pos) == _name_ref(text, pos)


def _nbv_ref(text: str, vs: int) -> tuple[int, int, int] | None:
    """``_name_before_verb_in`` with the pattern after every prefilter (no plain reading)."""
    v0 = vs - 70 if vs > 70 else 0
    if text[vs - 1 : vs] != " " or vs < 2:
        return None
    word = _mentions._small_word_before(text, vs)
    if word not in _mentions._VERB_ADVERBS:
        return None
    if word is None and text[vs - 2] in _mentions._ENDS_NO_NAME:
        return None
    nb = _mentions._NAME_BEFORE_VERB.match(text, v0, vs)
    return None if nb is None else (nb.start() - vs, nb.start("name") - vs, nb.end("name") - vs)


@pytest.mark.parametrize(
    "text",
    [
        "In Lima, Ana Lopez also said",  # an adverb after a plain name
        "The Minister later said",
        "(Ana Lopez has said",  # a stop before the name
        "Ana Lopez, 54, also said",  # an age: the pattern decides
        "the talks. They further said",
        "and they also said",  # no name
    ],
)
def test_name_before_an_adverb_is_the_pattern(text: str) -> None:
    vs = len(text) - len("said")
    assert _mentions._name_before_verb_in(text, vs) == _nbv_ref(text, vs)


@pytest.mark.parametrize(
    "text",
    [", Ana Lopez", ", Dr Ana Lopez", ", General Ana Lopez", " Ana", " counterpart, Ana", ",Ana"],
)
def test_between_is_the_pattern(text: str) -> None:
    m = _mentions._BETWEEN.match(text, 0)
    assert _mentions._between(text, 0) == (None if m is None else (m.end(), m.group("hon")))


def _ranked_ref(text: str, pos: int) -> tuple[int, str | None] | None:
    m = _mentions._RANKED.match(text, pos)
    return None if m is None else (m.end(), m.group("hon"))


@pytest.mark.parametrize(
    "text",
    [
        "General Ana Lopez",  # one honorific, then a name
        "Dr. Ana Lopez",  # with its full stop
        "Major General Ana Lopez",  # another honorific follows: the pattern decides
        "General said",  # a small letter after it: no match
        "Air Force General Lopez",  # no honorific alone
        "Sen. Ana Lopez",  # a look-ahead: the pattern decides
        "General (Retd) Ana Lopez",
        "His visit",
        "Marine Lopez",  # no honorific alone
    ],
)
def test_ranked_is_the_pattern(text: str) -> None:
    assert _mentions._ranked(text, 0) == _ranked_ref(text, 0)


def _left_ref(text: str, hs: int) -> tuple[int, int] | None:
    lo = hs - 60 if hs > 60 else 0
    m = _mentions._LEFT.match(text, lo, hs)
    return None if m is None else m.span()


@pytest.mark.parametrize(
    "text",
    [
        "the Deputy Prime Minister",  # two one-word entries
        "the Chilean Defence Minister",  # one
        "Acting Deputy Vice Prime Minister",  # four: the repeat's limit
        "the External Affairs Minister",  # a longer entry: the pattern decides
        "the U.S. Defence Minister",  # no plain word before them: the pattern decides
        "his Minister",  # none
        "after the talks, Minister",  # a word ending on a stop: no entry ends there
        "LIMA \u2014 Defence Minister",  # a dash before the entry
        "the meeting.\nchilean defence Minister",  # a line break inside the word before
        "Deputy Prime Minister",  # the text's start
        "the Vice-Prime Minister",  # a hyphen: the pattern decides
        "the r\u00e9gion Defence Minister",  # a letter outside ASCII: the pattern decides
    ],
)
def test_left_is_the_pattern(text: str) -> None:
    hs = len(text) - len("Minister")
    assert _mentions._left_span(text, hs, _NoMemo()) == _left_ref(text, hs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "met the visiting Chilean ",
        "met their ",
        "met the talks. The ",
        "met xthe ",  # a letter before the determiner
        "met -the new ",
        "met the é ",  # outside ASCII: the pattern decides
        "met with a b c d e ",  # more words than the pattern takes
    ],
)
def test_determiner_is_the_pattern(text: str) -> None:
    ts = len(text)
    m = _mentions._DETERMINER.match(text, max(0, ts - 50), ts)
    expected = None if m is None else m.span()
    assert _mentions._determiner_span(text, ts, _NoMemo()) == expected  # type: ignore[arg-type]


def test_one_word_past_forms() -> None:
    # read off the pattern; each is matched alone, as "past"
    assert {"met", "said", "held", "had"} <= _dates._ONE_WORD_PAST
    assert not {"was", "were", "have", "would", "will", "to"} & _dates._ONE_WORD_PAST


def _cue_sig(m: regex.Match[str] | None) -> object:
    return None if m is None else (m.span(), m.group(), m.group("fut"), m.group("past"))


@pytest.mark.parametrize(
    "text",
    [
        "They discussed the plan and MET on Monday",
        "The armed forces, united, were set to meet",
        "She looked forward to it and said so",
        "They have had talks and will have more",
        "He \u212aicked off and asked",  # a letter lowering to ASCII: the pattern decides
        "They discussed’s and signed-off",
    ],
)
def test_tense_cues_are_the_pattern(text: str) -> None:
    words = prepare(text).words
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1, 3):
            got = _dates._cues(text, words, a, b)
            scan = list(
                regex.compile(_dates._TENSE.pattern, _dates._TENSE.flags).finditer(text, a, b)
            )
            assert _cue_sig(got) == _cue_sig(scan[-1] if scan else None)


@pytest.mark.parametrize(
    "text",
    [
        "One.\n\nTwo.",  # a line break and a capital
        "One.\n\n\u201cTwo.",  # a quote: the pattern decides
        "One.\n \t2 more",
        "One.\n\nand more",  # a small letter: no end
        "One.\xa0Two.",  # white space outside ASCII
        "One." + " " * 80 + "Two.",  # a long run of white space
    ],
)
def test_sentence_ends_are_the_pattern(text: str) -> None:
    expected = [m.span() for m in _text._SENTENCE_END.finditer(text)]
    assert _text._sentence_ends(text) == expected


def test_plain_readings_on_random_soups() -> None:
    rng = random.Random(9)  # noqa: S311 - a seeded soup, not a secret
    words = [
        *["Ana", "Lopez", "also", "said", "the", "de", "Dr.", "General", "Major", "Deputy"],
        *["Prime", "their", "xthe", "U.S.", "O'Neil", "Lopez-Ruiz", "é", ",", "(", "54,"],
    ]
    back = _NoMemo()
    for _ in range(3000):
        soup = " ".join(rng.choice(words) for _ in range(rng.randint(1, 8))) + " "
        end = len(soup)
        text = soup + "Minister said"
        assert _mentions._left_span(text, end, back) == _left_ref(text, end)  # type: ignore[arg-type]
        m = _mentions._DETERMINER.match(text, max(0, end - 50), end)
        assert _mentions._determiner_span(text, end, back) == (None if m is None else m.span())  # type: ignore[arg-type]
        vs = len(text) - len("said")
        assert _mentions._name_before_verb_in(text, vs) == _nbv_ref(text, vs)
        for pos in range(len(text)):
            if text[pos].isupper():
                assert _mentions._name_span(text, pos) == _name_ref(text, pos)
                assert _mentions._ranked(text, pos) == _ranked_ref(text, pos)


@pytest.mark.parametrize(
    "text",
    [
        "the Chilean visiting Minister",  # a word of the gap: the pattern decides
        "Chile's new Minister",
        "the Chilean army Minister",  # a plain word: no country before the office
        "Chilean renew Minister",  # a gap word ending another word
        "the Chilean Minister",  # the country right before
    ],
)
def test_country_before_is_the_pattern(text: str) -> None:
    found = regex.compile(r"Chile(?:an)?(?:['’]s)?")
    chile = COUNTRIES["CHL"]
    mentions = [CountryMention(m.start(), m.end(), chile, "name") for m in found.finditer(text)]
    countries = _mentions._Countries(mentions)
    pos = len(text) - len("Minister")
    gap = _mentions._GAP.match(text, max(0, pos - 40), pos)
    right = countries.by_end.get(pos - 1)
    expected: CountryMention | None
    if right is not None and _mentions._gap_is_space(text, right.start, pos):
        expected = right
    else:
        expected = countries.by_end.get(gap.start()) if gap else None
    assert _mentions._country_before(text, countries, pos) == expected
