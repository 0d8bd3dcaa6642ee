"""The notebook view in a real browser: Debian's headless Chromium renders and dumps it.

Skipped when chromium is missing, except on CI (``CI`` set), where ``.ci/run`` installs it.
Run as a script to refresh the screenshot in the docs:
``python -m tests.test_browser docs/seed-report.png``.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import pytest

import defrel
from defrel import Actor, Document, Report, Span, Statement

CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser")) if p is not None), None
)
WINDOW = (1100, 1500)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None and not os.environ.get("CI"),
        reason="chromium is not installed (apt-get install chromium)",
    ),
]


def _chromium(page: Path, *extra: str) -> str:
    assert CHROMIUM is not None, "chromium must be installed on CI"
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                *extra,
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def screenshot(html: str, png: Path, size: tuple[int, int] = WINDOW) -> None:
    """Render ``html`` and save a PNG screenshot of the window."""
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "page.html"
        page.write_text(html, encoding="utf-8")
        _chromium(page, f"--screenshot={png.resolve()}", f"--window-size={size[0]},{size[1]}")


def dump_dom(html: str) -> str:
    """Render ``html`` (scripts run, if any) and return the DOM as the browser holds it."""
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "page.html"
        page.write_text(html, encoding="utf-8")
        return _chromium(page, "--dump-dom", "--virtual-time-budget=1000")


def png_facts(data: bytes) -> tuple[int, int, int]:
    """(width, height, distinct byte values in the image data) of a PNG file."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


def _page(fragment: str) -> str:
    # A bare page with no Content-Security-Policy: only the escaping protects it.
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{fragment}</body></html>'


def test_the_detector_sees_a_script_that_runs() -> None:
    dom = dump_dom(_page("<script>document.body.setAttribute('data-pwned', '1')</script>"))
    assert 'data-pwned="1"' in dom


def test_article_markup_cannot_inject() -> None:
    text = (
        "Ministers met in Oslo. "
        "<script>document.body.setAttribute('data-pwned', '1')</script> "
        "<img src=x onerror=\"document.body.setAttribute('data-pwned', '2')\"> "
        '"We will train together <b>every</b> year," said Ana Lopez.'
    )
    start = text.index("We will")
    quote = Statement(
        Actor('Ana" onmouseover="x', spans=(Span(text.index("Ana"), len(text) - 1, "speaker"),)),
        text[start : text.index(',"')],
        spans=(Span(start, text.index(',"'), "quote"), Span(30, 60, "quote")),
    )
    report = Report(Document(text), statements=(quote,), actors=(quote.speaker,))  # type: ignore[arg-type]
    dom = dump_dom(_page(report._repr_html_()))
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]
    assert "<script" not in dom
    assert "<img" not in dom
    assert "<b>" not in dom
    assert "&lt;script" in dom  # shown as text, inside the article
    assert "&lt;img src=x onerror=" in dom
    assert dom.count('<mark class="dr') == report._repr_html_().count('<mark class="dr')


def test_seed_report_renders_highlighted(seed_report: Report, tmp_path: Path) -> None:
    html = defrel.to_html(seed_report, title="defrel: the seed article")
    marks = html.count('<mark class="dr ')
    dom = dump_dom(html)
    assert dom.count('<mark class="dr ') == marks
    assert marks > 8  # the legend's eight swatches, then the article's findings
    png = tmp_path / "seed.png"
    screenshot(html, png)
    width, height, values = png_facts(png.read_bytes())
    assert (width, height) == WINDOW
    assert values > 64  # text, colours and anti-aliasing, not a blank page


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/seed-report.png")
    # Run from the root of a checkout: the report names the file as "seeds/…".
    seed = defrel.parse(defrel.load(Path("seeds") / "000_0ca675f7fd96116d.txt"))
    screenshot(defrel.to_html(seed, title="defrel: the seed article"), target)
    print(target, png_facts(target.read_bytes()))
