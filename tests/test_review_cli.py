"""`debrief todo`, `debrief done` and `debrief review` as commands, on the knowledge base
seeded by tests/test_review.py (same weeks, same fixed time zone)."""

from __future__ import annotations

import json
import stat
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from debrief import pipeline
from debrief.cli import cli
from debrief.config import load_settings
from debrief.store import Store, open_store
from tests.test_review import local_tz, seed

__all__ = ["local_tz"]  # the autouse time-zone fixture applies here too


# -- todo and done through the CLI ----------------------------------------------------------


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    st = Store(path / "debrief.db")
    seed(st)
    st.close()
    return path


def run(home: Path, *args: str, stream: str = "output") -> tuple[int, str]:
    """Exit code and text (``output``: stdout and stderr interleaved, or ``stdout``)."""
    result = CliRunner().invoke(cli, list(args), env={"DEBRIEF_HOME": str(home), "COLUMNS": "200"})
    return result.exit_code, getattr(result, stream)


def test_todo_lists_open_follow_ups_with_overdue_flags(home: Path) -> None:
    code, out = run(home, "todo", "--json")
    assert code == 0, out
    items = json.loads(out)
    assert len(items) == 8
    assert "Connect with Alex on LinkedIn" not in out
    first = items[0]
    assert (first["text"], first["due"], first["contact"]) == (
        "Send Alex my resume",
        "2026-11-13",
        "Alex Kim",
    )
    for item in items:
        due = item["due"] and date.fromisoformat(item["due"])
        assert item["overdue"] == bool(due and due < date.today())
    assert items[-1]["due"] is None  # undated last
    code, out = run(home, "todo")
    assert code == 0 and "Send Maria a thank-you note" in out and "overdue" in out
    assert "debrief done ID" in out


def test_done_closes_keeps_history_and_undo_reopens(home: Path) -> None:
    items = json.loads(run(home, "todo", "--json")[1])
    target = next(i for i in items if i["text"] == "Send Maria a thank-you note")
    fid = str(target["id"])
    code, out = run(home, "done", fid)
    assert code == 0 and f"done #{fid}" in out
    open_now = json.loads(run(home, "todo", "--json")[1])
    assert fid not in {str(i["id"]) for i in open_now} and len(open_now) == 7
    history = json.loads(run(home, "todo", "--all", "--json")[1])
    closed = next(i for i in history if str(i["id"]) == fid)
    assert closed["done_at"] and closed["overdue"] is False
    code, out = run(home, "done", fid)
    assert code == 0 and "already done" in out
    code, out = run(home, "done", fid, "--undo")
    assert code == 0 and f"reopened #{fid}" in out
    assert len(json.loads(run(home, "todo", "--json")[1])) == 8
    code, out = run(home, "done", "9999")
    assert code == 1 and "no follow-up with id 9999" in out


def test_review_command_formats_and_output_file(home: Path, tmp_path: Path) -> None:
    code, out = run(home, "review", "--week", "2026-W47", "--format", "markdown")
    assert code == 0, out
    # The first review lemmatises the week's takeaways (spaCy) and says so, on stderr.
    assert "finding themes in 11 takeaways (first time only)" in out
    code, out = run(home, "review", "--week", "2026-W47", "--format", "markdown", stream="stdout")
    assert out.startswith("# Week 2026-W47") and "## Coverage: what to ask next" in out
    assert "finding themes" not in out  # cached now
    code, out = run(home, "review", "--week", "2026-W47")
    assert code == 0 and "Week 2026-W47" in out and "Maria Lopez" in out
    target = tmp_path / "week.html"
    code, out = run(home, "review", "--week", "2026-W47", "-o", str(target))
    assert code == 0 and "wrote the html review" in out
    assert target.read_text().startswith("<!DOCTYPE html>")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    code, out = run(
        home, "review", "--since", "2026-11-16", "--until", "2026-11-22", "--format", "markdown"
    )
    assert code == 0 and "# Review 2026-11-16 to 2026-11-22" in out and "Chen Wu" in out
    code, out = run(home, "review", "--week", "48")
    assert code == 2 and "not an ISO week" in out


def test_pipeline_caches_theme_terms_at_extraction(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEBRIEF_HOME", str(home))  # this test's own data home
    settings = load_settings({})
    st = open_store(settings)
    result = pipeline.add_text(
        settings,
        st,
        "Just talked to Dana Cole, a data scientist at Stripe. "
        "She said SQL and experiment design are the skills that matter.",
        when=datetime(2026, 11, 24, 18, 0),
    )
    assert result.ok
    skills = st.rows(
        "SELECT id FROM insights WHERE debrief_id = ? AND category = 'skills'", [result.debrief_id]
    )
    cached = st.rows("SELECT insight_id FROM insight_terms")
    assert {r["id"] for r in skills} <= {r["insight_id"] for r in cached}
    st.close()
