"""An organisation kept as the contact's name with no company kept: the model files it as the
contact's organisation, or the recap says it owning an organisation's part (company42,
docs/extraction-history.md, "company42: an organisation kept as the name is the company
(stop 41)").

Counted over the development authors, a company missing because its organisation was kept as
the name ("Sentrix", "Read Forward Baltimore", "DMG Mori") is the missing kind's one shape
shared by several authors. contact_orgname reads how the recap says the name (apposed to an
organisation noun, inside a longer organisation); the evidence here is the model's own: it
files the name (or its first words: "Read Forward" of "Read Forward Baltimore") as the
contact's organisation (its people and other organisations are no evidence: it lists
"Mehmet" among them), or the recap says the name owning an organisation's part ("DMG Mori's
training center": ``apposition_nouns`` and ``of_heads`` of ``[orgs]`` in
``pipelines/contact_patterns.toml``). A name with a census given name, a title word, a form
of address or an initial in it, or made as a person's
(:func:`~debrief.extract.contact_unperson.made_as_name`) and holding no acronym, is never so
read. The organisation is then the company and the contact the person the kept title is said
with, or no one.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from debrief.extract.contact_holder import holder_of_title
from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.contact_unperson import made_as_name
from debrief.extract.lexicon import honorific_words, title_head_words
from debrief.extract.roles_company import said
from debrief.models import Contact, Person
from debrief.names import company_key, person_key
from debrief.names_spelling import lexicon

#: words read past between "X's" and the organisation's part it owns ("'s main training center")
_BETWEEN = 2


@lru_cache(maxsize=1)
def _org_parts() -> frozenset[str]:
    orgs = contact_patterns()["orgs"]
    return frozenset(w.lower() for w in [*orgs["apposition_nouns"], *orgs["of_heads"]])


def _no_person(name: str) -> bool:
    """Words no person's name is made of: capitalised, none a census given name, a title
    word or a form of address, and not made as a person's name."""
    words = name.split()
    keys = person_key(name).split()
    if "\n" in name or "." in name:  # a line run on, an initial ("I. Right")
        return False
    # an acronym is no word of a person's name ("DMG Mori"), whatever else is made so
    acronym = any(len(w) > 1 and w.isupper() for w in words)
    if not words or not keys or (made_as_name(name) and not acronym):
        return False
    plain = set(keys) & (lexicon().given.keys() | title_head_words() | honorific_words())
    return not plain and all(w[:1].isupper() for w in words)


def _filed(name: str, answer: str | None) -> bool:
    """The model files ``name``, or its first words, as the contact's organisation."""
    key = company_key(name).split()
    words = company_key(answer).split() if answer else []
    return bool(words) and words == key[: len(words)]


def _owns_part(doc: Doc, name: str) -> bool:
    """The recap says ``name`` owning an organisation's part ("DMG Mori's training center")."""
    for span in said(doc, name):
        end = span.end
        if end >= len(doc) or doc[end].lower_ not in {"'s", "’s"}:
            continue
        after = doc[end + 1 : end + 2 + _BETWEEN]
        if any(t.lower_ in _org_parts() for t in after if t.is_alpha):
            return True
    return False


def name_as_company(
    doc: Doc,
    contact: Contact,
    answer: str | None,
    spans: list[Span],
    people: list[Person],
) -> Contact:
    """``contact`` with the organisation kept as its name made its company, where it has none
    and ``answer`` (the model's company of the contact) or the recap say the name as an
    organisation (module doc); unchanged otherwise."""
    name = contact.name
    if contact.company or not name or not _no_person(name):
        return contact
    if not (_filed(name, answer) or _owns_part(doc, name)):
        return contact
    return replace(contact, name=holder_of_title(doc, contact, spans, people), company=name)
