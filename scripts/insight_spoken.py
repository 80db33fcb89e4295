#!/usr/bin/env python3
"""What the insight extractor loses between a typed recap and its spoken transcript.

    PYTHONPATH=. .venv/bin/python scripts/insight_spoken.py SPOKEN.jsonl ... [--show KIND ...]

Each transcript's ``source_id`` names the typed recap it was spoken from (looked up in
``pipelines/training/*.jsonl``). Both are extracted in this process; the report gives, per
category, typed and spoken F1 over the same recaps (the scorer's matching: one-to-one,
token F1 >= 0.5), then every SPOKEN-ONLY error: a gold insight of the transcript whose typed
counterpart (the typed gold insight of the same category closest in words) was found in the
typed recap but is missed in the transcript, under one kind:

* ``split`` the gold insight runs over two or more of the transcript's sentences (Whisper put
  a full stop inside it) and no prediction reaches it;
* ``merged`` a prediction of its category covers it and most of another gold insight;
* ``too_long`` a prediction of its category covers it with too many other words;
* ``too_short`` a prediction of its category is a part of it;
* ``category`` a prediction of another category matches it;
* ``dropped`` nothing of its category overlaps it;

and ``extra``: transcript predictions matching no gold insight, beyond the typed recap's count.

Never run it on ``benchmarks/blind/`` nor on an author kept as an untouched check.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from insight_errors import contained, hits, token_f1  # noqa: E402

from debrief.models import CATEGORIES  # noqa: E402


def typed_sources() -> dict[str, dict]:
    """Every labelled typed recap of ``pipelines/training`` by id."""
    out: dict[str, dict] = {}
    for path in sorted((ROOT / "pipelines" / "training").glob("recaps-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out[rec["id"]] = rec
    return out


def spoken_pairs(paths: Iterable[Path]) -> Iterator[tuple[dict, dict]]:
    """Each labelled transcript of ``paths`` with the typed recap it was spoken from (its
    ``source_id``); a transcript whose source is not in ``pipelines/training`` is skipped.
    The loop this script and ``spoken_losses.py`` share."""
    typed = typed_sources()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            sp = json.loads(line)
            src = typed.get(sp.get("source_id", ""))
            if src is not None:
                yield sp, src


def predict(record: dict) -> tuple[list[dict], list[tuple[int, int]], object]:
    """Predicted insights, the sentence spans and the Doc."""
    from debrief.extract.insight_sentences import sentence_spans
    from debrief.extract.pipeline import extract_doc

    doc = extract_doc(record["text"], datetime.fromisoformat(record["recorded_at"]))
    pred = [{"category": i.category, "text": i.text} for i in doc._.insights or []]
    return pred, sentence_spans(doc), doc


def n_sentences(doc: object, sents: list[tuple[int, int]], text: str) -> int:
    """How many of the transcript's sentences the gold text runs over."""
    start = doc.text.find(text)  # type: ignore[attr-defined]
    if start < 0:
        return 1
    end = start + len(text)
    n = 0
    for s, e in sents:
        a = doc[s].idx  # type: ignore[index]
        b = doc[e - 1].idx + len(doc[e - 1].text)  # type: ignore[index]
        if a < end and b > start and min(b, end) - max(a, start) > 3:
            n += 1
    return max(n, 1)


def kind_of(g: dict, gold: list[dict], pred: list[dict], doc: object, sents: list) -> str:
    text, cat = g["text"], g["category"]
    if any(p["category"] != cat and token_f1(text, p["text"]) >= 0.5 for p in pred):
        return "category"
    same = [p for p in pred if p["category"] == cat and contained(text, p["text"]) > 0]
    same = [
        p for p in same if contained(text, p["text"]) >= 0.3 or contained(p["text"], text) >= 0.5
    ]
    if not same:
        return "split" if n_sentences(doc, sents, text) > 1 else "dropped"
    if n_sentences(doc, sents, text) > 1:
        return "split"
    for p in same:
        if contained(text, p["text"]) >= 0.7:
            other = any(o is not g and contained(o["text"], p["text"]) >= 0.6 for o in gold)
            return "merged" if other else "too_long"
    return "too_short"


