"""gone: a debrief deleted with every trace of it, and the follow-up ledger it touched."""

from __future__ import annotations

from typing import Any

from debrief.config import Settings
from debrief.store import Store


def delete(settings: Settings, store: Store, debrief_id: int) -> dict[str, Any]:
    """Delete a debrief, its audio file and every trace of it in the database file."""
    from debrief.store import habits

    related = habits.related(store, debrief_id)  # calls whose items this one closed
    gone = store.delete(debrief_id)  # the audio goes with the crash-safe scrub (issue 17.3)
    for other in related:
        habits.refresh(store, other, habits.default_days(settings))
    return gone
