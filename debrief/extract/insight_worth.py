"""What counts for more than what: a skills insight, though it reads as advice.

"the teaching experience counts for more than my dissertation", "the MHA helped less than
volunteering for every committee", "German would open more doors", "Epic certification
matters way more than a degree": the contact weighing one qualification against another is
format.md's skills (what it takes to get in and do well). In the gold of the development
authors (a..s, v, w, y, z, aa, dev), a clause that "counts / matters / helps ... more or less"
or "opens doors" or is "worth more" is skills 31 times, advice 10 and mission_values once
("dignity matters more than paperwork"); 8 of the 10 advice carry a "should", an order
beside the weighing ("..., put three maps online", "she told me to take the LSAT seriously,
because the score matters more") or "than ever" ("referrals matter more than ever"), which
:func:`weighed_worth` leaves alone. "What matters" and "matters most" are skills 55 and 36
times, advice once each. The model files most of these as skills already; the ones it files
as advice carry the speaker's own things ("the MHA helped less than volunteering", insights20,
stop 31).
:func:`weighed_worth` is the rule :mod:`insight_refile` applies.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from debrief.extract.doc_arrays import lowers
from debrief.extract.insight_order import orders_speaker
from debrief.extract.lexicon import PhraseSet, cue_set, word_list

#: verbs that weigh a qualification: "counts for more", "matters less", "helped less"
_WEIGHS = word_list("weighing_verbs")
#: words allowed between the verb and "more" or "less": "counts for a lot more", "way more",
#: and the one it helped ("it helped her less than ...")
_BETWEEN = frozenset({"for", "a", "lot", "far", "way", "much", "even", "so", "honestly"})
_BETWEEN |= {"her", "him", "me", "them", "us", "you"}
#: "what matters", "what counts" (said of the work: skills 55 times in the gold of a..s,
#: v..aa and dev, advice twice)
_WHAT_COUNTS = frozenset({"matters", "counts", "mattered", "counted"})


@cache
def _sorted(name: str) -> tuple[str, ...]:
    return tuple(sorted(word_list(name)))


def _cues(doc: Doc, name: str) -> PhraseSet:
    """The phrases of ``word_lists.toml`` list ``name``, read through the per-doc matcher
    (house41: "what matters", "worth more" were compared word by word)."""
    return cue_set(doc.vocab, _sorted(name))


#: words that make the weighing the reason given for an order before it
_REASON = frozenset({"because", "since", "cause", "'cause", "cuz"})


def _more_after(doc: Doc, k: int, e: int) -> bool:
    """Is the weighing verb at ``k`` followed by "more", "less" or "most" ("counts for more
    than", "matters most") as an adverb: not by "more" of a noun ("it helps more people")
    nor by "than ever" (the market: "referrals matter more than ever")?"""
    for j in range(k + 1, min(k + 5, e)):
        word = doc[j].lower_
        if word in {"more", "less", "most"}:
            after = [t.lower_ for t in doc[j + 1 : j + 3]]
            if after[:2] == ["than", "ever"]:
                return False
            return j + 1 >= len(doc) or doc[j + 1].pos_ not in {"NOUN", "PROPN"}
        if word not in _BETWEEN:
            return False
    return False


def _a_reason(doc: Doc, s: int, k: int) -> bool:
    """Is the weighing at ``k`` the reason for something said before it ("take the LSAT
    seriously, because the score matters more than anything")? That is advice's reason."""
    return any(doc[j].lower_ in _REASON for j in range(s, k))


def _opens_doors(doc: Doc, k: int, e: int) -> bool:
    """ "<it> opens (more) doors", "would open more doors"."""
    return any(doc[j].lower_ == "doors" for j in range(k + 1, min(k + 5, e)))


def weighed_worth(doc: Doc, span: tuple[int, int]) -> bool:
    """Does ``span`` weigh what counts for a candidate, not as an order to the speaker?"""
    s, e = span
    words = lowers(doc)  # the doc's words read once, no Token built per word
    if orders_speaker(doc, s, e):  # an order beside the weighing: advice (insight_order)
        return False
    for k in range(s, e):
        word = words[k]
        if word in _WEIGHS and _more_after(doc, k, e) and not _a_reason(doc, s, k):
            return True
        said = word in _WHAT_COUNTS and k > s
        if said and _cues(doc, "worth_what_counts").match_at(doc, k - 1, e):
            return True  # "what matters is writing fast", "what counts: the license"
        if word in {"open", "opens", "opened"} and _opens_doors(doc, k, e):
            return True
        if word == "worth" and _cues(doc, "worth_compared").match_at(doc, k, e):
            return True
    return False
