from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import defrel
from tests.conftest import SEED, SEEDS


def test_seed_loads_with_header(seed_doc: defrel.Document) -> None:
    assert seed_doc.published == dt.date(2023, 6, 5)
    assert seed_doc.text.startswith("India and the United States on Monday")
    raw = SEED.read_bytes().decode("utf-8")
    assert raw.endswith(seed_doc.text)
    assert raw[: len(raw) - len(seed_doc.text)] == " date 2023-06-05 "


def test_no_header_means_no_date(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Plain body.\n", encoding="utf-8")
    doc = defrel.load(p)
    assert doc.published is None
    assert doc.text == "Plain body.\n"
    assert doc.source == str(p)


def test_bom_and_crlf_are_kept_exactly(tmp_path: Path) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf date 2021-02-03 Line one.\r\nLine two.  \r\n")
    doc = defrel.load(p)
    assert doc.published == dt.date(2021, 2, 3)
    assert doc.text == "Line one.\r\nLine two.  \r\n"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"\xef\xbb\xbf", "empty"),
        (b"\xff\xfe bad bytes", "not UTF-8"),
        (b" date 2023-13-45 Body", "impossible header date"),
        (b" date 2023-02-30 Body", "impossible header date"),
        (b" date yesterday Body", "not an ISO date"),
    ],
)
def test_bad_files_raise_load_error(tmp_path: Path, content: bytes, reason: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(defrel.LoadError, match=reason) as info:
        defrel.load(p)
    assert str(p) in str(info.value)
    assert info.value.path == str(p)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(defrel.LoadError, match="no such file"):
        defrel.load(tmp_path / "nope.txt")
    with pytest.raises(defrel.LoadError, match="folder"):
        defrel.load(tmp_path)
    with pytest.raises(defrel.LoadError, match="not a folder"):
        list(defrel.load_dir(tmp_path / "nope"))


def test_load_dir_is_in_name_order(tmp_path: Path) -> None:
    for name in ("c.txt", "a.txt", "b.txt"):
        (tmp_path / name).write_text(name, encoding="utf-8")
    (tmp_path / "skip.md").write_text("not an article", encoding="utf-8")
    assert [d.text for d in defrel.load_dir(tmp_path)] == ["a.txt", "b.txt", "c.txt"]


def test_seed_folder_loads() -> None:
    docs = list(defrel.load_dir(SEEDS))
    assert docs
    assert all(d.published is not None for d in docs)


def test_parse_accepts_str_and_document(seed_doc: defrel.Document) -> None:
    from_str = defrel.parse(seed_doc.text, published=seed_doc.published)
    from_doc = defrel.parse(seed_doc)
    assert from_str.meetings == from_doc.meetings
    assert from_str.document.published == seed_doc.published


@pytest.mark.parametrize("bad", [None, 3, b"bytes", ["list"]])
def test_parse_rejects_other_types(bad: object) -> None:
    with pytest.raises(TypeError, match=r"expects a defrel\.Document or a str"):
        defrel.parse(bad)  # type: ignore[arg-type]


def test_parse_rejects_bad_published() -> None:
    with pytest.raises(TypeError, match="published="):
        defrel.parse("text", published="2020-01-01")  # type: ignore[arg-type]
