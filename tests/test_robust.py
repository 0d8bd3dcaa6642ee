"""Hostile and broken input (issue 6): never crash, never hang, never lose a byte.

The generators here are shared: ``tests/test_properties.py`` draws from ``DOMAIN`` and
``tests/benchmarks/bench.py --adversarial`` times every kind in ``ADVERSARIAL`` at 1 MB.
"""

from __future__ import annotations

import datetime as dt
import random
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import regex

import defrel
from defrel import _guard
from defrel._model import Span

# -- the vocabulary the extractors listen for (sentences and names written for these tests) --

TITLES = (
    "Defence Minister",
    "Defense Secretary",
    "Secretary of Defense",
    "Prime Minister",
    "President",
    "General",
    "Admiral",
    "Chief of Naval Staff",
    "Foreign Minister",
    "Ambassador",
    "Lt. Gen.",
    "Mr.",
)
NAMES = ("Arjun Mehta", "Claire Dubois", "Kenji Sato", "Olu Adeyemi", "Maria Lindqvist", "Sato")
COUNTRIES = (
    "India",
    "the United States",
    "U.S.",
    "US",
    "Japan",
    "Australia",
    "France",
    "Indian",
    "American",
    "Japanese",
    "the Philippines",
    "India-US",
    "New Delhi",
    "Washington",
    "Tokyo",
    "the Pentagon",
)
VERBS = (
    "met",
    "said",
    "held talks with",
    "visited",
    "called",
    "spoke by phone with",
    "signed",
    "agreed to",
    "will",
    "shall",
    "committed to",
    "look forward to",
    "are expected to",
    "told reporters",
    "tweeted",
    "according to",
    "is scheduled to visit",
)
AREAS = (
    "maritime security",
    "cyber",
    "space",
    "joint exercises",
    "defence industry",
    "co-production",
    "artificial intelligence",
    "supply chains",
    "counter-terrorism",
    "humanitarian assistance",
    "technology transfer",
    "training",
)
DATES = (
    "on Monday",
    "last week",
    "next month",
    "later this month",
    "12 March 2024",
    "March 12, 2024",
    "2024-03-12",
    "on Tuesday",
    "in 2025",
    "this year",
    "tomorrow",
    "May",
)
QUOTES = ('"', "'", "“", "”", "‘", "’", "«", "»", "„", "‟", "‹", "›", "「", "」", "``", "''")
HANDLES = ("@DefMinIndia", "@SecDef", "@JPN_MOD", "@", "@@x", "@_")
PUNCTUATION = (".", ",", ";", ":", "!", "?", " -- ", " — ", "(", ")", "...", "\n", "\n\n", "\r\n")
DOMAIN = TITLES + NAMES + COUNTRIES + VERBS + AREAS + DATES + QUOTES + HANDLES + PUNCTUATION


def domain_text(rng: random.Random, size: int, *, newlines: bool = True) -> str:
    """About ``size`` characters of news-like text built from the vocabulary above."""
    parts: list[str] = []
    total = 0
    while total < size:
        sentence = (
            f"{rng.choice(TITLES)} {rng.choice(NAMES)} of {rng.choice(COUNTRIES)} "
            f"{rng.choice(VERBS)} {rng.choice(COUNTRIES)} {rng.choice(DATES)} on "
            f"{rng.choice(AREAS)}. {rng.choice(QUOTES)}We {rng.choice(VERBS)} deepen "
            f"{rng.choice(AREAS)} with {rng.choice(COUNTRIES)},{rng.choice(QUOTES)} "
            f"{rng.choice(NAMES)} said {rng.choice(DATES)}. {rng.choice(HANDLES)} "
        )
        if newlines and rng.random() < 0.3:
            sentence += "\n"
        parts.append(sentence)
        total += len(sentence)
    return "".join(parts)[:size]


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // max(len(unit), 1) + 1))[:size]


def _soup(rng: random.Random, size: int) -> str:
    parts: list[str] = []
    total = 0
    while total < size:
        part = rng.choice(DOMAIN) + rng.choice((" ", "", ",", ".", "\n"))
        parts.append(part)
        total += len(part)
    return "".join(parts)[:size]


def _rng(seed: int = 20240601) -> random.Random:
    return random.Random(seed)  # noqa: S311 - reproducible test data, not secrets


