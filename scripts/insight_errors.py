#!/usr/bin/env python3
"""Insight errors by kind, on labelled recaps: what a category's F1 is lost to.

    PYTHONPATH=. .venv/bin/python scripts/insight_errors.py FILE.jsonl ... [--show KIND ...]
        [--probs]

Matching is the scorer's (``score_extraction.py``: one-to-one, token F1 >= 0.5 within a
category). Every gold insight not matched is put under one kind:

* ``wrong:<gold>-><pred>`` a prediction of another category covers it (token F1 >= 0.5);
* ``boundary`` a prediction of its own category overlaps it, below token F1 0.5;
* ``no_candidate`` no sentence or clause candidate reaches token F1 0.5 with it;
* ``below:<label>`` its best candidate was filed as nothing (``<label>`` is the candidate's
  top label: ``none``, or the gold category under its threshold, or another category lost to
  the emission rules);

and every prediction not matched that is not a wrong category nor a boundary is an ``extra``,
split by what it overlaps: ``extra:followup`` (a gold follow-up: the speaker's own next step),
``extra:contact`` (the opening line naming the contact), ``extra:part_of_gold`` (a clause
of a gold insight, cut where its author did not), ``extra:other`` (small talk,
tangents, logistics; read them with ``--show extra:other``).

Never run it on ``benchmarks/blind/`` nor on an author kept as an untouched check.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def words(text: str | None) -> list[str]:
    return re.findall(r"[a-z0-9]+", (text or "").lower())


def token_f1(a: str, b: str) -> float:
    ta, tb = words(a), words(b)
    if not ta or not tb:
        return 0.0
    common = Counter(ta) & Counter(tb)
    hit = sum(common.values())
    if not hit:
        return 0.0
    p, r = hit / len(tb), hit / len(ta)
    return 2 * p * r / (p + r)


def contained(part: str, whole: str) -> float:
    """The share of ``part``'s words that are in ``whole``."""
    tp = words(part)
    if not tp:
        return 0.0
    common = Counter(tp) & Counter(words(whole))
    return sum(common.values()) / len(tp)


def match(gold: list, pred: list) -> list[tuple[int, int]]:
    """The scorer's greedy one-to-one matching (indices), token F1 >= 0.5."""
    cands = sorted(
        (
            (token_f1(g["text"], p["text"]), i, j)
            for i, g in enumerate(gold)
            for j, p in enumerate(pred)
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for s, i, j in cands:
        if s < 0.5:
            break
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return pairs


def hits(gold: list[dict], pred: list[dict]) -> tuple[set[int], set[int]]:
    """Indices of matched gold and predicted insights (per category, the scorer's way)."""
    hg: set[int] = set()
    hp: set[int] = set()
    for c in {g["category"] for g in gold} | {p["category"] for p in pred}:
        gi = [i for i, g in enumerate(gold) if g["category"] == c]
        pi = [j for j, p in enumerate(pred) if p["category"] == c]
        for a, b in match([gold[i] for i in gi], [pred[j] for j in pi]):
            hg.add(gi[a])
            hp.add(pi[b])
    return hg, hp


def run(record: dict) -> tuple[list[dict], list[tuple[str, list[float]]]]:
    """The recap's predicted insights and every candidate's text and probabilities."""
    from datetime import datetime

    import numpy as np

    from debrief.extract.insight_segment import clause_spans
    from debrief.extract.insight_sentences import sentence_spans
    from debrief.extract.insights import InsightRun
    from debrief.extract.pipeline import extract_doc, load_nlp

    doc = extract_doc(record["text"], datetime.fromisoformat(record["recorded_at"]))
    pred = [{"category": i.category, "text": i.text} for i in doc._.insights or []]
    pipe = load_nlp().get_pipe("debrief_insights_v3")
    contact = doc._.contact
    name = getattr(contact, "name", None)
    first = name.split()[0].lower() if name and name.split() else None
    r = InsightRun(pipe, doc, first)  # type: ignore[arg-type]
    sents = sentence_spans(doc)
    r.score(sents)
    cands = []
    for s, e in sents:
        for span in dict.fromkeys([(s, e), *clause_spans(doc, s, e)]):
            cands.append((doc[span[0] : span[1]].text, np.asarray(r.proba[span]).tolist()))
    return pred, cands


def classify(record: dict, pred: list[dict], cands: list) -> list[tuple[str, str]]:
    """(kind, text) for every insight error of one recap."""
    from debrief.extract.insight_model import LABELS

    gold = record["insights"]
    out: list[tuple[str, str]] = []
    hit_g, hit_p = hits(gold, pred)
    explained_p: set[int] = set()
    for i, g in enumerate(gold):
        if i in hit_g:
            continue
        others = [
            (token_f1(g["text"], p["text"]), j)
            for j, p in enumerate(pred)
            if j not in hit_p and p["category"] != g["category"]
        ]
        best = max(others, default=(0.0, -1))
        same = [
            token_f1(g["text"], p["text"])
            for j, p in enumerate(pred)
            if p["category"] == g["category"]
        ]
        if best[0] >= 0.5:
            out.append((f"wrong:{g['category']}->{pred[best[1]]['category']}", g["text"]))
            explained_p.add(best[1])
        elif any(0 < f < 0.5 for f in same):
            out.append(("boundary", g["text"]))
            for j, p in enumerate(pred):
                if p["category"] == g["category"] and 0 < token_f1(g["text"], p["text"]) < 0.5:
                    explained_p.add(j)
        else:
            scored = [(token_f1(g["text"], t), t, p) for t, p in cands]
            f, _text, probs = max(scored, default=(0.0, "", []))
            if f < 0.5:
                out.append(("no_candidate", g["text"]))
            else:
                top = LABELS[max(range(len(probs)), key=probs.__getitem__)]
                pg = probs[LABELS.index(g["category"])]
                tag = "own" if top == g["category"] else top
                out.append((f"below:{tag}", f"{g['category']} p={pg:.2f} | {g['text']}"))
    followups = [f["text"] for f in record.get("follow_ups", [])]
    first_line = record["text"].split(".")[0]
    for j, p in enumerate(pred):
        if j in hit_p or j in explained_p:
            continue
        if any(token_f1(f, p["text"]) >= 0.5 for f in followups):
            kind = "extra:followup"
        elif token_f1(first_line, p["text"]) >= 0.5:
            kind = "extra:contact"
        elif max((contained(p["text"], g["text"]) for g in gold), default=0.0) >= 0.8:
            # a piece of a gold insight: the candidate cut it where its author did not
            kind = "extra:part_of_gold"
        else:
            kind = "extra:other"
        out.append((kind, f"{p['category']} | {p['text']}"))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--show", nargs="*", default=[], help="print the errors of these kinds")
    ap.add_argument("--save", type=Path, help="write every error as JSON lines")
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    gold_n = 0
    rows = []
    for path in args.files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            gold_n += len(rec["insights"])
            pred, cands = run(rec)
            for kind, text in classify(rec, pred, cands):
                counts[kind] += 1
                rows.append({"id": rec["id"], "kind": kind, "text": text})
                if any(kind.startswith(s) for s in args.show):
                    print(f"{rec['id']} {kind}: {text}")
    if args.save:
        args.save.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"gold insights {gold_n}")
    groups: Counter[str] = Counter()
    for k, n in counts.items():
        groups[k.split(":")[0]] += n
    for g, n in groups.most_common():
        print(f"{g:14} {n}")
        for k, m in counts.most_common():
            if k.split(":")[0] == g and ":" in k:
                print(f"    {k:36} {m}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
