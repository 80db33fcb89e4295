#!/usr/bin/env python3
"""Does extraction depend on which debrief module a process imports first?

    PYTHONPATH=. .venv/bin/python scripts/import_order_diff.py FILE.jsonl ... \
        [--first debrief.extract.insight_refile ...]

Extracts every recap of the files (``{"id", "recorded_at", "text"}`` lines) through the
public API (``debrief.extract.extract``) in two fresh interpreters: one that imports
``debrief.extract`` first, as the product does, and one that imports the ``--first``
modules before it; prints the ids whose extractions differ (with both) and exits 1 if any
does. Set DEBRIEF_HOME to a scratch directory.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import textwrap
from pathlib import Path

PROBE = textwrap.dedent(
    """
    import importlib, json, sys
    from dataclasses import asdict
    from datetime import datetime
    for name in sys.argv[1:]:
        importlib.import_module(name)
    from debrief.extract import extract
    for line in sys.stdin:
        r = json.loads(line)
        got = extract(r["text"], datetime.fromisoformat(r["recorded_at"]))
        print(json.dumps([r["id"], asdict(got)], sort_keys=True, default=str))
    """
)


def extracted(lines: str, first: list[str]) -> dict[str, str]:
    """Each recap's extraction, as JSON, from a fresh interpreter importing ``first`` first."""
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *first],
        input=lines,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    return {rid: json.dumps(ext, sort_keys=True) for rid, ext in rows}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--first", nargs="+", default=["debrief.extract.insight_refile"])
    args = ap.parse_args()
    lines = "".join(Path(f).read_text(encoding="utf-8") for f in args.files)
    usual = extracted(lines, [])
    other = extracted(lines, args.first)
    differ = [rid for rid in usual if usual[rid] != other.get(rid)]
    for rid in differ:
        print(f"{rid}\n  usual: {usual[rid]}\n  {' '.join(args.first)} first: {other.get(rid)}")
    print(f"{len(usual)} recaps, {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
