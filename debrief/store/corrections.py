"""The user's corrections of one debrief: its contact, title, company and date (typed with
``edit`` or at the confirm prompt). Every one is marked as the user's, so re-extraction keeps it
(:meth:`debrief.store.repo.Store.save_extraction`). Renaming and merging people and companies
everywhere are :mod:`debrief.store.renames`; moving or dropping an insight and editing or
dropping a follow-up are :mod:`debrief.store.item_edits`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from debrief.errors import DebriefError
from debrief.names import company_key, person_key, words
from debrief.store import habits
from debrief.store.db import now_iso, transaction
from debrief.store.extracted import typed_company
from debrief.store.redate import redate_follow_ups
from debrief.store.repo import Store
from debrief.store.resolve import add_alias
from debrief.who_said import read_who


def edit_debrief(
    store: Store,
    debrief_id: int,
    *,
    contact: str | None = None,
    title: str | None = None,
    company: str | None = None,
    when: datetime | None = None,
) -> dict[str, Any]:
    """Set the debrief's contact, title, company or date as the user's (never overwritten
    by re-extraction). What the name was before becomes an alias of the new one, so the
    same mishearing resolves to it next time, and an extracted call's generated follow-ups
    are re-planned. Returns the debrief as it is now."""
    row = store.get(debrief_id)
    values = {"contact": contact, "title": title, "company": company}
    for what, value in values.items():
        if value is not None and not value.strip():
            raise DebriefError(f"--{what} is empty")
        if value is not None and not words(value):  # "'": a name with no key (qa60: the
            # follow-ups' respelling then looped for ever on the empty name)
            raise DebriefError(f"--{what} {value.strip()!r} has no letter or digit: give a name")
    with transaction(store.db):
        store.set_overrides(
            debrief_id,
            contact.strip() if contact else None,
            typed_company(company) if company else None,
        )
        if title:
            store.set_user_field("debrief", debrief_id, "title", title.strip())
        if when:
            store.db.execute(
                "UPDATE debriefs SET recorded_at = ? WHERE id = ?",
                [when.replace(microsecond=0).isoformat(), debrief_id],
            )
            # "tonight", "in two weeks": the recap's due dates count from the corrected day
            old_day = date.fromisoformat(str(row["recorded_at"])[:10])
            redate_follow_ups(store, debrief_id, old_day, when.date())
        store.db.execute("UPDATE debriefs SET updated_at = ? WHERE id = ?", [now_iso(), debrief_id])
        relink(store, debrief_id)
        if contact:
            # What the machine read is what the user fixed: not news to say as "heard"
            # after a reextract that reads it again (qa69; debrief.store.call_view)
            for read in {row.get("contact"), row.get("heard_contact")} - {None, ""}:
                store.set_item_fix(debrief_id, "contact_read", str(read))
            # The contact key ignores case and accents, so "Derek Osei" found the contact
            # filed as "derek osei" and the edit changed nothing: the typed spelling wins.
            store.db.execute(
                "UPDATE contacts SET name = ?"
                " WHERE id = (SELECT contact_id FROM debriefs WHERE id = ?)",
                [contact.strip(), debrief_id],
            )
            # The person the user says the call was with is not also someone the call
            # mentioned (filing with --contact leaves them out the same way, and so does
            # reextract, which reads the contact given)
            store.db.execute(
                "DELETE FROM people_mentioned WHERE debrief_id = ? AND key = ?",
                [debrief_id, person_key(contact)],
            )
    # The replaced name becomes an alias of the correction (a mishearing: "Shinvall"), unless
    # it is someone or something else on file (extraction picked the wrong person: the
    # referrer, say), which must keep its own name.
    if contact and row.get("contact") and not _on_file(store, "person", row["contact"], debrief_id):
        add_alias(store, "person", row["contact"], contact)
    if (
        company
        and row.get("company")
        and not _on_file(store, "company", row["company"], debrief_id)
    ):
        add_alias(store, "company", row["company"], company)
    edited = store.get(debrief_id)
    if edited["status"] == "extracted" and (contact or company or when):
        # the generated follow-ups (thank-you, stay in touch) name the contact and date
        habits.refresh(store, debrief_id, habits.default_days())
    return edited


def confirm_line(row: dict[str, Any]) -> str:
    """The debrief's contact / title / company as the confirm prompt shows them."""
    return " / ".join(row.get(k) or "?" for k in ("contact", "title", "company"))


