"""Deleting a debrief so that no trace of it is left in the database file (part of Store)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from debrief.store.db import now_iso, transaction

if TYPE_CHECKING:
    from debrief.store.db import Database


class Deletion:
    """The part of :class:`~debrief.store.repo.Store` that deletes and scrubs."""

    if TYPE_CHECKING:
        db: Database

        def rows(self, sql: str, params: Any = ()) -> list[dict[str, Any]]: ...
        def get(self, debrief_id: int) -> dict[str, Any]: ...
        def audio_file(self, stored: str | None) -> Path | None: ...
        def inside_home(self, path: Path) -> bool: ...

    def delete(self, debrief_id: int) -> dict[str, Any]:
        """Delete a debrief, its audio file, and leave no trace of it in the database file.

        The rows go (FTS rows through triggers; orphaned contacts and companies, and the
        fields the user set on it, too) in one transaction that also records a pending
        scrub. The scrub then merges the FTS indexes, vacuums, checkpoints and truncates the
        WAL, and removes the audio file if it lies inside the data home; only then is the
        pending record dropped. Killed anywhere in between, the next command that opens the
        knowledge base finishes the scrub (``secure_delete`` zeroes freed pages as well).
        """
        row = self.get(debrief_id)
        (stored,) = self.db.execute(
            "SELECT audio_path FROM debriefs WHERE id = ?", [debrief_id]
        ).fetchone()
        with transaction(self.db):
            self.db.execute(
                "DELETE FROM user_fields WHERE (entity = 'debrief' AND entity_id = ?)"
                " OR (entity = 'follow_up' AND entity_id IN"
                " (SELECT id FROM follow_ups WHERE debrief_id = ?))",
                [debrief_id, debrief_id],
            )
            for table in (
                "segments",
                "insights",
                "follow_ups",
                "people_mentioned",
                "companies_mentioned",
                "transcripts",
            ):
                self.db.execute(f"DELETE FROM {table} WHERE debrief_id = ?", [debrief_id])
            self.db.execute("DELETE FROM debriefs WHERE id = ?", [debrief_id])
            self._drop_orphans()
            self.db.execute(
                "INSERT INTO pending_scrubs (debrief_id, audio_path, requested_at)"
                " VALUES (?, ?, ?)",
                [debrief_id, stored, now_iso()],
            )
        self.finish_scrubs()
        return row

    def finish_scrubs(self) -> int:
        """Finish every pending scrub (see :meth:`delete`); returns how many were finished.

        Cheap when none is pending (one query). If another process holds the database the
        scrub stays pending and the next command finishes it.
        """
        pending = self.rows("SELECT id, audio_path FROM pending_scrubs ORDER BY id")
        if not pending:
            return 0
        try:
            self.scrub()
        except sqlite3.OperationalError:
            return 0  # busy (another debrief at work): still pending, retried next time
        for item in pending:
            path = self.audio_file(item["audio_path"])
            # Only ever a file of this home: a copied home's rows must not reach the original.
            if path is not None and self.inside_home(path):
                path.unlink(missing_ok=True)
        with transaction(self.db):
            marks = ",".join("?" * len(pending))
            self.db.execute(
                f"DELETE FROM pending_scrubs WHERE id IN ({marks})", [p["id"] for p in pending]
            )
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return len(pending)

    @contextmanager
    def bulk(self) -> Iterator[Self]:
        """Many writes in one transaction (imports, benchmarks).

        Orphaned contacts and companies are dropped once at the end instead of after every
        ``save_extraction`` (which costs a scan of all debriefs each time).
        """
        self._bulk = True
        try:
            with transaction(self.db):
                yield self
                self._bulk = False
                self._drop_orphans()
        finally:
            self._bulk = False

    def _drop_orphans(self) -> None:
        if getattr(self, "_bulk", False):
            return
        self.db.execute(
            "DELETE FROM contacts WHERE id NOT IN"
            " (SELECT contact_id FROM debriefs WHERE contact_id IS NOT NULL)"
        )
        self.db.execute(
            "DELETE FROM companies WHERE id NOT IN"
            " (SELECT company_id FROM debriefs WHERE company_id IS NOT NULL)"
            " AND id NOT IN (SELECT company_id FROM companies_mentioned)"
            " AND id NOT IN (SELECT company_id FROM contacts WHERE company_id IS NOT NULL)"
        )

    def scrub(self) -> None:
        """Purge deleted text from FTS segments, the WAL and free pages."""
        for fts in ("insights_fts", "transcripts_fts"):
            self.db.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
            self.db.execute(f"INSERT INTO {fts}({fts}) VALUES ('optimize')")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.execute("VACUUM")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
