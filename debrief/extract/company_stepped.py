"""A name said as a step of a career or a place of work is a company mentioned (companies33).

The companies stage finds an organisation where the tagger reads it as one or an organisation
context surrounds it; a firm the tagger reads as a person or a plain name ("then moved to
Accenture", "went to Pearson as an editor", "then Kroll.", "joined Teralith") is in no list:
the people stage drops it as said as an organisation (``people_orgrole.py``, people32) and
the companies stage never had it. The roles ``people_orgrole`` reads as an organisation's
(after "then" at a step's end, "to" after a verb of moving or from another place, "at" a
place of work, the object of "joined") are the evidence here too: on the development
authors the companies missed this way outnumber the companies most of them would add
(docs/extraction-history.md, "companies33").

Decided here: which capitalised names, said in such a role and not a place, a date, a
nationality, a job, a credential or a tool (a first measure added "then CRC", "then Plant
Manager"), a person kept or the contact, join the recap's companies (:func:`stepped`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc

from debrief.extract.lexicon import load_lines, title_heads
from debrief.extract.people_orgrole import org_role
from debrief.names import company_key, person_key

#: what the tagger reads a place, a time or a people as: no company
_NOT_ORG = {"GPE", "LOC", "DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
#: words inside a name run ("Thistle and Byte", "Procter & Gamble", "Bank of America")
_JOINERS = {"&", "of", "and"}
_MAX_WORDS = 5
#: words before a name run that start one of the roles org_role reads
_CUES = {"then", "at", "to", "joined", "joining", "join", "went", "moved", "switched"}


@functools.cache
def _not_companies() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in load_lines("not_companies.txt"))


def _a_title_or_tool(name: str) -> bool:
    """ "then CRC, then lead CRC", "then Plant Manager", "moved to Python": a career's step
    is as often a job, a credential or a tool as a firm (``not_companies.txt``, title heads)."""
    low = name.lower().split()
    nots = _not_companies()
    return " ".join(low) in nots or low[0] in nots or any(w in title_heads() for w in low)


def _capital(text: str) -> bool:
    return text[:1].isupper() and any(ch.isalpha() for ch in text) and text != "I"


def _name_run(doc: Doc, s: int) -> int:
    """The end of the capitalised name starting at ``s`` (``s`` when none starts there)."""
    e = s
    n = len(doc)
    while e < n and e - s < _MAX_WORDS:
        t = doc[e]
        word = _capital(t.text) and not t.is_punct and t.text[-1:] != "\n"
        joiner = t.lower_ in _JOINERS and e > s and e + 1 < n and _capital(doc[e + 1].text)
        if not (word or joiner):
            break
        e += 1
        if len(t.text) > 3 and t.text.endswith("."):
            break  # "then PG&E. We ...": the sentence ends with the name
    return e


def stepped(
    doc: Doc, companies: list[str], people: Iterable[str], contact_name: str | None
) -> list[str]:
    """The names said as a step of a career or a place of work that ``companies`` lacks,
    in the order said; ``people`` (the people kept) and ``contact_name`` are no company."""
    have = {company_key(c) for c in companies}
    persons = {person_key(p) for p in people}
    persons |= {w for p in list(persons) for w in p.split()}  # "then Priya"
    if contact_name:
        persons.add(person_key(contact_name))
    out: list[str] = []
    strings = doc.vocab.strings
    lowers = doc.to_array(LOWER)[:-1]
    at = numpy.zeros(len(lowers), dtype=bool)
    for w in _CUES:  # a few comparisons at C speed: cheaper than numpy.isin on a recap
        at |= lowers == strings.add(w)
    for i in numpy.flatnonzero(at).tolist():
        s = i + 1
        if not _capital(doc[s].text) or doc[s].is_sent_start:
            continue
        e = _name_run(doc, s)
        if e == s or not org_role(doc, s, e):
            continue
        span = doc[s:e]
        if any(w.ent_type_ in _NOT_ORG for w in span):
            continue
        name = span.text
        key = company_key(name)
        if not key or key in have or person_key(name) in persons or _a_title_or_tool(name):
            continue
        have.add(key)
        out.append(name)
    return out
