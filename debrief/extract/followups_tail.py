"""Whose date a tail after a step says: the step's deadline, or another's event.

A step said without a date is often followed by a short clause with one: "find the
application, she said it closes the 15th", "..., which is the 30th", "..., he said by end of
the week". ``FollowUpExtractor._tail_date`` keeps such a tail with the step, so its date is the
step's due date. Just as often the tail's date belongs to someone else or to nothing the
speaker must meet: "I need to email Yusuf, she's going to intro us by Friday" (her action),
"..., Ms. Brathwaite said HR decides by the twentieth" (HR's), "..., and she said come volunteer
at the health fair on the 21st" (her invitation), "..., he said any Thursday in May works" (a
free choice, no deadline). The labels of the development authors leave all of these open
(docs/extraction-history.md, "fu31: whose date a tail after a step says").

The decision is read from the tail's grammar, not from its words: past a reporting frame ("she
said", "Gareth mentioned that"), the tail says a deadline when it is the date alone ("by end of
the week") or when its subject is the thing itself ("it", "which", "that", "the deadline",
"applications"); a person as the subject (a pronoun or a name), an imperative, or "any" before
the date makes the date someone else's.
"""

from __future__ import annotations

from spacy.tokens import Doc

#: subjects that are the step's own thing: "it closes the 15th", "which is the 30th"
_THING = frozenset({"it", "which", "that", "this", "deadline", "due"})
#: subjects that are people: their dated action is theirs
_PEOPLE = frozenset({"she", "he", "they", "we", "you", "her", "him", "them"})
#: frames that only report the date: "she said", "he mentioned that"
_REPORTING = frozenset({"say", "mention", "tell", "add", "note", "think", "reckon", "guess"})
_SKIP = frozenset({",", ";", "and", "but", "-", "—", "so", "oh", "um", "uh", "like", "also"})


def _past_frame(doc: Doc, k: int, limit: int) -> int:
    """The first token after a reporting frame opening the tail at ``k`` ("she said (that)",
    "Gareth mentioned", "he told me"), or ``k`` itself when the tail opens with none."""
    j = k
    while j < limit and (doc[j].lower_ in _PEOPLE or doc[j].pos_ == "PROPN" or doc[j].is_title):
        j += 1
        if j - k > 3:
            return k
    if j == k or j >= limit or doc[j].lemma_.lower() not in _REPORTING:
        return k
    j += 1
    while j < limit and doc[j].lower_ in {"me", "us", "that", ","}:
        j += 1
    return j


def tail_is_deadline(doc: Doc, end: int, limit: int) -> bool:
    """Whether the dated tail ``doc[end:limit]`` after a step says the step's deadline."""
    k = end
    while k < limit and (doc[k].lower_ in _SKIP or doc[k].is_space):
        k += 1
    k = _past_frame(doc, k, limit)
    if k >= limit:
        return True
    first = doc[k]
    if first.lower_ == "any":
        return False  # "any Friday in December": a free choice, no deadline
    if first.lower_ in _THING:
        return True
    if first.lower_ in _PEOPLE or (first.pos_ == "PROPN" and first.dep_ in {"nsubj", "compound"}):
        return False  # "she's going to intro us by Friday", "HR decides by the twentieth"
    if first.pos_ == "VERB" and first.tag_ == "VB":
        return False  # "come volunteer at the health fair on the 21st": her invitation
    return True
