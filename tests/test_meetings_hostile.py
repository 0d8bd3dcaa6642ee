"""The cheap tests and memos of ``_meetings`` read as the plain ones they stand for."""

from __future__ import annotations

import datetime as dt

import pytest

from defrel import _meetings
from defrel._model import Country
from tests.test_robust import ADVERSARIAL


@pytest.mark.parametrize(
    "stretch",
    [
        " the main needs of",
        " the main body of",
        " an intent to",
        " ne",
        "",
        "   ",
        " a b c d goal",
        " a b c goal",
        " the İntent".lower(),
        " ſome",
    ],
)
def test_may_start_keys_read_as_the_words(stretch: str) -> None:
    for words in (_meetings._NOT_AN_ENCOUNTER_WORDS, _meetings._TOPIC_HINTS):
        keys = _meetings._first_three(words)
        for first in (3, 4):
            plain = (
                "ſ" in stretch
                or "\u0307" in stretch
                or any(t.startswith(words) for t in stretch.split(None, first)[:first])
            )
            assert _meetings._may_start(stretch, words, first, keys) is plain
            assert _meetings._may_start(stretch, words, first) is plain


def test_first_three_needs_three_letters() -> None:
    assert _meetings._first_three(("war", "test")) == {"war", "tes"}
    with pytest.raises(ValueError, match="ab"):
        _meetings._first_three(("ab", "test"))


def test_holds_reads_as_sets() -> None:
    india, japan = Country("IND", "India"), Country("JPN", "Japan")
    twin = Country("IND", "India")  # equal to ``india``, another object
    other = Country("IND", "Bharat")  # the same code, another name: not equal
    lists = [[], [india], [japan, india], [twin], [other], [india, india]]
    for big in lists:
        for small in lists:
            assert _meetings._holds(big, small) is (set(small) <= set(big))


def test_repeated_sentences_make_one_record() -> None:
    import defrel

    text = "Officials of India met officials of Japan on Monday. " * 40
    doc = defrel.Document(text=text, published=dt.date(2024, 3, 14))
    meetings = defrel.parse(doc).meetings
    assert len(meetings) == 1
    assert {c.code for c in meetings[0].countries} == {"IND", "JPN"}


