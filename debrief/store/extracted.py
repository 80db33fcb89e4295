"""Filing what extraction found (part of :class:`~debrief.store.repo.Store`): the contact's
and company's rows it names, its insights, follow-ups, people and companies mentioned, with
what the user set by hand winning over it (:mod:`debrief.store.user_fields`).

Apart from repo.py, which keeps a debrief's own row, its audio path and transcript, and
reads back what is filed here: this is the write that re-extraction repeats, and the company
and contact rows that name resolution and the user's corrections also make and merge
(:func:`typed_company`, :meth:`Extracted.company_id`, :meth:`Extracted.move_contact`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from debrief.models import Extraction
from debrief.names import clean_company, company_key, person_key
from debrief.store.db import now_iso, transaction
from debrief.store.heard_how import renamed_how
from debrief.store.ids import next_id
from debrief.store.recut import recut_ids
from debrief.store.user_fields import UserFields


@dataclass
class Heard:
    """Names as speech recognition wrote them, where name resolution replaced them (None
    where it did not): the contact, the company, and each person mentioned, in order; and
    how each person's name was replaced (:data:`~debrief.store.heard_how.SPELLING` or
    :data:`~debrief.store.heard_how.RESOLVED`)."""

    contact: str | None = None
    company: str | None = None
    people: list[str | None] = field(default_factory=list)
    contact_how: str | None = None
    people_how: list[str | None] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.people_how = self.people_how or [None] * len(self.people)


def typed_company(name: str) -> str:
    """A company name as the user typed it: spaces collapsed, quotes and a stray comma
    trimmed, nothing dropped ("Boston Consulting Group", "Stripe, Inc.")."""
    return " ".join(name.split()).strip(",;:'\"").strip() or clean_company(name)


class Extracted(UserFields):
    """The part of :class:`~debrief.store.repo.Store` that files an extraction."""

    if TYPE_CHECKING:

        def get(self, debrief_id: int) -> dict[str, Any]: ...
        def _drop_orphans(self) -> None: ...

    def company_id(self, name: str, *, typed: bool = False) -> int:
        """Id of the company ``name`` (matched by normalised key), created if new; a name
        the user ``typed`` is kept as spelled and becomes the company's name."""
        display = typed_company(name) if typed else clean_company(name)
        key = company_key(display)
        found = self.db.execute("SELECT id FROM companies WHERE key = ?", [key]).fetchone()
        if found:
            if typed:
                self.db.execute("UPDATE companies SET name = ? WHERE id = ?", [display, found[0]])
            return int(found[0])
        cur = self.db.execute("INSERT INTO companies (name, key) VALUES (?, ?)", [display, key])
        return int(cur.lastrowid or 0)

    def contact_id(self, name: str, title: str | None, company_id: int | None) -> int:
        key = person_key(name)
        found = self.db.execute(
            "SELECT id, title FROM contacts WHERE key = ? AND company_id IS ?", [key, company_id]
        ).fetchone()
        if found:
            if title and not found[1]:
                self.db.execute("UPDATE contacts SET title = ? WHERE id = ?", [title, found[0]])
            return int(found[0])
        cur = self.db.execute(
            "INSERT INTO contacts (name, key, title, company_id) VALUES (?, ?, ?, ?)",
            [name.strip(), key, title, company_id],
        )
        return int(cur.lastrowid or 0)

    def move_contact(self, old_id: int, new_id: int) -> None:
        """Contact ``old_id`` is ``new_id`` (one person): its calls move over, its title is
        kept where ``new_id`` has none, and its row goes. Inside the caller's transaction."""
        self.db.execute(
            "UPDATE debriefs SET contact_id = ?,"
            f" heard_contact_how = {renamed_how('heard_contact_how')} WHERE contact_id = ?",
            [new_id, old_id],
        )
        self.db.execute(
            "UPDATE contacts SET title = coalesce(title, (SELECT title FROM contacts WHERE id = ?))"
            " WHERE id = ?",
            [old_id, new_id],
        )
        self.db.execute("DELETE FROM contacts WHERE id = ?", [old_id])

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
        user = self.user_fields("debrief", [debrief_id]).get(debrief_id, {})
        contact_name = (
            user["contact"] if "contact" in user else row["contact_override"]
        ) or extraction.contact.name
        company_name = (
            user["company"] if "company" in user else row["company_override"]
        ) or extraction.contact.company
        title = user.get("title", extraction.contact.title)
        # The contact the user gave is not also a person the call mentioned: extraction,
        # which took another name for the contact, lists the real one among the people
        # (docs/extraction-history.md, "voice41": 2 of 10 answers at the question).
        given = user["contact"] if "contact" in user else row["contact_override"]
        given_contact = person_key(given) if given else None
        with transaction(self.db):
            # An insight found again keeps its id (`debrief insight ID`, a draft's sources),
            # cut otherwise by a new pipeline too (recut_ids).
            kept: dict[str, int] = {}
            for iid, text in self.db.execute(
                "SELECT id, text FROM insights WHERE debrief_id = ? ORDER BY id", [debrief_id]
            ).fetchall():
                kept.setdefault(text, int(iid))
            for table in ("insights", "people_mentioned", "companies_mentioned"):
                self.db.execute(f"DELETE FROM {table} WHERE debrief_id = ?", [debrief_id])
            typed = "company" in user or bool(row["company_override"])
            company_id = self.company_id(company_name, typed=typed) if company_name else None
            contact_id = self.contact_id(contact_name, title, company_id) if contact_name else None
            if contact_id and "title" in user:
                self.db.execute(
                    "UPDATE contacts SET title = ? WHERE id = ?", [user["title"], contact_id]
                )
            filed = self.as_filed(debrief_id, extraction)  # the user's fixes, once each
            ids = recut_ids(kept, [i.text for i in filed.insights])
            insights = [
                (iid, debrief_id, i.category, i.text, i.start, i.end)
                for iid, i in zip(ids, filed.insights, strict=True)
            ]
            # the kept ids first: a new one (NULL: the next id, m018) must not take one of them
            insights.sort(key=lambda row: row[0] is None)
            self.db.conn.executemany(
                "INSERT INTO insights (id, debrief_id, category, text, start_char, end_char)"
                f" VALUES (coalesce(?, {next_id('insights')}), ?, ?, ?, ?, ?)",
                insights,
            )
            self._merge_follow_ups(debrief_id, filed.follow_ups)
            self.db.conn.executemany(
                "INSERT INTO people_mentioned"
                " (debrief_id, name, key, company, relation, heard, heard_how)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        debrief_id,
                        p.name,
                        person_key(p.name),
                        p.company,
                        p.relation,
                        heard.people[n] if n < len(heard.people) else None,
                        heard.people_how[n] if n < len(heard.people_how) else None,
                    )
                    for n, p in enumerate(extraction.people_mentioned)
                    if person_key(p.name) != given_contact
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
                " heard_contact = ?, heard_contact_how = ?, heard_company = ? WHERE id = ?",
                [
                    contact_id,
                    company_id,
                    extraction.call_minutes,
                    extraction.pipeline_version,
                    now_iso(),
                    heard.contact,
                    heard.contact_how,
                    heard.company,
                    debrief_id,
                ],
            )
            self._drop_orphans()
