"""Start-up of the commands that neither transcribe nor extract, on a 1,000-debrief base.

    .venv/bin/python benchmarks/startup.py [--debriefs 1000] [--runs 7]

Builds the knowledge base with benchmarks/search.py's generator (through the project's own
storage code), then runs each command as a user does (the ``debrief`` console script, a new
process per run) and prints its wall and CPU time, median of ``--runs``. The baseline, measured
in the same run: the bare interpreter (``python -c pass``) and ``python -c "import
debrief.cli"``. Then the import-time split (``python -X importtime``) of
``debrief search promotion``: milliseconds per top-level package, debrief's own modules, and
which heavy packages each command imports at all (none of the read commands should load
numpy, spaCy, faster-whisper, PyAV or sounddevice).

Then the in-process split of the same search (``--split-runs`` fresh processes, median per
step, in the order the command takes them): interpreter start, click, rich, the rest of
``debrief.cli``, opening the store, numpy, the backfill check, the tokenizer, the numpy
MiniLM (memory-mapped weights), the question's vector, loading and ranking the vectors, the
query adapter, ``pipelines/ask.toml`` and the category vectors, the rest of the hybrid
search (keyword search, fusion, the rows of the hits), rendering; and beside it what the
onnxruntime path for the question's vector would cost in the same process (import,
session, one embedding).

Then ``search promotion`` as a question never asked (the store's cache of question vectors
emptied before each run: the numpy MiniLM runs) and as a repeated one; ``--against DIR``
runs another checkout of debrief (e.g. the main branch) on the same base, interleaved with
this one, and prints the ratios (before/after in one run: a busy machine's load hits both).

Target (issue 16): ``debrief search promotion`` < 200 ms wall on 1,000 debriefs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from search import build  # noqa: E402  (benchmarks/search.py)

TARGET_MS = 200.0
HEAVY = ("numpy", "spacy", "thinc", "torch", "faster_whisper", "ctranslate2", "av", "sounddevice")
HEAVY += ("sqlite_utils", "onnxruntime", "datasette", "jinja2")


def debrief_cmd() -> list[str]:
    """The console script beside this interpreter (what a user runs), else ``-m``."""
    script = Path(sys.executable).parent / "debrief"
    return [str(script)] if script.exists() else [sys.executable, "-m", "debrief.cli"]


def timed(
    cmd: list[str], env: dict[str, str], runs: int, before_each: Any = None
) -> tuple[list[float], list[float]]:
    """Wall and CPU (user + system) milliseconds of ``runs`` runs of ``cmd``;
    ``before_each()`` (untimed) runs before each."""
    walls, cpus = [], []
    subprocess.run(cmd, env=env, capture_output=True, check=False)  # warm: caches, bytecode
    for _ in range(runs):
        if before_each is not None:
            before_each()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
        walls.append((time.perf_counter() - start) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
        if proc.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed: {proc.stderr.strip()[-500:]}")
    return walls, cpus


def import_split(args: list[str], env: dict[str, str]) -> list[tuple[str, int, int]]:
    """(module, self us, cumulative us) for every module ``debrief ARGS`` imports."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "debrief.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    out = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|\s*(\S+)$", line)
        if m:
            out.append((m[3], int(m[1]), int(m[2])))
    return out


#: Run in a fresh interpreter: each step of `debrief search promotion`, timed in order.
SPLIT_CHILD = r"""
import json, sys, time
COLD = sys.argv[1] == "cold"  # a new question: the model runs (else: the cached vector)
T = {}
t0, c0 = time.perf_counter(), time.process_time()
def mark(name):
    global t0, c0
    now, cpu = time.perf_counter(), time.process_time()
    T[name] = [(now - t0) * 1000, (cpu - c0) * 1000]
    t0, c0 = now, cpu
import click; mark("import click")
import rich.console; mark("import rich")
import debrief.cli; mark("import debrief.cli (the rest)")
from debrief.config import load_settings
from debrief.store import open_store
store = open_store(load_settings()); mark("open the store (sqlite)")
if COLD:
    store.db.execute("DELETE FROM query_vectors")
    t0, c0 = time.perf_counter(), time.process_time()
import numpy as np; mark("import numpy")
from debrief.ask import hybrid
todo = hybrid.missing_vectors(store); mark("backfill check + vector matrix (pack)")
from debrief import embed
if COLD:
    embed._wordpiece(); mark("tokenizer load (ASCII WordPiece)")
    embed.query_model(); mark("numpy MiniLM load (mmap cache)")
vec = hybrid.question_vector("promotion", store)
mark("question vector (" + ("numpy forward" if COLD else "cached in the store") + ")")
from debrief.store import vectors
matrix = vectors.matrix(store, embed.MODEL_ID)
matrix.scores(vec); mark("vector ranking (one product)")
from debrief.ask import question
question._adapter_file(); mark("query adapter (its cached .npy copy)")
question._ask_toml(); question._category_vectors(); mark("ask.toml + category vectors")
from debrief.ask.tips import search_with_tips
hits = search_with_tips(store, "promotion", limit=20); mark("rest of the hybrid search")
from debrief.cli.app import console, emit
console.file = open("/dev/null", "w")
emit("search", hits, False, query="promotion", filters={}); mark("render (terminal view)")
if COLD:
    ort = embed._quiet_onnxruntime(); mark("onnx: import onnxruntime")
    embed._tokenizer(); mark("onnx: tokenizer load (tokenizers)")
    options = ort.SessionOptions(); options.intra_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    session = ort.InferenceSession(
        str(embed.model_path()), options, providers=["CPUExecutionProvider"]
    )
    mark("onnx: session creation")
    embed.Embedder(session, embed._tokenizer(), embed._TOKENIZER_LOCK).embed(["promotion"])
    mark("onnx: question vector")
print(json.dumps(T))
"""


