"""A given name said alone, in no person context, that the tagger reads as a PERSON.

``people_orgs._lone_or_noun`` drops a lone word tagged PERSON where no cue says it is a
person: most such words are firms, tools or places ("drive for Schneider", "tools like
Ironclad"). Those are no census given names; a lone capitalised word the tagger reads as a
PERSON and the census lists as a given name is someone the speaker knows, in whatever role
the sentence gives them ("give Rhonda my notice", "with Mike about the overtime", "daycare
for Bao", "a CRC like Thanh", "I made Gary a pie"). people21 and people23 took such names
only as the subject of a verb; the role is not what makes them people, the name is.

Not such a person: a feast day the census lists ("home for Easter"), the speaker addressed
by name in reported speech ("she said, Denise, you'll be bored"), or the contact by a short
form of their given name ("Benjamin Tran, Ben, ...", "Reggie, Reginald Thornbury"); an
event said by a name ("after Harvey everybody ..."), a firm of two names ("published by Lee
and Low"), or a name among things listed ("Skills: Stan, mixed models, and writing").
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from debrief.extract.casing import is_cap
from debrief.extract.lexicon import word_list
from debrief.names import person_key
from debrief.names_spelling import lexicon

# "give Rhonda my notice", "with Mike", "daycare for Bao": the name as what a verb or a
# preposition governs; a fragment "So Jasmine." or a heading is more often the contact
_OBJECT_ROLES = {"dobj", "dative", "pobj"}
_SECOND_PERSON = {"you", "your", "you're", "you'll", "yourself"}
# "after Harvey", "before Easter": a name said as a time is an event (a storm, a feast)
_TIME_PREPOSITIONS = {"after", "before", "since", "during", "until", "till"}


def tagged_given_name(doc: Doc, s: int, e: int, contact: Any) -> bool:
    """One capitalised word the tagger reads as a PERSON that is a census given name, and
    none of the exceptions of the module's docstring."""
    if e - s != 1:
        return False
    tok = doc[s]
    if not (tok.ent_type_ == "PERSON" and tok.dep_ in _OBJECT_ROLES and tok.text[:1].isupper()):
        return False
    name = getattr(contact, "name", None)
    if not name:
        return False  # the contact not named yet: a lone name may be the contact
    word = tok.lower_
    if word not in lexicon().given or word in word_list("feast_names"):
        return False
    return not (
        addressed(doc, s, e)
        or contact_short_form(word, name)
        or after_time_word(doc, s)
        or partners_firm(doc, s, e)
        or listed_with_things(doc, s, e)
    )


def addressed(doc: Doc, s: int, e: int) -> bool:
    """ "But she said, Denise, you'll be bored", "Don't get your hopes up, Denise.": a name set
    off by a comma, closing its sentence or followed by another comma, in a sentence that
    speaks to "you", is the one spoken to (the speaker), not someone mentioned."""
    sent = doc[s].sent
    if s == 0 or doc[s - 1].text != ",":
        return False
    closes = e >= sent.end or doc[e].text in {",", ".", "!", "?"}
    return closes and any(t.lower_ in _SECOND_PERSON for t in sent)


def contact_short_form(word: str, name: str | None) -> bool:
    """ "Ben" for Benjamin Tran, "Reggie" for Reginald: a lone given name that is a word of the
    contact's name, or shorter than one and opening on its first three letters, is the
    contact by a short name (a title such as "Dr." before the name is a word too short to
    count)."""
    return any(
        word == part or (3 <= len(word) < len(part) and word[:3] == part[:3])
        for part in person_key(name).split()
    )


def after_time_word(doc: Doc, s: int) -> bool:
    """ "after Harvey everybody there takes the mission seriously": a name said right after a
    preposition of time is an event, a storm or a feast, not a person."""
    return s > 0 and doc[s - 1].lower_ in _TIME_PREPOSITIONS


def partners_firm(doc: Doc, s: int, e: int) -> bool:
    """ "published by Lee and Low", "Ernst & Young": a name joined by "and"/"&" to a
    capitalised word that is no given name is a firm named after its partners."""
    if e + 1 < len(doc) and doc[e].lower_ in {"and", "&"}:
        other = doc[e + 1]
    elif s >= 2 and doc[s - 1].lower_ in {"and", "&"}:
        other = doc[s - 2]
    else:
        return False
    return is_cap(other) and other.text[0].isupper() and other.lower_ not in lexicon().given


def listed_with_things(doc: Doc, s: int, e: int) -> bool:
    """ "Skills: Stan, mixed models, and writing": a name next to a comma and a lower-case noun
    of a list is a thing listed (a tool, a language), not a person."""
    nxt = doc[e + 1] if e + 1 < len(doc) and doc[e].text == "," else None
    prev = doc[s - 2] if s >= 2 and doc[s - 1].text == "," else None
    return any(
        t is not None and t.is_lower and t.pos_ in {"NOUN", "ADJ"} and t.sent == doc[s].sent
        for t in (nxt, prev)
    )
