"""Shared fixtures: the seed article and hypothesis profiles bounded for CI."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import defrel

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = SEEDS / "000_0ca675f7fd96116d.txt"

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=30, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(scope="session")
def seed_doc() -> defrel.Document:
    return defrel.load(SEED)


@pytest.fixture(scope="session")
def seed_report(seed_doc: defrel.Document) -> defrel.Report:
    return defrel.parse(seed_doc)
