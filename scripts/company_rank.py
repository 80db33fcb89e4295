"""The contact's company as a learned choice among every organisation the recap offers
(docs/extraction-history.md, "company26").

Candidates: the combined answer, the rules' company, the roles model's, the organisations
either side lists, the base model's ORG spans, the roles model's ORG spans, a capitalised run
after "at"/"for"/"from"/"with", and "none". Each is described from the whole recap (where it
is first said, how near the contact's name and title, the word before it, how often, the
entity label, casing, which side picked it) for ``scripts/company_ranker.py``, which fits a
conditional logit over them and cross-validates it by author. A study only: the pipeline does
not run it (filling a missing company with the ranker's pick lost the untouched pool).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from debrief.extract.casing import lower_doc
from debrief.extract.lexicon import load_lines
from debrief.extract.org_names import chunk_end, display_name
from debrief.names import company_key

#: Words before a mention whose kind is a feature of its own.
_BEFORE = ("at", "with", "for", "from", "of", "joined", "runs", "owns", "the", ",", ".")
#: Words that open a capitalised run taken as a candidate.
_OPENERS = {"at", "for", "from", "with", "joined"}
#: Past cues said within a few words before a mention.
_PAST = {"was", "were", "used", "former", "formerly", "previously", "left", "before", "ex"}
_LABELS = ("ORG", "GPE", "PERSON", "NORP", "PRODUCT", "FAC")
_CAP = 60.0

FEATURES: list[str] = [
    "none",
    "none_final",
    "none_rules",
    "none_model",
    "none_nomodelspan",
    "final",
    "rules",
    "model",
    "rules_list",
    "model_list",
    "model_span",
    "base_org",
    "cap_run",
    "unsaid",
    "first_pos",
    "first_sent",
    "log_count",
    "d_name",
    "no_name",
    "name_before",
    "d_title",
    "no_title",
    *(f"before_{w}" for w in _BEFORE),
    "after_s",
    "other_person_nearer",
    "past_near",
    *(f"ent_{x}" for x in _LABELS),
    "ent_none",
    "title_case",
    "lower",
    "acronym",
    "not_company",
    "words1",
    "words3",
    "in_name",
    "in_title",
]
_INDEX = {f: i for i, f in enumerate(FEATURES)}


@dataclass
class Candidate:
    """One organisation (or none) and what the recap says of it."""

    name: str | None
    sources: set[str] = field(default_factory=set)


@lru_cache(maxsize=1)
def _not_companies() -> frozenset[str]:
    return frozenset(company_key(w) for w in load_lines("not_companies.txt"))


def _mentions(doc: Doc, key: str, starts: list[int]) -> list[tuple[int, int]]:
    """Token (start, end) of each place ``key``'s words are said, case ignored."""
    words = key.split()
    if not words:
        return []
    pat = r"(?<![a-z0-9])" + r"[^a-z0-9]+".join(re.escape(w) for w in words) + r"(?![a-z0-9])"
    text = doc.text.lower()
    out = []
    for m in re.finditer(pat, text):
        s = bisect.bisect_right(starts, m.start()) - 1
        e = bisect.bisect_left(starts, m.end())
        out.append((max(s, 0), max(e, s + 1)))
    return out


def candidates(doc: Doc, final: Any, rules: Any, model: Any, spans: list[Any]) -> list[Candidate]:
    """The organisations the recap offers for the contact's company, each once, and none."""
    found: dict[str, Candidate] = {}

    def add(name: str | None, source: str) -> None:
        if not name or not company_key(name):
            return
        k = company_key(name)
        if k not in found:
            found[k] = Candidate(display_name(name).strip("()[]/- "))
        found[k].sources.add(source)

    add(final.contact.company, "final")
    add(rules.contact.company, "rules")
    add(model.contact.company, "model")
    for c in rules.companies:
        add(c, "rules_list")
    for c in model.companies:
        add(c, "model_list")
    for s in spans:
        if s.label_ in {"CONTACT_ORG", "ORG"}:
            add(s.text, "model_span")
    for ent in doc.ents:
        if ent.label_ == "ORG":
            add(ent.text, "base_org")
    low = lower_doc(doc)
    for t in doc:
        if t.lower_ not in _OPENERS or t.i + 1 >= len(doc):
            continue
        k = t.i + 1 + (doc[t.i + 1].lower_ == "the")
        if k < len(doc) and not low and doc[k].text[:1].isupper():
            e = chunk_end(doc, k, doc[k].sent.end)
            if e > k:
                add(doc[k:e].text, "cap_run")
    return [Candidate(None, {"none"}), *found.values()]


