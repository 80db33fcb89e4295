"""Who may be the one offering, in the ledger's offer cues and the thank-you note's: the
contact's pronoun or, as people also say it, the contact's own name ("Sam offered to send me
the template", "Reyes is going to forward my resume", "Sam Reyes said she'd ..."). The cues
of ``[offer]`` (``pipelines/habits.toml``) and ``[offers]`` (``pipelines/thanks.toml``) are
written with the pronouns ``she|he|they`` as their subject; here the first such subject of
each also takes the contact's full, first and last name. Names only, never any capitalised
word: "Her colleague Renata offered to..." is Renata's offer, not the contact's, and stays
out of the ledger (qa52's rule in the note). The names are matched with their capital (a
contact "Mark" is not "mark"), the pronouns as before in any case (docs/extraction-history.md,
"qa54: who is offering")."""

from __future__ import annotations

import re
from functools import lru_cache

#: The subject the cues are written with (their first one takes the names too).
SUBJECT = "she|he|they"
#: Words of a name that are no name of the person ("Dr. Amara Nwosu").
_HONORIFICS = {"dr", "mr", "mrs", "ms", "mx", "prof", "professor", "sir", "dame"}


def name_forms(contact: tuple[str | None, ...]) -> list[str]:
    """The ways a recap names the contact as a subject: the full name, then each part of
    two letters or more that is no honorific ("Sam Reyes" -> Sam Reyes, Sam, Reyes), of
    each of ``contact``'s spellings (the name on file and the one the recap said)."""
    forms: list[str] = []
    for name in contact:
        parts = [p.strip(".,") for p in (name or "").split()]
        parts = [p for p in parts if len(p) > 1 and p.lower() not in _HONORIFICS]
        parts = [p for p in parts if p[:1].isupper()]
        full = [" ".join(parts)] if len(parts) > 1 else []
        forms += [f for f in full + parts if f not in forms]
    return forms


def with_names(pattern: str, contact: tuple[str | None, ...]) -> str:
    """``pattern`` with the contact's names beside the pronouns of its first subject."""
    forms = name_forms(contact)
    if not forms or SUBJECT not in pattern:
        return pattern
    names = "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in forms)
    return pattern.replace(SUBJECT, f"{SUBJECT}|(?-i:{names})(?!\\w)", 1)


@lru_cache(maxsize=64)
def compiled(patterns: tuple[str, ...], contact: tuple[str | None, ...]) -> list[re.Pattern[str]]:
    """The cue ``patterns`` for a call with ``contact``, compiled (case-insensitive)."""
    return [re.compile(with_names(p, contact), re.IGNORECASE) for p in patterns]


def is_name(who: str, contact: tuple[str | None, ...]) -> bool:
    """Whether the subject a cue read (``who``) is one of the contact's names."""
    return " ".join(who.split()) in name_forms(contact)
