"""A public employer said right after the contact's title, where no company was found.

"Dan Ortiz, program coordinator with Dane County Parks", "a planner for Marion County", "a
ranger with Travis County Parks": a county, a city office, a parks department or an agency is
named after a place, so the base tagger reads it as one (GPE) and the roles model marks it a
second CONTACT_NAME; the rules skip a place after "with"/"for" ("moved to Pittsburgh"), and
company_titled reads only "at". Where the contact has a title and no company, the title said
in the recap, then "at"/"with"/"for"/"@" (and "the"), then a capitalised run (words joined by
"of", "and", "&") holding a civic head word (``[orgs] civic_heads`` of
``pipelines/contact_patterns.toml``: county, city, parks, department, office, agency, ...) is
the company. A title said in the past ("was a planner for") is not read, nor a run that is the
contact's name or a person's. The study is in docs/extraction-history.md, "company30".
"""

from __future__ import annotations

import functools
from dataclasses import replace

from spacy.tokens import Doc

from debrief.extract.company_placed import usable_company
from debrief.extract.lexicon import load_toml
from debrief.extract.roles_company import said
from debrief.models import Contact

#: Words between the title and the employer.
_PLACING = {"at", "with", "for", "@"}
#: Words that may stand inside the employer's name.
_JOINS = {"of", "and", "&"}
#: Words before the title that put it in the past.
_PAST = {"was", "were", "former", "formerly", "previously", "used", "ex", "retired"}
#: The longest name read.
_MOST = 7


@functools.cache
def _civic_heads() -> frozenset[str]:
    return frozenset(load_toml("contact_patterns.toml")["orgs"]["civic_heads"])


def _run(doc: Doc, j: int) -> tuple[int, int] | None:
    """The capitalised run from token ``j`` (joined by "of", "and", "&"), as token bounds."""
    k = j
    while k < len(doc) and k - j < _MOST:
        tok = doc[k]
        capital = tok.is_alpha and tok.text[:1].isupper()
        joins = tok.lower_ in _JOINS and k + 1 < len(doc) and doc[k + 1].text[:1].isupper()
        if not (capital or joins):
            break
        k += 1
    return (j, k) if k > j else None


def civic_company(doc: Doc, contact: Contact) -> Contact:
    """The contact with the public employer said after their title as the company, where none
    was found (see the module docstring)."""
    if contact.company or not contact.title or not contact.name:
        return contact
    heads = _civic_heads()
    for span in said(doc, contact.title):
        before = {t.lower_ for t in doc[max(0, span.start - 4) : span.start]}
        if before & _PAST:
            continue
        j = span.end
        if j < len(doc) and doc[j].lower_ not in _PLACING:
            continue
        j += 1
        while j < len(doc) and doc[j].lower_ == "the":
            j += 1
        bounds = _run(doc, j)
        if bounds is None:
            continue
        run = doc[bounds[0] : bounds[1]]
        if run[0].lower_ in _JOINS or not any(t.lower_ in heads for t in run):
            continue
        if all(t.ent_type_ == "PERSON" for t in run if t.lower_ not in _JOINS):
            continue  # "with Rosa Parks"; "Austin Parks and Recreation" is tagged in part
        if usable_company(run.text, contact.name):
            return replace(contact, company=run.text)
    return contact
