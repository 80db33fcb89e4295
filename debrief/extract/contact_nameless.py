"""Where no name is kept, the person said right beside the kept title.

Counted over every development author at stop 40 (docs/extraction-history.md, "contact43"), a
contact's name never found is the name error the most authors show (12). In most of those the
title is kept and the person is in the answer already, in the wrong field: filed among the
people mentioned ("the PM ..., Reggie Lautenbach") or among the organisations ("Deepa from
Tandem Health, product manager", "Call with a UX researcher, ..., Ines, at ..."). So this
decides from the answer and where the recap says its parts, not from a phrase: with no name
kept and a title kept, the person said nearest the title, within :data:`_NEAR` words, is the
contact, of the people the rules filed (not a referral) or the organisations they filed that
are made as a person's name by their words alone (``contact_unperson``'s test: a census given
name first, or two or three capitalised words none of them English). Not the base model's
person tag for an organisation: it tags "Navan" and "McKinsey", said beside the title, a
person (contact43: two organisations taken for the name, and one untouched recap lost). The
company that was the person is none. A recap that says the speaker never got the name keeps
none where the person taken is the go-between (``contact_holder.unnamed_contact`` runs after
this), and a person said as who set the call up or introduced the speaker is never taken, nor
a name said after "at" (a firm named as a person: "Edward Jones" of the dev corpus).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from debrief.extract.contact_holder import said_as_go_between
from debrief.extract.contact_unperson import a_person, mentions, person_words, said_gap
from debrief.models import Contact, Person

#: Words before an organisation's name that no person's name is said after ("at Edward
#: Jones"); not "for", which a nickname's full form follows ("goes by lou, short for louisa").
_PLACES = {"at"}

#: How many words from the kept title the person must be said: beside it, or with the
#: organisation between ("the PM at Ridgeback Federal Services, <Name>").
_NEAR = 8


def named_by_title(
    doc: Doc, contact: Contact, people: list[Person], companies: list[str]
) -> Contact:
    """``contact`` with the person said nearest its title where it has no name (module doc);
    unchanged otherwise."""
    if contact.name or not contact.title:
        return contact
    filed = [c for c in [*companies, contact.company] if c and person_words(c)]
    cands = [p.name for p in people if p.relation != "referral" and a_person(doc, p.name)]
    best: tuple[int, str] | None = None
    for text in cands + filed:
        if said_as_go_between(doc, text):  # "She was introduced by Ramona from Cigna"
            continue
        if _placed(doc, text):  # "a branch advisor at Raymond James": a firm named as a person
            continue
        gap = said_gap(doc, text, contact.title)
        if gap is not None and gap <= _NEAR and (best is None or gap < best[0]):
            best = (gap, text)
    if best is None:
        return contact
    company = None if contact.company == best[1] else contact.company
    return replace(contact, name=best[1], company=company)


def _placed(doc: Doc, text: str) -> bool:
    """Whether ``text`` is said right after "at" anywhere: where one works, a firm named after
    a person ("Raymond James"), never the person talked with."""
    return any(i > 0 and doc[i - 1].lower_ in _PLACES for i, _ in mentions(doc, text))
