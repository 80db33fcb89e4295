"""Weekly review latency on a synthetic knowledge base of 10,000 debriefs.

The knowledge base is built by the search benchmark's builder (``benchmarks/search.py``:
the project's own ``Store`` code, about 100,000 insights, one call every two hours from
January 2024, so about 84 calls a week). Then, in-process on a fresh connection:

- baselines: plain ``SELECT count(*)`` passes, one read of every insight's text, the review of
  an empty week (follow-ups and referrals are still computed: they are as of today);
- the first review of the last week with a cold theme cache (loads spaCy and lemmatises
  the week's skills insights: a one-time cost, which the pipeline normally pays at
  extraction time);
- the review of that week, built and rendered in all three formats, warm;
- ``debrief review`` end to end as a subprocess (interpreter start and imports included).

Target: ``debrief review`` < 1 s.

    .venv/bin/python benchmarks/review.py
    .venv/bin/python benchmarks/review.py --debriefs 2000 --keep /tmp/kb.db
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from rich.console import Console
from search import build  # the search benchmark's knowledge-base builder

from debrief import views
from debrief.review import build_review, week_period
from debrief.review.period import local_naive
from debrief.review.render_terminal import print_review
from debrief.store import Store

TARGET_S = 1.0
ROOT = Path(__file__).resolve().parent.parent


def timed(fn: Callable[[], object], reps: int) -> tuple[float, float]:
    """Median wall and CPU seconds of ``fn`` (CPU time is what a busy machine does not
    inflate: compare the two to see how much waiting there was)."""
    walls, cpus = [], []
    for _ in range(reps):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return median(walls), median(cpus)


def run_timed(cmd: list[str], env: dict[str, str], reps: int) -> tuple[float, float]:
    """Median wall and CPU (user + system of the child) seconds of a command."""
    walls, cpus = [], []
    for _ in range(reps):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        w0 = time.perf_counter()
        subprocess.run(cmd, env=env, capture_output=True, check=True)
        walls.append(time.perf_counter() - w0)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    return median(walls), median(cpus)


def median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def ms(pair: tuple[float, float]) -> str:
    wall, cpu = pair
    return f"{wall * 1000:8.1f} ms wall {cpu * 1000:8.1f} ms cpu"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--debriefs", type=int, default=10_000)
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="Build (or reuse) the database here.")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.db"
        if args.keep and path.exists():
            print(f"reusing {path}")
        else:
            build_s, n_insights = build(path, args.debriefs)
            print(f"built {args.debriefs} debriefs, {n_insights} insights in {build_s:.1f} s")

        store = Store(path)  # a fresh connection: no statement or page cache
        last = store.rows("SELECT max(recorded_at) AS last FROM debriefs")[0]["last"]
        today = local_naive(last).date()
        week = week_period(today - timedelta(days=7))  # the last full week
        empty = week_period(date(1999, 1, 4))
        store.db.execute("DELETE FROM insight_terms")  # the theme cache starts cold

        def count_pass() -> None:
            for table in ("debriefs", "insights", "follow_ups", "people_mentioned"):
                store.db.execute(f"SELECT count(*) FROM {table}").fetchone()

        def read_pass() -> None:
            store.db.execute("SELECT sum(length(text)) FROM insights").fetchone()

        def review_all_formats() -> None:
            review = build_review(store, week, today)
            print_review(Console(file=io.StringIO(), width=100), review)
            views.render("review", review, "markdown")
            views.render("review", review, "html")

        w0, c0 = time.perf_counter(), time.process_time()
        first = build_review(store, week, today)
        cold = (time.perf_counter() - w0, time.process_time() - c0)
        counts = store.rows(
            "SELECT (SELECT count(*) FROM debriefs) AS d, (SELECT count(*) FROM insights) AS i,"
            " (SELECT count(*) FROM insight_terms) AS t"
        )[0]
        print(
            f"knowledge base: {counts['d']} debriefs, {counts['i']} insights;"
            f" reviewing {week.label}: {len(first.calls)} calls, {first.insight_count} takeaways,"
            f" {len(first.themes)} themes, {first.open_follow_ups} open follow-ups,"
            f" {first.referrals_total} referrals to contact"
        )

        baseline = timed(count_pass, args.reps)
        read_s = timed(read_pass, args.reps)
        empty_s = timed(lambda: build_review(store, empty, today), args.reps)
        build_only = timed(lambda: build_review(store, week, today), args.reps)
        full = timed(review_all_formats, args.reps)
        store.close()

        # End to end: the installed command on a data home holding this database.
        home = Path(tmp) / "home"
        home.mkdir()
        shutil.copy(path, home / "debrief.db")
        exe = ROOT / ".venv" / "bin" / "debrief"
        cmd = [str(exe) if exe.exists() else "debrief", "review", "--week", week.label]
        env = {**os.environ, "DEBRIEF_HOME": str(home), "COLUMNS": "100"}
        for fmt in ("terminal", "html"):
            out = subprocess.run(
                [*cmd, "--format", fmt, "--output", str(Path(tmp) / f"r.{fmt}")],
                env=env, capture_output=True, text=True, check=False,
            )  # fmt: skip
            if out.returncode != 0:
                print(out.stderr, file=sys.stderr)
                return 1
        reps = max(3, args.reps // 2)
        cli = run_timed(cmd, env, reps)
        startup = run_timed([cmd[0], "--help"], env, reps)

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average {load} on {os.cpu_count()} CPUs")
    print(f"baseline: count(*) of 4 tables       {ms(baseline)}")
    print(f"baseline: read every insight's text  {ms(read_s)}")
    print(f"baseline: empty-week review          {ms(empty_s)}")
    print(f"first review, cold theme cache       {ms(cold)}   (spaCy load + lemmatising: once)")
    print(
        f"review model, warm                   {ms(build_only)}"
        f"   {build_only[1] / read_s[1]:5.1f}x full read, {build_only[1] / empty_s[1]:5.1f}x"
        " empty week (cpu)"
    )
    print(
        f"review model + 3 renderings, warm    {ms(full)}"
        f"   {full[1] / read_s[1]:5.1f}x full read, {full[1] / empty_s[1]:5.1f}x empty week (cpu)"
    )
    print(f"`debrief --help` (startup only)      {ms(startup)}")
    good = cli[0] < TARGET_S
    print(
        f"`debrief review` end to end          {ms(cli)}"
        f"   target < {TARGET_S:.0f} s wall: {'ok' if good else 'MISSED'}"
    )
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
