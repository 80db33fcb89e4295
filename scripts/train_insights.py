#!/usr/bin/env python3
"""Train the insight classifier of debrief_insights_v1, reproducibly.

    .venv/bin/python scripts/train_insights.py [--data pipelines/insight_training.jsonl]
                                               [--out pipelines/insight_model.json]

Reads hand-written example sentences (``{"text", "labels"}``; ``labels`` empty = no insight),
parses them with the base spaCy model, extracts the same features the component uses, adds a
lower-cased unpunctuated copy of each (Whisper without punctuation), and fits the softmax
classifier with the cue boosts as fixed offsets. Deterministic (fixed seed, sorted vocab).
Never train on the dev corpus: it is the held-out measure.
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

from debrief.errors import ExtractionError  # noqa: E402
from debrief.extract.insight_features import features  # noqa: E402
from debrief.extract.insight_model import LABELS, train  # noqa: E402
from debrief.extract.insights import InsightClassifier  # noqa: E402
from debrief.extract.pipeline import load_base as load_base_model  # noqa: E402


def load_base():
    """The base model exactly as the component sees it (tokenizer adjustments included)."""
    try:
        return load_base_model()
    except ExtractionError as exc:
        raise SystemExit(str(exc)) from None


#: Labelled recaps by other authors the classifier learns from; files 06-09 of each author
#: are never trained on: they are the held-out check set.
DEFAULT_RECAPS = sorted((ROOT / "pipelines" / "training").glob("recaps-[ab]-0[1-5].jsonl"))

_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


def recap_examples(recaps) -> list[dict]:  # type: ignore[no-untyped-def]
    """Examples from labelled recaps: each gold insight (its categories together), and each
    sentence that overlaps no insight as a no-insight example."""
    out: list[dict] = []
    for rec in recaps:
        text = rec["text"]
        by_text: dict[str, list[str]] = {}
        spans: list[tuple[int, int]] = []
        for ins in rec.get("insights", []):
            labels = by_text.setdefault(ins["text"], [])
            if ins["category"] not in labels:
                labels.append(ins["category"])
            at = text.find(ins["text"])
            if at >= 0:
                spans.append((at, at + len(ins["text"])))
        out += [{"text": t, "labels": labs} for t, labs in by_text.items()]
        for m in _SENTENCE.finditer(text):
            a, b = m.start(), m.end()
            if len(m.group().split()) >= 4 and not any(x < b and a < y for x, y in spans):
                out.append({"text": m.group().strip(), "labels": []})
    return out


def unpunctuated(text: str) -> str:
    return re.sub(r"[.,;:!?]", "", text).lower()


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", default=str(ROOT / "pipelines" / "insight_training.jsonl"))
    ap.add_argument("--cues", default=str(ROOT / "pipelines" / "insight_cues.toml"))
    ap.add_argument("--out", default=str(ROOT / "pipelines" / "insight_model.json"))
    ap.add_argument("--l2", type=float, default=2e-3)
    ap.add_argument("--epochs", type=int, default=400)
    ap.add_argument("--lr", type=float, default=0.05)
    ap.add_argument(
        "--recaps",
        nargs="*",
        default=None,
        help="labelled recaps (corpus format) to learn from too; default: files 01-05 of each "
        "author in pipelines/training/ (06-09 are held out as a check set)",
    )
    ap.add_argument(
        "--prune", type=float, default=0.02, help="leave out features whose weights are all smaller"
    )
    ap.add_argument("--cv", type=int, default=0, help="k-fold cross-validation only (no save)")
    args = ap.parse_args()

    raw = Path(args.data).read_bytes()
    items = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    recap_files = [Path(f) for f in args.recaps] if args.recaps is not None else DEFAULT_RECAPS
    for path in recap_files:
        data = path.read_bytes()
        raw += data
        items += recap_examples(
            json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()
        )
    nlp = load_base()
    clf = InsightClassifier(nlp, Path(args.cues), Path("/nonexistent"))
    index = {lab: i for i, lab in enumerate(LABELS)}

    texts: list[str] = []
    dists: list[np.ndarray] = []
    for item in items:
        labels = item.get("labels") or ["none"]
        dist = np.zeros(len(LABELS), dtype=np.float32)
        for lab in labels:
            dist[index[lab]] += 1.0 / len(labels)
        for variant in (item["text"], unpunctuated(item["text"])):
            texts.append(variant)
            dists.append(dist)

    rows: list[list[str]] = []
    offs: list[np.ndarray] = []
    for doc in nlp.pipe(texts, batch_size=64):
        feats = features(doc, 0, len(doc), clf.cues, None)
        rows.append(feats)
        offs.append(clf.offsets(feats))

    y, off = np.stack(dists), np.stack(offs)
    if args.cv:
        # folds over examples (an example and its unpunctuated copy stay together)
        fold = np.arange(len(rows)) // 2 % args.cv
        hits = 0
        for k in range(args.cv):
            tr = [i for i in range(len(rows)) if fold[i] != k]
            te = [i for i in range(len(rows)) if fold[i] == k]
            m = train(
                [rows[i] for i in tr], y[tr], off[tr], l2=args.l2, epochs=args.epochs, lr=args.lr
            )
            hits += sum(int(m.proba(rows[i], off[i]).argmax()) == int(y[i].argmax()) for i in te)
        print(f"cv{args.cv} accuracy l2={args.l2} epochs={args.epochs}: {hits / len(rows):.4f}")
        return 0
    model = train(rows, y, off, l2=args.l2, epochs=args.epochs, lr=args.lr)
    # training accuracy, as a sanity check only
    pred = [int(model.proba(r, o).argmax()) for r, o in zip(rows, offs, strict=True)]
    gold = [int(d.argmax()) for d in dists]
    acc = sum(p == g for p, g in zip(pred, gold, strict=False)) / len(gold)
    meta = {
        "examples": len(items),
        "rows": len(rows),
        "features": len(model.vocab),
        "l2": args.l2,
        "epochs": args.epochs,
        "lr": args.lr,
        "data_sha256": hashlib.sha256(raw).hexdigest(),
        "cues_sha256": hashlib.sha256(Path(args.cues).read_bytes()).hexdigest(),
        "train_accuracy": round(acc, 4),
    }
    meta["prune"] = args.prune
    model.save(Path(args.out), meta, prune=args.prune)
    print(json.dumps(meta, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
