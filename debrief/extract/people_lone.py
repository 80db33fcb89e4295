"""Small rules of debrief_people_v1 about a name said in one word: a first name completed
from the tagger's full name, a name right after a cue verb that opens a sentence, and a
given name that acts as only a person does, whatever organisation guess its word fell into.

people.py is at the module-length limit; these rules live here and people.py calls them.
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.casing import is_cap
from debrief.extract.lexicon import PhraseSet
from debrief.names_spelling import lexicon


def full_name(doc: Doc, first: str) -> str:
    """The tagger's PERSON name that starts with the word ``first`` ("Vince Palumbo" for
    "Vince"), every word capitalised, else ``first``."""
    for ent in doc.ents:
        if (
            ent.label_ == "PERSON"
            and 2 <= len(ent) <= 3
            and ent[0].text == first
            and all(is_cap(t) for t in ent)
        ):
            return ent.text
    return first


def name_after_verb(doc: Doc, start: int, k: int) -> bool:
    """ "Ask Renata how she'd feel", "Thank Bongani": a capitalised chunk opening on a cue
    verb the tagger reads as a verb (not a proper noun) may still hold a name at ``k``, past
    the verb; the verb's own tag says nothing about the word after it. Only a proper noun
    counts there ("Call Notes" is no name)."""
    return k > start and doc[k].tag_ in {"NNP", "NNPS"} and doc[k].ent_type_ in {"", "PERSON"}


def given_name_acting(doc: Doc, s: int, e: int, after: PhraseSet, weak: PhraseSet) -> bool:
    """ "Renata overheard that", "the one Heather set me up with": one capitalised word, a
    census given name, followed by what only a person does (a strong ``after`` cue, not one
    of the ``weak`` "is a" ones), is that person, even where the contact's organisation was
    guessed to be that word (an organisation neither overhears nor sets anyone up)."""
    if e - s != 1 or not is_cap(doc[s]) or weak.match_at(doc, e):
        return False
    return after.match_at(doc, e) > 0 and doc[s].lower_ in lexicon().given
