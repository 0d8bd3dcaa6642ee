"""Quotation marks: where each quotation opens and closes, in one linear pass per paragraph."""

from __future__ import annotations

import attrs
import regex

from defrel._text import Text

__all__ = ["Quote", "find_quotes"]

_MARK = regex.compile(r"""["“”„«»'‘’]""")
_DOUBLE = frozenset('"“”„')
_SINGLE = frozenset("'‘’")
_QUOTES = _DOUBLE | _SINGLE | frozenset("«»")
# Characters after which a mark may open a quotation, and before which one may close it.
_OPEN_AFTER = frozenset("([{—–-/:;,") | _QUOTES
_CLOSE_BEFORE = frozenset(".,;:!?)]}—–-…") | _QUOTES


@attrs.frozen(slots=True)
class Quote:
    """A quotation inside one paragraph: marks at ``open`` and ``close``.

    ``close`` is the offset of the closing mark, or the paragraph end when the
    quotation is never closed (``closed`` is then False). ``chain`` numbers the
    quotations of one passage that runs over several paragraphs.
    """

    open: int
    close: int
    closed: bool
    chain: int

    @property
    def inner(self) -> tuple[int, int]:
        """The offsets of the quoted words, without the marks."""
        return self.open + 1, self.close

    @property
    def end(self) -> int:
        """The offset just after the quotation (after its closing mark)."""
        return self.close + 1 if self.closed else self.close


def _can_open(text: str, i: int, p0: int, p1: int, mark: str) -> bool:
    before = text[i - 1] if i > p0 else " "
    after = text[i + 1] if i + 1 < p1 else " "
    if after.isspace():
        return False
    if not (before.isspace() or before in _OPEN_AFTER):
        return False
    if mark in _SINGLE:
        # '90s and 'em are elisions, not quotations.
        return after.isalpha() or after in '“"'
    return True


def _can_close(text: str, i: int, p0: int, p1: int, mark: str) -> bool:
    before = text[i - 1] if i > p0 else " "
    after = text[i + 1] if i + 1 < p1 else " "
    if before.isspace():
        return False
    if mark in _SINGLE and before.isalpha() and after.isalpha():
        return False  # don't, India's
    return after.isspace() or after in _CLOSE_BEFORE or not after.isalnum()


def _family(mark: str) -> str:
    if mark in _DOUBLE:
        return "double"
    if mark in _SINGLE:
        return "single"
    return "guillemet"


def _paragraph_quotes(text: str, p0: int, p1: int) -> tuple[list[tuple[int, int, bool]], bool]:
    """Quotes of one paragraph, and whether the last one is left open at its end."""
    out: list[tuple[int, int, bool]] = []
    open_at = -1
    family = ""
    for match in _MARK.finditer(text, p0, p1):
        i = match.start()
        mark = match.group()
        if open_at < 0:
            if mark == "»":
                continue
            if mark == "«" or _can_open(text, i, p0, p1, mark):
                open_at, family = i, _family(mark)
            continue
        fam = _family(mark)
        if family == "guillemet":
            if mark == "»":
                out.append((open_at, i, True))
                open_at = -1
            continue
        if fam != family:
            continue  # a nested quotation of the other family
        if _can_close(text, i, p0, p1, mark):
            out.append((open_at, i, True))
            open_at = -1
        elif _can_open(text, i, p0, p1, mark) and family == "double":
            # The earlier mark was never closed: it stops where the new one opens.
            stop = i
            while stop > open_at + 1 and text[stop - 1].isspace():
                stop -= 1
            out.append((open_at, stop, False))
            open_at = i
    left_open = False
    if open_at >= 0 and family != "single":
        stop = p1
        while stop > open_at + 1 and text[stop - 1].isspace():
            stop -= 1
        out.append((open_at, stop, False))
        left_open = True
    return out, left_open


def find_quotes(text: Text) -> tuple[Quote, ...]:
    """Every quotation in ``text``, in order, one per paragraph it covers.

    A quotation left open at a paragraph's end continues when the next
    paragraph opens with a quotation mark: the two share a ``chain``.

    >>> from defrel._text import prepare
    >>> t = prepare('He said: “We will go. Now.” It\\'s \\'90s talk, \\'a b c d\\'.')
    >>> [t.text[q.open + 1 : q.close] for q in find_quotes(t)]
    ['We will go. Now.', 'a b c d']
    """
    body = text.text
    quotes: list[Quote] = []
    chain = -1
    continuing = False
    for p0, p1 in text.paragraphs:
        found, left_open = _paragraph_quotes(body, p0, p1)
        for k, (start, stop, closed) in enumerate(found):
            first_opens_paragraph = k == 0 and start == p0
            if not (continuing and first_opens_paragraph):
                chain += 1
            quotes.append(Quote(start, stop, closed, chain))
        continuing = left_open
    return tuple(quotes)