# One generator per kind of hostile input: size in characters -> text.
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "empty": lambda _size: "",
    "whitespace only": lambda size: _repeat(" \t\n\r\n\u00a0\u2003\u2028\u3000\f\v", size),
    "one line, news text, no line break": lambda size: domain_text(_rng(), size, newlines=False),
    "nothing but quote marks": lambda size: _repeat("".join(QUOTES), size),
    "unmatched quote marks in text": lambda size: _repeat("“ India said ", size),
    "unmatched quote marks only opening": lambda size: _repeat("“", size),
    "NUL and control characters": lambda size: _repeat(
        "\x00India\x01met\x02Japan\x07\x08\x1b[0m\x7f\x85\u200b\ufeff said \x00“x\x00”.", size
    ),
    "RTL text and combining marks": lambda size: _repeat(
        "\u202eوزير الدفاع\u202c قال \u05e9\u05e8 \u200fIndia\u200e met e"
        + "\u0301" * 40
        + " Z\u0336\u0335\u0334a\u0489 said. ",
        size,
    ),
    "emoji": lambda size: _repeat(
        "🇮🇳🇺🇸 India 👩🏽‍✈️ met 🤝 Japan 🇯🇵 said “🚀🛰️” will 💥 on Monday. 😀" * 2, size
    ),
    "HTML": lambda size: _repeat(
        '<html><head><script>var q = "\'"; if (a < b && c > d) {}</script></head>'
        '<body><p class="x">Defence Minister <b>Arjun Mehta</b> met his &ldquo;Japanese'
        "&rdquo; counterpart on Monday.</p><!-- said “ --><div><a href='/x?y=\"'>said</a>"
        "</div><br/>&amp;&nbsp;&#8220;We will train.&#8221;</body></html>\n",
        size,
    ),
    "mixed scripts and non-English text": lambda size: _repeat(
        "Le ministre de la Défense a rencontré son homologue indien lundi. "
        "Der Verteidigungsminister sagte: „Wir werden zusammenarbeiten.“ "
        "Министр обороны Индии встретился с коллегой. 防衛大臣は月曜日に会談した。"
        "रक्षा मंत्री ने कहा। Ο υπουργός είπε «ναι». India مع Japan said 国防部. ",
        size,
    ),
    "mojibake": lambda size: _repeat(
        "Defence Minister Arjun Mehta said â€œWe will trainâ€\x9d on Monday. Ã©Ã¨Ã  Â£ ", size
    ),
    "long line without punctuation": lambda size: _repeat(
        "the minister met the general and said the navy will train with the army ", size
    ),
    "long run of capitalised words": lambda size: _repeat(
        "Defence Minister General Secretary Admiral India Japan President Arjun Mehta ", size
    ),
    "long run of and": lambda size: _repeat("and ", size),
    "countries joined by and": lambda size: _repeat("India and Japan and France and ", size),
    "many dates": lambda size: _repeat(
        "on Monday 12 March 2024, 2024-03-12, last week, next month, March 12, May 2025 and ",
        size,
    ),
    "many digits": lambda size: (
        _repeat("1234567890", size // 2)
        + _repeat(" 1,000,000.50 2024 12/03/2024 ", size - size // 2)
    ),
    "one long word": lambda size: _repeat("a", size),
    "dots and spaces": lambda size: (
        _repeat("." * 50 + " " * 50 + "x ", size // 2) + "." * (size // 4) + " " * (size // 4) + "x"
    ),
    "sentence ends": lambda size: _repeat("a. B? c! “D.” E.) (F. ", size),
    "many handles": lambda size: _repeat("@DefMinIndia @SecDef met @x_y said @ @@ ", size),
    "lone surrogates and private use": lambda size: _repeat(
        "India \ud800 met \udfff Japan \ue000\U0010ffff said “\ud83d”. ", size
    ),
    "random unicode": lambda size: "".join(
        chr(c) for c in _rng(7).choices(range(0x110000), k=size)
    ),
    "random domain soup": lambda size: _soup(_rng(11), size),
    # One sentence that never ends, dense with the cues of one stage: every stage reads the
    # sentence around each cue, so these caught scans that ran to the sentence's end.
    "one sentence of modals": lambda size: _repeat(
        "the navies will deepen maritime security and counter-terrorism cooperation and ", size
    ),
    "one sentence of quotations": lambda size: _repeat(
        'General Ana Ruiz, the army chief, said "we will train together" and ', size
    ),
    "one sentence of reported speech": lambda size: _repeat("The Minister said the ", size),
    # A cue whose pattern needs a literal the text lacks ("concurred ... to"): ``regex``
    # looked for it up to the end of the text at every cue.
    "one sentence of agreements": lambda size: _repeat(
        "the ministers concurred that the alliance should be ready and ", size
    ),
    # A lone surname that speaks, never given a first name: the statement stage looked for
    # one back to the text's start at every attribution.
    "one sentence of a surname's reports": lambda size: _repeat(
        "Lindqvist who is in Oslo says the navies will train and ", size
    ),
    # A handle that speaks, never signed "(@handle)": the statement stage looked for its
    # signature through the whole text at every attribution.
    "one sentence of a handle's posts": lambda size: _repeat(
        "@soto wrote that the navies will train and ", size
    ),
    # A body's initials before its release, never spelt out: the statement stage looked for
    # "(RRN)" through the whole text at every attribution.
    "a page of a body's releases": lambda size: _repeat(
        "The two sides discussed maritime security, an RRN press release said. ", size
    ),
}


# -- checks -------------------------------------------------------------------------------


def _records(report: defrel.Report) -> Iterator[tuple[str, object, tuple[Span, ...]]]:
    """Every record that carries spans, with a label for messages."""
    for i, m in enumerate(report.meetings):
        yield f"meetings[{i}]", m, m.spans
        for j, a in enumerate(m.participants):
            yield f"meetings[{i}].participants[{j}]", a, a.spans
    for i, s in enumerate(report.statements):
        yield f"statements[{i}]", s, s.spans
        if s.speaker is not None:
            yield f"statements[{i}].speaker", s.speaker, s.speaker.spans
    for i, c in enumerate(report.commitments):
        yield f"commitments[{i}]", c, c.spans
    for i, area in enumerate(report.areas):
        yield f"areas[{i}]", area, area.spans
    for i, actor in enumerate(report.actors):
        yield f"actors[{i}]", actor, actor.spans


def _claimed_surface(record: object, span: Span) -> tuple[str | None, ...] | None:
    """The texts a span may cover, where the model's semantics fix them (None: no claim).

    A statement's ``quote`` span covers its text, a commitment's ``action`` and
    ``timeframe`` spans cover those fields, a meeting's ``location`` span its location,
    an actor's ``handle`` span one of its handles.
    """
    claims: dict[tuple[type, str], Callable[[Any], tuple[str | None, ...]]] = {
        (defrel.Statement, "quote"): lambda r: (r.text,),
        (defrel.Commitment, "action"): lambda r: (r.action,),
        (defrel.Commitment, "timeframe"): lambda r: (r.timeframe,),
        (defrel.Meeting, "location"): lambda r: (r.location,),
        (defrel.Actor, "handle"): lambda r: r.handles,
    }
    claim = claims.get((type(record), span.role))
    return None if claim is None else claim(record)


def assert_valid_spans(report: defrel.Report) -> None:
    """Every span lies in the body; where a record claims a surface, the body holds it there."""
    body = report.document.text
    size = len(body)
    # A speaker or participant is the same Actor object under every record that names it,
    # with every span of that actor: checking it once per record was quadratic (10 MB of
    # one-line news: minutes in this loop, for a parse of seconds).
    checked: set[int] = set()
    for where, record, spans in _records(report):
        if id(record) in checked:
            continue
        checked.add(id(record))
        for span in spans:
            assert isinstance(span, Span), f"{where}: {span!r} is not a Span"
            assert 0 <= span.start <= span.end <= size, f"{where}: {span} outside 0..{size}"
            surfaces = _claimed_surface(record, span)
            if surfaces is not None:
                got = body[span.start : span.end]
                assert got in surfaces, f"{where}: span {span} covers {got!r}, claims {surfaces!r}"


def parse_in_time(text: str, seconds: float | None = None) -> defrel.Report:
    """Parse in a daemon thread; fail (not hang) when it takes far too long.

    The bound (by default 60 s, or 10 s a megabyte for more) only catches hangs: it is ten
    times the "about 1 s per MB" of issue 6. The benchmark measures; tests never assert a time.
    The bound is on the CPU time the process spends while the parse runs (a hang spins), so
    a machine busy with other work does not fail it; a parse that neither ends nor spins
    (a wait) fails at five times the bound in wall time.
    """
    if seconds is None:
        seconds = max(60.0, 10.0 * len(text) / 1_000_000)
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["report"] = defrel.parse(text, published=dt.date(2024, 3, 14))
        except BaseException as exc:  # noqa: BLE001 - handed back to the test thread
            box["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    cpu0, wall0 = time.process_time(), time.monotonic()
    worker.start()
    while worker.is_alive():
        worker.join(1.0)
        cpu, wall = time.process_time() - cpu0, time.monotonic() - wall0
        if worker.is_alive() and (cpu > seconds or wall > 5 * seconds):
            pytest.fail(
                f"parse() still running after {cpu:.0f} s of CPU ({wall:.0f} s) on "
                f"{len(text):,} chars"
            )
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    report = box["report"]
    assert isinstance(report, defrel.Report)
    return report


# -- the adversarial suite ----------------------------------------------------------------

# Large enough to expose quadratic behaviour, small enough for CI; 10 MB for the one-line case.
SIZES = {
    "one line, news text, no line break": 10_000_000,
    "one sentence of modals": 400_000,
    "one sentence of quotations": 400_000,
    "one sentence of reported speech": 400_000,
    "one sentence of agreements": 6_000_000,
    "one sentence of a surname's reports": 1_000_000,
    "one sentence of a handle's posts": 3_000_000,
    "a page of a body's releases": 1_000_000,
}
DEFAULT_SIZE = 100_000


# Kinds with a known defect, until the stage is fixed (strict xfails: a fix turns them into
# failures). None at present: the last one, quadratic fallback-speaker lookup in commitments on
# a 10 MB single line, was fixed.
_KNOWN: dict[str, pytest.MarkDecorator] = {}


@pytest.mark.parametrize(
    "kind",
    [pytest.param(k, marks=_KNOWN[k]) if k in _KNOWN else k for k in sorted(ADVERSARIAL)],
)
def test_hostile_input_returns_a_report_with_valid_spans(kind: str) -> None:
    text = ADVERSARIAL[kind](SIZES.get(kind, DEFAULT_SIZE))
    report = parse_in_time(text)
    assert report.document.text is text or report.document.text == text
    assert_valid_spans(report)


def test_100k_unmatched_quote_marks() -> None:
    text = "".join(QUOTES[i % len(QUOTES)] + "x " for i in range(100_000))
    assert sum(text.count(q) for q in QUOTES if len(q) == 1) >= 100_000
    assert_valid_spans(parse_in_time(text))


@pytest.mark.parametrize("kind", sorted(ADVERSARIAL))
def test_small_hostile_inputs(kind: str) -> None:
    # The same kinds at article size, where every extractor gets a word in.
    for size in (1, 2, 7, 100, 2_000):
        assert_valid_spans(parse_in_time(ADVERSARIAL[kind](size)))


def test_news_text_exercises_the_extractors() -> None:
    # Not hostile: proof that the generator speaks the extractors' language.
    report = parse_in_time(domain_text(_rng(3), 20_000))
    assert_valid_spans(report)
    assert report.meetings
    assert report.statements
    assert report.commitments
    assert report.areas


@pytest.mark.parametrize(
    "value", [b"India met Japan.", None, 42, 4.2, ["India"], {"text": "x"}, bytearray(b"x")]
)
def test_non_text_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError, match=r"expects a defrel\.Document or a str"):
        defrel.parse(value)  # type: ignore[arg-type]


def test_bad_published_raises_type_error() -> None:
    with pytest.raises(TypeError, match="published"):
        defrel.parse("Text.", published="2024-01-01")  # type: ignore[arg-type]


# -- determinism and threads ---------------------------------------------------------------


def _corpus() -> list[defrel.Document]:
    rng = _rng(5)
    texts = [domain_text(rng, n) for n in (0, 50, 400, 2_000, 2_000, 6_000)]
    texts += [
        ADVERSARIAL[k](3_000) for k in ("HTML", "emoji", "mixed scripts and non-English text")
    ]
    return [defrel.Document(t, dt.date(2024, 3, 14)) for t in texts]


def test_same_input_same_output_spans_included(seed_doc: defrel.Document) -> None:
    for doc in [seed_doc, *_corpus()]:
        first, second = defrel.parse(doc), defrel.parse(doc)
        assert first == second
        assert defrel.to_json(first) == defrel.to_json(second)  # == leaves spans out


def test_eight_threads_agree_with_sequential(seed_doc: defrel.Document) -> None:
    docs = [seed_doc, *_corpus()] * 4
    sequential = [defrel.to_json(defrel.parse(d)) for d in docs]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda d: defrel.to_json(defrel.parse(d)), docs))
    assert threaded == sequential


