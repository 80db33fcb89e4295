"""Search for a person by the name the user gave them, in transcripts that still say the
name as it was heard.

A name speech recognition got wrong ("Thomas Farra") and the user renamed (`rename person`,
the unsure-name line's command: "Tomas Ferreira") is renamed in the records, and the
transcript stays as said. Searching the right name then found nothing, though a call named
them; the name as heard (``people_mentioned.heard``, ``debriefs.heard_contact``) is what the
transcript holds, so a query that is that person's name also matches it.
"""

from __future__ import annotations

from debrief.names import person_key
from debrief.store.repo import Store


def heard_forms(store: Store, query: str) -> list[str]:
    """The names as heard of the person whose name is the whole of ``query`` (none when it
    is no renamed person's name), each once."""
    key = person_key(query)
    if not key or len(key.split()) > 4:
        return []
    rows = store.rows(
        "SELECT heard AS name FROM people_mentioned WHERE key = ? AND heard IS NOT NULL"
        " UNION SELECT d.heard_contact FROM debriefs d JOIN contacts c ON c.id = d.contact_id"
        " WHERE c.key = ? AND d.heard_contact IS NOT NULL",
        [key, key],
    )
    out: list[str] = []
    for r in rows:
        heard = str(r["name"])
        if person_key(heard) != key and heard not in out:
            out.append(heard)
    return out
