"""Guards on a first name off the census list said alone (``people_subject.unlisted_given``).

A word the census does not list ("Priya", "Duc", "Oksana") said as a subject is a person
more often than not, but three other things stand there as well (people22's study in
``docs/extraction-history.md``):

- a typed heading before its colon ("Likes: his opinion shapes the product"): the parser
  makes the heading the subject of the clause after it, and "likes" is no lemma of the
  English index, only an inflected form of one;
- the firm the recap is about, when the contact's company was not found ("He said Kroll is
  a grind" after "Forensic accountant, Kroll, in their New York office"; "Nordfund takes
  the mandate seriously" after "the Nordfund intro"): the recap says the word elsewhere
  where only a firm stands (after "the" or "at", or right after a job title);
- a word of the contact's title or a word that ends an organisation's name or a title;
- an interjection the tagger reads as a proper noun ("Ugh, okay, I already forgot"), and a
  noun after a possessive or an article ("then did his Meister, then worked in ..."): a first
  name said alone follows neither.

Each guard reads words only, so it costs nothing in a recap with no such candidate.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc

from debrief.extract.contact_patterns import contact_patterns
from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import non_name_words, org_or_title_heads, title_heads

#: endings of an inflected English word whose stem the lemmatizer's index holds ("likes",
#: "dislikes", "notes", "wished", "pending"); a stem of three letters or more
_ENDINGS = ("s", "es", "d", "ed", "ing")
#: the words before a firm's name and never before a first name said alone ("the Nordfund
#: intro", "at Kroll", "joined Clause")
_FIRM_BEFORE = {"the", "a", "an", "at", "joined"}
#: the words before a noun that no first name said alone follows ("his Meister")
_OWNED_BEFORE = {"the", "a", "an", "his", "her", "my", "our", "their", "your", "its"}


@functools.cache
def _interjections() -> frozenset[str]:
    """The spoken interjections the tagger reads as proper nouns ("Ugh", "Welp"): the fillers
    of an opening heading (``[header] fillers`` of ``contact_patterns.toml``)."""
    fillers = contact_patterns()["header"]["fillers"]
    return frozenset(w for w in fillers if w.isalpha())


def inflected_word(low: str) -> bool:
    """Whether ``low`` (lower case) is an English word once an inflection is cut off
    ("likes" -> "like"): the tagger keeps a proper noun's form as its lemma, so a
    capitalised "Likes" never meets the lemma index by its lemma."""
    words = non_name_words()
    return any(
        low.endswith(end) and len(low) - len(end) >= 3 and low[: -len(end)] in words
        for end in _ENDINGS
    )


def heading_word(doc: Doc, i: int) -> bool:
    """A typed heading: the word right before a colon ("Likes:", "Team:")."""
    return i + 1 < len(doc) and doc[i + 1].text == ":"


def firm_elsewhere(doc: Doc, i: int) -> bool:
    """Whether the recap says the word of ``doc[i]`` elsewhere where a firm stands: after
    "the", "a", "at" or "joined", or right after a job title's head, with or without a
    comma ("senior investment manager, Nordfund in Oslo"; "Forensic accountant, Kroll")."""
    words = lowers(doc)
    key = words[i]
    titles = title_heads()
    for k, w in enumerate(words):
        if w != key or k == i or k == 0:
            continue
        before = words[k - 1]
        if before == "," and k >= 2:
            before = words[k - 2]
        if before in _FIRM_BEFORE or before in titles:
            return True
    return False


def unlisted_not_person(doc: Doc, i: int, title_words: set[str]) -> bool:
    """Whether a name off the census said alone as a subject at ``i`` is something else: a
    heading, an interjection, a noun after "his" or "the", an inflected English word, a word
    of the contact's title or one that ends an organisation's name or a title, or a word the
    recap says elsewhere as a firm."""
    low = doc[i].lower_
    return (
        heading_word(doc, i)
        or low in _interjections()
        or (i > 0 and lowers(doc)[i - 1] in _OWNED_BEFORE)
        or inflected_word(low)
        or low in title_words
        or low in org_or_title_heads()
        or firm_elsewhere(doc, i)
    )
