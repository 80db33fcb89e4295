#!/usr/bin/env python3
"""People mentioned in speech: how much is hearing, how much extraction.

    PYTHONPATH=. .venv/bin/python scripts/spoken_people.py SPOKEN.jsonl PRED.jsonl [--show]

``PRED.jsonl`` is what ``people_errors.py SPOKEN.jsonl --save PRED.jsonl`` wrote. Each gold
person of a labelled transcript is looked up, in the spelling of the typed recap it was spoken
from (its ``source_id``, in ``pipelines/training/recaps-a-*`` / ``recaps-b-*``), in the
transcript: ``exact`` (as written), ``lower`` (only in another case or punctuation), ``split``
/ ``joined`` / ``one-letter`` (nearly), or ``not`` heard; and counted found or not against the
transcript's gold (which takes the transcript's spelling when one span clearly is the name).
The people F1 is then given twice: against that gold, and against the typed spelling, as the
blind spoken sets are scored (the scorer matches names only when equal after normalising).
``--show`` lists the gold people one by one: never on a set kept for figures only.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parent.parent


def key(text: str | None) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", (text or "").lower()))


def typed_sources() -> dict[str, dict]:
    """The typed recaps the transcripts were spoken from (authors a and b only)."""
    out: dict[str, dict] = {}
    for pattern in ("recaps-a-*.jsonl", "recaps-b-*.jsonl"):
        for path in sorted((ROOT / "pipelines" / "training").glob(pattern)):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rec = json.loads(line)
                    out[rec["id"]] = rec
    return out


def hearing(name: str, text: str) -> str:
    """How the typed ``name`` came through in the transcript ``text``."""
    if re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
        return "exact"
    nw, tw = key(name).split(), key(text).split()
    n = len(nw)
    if any(tw[i : i + n] == nw for i in range(len(tw) - n + 1)):
        return "lower"
    joined = "".join(nw)
    if any("".join(tw[i:j]) == joined for i in range(len(tw)) for j in range(i + 2, i + 5)):
        return "split"
    if n > 1 and any(Levenshtein.distance(w, joined, score_cutoff=1) <= 1 for w in tw):
        return "joined"
    for i in range(len(tw) - n + 1):
        if all(
            Levenshtein.distance(a, b, score_cutoff=1) <= 1
            for a, b in zip(nw, tw[i : i + n], strict=True)
        ):
            return "one-letter"
    return "not"


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"tp {tp} fp {fp} fn {fn}  P {p:.2f} R {r:.2f} F1 {f:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("spoken")
    ap.add_argument("pred")
    ap.add_argument("--show", action="store_true", help="each gold person (not on held-out)")
    args = ap.parse_args()
    typed = typed_sources()
    pred = {}
    for line in Path(args.pred).read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        pred[rec["id"]] = [key(p["name"]) for p in rec.get("people_mentioned", [])]
    heard: Counter[str] = Counter()
    found: Counter[str] = Counter()
    counts = {"as respelt": [0, 0, 0], "as typed": [0, 0, 0]}
    for line in Path(args.spoken).read_text(encoding="utf-8").splitlines():
        sp = json.loads(line)
        src = typed.get(sp.get("source_id", ""))
        if src is None:
            continue
        got = pred.get(sp["id"], [])
        for label, people in (("as respelt", sp), ("as typed", src)):
            gold = [key(p["name"]) for p in people["people_mentioned"]]
            left, tp = list(got), 0
            for g in gold:  # one to one, equal names only: the scorer's matching
                if g in left:
                    left.remove(g)
                    tp += 1
            c = counts[label]
            c[0], c[1], c[2] = c[0] + tp, c[1] + len(got) - tp, c[2] + len(gold) - tp
        for tg, sg in zip(src["people_mentioned"], sp["people_mentioned"], strict=True):
            how = hearing(tg["name"], sp["text"])
            ok = key(sg["name"]) in got
            heard[how] += 1
            found[how] += ok
            if args.show:
                print(f"{sp['id']:12s} {how:10s} {'found' if ok else 'MISSED':6s} {tg['name']!r}")
    for how, n in heard.most_common():
        print(f"{how:10s} {n:3d} gold people, {found[how]} found")
    for label, (tp, fp, fn) in counts.items():
        print(f"gold {label:10s} {prf(tp, fp, fn)}")


if __name__ == "__main__":
    main()
