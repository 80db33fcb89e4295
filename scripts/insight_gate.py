#!/usr/bin/env python3
"""Which insight candidates need the MiniLM head? The gate of debrief_insights_v2, measured.

    .venv/bin/python scripts/insight_gate.py [--model M.json --head H.json] [FILE.jsonl ...]

Each recap is parsed once (every component but the insight classifier), then classified under
several gates: ``gate`` (embed when the feature classifier's top probability is below it) and
``gate_margin`` (or its lead over the second is below it). Prints, per gate and per file
group, the fraction of candidates embedded and the insight macro-F1 scored the way
``score_extraction.py`` scores it (per category, greedy one-to-one matching at token-F1
>= 0.5). For a held-out measure pass a model and head trained on files 01-05 only
(``scripts/train_insights.py --recaps pipelines/training/recaps-*-0[1-5].jsonl --out ...``)
and score files 06-09. Vectors are memoised by text, so all gates cost one embedding pass.
Never run it on benchmarks/blind/.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import debrief.embed as embed_mod  # noqa: E402
from debrief.extract.insight_model import EmbeddingHead, InsightModel  # noqa: E402
from debrief.extract.pipeline import load_nlp  # noqa: E402
from debrief.models import CATEGORIES  # noqa: E402

#: gate 2.0: no gate at all, every candidate embedded (the component before the gate)
GATES = [(2.0, 0.0), (1.0, 0.0), (0.9, 0.0), (0.8, 0.0), (0.7, 0.0), (0.6, 0.0), (0.5, 0.0),
         (0.4, 0.0), (0.5, 0.3), (0.6, 0.4), (0.0, 0.0)]  # fmt: skip


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", (text or "").lower())


def token_f1(a: str, b: str) -> float:
    ta, tb = words(a), words(b)
    if not ta or not tb:
        return 0.0
    common: dict[str, int] = defaultdict(int)
    for t in ta:
        common[t] += 1
    hit = 0
    for t in tb:
        if common[t] > 0:
            common[t] -= 1
            hit += 1
    if not hit:
        return 0.0
    p, r = hit / len(tb), hit / len(ta)
    return 2 * p * r / (p + r)


def matches(gold: list[str], pred: list[str]) -> int:
    """Greedy one-to-one pairs at token-F1 >= 0.5 (the scorer's rule)."""
    cands = sorted(
        ((token_f1(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
        reverse=True,
    )
    used_g, used_p, n = set(), set(), 0
    for s, i, j in cands:
        if s < 0.5:
            break
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        n += 1
    return n


def macro_f1(records: list[dict], preds: list[list]) -> float:
    cat = {c: [0, 0, 0] for c in CATEGORIES}
    for rec, pred in zip(records, preds, strict=True):
        for c in CATEGORIES:
            g = [i["text"] for i in rec["insights"] if i["category"] == c]
            q = [i.text for i in pred if i.category == c]
            tp = matches(g, q)
            cat[c][0] += tp
            cat[c][1] += len(q) - tp
            cat[c][2] += len(g) - tp
    f1s = []
    for tp, fp, fn in cat.values():
        if tp + fn:
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn)
            f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    return sum(f1s) / len(f1s)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--model", default=None, help="feature classifier JSON (default: shipped)")
    ap.add_argument("--head", default=None, help="embedding head JSON (default: shipped)")
    args = ap.parse_args()
    groups: dict[str, list[Path]] = {}
    if args.files:
        groups["given"] = [Path(f) for f in args.files]
    else:
        groups["held-out 06-09"] = sorted((ROOT / "pipelines" / "training").glob("*-0[6-9].jsonl"))
        groups["dev"] = [Path("/work/shared/corpus/dev.jsonl")]

    nlp = load_nlp()
    clf = nlp.get_pipe("debrief_insights_v2")
    if args.model:
        clf.model = InsightModel.load(Path(args.model))
    if args.head:
        clf.head = EmbeddingHead.load(Path(args.head))
    memo: dict[str, object] = {}
    real_embed = embed_mod.embed

    def cached(texts: list[str]):  # type: ignore[no-untyped-def]
        import numpy as np

        todo = [t for t in dict.fromkeys(texts) if t not in memo]
        if todo:
            memo.update(zip(todo, real_embed(todo), strict=True))
        return np.stack([memo[t] for t in texts])

    embed_mod.embed = cached  # the component imports it at call time
    others = [n for n in nlp.pipe_names if n != "debrief_insights_v2"]
    print(f"{'gate':>5} {'margin':>6}  " + "  ".join(f"{g:>27}" for g in groups))
    docs = {}
    recs = {}
    for name, files in groups.items():
        recs[name] = [
            json.loads(x) for f in files for x in f.read_text(encoding="utf-8").splitlines() if x
        ]
        with nlp.select_pipes(enable=others):
            docs[name] = list(nlp.pipe(r["text"] for r in recs[name]))
    for gate, margin in GATES:
        clf.gate, clf.gate_margin = gate, margin
        cells = []
        for name in groups:
            clf.embedded = [0, 0, 0]
            preds = [clf.classify(d) for d in docs[name]]
            frac = clf.embedded[0] / max(clf.embedded[1], 1)
            texts = clf.embedded[2] / max(clf.embedded[1], 1)
            cells.append(f"F1 {macro_f1(recs[name], preds):.4f} cand {frac:4.0%} txt {texts:4.0%}")
        print(f"{gate:>5} {margin:>6}  " + "  ".join(f"{c:>27}" for c in cells), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
