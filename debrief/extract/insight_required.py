"""What a job, a posting or a programme asks of a candidate: a skills insight.

"the programs want patient care hours", "every safety job posting wants the OSHA 500", "their
ops manager roles want a bachelors", "the operator roles require a certification exam": what
it takes to get in, said of the job rather than of the speaker, is format.md's skills. On the
development authors (a..s, v, w, y, z, aa, dev) a job, a posting, a programme or an employer
that "wants", "requires", "asks for" or "looks for" something is inside a gold skills insight
11 times; the 7 labelled advice are the reason given for advice ("get processing experience,
because every archivist job asks for it", "her advice was ..., the manager jobs require it
now"), which :func:`job_requirement` leaves alone (a clause after "because" or "since", and
never from a candidate the model filed as advice). The model filed the sentence under
advancement ("every safety job posting wants ...") or nothing (insights18, stop 30).
:func:`job_requirement` is the rule :mod:`insight_refile` applies.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.extract.insight_lemma import lemma
from debrief.extract.lexicon import word_list

#: who asks something of a candidate: "roles", "postings", "programs", "employers", "firms"
_ASKERS = word_list("requiring_subjects")
#: asking verbs, as lemmas; "ask" and "look" only with "for" after them
_ASKS = frozenset({"want", "require", "expect", "prefer", "ask", "look"})
#: words that make the clause the reason for something else ("because every job asks for it")
_REASON = frozenset({"because", "since", "cause", "'cause"})


def _asks(verb: Token) -> bool:
    """Is ``verb`` one of asking for something ("wants", "requires", "asks for")?"""
    lem = lemma(verb)
    if lem not in _ASKS or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if lem in {"ask", "look"}:
        nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        return nxt is not None and nxt.lower_ == "for"
    return True


def _a_reason(verb: Token, s: int) -> bool:
    """Is the clause of ``verb`` given as a reason ("because schools want to see ...")?"""
    if any(c.dep_ == "mark" and c.lower_ in _REASON | {"as"} for c in verb.children):
        return True
    return any(verb.doc[k].lower_ in _REASON for k in range(max(s, verb.i - 8), verb.i))


def job_requirement(doc: Doc, span: tuple[int, int]) -> bool:
    """Does ``span`` say what a job, a posting, a programme or an employer asks of a
    candidate, not as the reason for advice?"""
    s, e = span
    for k in range(s, e):
        verb = doc[k]
        if not _asks(verb):
            continue
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or not (s <= subj.i < e) or subj.lower_ not in _ASKERS:
            continue
        if not _a_reason(verb, s):
            return True
    return False
