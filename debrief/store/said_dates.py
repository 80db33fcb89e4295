"""Follow-up texts as the lists show them beside their due date: without the relative date
words they were said with ("by next Wednesday", "tomorrow", "in two weeks").

Reads each row's ``text``, ``due`` and ``recorded_at``. Said on the call, "by next
Wednesday" was right; read in `todo`, `review` or `prep` weeks later, it names another
Wednesday, while the due date beside it is the one meant (qa67). The date words that set
the due date go, with the word before them (``due_before`` of pipelines/thanks.toml, as
:func:`debrief.store.thanks.undated` drops them from a thank-you note). Words that name the
day themselves ("December 11", "12/11", "the 15th") stay true and stay; so does a step that
would be left with fewer than two words.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

from debrief.date_resolver import due_span
from debrief.store.thanks import undated
from debrief.store.thanks_you import thanks_rules

#: Words that make date words absolute: a month named (its days do not move).
_MONTHS = {m.lower() for m in (*calendar.month_name, *calendar.month_abbr) if m}


def _relative(words: str) -> bool:
    """Whether ``words`` name a day only relative to when they were said."""
    if any(ch.isdigit() for ch in words):
        return False
    return not any(w in _MONTHS for w in re.findall(r"[a-z]+", words.lower()))


def without_said_dates(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each row with a due date, its relative date words dropped from ``text``; returns rows."""
    rules = thanks_rules()
    for row in rows:
        if not row.get("due") or not row.get("recorded_at") or not row.get("text"):
            continue
        try:
            said_on = date.fromisoformat(str(row["recorded_at"])[:10])
        except ValueError:
            continue
        text = str(row["text"])
        span = due_span(text, said_on)
        if span is None or not _relative(span.text):
            continue
        if span.value.isoformat() != str(row["due"])[:10]:
            continue  # a due date the user moved: hold_moved has said the new one
        plain = undated(text, said_on, rules)
        if len(plain.split()) >= 2:
            row["text"] = plain[:1].upper() + plain[1:] if text[:1].isupper() else plain
    return rows
