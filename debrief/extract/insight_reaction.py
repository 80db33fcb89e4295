"""The contact's reaction to the speaker: not something the contact likes about the work.

"He liked that.", "she liked that I speak Polish", "She liked that I'd done the medical supply
stuff", "he seemed to like that", "i stream and he liked that": the contact warming to what the
speaker said about themselves. A like in format.md is what the contact enjoys in the work, and
no author files these as likes: in the text of a..s, v, w, y, z and dev the shape occurs 22
times, and the 2 inside a gold insight are the speaker's pitch ("I mentioned I rewrote ... and
she liked that"; self_pitch). The model filed 10 of them as likes on n..s, v, y and z
(insights16). The present tense stays: "she loves that" after a point about the job is a like
every time it is labelled ("she loves that", "he loves that").
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.lexicon import word_list

#: a past-tense like: the contact's reaction in the call ("liked", "loved", "appreciated")
_REACTED = word_list("reaction_verbs")
#: the base forms after "seemed to" ("he seemed to like that")
_SEEMED = frozenset({"like", "love", "appreciate"})
#: what the speaker is called in what the contact liked ("that I ...", "my answer", "me")
_SPEAKER = frozenset({"i", "my", "me"})
#: what ends a bare "that" ("He liked that.", "he liked that, and ...")
_ENDS = frozenset({".", ",", ";", "!", "?", "-", "—"})


def _reaction_at(doc: Doc, k: int, e: int) -> bool:
    """Is the like verb at ``k`` a reaction to the speaker: "<liked> that" alone, "<liked>
    that I ...", "<liked> my ...", "<liked> how I ..."?"""
    t = doc[k]
    seemed = t.lower_ in _SEEMED and k >= 2 and doc[k - 1].lower_ == "to"
    if not (t.lower_ in _REACTED or (seemed and doc[k - 2].lemma_ == "seem")):
        return False
    j = k + 1
    if j >= e:
        return False
    nxt = doc[j].lower_
    if nxt in {"my", "me"}:
        return True
    if nxt in {"that", "how"}:
        return j + 1 >= e or doc[j + 1].text in _ENDS or doc[j + 1].lower_ in _SPEAKER
    return False


def speaker_reaction(doc: Doc, span: tuple[int, int]) -> bool:
    """Is ``span`` the contact's reaction to the speaker rather than a like of the work? Not
    when another like comes before the reaction in it ("He loves the travel, and he liked
    that I asked")."""
    s, e = span
    for k in range(s, e):
        if _reaction_at(doc, k, e):
            return True
        if doc[k].lemma_ in {"like", "love", "enjoy"} and doc[k].pos_ == "VERB":
            return False  # a like of its own first: the candidate is more than a reaction
    return False
