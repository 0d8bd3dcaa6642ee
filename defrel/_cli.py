"""The command line, ``python -m defrel [PATH ...]`` (or ``defrel`` once installed).

Reads article files, folders of ``*.txt`` files and ``-`` (standard input), and writes
their reports as JSON, JSON lines, plain-text tables or a standalone HTML page. A file
that cannot be read is reported on standard error and the batch goes on; the exit
status is 1 when anything failed, 2 for a usage error, 0 otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Final

from defrel._errors import LoadError
from defrel._frame import COLUMNS, to_records
from defrel._json import to_dict
from defrel._load import load, split_header
from defrel._model import Document, Report
from defrel._parse import parse
from defrel._seeds import seed_folder

if TYPE_CHECKING:
    from defrel._frame import Table

__all__ = ["build_parser", "main"]

_PROG: Final = "python -m defrel"
_FORMATS: Final = ("json", "jsonl", "table", "html")
_TABLES: Final[tuple[Table, ...]] = ("meetings", "statements", "commitments", "areas")
_CELL_WIDTH: Final = 48

_EXAMPLES: Final = """\
examples:
  python -m defrel                              the bundled seed articles, as JSON
  python -m defrel article.txt                  one file
  python -m defrel news/ --format jsonl > out.jsonl
                                                a folder, one JSON report per line
  python -m defrel news/ --format table         meetings, statements, commitments, areas
  python -m defrel news/ --format html --output report.html
                                                a page with the findings highlighted
  curl -s https://example.org/a.txt | python -m defrel - --published 2024-05-13
                                                standard input, with its publication date

A file may begin with the header ' date YYYY-MM-DD ' giving its publication date;
--published gives it to files without one. Exit status: 0 all read, 1 some input
failed (each failure is reported on standard error), 2 bad usage.
"""


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        msg = f"not an ISO date (YYYY-MM-DD): {value!r}"
        raise argparse.ArgumentTypeError(msg) from exc


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with the examples in ``--help``.

    >>> args = build_parser().parse_args(["a.txt", "--format", "jsonl"])
    >>> args.paths, args.format, args.published
    (['a.txt'], 'jsonl', None)
    """
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description=(
            "Read English defence-diplomacy news and print what it reports: meetings,\n"
            "statements, commitments and cooperation areas, with their evidence spans."
        ),
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="an article file, a folder of *.txt articles, or - for standard input "
        "(default: the bundled seed articles)",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=_FORMATS,
        default="json",
        help="json: one array of reports (default); jsonl: one report per line; "
        "table: plain-text tables of the records; html: a standalone page",
    )
    parser.add_argument(
        "--published",
        type=_iso_date,
        metavar="DATE",
        help="publication date (YYYY-MM-DD) for input without a ' date ' header",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    parser.add_argument("--version", action="version", version=f"defrel {_version()}")
    return parser


def _version() -> str:
    from defrel import __version__  # noqa: PLC0415 - the package imports this module's users

    return __version__


class _Errors:
    """Reports failures on standard error, through tqdm while a bar is drawn."""

    def __init__(self) -> None:
        self.count = 0
        self.write: Callable[[str], None] = self._plain

    @staticmethod
    def _plain(line: str) -> None:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()

    def __call__(self, source: str, reason: object) -> None:
        self.count += 1
        self.write(f"defrel: {source}: {reason}" if source else f"defrel: {reason}")


def _read_stdin(published: dt.date | None) -> Document:
    data = sys.stdin.buffer.read()
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError("<stdin>", f"not UTF-8: undecodable byte at offset {exc.start}") from exc
    if not raw:
        raise LoadError("<stdin>", "the input is empty")
    header, body = split_header(raw, source="<stdin>")
    return Document(text=body, published=header or published, source="<stdin>")


def _progress(files: list[Path], label: str, errors: _Errors) -> Iterator[Path]:
    """The files, under a tqdm bar on standard error when it is a terminal and tqdm exists."""
    if not sys.stderr.isatty():
        yield from files
        return
    try:
        from tqdm import tqdm  # noqa: PLC0415 - tqdm is the optional 'cli' extra
    except ImportError:
        yield from files
        return
    with tqdm(files, desc=label, unit="file", file=sys.stderr, leave=False) as bar:
        errors.write = functools.partial(bar.write, file=sys.stderr)
        try:
            yield from bar
        finally:
            errors.write = _Errors._plain  # noqa: SLF001 - the class's own default


def _reports(paths: Sequence[str], published: dt.date | None, errors: _Errors) -> Iterator[Report]:
    for raw in paths:
        if raw == "-":
            try:
                yield parse(_read_stdin(published))
            except LoadError as exc:
                errors("", exc)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.glob("*.txt") if p.is_file())
            if not files:
                errors(raw, "no *.txt file in this folder")
            batch: Iterable[Path] = _progress(files, path.name or raw, errors)
        else:
            batch = (path,)
        for file in batch:
            report = _one(file, published, errors)
            if report is not None:
                yield report


def _one(file: Path, published: dt.date | None, errors: _Errors) -> Report | None:
    try:
        doc = load(file)
    except LoadError as exc:
        errors("", exc)
        return None
    if doc.published is None and published is not None:
        doc = Document(text=doc.text, published=published, source=doc.source)
    try:
        return parse(doc)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
        errors(str(file), f"could not be read: {type(exc).__name__}: {exc}")
        return None


def _cell(value: object) -> str:
    if value is None:
        return ""
    text = " ".join(str(value).split())
    return text if len(text) <= _CELL_WIDTH else text[: _CELL_WIDTH - 1] + "…"


def _text_table(title: str, columns: Sequence[str], rows: list[dict[str, object]]) -> str:
    cells = [[_cell(row[c]) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    lines = [f"{title} ({len(rows)})"]
    if rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
        lines.append("  ".join("-" * w for w in widths))
        lines.extend(
            "  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells
        )
    return "\n".join(lines)


def _write_tables(reports: list[Report], out: IO[str]) -> None:
    for i, table in enumerate(_TABLES):
        columns = [c for c in COLUMNS[table] if c not in ("start", "end", "published")]
        rows: list[dict[str, object]] = [
            {**row, "source": Path(str(row["source"])).name if row["source"] else ""}
            for row in to_records(reports, table)
        ]
        if i:
            out.write("\n")
        out.write(_text_table(table, columns, rows) + "\n")


def _emit(fmt: str, reports: Iterator[Report], out: IO[str]) -> None:
    if fmt == "jsonl":
        for report in reports:
            out.write(json.dumps(to_dict(report), ensure_ascii=False) + "\n")
            out.flush()
        return
    collected = list(reports)
    if fmt == "json":
        out.write(json.dumps([to_dict(r) for r in collected], ensure_ascii=False, indent=2) + "\n")
    elif fmt == "table":
        _write_tables(collected, out)
    else:
        from defrel._html import to_html  # noqa: PLC0415 - only the html format needs it

        out.write(to_html(collected))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status (1 when some input failed).

    >>> import os
    >>> main(["/no/such/file.txt", "--output", os.devnull])
    1
    """
    args = build_parser().parse_args(argv)
    paths: list[str] = args.paths or [str(seed_folder())]
    errors = _Errors()
    reports = _reports(paths, args.published, errors)
    try:
        with contextlib.ExitStack() as stack:
            out: IO[str] = sys.stdout
            if args.output:
                out = stack.enter_context(Path(args.output).open("w", encoding="utf-8"))
            _emit(args.format, reports, out)
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as other filters do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except OSError as exc:
        errors(args.output or "<stdout>", f"cannot be written: {exc.strerror or exc}")
        return 1
    return 1 if errors.count else 0
