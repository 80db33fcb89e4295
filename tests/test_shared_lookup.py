"""benchmarks/shared.py: the shared folder is found by ``$DEBRIEF_SHARED`` first, then beside
the checkout (or the main checkout), and a file no candidate holds is None, never a guessed
path of one machine."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.shared import ROOT, candidates, shared_file


def test_the_variable_comes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "tools").mkdir()
    (tmp_path / "tools" / "judge.py").write_text("", encoding="utf-8")
    monkeypatch.setenv("DEBRIEF_SHARED", str(tmp_path))
    assert candidates()[0] == tmp_path
    assert shared_file("tools", "judge.py") == tmp_path / "tools" / "judge.py"


def test_beside_the_checkout_then_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEBRIEF_SHARED", str(tmp_path))
    assert ROOT.parent / "shared" in candidates()
    assert shared_file("tools", "no-such-tool-here.py") is None
