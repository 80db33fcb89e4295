"""A lone first name typed with a short parenthesis saying who the person is: "w/ Noor (night
supv)", "Set up by: Gus (union hall)", "vs. Obinna (Brellin)" (people46).

Typed notes name the people around a call by one word and put their role, team or firm in
a parenthesis after it, as they put it after an "@" (people_affiliated.py). No cue word
stands before the name, and the tagger often reads a lone name it does not know as a place
or an organisation, so no candidate was gathered: over the development authors three such
names of three authors (ae, al, am) were missed, while every lone capitalised word said so
that the labels do not file was the contact, a place ("Germany (...)"), or a firm the recap
names elsewhere -- which the caller's guards keep out.

Decided here (:func:`parened_name`): the word at ``i`` is one capitalised word (no
capitalised word before it: a longer name or a title is the tagger's, "Dr. Amsel (...)")
followed by "(" and one to four words (the first a letter's, no number or date: "Imani
(2019)") and ")"; a person's first name by the census (held more as a given name than as a
surname: not "Ford", "Jordan") or, off the census, no English word and no surname of note
(``people_subject.unlisted_given``: "Noor", "Obinna"); not tagged a date, a time, a
nationality, a product or a work. The tagger's place or organisation reading of the word is
no guide here. Whether an organisation, the contact or a place of the recap holds the word,
the caller asks (``people_gather.py``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.people_plain import name_word
from debrief.extract.people_subject import unlisted_given
from debrief.names_spelling import lexicon

#: the most words a parenthesis of who the person is holds ("charge nurse on days")
MAX_INSIDE = 4

#: the tagger's readings of a word that is no person here (a place's or a firm's are kept:
#: the tagger gives them to names it does not know)
_NOT_PERSON = frozenset(
    {"DATE", "TIME", "NORP", "LANGUAGE", "EVENT", "CARDINAL", "ORDINAL", "PRODUCT", "WORK_OF_ART"}
)


def _parenthesis(doc: Doc, i: int) -> bool:
    """Whether a parenthesis of one to ``MAX_INSIDE`` words opens right after ``doc[i]``, its
    first word a letter's ("(night supv)", not "(2019)" nor "(-)")."""
    if i + 3 >= len(doc) or doc[i + 1].text != "(" or not doc[i + 2].text[:1].isalpha():
        return False
    for k in range(i + 3, min(i + 3 + MAX_INSIDE, len(doc))):
        if doc[k].text.startswith(")"):  # the tokenizer keeps "):" one token
            return True
        if doc[k].text == "(":
            return False
    return False


def parened_name(doc: Doc, i: int, never: set[str]) -> bool:
    """Whether ``doc[i]`` is one capitalised first name typed before a parenthesis of who
    the person is (see the module); ``never`` are words no name is (weekdays, "today")."""
    if not _parenthesis(doc, i):
        return False
    tok = doc[i]
    if not tok.is_alpha or not tok.is_title or tok.lower_ in never:
        return False
    if tok.ent_type_ in _NOT_PERSON:
        return False
    if i > 0 and doc[i - 1].text[:1].isupper():
        return False  # "Dr. Amsel (...)", "Carol Baptiste (...)": left to the tagger
    low = tok.lower_
    lex = lexicon()
    if low in lex.given:
        return lex.given[low] > lex.surnames.get(low, 0.0)
    return unlisted_given(tok) and not name_word(low)
