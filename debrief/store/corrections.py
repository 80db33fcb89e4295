"""The user's corrections: contact, title, company and date of a debrief; renaming and
merging people and companies. Every one is marked as the user's, so re-extraction keeps it
(:meth:`debrief.store.repo.Store.save_extraction`). Moving or dropping an insight and
editing or dropping a follow-up are :mod:`debrief.store.item_edits`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from debrief.errors import DebriefError
from debrief.names import company_key, person_key, words
from debrief.store import habits
from debrief.store.db import now_iso, transaction
from debrief.store.extracted import typed_company
from debrief.store.heard_how import renamed_how
from debrief.store.match import resolve
from debrief.store.met import at_company
from debrief.store.redate import redate_follow_ups
from debrief.store.repo import Store
from debrief.store.resolve import add_alias
from debrief.store.respell import respell_follow_ups
from debrief.who_said import read_who

KINDS = ("person", "company")


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
            # The contact key ignores case and accents, so "Derek Osei" found the contact
            # filed as "derek osei" and the edit changed nothing: the typed spelling wins.
            store.db.execute(
                "UPDATE contacts SET name = ?"
                " WHERE id = (SELECT contact_id FROM debriefs WHERE id = ?)",
                [contact.strip(), debrief_id],
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


# -- rename and merge -----------------------------------------------------------------------


def _find(store: Store, kind: str, name: str) -> tuple[str, str]:
    """(key, display name) of the person or company ``name`` names (forgiving, one-line
    errors when unknown or ambiguous)."""
    if kind == "company":
        rows = store.rows("SELECT key, name FROM companies")
        found = resolve(
            name, [(r["key"], r["name"]) for r in rows], key_fn=company_key, what="company"
        )
    else:
        rows = store.rows(
            "SELECT key, name FROM contacts UNION SELECT key, name FROM people_mentioned"
        )
        seen: dict[str, str] = {}
        for r in rows:
            seen.setdefault(r["key"], r["name"])
        found = resolve(name, seen.items(), key_fn=person_key, what="person")
    return found.key, found.name


def rename(store: Store, kind: str, old: str, new: str) -> dict[str, Any]:
    """Rename a person or company everywhere (contacts, debriefs, referrals and mentions,
    the user's overrides). A new name that is already on file merges the two, as
    :func:`merge` does; ``already`` then says what that name held ("2 calls")."""
    if kind not in KINDS:
        raise DebriefError(f"rename what? {' or '.join(KINDS)}")
    if not new.strip():
        raise DebriefError("the new name is empty")
    if not words(new):  # "'" or "%": no key to file it under, as `edit` says (qa60)
        raise DebriefError(f"the new name {new.strip()!r} has no letter or digit")
    old_key, old_name = _find(store, kind, old)
    new_name = typed_company(new) if kind == "company" else " ".join(new.split())
    new_key = company_key(new_name) if kind == "company" else person_key(new_name)
    exists = store.rows(
        f"SELECT 1 FROM {'companies' if kind == 'company' else 'contacts'} WHERE key = ?"
        + ("" if kind == "company" else " UNION SELECT 1 FROM people_mentioned WHERE key = ?"),
        [new_key] if kind == "company" else [new_key, new_key],
    )
    if exists and new_key != old_key:
        # said as `merge` says it, with what the name already had (qa59: "merged Stripe ->
        # Deloitte" read as a rename; the user could not tell two companies became one)
        already = _calls_of(store, kind, new_key)
        return {**merge(store, kind, old_name, new_name), "already": already}
    with transaction(store.db):
        if kind == "company":
            store.db.execute(
                "UPDATE companies SET name = ?, key = ? WHERE key = ?", [new_name, new_key, old_key]
            )
        else:
            _renamed_contact(store, "key = ?", old_key)
            store.db.execute(
                "UPDATE contacts SET name = ?, key = ? WHERE key = ?", [new_name, new_key, old_key]
            )
        _follow(store, kind, old_key, old_name, new_name)
    add_alias(store, kind, old_name, new_name)
    _replan_named(store, kind, new_name)
    return {"kind": kind, "old": old_name, "new": new_name, "merged": False}


def _calls_of(store: Store, kind: str, key: str) -> str:
    """What the knowledge base holds of the person or company ``key``, as the user counts
    it: "2 calls" (theirs), else "mentioned in 1 call"."""
    if kind == "company":
        own = "SELECT d.id FROM debriefs d JOIN companies co ON co.id = d.company_id"
        seen = "SELECT m.debrief_id FROM companies_mentioned m JOIN companies co"
        seen += " ON co.id = m.company_id WHERE co.key = ?"
        own += " WHERE co.key = ?"
    else:
        own = "SELECT d.id FROM debriefs d JOIN contacts c ON c.id = d.contact_id WHERE c.key = ?"
        seen = "SELECT debrief_id FROM people_mentioned WHERE key = ?"
    calls = len(store.rows(own, [key]))
    if calls:
        return f"{calls} call{'s' if calls != 1 else ''}"
    mentioned = len(store.rows(f"{seen} UNION {own}", [key, key]))
    return f"mentioned in {mentioned} call{'s' if mentioned != 1 else ''}"


def merge(store: Store, kind: str, a: str, b: str) -> dict[str, Any]:
    """Make the person or company ``a`` one with ``b`` (``b``'s name stays): their calls,
    insights, referrals, follow-ups and search all follow."""
    if kind not in KINDS:
        raise DebriefError(f"merge what? {' or '.join(KINDS)}")
    a_key, a_name = _find(store, kind, a)
    b_key, b_name = _find(store, kind, b)
    if a_key == b_key:
        if (company_key(b) if kind == "company" else person_key(b)) != b_key:
            # B is not on file and matched A forgivingly: what was meant is a rename
            raise DebriefError(
                f"{b!r} is not on file (it matched {b_name!r}); to call {b_name!r} {b!r}:"
                f" debrief rename {kind} {b_name!r} {b!r}"
            )
        raise DebriefError(f"{a!r} and {b!r} are already one {kind} ({b_name})")
    with transaction(store.db):
        if kind == "company":
            _merge_companies(store, a_key, b_key)
        else:
            _merge_people(store, a_key, b_key)
        _follow(store, kind, a_key, a_name, b_name)
        store._drop_orphans()
    add_alias(store, kind, a_name, b_name)
    _replan_named(store, kind, b_name)
    return {"kind": kind, "old": a_name, "new": b_name, "merged": True}


def _replan_named(store: Store, kind: str, name: str) -> None:
    """Re-plan the generated follow-ups that name a renamed or merged person ("Send a
    thank-you note to ...", "Reach out to ... (suggested by ...)"): the calls with them and
    the calls that mention them, so `todo` shows the new name now, not after the next
    `debrief reextract`. Ids, the user's edits and done/dismissed states are kept."""
    if kind != "person":
        with transaction(store.db):
            respell_follow_ups(store)  # "Apply to Flatiron Hell" is a company's old name
        return  # the generated texts name people, not companies
    key = person_key(name)
    rows = store.rows(
        "SELECT d.id FROM debriefs d JOIN contacts c ON c.id = d.contact_id"
        " WHERE c.key = ? AND d.status = 'extracted'"
        " UNION SELECT p.debrief_id FROM people_mentioned p JOIN debriefs d"
        " ON d.id = p.debrief_id WHERE p.key = ? AND d.status = 'extracted'",
        [key, key],
    )
    days = habits.default_days()
    for did in sorted({int(r["id"]) for r in rows}):
        habits.refresh(store, did, days)
    with transaction(store.db):
        respell_follow_ups(store)  # the spoken items and the calls not re-planned too


def _merge_companies(store: Store, a_key: str, b_key: str) -> None:
    a_id = store.db.execute("SELECT id FROM companies WHERE key = ?", [a_key]).fetchone()[0]
    b_id = store.db.execute("SELECT id FROM companies WHERE key = ?", [b_key]).fetchone()[0]
    store.db.execute("UPDATE debriefs SET company_id = ? WHERE company_id = ?", [b_id, a_id])
    store.db.execute(
        "INSERT OR IGNORE INTO companies_mentioned (debrief_id, company_id)"
        " SELECT debrief_id, ? FROM companies_mentioned WHERE company_id = ?",
        [b_id, a_id],
    )
    store.db.execute("DELETE FROM companies_mentioned WHERE company_id = ?", [a_id])
    # The same person at both: one contact at b.
    for cid, key in store.db.execute(
        "SELECT id, key FROM contacts WHERE company_id = ?", [a_id]
    ).fetchall():
        twin = store.db.execute(
            "SELECT id FROM contacts WHERE key = ? AND company_id = ?", [key, b_id]
        ).fetchone()
        if twin:
            store.move_contact(cid, twin[0])
        else:
            store.db.execute("UPDATE contacts SET company_id = ? WHERE id = ?", [b_id, cid])
    store.db.execute("DELETE FROM companies WHERE id = ?", [a_id])


def _merge_people(store: Store, a_key: str, b_key: str) -> None:
    b_rows = store.db.execute(
        "SELECT id, name, company_id, title FROM contacts WHERE key = ?", [b_key]
    ).fetchall()
    for cid, company_id, title in store.db.execute(
        "SELECT id, company_id, title FROM contacts WHERE key = ?", [a_key]
    ).fetchall():
        # b at the same company, else b's first contact row (one person, one name)
        twin = next((r for r in b_rows if r[2] == company_id), b_rows[0] if b_rows else None)
        if twin is None:
            b_name = store.db.execute(
                "SELECT name FROM people_mentioned WHERE key = ? LIMIT 1", [b_key]
            ).fetchone()[0]
            _renamed_contact(store, "id = ?", cid)
            store.db.execute(
                "UPDATE contacts SET name = ?, key = ? WHERE id = ?", [b_name, b_key, cid]
            )
            b_rows = [(cid, b_name, company_id, title)]
            continue
        store.move_contact(cid, twin[0])


def _renamed_contact(store: Store, where: str, value: object) -> None:
    """The calls of the contacts ``where`` (SQL on contacts) before their name changes: a
    name the spelling repair gave is no longer what is filed (`show` asks no fix for it)."""
    store.db.execute(
        f"UPDATE debriefs SET heard_contact_how = {renamed_how('heard_contact_how')}"
        f" WHERE contact_id IN (SELECT id FROM contacts WHERE {where})",
        [value],
    )


def _follow(store: Store, kind: str, old_key: str, old_name: str, new_name: str) -> None:
    """Referrals, mentions and the user's own overrides follow a rename or merge (what was
    heard is kept where it differs)."""
    if kind == "company":
        rows = store.rows("SELECT id, company FROM people_mentioned WHERE company IS NOT NULL")
        filed = {str(r[0]) for r in store.db.execute("SELECT key FROM companies")}
        for r in rows:
            said = company_key(r["company"])
            # said short or in full ("at Fern Castle" for Fern Castle Robotics: the same
            # company to met.at_company), unless that form is a company of its own on file
            short = said != old_key and said not in filed and at_company(said, {old_key})
            if said == old_key or short:
                store.db.execute(
                    "UPDATE people_mentioned SET company = ? WHERE id = ?", [new_name, r["id"]]
                )
            if short:  # and `reextract`, which hears the short name again, files it so
                add_alias(store, "company", str(r["company"]), new_name)
        _follow_user_set(store, "company", company_key, old_key, new_name)
        return
    store.db.execute(
        "UPDATE people_mentioned SET heard = coalesce(heard, name), name = ?, key = ?,"
        f" heard_how = {renamed_how('heard_how')} WHERE key = ?",
        [new_name, person_key(new_name), old_key],
    )
    _follow_user_set(store, "contact", person_key, old_key, new_name)
    # A generated item about them ("Reach out to ...", "Tell ... how it went") is keyed by
    # their name: re-keyed, it keeps its id and done state instead of coming back open.
    for kind_prefix in ("reach_out:", "tell_referrer:"):
        store.db.execute(
            "UPDATE OR IGNORE follow_ups SET habit_key = ? WHERE habit_key = ?",
            [kind_prefix + person_key(new_name), kind_prefix + old_key],
        )
    # Debriefs whose contact was extracted keep the new name on re-extraction through the
    # alias the caller adds (the old name resolves to the new one).


def _follow_user_set(
    store: Store, field: str, key_fn: Callable[[str], str], old_key: str, new_name: str
) -> None:
    """A contact or company the user set by hand follows a rename or merge (in
    ``user_fields`` and the debrief's ``*_override`` column alike)."""
    for r in store.rows(
        f"SELECT id, {field}_override AS name FROM debriefs WHERE {field}_override IS NOT NULL"
    ):
        if key_fn(r["name"]) == old_key:
            store.db.execute(
                f"UPDATE debriefs SET {field}_override = ? WHERE id = ?", [new_name, r["id"]]
            )
    for r in store.rows(
        "SELECT entity_id, value FROM user_fields WHERE entity = 'debrief' AND field = ?"
        " AND item = '' AND value IS NOT NULL",
        [field],
    ):
        if key_fn(r["value"]) == old_key:
            store.set_user_field("debrief", int(r["entity_id"]), field, new_name)
