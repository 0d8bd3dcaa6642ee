"""The cooperation-area stage: the fields of cooperation, from the fixed taxonomy."""

from __future__ import annotations

from defrel._model import CooperationArea
from defrel._text import Text
from defrel._types import Mentions

__all__ = ["find_areas"]


def find_areas(text: Text, mentions: Mentions) -> tuple[CooperationArea, ...]:
    """Find the fields of cooperation that ``text`` names as subjects of the relation.

    >>> from defrel._text import prepare
    >>> find_areas(prepare(""), Mentions())
    ()
    """
    del text, mentions
    return ()
