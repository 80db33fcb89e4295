"""Opening the knowledge base and migrating its schema.

The migrations (:mod:`debrief.store.migrations`: small named functions registered in order
with ``@migration``) are applied by a sqlite-utils :class:`~sqlite_utils.Migrations` set,
each in one transaction, recorded in ``_sqlite_migrations``. ``schemas/schema.sql`` is a
snapshot of the result; a test fails when the two drift apart (regenerate it with
``python -m debrief.store.db``).

Everyday queries go through :class:`~debrief.store.connection.Database`, a thin adapter
over a plain ``sqlite3`` connection. sqlite-utils is imported only when a migration is
pending, or when a caller asks for its features (``db["table"]``, ``Database.utils``):
importing it imports numpy (about 100 ms), which commands that only read the knowledge
base should not pay.
Which migrations are applied is read from ``_sqlite_migrations`` with plain SQL.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from debrief.errors import StoreError
from debrief.store.connection import Database, first_open_lock
from debrief.store.migrations import MIGRATIONS, Migration

if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_MS = 5000

#: The name of debrief's migration set in sqlite-utils' log, and that log's table.
MIGRATION_SET = "debrief"
MIGRATIONS_TABLE = "_sqlite_migrations"


def migration_set(migrations: Sequence[Migration] | None = None) -> sqlite_utils.Migrations:
    """The sqlite-utils ``Migrations`` set of ``migrations`` (default :data:`MIGRATIONS`),
    in order. Imports sqlite-utils: only when something is to be applied."""
    from sqlite_utils import Migrations

    out = Migrations(MIGRATION_SET)
    for fn in MIGRATIONS if migrations is None else migrations:
        out(name=fn.__name__)(fn)
    return out


def _create_private(path: Path) -> None:
    """Create the database file 0600 before SQLite opens it (it holds personal notes); one
    already there (copied in, restored from a backup, chmod 644) loses its group and other
    bits, and so do its -wal and -shm (SQLite makes them with the file's mode): a 0644
    file stayed readable by every user of the machine (qa61). The owner's bits are left."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except FileExistsError:
        for each in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            with suppress(OSError):  # gone, or another user's: left as it is
                mode = each.stat().st_mode & 0o777
                if mode & 0o077:
                    os.chmod(each, mode & 0o700)


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
        with first_open_lock(path, conn):
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        # Deleted notes are overwritten with zeros, not left in free pages.
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        # Temporary files (a savepoint's journal past 64 KiB, sorts, VACUUM's copy) stay in
        # memory: SQLite would write them, personal notes included, to /var/tmp.
        conn.execute("PRAGMA temp_store = MEMORY")
        # As sqlite-utils' Database does on every connection it opens (it opened this one
        # before): a trigger's own deletes fire triggers too.
        conn.execute("PRAGMA recursive_triggers = ON")
        db = Database(conn)
        if _pending(db):
            # Two commands started at once on a new (or older) knowledge base would both
            # apply the migrations: "database is locked", "table ... already exists".
            with first_open_lock(path, conn, always=True):
                migrate(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot open the knowledge base ({exc})") from None
    return db


def _pending(db: Database, migrations: Sequence[Migration] = MIGRATIONS) -> bool:
    """Whether a migration may be pending: two plain queries, the check :func:`migrate` starts
    with (an old log in ``_migrations`` is always adopted)."""
    if db.table_exists("_migrations"):
        return True
    done = set(applied_migrations(db))
    return not all(fn.__name__ in done for fn in migrations)


def applied_migrations(db: Database) -> list[str]:
    """The names of the migrations applied to ``db``, in the order they were applied
    (plain SQL on sqlite-utils' log: no sqlite-utils import)."""
    if not db.table_exists(MIGRATIONS_TABLE):
        return []
    rows = db.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    )
    return [row[0] for row in rows]


def migrate(db: Database, migrations: Sequence[Migration] | None = None) -> list[str]:
    """Apply pending migrations (of :data:`MIGRATIONS` unless told), each in its own
    transaction. Returns the names applied.

    The usual case, nothing pending, is two plain queries; sqlite-utils (and the numpy it
    imports) is loaded only when there is something to apply."""
    migrations = MIGRATIONS if migrations is None else migrations
    if not _pending(db, migrations):
        return []
    steps = migration_set(migrations)
    _adopt_old_log(db, steps)
    pending = [m.name for m in steps.pending(db.utils)]
    if pending:
        steps.apply(db.utils)
    return pending


def _adopt_old_log(db: Database, migrations: sqlite_utils.Migrations) -> None:
    """Move the log of databases made before sqlite-utils' Migrations (``_migrations``,
    same names) into ``_sqlite_migrations``, so nothing is applied twice."""
    if not db.table_exists("_migrations"):
        return
    with transaction(db):
        migrations.ensure_migrations_table(db.utils)
        done = set(applied_migrations(db))
        for name, applied_at in db.execute("SELECT name, applied_at FROM _migrations ORDER BY id"):
            if name not in done:
                db.execute(
                    f"INSERT INTO {MIGRATIONS_TABLE}"
                    " (migration_set, name, applied_at) VALUES (?, ?, ?)",
                    [migrations.name, name, applied_at],
                )
        db.execute("DROP TABLE _migrations")


def now_iso() -> str:
    """Now, local time to the second, as stored in the knowledge base."""
    return datetime.now().replace(microsecond=0).isoformat()


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One write transaction. The outer one starts with BEGIN IMMEDIATE, so a second writer
    (another debrief process) queues on the busy timeout instead of failing on a lock
    upgrade; a nested one is a savepoint (:meth:`Database.atomic`)."""
    with db.atomic(immediate=True):  # inside a transaction already: a savepoint
        yield db


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
