"""The fusion of a hybrid search: several ranked lists of insights made one order.

Reads the lists :mod:`debrief.ask.hybrid` made (``{name: [(insight id, score), ...]}``, best
first: bm25 for the keyword lists, cosine for the meaning ones) and the weights it passes;
returns plain maps. Which lists there are, the weights and the cut-offs are hybrid's (its
module constants, which benchmarks and experiments set); this module only does the
arithmetic, so the two fusions measured against each other are read side by side.
"""

from __future__ import annotations

Ranked = list[tuple[int, float]]


def fuse(
    lists: dict[str, Ranked],
    similarity: dict[int, float],
    weights: dict[str, float],
    *,
    rrf_k: int,
    fusion: str,
) -> tuple[dict[int, float], dict[int, list[str]]]:
    """({insight id: fused score}, {insight id: the lists that found it, in list order}).

    ``rrf``: weighted reciprocal rank fusion, sum of ``weights[list] / (rrf_k + rank)``.
    ``score``: the cosine (``similarity``) plus, per keyword list, its weight times the
    insight's bm25 as a share of the list's best. Any other ``fusion`` scores nothing.
    """
    fused: dict[int, float] = {}
    matched: dict[int, list[str]] = {}
    for name, ranked in lists.items():
        for rank, (insight_id, _score) in enumerate(ranked, start=1):
            matched.setdefault(insight_id, []).append(name)
            if fusion == "rrf":
                w = weights.get(name, 0.0)
                fused[insight_id] = fused.get(insight_id, 0.0) + w / (rrf_k + rank)
    if fusion == "score":
        for name in ("all", "any"):
            ranked = lists.get(name, [])
            best = min((score for _, score in ranked), default=0.0)  # bm25: lower is better
            for insight_id, score in ranked:
                share = score / best if best else 0.0
                fused[insight_id] = fused.get(insight_id, 0.0) + weights.get(name, 0.0) * share
        for insight_id in list(matched):
            fused[insight_id] = fused.get(insight_id, 0.0) + similarity.get(insight_id, 0.0)
    return fused, matched


def fused_order(fused: dict[int, float], similarity: dict[int, float]) -> list[int]:
    """Best fused first; among equals (e.g. a named person's insights no list found), closest
    in meaning, then the lower id."""
    return sorted(fused, key=lambda i: (-fused[i], -similarity.get(i, -1.0), i))


def named_first(order: list[int], boosted: set[int], of_named: set[int]) -> list[int]:
    """``order`` with the insights of a named person or company (``boosted``) first, those of
    a category the query names (``of_named``) first among them ("Omar Haddad advice": his
    advice, then the rest he said), whatever the cosine of a one-word remainder ("advice")
    with each; each part keeps its order."""
    return (
        [i for i in order if i in boosted and i in of_named]
        + [i for i in order if i in boosted and i not in of_named]
        + [i for i in order if i not in boosted]
    )
