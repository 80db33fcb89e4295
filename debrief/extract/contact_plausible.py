"""Whether the contact's name is a person and their company is not: the plausibility check
:func:`debrief.extract.roles_combine.combine` runs on the rules' contact before weighing it against
the model's, and on the combined contact after.

The base model sometimes reads a heading the other way round: in "Notes on Beatriz Almeida,
lead instructional designer, Coursera." it tags "Beatriz Almeida" ORG and "Coursera" PERSON,
so the rules file the name as the company and the company as the name, and the combination
then throws the model's (right) name away as "the rules' company". A swap needs evidence on
both sides (:func:`swapped`): the "name" looks like no person (no word of it in the census
name lists of the ``names`` package, or a well-known organisation, or an organisation's head
word or legal suffix) and the "company" looks like one (:func:`person_like`: a known given
name first, two or three words cased alike, no organisation word, no well-known
organisation). The census lists are evidence only, never a reason to reject a name alone:
most contacts' names they lack (accented, African, Asian names) are on the name side, where
missing from the lists proves nothing unless the company side looks like a person too.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span

from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.doc_arrays import doc_text
from debrief.extract.lexicon import load_lines, org_name_heads
from debrief.extract.orgs import display_name
from debrief.models import Contact
from debrief.names import LEGAL_SUFFIXES, company_key, person_key
from debrief.names_spelling import lexicon

#: labels of the roles model that mark a person
_PERSON_LABELS = {"CONTACT_NAME", "REFERRAL", "MENTIONED"}


@lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    """Organisations' head words ("University", "Health", "Robotics": ``[orgs] heads`` of the
    rules) and legal suffixes ("Inc", "LLC"), lower case."""
    heads = contact_patterns()["orgs"]["heads"]
    return frozenset({h.lower() for h in heads} | {s.lower() for s in LEGAL_SUFFIXES})


@lru_cache(maxsize=1)
def _known_orgs() -> frozenset[str]:
    return frozenset(company_key(n) for n in load_lines("org_casing.txt"))


def known_org(text: str) -> bool:
    """A well-known organisation (``pipelines/org_casing.txt``): "Morgan Stanley" and "Wells
    Fargo" are shaped like people."""
    return company_key(text) in _known_orgs()


def _org_worded(text: str) -> bool:
    return any(w in _org_words() for w in person_key(text).split())


def no_person(text: str) -> bool:
    """Evidence that ``text`` names no person: a well-known organisation, an organisation's
    head word or legal suffix in it, or no word of it a census given name or surname."""
    if known_org(text) or _org_worded(text):
        return True
    lex = lexicon()
    if not lex.given:  # no lists installed: no evidence either way
        return False
    return not any(lex.known(w) for w in person_key(text).split())


def person_like(text: str | None, min_words: int = 2) -> bool:
    """Evidence that ``text`` names a person: ``min_words`` to three alphabetic words cased
    alike (each capitalised, or all lower case as in a lower-case recap), the first a census
    given name, no organisation word, not a well-known organisation."""
    if not text:
        return False
    words = text.split()
    if not min_words <= len(words) <= 3 or not all(w.replace("-", "").isalpha() for w in words):
        return False
    lower = all(w.islower() for w in words)
    # "de" of "Anouk de Vries" is a particle, not a word of an organisation's name
    if not lower and not all(w[0].isupper() or w in {"de", "van", "von", "da"} for w in words):
        return False
    if known_org(text) or _org_worded(text):
        return False
    return words[0].lower() in lexicon().given


def name_shaped(text: str) -> bool:
    """Two or three capitalised alphabetic words ("Sofía Márquez", "Anouk de Vries"), none an
    organisation's word, not a well-known organisation: a person's name by its shape alone."""
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(w.replace("-", "").isalpha() for w in words):
        return False
    if not all(w[0].isupper() or w in {"de", "van", "von", "da"} for w in words):
        return False
    return not (known_org(text) or _org_worded(text))


#: labels of the roles model that mark an organisation
_ORG_LABELS = {"CONTACT_ORG", "ORG"}