# -- the guard degrades gracefully ---------------------------------------------------------

_CATASTROPHIC = regex.compile(r"(?:a+)+b")


def test_guard_gives_up_quietly_on_a_catastrophic_pattern() -> None:
    text = "a" * 5_000
    box: dict[str, object] = {}

    def run() -> None:
        box["found"] = list(_guard.finditer(_CATASTROPHIC, text))
        box["first"] = _guard.search(_CATASTROPHIC, text)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(30)
    assert not worker.is_alive()
    assert box == {"found": [], "first": None}


def test_guard_keeps_what_it_found_before_the_budget_ran_out() -> None:
    text = "ab " * 10 + "a" * 5_000
    found = [m.group() for m in _guard.finditer(_CATASTROPHIC, text)]
    assert found == ["ab"] * 10


def _burn(seconds: float) -> None:
    """Spend ``seconds`` of this thread's CPU time."""
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def test_untimed_initialiser_is_not_charged_to_the_deadline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A deadline of 20 ms of CPU time; an initialiser that spends 50 ms inside it.
    monkeypatch.setattr(_guard, "_DOC_FLOOR", 0.02)
    monkeypatch.setattr(_guard, "_DOC_PER_CHAR", 0.0)
    digit = regex.compile(r"\d")

    @_guard.untimed
    def slow_table() -> int:
        _burn(0.05)
        return 1

    def charged() -> int:
        _burn(0.05)
        return 1

    with _guard.deadline(10):
        slow_table()
        assert not _guard.spent()
        assert _guard.search(digit, "a1") is not None
    with _guard.deadline(10):
        charged()
        assert _guard.spent()
        assert _guard.search(digit, "a1") is None


