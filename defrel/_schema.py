"""The JSON Schema of a serialised ``Report``, generated from the attrs model.

Nothing here is written by hand per field: the schema walks ``attrs.fields`` and
the resolved type hints of each class, so it follows the model when the model
changes. It describes exactly what ``defrel.to_dict`` writes and what
``defrel.from_dict`` accepts: no extra keys, fields without a default required.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import inspect
import json
import types
import typing
from typing import Any

import attrs

from defrel import _model

__all__ = ["json_schema"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"
JSON = dict[str, Any]


def _summary(cls: type) -> str:
    doc = inspect.getdoc(cls) or ""
    return " ".join(doc.split("\n\n", 1)[0].split())


def _minimum(attribute: attrs.Attribute[Any]) -> int | None:
    """The least value the model accepts for the field, if it declares one (span offsets)."""
    minimum = attribute.metadata.get("minimum")
    return minimum if isinstance(minimum, int) else None


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, JSON] = {}

    def of(self, hint: object) -> JSON:
        origin = typing.get_origin(hint)
        args = typing.get_args(hint)
        if origin in (types.UnionType, typing.Union):
            return {"anyOf": [self.of(arg) for arg in args]}
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                return {"type": "array", "items": self.of(args[0])}
            return {
                "type": "array",
                "prefixItems": [self.of(arg) for arg in args],
                "items": False,
                "minItems": len(args),
            }
        if hint is type(None):
            return {"type": "null"}
        if hint is bool:
            return {"type": "boolean"}
        if hint is int:
            return {"type": "integer"}
        if hint is float:
            return {"type": "number"}
        if hint is str:
            return {"type": "string"}
        if hint is dt.date:
            return {"type": "string", "format": "date"}
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return self.enum(hint)
        if isinstance(hint, type) and attrs.has(hint):
            return self.ref(hint)
        msg = f"no JSON Schema for type {hint!r}"
        raise TypeError(msg)

    def enum(self, cls: type[enum.Enum]) -> JSON:
        values = [member.value for member in cls]
        kind = "string" if all(isinstance(v, str) for v in values) else "integer"
        self.defs[cls.__name__] = {"type": kind, "description": _summary(cls), "enum": values}
        return {"$ref": f"#/$defs/{cls.__name__}"}

    def ref(self, cls: type) -> JSON:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # reserve the name: recursive types stop here
            hints = typing.get_type_hints(cls)
            properties: dict[str, JSON] = {}
            required: list[str] = []
            for attribute in attrs.fields(cls):
                schema = self.of(hints[attribute.name])
                minimum = _minimum(attribute)
                if minimum is not None:
                    schema = {**schema, "minimum": minimum}
                properties[attribute.name] = schema
                if attribute.default is attrs.NOTHING:
                    required.append(attribute.name)
            self.defs[name] = {
                "type": "object",
                "description": _summary(cls),
                "properties": properties,
                "required": required,
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}


@functools.cache
def _schema_text() -> str:
    builder = _Builder()
    root = builder.ref(_model.Report)
    schema: JSON = {
        "$schema": _DIALECT,
        "title": "defrel Report",
        "description": "What defrel read in one document, as written by defrel.to_json.",
        **root,
        "$defs": dict(sorted(builder.defs.items())),
    }
    return json.dumps(schema)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a ``Report`` as ``defrel.to_json`` writes it.

    Generated from the model's attrs fields and type hints: dates are ISO
    strings (``format: date``), enums their values, tuples arrays, optional
    fields ``anyOf`` with ``null``. Each call returns a fresh dict.

    >>> schema = json_schema()
    >>> schema["$ref"], sorted(schema["$defs"])[:3]
    ('#/$defs/Report', ['Actor', 'AreaId', 'Channel'])
    >>> schema["$defs"]["Meeting"]["properties"]["status"]
    {'$ref': '#/$defs/MeetingStatus'}
    >>> schema["$defs"]["MeetingStatus"]["enum"]
    ['held', 'planned']
    >>> schema["$defs"]["Document"]["properties"]["published"]
    {'anyOf': [{'type': 'string', 'format': 'date'}, {'type': 'null'}]}
    >>> schema["$defs"]["Span"]["required"]
    ['start', 'end']
    """
    loaded: dict[str, Any] = json.loads(_schema_text())
    return loaded
