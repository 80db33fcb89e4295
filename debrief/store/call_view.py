"""One call as every view of it draws it (``debrief show``, its ``--json``, and the browse
call page): the debrief with everything filed for it (:meth:`Store.full`), the ledger's
items generated for the call (thank-you note, reach out, stay in touch, what the contact
offered; :func:`debrief.store.ledger_view.generated`, closed ones too, so marked) and the names
Whisper was unsure how to spell. One builder, so a page cannot show less than ``show``."""

from __future__ import annotations

import dataclasses
from typing import Any

from debrief.store.ledger_view import generated
from debrief.store.repo import Store
from debrief.store.unsure import unsure_names_of


def call_view(store: Store, debrief_id: int) -> dict[str, Any]:
    """``store.full(debrief_id)`` with ``generated`` and ``unsure_names`` added."""
    data = store.full(debrief_id)
    data["generated"] = generated(store, debrief_id, closed=True)
    data["unsure_names"] = [dataclasses.asdict(u) for u in unsure_names_of(store, debrief_id)]
    return data
