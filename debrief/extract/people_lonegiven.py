"""A lone given name the tagger reads as a person, said in no person context, is a person
when the whole recap agrees (people36).

``PeopleOrgs._lone_or_noun`` drops one capitalised word the tagger tags PERSON where no
person cue, verb or list stands beside it: such a word is more often a firm, a tool or a
place ("drive for Schneider", "tools like Ironclad", "the Dakar office"). But writers name
people in asides with no cue at all: "I made Gary a pie", "give Rhonda my notice", "the one
with Mike", "daycare for Bao", "like Thanh". Over the development authors that policy
dropped eight labelled people of seven authors, and no cue phrase covers them: the evidence
is the word itself and the recap around it.

Decided here (:func:`lone_given_name`): the word is a person when it stands where a person
does in its clause (a verb's subject, if the verb makes a clause, "and Gary not required"
being a Whisper mishearing; a verb's object; a preposition's object but a time
preposition's; a possessor: not an address, "said, Denise, you'll ...", nor a label's
apposition, "Skills: Stan, ..."), is a census given name held more as a given name than as
a surname ("Gary", "Rhonda", "Bao"; not "Ford", "Jordan", "Chase", "Austin", which firms and
places take), no calendar word ("June"), no place of ``places.txt``, no word of an
organisation or company the recap names, opens no longer name the recap says ("Bernie" of
"Bernadette Walsh": the fold decides who that is), and the tagger reads it as a PERSON at
every place the recap says it (an ORG or a place reading anywhere is the recap's doubt).
Measured in docs/extraction-history.md, "people36: a lone given name the whole recap reads
as a person".

A name the census does not list ("Bao", "Jaylen", "Kalani", "Lucia" with its accent: the
census is of one country's births) is read the same way when it is no English word and no
surname of note either (``people_subject.unlisted_given``, ``people_plain.name_word``),
stands where only a person or a thing does (a verb's subject or object, a possessor: after a
preposition come tools, places and products as often, "ticketing systems like Paciolan",
"out by Estancia"), is no object of a verb of a tool or a language ("speak Dine", "learn
Kinaxis": ``tool_verbs``, ``language_verbs``), and passes the guards of a
name off the census (``people_unlisted.unlisted_not_person``: a heading, a noun after "the",
a word of the contact's title, a firm said elsewhere). Measured in
docs/extraction-history.md, "people37: a lone name off the census the whole recap reads as a
person".
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from debrief.extract.dates import vocab as date_vocab
from debrief.extract.lexicon import load_lines, word_list
from debrief.extract.people_plain import name_word
from debrief.extract.people_subject import no_clause, said_as_place, unlisted_given
from debrief.extract.people_unlisted import unlisted_not_person
from debrief.names_spelling import lexicon

#: where a person stands in a clause: a verb's subject or object, a preposition's object, a
#: possessor. An address ("she said, Denise, you'll ...": npadvmod), an apposition to a label
#: ("Skills: Stan, ..."), a list's later member ("Kang or Kim") and a compound ("after
#: Harvey everybody") are not read here
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj", "poss"})

#: where a name off the census stands as a person: no preposition's object
OFF_CENSUS_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "poss"})

#: prepositions of time: their object is an event ("after Harvey", a storm)
TIME_PREPOSITIONS = frozenset({"after", "before", "during", "since", "until"})


@lru_cache(maxsize=1)
def _not_given() -> frozenset[str]:
    """Calendar words and one-word places, lower case: never a lone person here."""
    v = date_vocab()
    places = {p.lower() for p in load_lines("places.txt") if " " not in p}
    return frozenset(set(v.weekdays) | set(v.months) | places)


@lru_cache(maxsize=1)
def _thing_verbs() -> frozenset[str]:
    """The verbs whose object is a tool or a language (``word_lists.toml``)."""
    return word_list("tool_verbs") | word_list("language_verbs")


def _nickname(doc: Doc, tok: Token) -> bool:
    """Whether the word opens like a word of a longer name the recap says ("Bernie" of
    "Bernadette Walsh", "Theo" of "Theodore Amsel"): the fold of first names and the
    contact's aliases decide who that is, not this rule."""
    low = tok.lower_
    names = [*(doc._.contact_aliases or []), *(e.text for e in doc.ents if e.label_ == "PERSON")]
    return any(
        w != low and len(w) > len(low) and w[:3] == low[:3]
        for n in names
        for w in n.lower().split()
    )


def _off_census(doc: Doc, tok: Token) -> bool:
    """Whether ``tok``, a word the census lists as no given name, is one all the same: a
    verb's subject or object (no tool's or language's) or a possessor, no English word, no
    surname of note, said after no place preposition, none of the things a name off the
    census is taken for (``unlisted_not_person``)."""
    low = tok.lower_
    if tok.dep_ not in OFF_CENSUS_ARGUMENTS or (
        tok.dep_ in ("dobj", "dative") and tok.head.lower_ in _thing_verbs()
    ):
        return False
    if not unlisted_given(tok) or name_word(low) or said_as_place(doc, low, tagged=False):
        return False
    contact = doc._.contact
    title_words = set(((contact.title if contact else None) or "").lower().split())
    return not unlisted_not_person(doc, tok.i, title_words)


def lone_given_name(doc: Doc, s: int, e: int, org_words: set[str]) -> bool:
    """Whether the one word ``doc[s:e]`` is a person by the evidence of the whole recap
    (the module's docstring); ``org_words`` are the words of the recap's organisations and
    companies, lower case."""
    if e - s != 1:
        return False
    tok = doc[s]
    low = tok.lower_
    if not tok.is_title or tok.ent_type_ != "PERSON" or low in org_words or low in _not_given():
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") and no_clause(tok.head):
        return False  # "and Gary not required": no clause (people_subject)
    if tok.dep_ not in ARGUMENTS or (tok.dep_ == "pobj" and tok.head.lower_ in TIME_PREPOSITIONS):
        return False
    lex = lexicon()
    if low in lex.given:
        if lex.given[low] <= lex.surnames.get(low, 0.0):
            return False
    elif not _off_census(doc, tok):
        return False
    if _nickname(doc, tok):
        return False
    # every place the recap says the word: the tagger reads it a person, or nothing
    return all(t.ent_type_ in ("PERSON", "") for t in doc if t.lower_ == low and t.is_title)
