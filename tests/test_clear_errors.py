"""Issue 17.6: each fault the adversarial run found is one line that says what to do.

Real conditions throughout: undecodable bytes in argv, ids past SQLite's range, a file-size
limit (prlimit --fsize) while the knowledge base grows, /dev/full, a directory or a missing
directory as the output, an immutable settings.toml (chattr +i: read-only even for root).
Each also checks that nothing stored was harmed.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from debrief.cli import cli

ROOT = Path(__file__).resolve().parent.parent
RECAP = "Talked to Ana Ruiz, a designer at Figma. She said the mentoring is excellent."


def run(
    home: Path, *args: str | bytes, prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess:
    env = {**os.environ, "DEBRIEF_HOME": str(home), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [*prefix, sys.executable, "-m", "debrief.cli", *args],
        env=env,
        capture_output=True,
        timeout=300,
    )


def one_line(stderr: bytes) -> str:
    text = stderr.decode("utf-8", "replace").strip()
    assert text.count("\n") == 0 and "Traceback" not in text and "unexpected" not in text, text
    assert text.startswith("error: ")
    return text


@pytest.fixture
def filed(home: Path) -> Path:
    """A home with one extracted debrief (#1) whose follow-up is #1."""
    result = CliRunner().invoke(cli, ["add", "--text", RECAP + " I need to email Ana by Friday."])
    assert result.exit_code == 0, result.output
    return home


def intact(home: Path) -> None:
    conn = sqlite3.connect(home / "debrief.db")
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    (text,) = conn.execute("SELECT text FROM transcripts WHERE debrief_id = 1").fetchone()
    assert text.startswith("Talked to Ana Ruiz")
    conn.close()


def test_text_that_is_not_utf8(filed: Path) -> None:
    result = run(filed, "add", "--text", b"Talked to Jos\xe9 at Acme. He likes it.")
    assert result.returncode == 1
    line = one_line(result.stderr)
    assert "not valid UTF-8 (an undecodable byte at character 14)" in line
    assert "save it as UTF-8" in line
    listed = json.loads(run(filed, "list", "--json").stdout)
    assert [r["id"] for r in listed] == [1]  # nothing half-filed


@pytest.mark.parametrize(
    "args",
    [["show"], ["delete", "--yes"], ["done"], ["reextract"], ["process", "--retranscribe"]],
)
def test_ids_past_sqlite_integers(filed: Path, args: list[str]) -> None:
    result = CliRunner().invoke(cli, [*args, "99999999999999999999"])
    assert result.exit_code == 1, result.output
    assert "no such id: ids go up to 9223372036854775807" in result.output
    assert "unexpected" not in result.output
    intact(filed)


def test_file_size_limit_while_the_knowledge_base_grows(filed: Path, tmp_path: Path) -> None:
    size = (filed / "debrief.db").stat().st_size
    notes = tmp_path / "notes.txt"
    notes.write_text(RECAP + " " + " ".join(f"Insight {i} was on culture." for i in range(8000)))
    result = run(filed, "add", "--text-file", str(notes), prefix=("prlimit", f"--fsize={size}"))
    assert result.returncode == 1
    line = one_line(result.stderr)
    assert "file-size limit" in line and "free space" in line, line
    intact(filed)
    listed = json.loads(run(filed, "list", "--json").stdout)
    assert [r["id"] for r in listed] == [1]  # the typed recap is filed whole or not at all


def test_disk_full_on_export_and_review(filed: Path) -> None:
    for args in (["export", "-o", "/dev/full"], ["review", "-o", "/dev/full"]):
        result = run(filed, *args)
        assert result.returncode == 1, result.stderr
        assert "no space left on the device; free some space" in one_line(result.stderr)
    intact(filed)


@pytest.mark.parametrize("command", ["export", "review"])
def test_output_to_a_directory_or_a_missing_one(filed: Path, tmp_path: Path, command: str) -> None:
    result = run(filed, command, "-o", str(tmp_path))
    assert result.returncode != 0
    if command == "review":  # -o is declared a file: click's own usage error says so
        assert f"File '{tmp_path}' is a directory" in result.stderr.decode()
    else:
        assert f"{tmp_path}: is a directory; give a file name" in one_line(result.stderr)
    missing = tmp_path / "no-such-dir" / "out.md"
    result = run(filed, command, "-o", str(missing))
    assert result.returncode == 1
    line = one_line(result.stderr)
    assert f"directory {missing.parent} does not exist; create it first" in line, line
    intact(filed)


@pytest.mark.skipif(not shutil.which("chattr"), reason="needs chattr (e2fsprogs)")
def test_config_set_on_a_read_only_settings_file(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    settings = home / "settings.toml"
    settings.write_text("beam_size = 5\n")
    if subprocess.run(["chattr", "+i", str(settings)], capture_output=True).returncode:
        pytest.skip("this file system does not support the immutable attribute")
    try:
        result = run(home, "config", "set", "beam_size", "2")
    finally:
        subprocess.run(["chattr", "-i", str(settings)], check=True)
    assert result.returncode == 1
    line = one_line(result.stderr)
    assert f"{settings}: " in line and "make it writable" in line, line
    assert settings.read_text() == "beam_size = 5\n"
