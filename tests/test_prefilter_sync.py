"""Prefilters and shortcuts that stand in for a pattern stay in step with it.

``_meetings._status`` skips ``_dates.tense_at`` where no future cue can be in reach, read
off ``_FUTURE_WORDS`` and ``_FUTURE_ALONE``: every alternative of the ``fut`` group of
``_dates._TENSE`` must hold one of those words (or, for ``_FUTURE_ALONE``, the string).
An alternative added to the pattern without its word would be skipped silently.

``_meetings._LONE_CUES`` match a cue word alone where ``_CUE`` would: probed here.
"""

from __future__ import annotations

import regex

from defrel import _dates, _meetings


def _group(source: str, name: str) -> str:
    """The source of the named group ``name`` in ``source`` (without its parentheses)."""
    start = source.index(f"(?P<{name}>") + len(f"(?P<{name}>")
    depth = 0
    for i in range(start, len(source)):
        c = source[i]
        if c == "\\":
            continue
        if c == "(" and source[i - 1] != "\\":
            depth += 1
        elif c == ")" and source[i - 1] != "\\":
            if depth == 0:
                return source[start:i]
            depth -= 1
    msg = f"group {name} not closed"
    raise ValueError(msg)


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of ``source``."""
    out, depth, last = [], 0, 0
    for i, c in enumerate(source):
        if source[i - 1 : i] == "\\":
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(source[last:i])
            last = i + 1
    out.append(source[last:])
    return [a for a in (a.strip() for a in out) if a]


def _words(alternative: str) -> set[str]:
    """The literal words of an alternative, look-arounds and escapes left out."""
    without = regex.sub(r"\(\?<?[!=](?:[^()]|\((?:[^()])*\))*\)", "", alternative)
    without = regex.sub(r"\\[a-zA-Z]", " ", without)
    return set(regex.findall(r"[a-z]{2,}", without))


def test_every_future_alternative_holds_a_listed_word() -> None:
    fut = _group(_dates._TENSE.pattern, "fut")
    alternatives = _alternatives(fut)
    assert len(alternatives) >= 10
    listed = _meetings._FUTURE_WORDS
    for alternative in alternatives:
        words = _words(alternative)
        assert words & listed or any(a in w for w in words for a in _meetings._FUTURE_ALONE), (
            alternative
        )


def test_the_check_fails_for_a_new_alternative() -> None:
    # The check itself: a new cue word would be caught.
    assert not (_words("imminent\\s+(?!not)") & _meetings._FUTURE_WORDS)
    assert _words("(?:set|due)\\s+to") == {"set", "due", "to"}


def test_a_lone_cue_matches_as_the_whole_cue_pattern() -> None:
    # ``_meetings._LONE_CUES``: at one of its words, only the branch of ``_CUE`` that is the
    # word itself can match, in the same group. A branch added to ``_CUE`` that goes on
    # from one of these words ("met with ...") would break that; the probes catch it. (Each
    # probe keeps the word whole: the lone pattern is looked up by the whole word.)
    befores = ("", "the ", "they ", "a two-day ", "india-japan ", "(")
    afters = (
        *("", " ", ".", ",", "-", " with", " on", " in", " the", " to", " and"),
        *(" of", " for", " at", " by", " between", " held", " talks", " minister", "'s"),
    )
    for word, lone in _meetings._LONE_CUES.items():
        for before in befores:
            for after in afters:
                text = before + word + after + " x"
                at = len(before)
                full = _meetings._CUE.match(text, at)
                alone = lone.match(text, at)
                got = None if alone is None else (alone.span(), alone.lastgroup)
                want = None if full is None else (full.span(), full.lastgroup)
                assert got == want, (word, text)
