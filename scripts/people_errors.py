#!/usr/bin/env python3
"""People and companies mentioned: figures, and the false positives and negatives per recap.

    PYTHONPATH=. .venv/bin/python scripts/people_errors.py FILE.jsonl ... [--errors]
        [--save PRED.jsonl | --pred PRED.jsonl] [--per-file]

Matching is the scorer's (``score_extraction.py``): people one-to-one by exact normalised
name (relation accuracy over the matched pairs), companies as sets of names normalised
(lower case, punctuation and legal suffixes dropped). Without ``--errors`` only the figures
are printed, so it may be run on an author kept as an untouched check; ``--errors`` lists,
recap by recap, ``P+`` people filed that the author did not label, ``P-`` people labelled
and not found, ``R!`` a wrong relation, ``C+`` / ``C-`` the same for companies.

``--save`` writes the predictions (one JSON object a line, with ``id``) so that a second
look (``--pred``) does not run the extractor again.

Never run it on ``benchmarks/blind/``, and never with ``--errors`` on an untouched author.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SUFFIXES = {"inc", "llc", "ltd", "corp", "corporation", "co", "company", "plc", "gmbh", "the"}


def words(text: str | None) -> list[str]:
    return re.findall(r"[a-z0-9]+", (text or "").lower())


def norm_name(text: str | None) -> str:
    return " ".join(words(text))


def norm_company(text: str | None) -> str:
    return " ".join(w for w in words(text) if w not in SUFFIXES)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def read_jsonl(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def predict(records: list[dict]) -> dict[str, dict]:
    """Run the extractor in this process (the checkout on ``sys.path``) over ``records``."""
    from debrief.extract import extract

    out = {}
    for r in records:
        when = datetime.fromisoformat(r["recorded_at"]) if r.get("recorded_at") else None
        out[r["id"]] = extract(r["text"], when).to_dict()
    return out


class Tally:
    """People and company counts for one group of recaps."""

    def __init__(self) -> None:
        self.people = [0, 0, 0]
        self.rel = [0, 0]
        self.comp = [0, 0, 0]

    def line(self, label: str) -> str:
        pp, pr, pf = prf(*self.people)
        cp, cr, cf = prf(*self.comp)
        acc = self.rel[0] / self.rel[1] if self.rel[1] else 0.0
        return (
            f"{label:<24} people P/R/F1 {pp:.2f}/{pr:.2f}/{pf:.3f} (rel {acc:.2f})"
            f"  companies P/R/F1 {cp:.2f}/{cr:.2f}/{cf:.3f}"
        )


def compare(gold: dict, pred: dict, tallies: list[Tally]) -> list[str]:
    """Add one recap to ``tallies``; return its error lines."""
    errors = []
    g_people = {norm_name(p["name"]): p for p in gold["people_mentioned"]}
    p_people = {}
    for p in pred.get("people_mentioned", []):
        p_people.setdefault(norm_name(p.get("name")), p)
    hits = g_people.keys() & p_people.keys()
    for key in sorted(g_people.keys() - hits):
        g = g_people[key]
        errors.append(f"  P- {g['name']!r} ({g['relation']}, {g.get('company')})")
    for key in sorted(p_people.keys() - hits):
        p = p_people[key]
        errors.append(f"  P+ {p.get('name')!r} ({p.get('relation')}, {p.get('company')})")
    rel_ok = 0
    for key in sorted(hits):
        g, p = g_people[key], p_people[key]
        if g["relation"] == p.get("relation"):
            rel_ok += 1
        else:
            errors.append(f"  R! {g['name']!r} gold {g['relation']} pred {p.get('relation')}")
    g_comp = {norm_company(c): c for c in gold["companies_mentioned"]}
    p_comp = {norm_company(c): c for c in pred.get("companies_mentioned", [])}
    c_hits = g_comp.keys() & p_comp.keys()
    errors += [f"  C- {g_comp[k]!r}" for k in sorted(g_comp.keys() - c_hits)]
    errors += [f"  C+ {p_comp[k]!r}" for k in sorted(p_comp.keys() - c_hits)]
    n_pred_people = len(pred.get("people_mentioned", []))
    for t in tallies:
        t.people[0] += len(hits)
        t.people[1] += n_pred_people - len(hits)
        t.people[2] += len(g_people) - len(hits)
        t.rel[0] += rel_ok
        t.rel[1] += len(hits)
        t.comp[0] += len(c_hits)
        t.comp[1] += len(p_comp) - len(c_hits)
        t.comp[2] += len(g_comp) - len(c_hits)
    return errors


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("files", nargs="+")
    ap.add_argument("--errors", action="store_true", help="list FP/FN per recap")
    ap.add_argument("--save", help="write the predictions here")
    ap.add_argument("--pred", help="read the predictions from here instead of extracting")
    ap.add_argument("--per-file", action="store_true", help="a figure line per file")
    args = ap.parse_args()
    if any("benchmarks/blind" in f for f in args.files):
        sys.exit("people_errors: never on benchmarks/blind/")

    by_file = {}
    for f in args.files:
        by_file[f] = read_jsonl(f)
    records = [r for rs in by_file.values() for r in rs]
    preds = {obj["id"]: obj for obj in read_jsonl(args.pred)} if args.pred else predict(records)
    if args.save:
        with open(args.save, "w", encoding="utf-8") as fh:
            for rid, obj in preds.items():
                fh.write(json.dumps({"id": rid, **obj}) + "\n")

    total = Tally()
    for f, rs in by_file.items():
        mine = Tally()
        for r in rs:
            errs = compare(r, preds[r["id"]], [mine, total])
            if args.errors and errs:
                print(f"{r['id']}")
                print("\n".join(errs))
        if args.per_file:
            print(mine.line(Path(f).stem))
    print(total.line(f"all ({len(records)})"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
