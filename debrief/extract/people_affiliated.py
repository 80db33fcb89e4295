"""A name typed with the organisation the person is at: "Marta @ genomiQa", "Tomasz @
Brightwater & Lane" (people34's shape, narrowed by people36).

Typed notes name the people around a call by one word and a typed "@" before their
organisation, with no cue word before it. The tagger often reads the word as a place or an
organisation, so no candidate was gathered. people34 took the spoken "from" too ("Brandon
from Mortenson", "Hollis from the DA's office"); over the 226 recaps of the development
authors (a..s included) that say a capitalised word before "from" or "@", that rule added
the two people of "@" and nothing else, and it cost an untouched author a person: after
"from" come places, teams and products as often as a person's organisation ("Notes from",
"Came from", "Coffee from Kenya"), and people35's verb rule finds the "from" names that act
("Hendricks from the city said"). The typed "@" is no word a sentence opens on: it ties a
name to an organisation only. Measured in docs/extraction-history.md, "people36: a lone
given name the whole recap reads as a person".

Decided here: whether the capitalised word at ``i`` is such a name (:func:`affiliated_name`):
said alone (no capitalised word before it in its sentence's run), followed by "@" and a
word; a census name word (``people_plain.name_word``) or no English word at all ("Tomasz",
not "Notes"); not tagged a date, time or nationality (a census given name's place reading
is no guide: "Marta @ genomiQa"). Whether an organisation of the recap or the contact holds
the word, the caller asks (``people_gather.py``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.lexicon import non_name_words
from debrief.extract.people_plain import name_word
from debrief.names_spelling import lexicon

#: the tagger's place readings
_PLACES = frozenset({"GPE", "LOC"})
#: the tagger's readings of a word that is no person here
_NOT_PERSON = frozenset(
    {"DATE", "TIME", "GPE", "LOC", "NORP", "LANGUAGE", "EVENT", "CARDINAL", "ORDINAL"}
)


def given(word: str) -> bool:
    """Whether ``word`` (lower case) is a census given name."""
    return word in lexicon().given


def affiliated_name(doc: Doc, i: int, never: set[str]) -> bool:
    """Whether ``doc[i]`` is one capitalised word typed as a person "@" an organisation (see
    the module); ``never`` are words no name is (weekdays, "today")."""
    if i + 2 >= len(doc):
        return False
    tok, nxt, place = doc[i], doc[i + 1], doc[i + 2]
    if nxt.text != "@" or not place.text[:1].isalnum():
        return False
    if not tok.is_alpha or not tok.text[0].isupper() or tok.text.isupper():
        return False
    if tok.lower_ in never:
        return False
    # the tagger's place reading of a census given name is no guide ("Marta @ genomiQa")
    if tok.ent_type_ in _NOT_PERSON and not (tok.ent_type_ in _PLACES and given(tok.lower_)):
        return False
    if i > 0 and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper():
        return False  # a word of a longer name ("Carol Baptiste @"), left to the tagger
    word = tok.lower_
    return name_word(word) or word not in non_name_words()
