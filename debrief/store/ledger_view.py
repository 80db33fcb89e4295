"""The follow-up ledger as the user reads and closes it: what is open, by person, and dismissing.

Reads the ``follow_ups`` rows, those the user spoke and the ones :mod:`debrief.store.habits`
generated (``habit_key`` set), and writes only the user's own state (dismissed, done): what
a call should have in the ledger, and keeping it so, is habits'. Kept apart so that the
commands that read the ledger (``todo``, ``show``, the prep sheet) do not read the planning.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from debrief.names import person_key
from debrief.store.company import as_listed
from debrief.store.db import now_iso, transaction
from debrief.store.repo import Store


def dismiss(store: Store, follow_up_id: int) -> tuple[dict[str, Any], bool]:
    """Dismiss an item: closed, marked dismissed, and kept so (the user's state:
    re-generation and ``reextract`` never reopen it). Returns the item as it is now and
    whether it changed: one already closed (done or dismissed) is left as it is, as
    :meth:`Store.mark_follow_up` leaves a closed one."""
    row = store.follow_up(follow_up_id)
    if row["done_at"]:
        return row, False
    with transaction(store.db):
        stamp = now_iso()
        store.db.execute(
            "UPDATE follow_ups SET done_at = ?, dismissed_at = ? WHERE id = ?",
            [stamp, stamp, follow_up_id],
        )
        store.set_user_field("follow_up", follow_up_id, "done_at", stamp)
    return store.follow_up(follow_up_id), True


def ledger(store: Store, today: date, *, include_done: bool = False) -> list[dict[str, Any]]:
    """Open items grouped by person: ``[{person, owed: [...], offered: [...]}]``; the
    people with something overdue or due soonest first. Items with no person (a call whose
    contact is unknown) are under the call's contact or "unknown contact"."""
    where = "" if include_done else " WHERE f.done_at IS NULL"
    rows = store.rows(
        "SELECT f.id, f.text, f.due, f.done_at, f.dismissed_at, f.kind, f.direction,"
        " f.debrief_id, coalesce(f.person, d.contact, 'unknown contact') AS person,"
        " d.recorded_at, d.company FROM follow_ups f JOIN debriefs_named d ON d.id = f.debrief_id"
        + where
        + " ORDER BY f.due IS NULL, f.due, f.id"
    )
    groups: dict[str, dict[str, Any]] = {}
    # flagged as `todo` and `ask` flag them; a moved due date said in the text as todo says it
    for r in as_listed(store, rows, today):
        g = groups.setdefault(
            person_key(r["person"]) or r["person"],
            {"person": r["person"], "owed": [], "offered": []},
        )
        g["owed" if r["direction"] == "mine" else "offered"].append(r)

    def soonest(g: dict[str, Any]) -> tuple[bool, str, str]:
        dues = [i["due"] for i in g["owed"] + g["offered"] if i["due"]]
        return (not dues, min(dues) if dues else "", g["person"].casefold())

    return sorted(groups.values(), key=soonest)


def generated(store: Store, debrief_id: int, *, closed: bool = False) -> list[dict[str, Any]]:
    """The call's open generated items (the post-add summary lists them); with ``closed``
    the done and dismissed ones too, so marked (``debrief show``)."""
    return store.rows(
        "SELECT id, text, due, kind, direction, done_at, dismissed_at FROM follow_ups"
        " WHERE debrief_id = ? AND habit_key IS NOT NULL"
        + ("" if closed else " AND done_at IS NULL")
        + " ORDER BY id",
        [debrief_id],
    )
