"""debrief browse: Datasette, read-only, on 127.0.0.1, with metadata and canned queries."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from debrief import browse
from debrief.cli import Ctx, cli

pytestmark = pytest.mark.enable_socket

STARTUP_SECONDS = 30.0


def get_json(port: int, path: str, timeout: float = 5.0) -> Any:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=timeout) as resp:
        return json.loads(resp.read().decode("utf-8"))


@pytest.fixture
def server(kb: Path, tmp_path: Path) -> Iterator[int]:
    """Datasette on a free loopback port; stopped (killed if need be) afterwards."""
    port = browse.free_port()
    proc = browse.start(kb, tmp_path, port=port, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if proc.poll() is not None:
                err = proc.stderr.read().decode() if proc.stderr else ""
                pytest.fail(f"datasette exited with {proc.returncode}: {err[-2000:]}")
            try:
                get_json(port, "/-/versions.json", timeout=1.0)
                break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    pytest.fail(f"datasette did not answer within {STARTUP_SECONDS:.0f} s")
                time.sleep(0.2)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def test_metadata_configures_fts_and_canned_queries() -> None:
    meta = browse.metadata("debrief")
    tables = meta["databases"]["debrief"]["tables"]
    assert (tables["insights"]["fts_table"], tables["insights"]["fts_pk"]) == ("insights_fts", "id")
    assert tables["transcripts"]["fts_table"] == "transcripts_fts"
    assert tables["transcripts"]["fts_pk"] == "debrief_id"
    assert all(t.get("description") or t.get("hidden") for t in tables.values())
    queries = meta["databases"]["debrief"]["queries"]
    assert set(queries) == {"insights_by_company", "open_follow_ups", "referrals_not_contacted"}


def test_canned_queries_run_on_a_real_database(kb: Path) -> None:
    conn = sqlite3.connect(kb)
    queries = browse.metadata()["databases"]["debrief"]["queries"]
    rows = conn.execute(queries["insights_by_company"]["sql"], {"company": "stripe"}).fetchall()
    assert len(rows) == 10 and {r[0] for r in rows} == {"Stripe"}
    rows = conn.execute(queries["open_follow_ups"]["sql"]).fetchall()
    assert [r[2] for r in rows] == ["Email James Chen about the payments team"]
    rows = conn.execute(queries["referrals_not_contacted"]["sql"]).fetchall()
    assert [r[0] for r in rows] == ["Omar Haddad"]  # James Chen and Tom (Becker) were called
    conn.close()


def test_command_is_read_only_and_loopback_only(kb: Path, tmp_path: Path) -> None:
    cmd = browse.command(kb, tmp_path / "m.json", port=8123)
    assert cmd[cmd.index("--host") + 1] == "127.0.0.1"
    assert cmd[cmd.index("--immutable") + 1] == str(kb)
    assert str(kb) not in [a for i, a in enumerate(cmd) if cmd[i - 1] != "--immutable"]


def test_datasette_serves_the_knowledge_base(server: int) -> None:
    port = server
    databases = get_json(port, "/-/databases.json")
    assert [(d["name"], d["is_mutable"]) for d in databases] == [("debrief", False)]
    meta = get_json(port, "/-/metadata.json")
    assert meta["title"] == "debrief knowledge base"
    # Full-text search through the configured FTS table (stemmed: promoted ~ promotions).
    hits = get_json(port, "/debrief/insights.json?_search=promoted&_shape=array")
    assert {h["debrief_id"] for h in hits} == {1, 3, 4}
    facets = get_json(port, "/debrief/insights.json?_search=promoted")["facet_results"]
    counts = {f["value"]: f["count"] for f in facets["category"]["results"]}
    assert counts == {"advancement": 3}
    hits = get_json(port, "/debrief/transcripts.json?_search=xylophones&_shape=array")
    assert [h["debrief_id"] for h in hits] == [3]
    rows = get_json(port, "/debrief/insights_by_company.json?company=Stripe&_shape=array")
    assert len(rows) == 10
    rows = get_json(port, "/debrief/open_follow_ups.json?_shape=array")
    assert [r["text"] for r in rows] == ["Email James Chen about the payments team"]
    rows = get_json(port, "/debrief/referrals_not_contacted.json?_shape=array")
    assert [(r["referral"], r["referred_by"]) for r in rows] == [("Omar Haddad", "Maria Lopez")]
    # Read-only: a writing statement is refused.
    with pytest.raises(urllib.error.HTTPError):
        get_json(port, "/debrief.json?sql=DELETE+FROM+insights")
    assert len(get_json(port, "/debrief/insights.json?_shape=array&_size=max")) == 12


def test_missing_datasette_is_one_line(kb: Path) -> None:
    """Run the real CLI in a Python where datasette cannot be imported."""
    code = (
        "import sys; sys.modules['datasette'] = None; "
        "from debrief.cli import main; sys.argv = ['debrief', 'browse']; main()"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 1
    assert proc.stderr == (
        "error: Datasette is not installed; install it with: pip install 'debrief[browse]'\n"
    )


def test_port_in_use_is_one_line(kb: Path) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        result = CliRunner().invoke(cli, ["browse", "--port", str(port)], obj=Ctx())
    assert result.exit_code == 1
    assert (
        result.stderr == f"error: port {port} on 127.0.0.1 is in use; choose another with --port\n"
    )


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_to_debrief_browse_stops_its_datasette_child(
    kb: Path, tmp_path: Path, signum: int
) -> None:
    """A real `debrief browse` process and a real signal: SIGINT (or SIGTERM) to debrief left
    the Datasette child serving. The process starts with SIGINT ignored, as a shell's
    background job (``debrief browse &``) does; debrief must still stop, child and all."""
    from debrief.store import Store

    Store(kb).close()
    port = browse.free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "debrief.cli", "browse", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    child: int | None = None
    try:
        deadline = time.monotonic() + STARTUP_SECONDS * 3  # spaCy finds the review's themes
        while child is None or not _answers(port):
            assert proc.poll() is None, f"debrief browse exited with {proc.returncode}"
            assert time.monotonic() < deadline, "debrief browse did not serve in time"
            child = child or _child_of(proc.pid)
            time.sleep(0.3)
        proc.send_signal(signum)
        assert proc.wait(timeout=20) == 0
        time.sleep(0.5)
        assert not _alive(child), "the Datasette child outlived debrief"
        assert not _answers(port)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        if child is not None and _alive(child):
            os.kill(child, signal.SIGKILL)


def _answers(port: int) -> bool:
    try:
        get_json(port, "/-/versions.json", timeout=1.0)
        return True
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def _child_of(pid: int) -> int | None:
    """The one child process of ``pid`` (from /proc), or None yet."""
    found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return int(found[0]) if found else None


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, dead but not yet reaped, counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"
