"""The commitment stage: what the parties bound themselves to do."""

from __future__ import annotations

from defrel._model import Commitment, CooperationArea, Meeting, Statement
from defrel._text import Text
from defrel._types import DateMention, Mentions

__all__ = ["find_commitments"]


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
    """
    del text, mentions, dates, meetings, statements, areas
    return ()
