"""A name Whisper spelt a second way is not a second person.

Whisper (tiny.en) writes a name it has never seen as it sounds, and not always the same way
twice in one recap: the contact's company is "Hencil Phelps" in the opening and "Hensel
Phelps promotes from within" later; the contact Mohamad is "send Mohamid the report" at the
end. The people rules compare candidates with the contact and the organisations found word
for word, so the second spelling passes as a new person. :func:`drop_respellings` drops a
person whose name is, within a letter or two, the contact's company or another organisation
found in the recap, or whose name holds a word one letter off a word of the contact's name
and otherwise none of its words, or only words of it ("Rashid Ambrose" beside the contact
"Rashida Ambrose"; but "Claire DuPont" beside the contact "Claire Dubois" is the contact-name
rules' business, and "Tuan Nguyen" beside the contact "Linh Nguyen" is a relative). Short
words are left alone ("Dana" and "Diana" are two people as often as one); a typed recap
rarely spells one name two ways, so it is barely touched.

A name said alone, in one word, is the contact's given name heard again when it is within two
letters of it and opens on the same two (:func:`respelt_given`): the contact Hana is "a thank
you note to Hannah tonight" at the end, Marcy is "send Marcia"; the speaker names the contact
by given name in the notes, and tiny.en spells that name anew. No development author labels
a person whose name is that close to the contact's (spoken42: none of 3,260 typed recaps).
Read against the contact as filed (``roles.py``, after the model's combination), not the
people stage's first guess.

It also drops a person with a word of letters and digits (:func:`mixed_word`): Whisper writes a
union's "Local 46" as "Local HE6", and the tagger reads that as a person; no name has a digit.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from debrief.models import Person
from debrief.names import company_key, person_key

#: Name words shorter than this are never taken for a misspelling of the contact's.
MIN_WORD = 5
#: Edits allowed between a one-word name and the contact's given name (:func:`respelt_given`).
GIVEN_EDITS = 2
#: A letter next to a digit inside a word.
_MIXED = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")

#: An organisation's name shorter than this (letters and spaces) is never compared.
MIN_ORG = 8


def _org_edits(key: str) -> int:
    """Edits allowed between a person's name and an organisation's: two for a long name
    ("hensel phelps" / "hencil phelps"), one for a shorter one."""
    return 2 if len(key) >= 12 else 1


def respelt_org(name: str, orgs: list[str]) -> bool:
    """Whether ``name`` is one of ``orgs`` spelt a little differently (not the same: an
    organisation named as written is the organisation rules' business)."""
    key = person_key(name)
    if len(key) < MIN_ORG:
        return False
    for org in orgs:
        other = company_key(org)
        if len(other) < MIN_ORG or other == key or len(other.split()) != len(key.split()):
            continue
        cutoff = _org_edits(other)
        if Levenshtein.distance(key, other, score_cutoff=cutoff) <= cutoff:
            return True
    return False


def _one_off(word: str, contact_words: set[str]) -> bool:
    """Whether ``word`` is one letter off a word of the contact's name (both long enough)."""
    return len(word) >= MIN_WORD and any(
        len(c) >= MIN_WORD and Levenshtein.distance(word, c, score_cutoff=1) == 1
        for c in contact_words
    )


def respelt_contact(name: str, contact_name: str | None) -> bool:
    """Whether ``name`` is the contact's name spelt again: a word one letter off a word of
    it and no word of it as written ("San Mohamid" beside "Mohamad El-Sawyad"), or every
    word of it as written or one letter off ("Rashid Ambrose" beside "Rashida Ambrose"; not
    "Tuan Nguyen" beside "Linh Nguyen")."""
    contact_words = set(person_key(contact_name).split()) if contact_name else set()
    words = person_key(name).split()
    if not contact_words or not words:
        return False
    off = [w for w in words if _one_off(w, contact_words)]
    if not off:
        return False
    if not contact_words & set(words):
        return True
    return all(w in contact_words or w in off for w in words)


def respelt_given(name: str, contact_name: str | None) -> bool:
    """Whether ``name``, one word, is the contact's given name spelt again: not as written,
    within ``GIVEN_EDITS`` letters of it, the first two letters the same ("Hannah" beside the
    contact "Hana Kobayashi", "Marcia" beside "Marcy"; not "Dana" beside "Diana")."""
    words = person_key(name).split()
    given = person_key(contact_name).split()[:1] if contact_name else []
    if len(words) != 1 or not given:
        return False
    word, first = words[0], given[0]
    return (
        word != first
        and min(len(word), len(first)) >= 3
        and word[:2] == first[:2]
        and Levenshtein.distance(word, first, score_cutoff=GIVEN_EDITS) <= GIVEN_EDITS
    )


def mixed_word(name: str) -> bool:
    """Whether a word of ``name`` runs letters and digits together ("HE6", "4th" is no name)."""
    return bool(_MIXED.search(name))


def drop_respellings(
    people: list[Person], orgs: list[str], contact_name: str | None
) -> list[Person]:
    """``people`` without those that are the contact (``contact_name``) or an organisation
    of the recap (``orgs``: every one named, the contact's own included) spelt a second way,
    or that have a word of letters and digits."""
    return [
        p
        for p in people
        if not respelt_org(p.name, orgs)
        and not respelt_contact(p.name, contact_name)
        and not mixed_word(p.name)
    ]