def search_split(env: dict[str, str], runs: int, mode: str) -> dict[str, list[list[float]]]:
    """[wall, cpu] milliseconds of each step of ``SPLIT_CHILD`` over ``runs`` fresh
    processes; ``mode`` "cold" (a question never asked) or "cached" (asked before)."""
    out: dict[str, list[list[float]]] = {}
    for run in range(runs + 1):  # the first run warms caches (bytecode, the model cache)
        proc = subprocess.run(
            [sys.executable, "-c", SPLIT_CHILD, mode], env=env, capture_output=True, text=True
        )
        if proc.returncode != 0:
            sys.exit(f"split failed: {proc.stderr.strip()[-800:]}")
        if run == 0:
            continue
        for name, ms in json.loads(proc.stdout.strip().splitlines()[-1]).items():
            out.setdefault(name, []).append(ms)
    return out


def forget_questions(db: Path) -> None:
    """Empty the store's cache of question vectors: the next search embeds its question."""
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM query_vectors")


def new_question(home: Path, env: dict[str, str], args: Any) -> None:
    """`debrief search promotion` as a question never asked (its vector cache emptied before
    each run) and as a repeated one; with ``--against``, the other checkout's runs
    interleaved with this one's (one run each in turn, so the load hits both alike)."""
    codes = {"this checkout": ROOT} | ({args.against.name: args.against} if args.against else {})
    cmd = [*debrief_cmd(), "search", "promotion"]
    forget = lambda: forget_questions(home / "debrief.db")  # noqa: E731
    rows: dict[str, dict[str, list[float]]] = {}
    for _ in range(args.runs):
        for name, code in codes.items():
            code_env = {**env, "PYTHONPATH": str(code)}
            for kind, before in (("new question", forget), ("repeated", None)):
                walls, cpus = timed(cmd, code_env, 1, before)
                row = rows.setdefault(f"{name}, {kind}", {"wall": [], "cpu": []})
                row["wall"] += walls
                row["cpu"] += cpus
    print(
        f"\n`debrief search promotion`, a new question (vector cache emptied before each run)"
        f" and a repeated one; median of {args.runs}, load average {os.getloadavg()[0]:.2f}"
    )
    print(f"  {'checkout, question':<40}{'wall ms':>9}{'min':>7}{'cpu ms':>8}")
    for label, row in rows.items():
        print(
            f"  {label:<40}{statistics.median(row['wall']):>9.0f}{min(row['wall']):>7.0f}"
            f"{statistics.median(row['cpu']):>8.0f}"
        )
    if args.against:
        for kind in ("new question", "repeated"):
            mine, other = rows[f"this checkout, {kind}"], rows[f"{args.against.name}, {kind}"]
            print(
                f"  {kind}: this checkout / {args.against.name}: CPU "
                f"{statistics.median(mine['cpu']) / statistics.median(other['cpu']):.2f}x, wall "
                f"{statistics.median(mine['wall']) / statistics.median(other['wall']):.2f}x"
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--debriefs", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--split-runs", type=int, default=5)
    ap.add_argument(
        "--keep",
        type=Path,
        help="Data home to build (or reuse) the knowledge base in: the first search embeds"
        " its insights (minutes on a busy machine), a kept home skips that next time.",
    )
    ap.add_argument(
        "--against",
        type=Path,
        help="another checkout of debrief (e.g. the main branch): `search promotion`, new"
        " question and repeated, run by both, interleaved, for a before/after ratio",
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = args.keep or Path(tmp) / "home"
        if (home / "debrief.db").exists():
            build_s = 0.0
            with sqlite3.connect(home / "debrief.db") as conn:
                n_insights = conn.execute("SELECT count(*) FROM insights").fetchone()[0]
        else:
            build_s, n_insights = build(home / "debrief.db", args.debriefs)
        os.chmod(home, 0o700)
        env = {**os.environ, "DEBRIEF_HOME": str(home), "PYTHONPATH": str(ROOT)}
        env.pop("DEBRIEF_DEBUG", None)
        # Bytecode cached, as in any installation (pip compiles it; Python writes it).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        company = subprocess.run(
            [*debrief_cmd(), "companies", "--json"], env=env, capture_output=True, text=True
        ).stdout
        top = re.search(r'"name": "([^"]+)"', company)
        commands = {
            "search promotion": ["search", "promotion"],
            "list": ["list", "--limit", "20"],
            "show 1": ["show", "1"],
            "todo": ["todo"],
            "company": ["company", top[1] if top else "Stripe"],
            "review": ["review", "--week", "2024-W06"],
        }
        print(
            f"{args.debriefs} debriefs, {n_insights} insights (built in {build_s:.1f} s); "
            f"cores {os.cpu_count()}, load average {os.getloadavg()[0]:.2f}; "
            f"median of {args.runs} runs, each a new process"
        )
        print(f"{'command':<34}{'wall ms':>9}{'min':>7}{'cpu ms':>8}  heavy imports")
        baselines = {
            "python -c pass (baseline)": [sys.executable, "-c", "pass"],
            "import debrief.cli (baseline)": [sys.executable, "-c", "import debrief.cli"],
        }
        results: dict[str, float] = {}
        cpu_results: dict[str, float] = {}
        for label, cmd in baselines.items():
            walls, cpus = timed(cmd, env, args.runs)
            results[label] = statistics.median(walls)
            cpu_results[label] = statistics.median(cpus)
            print(
                f"{label:<34}{statistics.median(walls):>9.0f}{min(walls):>7.0f}"
                f"{statistics.median(cpus):>8.0f}"
            )
        splits = {}
        for label, argv in commands.items():
            walls, cpus = timed([*debrief_cmd(), *argv], env, args.runs)
            results[label] = statistics.median(walls)
            splits[label] = import_split(argv, env)
            heavy = sorted({m for m, _, _ in splits[label] if m.split(".")[0] in HEAVY})
            tops = sorted({m.split(".")[0] for m in heavy})
            print(
                f"{'debrief ' + label:<34}{statistics.median(walls):>9.0f}{min(walls):>7.0f}"
                f"{statistics.median(cpus):>8.0f}  {', '.join(tops) or 'none'}"
            )

        new_question(home, env, args)

        split = splits["search promotion"]
        by_top: Counter[str] = Counter()
        for module, self_us, _cum in split:
            top_name = module.split(".")[0]
            by_top["debrief" if top_name == "debrief" else top_name] += self_us
        total = sum(by_top.values())
        print(
            f"\nimport-time split of `debrief search promotion` (python -X importtime, self "
            f"time summed per top-level package): {total / 1000:.0f} ms in all"
        )
        for name, us in by_top.most_common(12):
            print(f"  {name:<24}{us / 1000:>7.1f} ms")
        print("  debrief's own modules (cumulative, children included):")
        for module, _self, cum in split:
            if module.startswith("debrief") and cum > 1000:
                print(f"    {module:<28}{cum / 1000:>7.1f} ms")
        base_ms = results["python -c pass (baseline)"]
        base_cpu = cpu_results["python -c pass (baseline)"]
        for mode in ("cold", "cached"):
            split_ms = search_split(env, args.split_runs, mode)
            print(
                f"\nin-process split of `debrief search promotion`, {mode} question (median of"
                f" {args.split_runs} fresh processes; load average {os.getloadavg()[0]:.2f})"
            )
            print(f"  {'step':<42}{'wall ms':>9}{'cpu ms':>9}")
            print(f"  {'interpreter start (python -c pass)':<42}{base_ms:>9.1f}{base_cpu:>9.1f}")
            total = [base_ms, base_cpu]
            for name, values in split_ms.items():
                wall_ms = statistics.median(v[0] for v in values)
                cpu_ms = statistics.median(v[1] for v in values)
                if not name.startswith("onnx:"):
                    total = [total[0] + wall_ms, total[1] + cpu_ms]
                print(f"  {name:<42}{wall_ms:>9.1f}{cpu_ms:>9.1f}")
            print(f"  {'sum of the command steps':<42}{total[0]:>9.1f}{total[1]:>9.1f}")
        wall = results["search promotion"]
        base = results["python -c pass (baseline)"]
        print(
            f"\ntarget: `debrief search promotion` < {TARGET_MS:.0f} ms wall: {wall:.0f} ms "
            f"({wall / base:.1f}x the bare interpreter's {base:.0f} ms): "
            f"{'met' if wall < TARGET_MS else 'not met'}"
        )


if __name__ == "__main__":
    main()
