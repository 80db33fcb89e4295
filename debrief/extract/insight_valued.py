"""What employers value in a candidate: a skills insight, though it reads as advice or a like.

"My combustion analysis background is a big head start", "the PRAMS experience is a real
plus", "she thinks my rigging background is gold", "they'd love someone who's been in the
field", "they really like people with a health economics background": format.md's skills are
what it takes to get in and do well, and these say it of a background or of the people a
field hires. Sentences of this shape are labelled skills 14 times on n..s, advice twice and
nothing 7 times (an opening or a board that "needs someone with ...", logistics); a..m two to
one skills against advice; v and w skills every time. The model filed 8 of the 24 such skills
insights on n..s, v and w under advice (the speaker is named: "my background"), likes
("they'd love"), mission_values ("they really like people ...") or nothing (stop 29).
:func:`valued_background` is the rule :mod:`insight_refile` applies.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from debrief.extract.insight_lemma import lemma
from debrief.extract.insight_order import an_order
from debrief.extract.lexicon import cue_set, word_list

#: what a background is said to be: "an asset", "gold", "a real plus", "valued", "rare"
_VALUED = word_list("valued_words")
#: two-word forms of it: "a big head start", "a leg up" (``valued_pairs``; house41)
_VALUED_PAIRS = tuple(sorted(word_list("valued_pairs")))
#: what a candidate brings
_BACKGROUND = frozenset({"background", "experience", "skill", "skills", "knowledge"})
#: verbs between the background and its value: "is a plus", "counts for more", "is valued"
_LINKS = frozenset({"be", "count", "help", "matter", "look", "read", "seem"})
#: what an employer wants: "they'd love someone who ...", "they value people with ..."
_WANTS = frozenset({"love", "like", "value", "want", "prefer", "hire", "need"})
#: the people wanted
_PEOPLE = frozenset(
    {"people", "someone", "somebody", "folks", "candidates", "anyone", "anybody", "applicants"}
)
#: subjects whose wanting is their own taste ("she loves people who ...": a like) or the
#: speaker's
_OWN = frozenset({"she", "he", "i", "we"})


def _valued_after(doc: Doc, k: int, e: int) -> bool:
    """Is the background at ``k`` said to be worth something within the next words?"""
    link = False
    for j in range(k + 1, min(k + 10, e)):
        t = doc[j]
        if t.text in {",", ";", ".", "but"} and link:
            return False
        if lemma(t) in _LINKS:
            link = True
        elif link and (
            t.lower_ in _VALUED or cue_set(doc.vocab, _VALUED_PAIRS).match_at(doc, j, e)
        ):
            return True
    return False


def _wants_people(doc: Doc, verb: Token, e: int) -> bool:
    """ "<they|the industry> <want verb> people/someone who|with|from ...", not said of the
    contact's or the speaker's own taste ("she loves people who ...")."""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.lower_ in _OWN:
        return False
    k = verb.i + 1
    while k < e and doc[k].lower_ in {"more", "really", "mostly", "usually", "always"}:
        k += 1
    if k + 1 >= e or doc[k].lower_ not in _PEOPLE:
        return False
    return doc[k + 1].lower_ in {"who", "with", "from", "that", "like"}


def valued_background(doc: Doc, span: tuple[int, int]) -> bool:
    """Does ``span`` say what a field or an employer values in a candidate, not beside an
    order to the speaker ("..., so get the coding course done": the order's reason, advice to
    its authors; a "should" is not read, the authors split it: :mod:`insight_order`)?"""
    s, e = span
    for k in range(s, e):
        t = doc[k]
        if (t.lower_ in _BACKGROUND and _valued_after(doc, k, e)) or (
            t.pos_ == "VERB" and lemma(t) in _WANTS and _wants_people(doc, t, e)
        ):
            # the order is looked for only here: a value is rare, an order scan per
            # candidate would be a pass over every recap's tokens
            return not an_order(doc, s, e)
    return False
