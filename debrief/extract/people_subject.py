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

from spacy.attrs import ENT_TYPE
from spacy.tokens import Doc, Token

from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import non_name_words, word_list
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
#: the readings that make even a name off every list no person: a date or a time
_TIMES = {"DATE", "TIME"}
#: the subject of the verb, or the owner the tagger reads in "Renata's gonna kill me"
_SUBJECT_DEPS = {"nsubj", "poss"}
_NAME_TAGS = {"NNP", "NNPS"}
#: the tagger's readings of a place, anywhere in the recap
_PLACE_ENTS = {"GPE", "LOC", "FAC"}
#: ``doc.user_data`` key of :func:`_place_words`.
PLACE_WORDS = "debrief_place_words"


def given_name_subject(
    doc: Doc,
    i: int,
    common: set[str],
    never: set[str],
    *,
    unlisted: bool = False,
    owners: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``doc[i]`` is a capitalised census given name said alone (no name word
    beside it) as the subject of a full verb after it ("Carol wants me to", "Hoa finally
    fixed", "Renata's gonna kill me"), not tagged a date, place or nationality. Whether an
    organisation of the recap holds the word, the caller asks (``people_gather.py``).
    With ``owners``, also the owner of one of those nouns ("Kasia's husband")."""
    tok = doc[i]
    if not _lone_given(tok, common, never, unlisted=unlisted):
        return False
    if _name_word(doc, i - 1) or _name_word(doc, i + 1):
        return False  # a word of a longer name ("Carol Baptiste", "Dean Carol")
    if _contracted_verb(doc, i):
        return True  # "Renata's gonna kill me": the "'s" is "is", the tagger read "gon" a noun
    head = tok.head
    if owners and tok.dep_ == "poss" and head.i > i and head.lemma_.lower() in owners:
        return True  # "Kasia's husband": the owner of a noun of relation
    if _talked_with(tok):
        return True  # "talk to Andre about that", "Practice with Kasia on Sunday"
    return tok.dep_ in _SUBJECT_DEPS and head.pos_ == "VERB" and head.i > i and not no_clause(head)


#: the verbs one does with a person named after "to" or "with" ("talk to Andre", "practice
#: with Kasia"); a firm is talked to as well, but seldom by a name alone
_TALK_VERBS = {"talk", "speak", "chat", "practice", "practise", "rehearse", "check"}


def _talked_with(tok: Token) -> bool:
    """A name as the object of "to" or "with" after a verb of talking ("I need to talk to
    Andre about that", "Talk with Kasia about it on Saturday"), not one the tagger reads
    as an organisation ("talk to Deloitte about an internship")."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and tok.ent_type_ != "ORG"
        and prep.lower_ in {"to", "with"}
        and prep.i == tok.i - 1
        and prep.head.lemma_.lower() in _TALK_VERBS
    )


def no_clause(verb: Token) -> bool:
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


def _lone_given(tok: Token, common: set[str], never: set[str], *, unlisted: bool) -> bool:
    """A capitalised word (first letter only), three letters or more, that the tagger
    reads as a proper noun and the census lists as a given name, and no common noun of
    the people cues, time word or reading as something other than a person. With
    ``unlisted``, a word the census does not list either (:func:`unlisted_given`)."""
    # the word's shape first: the lexicon look-ups are asked of a capitalised proper noun only
    if not (capitalised_word(tok.text) and tok.tag_ == "NNP"):
        return False
    if unlisted and not unlisted_given(tok):
        return False
    return (
        (unlisted or tok.ent_type_ not in _NOT_PERSON_ENTS)
        and tok.lower_ not in common
        and tok.lower_ not in never
        and (unlisted or tok.lower_ in lexicon().given)
    )


def capitalised_word(text: str) -> bool:
    """A word of three letters or more, capitalised on its first letter only: the shape
    :func:`_lone_given` asks first, which callers read on ``doc_arrays.texts(doc)`` before
    building a Token for every word."""
    return len(text) >= 3 and text.isalpha() and text[0].isupper() and text[1:].islower()


def unlisted_given(tok: Token) -> bool:
    """A name the census does not list ("Oksana", "Duc", "Jaylen", "Zosia": the census is
    of one country's births) that is no English word either (the lemmatizer's index and
    the stop words: "Grant", "Hunter" and firms named by a word, "Twitch", are). The
    tagger reads many such names as an organisation ("Oksana wants me to"): then the verb
    must be none a firm does ("Lakeview hired him"; ``firm_verbs``). Its place and
    nationality readings are no guide either ("Norfolk means Jaylen finishes", Jaylen
    tagged a place; "the one Priya sent me to", a nationality): the caller asks whether the
    recap says the word as a place."""
    low = tok.lower_
    if low in lexicon().given or low in non_name_words() or tok.ent_type_ in _TIMES:
        return False
    return tok.ent_type_ != "ORG" or tok.head.lemma_.lower() not in word_list("firm_verbs")


def said_as_place(doc: Doc, word: str, *, tagged: bool = True) -> bool:
    """Whether the recap names ``word`` (lower case) as a place: a place of ``places.txt``
    ("Geneva"), or said anywhere after a place preposition ("moved to Austin", "in
    Austin") or, with ``tagged``, tagged a place there. A city that is also a given name ("Austin",
    "Eugene") is a subject as often as a person is ("Austin keeps adding bus lines")."""
    if place_name(word):
        return True
    after_prep, tagged_place = _place_words(doc)
    return word in after_prep or (tagged and word in tagged_place)


def _place_words(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """The lower-case words the recap says after a place preposition, and those it tags a
    place, read in one pass and kept on ``doc.user_data``: :func:`said_as_place` is asked of
    every candidate name, and scanned the whole doc each time. Read again when the doc's
    length changed (a retokenised doc), as the per-doc helpers of ``lexicon.py`` are."""
    cached = doc.user_data.get(PLACE_WORDS)
    if cached is None or cached[0] != len(doc):
        preps = place_prepositions()
        lows = lowers(doc)
        after_prep = frozenset(low for i, low in enumerate(lows) if i > 0 and lows[i - 1] in preps)
        # the entity types read as one array: no Token built per word
        places = {doc.vocab.strings[label] for label in _PLACE_ENTS}
        types = doc.to_array(ENT_TYPE).tolist()
        tagged_place = frozenset(low for low, t in zip(lows, types, strict=True) if t in places)
        cached = (len(doc), (after_prep, tagged_place))
        doc.user_data[PLACE_WORDS] = cached
    return cached[1]
