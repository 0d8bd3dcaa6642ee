from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import defrel
from defrel import _cli
from defrel.__main__ import main

ARTICLE = " date 2024-05-06 Defence ministers Ana Lopez and Ben Ode met in Lima on Monday."


def _run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "defrel", *args],
        input=stdin.decode(),
        capture_output=True,
        text=True,
        check=False,
    )


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(
        "No header: the two sides agreed to meet again.", encoding="utf-8"
    )
    (folder / "c.txt").write_bytes(b"\xff\xfe not UTF-8")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    return folder


def test_module_reads_seeds_by_default() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "defrel"], capture_output=True, text=True, check=True
    ).stdout
    reports = json.loads(out)
    assert any(r["document"]["published"] == "2023-06-05" for r in reports)


def test_bad_path_fails_but_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(" date 2020-01-01 Fine.", encoding="utf-8")
    assert main([str(tmp_path / "missing.txt"), str(good)]) == 1
    captured = capsys.readouterr()
    assert "missing.txt" in captured.err
    assert json.loads(captured.out)[0]["document"]["text"] == "Fine."


def test_folder_reads_txt_files_in_order_and_reports_the_bad_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(_folder(tmp_path)), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    sources = [Path(json.loads(line)["document"]["source"]).name for line in lines]
    assert sources == ["a.txt", "b.txt"]
    assert captured.err.count("\n") == 1
    assert "c.txt: not UTF-8" in captured.err
    assert captured.err.startswith("defrel: ")


def test_all_good_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path)
    (folder / "c.txt").unlink()
    assert main([str(folder)]) == 0
    assert capsys.readouterr().err == ""


def test_empty_folder_is_a_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path), "--output", os.devnull]) == 1
    assert "no *.txt file" in capsys.readouterr().err


def test_published_fills_in_only_where_no_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path)
    (folder / "c.txt").unlink()
    assert main([str(folder), "--published", "2023-01-02", "-f", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["document"]["published"] for r in rows] == ["2024-05-06", "2023-01-02"]


def test_stdin_with_published_date() -> None:
    done = _run("-", "--published", "2024-05-13", "-f", "jsonl", stdin=b"Talks were held today.")
    assert done.returncode == 0, done.stderr
    [report] = [json.loads(line) for line in done.stdout.splitlines()]
    assert report["document"] == {
        "text": "Talks were held today.",
        "published": "2024-05-13",
        "source": "<stdin>",
    }


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        (b"", "<stdin>: the input is empty"),
        (b"\xff\xfe\x00", "<stdin>: not UTF-8"),
        (b" date 2024-02-31 Talks.", "<stdin>: impossible header date"),
    ],
)
def test_bad_stdin_is_reported(
    stdin: bytes, message: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    assert main(["-"]) == 1
    captured = capsys.readouterr()
    assert message in captured.err
    assert json.loads(captured.out) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--published", "5 May 2024"], "not an ISO date (YYYY-MM-DD): '5 May 2024'"),
        (["--format", "xml"], "invalid choice: 'xml'"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    done = _run(*args)
    assert done.returncode == 2
    assert message in done.stderr
    assert done.stdout == ""


def test_help_has_examples() -> None:
    done = _run("--help")
    assert done.returncode == 0
    assert "examples:" in done.stdout
    for fragment in (
        "--format jsonl",
        "--format html --output",
        "--published 2024-05-13",
        "Exit status",
    ):
        assert fragment in done.stdout


def test_output_file_html(tmp_path: Path) -> None:
    target = tmp_path / "out.html"
    done = _run(str(_folder(tmp_path)), "--format", "html", "--output", str(target))
    assert done.returncode == 1
    assert done.stdout == ""
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert page.count('<div class="defrel-report">') == 2


def test_unwritable_output_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--output", str(tmp_path / "no" / "such" / "dir.json")]) == 1
    assert "cannot be written" in capsys.readouterr().err


def test_table_format(seed_report: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "table"]) == 0
    out = capsys.readouterr().out
    titles = [
        line
        for line in out.splitlines()
        if line and line.split(" (")[0] in ("meetings", "statements", "commitments", "areas")
    ]
    assert titles == [
        f"meetings ({len(seed_report.meetings)})",
        f"statements ({len(seed_report.statements)})",
        f"commitments ({len(seed_report.commitments)})",
        f"areas ({len(seed_report.areas)})",
    ]


def test_text_table_aligns_and_truncates() -> None:
    table = _cli._text_table(
        "t", ["a", "long name"], [{"a": "x" * 60, "long name": None}, {"a": "y", "long name": 3}]
    )
    lines = table.splitlines()
    assert lines[0] == "t (2)"
    assert lines[1] == "a" + " " * 49 + "long name"
    assert lines[3] == "x" * 47 + "…"
    assert lines[4] == "y" + " " * 49 + "3"


def test_a_parse_failure_is_reported_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path)
    (folder / "c.txt").unlink()
    real = defrel.parse

    def flaky(doc: Any) -> Any:
        if "agreed" in doc.text:
            raise RuntimeError("boom")
        return real(doc)

    monkeypatch.setattr(_cli, "parse", flaky)
    assert main([str(folder), "-f", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert "b.txt: could not be read: RuntimeError: boom" in captured.err
    assert len(captured.out.splitlines()) == 1


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main([str(folder), "--output", os.devnull]) == 1
    drawn = terminal.getvalue()
    assert "news" in drawn
    assert "file" in drawn  # tqdm's unit
    assert "c.txt: not UTF-8" in drawn  # written through the bar
    monkeypatch.undo()
    assert main([str(folder), "--output", os.devnull]) == 1
    assert "file/s" not in capsys.readouterr().err


def test_without_tqdm_the_batch_still_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main([str(_folder(tmp_path)), "--output", os.devnull]) == 1
    assert terminal.getvalue().startswith("defrel: ")


def test_broken_pipe_is_quiet(tmp_path: Path) -> None:
    body = "The two ministers held talks in Lima. " * 40
    for n in range(120):  # far more output than a pipe holds
        (tmp_path / f"{n:03}.txt").write_text(body, encoding="utf-8")
    with subprocess.Popen(
        [sys.executable, "-m", "defrel", "-f", "jsonl", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        head = proc.stdout.read(10)
        proc.stdout.close()  # the reader goes away, like `| head`
        err = proc.stderr.read().decode()
    assert head == b'{"document'
    assert "Traceback" not in err
    assert "Broken pipe" not in err
