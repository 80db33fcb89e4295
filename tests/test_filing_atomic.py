"""Filing is all or nothing: a failure after extraction leaves the recap queued, not half filed.

qa7 found that an unexpected error in the to-do step (a UNIQUE constraint, since fixed) left the
call "extracted" without its to-dos or thank-you items, and `debrief process` then answered
"nothing to process". The fault is injected here (monkeypatching ``habits.refresh`` to raise):
no real input triggers such a bug on demand, which is the point of the guard. Everything else
is real: the CLI, spaCy, a SQLite file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from debrief.cli import cli
from debrief.config import load_settings
from debrief.store import habits, open_store

RECAP = (
    "Talked to Ana Ruiz, a designer at Figma. She said the mentoring is excellent. "
    "She started in customer support and moved into design after two years. "
    "I'll send her my portfolio by Friday."
)


@pytest.mark.usefixtures("filed_soon_after")
def test_a_failure_after_extraction_leaves_the_recap_queued(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("injected")

    real = habits.refresh
    monkeypatch.setattr(habits, "refresh", broken)
    runner = CliRunner()
    result = runner.invoke(cli, ["add", "--text", RECAP, "--when", "2026-11-20T17:30"])
    assert result.exit_code != 0
    assert "Traceback" not in result.output and "injected" in result.output
    store = open_store(load_settings())
    (row,) = store.debriefs()
    assert row["status"] == "transcribed"  # queued: `process` picks it up
    assert store.rows("SELECT * FROM insights") == []  # nothing half filed
    assert store.rows("SELECT * FROM follow_ups") == []

    monkeypatch.setattr(habits, "refresh", real)
    result = runner.invoke(cli, ["process"])
    assert result.exit_code == 0, result.output
    assert store.get(row["id"])["status"] == "extracted"
    assert store.rows("SELECT * FROM insights")
    texts = [f["text"] for f in store.rows("SELECT text FROM follow_ups")]
    assert any("portfolio" in t for t in texts)
    assert any("thank" in t.lower() for t in texts)  # the generated to-do is there too
