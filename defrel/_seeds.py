"""Where the bundled seed articles live (read only by the loader and the command line)."""

from __future__ import annotations

from pathlib import Path

__all__ = ["seed_folder"]


def seed_folder() -> Path:
    """The folder of sample articles: ``seeds/`` in a checkout, ``defrel/seeds`` in a wheel.

    >>> seed_folder().name
    'seeds'
    """
    here = Path(__file__).resolve().parent
    bundled = here / "seeds"
    return bundled if bundled.is_dir() else here.parent / "seeds"