def _marked(spans: list[Span], text: str, labels: set[str]) -> bool:
    """Whether the roles model marks ``text`` with one of ``labels``."""
    key = person_key(text)
    return any(s.label_ in labels and person_key(s.text) == key for s in spans)


def swapped(contact: Contact, spans: list[Span]) -> Contact:
    """The contact with name and company exchanged when the name looks like no person and
    the company like one (module doc), and the roles model (``spans``) reads them so too: it
    marks the "company" as a person and not the "name", or the "name" as an organisation and
    not the "company". ("Mackenson ... at Jackson Memorial": a name the lists lack and a
    hospital named after a person; the model marks the hospital an organisation.)"""
    name, company = contact.name, contact.company
    if not (name and company and no_person(name) and person_like(company)):
        return contact
    model_agrees = (
        _marked(spans, company, _PERSON_LABELS) and not _marked(spans, name, _PERSON_LABELS)
    ) or (_marked(spans, name, _ORG_LABELS) and not _marked(spans, company, _ORG_LABELS))
    return replace(contact, name=company, company=name) if model_agrees else contact


def unfiled_name(
    contact: Contact, spans: list[Span], other: str | None, orgs: list[Span] | None = None
) -> Contact:
    """The contact's name filed as their company ("Deepa from Tandem Health, product
    manager": no name, company "Deepa"): with no name, a company that looks like a person
    and that the model marks as a person too (the evidence a missing name cannot give)
    becomes the name, and ``other`` (the model's company) the company, if it is not the name.
    A name the census lists lack ("Hiroshi Tanabe from Kestrel Analytics") counts where the
    model also places the contact at another organisation (``orgs``, its CONTACT_ORG spans):
    then it has read both, the name and where they work."""
    company = contact.company
    if contact.name or not company or not _marked(spans, company, _PERSON_LABELS):
        return contact
    placed = any(person_key(s.text) != person_key(company) for s in orgs or [])
    if not person_like(company, min_words=1) and not (placed and name_shaped(company)):
        return contact
    keep = other if other and person_key(other) != person_key(company) else None
    return replace(contact, name=company, company=keep)


def org_filed_as_name(contact: Contact, spans: list[Span]) -> Contact:
    """The organisation filed as the contact's name, no company: the model's person (its
    CONTACT_NAME ``spans``) becomes the name and the organisation the company. Two shapes,
    each with its own evidence that the name is an organisation and the other a person:

    - the name holds an organisation's word or is a well-known organisation, and the model
      marks another name that looks like a person (:func:`person_like`): "Halden Robotics,
      Lena Vogt's team, she's the supply chain manager" (a name the census lists lack is no
      evidence here, where the other side is only the model's mark);
    - the name ends on a possessive ("Halvard Marine's safety manager, Björn Eriksson") or
      on an organisation's head word, and the model marks a later name of at most three
      capitalised words holding none of its words. (The base model's ORG tag is no
      evidence: it tags people's names so too.)"""
    name = contact.name
    if not name or contact.company:
        return contact
    if known_org(name) or _org_worded(name):
        for s in spans:
            text = s.text.strip(" ,.'\"")
            if (
                s.label_ == "CONTACT_NAME"
                and person_key(text) != person_key(name)
                and person_like(text)
            ):
                return replace(contact, name=text, company=name)
    owner = name[:-2] if name.endswith("'s") else name[:-1] if name.endswith("'") else None
    if owner is None and name.split()[-1].lower() not in org_name_heads():
        return contact
    org = owner or name
    seen = {w.lower() for w in org.split()}
    at = doc_text(spans[0].doc).find(org) if spans else -1
    for s in spans:
        if s.label_ != "CONTACT_NAME" or s.start_char <= at:
            continue
        toks = [t for t in s if not t.is_punct]
        person = 0 < len(toks) <= 3 and all(t.text[:1].isupper() for t in toks)
        if person and not seen & {t.lower_ for t in toks}:
            return replace(contact, name=s.text, company=display_name(org))
    return contact
