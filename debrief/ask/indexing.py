"""Keeping the insights' vectors in step with the knowledge base, for search by meaning.

Filing embeds a debrief's insights as its last step (:func:`index_filed`); a knowledge base
filed before search by meaning, or before a change of model, is backfilled on first use
(:func:`ensure_vectors`, with ``debrief search``/``ask`` showing the count from
:func:`missing_vectors`). The vectors themselves are stored by :mod:`debrief.store.vectors`
and ranked by :mod:`debrief.ask.hybrid`; this module reads no question, so filing does not
load the question's machinery.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from debrief.errors import DebriefError
from debrief.store import Store
from debrief.store import vectors as vstore


def ensure_vectors(
    store: Store, progress: Callable[[int, int], None] | None = None, batch: int = 256
) -> int:
    """Embed every insight that has no vector of the current model; returns how many.

    The one-time backfill of a knowledge base filed before search by meaning (or after a
    model change); ``progress(done, total)`` is called after each batch.
    """
    from debrief import embed

    total = vstore.count_missing(store, embed.MODEL_ID)
    done = 0
    while total and done < total:
        rows = vstore.missing(store, embed.MODEL_ID, limit=batch)
        if not rows:
            break
        vstore.save(store, embed.MODEL_ID, [int(r["id"]) for r in rows], embed.embed_insights(rows))
        done += len(rows)
        if progress:
            progress(min(done, total), total)
    return done


def index_debrief(store: Store, debrief_id: int) -> int:
    """Embed the insights of one debrief (at filing); returns how many."""
    from debrief import embed

    rows = vstore.insights_with_context(store, debrief_id)
    if not rows:
        return 0
    vstore.save(store, embed.MODEL_ID, [int(r["id"]) for r in rows], embed.embed_insights(rows))
    return len(rows)


def index_filed(store: Store, debrief_id: int) -> None:
    """Embed a filed debrief's insights for search by meaning (the pipeline's last step).

    A failure here never fails the debrief (it is filed and keyword-searchable): it is
    reported as a warning and the vectors are made on the next search (``ensure_vectors``).
    """
    try:
        index_debrief(store, debrief_id)
    except DebriefError as exc:
        print(f"warning: insights of #{debrief_id} not embedded yet ({exc})", file=sys.stderr)


def missing_vectors(store: Store) -> int:
    """How many insights still need a vector of the current model."""
    from debrief.embed import MODEL_ID

    return vstore.count_missing(store, MODEL_ID)
