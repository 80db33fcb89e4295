"""The knowledge base on real SQLite files: migrations, privacy, FTS sync, deletion."""

from __future__ import annotations

import sqlite3
import stat
import tempfile
from datetime import datetime
from pathlib import Path

import pytest
import sqlite_utils

from debrief.config import data_file
from debrief.errors import StoreError
from debrief.models import Contact, Extraction, FollowUp, Insight, Person, Segment, Transcript
from debrief.store import Store, schema_sql, search
from debrief.store import db as dbmod

TEXT = (
    "Talked to Zelda Quorra, an engineer at Flumox. She said promotions are slow. "
    "The xylophonic onboarding was great."
)


def fill(
    store: Store,
    text: str = TEXT,
    when: str = "2026-11-20T10:00:00",
    contact: str = "Zelda Quorra",
    referral: str = "Ombrix Tallow",
) -> int:
    debrief_id = store.create_debrief(source="text", recorded_at=datetime.fromisoformat(when))
    store.save_transcript(
        debrief_id,
        Transcript(text, [Segment(0.0, 3.0, text)], "en", 3.0, "text", ""),
    )
    s1 = text.index("She said")
    s2 = text.index("The ", s1)
    store.save_extraction(
        debrief_id,
        Extraction(
            contact=Contact(contact, "engineer", "Flumox"),
            insights=[
                Insight("advancement", text[s1:s2].strip(), s1, s2 - 1),
                Insight("culture", text[s2:], s2, len(text)),
            ],
            follow_ups=[FollowUp("email Zelda", "2026-11-27")],
            people_mentioned=[Person(referral, "Flumox", "referral")],
            companies_mentioned=["Flumox Inc."],
            call_minutes=20,
            pipeline_version="test",
        ),
    )
    return debrief_id


