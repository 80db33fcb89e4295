"""The ids a user reads and types ("call #5", `debrief done 12`, `debrief insight 31`) are
never given twice: a new row takes the next id above every one its table ever gave, kept in
``id_high_water`` (migration ``m018_ids_never_reused``, qa62). Every insert into these
tables names its id with :func:`next_id`.
"""

from __future__ import annotations

from typing import Any

from debrief.errors import NoLongerFiled, NotFound

#: The tables whose ids are never given twice; m018 keeps each one's ``id_high_water``.
NUMBERED = ("debriefs", "follow_ups", "insights")


def next_id(table: str) -> str:
    """SQL for the id a new row of ``table`` (one of :data:`NUMBERED`) takes: above every id
    the table ever gave, so a deleted row's id is never given to another."""
    assert table in NUMBERED, table
    return f"(SELECT last_id + 1 FROM id_high_water WHERE name = '{table}')"


#: What a user types an id of, its table and where its current ids are listed.
_LISTED = {
    "insight": ("insights", "`debrief show CALL` lists the current ids"),
    "follow-up": ("follow_ups", "`debrief todo --all` lists the current ids"),
}


def gone_or_never(db: Any, kind: str, item_id: int) -> NotFound:
    """The error for no ``kind`` (``insight``, ``follow-up``) having ``item_id``. One given
    once (ids are never given twice) is no longer filed, said so with where the current ids are:
    the user read that number in an older `show` or `todo`, and "no insight with id 12"
    reads as a typo (qa70): :class:`~debrief.errors.NoLongerFiled`. A number never given is
    "no insight with id N"."""
    table, listed = _LISTED[kind]
    high = db.execute("SELECT last_id FROM id_high_water WHERE name = ?", [table]).fetchone()
    if high is None or not 0 < item_id <= int(high[0]):
        return NotFound(f"no {kind} with id {item_id}")
    return NoLongerFiled(
        f"{kind} #{item_id} is no longer filed: dropped, deleted with its call, or not found"
        f" again by `debrief reextract` ({listed})"
    )
