"""``python -m defrel [PATH ...]``: print the reports of articles as JSON.

With no path it reads the bundled seed articles.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from defrel._errors import LoadError
from defrel._json import to_dict
from defrel._load import load
from defrel._model import Document
from defrel._parse import parse
from defrel._seeds import seed_folder

__all__ = ["main"]


def _documents(paths: Sequence[str]) -> Iterator[Document | LoadError]:
    for raw in paths:
        path = Path(raw)
        files = sorted(p for p in path.glob("*.txt") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            try:
                yield load(file)
            except LoadError as exc:
                yield exc


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (1 when a file failed).

    >>> main(["/no/such/file.txt"])
    1
    """
    parser = argparse.ArgumentParser(prog="python -m defrel", description=__doc__)
    parser.add_argument("paths", nargs="*", help="article files or folders (default: the seeds)")
    args = parser.parse_args(argv)
    paths = args.paths or [str(seed_folder())]
    failed = False
    reports = []
    for item in _documents(paths):
        if isinstance(item, LoadError):
            print(f"defrel: {item}", file=sys.stderr)  # noqa: T201 - the CLI's own error channel
            failed = True
            continue
        reports.append(to_dict(parse(item)))
    sys.stdout.write(json.dumps(reports, ensure_ascii=False, indent=2) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
