"""The roles model's answer read from its spans: who the model says the contact is, the
people it labels and the organisations (:func:`model_roles`), as a :class:`Roles`, the shape
:func:`debrief.extract.roles_combine.combine` weighs against the rules'
(:mod:`debrief.extract.roles` runs the model and puts the spans on
``doc.spans["debrief_roles"]``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.lexicon import word_list
from debrief.extract.orgs import display_name, merge_names
from debrief.models import Contact, Person
from debrief.names import person_key

SPANS_KEY = "debrief_roles"

_TITLES = ("dr. ", "dr ", "doctor ", "professor ", "prof. ", "mr. ", "ms. ", "mrs. ")


@dataclass
class Roles:
    """Contact, people and companies: one source's answer (the rules', the model's, or the
    combination)."""

    contact: Contact = field(default_factory=Contact)
    people: list[Person] = field(default_factory=list)
    companies: list[str] = field(default_factory=list)


def _name(span: Span) -> str:
    text = span.text.strip(" ,.'\"")
    low = text.lower()
    for prefix in _TITLES:
        if low.startswith(prefix) and len(text) > len(prefix):
            return text[len(prefix) :]
    return text


def _could_be_name(span: Span) -> bool:
    """Whether a CONTACT_NAME span of the model can be a name at all: not only forms of
    address or ranks ("Fr." of "Fr. Tomasz Wiśniewski", "Professor Emeritus"), not one
    acronym ("GIS" of "..., GIS analyst"). The model's next span then names the contact."""
    alpha = [t for t in span if t.is_alpha]
    if not alpha:
        return False
    address = _address_words()
    if all(t.lower_ in address for t in alpha):
        return False
    return not (len(alpha) == 1 and alpha[0].is_upper and len(alpha[0]) > 1)


@lru_cache(maxsize=1)
def _address_words() -> frozenset[str]:
    """Words a name is said after, never a name alone: the rules' ``[intro] skip`` words and
    ``contact_name_leading``."""
    skip = contact_patterns()["intro"]["skip"]
    words = {w.rstrip(".") for w in [*skip, *word_list("contact_name_leading")]}
    return frozenset(w for w in words if w.isalpha())


def model_roles(doc: Doc) -> Roles:
    """The model's answer alone, read from ``doc.spans["debrief_roles"]``: the first
    CONTACT_NAME; the CONTACT_TITLE and CONTACT_ORG nearest it; each person once (a referral if
    any mention is labelled so), the contact excepted; the organisations, contact's first."""
    spans = list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []
    by: dict[str, list[Span]] = {}
    for s in spans:
        by.setdefault(s.label_, []).append(s)
    names = [n for n in by.get("CONTACT_NAME", []) if _could_be_name(n)]
    anchor = names[0].start if names else 0

    def nearest(label: str) -> Span | None:
        found = by.get(label, [])
        return min(found, key=lambda s: abs(s.start - anchor)) if found else None

    title, org = nearest("CONTACT_TITLE"), nearest("CONTACT_ORG")
    contact = Contact(
        name=_name(names[0]) if names else None,
        title=title.text.strip(" ,.") if title is not None else None,
        company=display_name(org.text) if org is not None else None,
    )
    contact_keys = {person_key(contact.name)} | set(person_key(contact.name).split())
    people: dict[str, Person] = {}
    for s in spans:
        if s.label_ not in {"REFERRAL", "MENTIONED"}:
            continue
        name = _name(s)
        key = person_key(name)
        if not key or key in contact_keys:
            continue
        relation = s.label_.lower()
        if key not in people:
            people[key] = Person(name=name, relation=relation)
        elif relation == "referral":
            people[key].relation = "referral"
    orgs = [display_name(s.text) for s in spans if s.label_ in {"CONTACT_ORG", "ORG"}]
    return Roles(contact, list(people.values()), merge_names(orgs, contact.company))
