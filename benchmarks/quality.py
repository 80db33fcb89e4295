"""Extraction quality: the dev set and the blind check sets, typed, side by side.

    .venv/bin/python benchmarks/quality.py [--cmd "CMD"] [SET.jsonl ...]

Scores `debrief extract --jsonl` with the project's judge (`../shared/tools/score_extraction.py`)
on `../shared/corpus/dev.jsonl` (where errors are looked at) and on every
`benchmarks/blind/*.jsonl` (recaps written by authors who never saw the dev set or the training
data; scored once per change, never tuned on), and prints one table. The spoken version of
the same check is `benchmarks/extract_voice.py`.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.shared import shared_file  # noqa: E402

SCORER = (
    shared_file("tools", "score_extraction.py")
    or ROOT.parent / "shared" / "tools" / "score_extraction.py"
)
DEV = shared_file("corpus", "dev.jsonl") or ROOT.parent / "shared" / "corpus" / "dev.jsonl"

#: (column label, regex on the scorer's output); the first group is the figure.
MEASURES = [
    ("insight macro-F1", r"macro-F1 ([0-9.]+)"),
    ("contact", r" contact ([0-9.]+)"),
    ("  name", r"contact\.name\s+accuracy ([0-9.]+)"),
    ("  title", r"contact\.title\s+accuracy ([0-9.]+)"),
    ("  company", r"contact\.company\s+accuracy ([0-9.]+)"),
    ("follow-ups F1", r"follow-ups F1 ([0-9.]+)"),
    ("  due accuracy", r"due accuracy ([0-9.]+)"),
    ("people F1", r"people F1 ([0-9.]+)"),
    ("  relation", r"relation accuracy ([0-9.]+)"),
    ("companies F1", r"companies\s+P/R/F1 [0-9.]+/[0-9.]+/([0-9.]+)"),
    ("call minutes", r"call_minutes\s+accuracy ([0-9.]+)"),
]


def score(corpus: Path, cmd: str) -> dict[str, str]:
    """Run the judge on one labelled set; the figures by measure label."""
    out = subprocess.run(
        [sys.executable, str(SCORER), str(corpus), "--cmd", cmd],
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"quality: scoring {corpus} failed: {out.stderr.strip()[-400:]}")
    figures = {}
    for label, pattern in MEASURES:
        found = re.search(pattern, out.stdout)
        figures[label] = found.group(1) if found else "-"
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, help="labelled JSONL files")
    parser.add_argument("--cmd", default=f"{ROOT / '.venv' / 'bin' / 'debrief'} extract --jsonl")
    args = parser.parse_args()
    if not SCORER.exists():
        raise SystemExit(f"quality: the scorer is not at {SCORER}")
    sets = args.sets or [DEV, *sorted((ROOT / "benchmarks" / "blind").glob("*.jsonl"))]
    columns = []
    for corpus in sets:
        count = sum(1 for line in corpus.open(encoding="utf-8") if line.strip())
        name = "dev" if corpus == DEV else f"blind {corpus.stem}"
        columns.append((f"{name} ({count})", score(corpus, args.cmd)))
    print(f"{'measure':<18}" + "".join(f"{title:>{len(title) + 3}}" for title, _ in columns))
    for label, _ in MEASURES:
        cells = "".join(f"{fig[label]:>{len(title) + 3}}" for title, fig in columns)
        print(f"{label:<18}{cells}")


if __name__ == "__main__":
    main()
