"""The contact's verdict on the speaker and the gap after it stay one clause.

"He said my dispatch years are good but I need to show leadership", "She said a
firefighter background is good but I need the flight paramedic license": the contact weighs
what the speaker has against what the speaker lacks, and the speaker's "but I need / should
/ have to ..." is the second half of what the contact said, not the speaker's own next step.
The clause cut at ``, but <subject> <verb>`` (:func:`insight_segment.clause_spans`) split
these in two, the plan rule (``InsightRun._rescore``) filed the "I need" half as nothing, and only
the verdict was filed. In the development authors' recaps such a line is inside one gold
insight 26 times in 27 (skills 17, advice 9; 15 authors), and the verdict alone was filed on
six of the newer authors (docs/extraction-history.md, "skills30: the contact's verdict on the
speaker and the gap after it are one clause"). The sentence is then scored whole; its
category stays the model's.

:func:`reported_gap` says where not to cut: a ``but`` (bare or after a comma), then the
speaker ("I", "we") with a need or an obligation ("need", "should", "must", "have to",
"gotta", "'d need"), and earlier in the sentence someone other than the speaker says or
tells something. An errand said the same way ("but I need to email her first") is the
follow-up rules' to find; it stays inside the insight's text here, as the sentence's own
words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.extract.insight_features import SAY_VERBS
from debrief.extract.insight_lemma import lemma

_SPEAKER = frozenset({"i", "we"})
#: what the speaker needs or must do, right after the subject ("first" may come between)
_NEED = frozenset({"need", "needs", "should", "must", "gotta", "'d", "would", "have", "got"})
#: "I have to", "I got to": only with "to" after them
_NEED_TO = frozenset({"have", "got"})


def says_other(tok: Token) -> bool:
    """A say verb whose subject (its own, or that of the verb it is conjoined to: "She
    laughed and said ...") is not the speaker: someone else's reported speech follows
    (also :func:`debrief.extract.insight_conditional.would_need`'s check)."""
    if lemma(tok) not in SAY_VERBS:
        return False
    heads = [tok, tok.head] if tok.dep_ == "conj" else [tok]
    return any(c.dep_ == "nsubj" and c.lower_ not in _SPEAKER for h in heads for c in h.children)


def reported_gap(doc: Doc, s: int, i: int, j: int) -> bool:
    """Is the clause that would start at ``j`` (cut at token ``i``: "but" or a comma before
    it) the speaker's gap inside what the contact said in ``s:i``?"""
    if not (doc[i].lower_ == "but" or (i + 1 < j and doc[i + 1].lower_ == "but")):
        return False
    k = j
    if k < len(doc) and doc[k].lower_ == "first":
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ not in _SPEAKER:
        return False
    need = doc[k + 1].lower_
    if need not in _NEED:
        return False
    if need in {"'d", "would"} and (k + 2 >= len(doc) or doc[k + 2].lower_ != "need"):
        return False
    if need in _NEED_TO and (k + 2 >= len(doc) or doc[k + 2].lower_ != "to"):
        return False
    return any(says_other(t) for t in doc[s:i])
