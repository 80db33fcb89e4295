"""A place taken for the contact: the city the speaker is in or the hotel they sit in, said
before the person ("Little Rock. Okay, big one. Selamawit Tesfaye, she's ...", "alone in a
Minneapolis Hampton Inn. Whatever. Talked to Ingrid Solberg tonight", "billings montana monday
... talked to the woman from ...", "~25 min, Sioux Falls hotel").

The tagger reads a city or a hotel said alone as a person, and the opening's rules then file it
as the name or, in a typed note, as the company. A place is no person, and no employer unless
the recap places the contact at it ("she works at the Hampton Inn"). :func:`place_dropped`
clears such a name or company before the other settling rules run: the name goes to the
person said next as the contact (a tagged person after "to"/"with", or followed by ", she's"),
else to none, so that the later rules ("Her name is Amara", `contact_late`) may give it; the
company goes to none, so the rules that find one said beside the name may.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from debrief.extract.contact_late import name_starting_at
from debrief.extract.contact_title_first import first_said_at
from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import word_list
from debrief.extract.org_names import org_mentions
from debrief.extract.people_places import place_name
from debrief.models import Contact
from debrief.names_spelling import lexicon

#: how many sentences after the place the contact's name is looked for
_SENTS = 8
#: the words right before a name that say the call was with them ("talked to", "call with")
_WITH = {"to", "with"}
#: a pronoun right after "Name," that describes the named person ("Name, she's a ...")
_DESCRIBED = {"she", "he", "they"}


def placelike(text: str) -> bool:
    """Whether ``text`` names a place, not a person: a city, state or country
    (``places.txt``; one word that is a census given name, "Sydney", may be a person), a
    city and its state or country ("billings montana", where the first word is no census
    given name), or a lodging ("Hampton Inn", ``lodging_heads``)."""
    words = text.lower().split()
    if not words:
        return False
    if words[-1] in word_list("lodging_heads"):
        return True
    if place_name(text):
        # "Sydney", "Paris": a one-word place that is also a given name may be the person
        return len(words) > 1 or words[0] not in lexicon().given
    return (
        len(words) == 2
        and place_name(words[1])
        and words[0] not in lexicon().given
        and words[0].isalpha()
    )


def _person_after(doc: Doc, at: int) -> str | None:
    """The first person said as the contact in the sentences after token ``at``: capitalised
    words read as a name (`contact_late`'s test) after "to"/"with" ("Talked to Ingrid
    Solberg"), or opening a sentence and followed by ", she's" ("Selamawit Tesfaye, she's")."""
    low = lowers(doc)
    for sent in [s for s in doc.sents if s.start > at][:_SENTS]:
        for k in range(sent.start, sent.end):
            after = k > sent.start and low[k - 1] in _WITH
            if not after and k != sent.start:
                continue
            found = name_starting_at(doc, k, sent.end)
            if after and found is None:
                # "Talked to Ingrid Solberg tonight": the tagger's person, where a word follows
                found = next(
                    ((e.start, e.end) for e in doc.ents if e.start == k and e.label_ == "PERSON"),
                    None,
                )
            if found is None:
                continue
            s, e = found
            described = e + 1 < sent.end and low[e] == "," and low[e + 1] in _DESCRIBED
            if (after or described) and not placelike(doc[s:e].text):
                return doc[s:e].text
    return None


def _placed_at(doc: Doc, text: str) -> bool:
    """The recap says someone is at the place as at a workplace: "at/for (the) <place>"
    ("works at the Hampton Inn"); "in <place>" is where someone is, not whom for."""
    low = lowers(doc)
    words = text.lower().split()
    n = len(words)
    for i in range(1, len(low) - n + 1):
        if low[i : i + n] == words:
            k = i - 1
            if low[k] == "the" and k > 0:
                k -= 1
            if low[k] in {"at", "for"}:
                return True
    return False


def _org_beside(doc: Doc, name: str | None) -> str | None:
    """The first organisation (the rules' mentions, else the tagger's ORG) said after the
    contact's name in its sentence ("Aroha Ngata, regional HR mgr, Sunward Hotels (...)"),
    not itself a place."""
    at = first_said_at(doc, name) if name else None
    if at is None:
        return None
    end = doc[at].sent.end
    found = [(m.start, str(m.name)) for m in org_mentions(doc)]
    found += [(e.start, e.text) for e in doc.ents if e.label_ == "ORG"]
    for start, org in sorted(found):
        if at < start < end and not placelike(org):
            return org
    return None


def place_dropped(doc: Doc, contact: Contact) -> Contact:
    """``contact`` without a place taken for its name or company (module doc)."""
    if contact.company and place_name(contact.company) and not _placed_at(doc, contact.company):
        contact = replace(contact, company=_org_beside(doc, contact.name))
    if not contact.name or not placelike(contact.name):
        return contact
    at = first_said_at(doc, contact.name)
    found = _person_after(doc, at) if at is not None else None
    contact = replace(contact, name=found)
    said = first_said_at(doc, found) if found else None
    if said is not None and contact.company is not None:
        # the company read from the place's opening ("Valentine's, ... Hampton Inn"), where
        # the person's own sentence places them at another ("she's ... at BCD Travel")
        sent = doc[said].sent
        if contact.company.lower() not in sent.text.lower():
            contact = replace(contact, company=_org_beside(doc, found) or contact.company)
    return contact
