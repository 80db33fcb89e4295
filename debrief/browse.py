"""Browsing the knowledge base in Datasette: read-only, on 127.0.0.1 only.

Datasette is an optional extra (``pip install 'debrief[browse]'``). It runs as a child
process (``python -m datasette``) on the database file opened *immutable*: it cannot
write, and it never listens beyond the loopback interface. The job seeker's pages (home,
search, company, person, one call, the weekly review) are a plugin,
:mod:`debrief.browse_site`, loaded from a plugins directory holding a one-line shim; the
raw tables stay one click away. The metadata (titles, descriptions, full-text search,
canned queries, internal tables hidden) and the shim are written to a private temporary
directory.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from debrief.errors import DebriefError
from debrief.store.canned import INSIGHTS_BY_COMPANY, OPEN_FOLLOW_UPS, REFERRALS_NOT_CONTACTED

if TYPE_CHECKING:
    from debrief.store import Store

HOST = "127.0.0.1"
DEFAULT_PORT = 8001
INSTALL_HINT = "pip install 'debrief[browse]'"


class BrowseUnavailable(DebriefError):
    """Datasette is not installed."""


def available() -> bool:
    return importlib.util.find_spec("datasette") is not None


def require() -> None:
    if not available():
        raise BrowseUnavailable(f"Datasette is not installed; install it with: {INSTALL_HINT}")


#: Tables the pages never need and a power user rarely does (the ask branch's vectors).
INTERNAL_TABLES = ("insight_vectors", "vector_epoch", "vector_packs")

BACK_HTML = '<a href="/">← your pages</a> (home, search, companies, people, the weekly review)'


def metadata(db_name: str = "debrief", *, ask: bool = False) -> dict[str, Any]:
    """Datasette metadata: titles, descriptions, FTS tables, canned queries, and the pages'
    settings (``ask``: `debrief ask` exists, so an empty search can suggest it)."""
    tables = {
        "debriefs": {
            "title": "Debriefs",
            "description": "One row per recap: when, who, which company, processing status.",
            "sort_desc": "recorded_at",
        },
        "insights": {
            "title": "Insights",
            "description": "Sentences from the recaps, filed under a question category. "
            "Full-text search: stemmed (promote finds promotion).",
            "fts_table": "insights_fts",
            "fts_pk": "id",
            "label_column": "text",
            "facets": ["category"],
        },
        "transcripts": {
            "title": "Transcripts",
            "description": "The full text of each recap (speech recognition or typed).",
            "fts_table": "transcripts_fts",
            "fts_pk": "debrief_id",
        },
        "companies": {
            "title": "Companies",
            "description": "Companies of contacts and companies mentioned in calls.",
            "label_column": "name",
        },
        "contacts": {
            "title": "Contacts",
            "description": "The people the calls were with.",
            "label_column": "name",
        },
        "follow_ups": {
            "title": "Follow-ups",
            "description": "Your action items from the calls; done_at is empty while open.",
        },
        "people_mentioned": {
            "title": "People mentioned",
            "description": "People named in a recap: referral (someone to talk to) or mentioned.",
            "facets": ["relation"],
        },
        "companies_mentioned": {
            "title": "Companies mentioned",
            "description": "Which companies came up in which debrief.",
        },
        "segments": {
            "title": "Transcript segments",
            "description": "Timed pieces of audio transcripts (seconds from the start).",
        },
        "_sqlite_migrations": {"hidden": True},
        "insight_terms": {"hidden": True},
        **{name: {"hidden": True} for name in INTERNAL_TABLES},
    }
    queries = {
        "insights_by_company": {
            "title": "Insights by company",
            "description": "Everything contacts at one company said, by category. "
            "Give a company name (or part of it).",
            "sql": INSIGHTS_BY_COMPANY,
        },
        "open_follow_ups": {
            "title": "Open follow-ups",
            "description": "Action items not done yet, soonest due first.",
            "sql": OPEN_FOLLOW_UPS,
        },
        "referrals_not_contacted": {
            "title": "Referrals not yet contacted",
            "description": "People you were told to talk to and have no debrief with yet "
            "(exact names; `debrief people` also matches near spellings).",
            "sql": REFERRALS_NOT_CONTACTED,
        },
    }
    return {
        "title": "debrief knowledge base",
        "description": "Your informational-interview debriefs, read-only. "
        "Served on 127.0.0.1 only; nothing leaves this machine.",
        "description_html": BACK_HTML,
        "plugins": {"debrief": {"ask": ask}},
        "databases": {
            db_name: {
                "title": "Debriefs: raw tables",
                "description_html": BACK_HTML,
                "tables": tables,
                "queries": queries,
            }
        },
    }


def port_free(port: int, host: str = HOST) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def free_port() -> int:
    """A currently free TCP port on the loopback interface."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def write_metadata(db_path: Path, directory: Path, *, ask: bool = False) -> Path:
    """Write the metadata JSON (0600) into ``directory`` and return its path."""
    path = directory / "metadata.json"
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(metadata(db_path.stem, ask=ask), fh, indent=2)
    return path


