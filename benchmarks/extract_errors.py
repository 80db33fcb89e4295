"""Gold vs predicted, recap by recap, for the contact, people, companies and follow-ups.

Usage (from the repo root, with PYTHONPATH set to it):
    python benchmarks/extract_errors.py CORPUS.jsonl [--fields contact,people,companies,follow_ups]
        [--preds PREDS.jsonl] [--save PREDS.jsonl]

``score_extraction.py`` prints figures per field; this prints what went wrong in each recap so
errors can be grouped into shapes. Only recaps with a difference in a chosen field are shown.
Never run it on ``benchmarks/blind/``: those sets are scored by the lead only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import datetime
from pathlib import Path

FIELDS = ("contact", "people", "companies", "follow_ups")
_SUFFIXES = {"inc", "llc", "ltd", "corp", "corporation", "co", "company", "plc", "gmbh", "the"}


def _words(text: str | None) -> list[str]:
    return re.findall(r"[a-z0-9]+", (text or "").lower())


def _company(text: str | None) -> str:
    return " ".join(w for w in _words(text) if w not in _SUFFIXES)


def _f1(a: str, b: str) -> float:
    ta, tb = _words(a), _words(b)
    common = sum(min(ta.count(w), tb.count(w)) for w in set(ta))
    if not common:
        return 0.0
    p, r = common / len(tb), common / len(ta)
    return 2 * p * r / (p + r)


def predict(records: list[dict]) -> dict[str, dict]:
    from debrief.extract import extract

    out = {}
    for r in records:
        ex = extract(r["text"], datetime.fromisoformat(r["recorded_at"]))
        out[r["id"]] = ex.to_dict()
    return out


def diff(r: dict, p: dict, fields: set[str]) -> list[str]:
    lines: list[str] = []
    if "contact" in fields:
        g, q = r.get("contact") or {}, p.get("contact") or {}
        for k in ("name", "title", "company"):
            gv, pv = g.get(k), q.get(k)
            if gv is None and pv is None:
                continue
            if k == "title":
                ok = gv is not None and pv is not None and _f1(gv, pv) >= 0.5
            elif k == "company":
                ok = gv is not None and pv is not None and _company(gv) == _company(pv)
            else:
                ok = gv is not None and pv is not None and _words(gv) == _words(pv)
            if not ok:
                lines.append(f"  contact.{k}: gold={gv!r} pred={pv!r}")
    if "people" in fields:
        g = {" ".join(_words(x["name"])): x for x in r.get("people_mentioned", [])}
        q = {" ".join(_words(x["name"])): x for x in p.get("people_mentioned", [])}
        for n in g.keys() - q.keys():
            lines.append(f"  people FN: {g[n]}")
        for n in q.keys() - g.keys():
            lines.append(f"  people FP: {q[n]}")
        for n in g.keys() & q.keys():
            if g[n].get("relation") != q[n].get("relation"):
                lines.append(
                    f"  people relation: {n} "
                    f"gold={g[n].get('relation')} pred={q[n].get('relation')}"
                )
    if "companies" in fields:
        g = {_company(x): x for x in r.get("companies_mentioned", [])}
        q = {_company(x): x for x in p.get("companies_mentioned", [])}
        for n in g.keys() - q.keys():
            lines.append(f"  companies FN: {g[n]!r}")
        for n in q.keys() - g.keys():
            lines.append(f"  companies FP: {q[n]!r}")
    if "follow_ups" in fields:
        g, q = list(r.get("follow_ups", [])), list(p.get("follow_ups", []))
        used: set[int] = set()
        for a in g:
            best = max(
                ((j, _f1(a["text"], b["text"])) for j, b in enumerate(q) if j not in used),
                key=lambda x: x[1],
                default=(None, 0.0),
            )
            if best[0] is None or best[1] < 0.5:
                lines.append(f"  follow FN: {a['text']!r} due={a.get('due')}")
                continue
            used.add(best[0])
            b = q[best[0]]
            if a.get("due") != b.get("due"):
                lines.append(f"  follow due: {a['text']!r} gold={a.get('due')} pred={b.get('due')}")
        for j, b in enumerate(q):
            if j not in used:
                lines.append(f"  follow FP: {b['text']!r} due={b.get('due')}")
    return lines


def _read(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("corpus")
    ap.add_argument("--fields", default=",".join(FIELDS))
    ap.add_argument("--preds", help="read predictions from this JSONL instead of extracting")
    ap.add_argument("--save", help="write the predictions to this JSONL")
    ap.add_argument("--text", action="store_true", help="print each recap's text too")
    args = ap.parse_args()
    if "blind" in Path(args.corpus).parts:
        sys.exit("extract_errors: blind sets are scored by the lead only")
    records = _read(args.corpus)
    preds = {obj["id"]: obj for obj in _read(args.preds)} if args.preds else predict(records)
    if args.save:
        with open(args.save, "w", encoding="utf-8") as fh:
            for k, v in preds.items():
                fh.write(json.dumps({"id": k, **v}) + "\n")
    fields = set(args.fields.split(","))
    for r in records:
        lines = diff(r, preds[r["id"]], fields)
        if lines:
            print(r["id"])
            if args.text:
                print("  TEXT: " + r["text"][:600])
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
