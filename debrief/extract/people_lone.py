"""Small rules of debrief_people_v1 about a name said in one word: a first name completed
from the tagger's full name, a name right after a cue verb that opens a sentence, a given
name that acts as only a person does, whatever organisation guess its word fell into, a
second spelling the speaker doubts ("Brandon, or Brendan"), and a name said as the owner of a
double genitive ("a friend of Oksana's").

The people component's stages (people.py, people_gather.py, people_fold.py, people_orgs.py) call
them.
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein
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


def doubted_spelling(doc: Doc, s: int, e: int) -> bool:
    """ "the guy Brandon, or Brendan, from ...", "Dale, or Dave, Dale I think": one word said
    right after ", or" that differs from the name just before it by a letter or two (same
    first letter) is the speaker unsure how that name was said, not a second person ("email
    Priya, or Tom" names two)."""
    if e - s != 1 or s < 3 or doc[s - 1].lower_ != "or" or doc[s - 2].text != ",":
        return False
    before, word = doc[s - 3].text, doc[s].text
    return (
        is_cap(doc[s - 3])
        and before[:1] == word[:1]
        and before != word
        and Levenshtein.distance(before.lower(), word.lower()) <= 2
    )


def owned_by_given_name(doc: Doc, s: int, e: int) -> bool:
    """ "Darnell's people", "Sam's referral", "Marguerite's old unit": one capitalised word, a
    census given name, that owns the noun after it (the tagger's possessive "'s", not the
    "is" of "Pete's always") is someone the speaker knows, said by first name alone; a firm
    owns things too ("Boeing's culture"), hence the given-name test. "Guy's name is ..."
    announces the name that follows, not this one."""
    if e - s != 1 or e + 1 >= len(doc) or not is_cap(doc[s]):
        return False
    owned = doc[e + 1]
    if owned.pos_ == "ADJ" and e + 2 < len(doc):
        owned = doc[e + 2]  # "Marguerite's old unit"
    return (
        doc[e].tag_ == "POS"
        and owned.pos_ == "NOUN"
        and owned.lower_ != "name"
        and doc[s].lower_ in lexicon().given
    )


def of_possessor(doc: Doc, s: int, e: int) -> bool:
    """ "she's a friend of Oksana's", "an old classmate of Bogdan's from church": a name said
    between "<noun> of" and a closing "'s" (the double genitive) is one who has that friend or
    classmate, a person, whatever the tagger called the word (people27)."""
    return (
        s >= 2
        and e < len(doc)
        and doc[s - 1].lower_ == "of"
        and doc[s - 2].pos_ == "NOUN"
        and doc[e].lower_ in {"'s", "\u2019s"}
        and doc[e].tag_ == "POS"
    )