PLUGIN_SHIM = (
    "# Written by debrief browse: the job seeker's pages (debrief/browse_site.py).\n"
    "from debrief.browse_site import register_routes  # noqa: F401\n"
)


def write_plugin(directory: Path) -> Path:
    """A plugins directory for Datasette holding the shim that loads the pages."""
    plugins = directory / "plugins"
    plugins.mkdir(mode=0o700, exist_ok=True)
    fd = os.open(plugins / "debrief_pages.py", os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(PLUGIN_SHIM)
    return plugins


def command(
    db_path: Path,
    metadata_path: Path,
    *,
    port: int,
    open_browser: bool = False,
    plugins_dir: Path | None = None,
) -> list[str]:
    """The Datasette command line: immutable database, loopback only, the pages plugin."""
    cmd = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        "--immutable",
        str(db_path),
        "--host",
        HOST,
        "--port",
        str(port),
        "--metadata",
        str(metadata_path),
        "--setting",
        "sql_time_limit_ms",
        "5000",
    ]
    if plugins_dir is not None:
        cmd += ["--plugins-dir", str(plugins_dir)]
    if open_browser:
        cmd.append("--open")
    return cmd


def start(
    db_path: Path,
    directory: Path,
    *,
    port: int,
    open_browser: bool = False,
    ask: bool = False,
    **popen: Any,
) -> subprocess.Popen[bytes]:
    """Start Datasette in the background (the caller stops it)."""
    require()
    if not db_path.exists():
        raise DebriefError(f"{db_path}: no knowledge base yet; add a debrief first")
    if not port_free(port):
        raise DebriefError(f"port {port} on {HOST} is in use; choose another with --port")
    meta = write_metadata(db_path, directory, ask=ask)
    plugins = write_plugin(directory)
    cmd = command(db_path, meta, port=port, open_browser=open_browser, plugins_dir=plugins)
    return subprocess.Popen(cmd, **popen)


def serve(
    db_path: Path, *, port: int = DEFAULT_PORT, open_browser: bool = False, ask: bool = False
) -> int:
    """Run Datasette in the foreground until Ctrl-C (or SIGINT/SIGTERM/SIGHUP); returns its
    exit code. The child is always stopped before this returns."""
    require()
    with tempfile.TemporaryDirectory(prefix="debrief-browse-") as tmp:
        previous = _stop_on_signals()  # before the child exists: no moment without them
        proc: subprocess.Popen[bytes] | None = None
        try:
            proc = start(db_path, Path(tmp), port=port, open_browser=open_browser, ask=ask)
            return proc.wait()
        except KeyboardInterrupt:
            return 0
        finally:
            _restore_signals(previous)
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


def serve_store(
    store: Store,
    *,
    port: int = DEFAULT_PORT,
    open_browser: bool = False,
    announce: Any = None,
    ask: bool = False,
) -> int:
    """Serve ``store`` read-only on 127.0.0.1 until Ctrl-C (``debrief browse``).

    ``announce`` (if given) is called with a one-line message once the checks passed;
    ``ask``: `debrief ask` exists (an empty search then suggests it).
    """
    require()
    if not port_free(port):
        raise DebriefError(f"port {port} on {HOST} is in use; choose another with --port")
    # The review page's themes need spaCy's lemmas of each takeaway: the served file is
    # read-only, so any not cached yet are computed now, while it can still be written.
    from debrief.store.terms import cache_all_terms

    cache_all_terms(store, on_compute=announce and _themes_note(announce))
    # Datasette opens the file immutable, which ignores the WAL: fold it in first.
    store.checkpoint()
    if announce:
        announce(f"your pages: http://{HOST}:{port}/ (read-only, this machine only; Ctrl-C stops)")
    return serve(store.path, port=port, open_browser=open_browser, ask=ask)


def _themes_note(announce: Any) -> Any:
    def note(n: int) -> None:
        from debrief.review.fmt import plural

        announce(f"finding themes in {plural(n, 'takeaway')} (first time only)…")

    return note


def _raise_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def _stop_on_signals() -> dict[int, Any]:
    """Treat SIGINT, SIGTERM and SIGHUP like Ctrl-C, so the Datasette child is not left
    behind. SIGINT too: a process started in the background by a shell (``debrief browse
    &``) inherits it ignored, and a ``kill -INT`` then left debrief and its child serving."""
    previous: dict[int, Any] = {}
    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        signum = getattr(signal, name, None)
        if signum is None:
            continue
        with contextlib.suppress(ValueError):  # not the main thread: leave signals alone
            previous[signum] = signal.signal(signum, _raise_interrupt)
    return previous


def _restore_signals(previous: dict[int, Any]) -> None:
    for signum, handler in previous.items():
        signal.signal(signum, handler)
