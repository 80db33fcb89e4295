"""The knowledge base's connection: a thin adapter over a plain ``sqlite3`` connection that
speaks the part of sqlite-utils' ``Database`` everyday queries use (sqlite-utils itself is
imported only when a caller asks for more: importing it imports numpy). Opened and migrated
by :mod:`debrief.store.db`.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils


class Database:
    """The knowledge base connection: a plain ``sqlite3`` connection (autocommit) with the
    calls of sqlite-utils' ``Database`` that everyday queries use, under the same names and
    with the same behaviour: ``execute``, ``executescript``, ``atomic``. Anything else of
    sqlite-utils is there too, imported on first use: ``db["table"]`` and :attr:`utils`.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: sqlite_utils.Database | None = None

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

    @contextmanager
    def atomic(self, *, immediate: bool = False) -> Iterator[Database]:
        """A transaction (BEGIN), or a savepoint inside one: as sqlite-utils' ``atomic``.
        ``immediate``: take the write lock at BEGIN (BEGIN IMMEDIATE), not at the first write."""
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # an error may already have ended it
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
            return
        savepoint = f"debrief_{secrets.token_hex(8)}"
        self.conn.execute(f"SAVEPOINT {savepoint}")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")

    @property
    def utils(self) -> sqlite_utils.Database:
        """A sqlite-utils ``Database`` on this same connection (imports sqlite-utils)."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    def __getitem__(self, name: str) -> Any:
        """A sqlite-utils table or view (imports sqlite-utils)."""
        return self.utils[name]

    def table_exists(self, name: str) -> bool:
        """Whether a table of that name exists (plain SQL)."""
        found = self.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]
        ).fetchone()
        return found is not None

    def close(self) -> None:
        self.conn.close()


@contextmanager
def first_open_lock(
    path: str | os.PathLike[str], conn: sqlite3.Connection, *, always: bool = False
) -> Iterator[None]:
    """Serialise what only the first opening of a knowledge base does (switching it to WAL,
    applying migrations) between processes, with an advisory lock on ``PATH.lock``. Taken
    only when there is something to do (a new file, or ``always``); elsewhere than POSIX
    it is a no-op."""
    new = always or conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal"
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        new = False
    if not new:
        yield
        return
    try:
        fd = os.open(f"{path}.lock", os.O_CREAT | os.O_RDWR, 0o600)
    except OSError:  # a read-only place: nothing can be migrated there anyway
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock
