"""The ids a user reads and types ("call #5", `debrief done 12`, `debrief insight 31`) are
never given twice: a new row takes the next id above every one its table ever gave, kept in
``id_high_water`` (migration ``m018_ids_never_reused``, qa62). Every insert into these
tables names its id with :func:`next_id`.
"""

from __future__ import annotations

#: The tables whose ids are never given twice; m018 keeps each one's ``id_high_water``.
NUMBERED = ("debriefs", "follow_ups", "insights")


def next_id(table: str) -> str:
    """SQL for the id a new row of ``table`` (one of :data:`NUMBERED`) takes: above every id
    the table ever gave, so a deleted row's id is never given to another."""
    assert table in NUMBERED, table
    return f"(SELECT last_id + 1 FROM id_high_water WHERE name = '{table}')"
