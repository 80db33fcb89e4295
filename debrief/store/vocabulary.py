"""The vocabulary Whisper is primed with: the names the next recap is most likely to say.

The command line's contact and company, the names the user set, and people on file not
called yet whom there is evidence the next call is with (:func:`vocabulary`). Apart from name
resolution (:mod:`debrief.store.resolve`), which reads the names on file after extraction:
this runs before transcription, on the store alone, and shares no code with it.
"""

from __future__ import annotations

from debrief.names import company_key, person_key, typed_capitals
from debrief.store.repo import Store

#: How many names the vocabulary query returns at most (the engine cuts it to its prompt).
VOCABULARY_LIMIT = 200
#: How many people not called yet the vocabulary names at most (each with their company).
VOCABULARY_PEOPLE = 12


def vocabulary(
    store: Store,
    *,
    contact: str | None = None,
    company: str | None = None,
    everyone: bool = False,
    limit: int = VOCABULARY_LIMIT,
) -> list[str]:
    """Names to prime Whisper with, most useful first.

    ``contact``/``company`` from the command line lead; then names the user set (overrides,
    corrections and aliases); then the people on file not called yet whom there is evidence
    the next call is with: referrals (someone told the user to call them), and anyone placed
    at the company (or named as the contact) the command line gives; each by a full name
    (:func:`_full_name`) with their company, referrals first, newest first, at most
    :data:`VOCABULARY_PEOPLE`. No duplicates (case-insensitive).

    Other names on file stay out (name resolution after extraction still recognises them).
    On held-out recaps filed into one knowledge base (benchmarks/extract_voice.py, issue 11),
    priming tiny.en with every pending name made it skip speech (3 of 32 recaps transcribed
    twice) and, with people mentioned in passing and their companies, write prompt text
    that was never said ("College of Public Health.", "health care and health care.") and
    repeat sentences; follow-ups F1 fell with it. A knowledge base of many calls also holds
    names extraction got wrong ("Said", "Highway", "Multilingual Outreach"), which then
    primed every later recap.

    People already called are left out unless ``everyone``: priming tiny.en with them pulls
    new names toward theirs ("Priya Shah" came out "Maria Shaw" with "Maria Lopez" in the
    prompt) and copies their rare names into unrelated speech, while name resolution after
    extraction recognises them anyway. ``everyone`` adds every person and company on file
    by last mention and how often, and recent titles (benchmarks/names.py compares both).

    A name the user typed all in lower case is given capitalised
    (:func:`debrief.names.typed_capitals`); titles (``everyone``) stay as they are.
    """
    user = store.rows(
        "SELECT contact_override AS name, recorded_at AS at FROM debriefs"
        " WHERE contact_override IS NOT NULL"
        " UNION ALL SELECT company_override, recorded_at FROM debriefs"
        " WHERE company_override IS NOT NULL"
        " UNION ALL SELECT name, created_at FROM aliases ORDER BY 2 DESC"
    )
    pending = store.rows(
        "SELECT p.name AS name, p.company AS company, p.relation AS relation"
        " FROM people_mentioned p JOIN debriefs d ON d.id = p.debrief_id"
        " WHERE p.key NOT IN (SELECT key FROM contacts)"
        " AND (p.relation = 'referral' OR p.company IS NOT NULL)"
        " ORDER BY p.relation = 'referral' DESC, d.recorded_at DESC, p.id LIMIT ?",
        [limit],
    )
    said = {company_key(company)} if company else set()
    said |= {person_key(contact)} if contact else set()
    likely = [
        p
        for p in pending
        if _full_name(p["name"])
        and (
            everyone
            or p["relation"] == "referral"
            or person_key(p["name"]) in said
            or company_key(p["company"]) in said
        )
    ][:VOCABULARY_PEOPLE]
    typed = [contact, company, *(u["name"] for u in user)]  # the user's own typing
    names: list[str | None] = [
        *(typed_capitals(n) if n else n for n in typed),
        *(x for p in likely for x in (p["name"], p["company"])),
    ]
    if everyone:
        names += _everything(store)
    out: list[str] = []
    keys: set[str] = set()
    for name in names:
        if not name or not name.strip():
            continue
        key = name.strip().lower()
        if key not in keys:
            keys.add(key)
            out.append(name.strip())
        if len(out) >= limit:
            break
    return out


def _full_name(name: str | None) -> bool:
    """A person's full name as extraction files it: two words or more, each capitalised
    ("Siobhan Okonkwo", "Aisling Ni Bhriain"); a first name alone or a lower-case phrase is
    too little to prime Whisper with (resolution still finds such names)."""
    parts = (name or "").split()
    return len(parts) >= 2 and all(p[:1].isupper() for p in parts if p[:1].isalpha())


def _everything(store: Store) -> list[str]:
    """Every person and company on file, by last mention (day) and mentions; then titles."""
    ranked: dict[str, tuple[str, str, int]] = {}  # key -> (name, last seen, mentions)
    rows = store.rows(
        "SELECT c.name AS name, max(d.recorded_at) AS last, count(*) AS n, 'p' AS kind"
        " FROM contacts c JOIN debriefs d ON d.contact_id = c.id GROUP BY c.id"
        " UNION ALL SELECT p.name, max(d.recorded_at), count(*), 'p'"
        " FROM people_mentioned p JOIN debriefs d ON d.id = p.debrief_id GROUP BY p.key"
        " UNION ALL SELECT co.name, max(d.recorded_at), count(*), 'c'"
        " FROM companies co JOIN companies_mentioned m ON m.company_id = co.id"
        " JOIN debriefs d ON d.id = m.debrief_id GROUP BY co.id"
    )
    for r in rows:
        key = (
            r["kind"]
            + ":"
            + (company_key(r["name"]) if r["kind"] == "c" else person_key(r["name"]))
        )
        day = (r["last"] or "")[:10]
        old = ranked.get(key)
        ranked[key] = (
            (r["name"], day, r["n"]) if old is None else (old[0], max(old[1], day), old[2] + r["n"])
        )
    order = sorted(ranked.values(), key=lambda v: (v[1], v[2]), reverse=True)
    titles = store.rows(
        "SELECT c.title AS title FROM contacts c JOIN debriefs d ON d.contact_id = c.id"
        " WHERE c.title IS NOT NULL GROUP BY lower(c.title) ORDER BY max(d.recorded_at) DESC"
        " LIMIT 20"
    )
    return [v[0] for v in order] + [t["title"] for t in titles]
