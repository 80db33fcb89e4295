"""A first name said alone as the one doing something in the speaker's aside.

Speakers who know the people they mention call them by first name alone, with no cue word
before it: family and coworkers in asides ("Carol wants me to cover the market", "Hoa finally
fixed the sheeter", "Bao lost a tooth today", "Mai is calling, gotta go"). The tagger reads
the word as a person, an organisation or nothing, and the lone-word rule of
``people_orgs.py`` drops a lone word in no person context (it is more often a firm, a tool
or a place: "drive for Schneider", "tools like Ironclad"). people15 tried the subject role on
the tagger's PERSON reading alone and lost precision on the untouched authors (firms and
places the tagger calls PERSON: "Twitch hired her", "Lakeview hired him").

Here the word must be a census given name (:mod:`debrief.names_spelling`) as well as the
subject of a full verb that follows it: a firm, a tool or a place named as a subject is
seldom a census given name, and a given name tagged a date, a place or a nationality
("May", "Austin", "Georgia") is left out, as are the words of the organisations the recap
names ("Chase hired her" where Chase is a company found).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.extract.lexicon import lowers
from debrief.extract.people_places import place_name, place_prepositions
from debrief.names_spelling import lexicon

#: the tagger's readings that make a given name something else: a date, a place, a people
_NOT_PERSON_ENTS = {
    "DATE",
    "TIME",
    "GPE",
    "LOC",
    "FAC",
    "NORP",
    "LANGUAGE",
    "EVENT",
    "WORK_OF_ART",
    "LAW",
    "PRODUCT",
}
#: the subject of the verb, or the owner the tagger reads in "Renata's gonna kill me"
_SUBJECT_DEPS = {"nsubj", "poss"}
_NAME_TAGS = {"NNP", "NNPS"}
#: the tagger's readings of a place, anywhere in the recap
_PLACE_ENTS = {"GPE", "LOC", "FAC"}
#: ``doc.user_data`` key of :func:`_place_words`.
PLACE_WORDS = "debrief_place_words"


def given_name_subject(doc: Doc, i: int, common: set[str], never: set[str]) -> bool:
    """Whether ``doc[i]`` is a capitalised census given name said alone (no name word
    beside it) as the subject of a full verb after it ("Carol wants me to", "Hoa finally
    fixed", "Renata's gonna kill me"), not tagged a date, place or nationality. Whether an
    organisation of the recap holds the word, the caller asks (``people_gather.py``)."""
    tok = doc[i]
    if not _lone_given(tok, common, never):
        return False
    if _name_word(doc, i - 1) or _name_word(doc, i + 1):
        return False  # a word of a longer name ("Carol Baptiste", "Dean Carol")
    if _contracted_verb(doc, i):
        return True  # "Renata's gonna kill me": the "'s" is "is", the tagger read "gon" a noun
    head = tok.head
    return tok.dep_ in _SUBJECT_DEPS and head.pos_ == "VERB" and head.i > i and not _no_clause(head)


def _no_clause(verb: Token) -> bool:
    """A verb that makes no clause of its own: a past participle or a "not" with no
    auxiliary ("... and Gary not required", a Whisper mishearing the tagger parses as a
    clause; English negates a full verb only through an auxiliary)."""
    deps = {c.dep_ for c in verb.children}
    return not deps & {"aux", "auxpass"} and (verb.tag_ == "VBN" or "neg" in deps)


def _name_word(doc: Doc, k: int) -> bool:
    """A capitalised proper noun at ``k`` (an "ok" the tagger calls NNP is none)."""
    return 0 <= k < len(doc) and doc[k].tag_ in _NAME_TAGS and doc[k].text[:1].isupper()


def _contracted_verb(doc: Doc, i: int) -> bool:
    """ "Renata's gonna", "Duc's going to", "Mai's been calling": the "'s" after the name
    is "is" or "has" before a verb form, so the name is the verb's subject, whatever the
    tagger made of the "'s"."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "'s":
        return False
    nxt = doc[i + 2]
    return nxt.lower_ == "gon" or nxt.tag_ in {"VBG", "VBN"}


def _lone_given(tok: Token, common: set[str], never: set[str]) -> bool:
    """A capitalised word (first letter only), three letters or more, that the tagger
    reads as a proper noun and the census lists as a given name, and no common noun of
    the people cues, time word or reading as something other than a person."""
    text = tok.text
    return (
        len(text) >= 3
        and text.isalpha()
        and text[0].isupper()
        and text[1:].islower()
        and tok.tag_ == "NNP"
        and tok.ent_type_ not in _NOT_PERSON_ENTS
        and tok.lower_ not in common
        and tok.lower_ not in never
        and tok.lower_ in lexicon().given
    )


def said_as_place(doc: Doc, word: str) -> bool:
    """Whether the recap names ``word`` (lower case) as a place: a place of ``places.txt``
    ("Geneva"), or said anywhere after a place preposition ("moved to Austin", "in
    Austin") or tagged a place there. A city that is also a given name ("Austin",
    "Eugene") is a subject as often as a person is ("Austin keeps adding bus lines")."""
    return place_name(word) or word in _place_words(doc)


def _place_words(doc: Doc) -> frozenset[str]:
    """The lower-case words the recap tags a place or says after a place preposition, read
    in one pass and kept on ``doc.user_data``: :func:`said_as_place` is asked of every
    candidate name, and scanned the whole doc each time. Read again when the doc's length
    changed (a retokenised doc), as the per-doc helpers of ``lexicon.py`` are."""
    cached = doc.user_data.get(PLACE_WORDS)
    if cached is None or cached[0] != len(doc):
        preps = place_prepositions()
        lows = lowers(doc)
        words = frozenset(
            low
            for i, low in enumerate(lows)
            if (i > 0 and lows[i - 1] in preps) or doc[i].ent_type_ in _PLACE_ENTS
        )
        cached = (len(doc), words)
        doc.user_data[PLACE_WORDS] = cached
    return cached[1]
