"""What a move would take, said by the speaker in the conditional, is skills, not a plan.

"I'd need to learn the CRM stuff, Salesforce, and get okay with cold calling", "I would need
a boiler license", "... but I'd need ammonia, the RETA certification": the speaker repeats
what the contact said a job asks of someone like them. The speaker is the subject of "need",
so the run-time rule that takes "I need to ..." for the speaker's own next step (a
follow-up, never an insight: ``InsightRun._rescore``) filed these as nothing. But "would"
makes it a condition, not a plan: in the gold of the development authors (a..s, v, w, y, z,
aa, ac, ae, ag and dev) a line with the speaker's "I'd / I would need" is skills 27 times,
advice 4 and advancement 1 (16 authors) and never a follow-up, where a plain "I need to learn
/ get" is a follow-up 11 times in 30 (insights27, stop 33). ("I'd have to ..." is no plan to
the plan rule: it is left to the model.)

:func:`would_need` is the check; ``InsightRun`` files such a candidate as skills where the
plan rule would have filed it as nothing. It asks for the condition inside what the contact
said ("He said ..., but I'd need ..."): the plan rule already leaves reported speech alone when
the parse puts "I" under "said", and missed it where the parse puts "I" under a "but" or
"and" clause (every one of the lines it changed on the development authors). A first version
that took the speaker's own "I'd need ..." too raised the same development authors and added
one false skills on the untouched authors. A line with an errand in it ("I'd need to email
her by Friday": the candidate's follow-up, logistics or call cues) stays the speaker's plan.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.extract.doc_arrays import lowers
from debrief.extract.insight_gap import says_other
from debrief.extract.insight_lemma import lemma

#: the conditional's auxiliary, as spaCy tokenises it ("I'd" is "I" + "'d")
_WOULD = frozenset({"'d", "would", "’d"})
#: a plan said beside the condition ("I'll ask her, I'd need ..."): the plan rule stands
_PLAN = frozenset({"will", "'ll", "’ll", "gonna", "going"})
#: the words that open a sentence the parser cut from the one before it
_CONTINUES = frozenset({"but", "and", "so"})


def _conditional_need(tok: Token) -> bool:
    """Is ``tok`` the speaker ("I", "we") as the subject of "would need"? ("I'd have to
    learn ..." is no plan to the plan rule: left to the model.)"""
    if tok.lower_ not in {"i", "we"} or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    head = tok.head
    return lemma(head) == "need" and any(
        c.dep_ == "aux" and c.lower_ in _WOULD for c in head.children
    )


def _reported(doc: Doc, k: int) -> bool:
    """Is the speaker's "I" at ``k`` inside what someone else says: a say-verb with a
    subject other than the speaker before it in its sentence ("He said the HVAC stuff
    transfers but I'd need ..."; the gap rule's check, :func:`says_other`)? The plan rule
    already leaves reported speech alone when the parse hangs "I" under "said"; here it
    hangs under a "but" clause. A sentence the parser opened at "but" or "and" ("For me he
    said the HVAC stuff transfers | but I'd need ammonia") is read with the one before it."""
    first = doc[k].sent.start
    if first > 0 and doc[first].lower_ in _CONTINUES:
        first = doc[first - 1].sent.start
    return any(says_other(t) for t in doc[first:k])


def would_need(doc: Doc, span: tuple[int, int]) -> bool:
    """Does ``span`` say what the speaker would need ("I'd need X", "I would need to learn
    Y"), with no plan of the speaker's beside it?"""
    s, e = span
    words = lowers(doc)[s:e]
    if not any(w in _WOULD for w in words) or "need" not in words:
        return False  # the words first: the parse is read only for the few lines with both
    if any(w in _PLAN for w in words):
        return False
    return any(
        _conditional_need(doc[k]) and _reported(doc, k)
        for k in range(s, e)
        if words[k - s] in {"i", "we"}
    )
