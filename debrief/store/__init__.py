"""Storage stage: the SQLite knowledge base (sqlite-utils, migrations, FTS5).

The store owns every SQL statement: other modules call its methods and query functions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from debrief.store.db import connect, migrate, schema_sql
from debrief.store.listing import list_insights
from debrief.store.repo import Store
from debrief.store.search import fts_query, search

if TYPE_CHECKING:
    from debrief.config import Settings


def open_store(settings: Settings) -> Store:
    """Open (creating and migrating) the knowledge base in the settings' data home."""
    # The home holds personal notes and voices: private to the user.
    settings.home.mkdir(mode=0o700, parents=True, exist_ok=True)
    settings.recordings_dir.mkdir(mode=0o700, exist_ok=True)
    return Store(settings.db_path)


__all__ = [
    "Store",
    "connect",
    "fts_query",
    "list_insights",
    "migrate",
    "open_store",
    "schema_sql",
    "search",
]
