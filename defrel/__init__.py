"""defrel: read defence diplomacy out of English news text.

>>> import defrel
>>> report = defrel.parse("Talks were held.")
>>> report.meetings, report.statements
((), ())
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from defrel._errors import DefrelError, LoadError, SerializationError
from defrel._frame import to_frame, to_records
from defrel._html import to_html
from defrel._json import from_dict, from_json, to_dict, to_json
from defrel._load import load, load_dir
from defrel._model import (
    Actor,
    AreaId,
    Channel,
    Commitment,
    CooperationArea,
    Country,
    Document,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Modality,
    Report,
    Span,
    Statement,
    StatementKind,
)
from defrel._schema import json_schema

if TYPE_CHECKING:
    from defrel._parse import parse

__all__ = [
    "Actor",
    "AreaId",
    "Channel",
    "Commitment",
    "CooperationArea",
    "Country",
    "DefrelError",
    "Document",
    "LoadError",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Modality",
    "Report",
    "SerializationError",
    "Span",
    "Statement",
    "StatementKind",
    "from_dict",
    "from_json",
    "json_schema",
    "load",
    "load_dir",
    "parse",
    "to_dict",
    "to_frame",
    "to_html",
    "to_json",
    "to_records",
]

__version__ = "0.1.0.dev0"


def __getattr__(name: str) -> object:
    # The pipeline (its stages compile many patterns) loads on first use of ``parse``,
    # so that ``import defrel`` stays quick for code that only loads or reads reports.
    if name == "parse":
        from defrel._parse import parse  # noqa: PLC0415

        globals()["parse"] = parse
        return parse
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
