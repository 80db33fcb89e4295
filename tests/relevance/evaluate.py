"""The relevance set: seed its knowledge base, run its questions, score the rankings.

``kb.json`` is a knowledge base of 18 recaps written for this set (not the extractor's dev
sentences); ``questions.json`` holds 50 questions in a job seeker's words with the insights
judged relevant. Used by ``tests/test_ask.py`` and ``benchmarks/search.py``.

Metrics, per question with at least one relevant insight, averaged:

- recall@10: relevant insights in the top 10 / min(relevant, 10);
- nDCG@10: binary gains, discount log2(rank + 1), normalised by the ideal ranking.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kb_seed import add

from debrief.store import Store

HERE = Path(__file__).resolve().parent
K = 10


def load(folder: Path = HERE) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The knowledge base and the questions of the set in ``folder`` (this one by default)."""
    kb = json.loads((folder / "kb.json").read_text())
    questions = json.loads((folder / "questions.json").read_text())["questions"]
    return kb, questions


def seed(store: Store, embed_vectors: bool = True, folder: Path = HERE) -> dict[int, str]:
    """File ``folder``'s kb.json into ``store``; returns {insight id: key}."""
    from debrief.ask.hybrid import ensure_vectors

    kb, _ = load(folder)
    keys: dict[int, str] = {}
    for d in kb["debriefs"]:
        debrief_id = add(
            store,
            d["when"],
            d["contact"],
            d["company"],
            [(cat, text) for _key, cat, text in d["insights"]],
            title=d.get("title"),
        )
        stored = store.insights(debrief_id)
        for row, (key, _cat, _text) in zip(stored, d["insights"], strict=True):
            keys[int(row["id"])] = key
    if embed_vectors:
        ensure_vectors(store)
    return keys


def recall_at(ranked: list[str], relevant: list[str], k: int = K) -> float:
    if not relevant:
        return 0.0
    return len(set(ranked[:k]) & set(relevant)) / min(len(relevant), k)


def ndcg_at(ranked: list[str], relevant: list[str], k: int = K) -> float:
    if not relevant:
        return 0.0
    rel = set(relevant)
    dcg = sum(1 / math.log2(i + 2) for i, key in enumerate(ranked[:k]) if key in rel)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(len(rel), k)))
    return dcg / ideal


def evaluate(
    store: Store,
    keys: dict[int, str],
    rank: Callable[[str], list[dict[str, Any]]],
    kinds: tuple[str, ...] | None = None,
    folder: Path = HERE,
) -> dict[str, Any]:
    """Mean recall@10 and nDCG@10 of ``rank(question)`` (hits with ``insight_id``)."""
    _, questions = load(folder)
    per: list[dict[str, Any]] = []
    for q in questions:
        if not q["relevant"] or (kinds and q["kind"] not in kinds):
            continue
        hits = rank(q["q"])
        ranked = [keys.get(int(h["insight_id"]), "?") for h in hits if h.get("insight_id")]
        per.append(
            {
                "q": q["q"],
                "kind": q["kind"],
                "recall": recall_at(ranked, q["relevant"]),
                "ndcg": ndcg_at(ranked, q["relevant"]),
            }
        )
    n = len(per) or 1
    return {
        "recall": sum(p["recall"] for p in per) / n,
        "ndcg": sum(p["ndcg"] for p in per) / n,
        "questions": per,
    }


#: The rankings the benchmarks compare (options of ``debrief.ask.hybrid.search``) and the
#: kinds of question they report separately.
RANKINGS: list[tuple[str, dict[str, Any]]] = [
    ("keyword only (--exact)", {"mode": "keyword"}),
    ("vector only, no adapter", {"mode": "vector", "adapter": False}),
    ("vector only", {"mode": "vector"}),
    ("hybrid, no query adapter", {"adapter": False}),
    ("hybrid (default)", {}),
]
KINDS: list[tuple[str, tuple[str, ...] | None]] = [
    ("all", None),
    ("paraphrase", ("paraphrase",)),
    ("names/phrases", ("named", "phrase")),
]


def print_table(
    store: Store,
    keys: dict[int, str],
    title: str,
    rankings: list[tuple[str, dict[str, Any]]] = RANKINGS,
    folder: Path = HERE,
) -> None:
    """One row per ranking: recall@10 / nDCG@10 overall and per kind of question."""
    from functools import partial

    from debrief.ask import hybrid

    print(title)
    print(f"{'ranking':<30}" + "".join(f"{k:>22}" for k, _ in KINDS))
    for label, options in rankings:
        cells = []
        for _, only in KINDS:
            rank = partial(hybrid.search, store, limit=10, **options)
            r = evaluate(store, keys, rank, only, folder=folder)
            cells.append(f"{r['recall']:.3f} / {r['ndcg']:.3f}")
        print(f"{label:<30}" + "".join(f"{c:>22}" for c in cells))
