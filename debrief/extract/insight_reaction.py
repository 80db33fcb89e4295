"""The contact's reaction to the speaker: not something the contact likes about the work.

"He liked that.", "she liked that I speak Polish", "She liked that I'd done the medical supply
stuff", "he seemed to like that", "i stream and he liked that": the contact warming to what the
speaker said about themselves. A like in format.md is what the contact enjoys in the work, and
no author files these as likes: in the text of a..s, v, w, y, z and dev the shape occurs 22
times, and the 2 inside a gold insight are the speaker's pitch ("I mentioned I rewrote ... and
she liked that"; self_pitch). The model filed 10 of them as likes on n..s, v, y and z
(insights16). The present tense stays: "she loves that" after a point about the job is a like
every time it is labelled ("she loves that", "he loves that").

The past-tense like that points back at the speaker's story is the same reaction (insights40,
stop 42): "she liked it", "she loved it", "he liked that story", "He liked that a lot", "she
liked the numbers", "She liked the HTE bit", filed as likes on aa, ak, al, ap, au, bk, p and q
(after "I told him about ...", "Gave her the ... story"). A short past-tense like is a gold like
twice in the 2,000 recaps of a..m, both of the work itself ("He liked the intellectual
challenge of litigation"): the thing liked here must be "it"/"that" or a word of what was
said (``reaction_objects``: story, numbers, bit, ...), and nothing may follow it.
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
#: what the speaker said, as the contact's reaction names it ("he liked that story", "she
#: liked the numbers"): word_lists.toml ``reaction_objects``
_SAID = word_list("reaction_objects")
#: words that may close the reaction ("he liked that a lot", "she liked it too")
_TAILS = word_list("reaction_tails")


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
    if nxt in {"that", "how"} and (
        j + 1 >= e or doc[j + 1].text in _ENDS or doc[j + 1].lower_ in _SPEAKER
    ):
        return True
    return _pointed_back(doc, j, e)


def _pointed_back(doc: Doc, j: int, e: int) -> bool:
    """Does the liked thing at ``j`` point back at what the speaker just said, and end the
    clause: "it", "that a lot", "that story", "the numbers", "the <word> bit"
    (insights40)?"""
    k = j
    if doc[k].lower_ in {"it", "that", "this"}:
        k += 1
        if k < e and doc[k].lower_ in _SAID:
            k += 1  # "that story"
    elif doc[k].lower_ == "the":
        # up to two words before the thing said: "the numbers", "the HTE bit"
        said = [m for m in range(j + 1, min(j + 4, e)) if doc[m].lower_ in _SAID]
        if not said:
            return False
        k = said[0] + 1
    else:
        return False
    while k < e and doc[k].lower_ in _TAILS:
        k += 1
    return k >= e or doc[k].text in _ENDS


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
