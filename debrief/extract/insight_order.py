"""Is there an order to the speaker in a candidate: "should", "must", or a verb without a
subject after a comma, "so", "and" or the reporting verb ("the portfolio matters more than
the degree, put three maps online", "they'd love someone with ops experience, so apply there")?

The rules that refile a remark on what it takes as skills leave a candidate with such an
order to the model: its authors file the remark as the order's reason, and the whole as
advice. :mod:`insight_worth` (what counts for more) reads both kinds of order since stop 31 (8
of the 10 weighings its authors filed as advice carry one); :mod:`insight_valued` (what
employers value in a background) reads only :func:`an_order` since stop 39: it had turned the
model's advice into skills where "..., ask at Keystone's partner" or "..., so lean into it"
followed, while a "should" beside a value splits the development authors ("the experience is
a real plus, I should emphasise it" is skills to w, "the background is a plus but I should
learn distribution" advice to am; docs/extraction-history.md, "insights35: the insight
classifier retrained").
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.doc_arrays import lowers
from debrief.extract.insight_lemma import lemma

#: a word that makes the clause advice said to the speaker ("I should get certified because
#: it opens doors", "you must ...")
ORDERS = frozenset({"should", "must", "gotta", "ought"})
#: words between a comma and an order after it ("..., so just take the night class")
_GLUE = frozenset({"so", "and", "then", "just", "also", "but"})


def an_order(doc: Doc, s: int, e: int) -> bool:
    """Is there an order to the speaker in ``doc[s:e]``: a verb without a subject after a
    comma, "so", "and" or the reporting verb ("the portfolio matters more than the degree,
    put three maps online", "she said get the certificate, it matters more")? The authors
    file the weighing as the order's reason then: advice (the parser tags some such verbs as
    past forms, "put"/VBD)."""
    for k in range(s, e):
        t = doc[k]
        if t.pos_ != "VERB" or t.tag_ not in {"VB", "VBD", "VBP"}:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in t.children):
            continue
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and (
            lemma(t.head) in {"tell", "say", "advise", "suggest", "urge"}
        ):
            return True  # reported: "she told me to take the LSAT seriously"
        if any(c.dep_ in {"aux", "auxpass"} for c in t.children):
            continue
        j = k - 1
        while j >= s and doc[j].lower_ in _GLUE:
            j -= 1
        if j < s or doc[j].text in {",", ";", ":"} or lemma(doc[j]) in {"say", "tell"}:
            return True
        if doc[j].lower_ == "me" and j > s and lemma(doc[j - 1]) == "tell":
            return True
    return False


def orders_speaker(doc: Doc, s: int, e: int) -> bool:
    """Does ``doc[s:e]`` carry an order to the speaker: an order word or :func:`an_order`?"""
    return any(w in ORDERS for w in lowers(doc)[s:e]) or an_order(doc, s, e)
