"""A name said with where the person comes from: "Hendricks from the city said to call him",
"Brandon from Mortenson knew her", "Marta @ genomiQa" (people34).

Speakers name the people around a call by one word and the place that person belongs to,
with no cue word before it: a first name or a surname, then "from" or a typed "@", then the
organisation, a team or a place of the speaker's own life ("from the hall", "from my old
job"). The tagger often reads the word as nothing or an organisation, so no candidate was
gathered and the lone-word rule of ``people_orgs.py`` dropped what was. Across the
development authors the shape names a person 30 times; the other words said before "from"
are a sentence's first verb or noun ("Came from", "Notes from", "Advice from"), dates and
places.

Decided here: whether the capitalised word at ``i`` is such a name (:func:`affiliated_name`):
said alone (no capitalised word before it in its sentence's run), followed by "from" or "@"
and then a determiner, a possessive or a capitalised word; a census name word
(``people_plain.name_word``) or no English word at all ("Tomasz", not "Notes"); not tagged
a date, time, place or nationality. Whether an organisation of the recap or the contact
holds the word, the caller asks (``people_gather.py``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.lexicon import non_name_words
from debrief.extract.people_plain import name_word
from debrief.names_spelling import lexicon

#: the words that tie a name to where the person comes from
_FROM = frozenset({"from", "@"})
#: what may open the place after "from": "the hall", "my old job", "our church"
_OPENERS = frozenset({"the", "my", "our", "his", "her", "their", "a"})
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
    """Whether ``doc[i]`` is one capitalised word said as a person "from" a place (see the
    module); ``never`` are words no name is (weekdays, "today")."""
    if i + 2 >= len(doc):
        return False
    tok, nxt, place = doc[i], doc[i + 1], doc[i + 2]
    if nxt.lower_ not in _FROM or not tok.is_alpha or not tok.text[0].isupper():
        return False
    if tok.text.isupper() or tok.lower_ in never:
        return False
    # the tagger's place reading of a census given name is no guide ("Marta @ genomiQa")
    if tok.ent_type_ in _NOT_PERSON and not (
        nxt.text == "@" and tok.ent_type_ in _PLACES and given(tok.lower_)
    ):
        return False
    typed_at = nxt.text == "@" and place.text[:1].isalnum()  # "Marta @ genomiQa"
    if not (typed_at or place.lower_ in _OPENERS or place.text[:1].isupper()):
        return False
    if i > 0 and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper():
        return False  # a word of a longer name ("Carol Baptiste from"), left to the tagger
    word = tok.lower_
    return name_word(word) or word not in non_name_words()
