"""Search by meaning on the blind relevance set: recall@10 and nDCG@10, scored, never tuned on.

    .venv/bin/python benchmarks/search_blind.py [--per-question]

Two blind sets, each by an author who never saw the project's own relevance set
(``tests/relevance/``), its code, its training questions or its fusion settings:
``benchmarks/blind/relevance/`` (a career changer into tech: 20 recaps, 154 insights,
45 questions) and ``benchmarks/blind/relevance-2/`` (an electrician moving into facilities and
energy management: 20 recaps, 161 insights, 45 questions), every relevant insight judged. A set is
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
BLIND_SETS = (
    ROOT / "benchmarks" / "blind" / "relevance",
    ROOT / "benchmarks" / "blind" / "relevance-2",
)
sys.path.insert(0, str(ROOT / "tests"))

from relevance.evaluate import evaluate, print_table, seed  # noqa: E402

from debrief.ask import hybrid  # noqa: E402
from debrief.store import Store  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-question", action="store_true", help="hybrid recall per question")
    args = parser.parse_args()
    for folder in BLIND_SETS:
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(Path(tmp) / "blind.db")
            keys = seed(store, folder=folder)
            name = folder.relative_to(ROOT)
            print_table(
                store, keys, f"blind relevance set: {name} (recall@10 / nDCG@10)", folder=folder
            )
            if args.per_question:
                search = partial(hybrid.search, store, limit=10)
                r = evaluate(store, keys, search, None, folder=folder)
                for q in r["questions"]:
                    print(f"  {q['recall']:.2f}  {q['kind']:<10} {q['q']}")
            store.close()


if __name__ == "__main__":
    main()
