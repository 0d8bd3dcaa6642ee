"""The date stage: find date phrases with their offsets, resolve them against publication."""

from __future__ import annotations

import datetime as dt

from defrel._text import Text
from defrel._types import DateMention

__all__ = ["find_dates"]


def find_dates(text: Text, published: dt.date | None) -> tuple[DateMention, ...]:
    """Find the date phrases in ``text`` and resolve them against ``published``.

    >>> from defrel._text import prepare
    >>> find_dates(prepare(""), None)
    ()
    """
    del text, published
    return ()
