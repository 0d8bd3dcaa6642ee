"""The documentation: the tutorial notebook runs, and the site's navigation is complete."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
NOTEBOOK = DOCS / "tutorial.ipynb"


def test_tutorial_notebook_runs() -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    with warnings.catch_warnings():
        # Jupyter's own start-up chatter (paths, zmq) is not ours to fix.
        warnings.simplefilter("ignore")
        client = nbclient.NotebookClient(
            notebook,
            timeout=300,
            kernel_name="python3",
            resources={"metadata": {"path": str(DOCS)}},
        )
        client.execute()
    outputs = [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.outputs]
    assert not [out for out in outputs if out.output_type == "error"]
    pages = [out.data["text/html"] for out in outputs if "text/html" in out.get("data", {})]
    assert any('<div class="defrel-report">' in page and "dr-place" in page for page in pages)
    assert any(page.startswith('<table class="defrel-record">') for page in pages)


def test_notebook_is_stored_without_outputs() -> None:
    nbformat = pytest.importorskip("nbformat")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    assert all(not cell.outputs and cell.execution_count is None for cell in code)


def _nav() -> list[str]:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = text.split("\nnav:\n", 1)[1].split("\n\n", 1)[0]
    return re.findall(r":\s*(\S+\.md)\s*$", nav, flags=re.MULTILINE)


def test_every_page_is_in_the_nav_and_exists() -> None:
    nav = _nav()
    assert len(nav) == len(set(nav))
    assert all((DOCS / page).is_file() for page in nav)
    assert sorted(p.name for p in DOCS.glob("*.md")) == sorted(nav)


def test_changelog_page_includes_the_changelog() -> None:
    assert '--8<-- "CHANGELOG.md"' in (DOCS / "changelog.md").read_text(encoding="utf-8")


def test_screenshot_is_a_png() -> None:
    assert (DOCS / "seed-report.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
