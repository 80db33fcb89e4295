"""Search by meaning on the blind relevance set: recall@10 and nDCG@10, scored, never tuned on.

    .venv/bin/python benchmarks/search_blind.py [--per-question]

``benchmarks/blind/relevance/`` was written by an author who never saw the project's own
relevance set (``tests/relevance/``), its code or its fusion settings: 20 recaps (154 insights)
and 45 questions in a career changer's words with every relevant insight judged. The set is
scored once per change to search and never used to choose anything; ``benchmarks/search.py``
scores the project's own set, on which the fusion was chosen. Both print keyword-only
(``search --exact``), vector-only and hybrid (the default of ``debrief search``) side by side.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BLIND = ROOT / "benchmarks" / "blind" / "relevance"
sys.path.insert(0, str(ROOT / "tests"))

from relevance.evaluate import evaluate, print_table, seed  # noqa: E402

from debrief.ask import hybrid  # noqa: E402
from debrief.store import Store  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-question", action="store_true", help="hybrid recall per question")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "blind.db")
        keys = seed(store, folder=BLIND)
        title = "blind relevance set: benchmarks/blind/relevance (recall@10 / nDCG@10)"
        print_table(store, keys, title, folder=BLIND)
        if args.per_question:
            r = evaluate(store, keys, partial(hybrid.search, store, limit=10), None, folder=BLIND)
            for q in r["questions"]:
                print(f"  {q['recall']:.2f}  {q['kind']:<10} {q['q']}")
        store.close()


if __name__ == "__main__":
    main()
