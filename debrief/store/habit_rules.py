"""The ledger's cue rules (``pipelines/habits.toml``) and two readings of a follow-up's words
that both the ledger (:mod:`debrief.store.habits`) and the thank-you draft
(:mod:`debrief.store.thanks`) make: whether it names a person, and whether it is the thank-you
to the call's contact. Apart from both so that neither imports the other (the ledger reads the
draft's pronoun rule)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from debrief.config import pipeline_toml
from debrief.names import words


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    """``pipelines/habits.toml``, with its cue patterns compiled."""
    data = pipeline_toml("habits.toml")
    data["thanks"]["sent"] = [re.compile(p, re.IGNORECASE) for p in data["thanks"]["sent_cues"]]
    data["thanks"]["spoken"] = re.compile(data["thanks"]["spoken_cue"], re.IGNORECASE)
    data["thanks"]["someone"] = re.compile(data["thanks"]["someone_cue"])
    data["reach_out"]["planned"] = re.compile(data["reach_out"]["planned_cue"], re.IGNORECASE)
    data["offer"]["matchers"] = [re.compile(p, re.IGNORECASE) for p in data["offer"]["cues"]]
    data["offer"]["intro"] = re.compile(data["offer"]["intro_cue"], re.IGNORECASE)
    return data


def mentions(text: str, name: str) -> bool:
    """Whether ``text`` names any word of ``name`` (first or last name)."""
    said = set(words(text))
    return any(len(w) > 1 and w in said for w in words(name))


def thanks_contact(text: str, contact: str | None, rule: dict[str, Any]) -> bool:
    """Whether the user's own follow-up ``text`` is the thank-you to the call's ``contact``:
    it thanks, and names no one else ("thank-you note to Park for the intro" thanks the
    person who introduced them, and the contact is still owed one). An unknown contact
    cannot be told apart from another name: the item counts as theirs."""
    if not rule["spoken"].search(text):
        return False
    named = rule["someone"].search(text)
    if named is None or not contact:
        return True
    return named.group(1).lower() in contact.lower().split()
