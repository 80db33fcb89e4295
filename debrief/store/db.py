"""Opening the knowledge base and migrating its schema.

Migrations are small named functions applied in order, each in one transaction, and
recorded in ``_migrations``. ``schemas/schema.sql`` is a snapshot of the result; a test
fails when the two drift apart (regenerate it with ``python -m debrief.store.db``).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from debrief.errors import StoreError

BUSY_TIMEOUT_MS = 5000


class Database:
    """The knowledge base connection, with the two calls of sqlite-utils' ``Database`` that
    debrief uses (same names and behaviour on this autocommit connection): ``execute`` and
    ``executescript``. Not sqlite-utils itself: importing it imports numpy (and pandas when
    installed) for column types debrief never asks for, a cost every command paid at start.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def executescript(self, sql: str) -> sqlite3.Cursor:
        """Run several statements; inside a transaction one by one, since sqlite3's own
        ``executescript`` would commit the transaction first."""
        if not self.conn.in_transaction:
            return self.conn.executescript(sql)
        cursor = self.conn.cursor()
        statement = ""
        for line in sql.splitlines(keepends=True):
            statement += line
            if sqlite3.complete_statement(statement):
                cursor.execute(statement)
                statement = ""
        if statement.strip():
            cursor.execute(statement)
        return cursor

    def close(self) -> None:
        self.conn.close()


