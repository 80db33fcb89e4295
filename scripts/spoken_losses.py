#!/usr/bin/env python3
"""Follow-ups and the contact: what extraction loses between a typed recap and its transcript.

    PYTHONPATH=. .venv/bin/python scripts/spoken_losses.py SPOKEN.jsonl ... [--show]

Each transcript's ``source_id`` names the typed recap it was spoken from (looked up in
``pipelines/training/*.jsonl``). Both are extracted in this process and scored field by field
with the scorer's matching (follow-ups one-to-one at token F1 >= 0.5; name and company exact
after normalising, title token F1 >= 0.5). Every SPOKEN-ONLY loss (right typed, wrong in the
transcript) is classified:

* ``recognition`` the words differ: the gold text of the transcript (re-aligned by
  ``build_spoken.py``) is not, word for word, the typed gold text (a misheard word, a
  misspelt name, a dropped word);
* ``structure`` the same words, punctuated, split or cased differently, and still lost.

A follow-up counts as lost when the typed recap found it and the transcript did not; a
spoken-only extra is a transcript follow-up matching no gold one, beyond the typed count.
Call minutes and people (by name; lost, or a relation lost) are compared the same way: right
typed, wrong in the transcript. Never run it on ``benchmarks/blind/`` nor on an author kept as
an untouched check.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

# The scorer's token F1 and one-to-one matching, and the typed sources of the transcripts:
# the insight scripts' own, so the three scripts measure alike.
from insight_errors import match, token_f1, words  # noqa: E402
from insight_spoken import spoken_pairs  # noqa: E402

COMPANY_SUFFIXES = {"inc", "llc", "ltd", "corp", "corporation", "co", "company", "plc", "gmbh"}


def contact_ok(field: str, gold: str | None, pred: str | None) -> bool | None:
    if gold is None and pred is None:
        return None
    if gold is None or pred is None:
        return False
    if field == "title":
        return token_f1(gold, pred) >= 0.5
    if field == "company":
        return [w for w in words(gold) if w not in COMPANY_SUFFIXES and w != "the"] == [
            w for w in words(pred) if w not in COMPANY_SUFFIXES and w != "the"
        ]
    return words(gold) == words(pred)


def extract(rec: dict) -> dict:
    from debrief.longtext import extract_text

    return extract_text(rec["text"], datetime.fromisoformat(rec["recorded_at"])).to_dict()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--show", action="store_true", help="print each spoken-only loss")
    args = ap.parse_args()
    kinds: Counter[str] = Counter()
    fu = {"typed": [0, 0, 0], "spoken": [0, 0, 0]}  # tp, fp, fn
    contact = {k: {"typed": [0, 0], "spoken": [0, 0]} for k in ("name", "title", "company")}
    n = 0
    minutes = [0, 0]  # typed right, of those lost when spoken
    for sp, src in spoken_pairs(args.files):
        n += 1
        out = {"typed": extract(src), "spoken": extract(sp)}
        recs = {"typed": src, "spoken": sp}
        hits = {}
        for side in ("typed", "spoken"):
            gold = [f["text"] for f in recs[side]["follow_ups"]]
            pred = [f["text"] for f in out[side]["follow_ups"]]
            m = dict(match([{"text": t} for t in gold], [{"text": t} for t in pred]))
            hits[side] = m
            fu[side][0] += len(m)
            fu[side][1] += len(pred) - len(m)
            fu[side][2] += len(gold) - len(m)
        tgold = [f["text"] for f in src["follow_ups"]]
        for i, g in enumerate(sp["follow_ups"]):
            if i in hits["spoken"]:
                continue
            near = max(((token_f1(g["text"], t), k) for k, t in enumerate(tgold)), default=(0, -1))
            if near[0] < 0.5 or near[1] not in hits["typed"]:
                continue
            same = words(g["text"]) == words(tgold[near[1]])
            kind = "follow-up lost: " + ("structure" if same else "recognition")
            kinds[kind] += 1
            if args.show:
                print(f"{sp['id']} {kind}: {g['text']!r}")
                for p in out["spoken"]["follow_ups"]:
                    if token_f1(g["text"], p["text"]) > 0.1:
                        print(f"      pred {p['text']!r} due {p.get('due')}")
        extra_t = len(out["typed"]["follow_ups"]) - len(hits["typed"])
        extra_s = len(out["spoken"]["follow_ups"]) - len(hits["spoken"])
        if extra_s > extra_t:
            kinds["follow-up extra (spoken only)"] += extra_s - extra_t
            if args.show:
                used = set(hits["spoken"].values())
                for j, p in enumerate(out["spoken"]["follow_ups"]):
                    if j not in used:
                        print(f"{sp['id']} extra: {p['text']!r}")
        mins = {side: out[side].get("call_minutes") for side in ("typed", "spoken")}
        if src.get("call_minutes") is not None and mins["typed"] == src["call_minutes"]:
            minutes[0] += 1
            if mins["spoken"] != sp.get("call_minutes"):
                minutes[1] += 1
                kinds["call minutes lost"] += 1
                if args.show:
                    print(
                        f"{sp['id']} call minutes lost: "
                        f"gold {src['call_minutes']} pred {mins['spoken']}"
                    )
        for g in sp["people_mentioned"]:
            rel = {}
            for side in ("typed", "spoken"):
                name = g["name"] if side == "spoken" else None
                if side == "typed":  # the typed label of the same person (same position)
                    i = sp["people_mentioned"].index(g)
                    name = src["people_mentioned"][i]["name"]
                hit = [p for p in out[side]["people_mentioned"] if words(p["name"]) == words(name)]
                rel[side] = hit[0].get("relation") if hit else "-missing-"
            if rel["typed"] != g.get("relation"):
                continue
            if rel["spoken"] == "-missing-":
                kinds["person lost"] += 1
            elif rel["spoken"] != g.get("relation"):
                kinds["person relation lost"] += 1
            else:
                continue
            if args.show:
                print(
                    f"{sp['id']} person {g['name']!r} {g.get('relation')}: spoken {rel['spoken']}"
                )
        for k in contact:
            oks = {}
            for side in ("typed", "spoken"):
                ok = contact_ok(k, recs[side]["contact"].get(k), out[side]["contact"].get(k))
                oks[side] = ok
                if ok is not None:
                    contact[k][side][0] += ok
                    contact[k][side][1] += 1
            if oks["typed"] and oks["spoken"] is False:
                tg, sg = src["contact"].get(k), sp["contact"].get(k)
                heard = " ".join(words(tg)) in " ".join(words(sp["text"]))
                kind = f"contact {k} lost: " + ("structure" if heard else "recognition")
                kinds[kind] += 1
                if args.show:
                    pred = out["spoken"]["contact"].get(k)
                    print(f"{sp['id']} {kind}: gold {sg!r} pred {pred!r}")
    print(f"{n} transcripts with their typed source")
    for side in ("typed", "spoken"):
        tp, fp, fn = fu[side]
        p = tp / (tp + fp) if tp + fp else 0
        r = tp / (tp + fn) if tp + fn else 0
        f = 2 * p * r / (p + r) if p + r else 0
        print(f"follow-ups {side:<7} P {p:.3f} R {r:.3f} F1 {f:.3f}")
    for k, sides in contact.items():
        print(
            f"contact {k:<8}"
            + "  ".join(f"{s} {a}/{b} ({a / max(b, 1):.2f})" for s, (a, b) in sides.items())
        )
    print(f"call minutes typed right {minutes[0]}, of those lost when spoken {minutes[1]}")
    for kind, c in sorted(kinds.items()):
        print(f"  {kind:<40}{c:>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
