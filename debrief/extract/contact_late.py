"""The contact named only late: a recap that speaks of them as "she" from the start and says
who they were near the end ("Oh, her name is Celeste Beaulieu, I keep forgetting to say that",
"Oh and her name, Oksana, Oksana Melnyk", "That was Ana Lucía Ferreira. Thirty minutes").

The opening's name search reads the first sentences only, so such a recap files no contact
name. :func:`late_named` gives one, only where nothing else did: the name right after a
sentence that opens with a naming cue (``late_name_cues`` after ``late_name_openers`` in
``pipelines/word_lists.toml``), a form of address before it left out ("That was Chef Renata
Oyelaran": the labels file "Renata Oyelaran"), the fuller form taken where the name is said
twice ("Oksana, Oksana Melnyk"). A name must be capitalised words the model reads as a person,
or words no English word, a well-known organisation or a place ("That was Google's idea" and
"that was Tuesday" name nobody).

Two more shapes of a contact described by job first (contact22): a filed acronym ("CX", from
"a CX program manager at Zappos") gives way to a late naming cue, and where no name was filed,
a sentence soon after the first that opens on a name followed by ", she/he" or ", last name
X" gives it ("Jocelyn, last name Dimaculangan, she spelled it").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token

from debrief.extract.casing import NOT_NAMES
from debrief.extract.lexicon import PhraseSet, cue_set, name_particles, non_name_words, word_list
from debrief.models import Contact
from debrief.names_spelling import lexicon

#: particles inside a name ("Raquel dos Santos", "Anouk de Vries"): the list less the few this
#: reading never took ("di", "du", "st": ``[intro] particles_unread``, house41)
_PARTICLES = name_particles("contact_late")
#: a name ends where one of these follows it (or a sentence's punctuation)
_AFTER = {"at", "from", "with", "of", "who", "and", "she", "he", "they", "i"}
#: entity tags no word of a person's name carries (not GPE: the model tags many given names
#: it does not know a place, "Oksana"; an English place name is caught as an English word)
_NOT_PERSON = {"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT"}
_MAX_WORDS = 4
#: letters, with one apostrophe inside ("O'Leary", "N’Diaye")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=1)
def _cue_words() -> tuple[str, ...]:
    return tuple(sorted(word_list("late_name_cues")))


@cache
def _listed(name: str) -> tuple[str, ...]:
    return tuple(sorted(word_list(name)))


def _cue(doc: Doc, name: str) -> PhraseSet:
    """The phrases of ``word_lists.toml`` list ``name`` (house41)."""
    return cue_set(doc.vocab, _listed(name))


def _cues(doc: Doc) -> PhraseSet:
    """The naming cues (built once per vocab, matched with every phrase set once per doc); the
    longest said wins, so "her name is" over "her name"."""
    return cue_set(doc.vocab, _cue_words())


def _leading() -> frozenset[str]:
    """Forms of address and ranks the contact's name is filed without ("Chef", "Dr.")."""
    return word_list("contact_name_leading") | word_list("person_ranks")


def _cue_end(sent: Span) -> int | None:
    """The token after the naming cue that opens ``sent`` (past "oh", "and"), else None."""
    doc, i = sent.doc, sent.start
    openers = word_list("late_name_openers")
    while i < sent.end and doc[i].lower_ in openers:
        i += 1
    return _cues(doc).end_at(doc, i, sent.end)


def _name_word(t: Token) -> bool:
    """A capitalised word that can be part of a person's name ("O'Leary" too)."""
    return (
        _WORD.fullmatch(t.text) is not None
        and t.text[:1].isupper()
        and not t.text.isupper()
        and t.lower_ not in NOT_NAMES
        and t.ent_type_ not in _NOT_PERSON
    )


def _believable(words: list[Token]) -> bool:
    """Whether the words read as a person's name: the model tags one a person, or none is
    an English word or a well-known organisation while the census lists hold one, or (two
    words or more) no list knows any of them but none is an English word either."""
    if any(t.ent_type_ == "PERSON" for t in words):
        return True
    plain = non_name_words()
    if any(t.lower_ in plain and not lexicon().known(t.lower_) for t in words):
        return False
    return any(lexicon().known(t.lower_) for t in words) or len(words) >= 2