def features(doc: Doc, cands: list[Candidate], contact: Any, spans: list[Any]) -> list[list[float]]:
    """One feature row (in :data:`FEATURES` order) per candidate."""
    starts = [t.idx for t in doc]
    n = max(len(doc), 1)
    first_end = next(iter(doc.sents)).end if len(doc) else 0
    name_at = _mentions(doc, company_key(contact.name), starts) if contact.name else []
    title_at = _mentions(doc, company_key(contact.title), starts) if contact.title else []
    name_key = company_key(contact.name) if contact.name else ""
    title_key = company_key(contact.title) if contact.title else ""
    persons = [
        (e.start, e.end)
        for e in doc.ents
        if e.label_ == "PERSON" and company_key(e.text) not in name_key
    ]
    model_span = any(s.label_ == "CONTACT_ORG" for s in spans)
    rows = []
    for c in cands:
        x = [0.0] * len(FEATURES)

        def on(f: str, v: float = 1.0, x: list[float] = x) -> None:
            x[_INDEX[f]] = v

        for src in c.sources:
            if src in _INDEX:
                on(src)
        if c.name is None:
            on("none_final", float(contact.company is None))
            on("none_rules", float("rules" not in {s for d in cands for s in d.sources}))
            on("none_model", float("model" not in {s for d in cands for s in d.sources}))
            on("none_nomodelspan", float(not model_span))
            rows.append(x)
            continue
        key = company_key(c.name)
        at = _mentions(doc, key, starts)
        if not at:
            on("unsaid")
            rows.append(x)
            continue
        on("first_pos", at[0][0] / n)
        on("first_sent", float(at[0][0] < first_end))
        on("log_count", min(len(at), 6) / 3.0)
        if name_at:
            d, m = min(
                ((min(abs(s - ne), abs(ns - e)), (s, e)) for s, e in at for ns, ne in name_at),
                key=lambda p: p[0],
            )
            on("d_name", min(d, _CAP) / _CAP)
            on("name_before", float(name_at[0][0] < at[0][0]))
            near_person = any(min(abs(m[0] - pe), abs(ps - m[1])) < d for ps, pe in persons)
            on("other_person_nearer", float(near_person))
        else:
            on("no_name")
            m = at[0]
        if title_at:
            d = min(min(abs(s - te), abs(ts - e)) for s, e in at for ts, te in title_at)
            on("d_title", min(d, _CAP) / _CAP)
        else:
            on("no_title")
        s, e = m
        j = s - 1
        if j >= 0 and doc[j].lower_ == "the":
            j -= 1
        if j >= 0 and doc[j].lower_ in _BEFORE:
            on(f"before_{doc[j].lower_}")
        if j >= 0 and doc[j].lower_ == "the":
            on("before_the")
        on("after_s", float(e < len(doc) and doc[e].text in {"'s", "’s"}))
        on("past_near", float(any(t.lower_ in _PAST for t in doc[max(0, s - 6) : s])))
        labels = {t.ent_type_ for t in doc[s:e] if t.ent_type_}
        for lab in _LABELS:
            if lab in labels:
                on(f"ent_{lab}")
        if not labels:
            on("ent_none")
        text = doc[s:e].text
        on("title_case", float(all(w[:1].isupper() for w in text.split() if w[:1].isalpha())))
        on("lower", float(text == text.lower()))
        on("acronym", float(any(len(w) > 1 and w.isupper() for w in text.split())))
        on("not_company", float(key in _not_companies()))
        nw = len(key.split())
        on("words1", float(nw == 1))
        on("words3", float(nw >= 3))
        on("in_name", float(bool(name_key) and key in name_key))
        on("in_title", float(bool(title_key) and f" {key} " in f" {title_key} "))
        rows.append(x)
    return rows
