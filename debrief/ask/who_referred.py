"""Whether a question asks who pointed the user to a person on file, and who that person is.

"who suggested Tobias Lindfist" or "who referred me to Tobias" is a question about the file
(the referral and the call it was said on), not about what contacts said: the notes that
come nearest it ("He said he dislikes long planning meetings") are no answer, and stood
above the referral once a note cleared the floors (qa49). Such a question is answered by
:func:`debrief.ask.tips.on_file` alone. The cue stems are data (``[who_referred]`` of
``pipelines/ask.toml``).

The person: a whole name on file said in the question, else a first name said in it that
is the first name of exactly one person on file ("who suggested Tobias"; two people of that
first name: neither, as no one can tell them apart).
"""

from __future__ import annotations

from functools import lru_cache

from debrief.ask.question import ask_toml
from debrief.names import person_key
from debrief.store.repo import Store


@lru_cache(maxsize=1)
def _cues() -> tuple[str, ...]:
    return tuple(str(ask_toml().get("who_referred", {}).get("cues", "")).lower().split())


def asks_who_referred(question: str) -> bool:
    """A "who" question with a cue stem after "who" ("who suggested", "who was it that
    referred me to")."""
    words = person_key(question).split()
    if "who" not in words:
        return False
    after = words[words.index("who") + 1 :]
    return any(w.startswith(c) for w in after for c in _cues())


def people_named(store: Store, question: str) -> list[str]:
    """The people on file the question names: whole names (two words or more), else a
    first name that is exactly one person's on file. At most two."""
    said = f" {person_key(question)} "
    rows = store.rows("SELECT name, key FROM contacts UNION SELECT name, key FROM people_mentioned")
    found: dict[str, str] = {}
    for r in rows:
        key = str(r["key"] or "")
        if len(key.split()) >= 2 and f" {key} " in said:
            found.setdefault(key, str(r["name"]))
    if found:
        return list(found.values())[:2]
    by_first: dict[str, dict[str, str]] = {}
    for r in rows:
        key = str(r["key"] or "")
        if len(key.split()) >= 2:
            by_first.setdefault(key.split()[0], {}).setdefault(key, str(r["name"]))
    for first, people in by_first.items():
        if len(people) == 1 and f" {first} " in said:
            found.update(people)
    return list(found.values())[:2]
