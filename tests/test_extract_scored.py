"""End to end: the project's scorer on labelled recaps written for this repository.

samples/labelled/check.jsonl holds recaps in phrasings of our own (none from the dev corpus),
so this measures how the extractor generalises, through the real `debrief extract --jsonl`.
The scorer is the shared one (``../shared/tools/score_extraction.py``, beside the checkout in
development and CI, or beside the main checkout from a git worktree: benchmarks/shared.py).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from benchmarks.shared import shared_file
from tests.conftest import ROOT

SCORER = (
    shared_file("tools", "score_extraction.py")
    or ROOT.parent / "shared" / "tools" / "score_extraction.py"
)
CHECK = ROOT / "samples" / "labelled" / "check.jsonl"

# Floors, a little under what the extractor scores today, so a regression fails loudly.
FLOORS = {"macro": 0.85, "contact": 0.85, "follow_ups": 0.85, "people": 0.85}


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    if not SCORER.exists():
        pytest.skip(f"the shared scorer is not beside this checkout ({SCORER})")
    proc = subprocess.run(
        [
            sys.executable,
            str(SCORER),
            str(CHECK),
            "--cmd",
            f"{sys.executable} -m debrief.cli extract --jsonl",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "DEBRIEF_HOME": str(tmp_path_factory.mktemp("scored-home"))},
    )
    assert proc.returncode == 0, proc.stderr + proc.stdout
    last = proc.stdout.strip().splitlines()[-1]
    found = re.search(
        r"macro-F1 ([\d.]+) .* contact ([\d.]+) follow-ups F1 ([\d.]+) people F1 ([\d.]+)", last
    )
    assert found, last
    return dict(zip(FLOORS, map(float, found.groups()), strict=True))


@pytest.mark.parametrize("measure", list(FLOORS))
def test_scores_hold_on_recaps_we_wrote(scores: dict[str, float], measure: str) -> None:
    assert scores[measure] >= FLOORS[measure], scores
