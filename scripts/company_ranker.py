"""The contact-company ranker's study and weights (docs/extraction-history.md, "company26").

    PYTHONPATH=$PWD .venv/bin/python scripts/company_ranker.py collect OUT.jsonl
    PYTHONPATH=$PWD .venv/bin/python scripts/company_ranker.py cv OUT.jsonl
    PYTHONPATH=$PWD .venv/bin/python scripts/company_ranker.py fit OUT.jsonl

``collect`` runs the pipeline (without the insight and follow-up components, which the
contact does not read) over the development authors the roles model never trained on (p..s
and the later authors; never ``pipelines/check_only.txt``) and writes each recap's
candidates, their features and the gold company. ``cv`` prints the oracle and the
leave-one-author-out table; ``fit`` prints the weights and writes them to ``--out``. A study
(docs/extraction-history.md, "company26"): the pipeline reads no weights.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
TRAINING = ROOT / "pipelines" / "training"
AUTHORS = ["p", "q", "r", "s", "v", "w", "y", "z", "aa", "ac", "ae", "ag", "ai", "ak", "al", "am"]
L2 = 1e-2
VERBOSE = False
SUFFIXES = {"inc", "llc", "ltd", "corp", "corporation", "co", "company", "plc", "gmbh", "the"}


def norm(s: str | None) -> str:
    """The scorer's company key."""
    return " ".join(w for w in re.findall(r"[a-z0-9]+", (s or "").lower()) if w not in SUFFIXES)


def _check_only() -> list[str]:
    lines = (ROOT / "pipelines" / "check_only.txt").read_text().splitlines()
    return [x.strip() for x in lines if x.strip() and not x.startswith("#")]


def collect(out: Path) -> None:
    from company_rank import candidates, features

    from debrief.extract.pipeline import load_nlp
    from debrief.extract.roles_spans import SPANS_KEY, Roles, model_roles

    nlp = load_nlp()
    skip = {"debrief_insights_v3", "debrief_followups_v1"}
    banned = _check_only()
    with out.open("w") as fo:
        for a in AUTHORS:
            for f in sorted(TRAINING.glob(f"recaps-{a}-*.jsonl")):
                if any(fnmatch.fnmatch(f.name, g) for g in banned):
                    continue
                for line in f.open():
                    if not line.strip():
                        continue
                    r = json.loads(line)
                    doc = nlp.make_doc(r["text"])
                    for name, proc in nlp.pipeline:
                        if name not in skip:
                            doc = proc(doc)
                    rules = doc._.roles_rules
                    spans = list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []
                    final = Roles(doc._.contact, [], list(doc._.companies or []))
                    cands = candidates(doc, final, rules, model_roles(doc), spans)
                    rows = features(doc, cands, doc._.contact, spans)
                    rec = {
                        "author": a,
                        "id": r["id"],
                        "gold": (r.get("contact") or {}).get("company"),
                        "final": doc._.contact.company,
                        "names": [c.name for c in cands],
                        "sources": [sorted(c.sources) for c in cands],
                        "x": rows,
                    }
                    fo.write(json.dumps(rec) + "\n")
            print(a, file=sys.stderr, flush=True)


def load(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.open() if x.strip()]


def right(gold: str | None, pick: str | None) -> tuple[int, int]:
    """(correct, counted) as the scorer counts the contact's company."""
    if gold is None and pick is None:
        return 0, 0
    if gold is None or pick is None:
        return 0, 1
    return int(norm(gold) == norm(pick)), 1


def fit(
    recs: list[dict], l2: float | None = None, epochs: int = 300, lr: float = 0.5
) -> np.ndarray:
    """A conditional logit (softmax over each recap's candidates) by gradient descent."""
    l2 = L2 if l2 is None else l2
    data = []
    for r in recs:
        y = [i for i, n in enumerate(r["names"]) if _gold_is(r["gold"], n)]
        if not y:
            continue  # the gold is no candidate: nothing to learn from
        data.append((np.array(r["x"]), y[0]))
    d = len(recs[0]["x"][0])
    w = np.zeros(d)
    for _ in range(epochs):
        g = np.zeros(d)
        for x, y in data:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            g += x.T @ p - x[y]
        w -= lr * (g / len(data) + l2 * w)
    return w


def _gold_is(gold: str | None, name: str | None) -> bool:
    if gold is None or name is None:
        return gold is None and name is None
    return norm(gold) == norm(name)


def pick(r: dict, w: np.ndarray) -> tuple[str | None, float]:
    """The ranker's pick and its margin over the runner-up (softmax probability)."""
    s = np.array(r["x"]) @ w
    p = np.exp(s - s.max())
    p /= p.sum()
    i = int(np.argmax(p))
    return r["names"][i], float(p[i])