def test_database_is_private_wal_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "kb" / "debrief.db"
    store = Store(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == dbmod.BUSY_TIMEOUT_MS
    fill(store)
    for extra in ("-wal", "-shm"):
        side = Path(str(path) + extra)
        if side.exists():
            assert stat.S_IMODE(side.stat().st_mode) == 0o600
    names = dbmod.applied_migrations(store.db)
    assert names == [fn.__name__ for fn in dbmod.MIGRATIONS]
    assert names[:8] == [
        "m001_core",
        "m002_fts",
        "m003_insight_terms",
        "m004_kb_view_indexes",
        "m005_debriefs_named",
        "m006_relative_audio_paths",
        "m007_pending_scrubs",
        "m008_user_fields",
    ]
    store.close()
    # Reopening applies nothing twice.
    again = Store(path)
    assert dbmod.migrate(again.db) == []


def test_schema_snapshot_matches_migrations() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = schema_sql(dbmod.connect(Path(tmp) / "x.db"))
    snapshot = data_file("schemas", "schema.sql").read_text()
    assert fresh == snapshot, "schemas/schema.sql is stale: run python -m debrief.store.db"


def test_a_failing_migration_rolls_back_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def m999_broken(db: sqlite_utils.Database) -> None:
        db.execute("CREATE TABLE half_done (x)")
        db.execute("THIS IS NOT SQL")

    monkeypatch.setattr(dbmod, "MIGRATIONS", [*dbmod.MIGRATIONS, m999_broken])
    with pytest.raises(StoreError, match="syntax error"):
        dbmod.connect(tmp_path / "x.db")
    conn = sqlite3.connect(tmp_path / "x.db")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables and "debriefs" in tables
    applied = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
    assert "m999_broken" not in applied and "m001_core" in applied


def test_a_nested_transaction_rolls_back_alone(tmp_path: Path) -> None:
    """The adapter's savepoints (sqlite-utils' ``atomic``, without importing it): a failing
    inner transaction undoes only its own writes; the outer one still commits."""
    store = Store(tmp_path / "debrief.db")
    insert = "INSERT INTO companies (name, key) VALUES (?, ?)"
    with dbmod.transaction(store.db):
        store.db.execute(insert, ["Outer", "outer"])
        with pytest.raises(sqlite3.IntegrityError), dbmod.transaction(store.db):
            store.db.execute(insert, ["Inner", "inner"])
            store.db.execute(insert, ["Again", "outer"])  # key is UNIQUE
    store.close()
    conn = sqlite3.connect(tmp_path / "debrief.db")
    assert [r[0] for r in conn.execute("SELECT key FROM companies")] == ["outer"]


def test_an_up_to_date_database_opens_without_sqlite_utils(tmp_path: Path) -> None:
    """Start-up (issue 16): the applied migrations are read with plain SQL, and sqlite-utils
    (which imports numpy) is imported only when one is pending."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    Store(tmp_path / "debrief.db").close()  # created and migrated
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from debrief.store import Store\n"
        f"store = Store(Path({str(tmp_path / 'debrief.db')!r}))\n"
        "store.db.execute('SELECT count(*) FROM debriefs').fetchone()\n"
        "print(sorted(m for m in ('sqlite_utils', 'numpy') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "[]"


def test_a_database_from_before_sqlite_utils_migrations_upgrades(tmp_path: Path) -> None:
    """A knowledge base whose log is the old ``_migrations`` table (m001..m004 applied)
    keeps its data, applies only the newer migrations, and logs in ``_sqlite_migrations``."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn)
    old = ["m001_core", "m002_fts", "m003_insight_terms", "m004_kb_view_indexes"]
    for fn in dbmod.MIGRATIONS:
        if fn.__name__ in old:
            fn(db)
    db.execute(
        "CREATE TABLE _migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
        " applied_at TEXT NOT NULL)"
    )
    for name in old:
        db.execute(
            "INSERT INTO _migrations (name, applied_at) VALUES (?, '2026-11-01 10:00:00')", [name]
        )
    db.execute(
        "INSERT INTO debriefs (recorded_at, created_at, updated_at, source)"
        " VALUES ('2026-11-01T10:00:00', 'x', 'x', 'text')"
    )
    conn.close()
    store = Store(path)
    names = dbmod.applied_migrations(store.db)
    assert names[:4] == old and "m005_debriefs_named" in names
    assert not store.db["_migrations"].exists()
    assert store.get(1)["source"] == "text"  # kept, and readable through the new view
    assert dbmod.migrate(store.db) == []


def test_fts_follows_inserts_updates_and_deletes(tmp_path: Path) -> None:
    store = Store(tmp_path / "debrief.db")
    debrief_id = fill(store)
    hits = search(store, "promoted")  # porter stemming: promoted ~ promotions
    assert [h["category"] for h in hits] == ["advancement"]
    assert hits[0]["contact"] == "Zelda Quorra" and hits[0]["company"] == "Flumox"
    store.db.execute("UPDATE insights SET text = 'renamed words' WHERE category = 'advancement'")
    assert all(h["category"] != "advancement" for h in search(store, "promoted"))
    assert search(store, "renamed")[0]["debrief_id"] == debrief_id
    # Transcript text is searchable too.
    assert search(store, "xylophonic")
    store.delete(debrief_id)
    assert search(store, "xylophonic") == [] and search(store, "renamed") == []


def test_companies_are_normalised(tmp_path: Path) -> None:
    store = Store(tmp_path / "debrief.db")
    a = fill(store)
    b = fill(store, TEXT.replace("Flumox.", "flumox, inc."), "2026-11-21T10:00:00")
    assert store.get(a)["company_id"] == store.get(b)["company_id"]
    assert store.rows("SELECT name FROM companies") == [{"name": "Flumox"}]


def test_delete_leaves_no_trace_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "debrief.db"
    store = Store(path)
    keep = fill(
        store,
        TEXT.replace("Zelda Quorra", "Anna Smith").replace("xylophonic", "ordinary"),
        contact="Anna Smith",
        referral="Bob Jones",
    )
    gone = fill(store, when="2026-11-22T10:00:00")
    store.delete(gone)
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("debrief.db"))
    for secret in (b"xylophonic", b"Quorra", b"Ombrix", b"Tallow"):
        assert secret not in raw, secret
    assert store.get(keep)["contact_id"] is not None
    assert search(store, "ordinary")
