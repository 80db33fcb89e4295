"""Whether the name kept is no person at all, and which person the recap names instead.

"American Red Cross, Central & South Texas Region. Disaster Program Manager: <Name>.", "the
co-op, ..., Rainbow Grocery. I talked to the guy ..., he's a worker-owner there, <Name>",
"Sr. Business Analyst", "~120 ppl", "Tues": counted over the development authors
(docs/extraction-history.md, "contact41"), an organisation, a title, a day or a number kept
as the contact's name is the kind the second most authors show. In most of them the person is
in the answer already, in the wrong field: filed among the people mentioned, or as the
company (the two read the other way round).

So this decides, on the combined answer, from the evidence of the whole recap, not a phrase:
the name kept is no person where it is made of words that describe (title heads, ranks, time
words), holds a digit or a sign no name holds, or holds an organisation's head word or is a
well-known organisation ("American Red Cross"), its first word no census given name. The base
model's tags are no evidence: it reads many a person's name as an organisation ("Odile
Fairbanks" ORG) and many an organisation as a person. The contact is then the person the
recap names nearest it or the kept title (within :data:`_NEAR` words): of the people the
rules filed (not a referral), or the company kept where that is shaped as a person; the
organisation becomes the company where the company was the person or none. A person kept
as the company beside a name made of words no person's name is ("Pellucid Biologics" and
"Nkechi Adeyemi") is the same case read the other way round. With no such person, the
answer is left as it was.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from debrief.extract.contact_holder import person_shaped
from debrief.extract.contact_plausible import known_org
from debrief.extract.contact_title_name import person_said_near, title_of, titled
from debrief.extract.contact_worded import english_only, initialled
from debrief.extract.doc_arrays import lowers, word_runs
from debrief.extract.lexicon import (
    describing_words,
    name_particles,
    non_name_words,
    org_name_heads,
    title_heads,
)
from debrief.models import Contact, Person
from debrief.names import person_key
from debrief.names_spelling import lexicon

#: How many words from the kept name or title the person must be said.
_NEAR = 15
#: A digit or a sign no person's name holds ("~120 ppl", "Q3 / ops").
_SIGNS = re.compile(r"[\d~/@#%&+=<>|]")


@lru_cache(maxsize=1)
def _describing() -> frozenset[str]:
    """Words that describe and never name (:func:`~debrief.extract.lexicon.describing_words`:
    title heads and openers, ranks, time words), with the clipped ones ("snr", "mgr")."""
    return describing_words("describing_clipped")


def _particles() -> frozenset[str]:
    """Name particles said in lower case inside a name ("Anouk de Vries", "Raquel dos
    Santos"): :func:`~debrief.extract.lexicon.name_particles`, all of them."""
    return name_particles()


def _with_particle(text: str) -> bool:
    """A lower-case name particle between capitalised words: a person's name, never an
    organisation's (the particle is in the English word list, "de", "la", so without this
    "Anouk de Vries" read as words no person's name is made of and swapped with her
    company, "Brightline Ovens")."""
    words = text.split()
    return len(words) >= 3 and any(
        w in _particles() and words[0][:1].isupper() and words[-1][:1].isupper()
        for w in words[1:-1]
    )


def _words(text: str) -> list[str]:
    """The text's words as the tokenizer splits a name ("harrow-mbeki" -> three)."""
    return re.findall(r"\w+|[^\w\s]", text.lower())


def _mentions(doc: Doc, text: str) -> list[tuple[int, int]]:
    words = _words(text)
    if not words:
        return []
    # "Sr. Business Analyst": the tokenizer keeps an abbreviation's full stop on its word
    dotted = re.findall(r"\w+\.(?=\s)|\w+|[^\w\s]", text.lower() + " ")
    forms = [words] + ([dotted] if dotted != words else [])
    return [(i, i + len(f)) for f in forms for i in word_runs(lowers(doc), f)]


def no_person(doc: Doc, name: str) -> bool:
    """Whether the kept name is no person (module doc)."""
    if _SIGNS.search(name):
        return True
    words = [w.rstrip(".").lower() for w in name.split()]
    if words and all(w in _describing() for w in words):
        return True
    if words and words[0] in lexicon().given:
        return False
    if len(words) > 1 and words[0] in _describing() and words[-1] in title_heads():
        return True  # "Sr. Business Analyst": a title's opening and head around other words
    # "American Red Cross", "Chagrin Health": a well-known organisation, a head word. Not the
    # base model's tag: it reads many a person's name an organisation ("Odile Fairbanks")
    return _org_name(name)


def _org_name(name: str) -> bool:
    words = [w.rstrip(".").lower() for w in name.split()]
    return known_org(name) or bool(set(words) & org_name_heads())


def _person_words(text: str | None) -> bool:
    """``text`` is made as a person's name: shaped as one, a census given name first or two
    or three capitalised words none of them English ("Karim Khoury")."""
    if text and _with_particle(text) and not _SIGNS.search(text):
        return True
    if not text or not person_shaped(text) or _SIGNS.search(text):
        return False
    first = person_key(text).split()[:1]
    if first and first[0] in lexicon().given:
        return True
    words = text.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not {w.lower() for w in words} & non_name_words()
    )


