"""Being promoted, said in a sentence the model files as advice, is advancement.

"Managers who understand money get promoted", "Move up through the qualification system,
specialist to unit leader to section chief", "she could come in as a supervisor and ... they
promote from inside": the model reads the order or the "should" around it and files advice.
The development authors file a sentence about being promoted as advancement (158 of their
insights with a word of ``promotion_lemmas`` or ``promotion_particles``; 6 advice, all but
one naming the advice: "her advice was start as a field inspector because they prefer to
promote from inspection to plans"). A sentence that names the advice (a word of
``advice_namers``) stays advice, and so does a bare order that only gives promotion as its
reason after a comma ("Apply for the coordinator track, people move up to lead in two
years": the order is the advice, :mod:`insight_imperative`); an order whose own words are
the promotion ("Move up through the qualification system, ...") is advancement
(insights43, stop 43).

Reads the lemmas and lower-cased words of the candidate and of its sentence only.
:func:`promotion_told` is the rule :mod:`insight_refile` applies to a candidate filed as
advice.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from debrief.extract.insight_imperative import bare_advice
from debrief.extract.insight_lemma import lemma
from debrief.extract.lexicon import word_list

_LEMMAS = word_list("promotion_lemmas")
_PARTICLES = word_list("promotion_particles")
_NAMERS = word_list("advice_namers")


def _particle(words: list[str]) -> bool:
    """Does a phrase of ``promotion_particles`` occur in ``words``?"""
    text = " " + " ".join(words) + " "
    return any(re.search(rf" {re.escape(p)} ", text) for p in _PARTICLES)


def _promoted(doc: Doc, s: int, e: int) -> bool:
    """Is a word of being promoted in ``doc[s:e]``?"""
    toks = doc[s:e]
    return any(lemma(t) in _LEMMAS for t in toks) or _particle([t.lower_ for t in toks])


def promotion_told(doc: Doc, span: tuple[int, int]) -> bool:
    """Does ``span`` speak of being promoted, in a sentence that does not name the advice,
    and not only as the reason after a bare order's first comma?"""
    s, e = span
    if s >= e or not _promoted(doc, s, e):
        return False
    sent = doc[s].sent
    if any(t.lower_ in _NAMERS for t in doc[min(sent.start, s) : max(sent.end, e)]):
        return False
    comma = next((k for k in range(s, e) if doc[k].text == ","), e)
    return _promoted(doc, s, comma) or not bare_advice(doc, span)
