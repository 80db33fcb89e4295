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


def open_store(settings: Settings, *, create: bool = True) -> Store:
    """Open (creating and migrating) the knowledge base in the settings' data home.

    ``create=False`` (a command that reads or corrects, not one that files): a data home
    that does not exist is a one-line :class:`StoreError`, not made empty, so a mistyped
    ``DEBRIEF_HOME`` does not show as a knowledge base with nothing in it."""
    if not create and not settings.home.is_dir():
        from debrief.errors import StoreError

        where = " (DEBRIEF_HOME)" if settings.sources.get("home") == "env" else ""
        raise StoreError(
            f"no data home at {settings.home}{where}: nothing is filed there; check the "
            "path, or file a first call with `debrief add`"
        )
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