def test_untimed_outside_a_deadline_sets_none() -> None:
    calls: list[int] = []

    @_guard.untimed
    def table() -> int:
        calls.append(1)
        return 7

    assert table() == 7
    assert calls == [1]
    assert not _guard.spent()


# -- reproducers found by the generators, one per defect, until the stage is fixed ---------

_CALL_THEN_SIGNING = (
    "Ambassador Sato of US spoke by phone with France this year on artificial intelligence. "
    "Defence Minister Claire Dubois of the Philippines signed the Pentagon March 12, 2024 "
    "on supply chains."
)


def test_meeting_location_span_covers_its_location() -> None:
    assert_valid_spans(parse_in_time(_CALL_THEN_SIGNING))


def test_records_cite_only_their_own_mentions_of_an_actor() -> None:
    # A speaker or participant inside a record carries the mentions that record rests on; the
    # report's actors carry them all. Otherwise a report grows with records x mentions.
    words = [
        "navies",
        "armies",
        "pilots",
        "cadets",
        "ships",
        "drills",
        "radars",
        "bases",
        "ports",
        "medics",
        "engineers",
        "divers",
    ]
    rng = _rng(3)
    units = (
        "Defence Minister Arjun Mehta met Japanese Defence Minister Kenji Sato in Tokyo.\n\n"
        f"“Our {' and '.join(rng.sample(words, 4))} will train together,” Mehta said.\n\n"
        for _ in range(150)
    )
    report = defrel.parse("".join(units), published=dt.date(2024, 3, 1))
    mehta = next(a for a in report.actors if a.name == "Arjun Mehta")
    assert len(mehta.spans) >= 300
    cited = [(s.speaker, s.spans) for s in report.statements if s.speaker is not None]
    assert len(cited) >= 30
    cited += [(p, m.spans) for m in report.meetings for p in m.participants]
    for actor, evidence in cited:
        assert actor.spans
        assert {(x.start, x.end) for x in actor.spans} <= {(x.start, x.end) for x in evidence}
        assert set(actor.spans) <= set(next(a for a in report.actors if a == actor).spans)
    assert len(defrel.to_json(report)) < 40 * len(report.document.text)
