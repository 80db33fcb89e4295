"""Cross-validate the question side of search by meaning on the written training questions.

Folds by recap file (a file's questions are held out together): for each fold the query
adapter is trained and the "answers of similar questions" (a variant since removed)
are built from the other folds' questions only, then each held-out question ranks the
insights of its own recap file. Prints recall@10 / nDCG@10 of MiniLM alone, with the adapter,
and with the answers' blend at several (nearest, weight), each with the topic blend a search
makes. ``--held-out FILE`` instead trains on every question file but FILE and tests on FILE
(e.g. a new writer's questions).

    .venv/bin/python scripts/query_answers_cv.py --folds 4
    .venv/bin/python scripts/query_answers_cv.py --held-out questions-5.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_query_adapter import (
    QUESTIONS,
    K,
    Pairs,
    apply,
    folds_by_file,
    load_questions,
    load_recaps,
    train,
)

GRID = [(m, w) for m in (2, 4, 8, 16) for w in (0.25, 0.5, 0.75, 1.0)]


def unit(x: Any) -> Any:
    return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-12)


def answers_of(pairs: Pairs, recaps: dict[str, Any]) -> tuple[Any, Any]:
    """(questions, answers) unit matrices of ``pairs`` (as the variant made them)."""
    ans = [recaps[f].vectors[r].mean(0) for f, r in zip(pairs.files, pairs.relevant, strict=True)]
    return unit(pairs.vectors), unit(np.array(ans))


def blended(v: Any, raw: Any, bank: tuple[Any, Any] | None, m: int, w: float) -> Any:
    """Rows of ``v`` blended with the pseudo-answers of ``raw`` from ``bank``."""
    if bank is None or w <= 0:
        return v
    questions, answers = bank
    sims = raw @ questions.T
    out = []
    for j in range(len(raw)):
        top = np.argpartition(-sims[j], m - 1)[:m]
        weights = np.maximum(sims[j, top], 0.0)
        a = unit((weights[:, None] * answers[top]).sum(0))
        out.append(v[j] + w * a)
    return unit(np.array(out))


def topic_blend(texts: list[str], v: Any) -> Any:
    from debrief.ask import question

    out = []
    for text, x in zip(texts, v, strict=True):
        topics = question.topics_of(text)
        if topics:
            x = x + question.TOPIC_WEIGHT * np.mean([question._topic_vector(t) for t in topics], 0)
        out.append(x)
    return unit(np.array(out))


def score(v: Any, pairs: Pairs, recaps: dict[str, Any]) -> tuple[list[float], list[float]]:
    recall, ndcg = [], []
    for j, (name, rel_idx) in enumerate(zip(pairs.files, pairs.relevant, strict=True)):
        order = list(np.argsort(-(recaps[name].vectors @ v[j]), kind="stable")[:K])
        rel = set(rel_idx)
        recall.append(len(rel & set(order)) / min(len(rel), K))
        dcg = sum(1 / np.log2(r + 2) for r, x in enumerate(order) if x in rel)
        ndcg.append(dcg / sum(1 / np.log2(r + 2) for r in range(min(len(rel), K))))
    return recall, ndcg


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--held-out", default="")
    parser.add_argument("--no-adapter", action="store_true", help="skip training adapters")
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "debrief-adapter-cache"
    )
    args = parser.parse_args(argv)
    paths = sorted(QUESTIONS.glob("questions-*.jsonl"))
    if args.held_out:
        extra = Path(args.held_out)
        if not extra.exists():
            extra = QUESTIONS / args.held_out
        paths = [p for p in paths if p.name != extra.name]
    names = sorted(
        {
            json.loads(x)["file"]
            for p in [*paths, *([extra] if args.held_out else [])]
            for x in p.read_text().splitlines()
            if x.strip()
        }
    )
    recaps = {n: load_recaps(n, args.cache) for n in names}
    written = load_questions(paths, recaps, args.cache)
    if args.held_out:
        test_set = load_questions([extra], recaps, args.cache)
        splits = [(written, test_set)]
    else:
        splits = []
        for held in folds_by_file(written, args.folds):
            test_rows = [i for i, f in enumerate(written.files) if f in held]
            train_rows = [i for i, f in enumerate(written.files) if f not in held]
            splits.append((written.subset(train_rows), written.subset(test_rows)))
    results: dict[str, tuple[list[float], list[float]]] = {}

    def add(label: str, got: tuple[list[float], list[float]]) -> None:
        r, n = results.setdefault(label, ([], []))
        r.extend(got[0])
        n.extend(got[1])

    for train_pairs, test in splits:
        raw = unit(test.vectors)
        bank = answers_of(train_pairs, recaps)
        W = None if args.no_adapter else train(train_pairs, recaps)
        bases = {"MiniLM": raw}
        if W is not None:
            bases["adapter"] = apply(W, raw)
        for label, v in bases.items():
            add(f"{label} + topics", score(topic_blend(test.texts, v), test, recaps))
            for m, w in GRID:
                v2 = topic_blend(test.texts, blended(v, raw, bank, m, w))
                add(f"{label} + answers m={m} w={w} + topics", score(v2, test, recaps))
    n = len(next(iter(results.values()))[0])
    print(f"{n} held-out questions")
    for label, (r, nd) in results.items():
        print(f"{label:<44} recall@10 {np.mean(r):.3f}  nDCG@10 {np.mean(nd):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
