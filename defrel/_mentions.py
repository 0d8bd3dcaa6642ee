"""The mention stage: countries, people (with their offices), organisations and places."""

from __future__ import annotations

import datetime as dt

from defrel._text import Text
from defrel._types import Mentions

__all__ = ["find_mentions"]


def find_mentions(text: Text, published: dt.date | None) -> Mentions:
    """Find every country, person, organisation and place mentioned in ``text``.

    >>> from defrel._text import prepare
    >>> find_mentions(prepare(""), None)
    Mentions(countries=(), actors=(), people=(), places=(), organisations=(), dateline=None)
    """
    del text, published
    return Mentions()
