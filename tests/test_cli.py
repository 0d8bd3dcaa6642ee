from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from defrel.__main__ import main


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
