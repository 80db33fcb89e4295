"""Re-keying names filed before a change of :func:`debrief.names.company_key` and
:func:`debrief.names.person_key` (migrations m015, m016 and m017).

m015: until stop 38 :func:`debrief.names.fold_lower` dropped letters NFKD leaves whole, so
"Øresund Biotech" was keyed "resund biotech" and "Søren" "sren": a name typed on a plain
keyboard ("Oresund", "Soren") missed it. The keys now fold them to their Latin spelling
("oresund biotech", "soren"). m016: until stop 40 the keys split a word at its apostrophe,
so "O'Malley & Sons" was keyed "o malley sons" and "omalley" (as typed without one) missed
it; they now drop it ("omalley sons"; :func:`debrief.names.joined`). m017: until stop 40
a company's "and" was a word of its key and its "&" none, so "Omalley and Sons" ("omalley and
sons") and "O'Malley & Sons" ("omalley sons") were two companies; the "and" between words is
now dropped too (:func:`debrief.names.inner_and`).

Each recomputes every stored key from the name it was made from, where the old rule gave
that key, and merges the rows that now share one the way
``debrief merge`` does (:mod:`debrief.store.renames`): a row filed under the plain
spelling ("Oresund Biotech" beside "Øresund Biotech") merges into the row re-keyed, whose
name stays: its calls, mentions and contacts move over; a contact's title is kept, else
taken over. Aliases keep their old key and gain the new one (the heard form is found
in the calls); stay-in-touch settings and generated follow-ups follow their person. No call,
correction or alias is lost.

Apart from :mod:`debrief.store.migrations` (which stays a list of schema steps) and
working on the bare connection a migration is given, so it needs no Store.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from debrief.names import LEGAL_SUFFIXES, company_key, joined, person_key, words
from debrief.store.heard_how import renamed_how

if TYPE_CHECKING:
    import sqlite_utils

_WORD = re.compile(r"[a-z0-9]+")


def _old_words(text: str | None) -> list[str]:
    """The words as the keys split them before m015 (letters NFKD leaves whole dropped)."""
    text = text or ""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _WORD.findall(text.lower())


def old_company_key(name: str | None) -> str:
    """:func:`debrief.names.company_key` as it was before m015."""
    kept = [w for w in _old_words(name) if w not in LEGAL_SUFFIXES]
    return " ".join(kept) or " ".join(_old_words(name))


def old_person_key(name: str | None) -> str:
    """:func:`debrief.names.person_key` as it was before m015."""
    return " ".join(_old_words(name))


def split_company_key(name: str | None) -> str:
    """:func:`debrief.names.company_key` as it was before m016 (split at an apostrophe)."""
    kept = [w for w in words(name) if w not in LEGAL_SUFFIXES]
    return " ".join(kept) or " ".join(words(name))


def split_person_key(name: str | None) -> str:
    """:func:`debrief.names.person_key` as it was before m016."""
    return " ".join(words(name))


@dataclass(frozen=True)
class KeyChange:
    """A change of the keys: the old rule for companies and people, and the names it can
    have keyed otherwise (the rest keep their key untouched)."""

    old_company: Callable[[str], str]
    old_person: Callable[[str], str]
    touched: Callable[[str], bool]


#: m015: letters NFKD leaves whole ("Øresund")
FOLDED = KeyChange(old_company_key, old_person_key, lambda n: not n.isascii())
#: m016: an apostrophe inside a word ("O'Malley")
APOSTROPHES = KeyChange(
    split_company_key, split_person_key, lambda n: "'" in n or "’" in n or "ʼ" in n
)


def anded_company_key(name: str | None) -> str:
    """:func:`debrief.names.company_key` as it was before m017 (an inner "and" kept)."""
    said = words(joined(name))
    kept = [w for w in said if w not in LEGAL_SUFFIXES]
    return " ".join(kept) or " ".join(said)


#: m017: an "and" between a company's words ("Omalley and Sons"); people's keys unchanged
ANDS = KeyChange(anded_company_key, person_key, lambda n: "and" in words(n))


def _moved(
    name: str,
    key: str,
    old_fn: Callable[[str], str],
    new_fn: Callable[[str], str],
    change: KeyChange = FOLDED,
) -> str:
    """The key ``name``'s row should have now: the new key when the stored ``key`` is what
    the old rule made of ``name``, else ``key`` as it is (a key set some other way)."""
    if not change.touched(name) or old_fn(name) != key:
        return key
    return new_fn(name) or key


def rekey_folded_letters(db: sqlite_utils.Database) -> None:
    """m015: recompute the keys of names with letters NFKD leaves whole; merge rows that meet."""
    rekey(db, FOLDED)


def rekey_apostrophes(db: sqlite_utils.Database) -> None:
    """m016: recompute the keys of names with an apostrophe; merge rows that meet."""
    rekey(db, APOSTROPHES)


def rekey_ands(db: sqlite_utils.Database) -> None:
    """m017: recompute the keys of company names with an "and"; merge rows that meet."""
    rekey(db, ANDS)


def rekey(db: sqlite_utils.Database, change: KeyChange) -> None:
    """Recompute the keys ``change`` made otherwise; merge rows that now share one."""
    ex = db.execute
    # -- companies: a row whose new key is already taken merges into that row
    for cid, name, key in ex("SELECT id, name, key FROM companies ORDER BY id").fetchall():
        new = _moved(name, key, change.old_company, company_key, change)
        if new == key or not ex("SELECT 1 FROM companies WHERE id = ?", [cid]).fetchone():
            continue
        twin = ex("SELECT id FROM companies WHERE key = ? AND id != ?", [new, cid]).fetchone()
        if twin is not None:  # its plain spelling, filed apart: one company, as spelled here
            _merge_company(db, int(twin[0]), cid)
        ex("UPDATE companies SET key = ? WHERE id = ?", [new, cid])
    # -- contacts: the same person at the same company merges into one row
    for cid, name, key, company_id in ex(
        "SELECT id, name, key, company_id FROM contacts ORDER BY id"
    ).fetchall():
        new = _moved(name, key, change.old_person, person_key, change)
        if new == key or not ex("SELECT 1 FROM contacts WHERE id = ?", [cid]).fetchone():
            continue
        twin = ex(
            "SELECT id FROM contacts WHERE key = ? AND company_id IS ? AND id != ?",
            [new, company_id, cid],
        ).fetchone()
        if twin is not None:
            _merge_contact(db, int(twin[0]), cid)
        ex("UPDATE contacts SET key = ? WHERE id = ?", [new, cid])
    # -- people mentioned (no row is unique by key)
    for pid, name, key in ex("SELECT id, name, key FROM people_mentioned").fetchall():
        new = _moved(name, key, change.old_person, person_key, change)
        if new != key:
            ex("UPDATE people_mentioned SET key = ? WHERE id = ?", [new, pid])
    _rekey_settings(db, change)
    _rekey_habits(db, change)
    _rekey_aliases(db, change)


def _merge_company(db: sqlite_utils.Database, a_id: int, b_id: int) -> None:
    """Company ``a_id`` is ``b_id`` (as ``debrief merge company``; ``b_id``'s name stays)."""
    ex = db.execute
    ex("UPDATE debriefs SET company_id = ? WHERE company_id = ?", [b_id, a_id])
    ex(
        "INSERT OR IGNORE INTO companies_mentioned (debrief_id, company_id)"
        " SELECT debrief_id, ? FROM companies_mentioned WHERE company_id = ?",
        [b_id, a_id],
    )
    ex("DELETE FROM companies_mentioned WHERE company_id = ?", [a_id])
    for cid, key in ex("SELECT id, key FROM contacts WHERE company_id = ?", [a_id]).fetchall():
        twin = ex(
            "SELECT id FROM contacts WHERE key = ? AND company_id = ?", [key, b_id]
        ).fetchone()
        if twin:
            _merge_contact(db, cid, int(twin[0]))
        else:
            ex("UPDATE contacts SET company_id = ? WHERE id = ?", [b_id, cid])
    ex("DELETE FROM companies WHERE id = ?", [a_id])


def _merge_contact(db: sqlite_utils.Database, old_id: int, new_id: int) -> None:
    """Contact ``old_id`` is ``new_id`` (as :meth:`Store.move_contact`): its calls move
    over, its title is kept where ``new_id`` has none, and its row goes; a title the user
    typed for one of the calls wins."""
    db.execute(
        "UPDATE debriefs SET contact_id = ?,"
        f" heard_contact_how = {renamed_how('heard_contact_how')} WHERE contact_id = ?",
        [new_id, old_id],
    )
    db.execute(
        "UPDATE contacts SET title = coalesce(title, (SELECT title FROM contacts WHERE id = ?))"
        " WHERE id = ?",
        [old_id, new_id],
    )
    db.execute("DELETE FROM contacts WHERE id = ?", [old_id])
    # a title the user set on one of its calls is the person's title (as relink sets it)
    typed = db.execute(
        "SELECT value FROM user_fields WHERE entity = 'debrief' AND field = 'title'"
        " AND item = '' AND value IS NOT NULL AND entity_id IN"
        " (SELECT id FROM debriefs WHERE contact_id = ?) ORDER BY set_at DESC LIMIT 1",
        [new_id],
    ).fetchone()
    if typed:
        db.execute("UPDATE contacts SET title = ? WHERE id = ?", [typed[0], new_id])


def _rekey_settings(db: sqlite_utils.Database, change: KeyChange) -> None:
    """A person's stay-in-touch setting follows their key (one already at the new key, set
    under the plain spelling, is the user's too: the shorter interval, the surer, stays)."""
    ex = db.execute
    for key, name, days in ex(
        "SELECT key, name, stay_in_touch_days FROM person_settings"
    ).fetchall():
        new = _moved(name, key, change.old_person, person_key, change)
        if new == key:
            continue
        there = ex("SELECT stay_in_touch_days FROM person_settings WHERE key = ?", [new]).fetchone()
        if there is None:
            ex("UPDATE person_settings SET key = ? WHERE key = ?", [new, key])
            continue
        if days is not None and (there[0] is None or days < there[0]):
            ex("UPDATE person_settings SET stay_in_touch_days = ? WHERE key = ?", [days, new])
        ex("DELETE FROM person_settings WHERE key = ?", [key])


def _rekey_habits(db: sqlite_utils.Database, change: KeyChange) -> None:
    """Generated follow-ups keyed by a person ("reach_out:sren") take the new key, so the
    next re-plan finds them (their ids, edits and done state kept). When the call already
    has one under the new key, the one the user touched (done, dismissed) keeps it."""
    ex = db.execute
    rows = ex(
        "SELECT id, debrief_id, habit_key, done_at, dismissed_at FROM follow_ups"
        " WHERE habit_key LIKE 'reach_out:%' OR habit_key LIKE 'tell_referrer:%'"
    ).fetchall()
    names = ex(
        "SELECT name FROM contacts UNION SELECT name FROM people_mentioned"
        " UNION SELECT person FROM follow_ups WHERE person IS NOT NULL"
    ).fetchall()
    renamed = {change.old_person(n): person_key(n) for (n,) in names if change.touched(str(n))}
    for fid, debrief_id, habit_key, done_at, dismissed_at in rows:
        prefix, _, key = str(habit_key).partition(":")
        new = renamed.get(key) or key
        if new == key:
            continue
        target = f"{prefix}:{new}"
        twin = ex(
            "SELECT id, done_at, dismissed_at FROM follow_ups WHERE debrief_id = ?"
            " AND habit_key = ?",
            [debrief_id, target],
        ).fetchone()
        if twin is not None:
            if twin[1] or twin[2] or not (done_at or dismissed_at):
                continue  # the twin is kept; this one stays under its old key
            ex("DELETE FROM follow_ups WHERE id = ?", [twin[0]])
        ex("UPDATE follow_ups SET habit_key = ? WHERE id = ?", [target, fid])


def _rekey_aliases(db: sqlite_utils.Database, change: KeyChange) -> None:
    """An alias keyed by a heard name's old key gains a row under its new key; the heard
    forms are the names calls kept as heard (and the names filed). The old row stays."""
    ex = db.execute
    heard: list[tuple[str, str]] = []
    for (name,) in ex(
        "SELECT heard_contact FROM debriefs WHERE heard_contact IS NOT NULL"
        " UNION SELECT heard FROM people_mentioned WHERE heard IS NOT NULL"
        " UNION SELECT name FROM contacts UNION SELECT name FROM people_mentioned"
    ).fetchall():
        if change.touched(str(name)):
            heard.append(("person", str(name)))
    for (name,) in ex(
        "SELECT heard_company FROM debriefs WHERE heard_company IS NOT NULL"
        " UNION SELECT company FROM people_mentioned WHERE company IS NOT NULL"
        " UNION SELECT name FROM companies"
    ).fetchall():
        if change.touched(str(name)):
            heard.append(("company", str(name)))
    for kind, name in heard:
        old_fn, new_fn = (
            (change.old_company, company_key)
            if kind == "company"
            else (change.old_person, person_key)
        )
        old, new = old_fn(name), new_fn(name)
        if not old or not new or old == new:
            continue
        ex(
            "INSERT OR IGNORE INTO aliases (kind, heard_key, name, created_at)"
            " SELECT kind, ?, name, created_at FROM aliases WHERE kind = ? AND heard_key = ?",
            [new, kind, old],
        )