def name_starting_at(doc: Doc, k: int, end: int) -> tuple[int, int] | None:
    """The name starting at token ``k`` (forms of address and commas before it skipped), as
    a token span, else None."""
    while k < end and (doc[k].text in {",", "-", ":"} or doc[k].lower_ in {"um", "uh"}):
        k += 1
    while k + 1 < end and doc[k].lower_.rstrip(".") in _leading():
        k += 1
        if k < end and doc[k].text == ".":
            k += 1
    e = k
    while e < end and e - k < _MAX_WORDS:
        t = doc[e]
        if _name_word(t) or (t.lower_ in _PARTICLES and e > k and e + 1 < end):
            e += 1
            continue
        joined = not doc[e - 1].whitespace_ and not t.whitespace_ if e > k else False
        if t.text == "-" and joined and e + 1 < end and _name_word(doc[e + 1]):
            e += 2  # "Mei-Ling": the tokenizer splits a hyphenated name
            continue
        break
    while e > k and doc[e - 1].lower_ in _PARTICLES:
        e -= 1
    if e == k:
        return None
    if e < end and not doc[e].is_punct and doc[e].lower_ not in _AFTER:
        return None  # "That was Google's idea", "that was Monday morning traffic"
    if e + 1 < end and doc[e].text == ",":
        # "Oksana, Oksana Melnyk": the name said again in full
        again = name_starting_at(doc, e + 1, end)
        if (
            again is not None
            and again[1] - again[0] > e - k
            and doc[again[0]].lower_ == doc[k].lower_
        ):
            return again
    words = [t for t in doc[k:e] if t.lower_ not in _PARTICLES and t.text != "-"]
    if not _believable(words):
        return None
    return k, e


def _acronym(name: str | None) -> bool:
    """A filed name that is one short all-capital word ("CX", "HR"): a team or trade's
    initials taken from "a CX program manager at Zappos", never how a person is named."""
    return name is not None and name.isalpha() and name.isupper() and len(name) <= 4


def late_named(doc: Doc, contact: Contact) -> Contact:
    """``contact`` with the name said late in the recap (module doc) where it has none, or
    only an acronym ("the call was with a CX program manager ... Her name is Amara")."""
    if contact.name and not _acronym(contact.name):
        return contact
    sents = list(doc.sents)
    for sent in sents[1:]:
        k = _cue_end(sent)
        if k is None:
            continue
        found = name_starting_at(doc, k, sent.end)
        if found is not None:
            return replace(contact, name=doc[found[0] : found[1]].text)
    if contact.name is None:
        return replace(contact, name=_opened_after_job(doc, sents))
    return contact


def _opened_after_job(doc: Doc, sents: list[Span]) -> str | None:
    """The contact described by their job first and named in a sentence soon after that
    opens on the name: "Talked to the travel buyer at ... . Jocelyn, last name Dimaculangan,
    she spelled it" (the surname joined on), "... . Priya Raman, she runs ...". Only where
    no name was filed at all, and only in the three sentences after the first."""
    for sent in sents[1:4]:
        found = name_starting_at(doc, sent.start, sent.end)
        if found is None:
            continue
        s, e = found
        # the cue says a surname follows: no census list needs to know it (the cues are
        # ``late_surname_cues`` and ``late_pronoun_cues``, read through the per-doc matcher)
        k = _cue(doc, "late_surname_cues").end_at(doc, e, sent.end)
        surname = k is not None and k < sent.end and _name_word(doc[k])
        if surname and k is not None and (k + 1 == sent.end or doc[k + 1].is_punct):
            return f"{doc[s:e].text} {doc[k].text}"
        if _cue(doc, "late_pronoun_cues").end_at(doc, e, sent.end) is not None:
            return doc[s:e].text
    return None
