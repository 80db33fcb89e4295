"""The contact's company cut at a spaced dash: the part of it that names the organisation.

Typed notes join a heading's fields with spaced dashes ("Subject: Name - Sr. PM, Brightleaf
Learning - 02/06 - 45 mins", "Who: Name, CSM - Catapult Sports", "SITREP - FEMA CALL",
"Product Owner, Nordwerk Robotics - Wrocław startup"), and the combined company runs over them
into a date, a duration, a place, or a title or label before the organisation. No labelled
company holds a spaced dash (the unspaced "Co-op", "HALO-6" are words of the name), so the
company is cut at each one and the first part that is no date or figure, no place and no
title or label word (``dash_labels`` of ``pipelines/word_lists.toml``, with the title heads)
is kept; where every part is one of those, the company stays as it was. The study is in
docs/extraction-history.md, "company45".
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from debrief.extract.lexicon import load_toml, title_head_words, word_list
from debrief.extract.roles_company import said

#: A dash typed with a space on each side: a field break, never inside a name.
_SPACED_DASH = re.compile(r"\s+[-\u2013\u2014]\s+")
#: The base model's tags for a place or a time: where or when, not the organisation.
_NOT_ORG = {"GPE", "LOC", "DATE", "TIME", "CARDINAL"}


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    cfg = load_toml("dates.toml")
    return frozenset(cfg["months"]) | frozenset(cfg["day_months"])


def _words(part: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w'&.]+", part) if w.strip(".")]


def _not_org(doc: Doc, part: str) -> bool:
    """Whether one dash-separated part of the company is a date, a figure, a place, or a
    title or label word ("02/06", "45 mins", "3rd Dec", "Wrocław", "CSM", "SITREP")."""
    words = [w.strip(".") for w in _words(part)]
    if not words or any(any(c.isdigit() for c in w) for w in words):
        return True
    if any(w in _months() for w in words):
        return True
    if all(w in title_head_words() or w in word_list("dash_labels") for w in words):
        return True
    for span in said(doc, part):
        alpha = [t for t in span if t.is_alpha]
        if alpha and all(t.ent_type_ in _NOT_ORG for t in alpha):
            return True
    return False


def dashed_company(doc: Doc, company: str | None) -> str | None:
    """The contact's company without the fields a spaced dash joins to it (see the module
    docstring): "Corvane Systems - 3rd Dec" -> "Corvane Systems", "CSM - Catapult Sports" ->
    "Catapult Sports"."""
    if not company or not _SPACED_DASH.search(company):
        return company
    parts = [p.strip() for p in _SPACED_DASH.split(company) if p.strip()]
    for part in parts:
        if not _not_org(doc, part):
            return part
    return company
