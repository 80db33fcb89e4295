"""The meaning half of a hybrid search: the lists the question's vector ranks.

Reads the question (the words :mod:`debrief.ask.hybrid` kept for its meaning), the insights
the filters allow and the lists made so far; adds the meaning lists ("topic", "category",
"vector") and returns the cosines hybrid fuses, orders and cuts by. The question's vector is
:mod:`debrief.ask.question`'s, the cosines over the matrix :mod:`debrief.ask.nearest`'s; the
weights, floors and depth are hybrid's constants, passed in. Kept apart so what the meaning
half adds to a search is read in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from debrief.ask.nearest import cosines, lookup, vector_scores
from debrief.ask.question import likely_category, query_vector, question_vector, topics_of
from debrief.store import Store
from debrief.store import vectors as vstore


@dataclass
class Meaning:
    """The meaning half of a search: the question's vector and the cosines it found."""

    #: The question's own vector as MiniLM embeds it, or None (nothing to compare).
    raw: Any
    #: The ``depth`` nearest insights the filters allow, {id: cosine}.
    near: dict[int, float]
    #: (ids, cosines) over the whole matrix, to look up any other insight's; or None.
    all_scores: Any
    #: The cosine of every insight some list found, as far as known (fusion, order, floors).
    similarity: dict[int, float]


def meaning_lists(
    store: Store,
    meaning: str,
    allowed: Any,
    lists: dict[str, list[tuple[int, float]]],
    *,
    mode: str,
    floor: float,
    weights: dict[str, float],
    topics: str,
    adapter: bool,
    category_margin: float | None,
    depth: int,
) -> Meaning:
    """Adds the meaning lists to ``lists``, in this order: "topic" (``topics="list"`` and the
    question touches one), "category" (hybrid, weighted, and a likely category), "vector"
    (hits below ``floor`` only in vector mode)."""
    from debrief import embed

    # The question's own vector, made once (not at all when there is nothing to compare).
    has_vectors = bool(len(vstore.matrix(store, embed.MODEL_ID).ids))
    # The numpy model (debrief.minilm, no onnxruntime), or the store's cache of recent questions.
    raw = question_vector(meaning, store) if meaning.strip() and has_vectors else None
    if topics == "list" and topics_of(meaning):
        # The question alone ranks the meaning list; the question blended with the topics it
        # touches ranks a list of its own, so a topic word used in another sense ("away from
        # home", "climate change") adds a few candidates instead of bending the whole list.
        alone = query_vector(meaning, raw, blend=False, adapted=adapter)
        near, all_scores = vector_scores(store, meaning, allowed, alone, adapter, depth=depth)
        topical, _ = vector_scores(
            store,
            meaning,
            allowed,
            query_vector(meaning, raw, adapted=adapter),
            adapter,
            depth=depth,
        )
        lists["topic"] = sorted(
            ((i, s) for i, s in topical.items() if s >= floor), key=lambda x: (-x[1], x[0])
        )
    else:
        vector = (
            None
            if raw is None
            else query_vector(meaning, raw, blend=topics != "off", adapted=adapter)
        )
        near, all_scores = vector_scores(store, meaning, allowed, vector, adapter, depth=depth)
    similarity: dict[int, float] = dict(near)
    if mode == "hybrid" and weights.get("category") and near:
        likely = likely_category(meaning, raw)
        if likely:
            lists["category"] = category_list(store, near, likely, floor, category_margin)
    if all_scores is not None:
        wanted = {i for ranked in lists.values() for i, _ in ranked} - set(similarity)
        similarity.update(lookup(all_scores, wanted))
    lists["vector"] = sorted(
        ((i, s) for i, s in near.items() if s >= floor or mode == "vector"),
        key=lambda x: (-x[1], x[0]),
    )
    return Meaning(raw=raw, near=near, all_scores=all_scores, similarity=similarity)


def category_list(
    store: Store,
    near: dict[int, float],
    likely: str,
    floor: float,
    category_margin: float | None,
) -> list[tuple[int, float]]:
    """The near insights of the category the question is likely about, closest first, those
    within ``category_margin`` of the nearest only (see hybrid.CATEGORY_MARGIN)."""
    cats = vstore.insight_rows(store, list(near))
    if category_margin is not None:
        floor_near = max(near.values()) - category_margin
        cats = {i: c for i, c in cats.items() if near.get(i, -1.0) >= floor_near}
    return sorted(
        (
            (i, s)
            for i, s in near.items()
            if s >= floor and cats.get(i, {}).get("category") == likely
        ),
        key=lambda x: (-x[1], x[0]),
    )


def plain_similarity(
    store: Store,
    meaning: str,
    raw: Any,
    similarity: dict[int, float],
    fused: dict[int, float],
    topics: str,
) -> dict[int, float]:
    """The adapter ranks; the similarity shown and held against the floors (here and in
    `debrief ask`) stays MiniLM's cosine, the scale they were calibrated on: adapted
    cosines, even calibrated (question.calibrate), lift some unrelated questions over them
    ("stock options at a startup" -> "he sold insurance before joining", 0.30)."""
    plain = query_vector(meaning, raw, blend=topics != "off", adapted=False)
    return cosines(store, set(similarity) | set(fused), plain)
