"""The meaning list of a hybrid search: the insights nearest a question's vector, by cosine.

Reads the store's matrix of insight vectors (:func:`debrief.store.vectors.matrix`) and
returns plain {insight id: cosine} maps; what is fused, boosted or cut is
:mod:`debrief.ask.hybrid`'s. Kept apart so the numpy arithmetic over the matrix is read in
one place.
"""

from __future__ import annotations

from typing import Any

from debrief.ask.question import calibrate, query_vector, question_vector
from debrief.store import Store
from debrief.store import vectors as vstore


def vector_scores(
    store: Store,
    query: str,
    allowed: Any,
    vector: Any = None,
    adapted: bool = True,
    *,
    depth: int,
) -> tuple[dict[int, float], tuple[Any, Any] | None]:
    """The ``depth`` nearest insights among ``allowed`` (None: all) as {id: cosine},
    and (ids, cosines) of the whole matrix; ({}, None) when there are no vectors.
    ``vector``: the query's vector if already made (default: :func:`query_vector`);
    ``adapted``: it went through the query adapter, so its cosines are put back on MiniLM's
    scale (:func:`debrief.ask.question.calibrate`)."""
    import numpy as np

    from debrief import embed

    matrix = vstore.matrix(store, embed.MODEL_ID)
    if not len(matrix.ids) or not query.strip():
        return {}, None
    if vector is None:
        vector = query_vector(query, question_vector(query, store))
    scores = matrix.scores(vector, allowed)
    if adapted:
        scores = calibrate(scores)
    k = min(depth, len(scores))
    top = np.argpartition(-scores, k - 1)[:k]
    top = top[np.argsort(-scores[top], kind="stable")]
    near = {int(matrix.ids[i]): float(scores[i]) for i in top if np.isfinite(scores[i])}
    return near, (matrix.ids, scores)


def cosines(store: Store, wanted: set[int], vector: Any) -> dict[int, float]:
    """Cosines of the insights ``wanted`` (those with a vector) with ``vector``."""
    import numpy as np

    from debrief import embed

    matrix = vstore.matrix(store, embed.MODEL_ID)
    if not wanted or not len(matrix.ids):
        return {}
    ids = np.array(sorted(wanted), dtype=np.int64)
    pos = np.minimum(np.searchsorted(matrix.ids, ids), len(matrix.ids) - 1)
    found = matrix.ids[pos] == ids
    values = matrix.vectors[pos[found]] @ vector.astype(np.float32)
    return {int(i): float(v) for i, v in zip(ids[found], values, strict=True)}


def lookup(all_scores: Any, wanted: set[int]) -> dict[int, float]:
    """Cosines of the insights ``wanted`` from (ids, scores) of the whole matrix."""
    import numpy as np

    if not wanted:
        return {}
    ids_arr, scores_arr = all_scores
    out: dict[int, float] = {}
    for p in np.searchsorted(ids_arr, np.array(sorted(wanted), dtype=np.int64)):
        if p < len(ids_arr) and int(ids_arr[p]) in wanted and np.isfinite(scores_arr[p]):
            out[int(ids_arr[p])] = float(scores_arr[p])
    return out
