"""The contact's reaction after the speaker's pitch, cut off the self_pitch insight.

Reads the emitted insights and the parsed recap. "I told her about the inventory audit I ran,
and she said that's basically GMP thinking", "... cut our waste by a third, he perked up at
that", "... trained twelve coworkers on the new till, and she laughed and said you're hired":
the speaker's pitch ends where the contact answers it, and the authors end the self_pitch
there. On the development authors' predictions of 2cc4513 (insights46, stop 44) a self_pitch
ran on into the contact's reaction 95 times on 26 authors (au, ae, ac, ba, bg, bj, aa,
n, o, ...); of the 513 gold self_pitch insights of the development authors, 7 keep such a
reaction inside (aa 5, am, at).

The cut is made before a mark or "and" followed by "he", "she" or "they" and a reaction verb
(``pitch_reaction_verbs`` in ``pipelines/word_lists.toml``: said, laughed, perked, seemed,
was, ...), with at least five words of the pitch before it, and not when the speaker tells
more of the pitch after the reply ("he asked about skills, so I walked through ...": "I" and a
verb of ``pitch_retell_verbs``; bj-17 of the development recaps, the one cut of 79 that lost
a gold self_pitch). The reaction itself is left unfiled:
as many authors leave it as file it as advice (insights44).
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.insight_aside import cut_tails
from debrief.extract.lexicon import word_list
from debrief.models import Insight

PITCH = "self_pitch"
#: what may stand before the contact's reply: a mark or "and"
_BEFORE = frozenset({",", ";", "—", "–", "-", "and"})
_CONTACT = frozenset({"he", "she", "they"})
#: the fewest words of the pitch before the reaction
_MIN_PITCH = 5


def _reaction_start(doc: Doc, s: int, e: int) -> int | None:
    """The token where the contact's reaction begins in the pitch ``s:e``, or None."""
    verbs = word_list("pitch_reaction_verbs")
    for k in range(s + 1, e - 1):
        if doc[k].lower_ not in _CONTACT or doc[k - 1].lower_ not in _BEFORE:
            continue
        if doc[k + 1].lower_ not in verbs:
            continue
        cut = k - 1
        if doc[cut].lower_ == "and" and cut > s and doc[cut - 1].text in _BEFORE:
            cut -= 1  # ", and she said"
        if sum(1 for t in doc[s:cut] if t.is_alpha) < _MIN_PITCH:
            continue
        if _pitch_goes_on(doc, k + 2, e):
            return None
        return cut
    return None


def _pitch_goes_on(doc: Doc, j: int, e: int) -> bool:
    """Does the speaker tell more of the pitch after the reply ("he asked about skills, so I
    walked through how I reconciled the books ...")? Then the reply is a prompt inside the
    pitch, not its end."""
    retell = word_list("pitch_retell_verbs")
    return any(doc[m].lower_ == "i" and doc[m + 1].lower_ in retell for m in range(j, e - 1))


def cut_pitch_reactions(doc: Doc, insights: list[Insight]) -> list[Insight]:
    """``insights`` with the contact's reaction cut off the end of each self_pitch."""
    return cut_tails(doc, insights, _reaction_start, category=PITCH)
