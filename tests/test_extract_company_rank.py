"""The candidates of the contact-company ranker study (scripts/company_rank.py, "company26" in
docs/extraction-history.md): every organisation the recap offers, and none, each with one
feature row. On real spaCy docs; the recap is written for this file, not copied from a
labelled corpus.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from debrief.extract.pipeline import extract_doc
from debrief.extract.roles_spans import SPANS_KEY, Roles, model_roles
from debrief.names import company_key

# The ranker study's feature reader is a script (scripts/company_rank.py), not product code.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from company_rank import FEATURES, Candidate, candidates, features

_WHEN = datetime(2026, 12, 9, 17, 0)


def test_candidates_hold_none_and_the_organisations_said() -> None:
    doc = extract_doc(
        "Talked with Rosa Imbert, a buyer at Calloway Outfitters. She used to be at "
        "Pinegrove Foods. I will email her on Friday.",
        _WHEN,
    )
    spans = list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []
    final = Roles(doc._.contact, [], [])
    cands = candidates(doc, final, doc._.roles_rules, model_roles(doc), spans)
    assert cands[0] == Candidate(None, {"none"})
    keys = {company_key(c.name) for c in cands if c.name}
    assert {"calloway outfitters", "pinegrove foods"} <= keys
    rows = features(doc, cands, doc._.contact, spans)
    assert len(rows) == len(cands) and all(len(r) == len(FEATURES) for r in rows)
