"""Who a call was with, as typed on one line: "Maria Lopez, Stripe", "Maria Lopez at Stripe".

Read where the user types it: the question `debrief record` and `debrief add AUDIO` ask
first (:mod:`debrief.cli.who`), and the line after a recap is filed, which takes
``contact / title / company`` and since qa57 this same shape as well
(:func:`debrief.store.corrections.apply_confirm`).
"""

from __future__ import annotations

import re

from debrief.names import typed_capitals

#: What parts a typed answer: "Maria Lopez, Stripe", "Maria Lopez at Stripe", "Maria Lopez
#: from Stripe", "Maria Lopez @ Stripe", "Maria Lopez (Stripe)", "Maria Lopez / Stripe".
_SPLIT = re.compile(r"\s*(?:[,;(]|\s[@/|]\s|\s(?:at|from)\s)\s*", re.IGNORECASE)
#: A company part that opens on "at"/"from"/"@" ("Maria Lopez, PM at Stripe": the title goes).
_AT = re.compile(r"^(?:.*\s)?(?:at|from|@)\s+", re.IGNORECASE)


def parse_who(answer: str) -> tuple[str | None, str | None]:
    """(contact, company) from one typed line; either may be None. A bare name is the
    contact; ", Stripe" or "at Stripe" alone is the company."""
    text = re.sub(r"^(?:with|w/)\s+", "", answer.strip().strip("."), flags=re.IGNORECASE)
    if not text:
        return None, None
    low = text.lower()
    if low.startswith(("at ", "from ", "@")):
        return None, _tidy(_AT.sub("", text, count=1))
    parts = _SPLIT.split(text, maxsplit=1)
    name = _tidy(parts[0])
    company = _tidy(_AT.sub("", parts[1], count=1)) if len(parts) > 1 else None
    return name, company


def _tidy(part: str) -> str | None:
    """A part of the answer without brackets, stray punctuation and spaces, capitalised if
    typed all in lower case (:func:`debrief.names.typed_capitals`: a name filed and given
    to Whisper as a name is written); None if empty."""
    part = " ".join(part.strip(" ()[],;.").split())
    return typed_capitals(part) or None
