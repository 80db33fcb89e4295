"""scripts/check_recaps.py, the guest authors' format check: standard library only (writers run
a copy outside the repository), so its categories are a copy of debrief.models'; kept equal here."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from debrief.models import CATEGORIES

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "check_recaps.py"


def test_its_categories_are_the_products() -> None:
    spec = importlib.util.spec_from_file_location("check_recaps", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert set(CATEGORIES) == module.CATEGORIES


def test_a_bad_line_is_reported_and_a_good_one_passes(tmp_path: Path) -> None:
    good = {
        "id": "zz-01",
        "recorded_at": "2026-03-12T18:40:00",
        "text": "Talked to Ana Ruiz. She loves the team.",
        "contact": {"name": "Ana Ruiz", "title": None, "company": None},
        "insights": [{"category": "likes", "text": "She loves the team."}],
        "follow_ups": [],
        "people_mentioned": [],
        "companies_mentioned": [],
        "call_minutes": None,
    }
    bad = {**good, "id": "zz-02", "insights": [{"category": "likes", "text": "loves it"}]}
    path = tmp_path / "recaps.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(SCRIPT), str(path)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 1
    assert "line 2: insight not an exact substring: 'loves it'" in run.stdout
    assert "line 1" not in run.stdout
    assert "2 recaps, 1 problems" in run.stdout
