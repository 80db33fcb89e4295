"""Issue 17.3: a delete killed at any point leaves no readable trace once any command runs.

Real SQLite files, a real SIGKILL of a real process: the child deletes a debrief and kills
itself at a chosen point of the delete (found by wrapping the store's own methods, so the
points are exact, not timing guesses); then the real `debrief list` runs, and the raw bytes
of debrief.db, -wal and -shm are searched for the deleted recap's words.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from debrief.models import Contact, Extraction, FollowUp, Insight, Person, Segment, Transcript
from debrief.store import Store
from tests.conftest import SAMPLE_AUDIO

ROOT = Path(__file__).resolve().parent.parent
#: Searched case-folded and as stems: the FTS index holds "quendrel", "vorpalit" (porter).
SECRETS = (b"quendrel", b"zabrowski", b"vorpalit", b"ombrix")
TEXT = (
    "Talked to Quendrel Zabrowski, an engineer at Flumox. She said the vorpalite team "
    "promotes slowly. Her colleague Ombrix Tallow runs the platform group."
)
KEEP = "Talked to Anna Smith at Acme. She said the onboarding was ordinary."


def _file(store: Store, text: str, contact: str, audio: Path | None) -> int:
    debrief_id = store.create_debrief(
        source="audio" if audio else "text",
        recorded_at=datetime(2026, 11, 20, 10, 0),
        audio_path=audio,
        audio_hash=audio.name if audio else None,
    )
    store.save_transcript(debrief_id, Transcript(text, [Segment(0, 3, text)], "en", 3, "x", ""))
    store.save_extraction(
        debrief_id,
        Extraction(
            contact=Contact(contact, "engineer", "Flumox"),
            insights=[Insight("advancement", text, 0, len(text))],
            follow_ups=[FollowUp(f"email {contact} about the {text.split()[-2]}")],
            people_mentioned=[Person("Ombrix Tallow" if "Ombrix" in text else "Bo Li")],
            pipeline_version="test",
        ),
    )
    return debrief_id


@pytest.fixture
def kb(tmp_path: Path) -> Path:
    """A data home with two debriefs: #1 to keep, #2 (with an audio file) to delete."""
    home = tmp_path / "home"
    (home / "recordings").mkdir(parents=True)
    audio = home / "recordings" / "0123456789abcdef.ogg"
    shutil.copy(SAMPLE_AUDIO["recap-short-note"], audio)
    store = Store(home / "debrief.db")
    _file(store, KEEP, "Anna Smith", None)
    _file(store, TEXT, "Quendrel Zabrowski", audio)
    store.close()
    return home


def raw_bytes(home: Path) -> bytes:
    """debrief.db, debrief.db-wal and debrief.db-shm as they are on disk, case-folded."""
    return b"".join(
        p.read_bytes() for p in sorted(home.iterdir()) if p.name.startswith("debrief.db")
    ).lower()


CHILD = r"""
import os, signal, sys
from pathlib import Path
from debrief.store import Store

home, point = Path(sys.argv[1]), sys.argv[2]

def die(*_a, **_k):
    os.kill(os.getpid(), signal.SIGKILL)

store = Store(home / "debrief.db")
real_execute = store.db.execute
counts = {"checkpoint": 0}

def execute(sql, *args, **kwargs):
    if point == "fts" and sql.startswith("INSERT INTO transcripts_fts(transcripts_fts)"):
        die()  # insights_fts rebuilt, transcripts_fts not yet
    if point == "vacuum" and sql.startswith("VACUUM"):
        die()  # FTS merged and the WAL checkpointed once, not vacuumed
    if point == "checkpoint" and "wal_checkpoint" in sql:
        counts["checkpoint"] += 1
        if counts["checkpoint"] == 2:
            die()  # vacuumed, the WAL not yet folded in and truncated
    return real_execute(sql, *args, **kwargs)

store.db.execute = execute
if point == "commit":
    store.scrub = die  # right after the delete's transaction committed
if point == "unlink":
    Path.unlink = die  # database scrubbed, audio file not yet removed
store.delete(2)
print("finished")
"""


def child_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}


def debrief_cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "debrief.cli", *args],
        env={**child_env(), "DEBRIEF_HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_scrubbed(home: Path) -> None:
    listed = debrief_cli(home, "list", "--json")  # any command finishes a pending scrub
    assert listed.returncode == 0, listed.stderr
    assert [r["id"] for r in json.loads(listed.stdout)] == [1]
    raw = raw_bytes(home)
    for secret in SECRETS:
        assert secret not in raw, secret
    assert b"anna smith" in raw  # the kept debrief is intact
    assert not (home / "recordings" / "0123456789abcdef.ogg").exists()
    found = debrief_cli(home, "search", "onboarding", "--json")
    assert json.loads(found.stdout)[0]["debrief_id"] == 1, found.stdout


@pytest.mark.parametrize("point", ["commit", "fts", "vacuum", "checkpoint", "unlink"])
def test_delete_killed_at_a_point_is_scrubbed_by_the_next_command(kb: Path, point: str) -> None:
    before = raw_bytes(kb)
    assert all(s in before for s in SECRETS)  # the search below can find them
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(kb), point],
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert_scrubbed(kb)


@pytest.mark.parametrize("delay", [0.4, 0.8, 1.2])
def test_debrief_delete_killed_after_a_delay(kb: Path, delay: float) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "debrief.cli", "delete", "2", "--yes"],
        env={**child_env(), "DEBRIEF_HOME": str(kb)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert_scrubbed(kb) if _gone(kb) else _delete_again(kb)


def _gone(home: Path) -> bool:
    listed = json.loads(debrief_cli(home, "list", "--json").stdout)
    return [r["id"] for r in listed] == [1]


def _delete_again(home: Path) -> None:
    # Killed before the delete committed: the debrief is whole and can be deleted again.
    assert debrief_cli(home, "delete", "2", "--yes").returncode == 0
    assert_scrubbed(home)
