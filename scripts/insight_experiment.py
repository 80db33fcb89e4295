#!/usr/bin/env python3
"""Design experiment for the insight categories, on GOLD insight texts (no segmentation).

    .venv/bin/python scripts/insight_experiment.py [--context]

Train on pipelines/insight_training.jsonl + training files 01-05; test on files 06-09 and on
the dev set. Items: every gold insight text (its categories together) and every sentence that
overlaps no insight (a ``none`` item), as scripts/train_insights.py builds them. Compares

(a) the current bag-of-features classifier (insight_features + cue offsets),
(b) a softmax head on the MiniLM embedding of the item (optionally + previous sentence),
(c) both: (a)'s and (b)'s log-probabilities summed (weight chosen on 06-09 only).

Per-category F1 over items: an item counts for each category predicted (top-1, plus the
second when its probability >= 0.35, as the component does) against its gold set.
Embeddings are cached in /tmp (keyed by text) so reruns are cheap.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from debrief.extract.insight_features import features  # noqa: E402
from debrief.extract.insight_model import LABELS, NONE, fit_dense  # noqa: E402
from debrief.extract.insights import InsightClassifier  # noqa: E402
from debrief.extract.pipeline import load_base  # noqa: E402
from debrief.models import CATEGORIES  # noqa: E402

_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
TRAINING = ROOT / "pipelines" / "training"
DEV = ROOT.parent.parent / "shared" / "corpus" / "dev.jsonl"
if not DEV.exists():
    DEV = Path("/work/shared/corpus/dev.jsonl")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def recap_items(recaps: list[dict]) -> list[dict]:
    """Gold insights and no-insight sentences, each with the sentence before it (context)."""
    out: list[dict] = []
    for rec in recaps:
        text = rec["text"]
        sents = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]

        def prev_sentence(at: int, text: str = text, sents: list = sents) -> str:
            before = [(a, b) for a, b in sents if b <= at]
            return text[before[-1][0] : before[-1][1]].strip() if before else ""

        by_text: dict[str, list[str]] = {}
        spans: list[tuple[int, int]] = []
        for ins in rec.get("insights", []):
            labs = by_text.setdefault(ins["text"], [])
            if ins["category"] not in labs:
                labs.append(ins["category"])
            at = text.find(ins["text"])
            if at >= 0:
                spans.append((at, at + len(ins["text"])))
        for t, labs in by_text.items():
            out.append({"text": t, "labels": labs, "prev": prev_sentence(max(text.find(t), 0))})
        for a, b in sents:
            s = text[a:b]
            if len(s.split()) >= 4 and not any(x < b and a < y for x, y in spans):
                out.append({"text": s.strip(), "labels": [], "prev": prev_sentence(a)})
    return out


def unpunctuated(text: str) -> str:
    return re.sub(r"[.,;:!?]", "", text).lower()


class Cache:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.data: dict[str, list[float]] = {}
        if path.exists():
            self.data = json.loads(path.read_text())

    def embed(self, texts: list[str]) -> np.ndarray:
        from debrief.embed import embed

        todo = sorted({t for t in texts if t not in self.data})
        if todo:
            vecs = embed(todo)
            for t, v in zip(todo, vecs, strict=True):
                self.data[t] = [round(float(x), 5) for x in v]
            self.path.write_text(json.dumps(self.data))
        return np.array([self.data[t] for t in texts], dtype=np.float32)


def sparse_fit(
    rows: list[list[str]],
    y: np.ndarray,
    off: np.ndarray,
    l2: float = 2e-3,
    epochs: int = 400,
    lr: float = 0.05,
):
    """insight_model.train's objective (feature counts, cue offsets, L2, full-batch Adam),
    with the design matrix kept sparse (numpy gathers) so it runs in seconds."""
    vocab = {f: i for i, f in enumerate(sorted({f for r in rows for f in r}))}
    flat = np.array([vocab[f] for r in rows for f in r], dtype=np.int64)
    row_of = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
    n, nf, k = len(rows), len(vocab), y.shape[1]
    w = np.zeros((nf, k), np.float32)
    b = np.zeros(k, np.float32)
    m = [np.zeros_like(w), np.zeros_like(b)]
    v = [np.zeros_like(w), np.zeros_like(b)]
    for t in range(1, epochs + 1):
        z = np.zeros((n, k), np.float32)
        np.add.at(z, row_of, w[flat])
        z += b + off
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(1, keepdims=True)
        g = (p - y) / n
        gw = l2 * w
        np.add.at(gw, flat, g[row_of])
        grads = [gw, g.sum(0)]
        for i, (param, gr) in enumerate(zip((w, b), grads, strict=True)):
            m[i] = 0.9 * m[i] + 0.1 * gr
            v[i] = 0.999 * v[i] + 0.001 * gr * gr
            param -= lr * (m[i] / (1 - 0.9**t)) / (np.sqrt(v[i] / (1 - 0.999**t)) + 1e-8)

    def logits(r: list[str], o: np.ndarray) -> np.ndarray:
        idx = [vocab[f] for f in r if f in vocab]
        return b + o + (w[idx].sum(0) if idx else 0)

    return logits


def log_softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(1, keepdims=True)
    return z - np.log(np.exp(z).sum(1, keepdims=True))


def score(items: list[dict], logp: np.ndarray) -> dict[str, float]:
    """Per-category F1 (and macro) over items."""
    p = np.exp(logp)
    tp = dict.fromkeys(CATEGORIES, 0)
    fp = dict.fromkeys(CATEGORIES, 0)
    fn = dict.fromkeys(CATEGORIES, 0)
    for it, row in zip(items, p, strict=True):
        order = np.argsort(-row)
        pred = []
        if order[0] != NONE:
            pred.append(LABELS[order[0]])
            if order[1] != NONE and row[order[1]] >= 0.35:
                pred.append(LABELS[order[1]])
        gold = set(it["labels"])
        for c in pred:
            if c in gold:
                tp[c] += 1
            else:
                fp[c] += 1
        for c in gold - set(pred):
            fn[c] += 1
    out = {}
    for c in CATEGORIES:
        d = 2 * tp[c] + fp[c] + fn[c]
        out[c] = 2 * tp[c] / d if d else float("nan")
    vals = [f for f in out.values() if f == f]
    out["macro"] = sum(vals) / len(vals)
    return out


def targets(items: list[dict]) -> np.ndarray:
    y = np.zeros((len(items), len(LABELS)), np.float32)
    idx = {lab: i for i, lab in enumerate(LABELS)}
    for r, it in enumerate(items):
        labs = it["labels"] or ["none"]
        for lab in labs:
            y[r, idx[lab]] += 1 / len(labs)
    return y


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cache", default="/tmp/insight_emb_cache.json")
    args = ap.parse_args()

    hand = [{**x, "prev": ""} for x in read_jsonl(ROOT / "pipelines" / "insight_training.jsonl")]
    train_recaps = [
        r for f in sorted(TRAINING.glob("recaps-[ab]-0[1-5].jsonl")) for r in read_jsonl(f)
    ]
    held_recaps = [
        r for f in sorted(TRAINING.glob("recaps-[ab]-0[6-9].jsonl")) for r in read_jsonl(f)
    ]
    dev_recaps = read_jsonl(DEV)
    tr = hand + recap_items(train_recaps)
    # unpunctuated copies in training, as train_insights.py does
    tr = tr + [{**x, "text": unpunctuated(x["text"]), "prev": unpunctuated(x["prev"])} for x in tr]
    held, dev = recap_items(held_recaps), recap_items(dev_recaps)
    print(f"items: train {len(tr)} held-out {len(held)} dev {len(dev)}", flush=True)

    # (a) current features
    nlp = load_base()
    clf = InsightClassifier(nlp, ROOT / "pipelines" / "insight_cues.toml", Path("/nonexistent"))

    import pickle

    fpath = Path("/tmp/insight_feat_cache.pkl")
    fcache: dict[str, list[str]] = pickle.loads(fpath.read_bytes()) if fpath.exists() else {}

    def feats(items: list[dict]):
        todo = sorted({it["text"] for it in items} - fcache.keys())
        for t, doc in zip(todo, nlp.pipe(todo, batch_size=64), strict=True):
            fcache[t] = features(doc, 0, len(doc), clf.cues, None)
        if todo:
            fpath.write_bytes(pickle.dumps(fcache))
        rows = [fcache[it["text"]] for it in items]
        return rows, np.stack([clf.offsets(f) for f in rows])

    ytr = targets(tr)
    rtr, otr = feats(tr)
    model_logits = sparse_fit(rtr, ytr, otr)
    sets = {"held 06-09": held, "dev": dev}
    la = {}
    for name, items in sets.items():
        rows, offs = feats(items)
        la[name] = log_softmax(
            np.stack([model_logits(r, o) for r, o in zip(rows, offs, strict=True)])
        )
    print("features done", flush=True)

    # (b) embeddings
    cache = Cache(Path(args.cache))
    etr = cache.embed([it["text"] for it in tr])
    ptr = cache.embed([it["prev"] for it in tr])
    emb = {n: cache.embed([it["text"] for it in items]) for n, items in sets.items()}
    pemb = {n: cache.embed([it["prev"] for it in items]) for n, items in sets.items()}
    print("embeddings done", flush=True)

    results: dict[str, dict[str, dict[str, float]]] = {}
    results["(a) features"] = {n: score(sets[n], la[n]) for n in sets}
    best_b = None
    for ctx in (False, True):
        xtr = np.hstack([etr, 0.5 * ptr]) if ctx else etr
        for l2 in (1e-4, 1e-3, 1e-2):
            w, b = fit_dense(xtr, ytr, l2=l2, epochs=400, lr=0.05)
            lb = {}
            for n in sets:
                x = np.hstack([emb[n], 0.5 * pemb[n]]) if ctx else emb[n]
                lb[n] = log_softmax(x @ w + b)
            key = f"(b) emb{' +prev' if ctx else ''} l2={l2:g}"
            results[key] = {n: score(sets[n], lb[n]) for n in sets}
            if (
                best_b is None
                or results[key]["held 06-09"]["macro"] > results[best_b[0]]["held 06-09"]["macro"]
            ):
                best_b = (key, lb)
    assert best_b is not None
    for wt in (0.3, 0.5, 0.7):
        key = f"(c) {wt}*a + {1 - wt:.1f}*[{best_b[0][4:]}]"
        results[key] = {
            n: score(sets[n], log_softmax(wt * la[n] + (1 - wt) * best_b[1][n])) for n in sets
        }

    cols = [*CATEGORIES, "macro"]
    for n in sets:
        print(f"\n## {n} (gold insight texts; {len(sets[n])} items)")
        print(f"{'method':<44}" + "".join(f"{c[:9]:>10}" for c in cols))
        for key, res in results.items():
            print(f"{key:<44}" + "".join(f"{res[n][c]:>10.3f}" for c in cols))
    digest = hashlib.sha256(json.dumps(results, sort_keys=True).encode()).hexdigest()[:12]
    print(f"\nresults digest {digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
