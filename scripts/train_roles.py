#!/usr/bin/env python3
"""Rebuild the debrief_roles model from the training corpus with ``spacy train``.

    .venv/bin/python scripts/train_roles.py [--held-out] [--work DIR] [--no-install]

1. ``scripts/build_roles_corpus.py`` turns ``pipelines/training/*.jsonl`` into ``.spacy``;
2. ``python -m spacy train pipelines/roles/config.cfg --code debrief/extract/roles_model.py``;
3. the trained ``debrief_roles`` component of ``model-best`` is saved to
   ``pipelines/roles/model`` (only that component: the base model's own components are
   already installed with en_core_web_sm).

By default it trains on every training file (what ships), with files 06-09 as the dev set
``spacy train`` reports on (so that figure is not held out). ``--held-out`` trains on files
01-05, recaps-c..e and the spoken files only, for measuring on 06-09 with scripts/roles_eval.py, and
does not install. Never train on the dev corpus nor on benchmarks/blind/.

The shipped model (pipeline 1.15) was trained before ``recaps-d``/``recaps-e`` and
``spoken-02.jsonl`` existed; a model trained with them was measured and not shipped
(docs/extraction-history.md, "Contact and people, pipeline 1.15"). Its data again:

    .venv/bin/python scripts/train_roles.py --skip 'recaps-[de]-*' --skip spoken-02.jsonl

Pipeline 1.17 measured one trained without recaps-h/i (``--skip 'recaps-[hi]-*'``, with
recaps-d..g and spoken-02) on h+i and the spoken held-out set and did not ship it
(docs/extraction-history.md, "Contact and people, pipeline 1.17").
Pipeline 1.20 measured one trained on a..o and the spoken files, 2,000 steps planned
(``--skip 'recaps-[pqrstu]-*' --set training.max_steps=2000 --set training.patience=1000``),
at its step-1,250 checkpoint, on p+q, t+u, spoken held-out, n+o and dev; not shipped
(docs/extraction-history.md, "Contact, pipeline 1.20: how sure each side is").

**Shipped since pipeline 1.21**: that model, i.e. ``model-best`` of this run on recaps a..o and
the spoken files (``spoken-01.jsonl``, ``spoken-02.jsonl``; never p..u, the dev corpus or the
blind sets), copied as it stood at step 1,250 (evaluated every 250 steps; best score so far,
0.42, ents F 83.2 on the 06-09 dev files, which it trained on) and installed as
``pipelines/roles/model``:

    .venv/bin/python scripts/train_roles.py --skip 'recaps-[pqrstu]-*'
        --set training.max_steps=2000 --set training.patience=1000   (one command line)

A run on a..s and the spoken files (``--skip 'recaps-[tu]-*'``, 2,000 steps) was measured
against it on t+u and not shipped (docs/extraction-history.md, "Contact, pipeline 1.21").

**Shipped since pipeline 1.43**: ``model-best`` of a run on every development author (a..s,
v, w, y, z, aa..ci but the untouched ones of ``pipelines/check_only.txt``) and the spoken
files, 3,866 recaps, 5,000 steps (720 s on two cores; the best monitor score, ents F 91.9
on files 06-09, which it trains on, at step 4,800):

    .venv/bin/python scripts/train_roles.py
        --set training.max_steps=5000 --set training.patience=2000   (one command line)

The same data at 2,000 steps (ents F 84.1, still rising) was measured beside it and not
shipped (docs/extraction-history.md, "Pipeline 1.43").
"""

from __future__ import annotations

import argparse
import fnmatch
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRAINING = ROOT / "pipelines" / "training"
CONFIG = ROOT / "pipelines" / "roles" / "config.cfg"
MODEL = ROOT / "pipelines" / "roles" / "model"
#: Training data for this model only (not the insight model's): more spoken recaps of files
#: 01-05 (``spoken-02.jsonl``: 80 recaps in the heart, slt-hts and flite-awb voices,
#: scripts/build_spoken.py --per-file 8 --seed 2).
EXTRA = ROOT / "pipelines" / "roles"


def held_out(path: Path) -> bool:
    """Files 06-09 of the a and b authors: the held-out measure."""
    return path.name.startswith(("recaps-a-", "recaps-b-")) and path.stem[-2:] in {
        "06",
        "07",
        "08",
        "09",
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--held-out", action="store_true", help="train without files 06-09")
    ap.add_argument("--work", type=Path, help="where corpora and checkpoints go")
    ap.add_argument("--no-install", action="store_true", help="leave pipelines/roles/model")
    ap.add_argument(
        "--skip",
        action="append",
        default=[],
        help="leave out training files matching this glob (e.g. 'recaps-[de]-*' to measure "
        "on new authors' files)",
    )
    ap.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="SECTION.KEY=VALUE",
        help="a config override passed to spacy train (e.g. training.max_steps=2000)",
    )
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="debrief_roles_"))
    work.mkdir(parents=True, exist_ok=True)
    files = sorted([*TRAINING.glob("*.jsonl"), *EXTRA.glob("*.jsonl")])
    # the untouched check authors (pipelines/check_only.txt) are never trained on
    check_only = (ROOT / "pipelines" / "check_only.txt").read_text(encoding="utf-8").split("\n")
    skip = [*args.skip, *(g.strip() for g in check_only if g.strip() and g[0] != "#")]
    files = [f for f in files if not any(fnmatch.fnmatch(f.name, g) for g in skip)]
    dev = [f for f in files if held_out(f)]
    train = [f for f in files if not held_out(f)] if args.held_out else files
    py = sys.executable
    build = [py, str(ROOT / "scripts" / "build_roles_corpus.py")]
    subprocess.run([*build, str(work / "train.spacy"), *map(str, train)], check=True)
    subprocess.run([*build, str(work / "dev.spacy"), *map(str, dev)], check=True)
    started = time.perf_counter()
    subprocess.run(
        [
            py, "-m", "spacy", "train", str(CONFIG),
            "--code", str(ROOT / "debrief" / "extract" / "roles_model.py"),
            "--output", str(work / "out"),
            "--paths.train", str(work / "train.spacy"),
            "--paths.dev", str(work / "dev.spacy"),
            *(a for kv in args.set for a in (f"--{kv.split('=', 1)[0]}", kv.split("=", 1)[1])),
        ],
        check=True,
    )  # fmt: skip
    print(f"spacy train: {time.perf_counter() - started:.0f} s")
    if args.held_out or args.no_install:
        print(f"model: {work / 'out' / 'model-best' / 'debrief_roles'}")
        return 0
    import spacy

    sys.path.insert(0, str(ROOT))
    import debrief.extract.roles_model  # noqa: F401  (the architecture the model uses)

    nlp = spacy.load(work / "out" / "model-best")
    nlp.get_pipe("debrief_roles").to_disk(MODEL, exclude=["vocab"])
    print(f"installed {MODEL}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
