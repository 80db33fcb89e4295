"""A person the people rules held back as the contact, where the contact then went to another.

The people stage runs before the contact is final: it leaves out every name it reads as the
contact (``_named_otherwise``: the contact's span, names and their words), taking the contact
component's first guess for the contact. The roles stage may then settle on another person
(the model's name, the person the title is said with, no name at all), and the name held back
is lost: "she'll send my resume to Neil Ostrowski (practice lead)", "talk to her old boss
Lionel Baptiste at the state DOT", "the link Sunita sent" were each the first guess, and the
contact turned out to be someone else, so neither the contact nor a person mentioned named
them (people44: 7 of the development authors' missed people, on 6 authors).

The people stage (``PeopleExtractor._held``) judges those names again, as any other
candidate, with the first guess's name left out of the recap's facts (its company kept: the
organisation checks read it), and puts the ones judged people on the doc; :func:`restored`
(roles stage) files them once the contact is final, and only where the roles model also
reads the name as a person mentioned, the final contact has a name sharing no word with it,
the name is a full one (two words or more) and no organisation of the recap holds all its
words. Without those guards the first guesses that were no person ("Hampton Inn", "Professor
Emeritus"), the contact respelt ("Sakura Whitfield" for "Sakura Whitman") or the contact
under a given name came back as people (people44: 13 new false people on the development
authors).

This module is the roles stage's side and the key the two stages share; the judging is the
people extractor's own (it reads the extractor's gathering and checks), so it lives there and
this module imports nothing of the people stage (house56: the two imported each other).
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.roles_people import same_person
from debrief.extract.roles_spans import SPANS_KEY
from debrief.models import Contact, Person
from debrief.names import company_key, person_key

#: ``doc.user_data`` key of the people held back as the contact's first guess
HELD_KEY = "debrief_people_held"


def restored(
    doc: Doc, contact: Contact, people: list[Person], companies: list[str]
) -> list[Person]:
    """``people`` and, after them, the held-back people (``PeopleExtractor._held``) that are
    not the final ``contact``, not filed already and not a company of the recap."""
    held: list[Person] = doc.user_data.get(HELD_KEY) or []
    final = person_key(contact.name) if contact.name else None
    if not held or not final:
        # no name kept at all: the first guess was more often the contact, unnamed since
        return people
    firms = {company_key(c) for c in [*companies, contact.company or ""] if c}
    out = list(people)
    labelled = [s for s in doc.spans.get(SPANS_KEY, []) if s.label_ in {"REFERRAL", "MENTIONED"}]
    for p in held:
        key = person_key(p.name)
        if not key or same_person(key, final):
            continue
        if set(key.split()) & set(final.split()):
            continue  # "Sakura Whitfield" of the contact "Sakura Whitman": the contact respelt
        if any(same_person(key, person_key(q.name)) for q in out):
            continue
        if any(set(key.split()) <= set(f.split()) for f in firms):
            continue  # "Sohn Prüftechnik" of "Vogt & Sohn Prüftechnik": an organisation's words
        # the roles model reads them as a person mentioned too: a first guess it does not
        # ("Hampton Inn", "Professor Emeritus") was the contact rules' slip on no person
        if not any(same_person(key, person_key(s.text)) for s in labelled):
            continue
        if len(key.split()) < 2:
            # a given name alone held back ("Lola", "Sunita") is as often the contact's
            # own, said apart from the name kept, as another person: full names only
            continue
        out.append(p)
    return out
