"""The statement stage: direct quotes, unmarked speech and reported speech, with speakers."""

from __future__ import annotations

from defrel._model import Statement
from defrel._text import Text
from defrel._types import Mentions

__all__ = ["find_statements"]


def find_statements(text: Text, mentions: Mentions) -> tuple[Statement, ...]:
    """Find what was said in ``text`` and by whom.

    >>> from defrel._text import prepare
    >>> find_statements(prepare(""), Mentions())
    ()
    """
    del text, mentions
    return ()
