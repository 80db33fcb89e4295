"""Reading and writing debriefs in the knowledge base."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from debrief.errors import NotFound
from debrief.models import Segment, Transcript
from debrief.store.db import connect, now_iso, transaction
from debrief.store.deletion import Deletion
from debrief.store.extracted import Extracted
from debrief.store.ids import gone_or_never, next_id

PENDING_STATUSES = ("pending", "transcribed", "failed")


def heard_words(segment: Segment) -> str | None:
    """A segment's words with their probabilities as stored (``segments.words``): JSON
    ``[[word, probability], ...]``, or None when the engine gave none."""
    if not segment.words:
        return None
    return json.dumps([[w.text, w.probability] for w in segment.words], ensure_ascii=False)


class Store(Extracted, Deletion):
    """The knowledge base: one SQLite file (0600, WAL)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        #: The data home: paths inside it are stored relative to it (a copied or moved
        #: home keeps working and never reaches into the original).
        self.home = path.parent
        self.db = connect(path)
        # A delete interrupted (crash, SIGKILL) after its rows went: finish scrubbing now.
        self.finish_scrubs()

    def close(self) -> None:
        self.db.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """Several writes as one: all of them or none (nested calls join the outer one)."""
        with transaction(self.db):
            yield self

    def rows(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cur = self.db.execute(sql, params)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    # -- paths in the data home -----------------------------------------------------------

    def stored_path(self, path: Path) -> str:
        """How ``path`` is stored: relative to the data home when inside it, else absolute."""
        absolute = Path(path).absolute()
        with contextlib.suppress(ValueError):
            return absolute.relative_to(self.home.absolute()).as_posix()
        return str(absolute)

    def audio_file(self, stored: str | None) -> Path | None:
        """The file a stored ``audio_path`` names in the current data home."""
        if not stored:
            return None
        path = Path(stored)
        return path if path.is_absolute() else self.home / path

    def inside_home(self, path: Path) -> bool:
        """Whether ``path`` (symlinks resolved) lies inside the current data home."""
        return Path(path).resolve().is_relative_to(self.home.resolve())

    def _resolved(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            if row.get("audio_path"):
                row["audio_path"] = str(self.audio_file(row["audio_path"]))
        return rows

    def known_audio_paths(self) -> set[str]:
        """Every debrief's audio file as an absolute path in the current home."""
        return {
            str(self.audio_file(r["audio_path"]))
            for r in self.rows("SELECT audio_path FROM debriefs WHERE audio_path IS NOT NULL")
        }

    # -- debriefs -------------------------------------------------------------------------

    def find_by_hash(self, digest: str) -> dict[str, Any] | None:
        found = self.rows("SELECT * FROM debriefs WHERE audio_hash = ?", [digest])
        return found[0] if found else None

    def find_typed(self, text: str) -> dict[str, Any] | None:
        """The typed recap filed with ``text`` already (whitespace aside: a paste again may
        differ in line ends or a trailing space), the first filed; None when it is new."""
        wanted = " ".join(text.split())
        for row in self.rows(
            "SELECT d.*, t.text AS typed FROM debriefs d JOIN transcripts t"
            " ON t.debrief_id = d.id WHERE d.source = 'text' ORDER BY d.id"
        ):
            if " ".join(str(row["typed"]).split()) == wanted:
                return row
        return None

    def find_by_audio_path(self, path: Path) -> dict[str, Any] | None:
        found = self.rows(
            "SELECT * FROM debriefs WHERE audio_path IN (?, ?)",
            [self.stored_path(path), str(Path(path).absolute())],
        )
        return self._resolved(found)[0] if found else None

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
        title: str | None = None,
    ) -> int:
        """Insert a pending debrief and return its id. A ``title`` is the user's (said at
        the question), kept over what extraction finds."""
        stamp = now_iso()
        with transaction(self.db):
            cur = self.db.execute(
                # above every id ever given, so a deleted call's id is never reused (m018)
                "INSERT INTO debriefs (id, recorded_at, created_at, updated_at, source,"
                " original_name, audio_path, audio_hash, duration, status, contact_override,"
                f" company_override) VALUES ({next_id('debriefs')},"
                " ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)",
                [
                    recorded_at.replace(microsecond=0).isoformat(),
                    stamp,
                    stamp,
                    source,
                    original_name,
                    self.stored_path(audio_path) if audio_path else None,
                    audio_hash,
                    duration,
                    contact,
                    company,
                ],
            )
            if title:
                self.set_user_field("debrief", int(cur.lastrowid or 0), "title", title)
        return int(cur.lastrowid or 0)

    def get(self, debrief_id: int) -> dict[str, Any]:
        """One debrief with its contact and company names (raises NotFound)."""
        found = self.rows(
            "SELECT * FROM debriefs_named WHERE id = ?",
            [debrief_id],
        )
        if not found:
            raise NotFound(f"no debrief with id {debrief_id}")
        return self._resolved(found)[0]

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
            for name, value in (("contact", contact), ("company", company)):
                if value is not None:
                    self.set_user_field("debrief", debrief_id, name, value)

    def debriefs(self, limit: int | None = None, status: str | None = None) -> list[dict[str, Any]]:
        sql = (
            "SELECT d.id, d.recorded_at, d.status, d.error, d.duration, d.call_minutes, d.source,"
            " d.original_name, d.contact, d.title, d.company,"
            " (SELECT count(*) FROM insights i WHERE i.debrief_id = d.id) AS insights"
            " FROM debriefs_named d"
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
        return self._resolved(
            self.rows(
                f"SELECT * FROM debriefs WHERE status IN ({marks}) ORDER BY id", PENDING_STATUSES
            )
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
                'INSERT INTO segments (debrief_id, idx, start, "end", text, words)'
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (debrief_id, i, s.start, s.end, s.text, heard_words(s))
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

    # -- what was extracted, as filed (the writing: store.extracted) ----------------------

    def insights(self, debrief_id: int) -> list[dict[str, Any]]:
        return self.rows(
            "SELECT id, category, text, start_char, end_char FROM insights"
            " WHERE debrief_id = ? ORDER BY start_char, id",
            [debrief_id],
        )

    def follow_ups(self, debrief_id: int) -> list[dict[str, Any]]:
        return self.rows(
            # What the user said (kind NULL); the generated ledger items: store.habits.
            "SELECT id, text, due, done_at, dismissed_at FROM follow_ups"
            " WHERE debrief_id = ? AND kind IS NULL ORDER BY id",
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

    # -- follow-ups -----------------------------------------------------------------------

    def set_follow_up_done(self, follow_up_id: int, done: bool = True) -> dict[str, Any]:
        found = self.follow_up(follow_up_id)  # raises NotFound
        with transaction(self.db):
            stamp = now_iso() if done else None
            self.db.execute("UPDATE follow_ups SET done_at = ? WHERE id = ?", [stamp, follow_up_id])
            # The user's state: re-extraction keeps it (and keeps the follow-up itself).
            self.set_user_field("follow_up", follow_up_id, "done_at", stamp)
        return found

    # -- queries the pipeline, recording and export need ------------------------------------

    def set_duration(
        self, debrief_id: int, seconds: float, *, only_if_missing: bool = False
    ) -> None:
        """Store the audio's length (known once it is decoded or transcribed live)."""
        sql = "UPDATE debriefs SET duration = ? WHERE id = ?"
        if only_if_missing:
            sql += " AND duration IS NULL"
        with transaction(self.db):
            self.db.execute(sql, [seconds, debrief_id])

    def transcribed_ids(self, *, not_version: str | None = None) -> list[int]:
        """Debriefs with a transcript (what ``reextract`` reruns), oldest id first; with
        ``not_version``, only those extracted by another pipeline version (or never)."""
        sql = "SELECT d.id FROM debriefs d JOIN transcripts t ON t.debrief_id = d.id"
        params: list[Any] = []
        if not_version is not None:
            sql += " WHERE d.pipeline_version IS NOT ?"
            params.append(not_version)
        return [int(r["id"]) for r in self.rows(sql + " ORDER BY d.id", params)]

    def export(self) -> list[dict[str, Any]]:
        """Every debrief with everything known about it (:meth:`full`), oldest first; its
        follow-ups with the generated ledger (``kind``: thank-you notes, offers...) too."""
        ids = [int(r["id"]) for r in self.rows("SELECT id FROM debriefs ORDER BY recorded_at, id")]
        sql = "SELECT id, kind, person, direction, text, due, done_at, dismissed_at"
        sql += " FROM follow_ups WHERE debrief_id = ? ORDER BY id"
        return [{**self.full(i), "follow_ups": self.rows(sql, [i])} for i in ids]

    def follow_up(self, follow_up_id: int) -> dict[str, Any]:
        """One follow-up row (raises NotFound)."""
        found = self.rows("SELECT * FROM follow_ups WHERE id = ?", [follow_up_id])
        if not found:
            raise gone_or_never(self.db, "follow-up", follow_up_id)
        return found[0]

    def mark_follow_up(self, follow_up_id: int, done: bool = True) -> tuple[dict[str, Any], bool]:
        """Close (or with ``done=False`` reopen) a follow-up. Returns the follow-up as it is
        now and whether it changed; closing a closed one keeps its original ``done_at``."""
        changed = (self.follow_up(follow_up_id)["done_at"] is not None) != done
        if changed:
            self.set_follow_up_done(follow_up_id, done)
        return self.follow_up(follow_up_id), changed

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (a reader that ignores the WAL sees everything)."""
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
