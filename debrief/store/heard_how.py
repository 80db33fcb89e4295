"""How name resolution replaced a heard name, kept with it (``heard_contact_how``,
``heard_how``): the two values, the SQL that updates them on a rename, and the one-off
judgement of names filed before the columns existed (migration m014).

Apart from repo.py so that the migrations, which repo.py's database opening runs, need not
import repo.py back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

#: How name resolution replaced a heard person's name (``heard_contact_how``, ``heard_how``):
#: the spelling repair of a name not on file (:func:`debrief.store.resolve.spelled_name`), or
#: the name on file, an alias or a full name it resolved to (or the user's rename since).
SPELLING, RESOLVED = "spelling", "resolved"


def renamed_how(column: str) -> str:
    """SQL for a heard name's how (``column``) once its filed name changes (a rename, a
    merge, a full name found): the repair's spelling is no longer what is filed."""
    return f"CASE {column} WHEN '{SPELLING}' THEN '{RESOLVED}' ELSE {column} END"


def judge_heard_how(db: sqlite_utils.Database) -> None:
    """Set how each heard name filed before ``heard_how`` existed was replaced (migration
    m014), as `show` judged it then: :data:`SPELLING` where the spelling repair of what was
    heard gives the filed name, else :data:`RESOLVED`. Run once, not on every `show`."""
    from debrief.names_spelling import repair_name

    for table, column, query in (
        ("debriefs", "heard_contact_how", "SELECT id, contact, heard_contact FROM debriefs_named"),
        ("people_mentioned", "heard_how", "SELECT id, name, heard FROM people_mentioned"),
    ):
        for row_id, name, heard in db.execute(query).fetchall():
            if heard:
                how = SPELLING if repair_name(heard) == name else RESOLVED
                db.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", [how, row_id])