Migration = Callable[[Database], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(fn: Migration) -> Migration:
    """Register ``fn`` as the next migration, under its function name."""
    MIGRATIONS.append((fn.__name__, fn))
    return fn


@migration
def m001_core(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE companies (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE
        );
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            key TEXT NOT NULL,
            title TEXT,
            company_id INTEGER REFERENCES companies(id),
            UNIQUE (key, company_id)
        );
        CREATE TABLE debriefs (
            id INTEGER PRIMARY KEY,
            recorded_at TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('audio', 'recording', 'text')),
            original_name TEXT,
            audio_path TEXT,
            audio_hash TEXT UNIQUE,
            duration REAL,
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'transcribed', 'extracted', 'failed')),
            error TEXT,
            contact_id INTEGER REFERENCES contacts(id),
            company_id INTEGER REFERENCES companies(id),
            contact_override TEXT,
            company_override TEXT,
            call_minutes INTEGER,
            pipeline_version TEXT
        );
        CREATE INDEX idx_debriefs_recorded_at ON debriefs(recorded_at);
        CREATE INDEX idx_debriefs_status ON debriefs(status);
        CREATE INDEX idx_debriefs_company ON debriefs(company_id);
        CREATE INDEX idx_debriefs_contact ON debriefs(contact_id);
        CREATE TABLE transcripts (
            debrief_id INTEGER PRIMARY KEY REFERENCES debriefs(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            language TEXT,
            engine TEXT,
            model TEXT,
            settings TEXT,
            created_at TEXT NOT NULL
        );
        CREATE TABLE segments (
            id INTEGER PRIMARY KEY,
            debrief_id INTEGER NOT NULL REFERENCES debriefs(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start REAL NOT NULL,
            "end" REAL NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX idx_segments_debrief ON segments(debrief_id, idx);
        CREATE TABLE insights (
            id INTEGER PRIMARY KEY,
            debrief_id INTEGER NOT NULL REFERENCES debriefs(id) ON DELETE CASCADE,
            category TEXT,
            text TEXT NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL
        );
        CREATE INDEX idx_insights_debrief ON insights(debrief_id);
        CREATE INDEX idx_insights_category ON insights(category);
        CREATE TABLE follow_ups (
            id INTEGER PRIMARY KEY,
            debrief_id INTEGER NOT NULL REFERENCES debriefs(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            due TEXT,
            done_at TEXT,
            start_char INTEGER,
            end_char INTEGER
        );
        CREATE INDEX idx_follow_ups_debrief ON follow_ups(debrief_id);
        CREATE INDEX idx_follow_ups_open ON follow_ups(done_at, due);
        CREATE TABLE people_mentioned (
            id INTEGER PRIMARY KEY,
            debrief_id INTEGER NOT NULL REFERENCES debriefs(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            key TEXT NOT NULL,
            company TEXT,
            relation TEXT NOT NULL CHECK (relation IN ('referral', 'mentioned'))
        );
        CREATE INDEX idx_people_debrief ON people_mentioned(debrief_id);
        CREATE INDEX idx_people_key ON people_mentioned(key);
        CREATE TABLE companies_mentioned (
            debrief_id INTEGER NOT NULL REFERENCES debriefs(id) ON DELETE CASCADE,
            company_id INTEGER NOT NULL REFERENCES companies(id),
            PRIMARY KEY (debrief_id, company_id)
        );
        """
    )


@migration
def m002_fts(db: Database) -> None:
    # External-content FTS5 tables kept in sync by triggers. Porter stemming makes
    # "promoted" find "promotion"; unicode61 folds case and accents.
    db.executescript(
        """
        CREATE VIRTUAL TABLE insights_fts USING fts5(
            text, content='insights', content_rowid='id',
            tokenize='porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER insights_ai AFTER INSERT ON insights BEGIN
            INSERT INTO insights_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER insights_ad AFTER DELETE ON insights BEGIN
            INSERT INTO insights_fts(insights_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        CREATE TRIGGER insights_au AFTER UPDATE OF text ON insights BEGIN
            INSERT INTO insights_fts(insights_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO insights_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE VIRTUAL TABLE transcripts_fts USING fts5(
            text, content='transcripts', content_rowid='debrief_id',
            tokenize='porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER transcripts_ai AFTER INSERT ON transcripts BEGIN
            INSERT INTO transcripts_fts(rowid, text) VALUES (new.debrief_id, new.text);
        END;
        CREATE TRIGGER transcripts_ad AFTER DELETE ON transcripts BEGIN
            INSERT INTO transcripts_fts(transcripts_fts, rowid, text)
                VALUES ('delete', old.debrief_id, old.text);
        END;
        CREATE TRIGGER transcripts_au AFTER UPDATE OF text ON transcripts BEGIN
            INSERT INTO transcripts_fts(transcripts_fts, rowid, text)
                VALUES ('delete', old.debrief_id, old.text);
            INSERT INTO transcripts_fts(rowid, text) VALUES (new.debrief_id, new.text);
        END;
        """
    )


@migration
def m003_insight_terms(db: Database) -> None:
    # Cache of the lemmatised terms of an insight (debrief.review.themes): computing them
    # needs spaCy, which takes seconds to load. Dropped with its insight.
    db.executescript(
        """
        CREATE TABLE insight_terms (
            insight_id INTEGER PRIMARY KEY REFERENCES insights(id) ON DELETE CASCADE,
            terms TEXT NOT NULL,
            version TEXT NOT NULL
        );
        """
    )


@migration
def m004_kb_view_indexes(db: Database) -> None:
    # The company view: "mentioned in other calls" looks companies_mentioned up by company,
    # and "people said to work there" looks people_mentioned up by company name prefix
    # (LIKE 'stripe%' uses a NOCASE index).
    db.execute("CREATE INDEX idx_companies_mentioned_company ON companies_mentioned(company_id)")
    db.execute("CREATE INDEX idx_people_company ON people_mentioned(company COLLATE NOCASE)")


def _create_private(path: Path) -> None:
    """Create the database file 0600 before SQLite opens it (it holds personal notes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except FileExistsError:
        pass


def connect(path: Path) -> Database:
    """Open (creating if needed) and migrate the knowledge base at ``path``."""
    try:
        old_umask = os.umask(0o077)  # the -wal and -shm files are private too
        try:
            _create_private(path)
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        finally:
            os.umask(old_umask)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        # Deleted notes are overwritten with zeros, not left in free pages.
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils, which opened it before
        db = Database(conn)
        migrate(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot open the knowledge base ({exc})") from None
    return db


def applied_migrations(db: Database) -> list[str]:
    found = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_migrations'")
    if found.fetchone() is None:
        return []
    return [row[0] for row in db.execute("SELECT name FROM _migrations ORDER BY id")]


def migrate(db: Database) -> list[str]:
    """Apply pending migrations, each in its own transaction. Returns the names applied."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS _migrations ("
        "id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL)"
    )
    done = set(applied_migrations(db))
    applied = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        with transaction(db):
            fn(db)
            db.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, datetime('now'))", [name]
            )
        applied.append(name)
    return applied


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One write transaction (BEGIN IMMEDIATE: writers queue on the busy timeout)."""
    conn = db.conn
    if conn.in_transaction:  # nested: the outer transaction owns commit/rollback
        yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def schema_sql(db: Database) -> str:
    """The schema as SQL, in a stable order (the snapshot in ``schemas/schema.sql``)."""
    rows = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%' ORDER BY type, name"
    ).fetchall()
    parts = ["-- debrief knowledge base schema. Generated: python -m debrief.store.db"]
    parts += [f"{sql.strip()};" for _type, _name, sql in rows]
    return "\n\n".join(parts) + "\n"


if __name__ == "__main__":
    import sys
    import tempfile

    from debrief.config import data_file

    with tempfile.TemporaryDirectory() as tmp:
        snapshot = schema_sql(connect(Path(tmp) / "snapshot.db"))
    target = data_file("schemas", "schema.sql")
    if "--check" in sys.argv:
        sys.exit(0 if target.exists() and target.read_text() == snapshot else 1)
    target.write_text(snapshot)
    print(f"wrote {target}")
