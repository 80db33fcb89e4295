"""The best door into a field is advice, not skills.

"returnships are the best door for people like me", "the fastest path is identity and access
management", "the best route is the crane rental companies because they have in-house
inspectors", "USAJobs is the only way in", "the civil service exam is the gate": the contact
points the speaker at a way in. The model reads the credentials and trades named in such a
line and files it as skills, but in the gold of the development authors (a..s, v, w, y, z,
aa, ac, dev) a route noun said with "the best / easiest / fastest / only ..." is advice 34
times, advancement 21 and skills 3, and 8 of the false skills on n..s are this shape
(insights24, stop 32). Two of the 3 skills give what the speaker already knows as the reason
("compliance is the back door into fintech for dealership people because we already know Reg
Z"); :func:`entry_route` leaves a line that says so to the model. :func:`entry_route` is the
rule :mod:`insight_refile` applies.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.extract.doc_arrays import lowers
from debrief.extract.insight_lemma import lemma
from debrief.extract.lexicon import word_list

#: a way in: "door", "path", "route", "gate", "entry", "way" (with "in" or "into" after it)
_ROUTES = word_list("route_nouns")
#: words that make the way in a matter of what the speaker already knows or can do
#: ("because we already know Reg Z", "the chassis stuff is familiar"): skills after all
#: (not "skills": "they value reliability over flashy hacking skills" is the route's reason)
_KNOWN = frozenset({"know", "knows", "knew", "familiar", "already", "transfer", "transfers"})
_KNOWN |= {"translate", "translates"}
#: "skill", "skills": said as what the skills are, the line is skills after all
_SKILLS = frozenset({"skill", "skills"})


def _a_way_in(tok: Token) -> bool:
    """Is ``tok`` a route noun ("door", "path", "way in") that is the subject or the
    complement of "be" ("X is the best door", "the fastest path is X")?"""
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ not in {"nsubj", "attr"}:
        return False
    if tok.lower_ == "way":
        # "way" alone is any manner ("the way she runs it"): only "the way in / into"
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is None or nxt.lower_ not in {"in", "into"}:
            return False
    return lemma(tok.head) == "be"


def entry_route(doc: Doc, span: tuple[int, int]) -> bool:
    """Does ``span`` point the speaker at a way into a field or a job, not at what the
    speaker already knows?"""
    s, e = span
    words = lowers(doc)[s:e]
    if not any(w in _ROUTES for w in words) or any(w in _KNOWN for w in words):
        return False
    if any(_names_skills(doc[k]) for k in range(s, e) if words[k - s] in _SKILLS):
        return False
    return any(words[k - s] in _ROUTES and _a_way_in(doc[k]) for k in range(s, e))


def _names_skills(tok: Token) -> bool:
    """Is ``tok`` ("skills") the subject or the complement of a clause that says what the
    skills are ("the union is the way in, and the key skills are rigging and mixing"): the
    line gives the skills too. Not "skills" after a preposition ("they value reliability over
    flashy hacking skills": the route's reason)."""
    return tok.dep_ in {"nsubj", "nsubjpass", "attr"}
