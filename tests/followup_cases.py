"""What the follow-up shape tests share: the moment the recaps are "said" and two readers of
the real pipeline's output (follow-ups with their due dates, the call's length)."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 9, 1, 18, 0)  # a Tuesday
DAY = WHEN.date()


def items(text: str) -> list[tuple[str, str | None]]:
    """(text, due) of each follow-up extracted from ``text`` said at :data:`WHEN`."""
    return [(f.text, f.due) for f in extract(text, WHEN).follow_ups]


def minutes(text: str) -> int | None:
    """The call's length in minutes extracted from ``text`` said at :data:`WHEN`."""
    return extract(text, WHEN).call_minutes
