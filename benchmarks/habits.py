"""The follow-up ledger's cost (issue 14): what filing one call adds, on a large knowledge base
against a small one, in the same process.

Both knowledge bases come from the search benchmark's builder (``benchmarks/search.py``: the
project's own ``Store`` code, random contacts who recur and refer each other). Measured,
median of ``--reps``:

- ``refresh``: re-planning one call's generated items (and its related calls') as the
  pipeline does after each extraction, on the large KB vs the small one (the ratio shows
  whether it grows with the knowledge base: it should not, every lookup is indexed);
- ``refresh_all``: every call's items (after ``config set stay_in_touch_days``), per call;
- ``ledger`` (``todo --by-person``) and ``prep <company>`` on the large KB, once items exist.

    .venv/bin/python benchmarks/habits.py
    .venv/bin/python benchmarks/habits.py --debriefs 2000
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from review import timed  # median wall and CPU seconds, as the review benchmark times
from search import build  # the search benchmark's knowledge-base builder

from debrief.store import Store, habits, ledger_view
from debrief.store.prep import prep


def ms(pair: tuple[float, float]) -> str:
    return f"{pair[0] * 1000:8.2f} ms wall {pair[1] * 1000:8.2f} ms cpu"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--debriefs", type=int, default=10_000)
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--reps", type=int, default=21)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for label, n in (("small", args.small), ("large", args.debriefs)):
            path = Path(tmp) / f"{label}.db"
            seconds, _ = build(path, n)
            store = Store(path)
            last = int(store.db.execute("SELECT max(id) FROM debriefs").fetchone()[0])
            results[label] = timed(lambda s=store, i=last: habits.refresh(s, i), args.reps)
            print(f"{label:5} KB, {n:6} debriefs (built in {seconds:.0f} s)")
            print(f"  refresh one call      {ms(results[label])}")
            if label == "large":
                t0 = time.perf_counter()
                habits.refresh_all(store)
                per_call = (time.perf_counter() - t0) / n
                print(f"  refresh_all           {per_call * 1000:8.2f} ms per call")
                items = store.db.execute("SELECT count(*) FROM follow_ups").fetchone()[0]
                print(f"  follow-ups now        {items}")
                led = timed(lambda s=store: ledger_view.ledger(s, date.today()), 3)
                print(f"  ledger (todo --by-person) {ms(led)}")
                company = store.db.execute(
                    "SELECT co.name FROM companies co JOIN debriefs d ON d.company_id = co.id"
                    " GROUP BY co.id ORDER BY count(*) DESC LIMIT 1"
                ).fetchone()[0]
                page = timed(lambda s=store, c=company: prep(s, c, date.today()), 5)
                print(f"  prep {company!r:20} {ms(page)}")
            store.close()
        ratio = results["large"][1] / results["small"][1]
        print(f"refresh cpu ratio large/small: {ratio:.2f}x")


if __name__ == "__main__":
    main()
