"""Items of a call filed long after it happened (an old voice memo added today).

Reads the call's ``created_at`` (when it was filed) against its ``recorded_at`` and the
``[filed_late]`` rule of ``pipelines/habits.toml``: the courtesies owed right after a call
(the thank-you note, telling the referrer how it went) are not owed months later, and the
items still to do fall due no earlier than the filing day, not months overdue. Judged on
the stored filing time, so a later re-plan (reextract, an edit) decides the same.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from debrief.store.habit_rules import rules
from debrief.store.repo import Store


def _days_late(recorded: str, filed: str) -> int:
    """Whole days from the call (``recorded``, an ISO stamp) to its filing (``filed``)."""
    return (date.fromisoformat(filed[:10]) - date.fromisoformat(recorded[:10])).days


def filed_late(store: Store, debrief_id: int) -> int | None:
    """How many days after call ``debrief_id`` it was filed, when that is late enough for
    :func:`planned_late` to have left its thank-you out (else None): the post-add summary
    says so, rather than leave the user wondering where the thank-you went."""
    row = store.rows("SELECT recorded_at, created_at FROM debriefs WHERE id = ?", [debrief_id])
    if not row or not row[0]["created_at"]:
        return None
    late = _days_late(str(row[0]["recorded_at"]), str(row[0]["created_at"]))
    return late if late >= int(rules()["filed_late"]["days"]) else None


def planned_late(out: list[Any], stamp: str, filed: str | None, rule: dict[str, Any]) -> list[Any]:
    """The items of a call filed ``rule["days"]`` or more after it happened (an old memo
    added today): the courtesies due right after the call (``rule["skipped"]``) are not
    owed now, and the rest fall due no earlier than the filing day. Judged against the
    call's own filing time, so a re-plan later (reextract, an edit) decides the same."""
    if not filed:
        return out
    if _days_late(stamp, filed) < int(rule["days"]):
        return out
    filed_day = filed[:10]
    kept = [h for h in out if h.kind not in rule["skipped"]]
    for h in kept:
        if h.due and h.due < filed_day:
            h.due = filed_day
    return kept
