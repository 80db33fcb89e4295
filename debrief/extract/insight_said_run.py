"""A newly reported statement run on inside a dictated sentence: "... ran the night crew for
years before that he said the best part is the quiet", "... if you ask she told me to shadow a
nurse", "... the clinic downtown she said the hardest part is the charting".

Dictated into a phone, a recap goes from one point to the next with no stop and no joining
word; the contact's next point starts with "he/she said" or "he/she told me". Written down,
each reported point is an insight of its own. ``insight_segment``'s ``_run_on_clause`` cuts
there only right after a noun and only before "to" or a pronoun; in the dictated recaps of the
development authors (n, o, p, r, s, z, bk) the same opening was left uncut after a pronoun, a
verb or an adverb ("before that", "firms do", "sleeps well"), and before a clause opening with
a determiner or a possessive ("she said the hardest part is", "she said my portfolio is"),
and "told me to" was never cut (insights45, stop 44). The cut is only offered: the
classifier splits the sentence only when the two sides are filed apart.

Reads ``pipelines/word_lists.toml``: ``reported_run_openers`` (the first word of the
reported clause) and ``no_break_before`` (words after which a pronoun is not a new start).
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.doc_arrays import lowers
from debrief.extract.insight_lemma import lemma
from debrief.extract.lexicon import word_list

#: the contact reporting (the speaker's "I said" is the speaker's story)
_REPORTERS = frozenset({"he", "she"})
#: words between the reporter and the say verb ("she also said", "he really told me")
_ADVERBS = frozenset({"also", "really", "actually", "just", "then", "even"})
#: the say verbs that open a reported point
_SAY = frozenset({"say", "tell"})
#: who is told: "told me to", "told us the ..."
_TOLD = frozenset({"me", "us"})
#: finite verb tags: "said", "says" (not "saying")
_FINITE = frozenset({"VBZ", "VBD", "VBP"})
#: words before the reporter that make it part of the clause before: a relative or a noun
#: clause's head ("the thing she said", "the one he told me about"), a conjunction (cut by
#: the bare-conjunction rule), a pronoun subject ("she said he said")
_HEADS = frozenset({"thing", "part", "one", "what", "and", "but", "so", "or", "i", "we", "they"})
#: tokens since the last cut before a new point may start: a statement of its own
_MIN_LEFT = 5


def reported_run_on(doc: Doc, a: int, i: int, e: int) -> bool:
    """Does a reported point ("he said the ...", "she told me to ...") start at token ``i``
    with no mark or joining word before it, after at least a short statement from ``a`` (the
    last cut) with a verb of its own? ``e``: the sentence's end."""
    words = lowers(doc)
    if words[i] not in _REPORTERS or i - a < _MIN_LEFT:
        return False
    prev = doc[i - 1]
    if (
        prev.is_punct
        or prev.is_space
        or words[i - 1] in _HEADS
        or words[i - 1] in word_list("no_break_before")
        or prev.pos_ in {"ADP", "DET", "CCONJ", "SCONJ", "PART"}
    ):
        return False
    k = i + 1
    while k < e and words[k] in _ADVERBS:
        k += 1
    if k + 2 >= e or doc[k].tag_ not in _FINITE or lemma(doc[k]) not in _SAY:
        return False
    k += 1
    if lemma(doc[k - 1]) == "tell":
        if words[k] not in _TOLD:
            return False
        k += 1
    if k >= e - 1 or words[k] not in word_list("reported_run_openers"):
        return False
    # the text before has a verb of its own: "she was a nurse for years he said ..."
    return any(doc[m].pos_ in {"VERB", "AUX"} for m in range(a, i - 1))
