"""Renaming and merging people and companies (``debrief rename``, ``debrief merge``): the
person or company found by the name typed (:func:`rename`, :func:`merge`), then every row that
names it follows: contacts and companies, the debriefs filed under them, referrals and
mentions, the user's own overrides, the generated follow-ups that name a person. The old name
becomes an alias of the new, so re-extraction files it the same way. A debrief's own contact,
title, company and date are :mod:`debrief.store.corrections`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from debrief.errors import DebriefError
from debrief.names import company_key, person_key, words
from debrief.store import habits
from debrief.store.db import transaction
from debrief.store.extracted import typed_company
from debrief.store.heard_how import renamed_how
from debrief.store.match import resolve
from debrief.store.met import at_company
from debrief.store.repo import Store
from debrief.store.resolve import add_alias
from debrief.store.respell import respell_follow_ups

KINDS = ("person", "company")


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
            _company_as_yours(store, old_key, new_name)
            store.db.execute(
                "UPDATE companies SET name = ?, key = ? WHERE key = ?", [new_name, new_key, old_key]
            )
        else:
            _renamed_contact(store, "key = ?", old_key)
            _contact_as_yours(store, old_key, new_name)
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
            _company_as_yours(store, a_key, b_name)
            _merge_companies(store, a_key, b_key)
        else:
            _contact_as_yours(store, a_key, b_name)
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


def _contact_as_yours(store: Store, old_key: str, new_name: str) -> None:
    """The calls filed under the person renamed or merged keep the new name as the user's
    (``edit --contact``'s mark): the alias the rename adds files the old name the same way,
    but a new pipeline that reads the contact otherwise ("Priya" for "Priya Ramen", after
    `reextract --all`) brought back the name extracted and lost the correction (qa68)."""
    for r in store.rows(
        "SELECT d.id, d.contact_override, d.heard_contact, c.name FROM debriefs d"
        " JOIN contacts c ON c.id = d.contact_id WHERE c.key = ?",
        [old_key],
    ):
        # the names replaced are readings the user fixed: `show` says no "(heard: ...)" of
        # them when `reextract` reads them again (qa69, debrief.store.call_view)
        for read in {r["name"], r["heard_contact"]} - {None, ""}:
            store.set_item_fix(int(r["id"]), "contact_read", str(read))
        if r["contact_override"] is None:
            store.set_overrides(int(r["id"]), new_name, None)


def _company_as_yours(store: Store, old_key: str, new_name: str) -> None:
    """As :func:`_contact_as_yours`, for the calls filed under a company renamed or merged:
    an upgrade that read it otherwise ("Lumenor Design" for "Lumenor Labs") filed them
    under a company of its own."""
    for r in store.rows(
        "SELECT id FROM debriefs WHERE company_override IS NULL"
        " AND company_id IN (SELECT id FROM companies WHERE key = ?)",
        [old_key],
    ):
        store.set_overrides(int(r["id"]), None, new_name)


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
