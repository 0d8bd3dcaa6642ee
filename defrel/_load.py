"""The loader: the only place defrel touches the file system."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import regex

from defrel._errors import LoadError
from defrel._model import Document

__all__ = ["load", "load_dir", "split_header"]

_HEADER = regex.compile(r"\A date (\S+) ")
_ISO = regex.compile(r"\A\d{4}-\d{2}-\d{2}\Z")


def split_header(raw: str, *, source: str = "<string>") -> tuple[dt.date | None, str]:
    """Split the `` date YYYY-MM-DD `` header off an article: (published, body).

    >>> split_header(" date 2023-06-05 India and the US met.")
    (datetime.date(2023, 6, 5), 'India and the US met.')
    >>> split_header("No header here.")
    (None, 'No header here.')
    >>> split_header(" date 2023-13-45 Body")
    Traceback (most recent call last):
    ...
    defrel._errors.LoadError: <string>: impossible header date '2023-13-45': month must be in 1..12
    """
    match = _HEADER.match(raw)
    if match is None:
        return None, raw
    token = match.group(1)
    if not _ISO.match(token):
        raise LoadError(source, f"header date {token!r} is not an ISO date (YYYY-MM-DD)")
    try:
        published = dt.date.fromisoformat(token)
    except ValueError as exc:
        raise LoadError(source, f"impossible header date {token!r}: {exc}") from exc
    return published, raw[match.end() :]


def load(path: str | os.PathLike[str]) -> Document:
    """Read one article file into a ``Document``; every failure is a ``LoadError``.

    The body is the decoded text after the header, byte for byte (line endings
    and trailing white space included); a UTF-8 BOM is dropped.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_bytes(b"\\xef\\xbb\\xbf date 2024-05-13 Talks were held.\\r\\n")
    >>> doc = load(p)
    >>> doc.published, doc.text
    (datetime.date(2024, 5, 13), 'Talks were held.\\r\\n')
    """
    name = os.fspath(path)
    try:
        data = Path(name).read_bytes()
    except FileNotFoundError as exc:
        raise LoadError(name, "no such file") from exc
    except IsADirectoryError as exc:
        raise LoadError(name, "is a folder, not a file (use load_dir)") from exc
    except OSError as exc:
        raise LoadError(name, f"cannot be read: {exc.strerror or exc}") from exc
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        reason = f"not UTF-8: undecodable byte 0x{data[exc.start]:02x} at offset {exc.start}"
        raise LoadError(name, reason) from exc
    if not raw:
        raise LoadError(name, "the file is empty")
    published, body = split_header(raw, source=name)
    return Document(text=body, published=published, source=name)


def load_dir(path: str | os.PathLike[str], pattern: str = "*.txt") -> Iterator[Document]:
    """Load every article file in a folder, in name order.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "b.txt").write_text(" date 2020-01-02 Second.")
    >>> _ = (d / "a.txt").write_text("First.")
    >>> [doc.text for doc in load_dir(d)]
    ['First.', 'Second.']
    """
    folder = Path(os.fspath(path))
    if not folder.is_dir():
        raise LoadError(os.fspath(path), "not a folder")
    for file in sorted(p for p in folder.glob(pattern) if p.is_file()):
        yield load(file)
