"""Opening the knowledge base read-only (the pages ``debrief browse`` serves).

No migration, no write: the file is opened ``immutable`` (``debrief browse`` folds the WAL
in first), so the store's query functions run unchanged and cannot change anything.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from debrief.errors import StoreError
from debrief.store.db import Database
from debrief.store.repo import Store


def open_read_only(path: Path) -> Store:
    """A :class:`Store` on ``path`` that cannot write (raises StoreError if unreadable)."""
    if not path.exists():
        raise StoreError(f"{path}: no knowledge base yet")
    try:
        conn = sqlite3.connect(
            f"file:{quote(str(path))}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA temp_store = MEMORY")  # a big sort's file: not in /var/tmp
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot open the knowledge base ({exc})") from None
    store = Store.__new__(Store)
    store.path = path
    store.home = path.parent  # stored audio paths are relative to the data home
    store.db = Database(conn)  # the plain adapter: no sqlite-utils import
    return store