def test_white_space_of_patterns_is_isspace() -> None:
    # ``_Parties._own`` reads the first character of a _TOPIC_AFTER match with str.isspace
    import regex

    every = "".join(map(chr, range(0x110000)))
    space = regex.compile(r"\s", regex.IGNORECASE)
    assert all(m.group().isspace() for m in space.finditer(every))
    for after in ["'s nuclear programme", "’s missiles", " threats", "\u3000war"]:
        assert _meetings._TOPIC_AFTER.match(after) is not None
        assert after[0].isspace() or after[0] in ("'", "’")


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("India and Japan discussed China's aggression when they met.", {"IND", "JPN"}),
        ("India and Japan discussed China\u3000threats when they met.", {"IND", "JPN"}),
        ("India and Japan discussed China\x01threats when they met.", {"IND", "JPN", "CHN"}),
    ],
)
def test_topic_after_a_country(text: str, parties: set[str]) -> None:
    import defrel

    doc = defrel.Document(text=text, published=dt.date(2024, 3, 14))
    meetings = defrel.parse(doc).meetings
    assert {c.code for m in meetings for c in m.countries} == parties


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials of India met officials of Japan on Monday. ",
        "India and Japan discussed China's aggression when they met. ",
        "India and Japan met to discuss China\u3000threats. ",
    ],
)
def test_topic_check_of_the_whole_text_reads_the_same(
    sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import defrel

    doc = defrel.Document(text=sentence * 40, published=dt.date(2024, 3, 14))
    assert len(defrel.parse(doc).meetings) >= 1
    whole = [(m, m.spans) for m in defrel.parse(doc).meetings]  # one test for the text
    monkeypatch.setattr(_meetings, "_TOPICS_FROM", 10**9)  # a test for each mention
    assert [(m, m.spans) for m in defrel.parse(doc).meetings] == whole


@pytest.mark.parametrize(
    "body",
    [
        "During the visit they met again. During the visit they met again.",
        "The talks were held after their meeting. The talks were held after their meeting.",
        "ΣΟΦΟΣ said the meeting was held. ΣΟΦΟΣ said the meeting was held.",
    ],
)
def test_back_or_frame_memo_hit_and_miss(body: str) -> None:
    from defrel._text import prepare

    text = prepare(body)
    found = _meetings._all_cues(text)
    hints = _meetings._Hints(text.lower)
    memo: dict[tuple[str, bool], tuple[bool, bool]] = {}
    for lo, hi in text.sentences:
        mine = [m for m in found if lo <= m.start() and m.end() <= hi]
        assert mine
        fresh = _meetings._cues(text.text, text.lower, mine, lo, hi, [], hints)
        assert _meetings._cues(text.text, text.lower, mine, lo, hi, [], hints, memo) == fresh
        assert _meetings._cues(text.text, None, mine, lo, hi, [], hints, memo) == fresh
    assert len(memo) < len(found)  # the second sentence's cues were read off the memo
    for (before, frameable), flags in memo.items():
        assert _meetings._back_or_frame(before, None, frameable=frameable) == flags


HOSTILE_BODIES = [
    "India \ud800 met \udfff Japan \ue000 said “\ud83d”. " * 6,
    "\x00India\x01met\x02Japan\x07\x08 said \x00“x\x00”." * 6,
    "India 👩🏽‍✈️ met 🤝 Japan 🇯🇵 said “🚀” will 💥 on Monday. 😀" * 4,
    "The joint working group met. Defence talks were held; the policy group met again. " * 3,
]


@pytest.mark.parametrize("body", HOSTILE_BODIES)
def test_all_cues_of_hostile_text_as_one_scan(body: str) -> None:
    from defrel._text import prepare

    text = prepare(body)
    assert text.lower is not None
    scan = [m.span() for m in _meetings._CUE.finditer(text.lower)]
    assert scan
    assert [m.span() for m in _meetings._all_cues(text)] == scan


@pytest.mark.parametrize("body", HOSTILE_BODIES)
def test_stretch_hints_read_as_the_set_of_words(body: str) -> None:
    from defrel._text import prepare

    body += " They met separately before the summit, ahead of the talks."
    words = prepare(body).words
    for lo in range(0, len(body), 7):
        for hi in range(lo, len(body) + 1, 11):
            i = _meetings._seek(words, lo)
            want = _meetings._hint_groups(_meetings._stretch_words(words, lo, hi, i))
            assert _meetings._stretch_hints(words, lo, hi, i) == want


# One spelling of each topic word of _TOPIC_AFTER (each optional letter both ways).
TOPIC_WORDS = (
    "aggression threat threats attack attacks invasion missile missiles regime proxies militia"
    " militias provocation provocations occupation drone drones behaviour behavior hostilities"
    " nuclear program crisis crises conflict conflicts war test tests pursuit pursuits ambition"
    " ambitions assertiveness expansion buildup build-up militarization militarisation peninsula"
).replace("nuclear program", "nuclear\u00a0program")


@pytest.mark.parametrize("word", TOPIC_WORDS.split(" "))
@pytest.mark.parametrize("lead", ["'s ", "’s growing ", " ", " its "])
def test_an_ascii_topic_match_holds_a_hint(word: str, lead: str) -> None:
    after = lead + word.upper().replace("\u00a0", " ") + " and more"
    topic = _meetings._TOPIC_AFTER.match(after)
    assert topic is not None
    if topic.group().isascii():
        assert _meetings._TOPIC_HINT.search(topic.group().lower()) is not None


MAIN_PAIR_BODIES = [
    "India and Japan met. France and India held talks. Threats from China were discussed.",
    "Japan met India. India met Japan. The threat from China, Russia and Iran was noted.",
    "Minister Ana Lopez of Spain met Paul Dumas of France. Spain and Portugal talked.",
    "Talks on tensions in Ukraine, Russia and Georgia. Officials of Peru met Chile.",
    "France. Spain. Italy. Germany. Italy. Spain. Germany. France.",
    "Only India is named here, twice: India.",
]


@pytest.mark.parametrize(
    "body",
    MAIN_PAIR_BODIES + [make(3000) for _, make in sorted(ADVERSARIAL.items())],
)
def test_main_pair_read_lazily_as_in_full(body: str) -> None:
    from defrel._mentions import find_mentions
    from defrel._text import prepare

    text = prepare(body)
    mentions = find_mentions(text, dt.date(2024, 3, 14))
    starts = list(map(_meetings._FIRST, text.sentences))
    lazy = _meetings._Parties(text.text, text, mentions, starts).main_pair(mentions)
    full = _meetings._Parties(text.text, text, mentions, starts).all_excluded()
    assert lazy == _meetings._main_pair(mentions, full)


def test_main_pair_leaves_mentions_that_cannot_count_undecided() -> None:
    from defrel._mentions import find_mentions
    from defrel._text import prepare

    text = prepare("India met Japan on Monday. " * 5 + "Tensions in China rose.")
    mentions = find_mentions(text, dt.date(2024, 3, 14))
    parties = _meetings._Parties(
        text.text, text, mentions, list(map(_meetings._FIRST, text.sentences))
    )
    assert [c.code for c in parties.main_pair(mentions)] == ["IND", "JPN"]
    assert None in parties.memo  # China's mention was never read


def test_seek_is_a_bisection() -> None:
    import bisect

    from defrel._text import prepare

    words = prepare("a bb ccc, dddd e. " * 40).words
    for start in range(0, len(words), 3):
        for pos in range(words[start][0], 800, 5):
            assert _meetings._seek(words, pos, start) == bisect.bisect_left(words, (pos,))


_SPAIN = "Defence Minister Ana Lopez of Spain"
_FRANCE = " the Minister of France Paul Dumas"
_ITALY = " the Chief of Italy Marco Rossi"
_GREECE = " the Minister of Greece Nikos Pappas"


@pytest.mark.parametrize(
    ("body", "records"),
    [
        # two countries after the cue split only where the meetings are said to be separate
        (
            _SPAIN + " separately met" + _FRANCE + " and" + _ITALY + " on Monday.",
            2,
        ),
        (
            _SPAIN + " met" + _FRANCE + " and" + _ITALY + " on Monday.",
            1,
        ),
        (
            _SPAIN + " met" + _FRANCE + "," + _ITALY + " and" + _GREECE + " on Monday.",
            2,  # a list of three splits (into two records here)
        ),
    ],
)
def test_split_by_country_needs_three_or_separate(body: str, records: int) -> None:
    import defrel

    doc = defrel.Document(text=body, published=dt.date(2024, 3, 14))
    assert len(defrel.parse(doc).meetings) == records


@pytest.mark.parametrize(
    "body",
    [
        "They discussed threats from China, Russia and Iran, and India met Japan in Tokyo.",
        "Talks on the situation in Syria and Iraq. Officials of France met Spain.",
        "India and Japan met. Tensions in Ukraine, Georgia and Moldova were raised by Poland.",
    ],
)
def test_parties_read_in_any_order_agree(body: str) -> None:
    from defrel._mentions import find_mentions
    from defrel._text import prepare

    text = prepare(body)
    mentions = find_mentions(text, dt.date(2024, 3, 14))
    starts = list(map(_meetings._FIRST, text.sentences))

    def fresh() -> _meetings._Parties:
        return _meetings._Parties(text.text, text, mentions, starts)

    assert len(mentions.countries) >= 4
    want = fresh().all_excluded()
    assert want  # a topic or a threat is read
    forward, backward = fresh(), fresh()
    ahead = {cm.start for cm in mentions.countries if forward.excluded(cm)}
    behind = {cm.start for cm in reversed(mentions.countries) if backward.excluded(cm)}
    assert ahead == behind == want
