#!/usr/bin/env python3
"""Build the insight textcat's training corpus: candidate Docs as .spacy DocBins.

    .venv/bin/python scripts/build_insight_corpus.py OUT.spacy [--recaps FILE ...]
        [--hand FILE | --no-hand] [--dev OUT_DEV.spacy --dev-every 40] [--cache DIR]

Items are what the component classifies at run time, aligned to the gold the way the
classifier has always been trained:

* every gold insight text of a labelled recap (``pipelines/training/*.jsonl``, corpus format),
  with the sentence before it as context; an insight filed under two categories becomes one
  item per category (the exclusive textcat then learns the two as equally likely);
* every sentence of four words or more that overlaps no gold insight, labelled ``none``;
* the hand-written sentences of ``pipelines/insight_training.jsonl`` (``{"text", "labels"}``,
  no labels = ``none``), without context;
* a lower-cased unpunctuated copy of each (Whisper without punctuation).

Each item is parsed by the base model exactly as the pipeline parses a recap
(:func:`debrief.extract.base.load_base`), so training reads the parse from the DocBin and
needs no parser pass, and carries its MiniLM input vector (the candidate's and half the
previous sentence's, :func:`debrief.extract.insight_model.candidate_vector`) in ``user_data``.
``cats`` holds the eleven labels, exactly one of them 1.0. Vectors are cached by text in
``--cache`` (``vectors.npz``) so rebuilding after a label change is quick.
Never build from the dev corpus nor from benchmarks/blind/: they are the measures.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from debrief.extract.insight_model import LABELS, VECTOR, candidate_vector  # noqa: E402

HAND = ROOT / "pipelines" / "insight_training.jsonl"
#: authors kept as an untouched out-of-author check (only scored, never trained on nor read
#: for errors): left out of the default training files (globs in pipelines/check_only.txt).
CHECK_ONLY = tuple(
    line.strip()
    for line in (ROOT / "pipelines" / "check_only.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)


def training_files() -> list[Path]:
    """The default training recaps: every file of ``pipelines/training/`` but the check
    authors' (:data:`CHECK_ONLY`)."""
    files = sorted((ROOT / "pipelines" / "training").glob("*.jsonl"))
    return [p for p in files if not any(p.match(g) for g in CHECK_ONLY)]


_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def recap_items(recaps: list[dict]) -> list[dict]:
    """Gold insights (categories together) and no-insight sentences, each with the sentence
    before it as context."""
    out: list[dict] = []
    for rec in recaps:
        text = rec["text"]
        sents = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]

        def prev(at: int, text: str = text, sents: list = sents) -> str:
            before = [(a, b) for a, b in sents if b <= at]
            return text[before[-1][0] : before[-1][1]].strip() if before else ""

        by_text: dict[str, list[str]] = {}
        spans: list[tuple[int, int]] = []
        for ins in rec.get("insights", []):
            labels = by_text.setdefault(ins["text"], [])
            if ins["category"] not in labels:
                labels.append(ins["category"])
            at = text.find(ins["text"])
            if at >= 0:
                spans.append((at, at + len(ins["text"])))
        out += [
            {"text": t, "labels": labs, "prev": prev(max(text.find(t), 0))}
            for t, labs in by_text.items()
        ]
        for a, b in sents:
            s = text[a:b]
            if len(s.split()) >= 4 and not any(x < b and a < y for x, y in spans):
                out.append({"text": s.strip(), "labels": [], "prev": prev(a)})
    return out


def unpunctuated(text: str) -> str:
    return re.sub(r"[.,;:!?]", "", text).lower()


def items_of(recap_files: list[Path], hand: Path | None) -> list[dict]:
    """Every item, with its unpunctuated copy, one per label."""
    items = [{**x, "prev": ""} for x in read_jsonl(hand)] if hand else []
    for path in recap_files:
        items += recap_items(read_jsonl(path))
    items += [
        {**x, "text": unpunctuated(x["text"]), "prev": unpunctuated(x["prev"])} for x in items
    ]
    out = []
    for it in items:
        if not it["text"].strip():
            continue
        for lab in it.get("labels") or ["none"]:
            out.append({"text": it["text"], "prev": it["prev"], "label": lab})
    return out


def embed_cached(texts: list[str], cache: Path | None) -> dict[str, np.ndarray]:
    """MiniLM vectors of ``texts`` by text (cached in ``cache``/vectors.npz when given)."""
    from debrief.embed import embed

    known: dict[str, np.ndarray] = {}
    path = cache / "vectors.npz" if cache else None
    if path and path.exists():
        data = np.load(path, allow_pickle=False)
        known = dict(zip(data["texts"].tolist(), data["vectors"], strict=True))
    todo = sorted({t for t in texts if t and t not in known})
    if todo:
        known.update(zip(todo, embed(todo), strict=True))
        if path:
            path.parent.mkdir(parents=True, exist_ok=True)
            keys = sorted(known)
            np.savez(path, texts=np.array(keys), vectors=np.stack([known[k] for k in keys]))
    return known


def build(items: list[dict], cache: Path | None, vectors: bool = True):  # type: ignore[no-untyped-def]
    """A DocBin of the items, parsed, labelled, with their vector inputs."""
    from spacy.tokens import DocBin

    from debrief.extract.pipeline import load_base

    nlp = load_base()
    known = (
        embed_cached([t for it in items for t in (it["text"], it["prev"])], cache)
        if vectors
        else {}
    )
    out = DocBin(store_user_data=True)
    texts = [it["text"] for it in items]
    for it, doc in zip(items, nlp.pipe(texts, batch_size=64), strict=True):
        doc.cats = {lab: float(lab == it["label"]) for lab in LABELS}
        if vectors:
            before = known[it["prev"]] if it["prev"] else None
            doc.user_data[VECTOR] = candidate_vector(known[it["text"]], before).astype(np.float16)
        out.add(doc)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("out", type=Path, help="the training DocBin to write (.spacy)")
    ap.add_argument(
        "--recaps",
        nargs="*",
        type=Path,
        default=training_files(),
        help="labelled recaps (default: every file in pipelines/training/ but CHECK_ONLY's)",
    )
    ap.add_argument("--hand", type=Path, default=HAND, help="hand-written example sentences")
    ap.add_argument("--no-hand", action="store_true", help="leave the hand-written ones out")
    ap.add_argument("--dev", type=Path, default=None, help="also write every Nth item here")
    ap.add_argument("--dev-every", type=int, default=40)
    ap.add_argument("--cache", type=Path, default=None, help="directory caching the vectors")
    ap.add_argument("--no-vectors", action="store_true", help="items without vector inputs")
    args = ap.parse_args()

    items = items_of(args.recaps, None if args.no_hand else args.hand)
    bins = build(items, args.cache, vectors=not args.no_vectors)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    bins.to_disk(args.out)
    counts = {lab: sum(it["label"] == lab for it in items) for lab in LABELS}
    print(f"{len(items)} items -> {args.out}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    if args.dev:
        # a monitor for spacy train (its "dev" scores), drawn from the training items: the
        # measures are the held-out files and the dev corpus, scored end to end
        from spacy.tokens import DocBin

        docs = list(bins.get_docs(load_vocab()))
        dev = DocBin(store_user_data=True, docs=docs[:: args.dev_every])
        dev.to_disk(args.dev)
        print(f"{len(dev)} monitor items -> {args.dev}")
    return 0


def load_vocab():  # type: ignore[no-untyped-def]
    from spacy.vocab import Vocab

    return Vocab()


if __name__ == "__main__":
    raise SystemExit(main())
