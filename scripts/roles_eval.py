#!/usr/bin/env python3
"""Measure the rules, the roles model and their combinations on labelled recaps.

    .venv/bin/python scripts/roles_eval.py [--model DIR] [--out DIR] FILE.jsonl [...]

Runs the extraction pipeline once per recap (the rules and the model both run), then writes
one prediction file per variant (``OUT/<variant>.jsonl``, the ``debrief extract --jsonl``
shape) and scores each with ``../shared/tools/score_extraction.py --cmd "cat FILE"``, printing
name, title and company accuracy and people and companies F1 per variant. Use it on the
held-out training files (recaps-{a,b}-06..09) and the dev set; never on benchmarks/blind/.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.shared import shared_file  # noqa: E402

SCORER = (
    shared_file("tools", "score_extraction.py")
    or ROOT.parent / "shared" / "tools" / "score_extraction.py"
)

#: every field from the rules: what each variant changes is set over this
ALL_RULES = dict.fromkeys(("name", "title", "company", "people", "relation", "companies"), "rules")
_CONTACT = ("rules", "model", "rules_else_model", "model_else_rules", "checked")

#: variant name -> policy. Each field is varied alone, the others kept at the rules.
VARIANTS: dict[str, dict[str, str]] = {
    "rules": {},
    "model": {
        "name": "model",
        "title": "model",
        "company": "model",
        "people": "model",
        "relation": "model",
        "companies": "model",
    },
}
for _how in _CONTACT[2:]:
    VARIANTS[f"contact={_how}"] = {"name": _how, "title": _how, "company": _how}
for _how in ("union", "intersection", "veto"):
    VARIANTS[f"people={_how}"] = {"people": _how}
    VARIANTS[f"companies={_how}"] = {"companies": _how}
VARIANTS["people=intersection_or_referral"] = {"people": "intersection_or_referral"}
VARIANTS["relation=model"] = {"relation": "model"}


def _shipped() -> dict[str, str]:
    from debrief.extract.roles import DEFAULT_POLICY

    return dict(DEFAULT_POLICY)


VARIANTS["combined (shipped)"] = _shipped()
VARIANTS["combined, companies=rules"] = {**_shipped(), "companies": "rules"}
VARIANTS["combined, companies=veto"] = {**_shipped(), "companies": "veto"}
# the contact's company: how far to trust the model over the rules (combine's company
# policies), with and without a veto of the model's company: "+person" (a form of address and
# a name, roles.addressed_person), "+rules" (the rules' organisation checks)
for _how in (
    "checked",
    "model_else_rules",
    "model_unless_introduced",
    "confident:0.9",
    "sure:0.9",
):
    for _veto in ("", "+person"):
        VARIANTS[f"company={_how}{_veto}"] = {
            **_shipped(),
            "company": _how,
            "company_veto": _veto[1:] or "none",
        }


# the title: the rules' where theirs is the model's said on ("longer"), no model title said
# in the contact's past where the rules have none ("past")
for _checks in ("", "longer", "past"):
    VARIANTS[f"title_checks={_checks or 'none'}"] = {**_shipped(), "title_checks": _checks}


def run(paths: list[Path], model: str | None, out: Path) -> list[str]:
    from debrief.extract import pipeline
    from debrief.extract.roles import Roles, combine, model_roles

    nlp = pipeline.load_nlp()
    if model:
        # a candidate model instead of the shipped one
        nlp.replace_pipe("debrief_roles_v1", "debrief_roles_v1", config={"model": model})
    tagger = nlp.get_pipe("debrief_roles_v1")
    files = {
        name: (out / f"{re.sub(r'[^a-z0-9_]+', '_', name)}.jsonl").open("w") for name in VARIANTS
    }
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            doc = pipeline.extract_doc(rec["text"], datetime.fromisoformat(rec["recorded_at"]))
            rules: Roles = doc._.roles_rules
            mine = model_roles(doc)
            base = pipeline.to_extraction(doc)
            probs: list[float | None] = []

            def prob(doc: Any = doc, probs: list[float | None] = probs) -> float | None:
                if not probs:  # one beam pass per recap, whichever variants ask
                    probs.append(tagger.org_probability(doc))
                return probs[0]

            for name, policy in VARIANTS.items():
                both = combine(doc, rules, mine, {**ALL_RULES, **policy}, tagger.rejected, prob)
                ex = base.to_dict()
                ex["contact"] = asdict(both.contact)
                ex["people_mentioned"] = [asdict(p) for p in both.people]
                ex["companies_mentioned"] = list(both.companies)
                files[name].write(json.dumps({"id": rec["id"], **ex}) + "\n")
    for fh in files.values():
        fh.close()
    return [fh.name for fh in files.values()]


def score(corpus: Path, preds: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, str(SCORER), str(corpus), "--cmd", f"cat {preds}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    got = {}
    for k in ("name", "title", "company"):
        # from the counts, to three places: one recap in 200 is 0.005
        m = re.search(rf"contact\.{k}\s+accuracy [0-9.]+ \((\d+)/(\d+)\)", out)
        got[k] = int(m.group(1)) / int(m.group(2)) if m and int(m.group(2)) else float("nan")
    for k in ("people", "companies"):
        m = re.search(rf"^{k}\s+P/R/F1 [0-9.]+/[0-9.]+/([0-9.]+)", out, re.M)
        got[k] = float(m.group(1)) if m else float("nan")
    m = re.search(r"relation accuracy ([0-9.]+)", out)
    got["relation"] = float(m.group(1)) if m else float("nan")
    return got


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", type=Path, nargs="+")
    ap.add_argument("--model", help="a trained roles ner directory (default: the shipped one)")
    ap.add_argument("--out", type=Path, help="where the prediction files go (default: a temp dir)")
    args = ap.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="roles_eval_"))
    out.mkdir(parents=True, exist_ok=True)
    # one corpus file holding all inputs, so the scorer sees the same records
    corpus = out / "gold.jsonl"
    corpus.write_text("".join(p.read_text(encoding="utf-8") for p in args.inputs))
    files = run([corpus], args.model, out)
    cols = ("name", "title", "company", "people", "relation", "companies")
    print(f"{'variant':<40}" + "".join(f"{c:>10}" for c in cols))
    for name, path in zip(VARIANTS, files, strict=True):
        got = score(corpus, path)
        print(f"{name:<40}" + "".join(f"{got[c]:>10.3f}" for c in cols))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
