"""People named after a military rank written as its abbreviation ("SFC (ret.) Pruitt",
"get packet to CPT Osei", "Ask Colonel Briggs and SGM Velasquez").

The tagger reads "SGM Velasquez" as an organisation or as nothing, so the people rules in
``people.py`` never see a person there. A rank abbreviation (``rank_abbreviations`` of
``pipelines/people_cues.toml``, matched capitalised as written) says a person follows; the
name is what follows it (past "(ret.)"), without the rank: writers who use these
abbreviations file the person by name ("Pruitt"), as a rank before a full name is no part of
it elsewhere ("Senior Chief Rob Dalton" is Rob Dalton).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from debrief.extract.doc_arrays import texts
from debrief.extract.org_names import org_mentions
from debrief.extract.orgs import is_acronym
from debrief.extract.people_cues import people_cues
from debrief.models import Person
from debrief.names import company_key, person_key

_CUES = people_cues()["context"]
RANKS = frozenset(_CUES["rank_abbreviations"])
RETIRED = frozenset(_CUES["rank_retired"])


def _name_after(doc: Doc, i: int) -> tuple[int, int] | None:
    """The name said after the rank at ``i``: one or two capitalised words, past "(ret.)";
    none past a full stop that ends the sentence ("not SFC. Gave her ...", people35)."""
    s = i + 1
    while s < len(doc) and doc[s].lower_ in RETIRED:
        # "not SFC. Gave her ...": a full stop ends the sentence unless it closes "ret."
        if doc[s].text == "." and doc[s - 1].lower_ != "ret":
            return None
        s += 1
    e = s
    while (
        e < len(doc)
        and e - s < 2
        and doc[e].is_alpha
        and doc[e].text[0].isupper()
        and not is_acronym(doc[e].text)
        and not doc[e].is_stop
        and doc[e].text not in RANKS
    ):
        e += 1
    return (s, e) if e > s else None


def rank_people(ext: Any, doc: Doc, people: list[Person]) -> list[Person]:
    """``people`` with everyone named after a rank abbreviation added (once, by name), and
    "SGM Velasquez" dropped from the organisations mentioned. ``ext`` is the
    ``PeopleExtractor``, whose referral and company rules decide the relation and company;
    the contact is never added."""
    known = {person_key(p.name) for p in people}
    known_words = {w for k in known for w in k.split()}
    contact = doc._.contact
    contact_words = set(person_key(contact.name).split()) if contact and contact.name else set()
    aliases = {a.lower() for a in (doc._.contact_aliases or [])}
    orgs = org_mentions(doc)
    added: list[Person] = []
    ranked: set[str] = set()
    # the text first: a Token only for a rank abbreviation, rare
    for tok in (doc[k] for k, text in enumerate(texts(doc)) if text in RANKS):
        span = _name_after(doc, tok.i)
        if span is None:
            continue
        s, e = span
        name = doc[s:e].text
        key = person_key(name)
        ranked.add(company_key(doc[tok.i : e].text))
        ranked.add(company_key(name))
        if not key or set(key.split()) & contact_words:
            continue
        if set(key.split()) & (ext.org_heads | ext.thing_words | ext.common_nouns):
            continue  # "MAJ Logistics Group", "SGT Program": an organisation, not a person
        if key in known or set(key.split()) <= known_words:
            continue
        known.add(key)
        known_words |= set(key.split())
        relation = "referral" if ext._referral(doc, s, aliases) else "mentioned"
        added.append(Person(name=name, company=ext._company(doc, s, e, orgs), relation=relation))
    if ranked and doc._.companies:
        doc._.companies = [c for c in doc._.companies if company_key(c) not in ranked]
    return people + added
