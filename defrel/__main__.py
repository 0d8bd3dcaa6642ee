"""``python -m defrel [PATH ...]``: the command line (see ``defrel._cli``)."""

from __future__ import annotations

import sys

from defrel._cli import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
