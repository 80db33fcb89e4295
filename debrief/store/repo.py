"""Reading and writing debriefs in the knowledge base."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from debrief.errors import NotFound
from debrief.models import Extraction, FollowUp, Transcript
from debrief.names import clean_company, company_key, person_key
from debrief.store.db import connect, transaction

PENDING_STATUSES = ("pending", "transcribed", "failed")
#: A re-extracted follow-up this close (rapidfuzz ratio) to a stored one is the same one.
FOLLOW_UP_SAME = 80.0


@dataclass
class Heard:
    """Names as speech recognition wrote them, where name resolution replaced them (None
    where it did not): the contact, the company, and each person mentioned, in order."""

    contact: str | None = None
    company: str | None = None
    people: list[str | None] = field(default_factory=list)


def now_iso() -> str:
    return datetime.now().replace(microsecond=0).isoformat()


class Store:
    """The knowledge base: one SQLite file (0600, WAL)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = connect(path)

    def close(self) -> None:
        self.db.conn.close()

    def rows(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cur = self.db.execute(sql, params)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    # -- debriefs -------------------------------------------------------------------------

    def find_by_hash(self, digest: str) -> dict[str, Any] | None:
        found = self.rows("SELECT * FROM debriefs WHERE audio_hash = ?", [digest])
        return found[0] if found else None

    def find_by_audio_path(self, path: Path) -> dict[str, Any] | None:
        found = self.rows("SELECT * FROM debriefs WHERE audio_path = ?", [str(path)])
        return found[0] if found else None

    def create_debrief(
        self,
        *,
        source: str,
        recorded_at: datetime,
        audio_path: Path | None = None,
        audio_hash: str | None = None,
        original_name: str | None = None,
        duration: float | None = None,
        contact: str | None = None,
        company: str | None = None,
    ) -> int:
        """Insert a pending debrief and return its id."""
        stamp = now_iso()
        with transaction(self.db):
            cur = self.db.execute(
                "INSERT INTO debriefs (recorded_at, created_at, updated_at, source, original_name,"
                " audio_path, audio_hash, duration, status, contact_override, company_override)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)",
                [
                    recorded_at.replace(microsecond=0).isoformat(),
                    stamp,
                    stamp,
                    source,
                    original_name,
                    str(audio_path) if audio_path else None,
                    audio_hash,
                    duration,
                    contact,
                    company,
                ],
            )
        return int(cur.lastrowid or 0)

    def get(self, debrief_id: int) -> dict[str, Any]:
        """One debrief with its contact and company names (raises NotFound)."""
        found = self.rows(
            "SELECT d.*, c.name AS contact, c.title AS title, co.name AS company "
            "FROM debriefs d LEFT JOIN contacts c ON c.id = d.contact_id "
            "LEFT JOIN companies co ON co.id = d.company_id WHERE d.id = ?",
            [debrief_id],
        )
        if not found:
            raise NotFound(f"no debrief with id {debrief_id}")
        return found[0]

    def set_status(self, debrief_id: int, status: str, error: str | None = None) -> None:
        with transaction(self.db):
            self.db.execute(
                "UPDATE debriefs SET status = ?, error = ?, updated_at = ? WHERE id = ?",
                [status, error, now_iso(), debrief_id],
            )

    def set_overrides(self, debrief_id: int, contact: str | None, company: str | None) -> None:
        """Record the user's correction of contact/company (wins over extraction)."""
        with transaction(self.db):
            self.db.execute(
                "UPDATE debriefs SET contact_override = coalesce(?, contact_override),"
                " company_override = coalesce(?, company_override) WHERE id = ?",
                [contact, company, debrief_id],
            )

    def debriefs(self, limit: int | None = None, status: str | None = None) -> list[dict[str, Any]]:
        sql = (
            "SELECT d.id, d.recorded_at, d.status, d.error, d.duration, d.call_minutes, d.source,"
            " d.original_name, c.name AS contact, c.title AS title, co.name AS company,"
            " (SELECT count(*) FROM insights i WHERE i.debrief_id = d.id) AS insights"
            " FROM debriefs d LEFT JOIN contacts c ON c.id = d.contact_id"
            " LEFT JOIN companies co ON co.id = d.company_id"
        )
        params: list[Any] = []
        if status:
            sql += " WHERE d.status = ?"
            params.append(status)
        sql += " ORDER BY d.recorded_at DESC, d.id DESC"
        if limit:
            sql += " LIMIT ?"
            params.append(limit)
        return self.rows(sql, params)

    def unfinished(self) -> list[dict[str, Any]]:
        """Debriefs still to transcribe or extract, or failed: what `debrief process` retries."""
        marks = ",".join("?" * len(PENDING_STATUSES))
        return self.rows(
            f"SELECT * FROM debriefs WHERE status IN ({marks}) ORDER BY id", PENDING_STATUSES
        )

    # -- transcripts ----------------------------------------------------------------------

    def save_transcript(self, debrief_id: int, transcript: Transcript) -> None:
        """Store the transcript and its segments; the debrief becomes ``transcribed``."""
        with transaction(self.db):
            self.db.execute("DELETE FROM segments WHERE debrief_id = ?", [debrief_id])
            self.db.execute("DELETE FROM transcripts WHERE debrief_id = ?", [debrief_id])
            self.db.execute(
                "INSERT INTO transcripts (debrief_id, text, language, engine, model, settings,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    debrief_id,
                    transcript.text,
                    transcript.language,
                    transcript.engine,
                    transcript.model,
                    json.dumps(transcript.settings, sort_keys=True),
                    now_iso(),
                ],
            )
            self.db.conn.executemany(
                'INSERT INTO segments (debrief_id, idx, start, "end", text) VALUES (?, ?, ?, ?, ?)',
                [
                    (debrief_id, i, s.start, s.end, s.text)
                    for i, s in enumerate(transcript.segments)
                ],
            )
            self.db.execute(
                "UPDATE debriefs SET status = 'transcribed', error = NULL, duration = ?,"
                " updated_at = ? WHERE id = ?",
                [transcript.duration or None, now_iso(), debrief_id],
            )

    def transcript(self, debrief_id: int) -> dict[str, Any] | None:
        found = self.rows("SELECT * FROM transcripts WHERE debrief_id = ?", [debrief_id])
        return found[0] if found else None

    def segments(self, debrief_id: int) -> list[dict[str, Any]]:
        return self.rows(
            'SELECT idx, start, "end", text FROM segments WHERE debrief_id = ? ORDER BY idx',
            [debrief_id],
        )

    # -- extraction -----------------------------------------------------------------------

    def company_id(self, name: str) -> int:
        """Id of the company ``name`` (matched by normalised key), created if new."""
        display = clean_company(name)
        key = company_key(display)
        found = self.db.execute("SELECT id FROM companies WHERE key = ?", [key]).fetchone()
        if found:
            return int(found[0])
        cur = self.db.execute("INSERT INTO companies (name, key) VALUES (?, ?)", [display, key])
        return int(cur.lastrowid or 0)

    def contact_id(
        self, name: str, title: str | None, company_id: int | None, *, user_title: bool = False
    ) -> int:
        """Id of the contact ``name`` at ``company_id``, created if new. An extracted title
        fills a missing one; a title the user set (``user_title``) replaces it."""
        key = person_key(name)
        found = self.db.execute(
            "SELECT id, title FROM contacts WHERE key = ? AND company_id IS ?", [key, company_id]
        ).fetchone()
        if found:
            if title and (user_title or not found[1]):
                self.db.execute("UPDATE contacts SET title = ? WHERE id = ?", [title, found[0]])
            return int(found[0])
        cur = self.db.execute(
            "INSERT INTO contacts (name, key, title, company_id) VALUES (?, ?, ?, ?)",
            [name.strip(), key, title, company_id],
        )
        return int(cur.lastrowid or 0)

    def save_extraction(
        self, debrief_id: int, extraction: Extraction, heard: Heard | None = None
    ) -> None:
        """Replace the debrief's extracted data; the debrief becomes ``extracted``.

        What the user set wins over what was extracted: the contact, title and company they
        gave (``--contact``/``--company``, ``debrief edit``, the confirm prompt), insights they
        moved or dropped, follow-ups they edited, closed or dropped. Follow-ups are matched to
        the ones already stored (by the text extraction gave them), so they keep their ids and
        done state. ``heard``: the names as spoken where name resolution changed them.
        """
        heard = heard or Heard()
        row = self.get(debrief_id)
        contact_name = row["contact_override"] or extraction.contact.name
        company_name = row["company_override"] or extraction.contact.company
        title = row["title_override"] or extraction.contact.title
        with transaction(self.db):
            for table in ("insights", "people_mentioned", "companies_mentioned"):
                self.db.execute(f"DELETE FROM {table} WHERE debrief_id = ?", [debrief_id])
            company_id = self.company_id(company_name) if company_name else None
            contact_id = (
                self.contact_id(
                    contact_name, title, company_id, user_title=bool(row["title_override"])
                )
                if contact_name
                else None
            )
            fixes = self._corrections(debrief_id)
            insights = []
            for i in extraction.insights:
                action = fixes.get(("insight", i.text))
                if action and action[0] == "drop":
                    continue
                category = action[1] if action else i.category
                insights.append((debrief_id, category, i.text, i.start, i.end))
            self.db.conn.executemany(
                "INSERT INTO insights (debrief_id, category, text, start_char, end_char)"
                " VALUES (?, ?, ?, ?, ?)",
                insights,
            )
            self._merge_follow_ups(
                debrief_id,
                [f for f in extraction.follow_ups if ("follow_up", f.text) not in fixes],
            )
            self.db.conn.executemany(
                "INSERT INTO people_mentioned (debrief_id, name, key, company, relation, heard)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        debrief_id,
                        p.name,
                        person_key(p.name),
                        p.company,
                        p.relation,
                        heard.people[n] if n < len(heard.people) else None,
                    )
                    for n, p in enumerate(extraction.people_mentioned)
                ],
            )
            mentioned = {self.company_id(c) for c in extraction.companies_mentioned if c.strip()}
            if company_id:
                mentioned.add(company_id)
            self.db.conn.executemany(
                "INSERT INTO companies_mentioned (debrief_id, company_id) VALUES (?, ?)",
                [(debrief_id, cid) for cid in sorted(mentioned)],
            )
            self.db.execute(
                "UPDATE debriefs SET status = 'extracted', error = NULL, contact_id = ?,"
                " company_id = ?, call_minutes = ?, pipeline_version = ?, updated_at = ?,"
                " heard_contact = ?, heard_company = ? WHERE id = ?",
                [
                    contact_id,
                    company_id,
                    extraction.call_minutes,
                    extraction.pipeline_version,
                    now_iso(),
                    heard.contact,
                    heard.company,
                    debrief_id,
                ],
            )
            self._drop_orphans()

    def _corrections(self, debrief_id: int) -> dict[tuple[str, str], tuple[str, str | None]]:
        """The user's insight and follow-up corrections: (item, source text) -> (action, value)."""
        return {
            (r["item"], r["source_text"]): (r["action"], r["value"])
            for r in self.rows(
                "SELECT item, source_text, action, value FROM corrections WHERE debrief_id = ?",
                [debrief_id],
            )
        }

    def _merge_follow_ups(self, debrief_id: int, new: list[FollowUp]) -> None:
        """Store ``new`` follow-ups over the debrief's current ones, keeping ids.

        Each new one takes the stored one extraction gave the same text (else a close text,
        rapidfuzz ratio >= 80): its id, done state and, if the user edited it, their text
        and due date. Stored ones left over go, unless the user closed or edited them.
        """
        from rapidfuzz import fuzz

        old = self.rows(
            "SELECT id, coalesce(source_text, text) AS source, done_at, edited_at"
            " FROM follow_ups WHERE debrief_id = ? ORDER BY id",
            [debrief_id],
        )
        free = {r["id"]: r for r in old}
        for f in new:
            match = next((r for r in free.values() if r["source"] == f.text), None)
            if match is None:
                scored = [(fuzz.ratio(r["source"], f.text), r["id"]) for r in free.values()]
                best = max(scored, default=(0.0, 0))
                match = free[best[1]] if best[0] >= FOLLOW_UP_SAME else None
            if match is None:
                self.db.execute(
                    "INSERT INTO follow_ups (debrief_id, text, due, start_char, end_char,"
                    " source_text) VALUES (?, ?, ?, ?, ?, ?)",
                    [debrief_id, f.text, f.due, f.start, f.end, f.text],
                )
                continue
            del free[match["id"]]
            if match["edited_at"]:
                self.db.execute(
                    "UPDATE follow_ups SET start_char = ?, end_char = ?, source_text = ?"
                    " WHERE id = ?",
                    [f.start, f.end, f.text, match["id"]],
                )
            else:
                self.db.execute(
                    "UPDATE follow_ups SET text = ?, due = ?, start_char = ?, end_char = ?,"
                    " source_text = ? WHERE id = ?",
                    [f.text, f.due, f.start, f.end, f.text, match["id"]],
                )
        gone = [i for i, r in free.items() if not (r["done_at"] or r["edited_at"])]
        self.db.conn.executemany("DELETE FROM follow_ups WHERE id = ?", [(i,) for i in gone])

    def insights(self, debrief_id: int) -> list[dict[str, Any]]:
        return self.rows(
            "SELECT id, category, text, start_char, end_char FROM insights"
            " WHERE debrief_id = ? ORDER BY start_char, id",
            [debrief_id],
        )

    def follow_ups(self, debrief_id: int) -> list[dict[str, Any]]:
        return self.rows(
            "SELECT id, text, due, done_at, edited_at FROM follow_ups WHERE debrief_id = ?"
            " ORDER BY id",
            [debrief_id],
        )

    def people(self, debrief_id: int) -> list[dict[str, Any]]:
        return self.rows(
            "SELECT name, company, relation, heard FROM people_mentioned WHERE debrief_id = ?"
            " ORDER BY id",
            [debrief_id],
        )

    def companies(self, debrief_id: int) -> list[str]:
        return [
            r["name"]
            for r in self.rows(
                "SELECT co.name FROM companies_mentioned m"
                " JOIN companies co ON co.id = m.company_id"
                " WHERE m.debrief_id = ? ORDER BY co.name",
                [debrief_id],
            )
        ]

    def full(self, debrief_id: int) -> dict[str, Any]:
        """A debrief with everything known about it (``show`` and ``export``)."""
        row = self.get(debrief_id)
        transcript = self.transcript(debrief_id)
        if transcript and transcript.get("settings"):
            transcript["settings"] = json.loads(transcript["settings"])
        row["transcript"] = transcript
        row["segments"] = self.segments(debrief_id)
        row["insights"] = self.insights(debrief_id)
        row["follow_ups"] = self.follow_ups(debrief_id)
        row["people_mentioned"] = self.people(debrief_id)
        row["companies_mentioned"] = self.companies(debrief_id)
        return row

    # -- deletion -------------------------------------------------------------------------

    def delete(self, debrief_id: int) -> dict[str, Any]:
        """Delete a debrief and leave no trace of it in the database file.

        Rows go (FTS rows through triggers), orphaned contacts and companies too; then the
        FTS indexes are merged, the WAL checkpointed and the file vacuumed, so no page, free
        or live, still holds its words (``secure_delete`` zeroes freed pages as well).
        """
        row = self.get(debrief_id)
        with transaction(self.db):
            for table in (
                "segments",
                "insights",
                "follow_ups",
                "people_mentioned",
                "companies_mentioned",
                "corrections",
                "transcripts",
            ):
                self.db.execute(f"DELETE FROM {table} WHERE debrief_id = ?", [debrief_id])
            self.db.execute("DELETE FROM debriefs WHERE id = ?", [debrief_id])
            self._drop_orphans()
        self.scrub()
        return row

    @contextmanager
    def bulk(self) -> Iterator[Store]:
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

    # -- follow-ups -----------------------------------------------------------------------

    def set_follow_up_done(self, follow_up_id: int, done: bool = True) -> dict[str, Any]:
        found = self.rows("SELECT * FROM follow_ups WHERE id = ?", [follow_up_id])
        if not found:
            raise NotFound(f"no follow-up with id {follow_up_id}")
        with transaction(self.db):
            self.db.execute(
                "UPDATE follow_ups SET done_at = ? WHERE id = ?",
                [now_iso() if done else None, follow_up_id],
            )
        return found[0]
