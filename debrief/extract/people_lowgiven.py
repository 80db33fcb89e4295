"""A given name typed or transcribed in lower case, said where only a person fits.

Where capitals do not mark names (an all-lower-case transcript, or a recap typed with the
names in lower case: "renata said she could see me doing that", "rebecca hired him", "the
one thanh sent me to"), the tagger reads a lower-case first name as a common noun, an
adjective or even a verb, so neither the PERSON entity nor the proper-noun rules see it.
Two things together still tell a person: the word is a census given name
(:mod:`debrief.names_spelling`), and what is said of it is what only a person does (a
person's verb right after it, ``low_given_after`` of ``pipelines/people_cues.toml`` with the
strong ``after`` cues) or owns ("rebecca's team"). Words that are given names and ordinary
words alike ("will", "mark", "guy") are kept out by their tag (a modal, a verb's own word), by
a determiner or possessive before them ("the guy said"), and by the common nouns of the
people cues.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import PhraseSet, non_name_words
from debrief.extract.people_plain import SURNAME_SHARE
from debrief.names_spelling import lexicon

#: words before a lower-case word that make it a common noun phrase, not a name
_DETERMINERS = {"the", "a", "an", "my", "her", "his", "their", "our", "your", "this", "that", "its"}
#: what the tagger calls a word it cannot read as a noun or a name ("will" as a modal)
_NEVER_TAGS = {"MD", "PRP", "PRP$", "DT", "IN", "CC", "TO", "WP", "WDT", "WRB", "EX", "CD"}
#: a proper noun before makes the given name the last word of a longer name ("harbor lane")
_COMPOUND = {"PROPN"}
#: what the tagger calls a lower-case given name it does not read as a name
_MISREAD = {"NOUN", "ADJ"}
#: what a lower-case given name owns that makes it someone's ("rebecca's team")
_OWNED = {"NOUN"}
#: owned words that make the name a day's ("valentine's day", "new year's eve")
_DAY_NOUNS = {"day", "eve", "night", "weekend"}


def lower_given_name(
    doc: Doc, i: int, acts: PhraseSet, common: set[str], never: set[str], tagged: bool = False
) -> bool:
    """Whether ``doc[i]``, a lower-case word, is a person's first name: a census given name
    (not a common noun, a day or a stop word, no determiner before it) followed by a
    person's verb (``acts``: "renata said", "dwayne mentioned", "thanh sent me") or owning a
    noun ("priya's developers"). ``tagged``: the word is off the census but the tagger reads
    it as a PERSON ("kasia was calling me"); that stands for the census (people31)."""
    if not tagged and lowers(doc)[i] not in lexicon().given:
        return False  # the word first: asked of every word, and most are no given name
    tok = doc[i]
    if not _plain_given(tok, common, never, tagged):
        return False
    if i > 0 and (doc[i - 1].lower_ in _DETERMINERS or doc[i - 1].pos_ in _COMPOUND):
        # "the guy said"; "harbor lane says": the last word of a longer name, a firm's
        return False
    e = i + 1
    if acts.match_at(doc, e):
        return True
    # "luis finally sent the name": one adverb between the name and its verb
    if e + 1 < len(doc) and doc[e].tag_ == "RB" and acts.match_at(doc, e + 1):
        return True
    return (
        e + 1 < len(doc)
        and doc[e].tag_ == "POS"
        and doc[e + 1].pos_ in _OWNED
        and doc[e + 1].lower_ != "name"
        and doc[e + 1].lower_ not in _DAY_NOUNS
    )


def given_after_cue(doc: Doc, i: int, common: set[str], never: set[str]) -> bool:
    """Whether ``doc[i]``, a lower-case word right after a person cue ("talk to andre", "ask
    deshawn our shift lead"), is a given name the tagger misread: a census given name (see
    ``_plain_given``) tagged as a common noun or an adjective, with no noun after it that it
    would qualify ("talk to grant writers"). After a person cue in lower case the tagger's
    reading is no guide (it tags "andre" a noun, "deshawn" an adjective), the census is
    (people31)."""
    tok = doc[i]
    if tok.pos_ not in _MISREAD or not _plain_given(tok, common, never):
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or nxt.pos_ not in {"NOUN", "PROPN"}


def full_after_cue(doc: Doc, i: int, common: set[str], never: set[str]) -> bool:
    """Whether ``doc[i]`` and the word after it, in lower case right after a person cue ("talk
    to her coworker tobias wexley"), are a given name and a surname the tagger misread: a
    census given name tagged as a common noun or an adjective, then a lower-case surname of
    note (``SURNAME_SHARE``) that is no English word ("grant writers", "baker", "lead" are
    English, so "talk to grant writers" stays no person; people39)."""
    tok = doc[i]
    if i + 1 >= len(doc) or tok.pos_ not in _MISREAD or not _plain_given(tok, common, never):
        return False
    nxt = doc[i + 1].text
    return (
        nxt.islower()
        and nxt.isalpha()
        and nxt not in common
        and lexicon().surnames.get(nxt, 0.0) >= SURNAME_SHARE
        and nxt not in non_name_words()
    )


def _plain_given(tok: Token, common: set[str], never: set[str], tagged: bool = False) -> bool:
    """A lower-case word, three letters or more, that is a census given name (or, where
    ``tagged``, one the tagger reads as a PERSON) and not a stop word, a common noun of the
    people cues or a time word."""
    text = tok.text
    return (
        text.islower()
        and text.isalpha()
        and len(text) >= 3
        and not tok.is_stop
        and tok.tag_ not in _NEVER_TAGS
        and text not in common
        and text not in never
        and (tagged or text in lexicon().given)
    )
