"""The prefilters of the meeting stage's look-backs keep every stretch the patterns match."""

from __future__ import annotations

import random

import pytest

from defrel import _meetings

# Words that open, continue or break the look-backs of ``_back_or_frame`` (with their case,
# hyphens and punctuation), and characters that send a stretch to the patterns themselves.
_VOCAB = [
    *("the", "The", "THE", "their", "this", "that", "these", "those", "his", "her", "its"),
    *("same", "bathe", "xthe", "(the", "«the", "-the", "_the", "the,", "2the"),
    *("during", "amid", "at", "in", "after", "following", "since", "before", "on", "On"),
    *("ahead", "of", "prior", "to", "sidelines", "(during", "within", "ahead-of"),
    *("said", "says", "stressed", "told", "noted", "added", "remarked", "stated", "a", "an"),
    *("official", "visit", "two-day", "delegation-level", "India-US", "high-level", "x-", "-x"),
    *("a-b-c", "a--b", "met", "talks", "2024", "U.S.", "don't", "minister,", "it's", "_", "__"),
    *("Aé", "naïve", "’s", "\t", "\x1c", "\x7f", "İ", "ſ"),
]


def _stretches(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)  # noqa: S311 - a fixed sample of stretches, no secret
    out = []
    for _ in range(count):
        words = rng.choices(_VOCAB, k=rng.randint(0, 9))
        gaps = rng.choices([" ", " ", " ", "  ", ""], k=len(words))
        out.append("".join(w + g for w, g in zip(words, gaps, strict=True)))
    return out


@pytest.mark.parametrize("seed", range(8))
def test_back_or_frame_reads_as_the_patterns(seed: int) -> None:
    for before in _stretches(seed, 2500):
        for frameable in (False, True):
            want = (
                bool(_meetings._BACK.search(before)),
                frameable
                and bool(_meetings._FRAME.search(before))
                and not _meetings._SAID_DURING.search(before),
            )
            assert _meetings._back_or_frame(before, None, frameable=frameable) == want, before


@pytest.mark.parametrize(
    ("before", "back", "frame"),
    [
        ("officials said the delegation-level bilateral ", True, False),
        ("officials said the India-US ", False, False),
        ("They spoke (during ", False, True),
        ("on the sidelines of a regional security ", False, True),
        ("prior to ", False, True),
        ("the minister said during a short ", False, False),
        ("the talks held during an ", False, True),  # (an encounter after "an" is no pointer back)
        ("during the two-day ", True, False),
        ("the visit", False, False),
        ("", False, False),
    ],
)
def test_back_or_frame_on_printable_ascii(before: str, back: bool, frame: bool) -> None:
    assert _meetings._back_or_frame(before, None, frameable=True) == (back, frame)
