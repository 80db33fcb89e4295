"""Issue 17.1: a copied or moved data home is self-contained.

Audio paths are stored relative to the data home, a migration rewrites the absolute paths
older versions stored, and `delete` only removes files inside the current home. Real
Whisper, spaCy and SQLite; the copy is a plain directory copy, as a backup would be.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from debrief.cli import cli
from debrief.store import Store
from debrief.store import db as dbmod
from tests.conftest import SAMPLE_AUDIO


def invoke(home: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    monkeypatch.setenv("DEBRIEF_HOME", str(home))
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data home holding one transcribed recording (the short sample note)."""
    home = tmp_path_factory.mktemp("original") / "home"
    with pytest.MonkeyPatch.context() as mp:
        invoke(home, mp, "add", str(SAMPLE_AUDIO["recap-short-note"]))
    return home


def test_audio_path_is_stored_relative(original: Path) -> None:
    conn = sqlite3.connect(original / "debrief.db")
    (stored,) = conn.execute("SELECT audio_path FROM debriefs").fetchone()
    assert stored.startswith("recordings/") and not Path(stored).is_absolute()
    assert (original / stored).exists()


def test_delete_in_a_copy_leaves_the_original_audio(
    original: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(original, copy)
    invoke(copy, monkeypatch, "delete", "1", "--yes")
    assert list((copy / "recordings").iterdir()) == []
    assert len(list((original / "recordings").iterdir())) == 1


def test_a_moved_home_can_retranscribe(
    original: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    moved = tmp_path / "moved"
    shutil.copytree(original, tmp_path / "staging")
    (tmp_path / "staging").rename(moved)  # the home it was filed in no longer exists
    out = invoke(moved, monkeypatch, "process", "--retranscribe", "1")
    assert "Excel" in out or "Tom Baker" in out, out
    assert Store(moved / "debrief.db").get(1)["status"] == "extracted"


def test_migration_rewrites_absolute_paths_and_delete_stays_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A knowledge base written before m006 (absolute paths), opened in a copied home."""
    old_home, home = tmp_path / "old", tmp_path / "home"
    (home / "recordings").mkdir(parents=True)
    (old_home / "recordings").mkdir(parents=True)
    outside = tmp_path / "elsewhere.ogg"
    for path in (home / "recordings" / "a.ogg", old_home / "recordings" / "a.ogg", outside):
        shutil.copy(SAMPLE_AUDIO["recap-short-note"], path)
    old = sqlite_utils.Database(home / "debrief.db")
    dbmod.migration_set().apply(old, stop_before="m006_relative_audio_paths")
    for n, path in enumerate((old_home / "recordings" / "a.ogg", outside), 1):
        old.execute(
            "INSERT INTO debriefs (recorded_at, created_at, updated_at, source, audio_path,"
            " audio_hash, status) VALUES ('2026-11-20', 'x', 'x', 'audio', ?, ?, 'failed')",
            [str(path), f"h{n}"],
        )
    old.conn.commit()
    old.conn.close()
    store = Store(home / "debrief.db")  # applies m006 onwards
    stored = [r[0] for r in store.db.execute("SELECT audio_path FROM debriefs ORDER BY id")]
    assert stored == ["recordings/a.ogg", str(outside)]
    assert store.get(1)["audio_path"] == str(home / "recordings" / "a.ogg")
    store.delete(1)
    store.delete(2)
    assert not (home / "recordings" / "a.ogg").exists()
    assert (old_home / "recordings" / "a.ogg").exists()  # another home: never touched
    assert outside.exists()  # outside the data home: never touched
