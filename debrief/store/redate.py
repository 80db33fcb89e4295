"""When the user corrects a call's date (``debrief edit ID --when``): the due dates the
recap's own words set move with it. "I'll send Sam a thank you tonight", said in a call
filed on Friday and corrected to Tuesday, was still due Friday; "in two weeks" counted from
the wrong day. `debrief reextract` reads the words again from the corrected date; this does
the same for the follow-ups at once, without extracting anything.

A due date moves only when the follow-up's words alone give it from the old date (the
words said, as filed: ``source_text``), so a date extraction took from elsewhere in the
recap, or one the user set (``follow-up ID --due``), stays as it is."""

from __future__ import annotations

from datetime import date

from debrief.store.repo import Store


def redate_follow_ups(store: Store, debrief_id: int, old: date, new: date) -> int:
    """Re-read the due dates of call ``debrief_id``'s spoken follow-ups from ``new`` (the
    corrected call date) where their words gave them from ``old``; how many moved."""
    if old == new:
        return 0
    from debrief.extract.dates import due_date

    rows = store.rows(
        "SELECT id, text, source_text, due FROM follow_ups WHERE debrief_id = ?"
        " AND kind IS NULL AND due IS NOT NULL",
        [debrief_id],
    )
    set_by_user = store.user_fields("follow_up", [int(r["id"]) for r in rows])
    moved = 0
    for r in rows:
        if "due" in set_by_user.get(int(r["id"]), {}):
            continue
        said = str(r["source_text"] or r["text"])
        if due_date(said, old) != date.fromisoformat(str(r["due"])[:10]):
            continue
        now = due_date(said, new)
        if now is not None and now.isoformat() != str(r["due"])[:10]:
            store.db.execute(
                "UPDATE follow_ups SET due = ? WHERE id = ?", [now.isoformat(), r["id"]]
            )
            moved += 1
    return moved
