"""Example tables for the text stage: sentences written for these tests."""

from __future__ import annotations

import pytest
import regex

from defrel import _text
from defrel._text import prepare


def _sentences_paragraph_by_paragraph(text: str) -> list[tuple[int, int]]:
    """The sentences as found by a scan of each paragraph apart (the reference)."""
    stops = {m.start() for m in _text._ABBREVIATION_STOP.finditer(text)}
    out: list[tuple[int, int]] = []
    for p0, p1 in _text._paragraphs(text):
        begin = p0
        for match in _text._SENTENCE_END.finditer(text, p0, p1):
            if match.start() in stops:
                continue
            out.append((begin, match.end()))
            begin = match.end()
            while begin < p1 and text[begin].isspace():
                begin += 1
        stop = p1
        while stop > begin and text[stop - 1].isspace():
            stop -= 1
        if stop > begin:
            out.append((begin, stop))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "One ends here.\nTwo starts here. Three follows!\n\nFour asks? Five.",
        "A line ends.  \n  (Next) line opens with a bracket.\r\nLast “quote.”\n“Then” more.",
        "They met Mr.\nSmith on the line after. Gen. Roe spoke. U.S. troops left.\n",
        "No stop at all\nnor here\r\rbut here. X\u2028Y. Z.\u001c\nW.",
        "Wait... what?! Yes.\n\n\n   \nAbc. 12 more. @handle next.",
    ],
)
def test_sentences_found_in_one_scan_equal_those_of_each_paragraph(text: str) -> None:
    assert list(prepare(text).sentences) == _sentences_paragraph_by_paragraph(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Roe met Ms. Doe. They talked.", ["Mr. Roe met Ms. Doe.", "They talked."]),
        ("It ended.\nA new one.", ["It ended.", "A new one."]),
        ("Troops of the U.S. Army left. Then.", ["Troops of the U.S. Army left.", "Then."]),
        ("small start. then no split.", ["small start. then no split."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    t = prepare(text)
    assert [text[s:e] for s, e in t.sentences] == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a",
        "Minister, the: minister—x_y 12 z",
        "é\u0301 Ǆ ſ naïve\u00a0x",
        "\ud800 a \x00b",
        # A few word characters outside ASCII in mostly ASCII text: start, middle, end, alone.
        "Élan of the envoy Peña, who said “yes” to a plan in Zürich on Tuesday, with ü again",
        "The talks ended at noon and the delegation left for the airport after lunch ß",
    ],
)
def test_words_are_the_runs_of_word_characters(text: str) -> None:
    import regex

    low = text.lower()
    want = tuple((m.start(), m.group()) for m in regex.finditer(r"\w+", low))
    assert _text._words(low) == want


def test_a_lost_space_after_a_full_stop_still_ends_the_sentence() -> None:
    t = prepare("The envoys met the delegation.They talked. See example.com today. Mr.Roe came.")
    assert [t.text[a:b] for a, b in t.sentences] == [
        "The envoys met the delegation.",
        "They talked.",
        "See example.com today.",
        "Mr.Roe came.",
    ]


@pytest.mark.parametrize(
    ("body", "first"),
    [
        ("LIMA, May 1 (Andina) -- The talks opened. They ended.", "LIMA, May 1 (Andina) --"),
        ("Lima (Andina) – The talks opened. They ended.", "Lima (Andina) –"),
        ("LIMA - The talks opened. They ended.", "LIMA -"),
        ("Chile-Peru ties - A new era. They ended.", "Chile-Peru ties - A new era."),
    ],
)
def test_a_wire_dateline_is_a_sentence_of_its_own(body: str, first: str) -> None:
    t = prepare(body)
    assert t.text[slice(*t.sentences[0])] == first


@pytest.mark.parametrize(
    "text",
    [
        "",
        "One. Two! Three? 4 x. 5 @h. @i... Dots.. two?! Mixed.",
        "U.S. Army met him.It said so. abc.De and é.Ab or xyz.DE, a.b.c. end.",
        'He said. "Quoted." (Bracket.) [Square.] ’Curly.’ Right.” Next.\nLine. \tTab.',
        "Ends with a stop.",
        "Ends with a space. ",
        "Capital outside ASCII. Östen came. Then. Ωmega? ¿Qué? ok.\u00a0Non-breaking.",
        ". Leading stop. ! ? .A ?B !c",
        "Run.... Of dots. " + "." * 30 + " Dense. text. A. B. C. D. E. F.",
    ],
)
def test_sentence_ends_read_at_terminators_equal_the_scan(text: str) -> None:
    from defrel import _text

    want = [m.span() for m in _text._SENTENCE_END.finditer(text)]
    assert _text._sentence_ends(text) == want


def test_no_sentence_ends_after_the_characters_said_to_end_nothing() -> None:
    white = [c for c in map(chr, range(128)) if regex.match(r"\s", c)]
    assert white == ["\t", "\n", "\x0b", "\x0c", "\r", " "]
    for c in _text._NO_END_AFTER - {""}:
        for text in (f"ab.{c}Cd", f"abc.{c} D", f"x!{c}", "abc?" + c):
            want = [m.span() for m in _text._SENTENCE_END.finditer(text)]
            assert _text._sentence_ends(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "the navy will train with the army and " * 200,  # words and spaces, no sentence end
        "x" * 2_500 + " tail of it",  # one word longer than the bound: cut inside it
        "A short one. " + "and the two sides will meet again " * 100 + "in May. Next one.",
        "first line of it " * 90 + "\n" + "second   line,   spaced " * 60,
    ],
)
def test_a_sentence_without_an_end_is_cut_at_white_space_into_bounded_pieces(text: str) -> None:
    t = prepare(text)
    assert t.sentences
    for start, end in t.sentences:
        assert 0 < end - start <= _text._SENTENCE_MAX
        piece = text[start:end]
        assert piece == piece.strip()
    # Nothing but white space is lost between the pieces of a paragraph.
    for (_, e0), (s1, _) in zip(t.sentences, t.sentences[1:], strict=False):
        assert not text[e0:s1].strip()
    kept = "".join("".join(text[s:e].split()) for s, e in t.sentences)
    assert kept == "".join(text.split())


def test_sentences_under_the_bound_are_not_cut() -> None:
    text = "The ministers agreed " + "to deepen ties and " * 40 + "to meet."
    assert len(text) < _text._SENTENCE_MAX
    assert prepare(text).sentences == ((0, len(text)),)


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # A long line of prose cut before a line that opens in small letters runs on.
        (
            (
                "The envoy also met the Foreign Minister of Ruritania Ann Roe\n"
                "and the Chief of Defence Staff, General Ivo Pell."
            ),
            True,
        ),
        (
            (
                "Officials of both states signed the framework for the next ten\n"
                "years in a ceremony at the ministry."
            ),
            True,
        ),
        # A line that ends on a stop, a short line, or a next line in capitals stays apart.
        ("The envoy also met the Foreign Minister of Ruritania, Ann Roe.\nand then left.", False),
        ("Expedited Talks\nand a new plan were agreed.", False),
        ("The envoy also met the Foreign Minister of Ruritania Ann Roe\nThe talks ended.", False),
    ],
)
def test_a_hard_wrap_before_a_line_in_small_letters(text: str, joined: bool) -> None:
    assert (len(prepare(text).paragraphs) == 1) is joined
