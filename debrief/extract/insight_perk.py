"""A condition of the job said plainly to be good is culture, not a dislike.

"The pension and the hours are good, and ...", "But the pay is fair and the hours are sane.",
"Pay is good though.": the model reads the words of pay and hours, which its dislikes cues
hold ("low pay", "long hour"), and files the line as dislikes, often with culture second. The
authors who label such a line file it as culture (format.md: culture covers pay, hours and
balance), and the three the model filed as dislikes on the development authors were culture
(dev, q; insights40, stop 42). A line that goes on to a complaint after the good word ("the
state pay is fine but hiring takes forever", "the money is good, but the pressure at month
end is brutal") or says the good word negated ("the pay is not great") stays a dislike.

Reads the parse only: a form of "be" whose subject (or a subject joined to it by "and") is a
word of ``perk_subjects`` and whose complement is a word of ``perk_goods``, neither negated,
no word of ``perk_contrasts`` opening a clause later in the sentence (a leading "But"
turns from the line before, not to a complaint; a closing "though" opens nothing), and no
other complement of "be" in the candidate outside ``perk_goods`` ("money is good, life is
bad").
:func:`job_perk` is the rule :mod:`insight_refile` applies to a candidate filed as dislikes.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.extract.insight_lemma import lemma
from debrief.extract.lexicon import word_list

_SUBJECTS = word_list("perk_subjects")
_GOODS = word_list("perk_goods")
_CONTRASTS = word_list("perk_contrasts")


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _perk_at(tok: Token) -> bool:
    """Is ``tok`` a "be" saying a condition of the job is good ("the pay is fair")?"""
    if lemma(tok) != "be" or _negated(tok):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    subjects += [c for s in subjects for c in s.conjuncts]
    if not any(s.lower_ in _SUBJECTS or lemma(s) in _SUBJECTS for s in subjects):
        return False
    goods = [c for c in tok.children if c.dep_ == "acomp"]
    return any(g.lower_ in _GOODS and not _negated(g) for g in goods)


def _complaint_after(doc: Doc, k: int) -> bool:
    """Does a contrast word open a clause after token ``k``, in its sentence?"""
    sent = doc[k].sent
    for j in range(k + 1, sent.end - 1):
        if doc[j].lower_ in _CONTRASTS and doc[j + 1].is_alpha:
            return True
    return False


def _other_verdict(doc: Doc, span: tuple[int, int]) -> bool:
    """Is something in ``span`` said to be other than good ("money is good, life is bad")?"""
    s, e = span
    return any(
        doc[k].dep_ == "acomp" and doc[k].lower_ not in _GOODS and lemma(doc[k].head) == "be"
        for k in range(s, e)
    )


def job_perk(doc: Doc, span: tuple[int, int]) -> bool:
    """Does ``span`` say a condition of the job (pay, hours, benefits) is good, with no
    complaint after it in its sentence nor anything else said to be otherwise?"""
    s, e = span
    perks = [k for k in range(s, e) if _perk_at(doc[k])]
    return bool(perks) and not _complaint_after(doc, perks[0]) and not _other_verdict(doc, span)