def extra_kind(p: dict, gold: list[dict], typed_gold: list[dict], hit: set[int]) -> str:
    """Why a transcript prediction matches no gold insight:

    * ``extra:label_lost`` it matches a typed gold insight of its category whose label the
      transcript lost (re-alignment drops a label below token F1 0.6: Whisper's words);
    * ``extra:fragment`` it is a piece of a gold insight (cut where the author did not);
    * ``extra:overlap`` it covers a gold insight with many other words (too long or merged);
    * ``extra:wrong_category`` it covers a gold insight of another category;
    * ``extra:other`` none of these: small talk, logistics, the speaker's plans.
    """
    text, cat = p["text"], p["category"]
    for t in typed_gold:
        if (
            t["category"] == cat
            and token_f1(t["text"], text) >= 0.5
            and not any(
                g["category"] == cat and token_f1(g["text"], t["text"]) >= 0.5 for g in gold
            )
        ):
            return "extra:label_lost"
    if any(contained(text, g["text"]) >= 0.8 for g in gold):
        return "extra:fragment"
    same = [g for g in gold if g["category"] == cat]
    if any(contained(g["text"], text) >= 0.7 for g in same):
        return "extra:overlap"
    if any(token_f1(g["text"], text) >= 0.5 for g in gold):
        return "extra:wrong_category"
    return "extra:other"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument(
        "--show", nargs="*", default=[], help="print the spoken-only errors of these kinds"
    )
    args = ap.parse_args()
    tp: dict[str, dict[str, Counter]] = {
        "typed": defaultdict(Counter),
        "spoken": defaultdict(Counter),
    }
    kinds: Counter[str] = Counter()
    kinds_cat: dict[str, Counter] = defaultdict(Counter)
    extra = Counter()
    n = 0
    for sp, src in spoken_pairs(args.files):
        n += 1
        rows = {}
        for name, rec in (("typed", src), ("spoken", sp)):
            pred, sents, doc = predict(rec)
            hg, hp = hits(rec["insights"], pred)
            rows[name] = (rec, pred, sents, doc, hg, hp)
            for i, g in enumerate(rec["insights"]):
                tp[name][g["category"]]["tp" if i in hg else "fn"] += 1
            for j, p in enumerate(pred):
                if j not in hp:
                    tp[name][p["category"]]["fp"] += 1
        trec, _tpred, _ts, _td, thg, thp = rows["typed"]
        srec, spred, ssents, sdoc, shg, shp = rows["spoken"]
        for i, g in enumerate(srec["insights"]):
            if i in shg:
                continue
            # its typed counterpart: same category, closest in words
            cands = [
                (token_f1(g["text"], t["text"]), k)
                for k, t in enumerate(trec["insights"])
                if t["category"] == g["category"]
            ]
            f, k = max(cands, default=(0.0, -1))
            if f < 0.5 or k not in thg:
                continue  # missed typed too: not a spoken loss
            kind = kind_of(g, srec["insights"], spred, sdoc, ssents)
            kinds[kind] += 1
            kinds_cat[g["category"]][kind] += 1
            if kind in args.show:
                near = [p for p in spred if contained(g["text"], p["text"]) > 0.3]
                print(f"{sp['id']} {kind} [{g['category']}] {g['text']!r}")
                for p in near:
                    print(f"      pred [{p['category']}] {p['text']!r}")
        extra["typed"] += len(rows["typed"][1]) - len(thp)
        for j, p in enumerate(spred):
            if j in shp:
                continue
            kind = extra_kind(p, srec["insights"], trec["insights"], shg)
            extra[kind] += 1
            if kind in args.show:
                print(f"{sp['id']} {kind} [{p['category']}] {p['text']!r}")
    print(f"{n} transcripts with their typed source")
    print(f"{'category':<16}{'typed F1':>9}{'spoken F1':>10}{'gold':>6}")
    macro = {"typed": [], "spoken": []}
    for c in CATEGORIES:
        row = []
        for name in ("typed", "spoken"):
            t = tp[name][c]
            p = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 0.0
            r = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 0.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            macro[name].append(f1)
            row.append(f1)
        gold_n = tp["spoken"][c]["tp"] + tp["spoken"][c]["fn"]
        print(f"{c:<16}{row[0]:>9.3f}{row[1]:>10.3f}{gold_n:>6}")
    print(f"{'macro':<16}{sum(macro['typed']) / 10:>9.3f}{sum(macro['spoken']) / 10:>10.3f}")
    print(f"\nspoken-only misses (typed counterpart found): {sum(kinds.values())}")
    for k, v in kinds.most_common():
        by = ", ".join(f"{c} {cnt[k]}" for c, cnt in sorted(kinds_cat.items()) if cnt[k])
        print(f"  {k:<10} {v:>4}   {by}")
    typed_extra = extra.pop("typed")
    print(f"extra predictions: typed {typed_extra}, spoken {sum(extra.values())}")
    for k, v in extra.most_common():
        print(f"  {k:<22} {v:>4}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
