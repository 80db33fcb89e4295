"""What the company sells is no skills insight.

"They do vibration sensors plus software for predictive maintenance", "They make a sign
language avatar tool", "They're building a tool that turns deposition transcripts into
summaries": the model reads the tools and trades named and files the line as skills, but it
describes the organisation, and no development author (a..s, v, w, y, z, aa, dev) labels a
line that opens "they make / sell / build / do ..." as skills (mission_values, culture or
advancement a few times, mostly nothing). 5 of the false skills on v..aa and n..s are this
shape, 3 of them on y (insights20, stop 31). :func:`company_product` is the rule
:mod:`insight_refile` applies.
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.insight_lemma import lemma

#: verbs of what an organisation turns out
_MAKES = frozenset({"make", "sell", "build", "do", "develop", "produce", "manufacture"})
#: words that make the line about a candidate after all ("they make X so they need people
#: who know Y", "they hire ...")
_ABOUT_PEOPLE = frozenset({"need", "want", "hire", "look", "require", "people", "someone"})

#: objects that are an amount of work, not a product
_AMOUNTS = frozenset({"lot", "lots", "bit", "ton", "tons", "everything", "things", "stuff"})


def company_product(doc: Doc, span: tuple[int, int]) -> bool:
    """Does ``span`` say what "they" (the organisation) make or sell, and nothing of people?"""
    s, e = span
    if any(lemma(doc[k]) in _ABOUT_PEOPLE for k in range(s, e)):
        return False
    for k in range(s, e):
        t = doc[k]
        if t.dep_ != "ROOT" or t.pos_ != "VERB" or lemma(t) not in _MAKES:
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        # an object that is a thing made, not an amount of work ("they do a lot of training")
        has_object = any(c.dep_ == "dobj" and c.lower_ not in _AMOUNTS for c in t.children)
        # "they" said first in the candidate: the organisation
        return subj is not None and subj.lower_ == "they" and subj.i == s and has_object
    return False
