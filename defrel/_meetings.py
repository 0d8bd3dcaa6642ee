"""The meeting stage: talks, visits, calls, dialogues, summits and signings."""

from __future__ import annotations

import datetime as dt

from defrel._model import CooperationArea, Meeting
from defrel._text import Text
from defrel._types import DateMention, Mentions

__all__ = ["find_meetings"]


def find_meetings(
    text: Text,
    published: dt.date | None,
    mentions: Mentions,
    dates: tuple[DateMention, ...],
    areas: tuple[CooperationArea, ...],
) -> tuple[Meeting, ...]:
    """Find the encounters ``text`` reports, one record each.

    >>> from defrel._text import prepare
    >>> find_meetings(prepare(""), None, Mentions(), (), ())
    ()
    """
    del text, published, mentions, dates, areas
    return ()
