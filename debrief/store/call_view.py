"""One call as every view of it draws it (``debrief show``, its ``--json``, and the browse
call page): the debrief with everything filed for it (:meth:`Store.full`), the ledger's
items generated for the call (thank-you note, reach out, stay in touch, what the contact
offered; :func:`debrief.store.ledger_view.generated`, closed ones too, so marked) and the names
Whisper was unsure how to spell. One builder, so a page cannot show less than ``show``.

A follow-up whose due date the user moved says the new date in its text here too, as in
`todo` (:func:`debrief.store.thanks.moved_texts`): `show` and `export` printed "I should
follow up with her in two weeks (due 2026-12-11)" beside `todo`'s "... on Friday, December
11" (qa65)."""

from __future__ import annotations

import dataclasses
from typing import Any

from debrief.names import person_key
from debrief.store.ledger_view import generated
from debrief.store.repo import Store
from debrief.store.thanks import moved_texts
from debrief.store.unsure import unsure_names_of


def call_view(store: Store, debrief_id: int) -> dict[str, Any]:
    """``store.full(debrief_id)`` with ``generated`` and ``unsure_names`` added."""
    data = store.full(debrief_id)
    _hold_moved(store, data)
    _fixed_reading(store, data)
    data["generated"] = generated(store, debrief_id, closed=True)
    data["unsure_names"] = [dataclasses.asdict(u) for u in unsure_names_of(store, debrief_id)]
    return data


def export_view(store: Store) -> list[dict[str, Any]]:
    """:meth:`Store.export`, each moved due date said in its follow-up's text."""
    data = store.export()
    for call in data:
        _hold_moved(store, call)
    return data


def _fixed_reading(store: Store, call: dict[str, Any]) -> None:
    """No "(heard: X)" beside a contact the user renamed when X is the very reading they
    fixed (``contact_read``, recorded by `edit --contact`): `reextract` reads the recap
    again and hears the old name again, which is not news (qa69). A reading new since
    the fix (a retranscription heard another name) is still said. The name as heard stays
    stored: offers and search find the recap's own words by it."""
    was = call.get("heard_contact")
    if not was:
        return
    fixed = {
        person_key(item)
        for kind, item in store.item_fixes(int(call["id"]))
        if kind == "contact_read"
    }
    if person_key(was) in fixed:
        call["heard_contact"] = call["heard_contact_how"] = None


def _hold_moved(store: Store, call: dict[str, Any]) -> None:
    items = call.get("follow_ups") or []
    held = moved_texts(
        store, [(int(f["id"]), f["text"], f["due"], str(call["recorded_at"])) for f in items]
    )
    for f in items:
        f["text"] = held.get(int(f["id"]), f["text"])