def made_as_name(text: str | None) -> bool:
    """``text`` is made as a person's name (:func:`_person_words`): for company_person."""
    return _person_words(text)


def _a_person(doc: Doc, text: str | None) -> bool:
    """``text`` is made as a person's name (:func:`_person_words`), or shaped as one and
    said where the base model tags a person."""
    if not text or _person_words(text):
        return bool(text)
    if not person_shaped(text) or _SIGNS.search(text):
        return False
    return any(doc[i].ent_type_ == "PERSON" for i, _ in _mentions(doc, text))


def _distance(doc: Doc, text: str, anchors: list[tuple[int, int]]) -> int | None:
    said = _mentions(doc, text)
    gaps = [max(a - j, i - b, 0) for i, j in said for a, b in anchors]
    return min(gaps) if gaps else None


def _worded_as_no_person(name: str) -> bool:
    """Words no person's name is made of: none a census given name, one an English word that
    is no census name ("Pellucid Biologics", "Rainbow Grocery"; not "Brisa Tamm")."""
    lex = lexicon()
    words = person_key(name).split()
    if not words or _person_words(name) or set(words) & lex.given.keys():
        return False
    plain = non_name_words()
    return any(w in plain and w not in lex.surnames for w in words)


def _fuller(text: str, short: str) -> bool:
    """``text`` is ``short`` said more fully: more words, its first word beginning with the
    short form's first word ("Theodore Amsel" of "Theo")."""
    a, b = person_key(text).split(), person_key(short).split()
    return bool(a and b) and len(a) > len(b) and len(b[0]) >= 3 and a[0].startswith(b[0])


def person_for_unperson(
    doc: Doc, contact: Contact, people: list[Person], companies: list[str] | None = None
) -> Contact:
    """``contact`` with the person the recap names nearest a kept name that is no person
    (module doc); unchanged otherwise. ``companies``: the organisations the rules filed, of
    which one made as a person's name by its words may be the contact (contact43)."""
    name = contact.name
    if not name:
        return contact
    # "Words Unlocked", "Y. Talked": a name of plain English words only (contact_worded)
    unperson = no_person(doc, name) or english_only(name)
    # "Command Sergeant Major", "Practice Head": a title or a rank (contact_title_name)
    unperson = unperson or titled(name, _person_words(name))
    # the two read the other way round: a person kept as the company, a name that is none
    turned = (
        not _SIGNS.search(name) and _worded_as_no_person(name) and _person_words(contact.company)
    )
    if not turned and not unperson:
        return contact
    # the company as a person by its words only: the base model tags "Bakerstreet Bakery" a
    # person (contact41: two right names were lost when its tag counted here)
    company_person = turned or _person_words(contact.company)
    # a name that is no person (``unperson``: a title, a rank, plain words) and no
    # organisation's: the scan and the title read it (contact_title_name)
    titled_kept = unperson and not turned and not _org_name(name)
    anchors = _mentions(doc, name) + (_mentions(doc, contact.title) if contact.title else [])
    anchors = anchors or [(0, 1)]  # "~120 ppl" as the tokenizer does not split it: the opening
    cands = [p.name for p in people if p.relation != "referral"]
    if company_person and contact.company:
        cands.append(contact.company)
    # "It was <Name>, from <Org>, she's their controller": the person filed as an organisation
    filed = [c for c in companies or [] if c != contact.company and _person_words(c)]
    cands += filed
    best: tuple[int, str] | None = None
    for text in cands:
        words_only = text == contact.company or text in filed
        if not (_person_words(text) if words_only else _a_person(doc, text)):
            continue
        gap = _distance(doc, text, anchors)
        if gap is not None and gap <= _NEAR and (best is None or gap < best[0]):
            best = (gap, text)
    if best is None:
        # the person filed nowhere: the one said nearest a title kept (contact_title_name)
        near = person_said_near(doc, anchors, _person_words) if titled_kept else None
        if near is None:
            return contact
        best = (0, near)
    for text in cands:  # "Theo" kept as the company, "Theodore Amsel" among the people
        if _fuller(text, best[1]) and _a_person(doc, text):
            best = (best[0], text)
    company = contact.company
    if company is None or company_person or person_key(company) == person_key(best[1]):
        # the organisation kept as the name is where they work, unless it was a title or a day
        # (not "Y. Talked", a sentence's word glued to an initial: no organisation either)
        company = name if (turned or _org_name(name)) and not initialled(name) else None
    title = contact.title or (title_of(name) if titled_kept else None)
    return replace(contact, name=best[1], company=company, title=title)


def person_words(text: str | None) -> bool:
    """``text`` is made as a person's name by its words (for ``contact_nameless``)."""
    return _person_words(text)


def a_person(doc: Doc, text: str | None) -> bool:
    """``text`` is made as a person's name, or shaped as one and tagged a person where said."""
    return _a_person(doc, text)


def said_gap(doc: Doc, text: str, anchor: str) -> int | None:
    """How many words apart ``text`` and ``anchor`` are said at their nearest; None where
    either is never said."""
    return _distance(doc, text, _mentions(doc, anchor))


def mentions(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Where ``text`` is said, as token spans (for ``contact_nameless``)."""
    return _mentions(doc, text)
