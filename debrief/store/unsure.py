"""Names heard unsure: the names of a debrief filed as Whisper spelt them while it was unsure
of the spelling (its word probabilities, :func:`debrief.names.unsure_names`), each with the
correction that fixes it everywhere. `show` and `add` print them; a correction is then an alias
(:func:`debrief.store.resolve.add_alias`), so the same mishearing resolves to it next time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from debrief.models import Word
from debrief.names import company_key, person_key, unsure_names
from debrief.store.heard_how import SPELLING
from debrief.store.repo import Store


@dataclass
class HeardUnsure:
    """A name filed as Whisper spelt it while unsure of the spelling, and the command that
    fixes it everywhere (the correction is then an alias: the same mishearing resolves to
    it next time, and `reextract` keeps it)."""

    name: str
    role: str  # "contact", "company" (the contact's), "referral" or "mentioned"
    probability: float
    fix: str


def heard_words(store: Store, debrief_id: int) -> list[Word]:
    """The words of a debrief's transcript with their probabilities (``segments.words``;
    empty for a typed recap or an engine that gives none)."""
    out: list[Word] = []
    for r in store.rows(
        "SELECT words FROM segments WHERE debrief_id = ? AND words IS NOT NULL ORDER BY idx",
        [debrief_id],
    ):
        out.extend(Word(str(w), float(p)) for w, p in json.loads(r["words"]))
    return out


def unsure_names_of(store: Store, debrief_id: int) -> list[HeardUnsure]:
    """The names of a debrief filed as heard while Whisper was unsure of their spelling
    (:func:`debrief.names.unsure_names`), contact first. Not flagged: a name the user set
    (``--contact``, `edit`, the confirm prompt, or a correction's new name anywhere), and a
    name resolved to one on file (its spelling is the file's). So a correction clears the
    mark, and keeps it cleared through `reextract` (the mishearing resolves to it). Nor a
    name on file from an earlier call: the first call that filed it carries the mark (one
    fix there fixes it everywhere), and a name on file primes Whisper, whose word
    probabilities are scored without that prompt and would flag it wrongly. The contact's
    company the same way: flagged after the contact unless given, resolved or on file."""
    words = heard_words(store, debrief_id)
    if not words:
        return []
    row = store.get(debrief_id)
    company = row.get("company") or None
    if row.get("company_override") or row.get("heard_company"):
        company = None  # given, or resolved to one on file: its spelling is not Whisper's
    elif company and _company_on_file(store, company, debrief_id):
        company = None
    known = {
        person_key(r["name"])
        for r in store.rows(
            "SELECT contact_override AS name FROM debriefs WHERE contact_override IS NOT NULL"
            " UNION SELECT name FROM aliases WHERE kind = 'person'"
            " UNION SELECT c.name FROM contacts c JOIN debriefs d ON d.contact_id = c.id"
            " WHERE d.id < :id UNION SELECT name FROM people_mentioned WHERE debrief_id < :id",
            {"id": debrief_id},
        )
    }
    # (filed, heard, role): a name only re-spelled is still a guess, found by what was heard
    candidates: list[tuple[str, str, str]] = []
    if row.get("contact") and not row.get("contact_override"):
        heard = _as_heard(row["contact"], row.get("heard_contact"), row.get("heard_contact_how"))
        if heard:
            candidates.append((row["contact"], heard, "contact"))
    for p in store.rows(
        "SELECT * FROM people_mentioned WHERE debrief_id = ? ORDER BY id",
        [debrief_id],
    ):
        heard = _as_heard(p["name"], p["heard"], p["heard_how"])
        if heard:
            candidates.append((p["name"], heard, p["relation"]))
    candidates = [c for c in candidates if person_key(c[0]) not in known]
    filed = {person_key(h): (n, role) for n, h, role in reversed(candidates)}
    people = []
    for u in unsure_names(words, [h for _, h, _ in candidates]):
        name, role = filed[person_key(u.name)]
        people.append(HeardUnsure(name, role, u.probability, fix_command(name)))
    firm = [
        HeardUnsure(u.name, "company", u.probability, fix_command(u.name, "company"))
        for u in unsure_names(words, [company])
    ]
    lead = 1 if people and people[0].role == "contact" else 0
    return people[:lead] + firm + people[lead:]


def _as_heard(name: str, heard: str | None, how: str | None) -> str | None:
    """What Whisper wrote for a filed ``name``: itself, ``heard`` if the spelling repair changed
    it (``how``, as filed: the repair is not run again), else None (resolved, or renamed)."""
    if not heard or heard == name:
        return name
    return heard if how == SPELLING else None


def _company_on_file(store: Store, name: str, debrief_id: int) -> bool:
    """Whether the company ``name`` is the user's or on file before this debrief: given
    for any call, an alias (a correction, a spelling confirmed), an earlier call's company
    or mention (that call carries the mark)."""
    key = company_key(name)
    rows = store.rows(
        "SELECT company_override AS name FROM debriefs WHERE company_override IS NOT NULL"
        " UNION SELECT name FROM aliases WHERE kind = 'company'"
        " UNION SELECT co.name FROM companies co JOIN debriefs d ON d.company_id = co.id"
        " WHERE d.id < :id UNION SELECT co.name FROM companies co"
        " JOIN companies_mentioned m ON m.company_id = co.id WHERE m.debrief_id < :id",
        {"id": debrief_id},
    )
    return any(company_key(r["name"]) == key for r in rows)


def fix_command(name: str, kind: str = "person") -> str:
    """The correction that fixes a misspelt name (a ``person``'s or a ``company``'s)
    everywhere it is filed."""
    return f'debrief rename {kind} "{name}" "RIGHT SPELLING"'
