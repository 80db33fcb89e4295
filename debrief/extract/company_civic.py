"""A public employer said right after the contact's title, where no company was found.

"Dan Ortiz, program coordinator with Dane County Parks", "a planner for Marion County", "a
ranger with Travis County Parks": a county, a city office, a parks department or an agency is
named after a place, so the base tagger reads it as one (GPE) and the roles model marks it a
second CONTACT_NAME; the rules skip a place after "with"/"for" ("moved to Pittsburgh"), and
company_titled reads only "at". Where the contact has a title and no company, the title said
in the recap, then "at"/"with"/"for"/"@" (and "the"), then a capitalised run (words joined by
"of", "and", "&") holding a civic head word (``[orgs] civic_heads`` of
``pipelines/contact_patterns.toml``: county, city, parks, department, office, agency, ...) is
the company; in any case ("for harlan county", "at the state of Hawaii office of enterprise
technology services"), a run of words ending on its last civic head and holding a word that
is not only a description (``[lowercase] generic_words``: "at the county hospital" is none).
A title that ran on over the employer ("deputy director of emergency medical services for
harlan county") is read inside. A title said in the past ("was a planner for") is not read,
nor a run that is the contact's name or wholly a person's. The study is in
docs/extraction-history.md, "company30".
"""

from __future__ import annotations

import functools
from dataclasses import replace

from spacy.tokens import Doc, Span

from debrief.extract.company_placed import usable_company
from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.roles_company import said
from debrief.models import Contact

#: Words between the title and the employer.
_PLACING = {"at", "with", "for", "@"}
#: Words that may stand inside the employer's name.
_JOINS = {"of", "and", "&"}
#: Words before the title that put it in the past.
_PAST = {"was", "were", "former", "formerly", "previously", "used", "ex", "retired"}
#: The longest name read, capitalised and in any case.
_MOST = 7
_LONGEST = 9


@functools.cache
def _civic_heads() -> frozenset[str]:
    return frozenset(contact_patterns()["orgs"]["civic_heads"])


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


@functools.cache
def _generic() -> frozenset[str]:
    return frozenset(contact_patterns()["lowercase"]["generic_words"])


def _lower_run(doc: Doc, j: int, heads: frozenset[str]) -> tuple[int, int] | None:
    """A run from token ``j`` in any case ("harlan county", "the state of Hawaii office of
    enterprise technology services") ending on its last civic head word, holding a word that
    names (not only ``[lowercase] generic_words``: "the county health department" is none)."""
    last = -1
    k = j
    while k < len(doc) and k - j < _LONGEST:
        tok = doc[k]
        if not tok.is_alpha or tok.pos_ in {"VERB", "AUX", "PRON"}:
            break
        if tok.is_stop and tok.lower_ not in _JOINS:
            break
        if tok.lower_ in heads:
            last = k
        k += 1
    if last < j or doc[j].lower_ in _JOINS:
        return None
    words = {t.lower_ for t in doc[j : last + 1]} - _JOINS
    return (j, last + 1) if words - _generic() else None


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
        # after the title, or inside a title that ran on over it ("deputy director of
        # emergency medical services for harlan county")
        for j in [span.end, *range(span.start + 1, span.end)]:
            if j >= len(doc) or doc[j].lower_ not in _PLACING:
                continue
            found = _after(doc, j + 1, heads, contact.name)
            if found and (j == span.end or found.end >= span.end):
                return replace(contact, company=found.text)
    return contact


def _after(doc: Doc, j: int, heads: frozenset[str], name: str) -> Span | None:
    """The public employer said from token ``j`` (past "the"), capitalised or not."""
    while j < len(doc) and doc[j].lower_ == "the":
        j += 1
    for bounds in (_run(doc, j), _lower_run(doc, j, heads)):
        if bounds is None:
            continue
        run = doc[bounds[0] : bounds[1]]
        if run[0].lower_ in _JOINS or not any(t.lower_ in heads for t in run):
            continue
        if all(t.ent_type_ == "PERSON" for t in run if t.lower_ not in _JOINS):
            continue  # "with Rosa Parks"; "Austin Parks and Recreation" is tagged in part
        if usable_company(run.text, name):
            return run
    return None
