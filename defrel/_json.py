"""Lossless JSON for the model, through one cattrs converter built at import.

Dates are ISO strings, enums their values, spans included: ``from_json(to_json(x),
type(x)) == x`` and the spans survive too.
"""

from __future__ import annotations

import datetime as dt
import json
import typing
from typing import Any, TypeVar

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from defrel import _model
from defrel._errors import SerializationError

__all__ = ["from_dict", "from_json", "to_dict", "to_json"]

T = TypeVar("T")

_ISO_DATE_LENGTH = len("2024-01-31")


def _structure_date(value: object, _type: type) -> dt.date:
    # Only the form ``to_json`` writes (YYYY-MM-DD): Python's fromisoformat also takes
    # "20240101" or week dates, which would not round-trip.
    if not isinstance(value, str):
        msg = f"expected an ISO date string, got {type(value).__name__}"
        raise TypeError(msg)
    if len(value) != _ISO_DATE_LENGTH or value[4] != "-" or value[7] != "-":
        msg = f"expected a date as YYYY-MM-DD, got {value!r}"
        raise ValueError(msg)
    return dt.date.fromisoformat(value)


def _structure_str(value: object, _type: type) -> str:
    if not isinstance(value, str):
        msg = f"expected a string, got {type(value).__name__}"
        raise TypeError(msg)
    return value


def _structure_int(value: object, _type: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected an integer, got {type(value).__name__}"
        raise TypeError(msg)
    return value


def _is_tuple(type_: object) -> bool:
    return typing.get_origin(type_) is tuple


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True)

    def structure_tuple(value: object, type_: Any) -> Any:  # noqa: ANN401 - any tuple type
        # A string is iterable, but "" is not a list of handles.
        if not isinstance(value, list | tuple):
            msg = f"expected a JSON array, got {type(value).__name__}"
            raise TypeError(msg)
        return conv._structure_tuple(value, type_)  # noqa: SLF001 - cattrs' own tuple logic

    conv.register_structure_hook_func(_is_tuple, structure_tuple)
    # No silent coercion: 3 is not a name and "3" is not an offset.
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, _structure_date)
    for cls in (
        _model.Span,
        _model.Country,
        _model.Actor,
        _model.CooperationArea,
        _model.Meeting,
        _model.Statement,
        _model.Commitment,
        _model.Document,
        _model.Report,
    ):
        # Spans are kept out of == but never out of the JSON.
        conv.register_unstructure_hook(cls, make_dict_unstructure_fn(cls, conv))
        conv.register_structure_hook(
            cls, make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True)
        )
    return conv


_CONVERTER = _make_converter()


def to_dict(obj: object) -> Any:  # noqa: ANN401 - JSON-shaped data has no narrower type
    """Turn a model object into plain JSON-ready data.

    >>> to_dict(_model.Country("JPN", "Japan"))
    {'code': 'JPN', 'name': 'Japan'}
    """
    return _CONVERTER.unstructure(obj)


def from_dict(data: object, cls: type[T]) -> T:
    """Build a model object of type ``cls`` from plain data, or raise ``SerializationError``.

    >>> from_dict({"code": "JPN", "name": "Japan"}, _model.Country)
    Country(code='JPN', name='Japan')
    >>> from_dict({"code": "JPN"}, _model.Country)
    Traceback (most recent call last):
    ...
    defrel._errors.SerializationError: not a valid Country
      required field missing @ $.name
    """
    if not isinstance(data, dict):
        msg = f"not a valid {cls.__name__}"
        raise SerializationError(msg, (f"expected a JSON object at $, got {type(data).__name__}",))
    try:
        return _CONVERTER.structure(data, cls)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as exc:
        problems = (
            tuple(cattrs.transform_error(exc, path="$"))
            if isinstance(exc, cattrs.BaseValidationError)
            else (str(exc),)
        )
        msg = f"not a valid {cls.__name__}"
        raise SerializationError(msg, problems) from exc


def to_json(obj: object, *, indent: int | None = None) -> str:
    """Serialise a model object as a JSON string.

    >>> to_json(_model.Span(0, 5, "date"))
    '{"start": 0, "end": 5, "role": "date"}'
    """
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Parse JSON text into a model object of type ``cls``.

    >>> from_json('{"start": 0, "end": 5, "role": ""}', _model.Span)
    Span(start=0, end=5, role='')
    >>> from_json('{"start": 0', _model.Span)
    Traceback (most recent call last):
    ...
    defrel._errors.SerializationError: malformed JSON
      line 1 column 12 (char 11): Expecting ',' delimiter
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        detail = f"line {exc.lineno} column {exc.colno} (char {exc.pos}): {exc.msg}"
        raise SerializationError("malformed JSON", (detail,)) from exc
    except (UnicodeDecodeError, TypeError) as exc:
        raise SerializationError("malformed JSON", (str(exc),)) from exc
    except RecursionError as exc:  # nesting deeper than the interpreter's stack
        raise SerializationError("malformed JSON", ("nested too deeply",)) from exc
    except ValueError as exc:  # e.g. an integer of more than 4300 digits
        raise SerializationError("malformed JSON", (str(exc),)) from exc
    return from_dict(data, cls)
