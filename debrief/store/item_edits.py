"""The user's corrections of one insight or follow-up: moving or dropping an insight, editing
or dropping a follow-up, each kept on re-extraction (an item fix or a user field).

Apart from :mod:`debrief.store.corrections` (a debrief's contact, company and date) and
:mod:`debrief.store.renames` (renaming and merging people and companies), whose names and keys
these never touch: each reads and
writes one row of ``insights`` or ``follow_ups`` by its id.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from debrief.errors import DebriefError
from debrief.models import CATEGORIES
from debrief.names import words
from debrief.store.db import transaction
from debrief.store.ids import gone_or_never
from debrief.store.repo import Store


def _insight(store: Store, insight_id: int) -> dict[str, Any]:
    found = store.rows("SELECT * FROM insights WHERE id = ?", [insight_id])
    if not found:
        raise gone_or_never(store.db, "insight", insight_id)
    return found[0]


def move_insight(store: Store, insight_id: int, category: str) -> dict[str, Any]:
    """File an insight under another category (kept on re-extraction)."""
    if category not in CATEGORIES:
        raise DebriefError(f"unknown category {category!r}; one of: {', '.join(CATEGORIES)}")
    row = _insight(store, insight_id)
    with transaction(store.db):
        store.db.execute("UPDATE insights SET category = ? WHERE id = ?", [category, insight_id])
        store.set_item_fix(row["debrief_id"], "insight_category", row["text"], category)
    store.db.execute("DELETE FROM insight_terms WHERE insight_id = ?", [insight_id])
    return {**row, "old_category": row["category"], "category": category}


def drop_insight(store: Store, insight_id: int) -> dict[str, Any]:
    """Remove an insight (re-extraction does not bring it back)."""
    row = _insight(store, insight_id)
    with transaction(store.db):
        store.set_item_fix(row["debrief_id"], "insight_dropped", row["text"])
        store.db.execute("DELETE FROM insights WHERE id = ?", [insight_id])
    return row


def edit_follow_up(
    store: Store, follow_up_id: int, *, text: str | None = None, due: str | None = None
) -> dict[str, Any]:
    """Change a follow-up's text or due date (an empty due clears it); kept on re-extraction."""
    row = store.follow_up(follow_up_id)
    if text is not None and not text.strip():
        raise DebriefError("the follow-up text is empty")
    if text is not None and not words(text):  # "'": a slip, as edit's names (qa60)
        raise DebriefError(f"the follow-up text {text.strip()!r} has no letter or digit")
    new_due = row["due"]
    if due is not None:
        if due.strip():
            try:
                new_due = datetime.fromisoformat(due.strip()).date().isoformat()
            except ValueError:
                raise DebriefError(f"{due!r} is not an ISO date (2026-12-04)") from None
        else:
            new_due = None
    with transaction(store.db):
        store.db.execute(
            "UPDATE follow_ups SET text = ?, due = ?, source_text = coalesce(source_text, text)"
            " WHERE id = ?",
            [text.strip() if text else row["text"], new_due, follow_up_id],
        )
        if text is not None:
            store.set_user_field("follow_up", follow_up_id, "text", text.strip())
        if due is not None:
            store.set_user_field("follow_up", follow_up_id, "due", new_due)
    return store.follow_up(follow_up_id)


def drop_follow_up(store: Store, follow_up_id: int) -> dict[str, Any]:
    """Remove a follow-up (re-extraction does not bring it back). One debrief generated
    (a habit: thank-you, stay in touch) is dismissed instead, which keeps it closed."""
    row = store.follow_up(follow_up_id)
    if row.get("kind"):
        from debrief.store.ledger_view import dismiss

        return dismiss(store, follow_up_id)[0]
    with transaction(store.db):
        store.set_item_fix(
            row["debrief_id"], "follow_up_dropped", row["source_text"] or row["text"]
        )
        store.db.execute("DELETE FROM follow_ups WHERE id = ?", [follow_up_id])
        store.db.execute(
            "DELETE FROM user_fields WHERE entity = 'follow_up' AND entity_id = ?", [follow_up_id]
        )
    return row