def _unsure(r: dict) -> bool:
    """Whether the rules' pick is unsure: the model does not pick it too."""
    for n, src in zip(r["names"], r["sources"], strict=True):
        if "final" in src or (n is None and r["final"] is None):
            return "model" not in src and not (n is None and "none" in src and _no_model(r))
    return True


def _no_model(r: dict) -> bool:
    return not any("model" in src for src in r["sources"])


def cv(recs: list[dict]) -> None:
    by = defaultdict(list)
    for r in recs:
        by[r["author"]].append(r)
    print("oracle: gold among candidates (gold=None counts 'none')")
    tot = [0, 0]
    for a, rs in by.items():
        hit = sum(any(_gold_is(r["gold"], n) for n in r["names"]) for r in rs)
        tot[0] += hit
        tot[1] += len(rs)
        print(f"  {a:3} {hit}/{len(rs)} = {hit / len(rs):.2f}")
    print(f"  all {tot[0]}/{tot[1]} = {tot[0] / tot[1]:.2f}")
    thresholds = (0.5, 0.7, 0.9)
    rows = {
        k: defaultdict(lambda: [0, 0])
        for k in ("rules", "ranker", *thresholds, "disagree", "fill", "fill.7")
    }
    weights = []
    for a in by:
        train = [r for r in recs if r["author"] != a]
        w = fit(train)
        weights.append(w)
        for r in by[a]:
            c, n = right(r["gold"], r["final"])
            rows["rules"][a][0] += c
            rows["rules"][a][1] += n
            p, conf = pick(r, w)
            if norm(p) != norm(r["final"]) and VERBOSE:
                ok = (
                    "+"
                    if _gold_is(r["gold"], p)
                    else "-"
                    if _gold_is(r["gold"], r["final"])
                    else "="
                )
                print(f"  {ok} {r['id']}: rules {r['final']!r} ranker {p!r} gold {r['gold']!r}")
            c, n = right(r["gold"], p)
            rows["ranker"][a][0] += c
            rows["ranker"][a][1] += n
            for t in thresholds:
                # the rules' pick stands unless the ranker is sure
                q = p if conf >= t else r["final"]
                c, n = right(r["gold"], q)
                rows[t][a][0] += c
                rows[t][a][1] += n
            # the rules are unsure: the combined pick is not the model's too
            q = p if _unsure(r) else r["final"]
            c, n = right(r["gold"], q)
            rows["disagree"][a][0] += c
            rows["disagree"][a][1] += n
            # the rules found none: the ranker's pick fills it (what ships)
            c, n = right(r["gold"], p if r["final"] is None else r["final"])
            rows["fill"][a][0] += c
            rows["fill"][a][1] += n
            c, n = right(r["gold"], p if r["final"] is None and conf >= 0.7 else r["final"])
            rows["fill.7"][a][0] += c
            rows["fill.7"][a][1] += n
    print("\nleave-one-author-out, contact company accuracy (scorer's count)")
    print("author " + " ".join(f"{k!s:>8}" for k in rows))
    for a in [*by, "ALL"]:
        cells = []
        for k in rows:
            if a == "ALL":
                c = sum(v[0] for v in rows[k].values())
                n = sum(v[1] for v in rows[k].values())
            else:
                c, n = rows[k][a]
            cells.append(f"{c / max(n, 1):8.3f}")
        print(f"{a:6} " + " ".join(cells))
    print(
        "\nmacro over authors: "
        + " ".join(
            f"{k}={np.mean([v[0] / max(v[1], 1) for v in rows[k].values()]):.3f}" for k in rows
        )
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["collect", "cv", "fit"])
    ap.add_argument("data", type=Path)
    ap.add_argument("--l2", type=float, default=1e-2)
    ap.add_argument("--out", default="/tmp/company_ranker.json", help="where fit writes weights")
    ap.add_argument("-v", action="store_true", help="print where the ranker differs")
    args = ap.parse_args()
    global L2, VERBOSE
    L2, VERBOSE = args.l2, args.v
    if args.cmd == "collect":
        collect(args.data)
        return
    recs = load(args.data)
    if args.cmd == "cv":
        cv(recs)
        return
    from company_rank import FEATURES

    w = fit(recs)
    out = {
        "features": "scripts/company_rank.py FEATURES",
        "weights": dict(zip(FEATURES, w.round(4).tolist(), strict=True)),
    }
    Path(args.out).write_text(json.dumps(out, indent=1) + "\n")
    for f, v in sorted(zip(FEATURES, w, strict=True), key=lambda p: -abs(p[1])):
        print(f"{f:22} {v:+.3f}")


if __name__ == "__main__":
    main()