def apply_confirm(store: Store, debrief_id: int, typed: str) -> dict[str, Any] | None:
    """The user's answer to the confirm prompt: empty accepts; otherwise
    ``contact / title / company`` (a part left empty or "?" keeps its value, fewer parts
    change the first ones), or, with no "/", the shape the question before the recording
    takes: "Maria Lopez, Stripe", "Maria Lopez at Stripe", "at Stripe" (qa57: it filed
    "Maria Lopez, Stripe" as the contact's name). The correction is the user's and joins
    the vocabulary. Returns the debrief as it is now, or None when nothing changed."""
    typed = typed.strip()
    if not typed:
        return None
    parts = [p.strip() for p in typed.split("/")]
    if len(parts) == 1:
        name, title, company = read_who(typed)
        if company or title:  # "Maria Lopez, PM at Stripe": the title too (qa59)
            parts = [name or "", title or "", company or ""]
    if len(parts) > 3:
        raise DebriefError("type contact / title / company (three parts at most)")
    row = store.get(debrief_id)
    changes: dict[str, str] = {}
    for key, value in zip(("contact", "title", "company"), parts, strict=False):
        if value and value != "?" and value != (row.get(key) or ""):
            changes[key] = value
    if not changes:
        return None
    return edit_debrief(
        store,
        debrief_id,
        contact=changes.get("contact"),
        title=changes.get("title"),
        company=changes.get("company"),
    )


def _on_file(store: Store, kind: str, name: str, debrief_id: int) -> bool:
    """Whether ``name`` is a person (company) the knowledge base knows from anywhere but
    this debrief's contact (company) field."""
    if kind == "person":
        key = person_key(name)
        return bool(
            store.rows(
                "SELECT 1 FROM debriefs d JOIN contacts c ON c.id = d.contact_id"
                " WHERE c.key = ? AND d.id != ?"
                " UNION ALL SELECT 1 FROM people_mentioned WHERE key = ? LIMIT 1",
                [key, debrief_id, key],
            )
        )
    key = company_key(name)
    return bool(
        store.rows(
            "SELECT 1 FROM debriefs d JOIN companies co ON co.id = d.company_id"
            " WHERE co.key = ? AND d.id != ?"
            " UNION ALL SELECT 1 FROM companies_mentioned m JOIN companies co"
            " ON co.id = m.company_id WHERE co.key = ? AND m.debrief_id != ? LIMIT 1",
            [key, debrief_id, key, debrief_id],
        )
    )


def relink(store: Store, debrief_id: int) -> None:
    """Point the debrief at the contact and company its overrides (else its current
    values) name, without running extraction again."""
    row = store.get(debrief_id)
    if row["status"] != "extracted":
        return  # extraction applies the overrides when it runs
    user = store.user_fields("debrief", [debrief_id]).get(debrief_id, {})
    name = user.get("contact") or row["contact_override"] or row["contact"]
    company = user.get("company") or row["company_override"] or row["company"]
    title = user["title"] if "title" in user else row["title"]
    with transaction(store.db):
        typed = bool(user.get("company") or row["company_override"])
        company_id = store.company_id(company, typed=typed) if company else None
        contact_id = store.contact_id(name, title, company_id) if name else None
        if contact_id and "title" in user:
            store.db.execute("UPDATE contacts SET title = ? WHERE id = ?", [title, contact_id])
        store.db.execute(
            "UPDATE debriefs SET contact_id = ?, company_id = ? WHERE id = ?",
            [contact_id, company_id, debrief_id],
        )
        if company_id:
            store.db.execute(
                "INSERT OR IGNORE INTO companies_mentioned (debrief_id, company_id) VALUES (?, ?)",
                [debrief_id, company_id],
            )
        if row["company_id"] and row["company_id"] != company_id:
            store.db.execute(
                "DELETE FROM companies_mentioned WHERE debrief_id = ? AND company_id = ?",
                [debrief_id, row["company_id"]],
            )
        store._drop_orphans()
