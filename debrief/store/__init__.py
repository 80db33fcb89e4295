"""Storage stage: the SQLite knowledge base (sqlite-utils, migrations, FTS5)."""

from __future__ import annotations

from debrief.store.db import connect, migrate, schema_sql
from debrief.store.repo import Store
from debrief.store.search import fts_query, search

__all__ = ["Store", "connect", "fts_query", "migrate", "schema_sql", "search"]
