"""The one thing a "nothing to do" sentence still names, for debrief_followups_v1.

A speaker closing a recap often says there is nothing to follow up and names the one small
thing there is in the same breath: "No follow ups really, maybe just connect on LinkedIn.",
"Nothing to do really, maybe just go visit the gardens on my next day off.", "Nothing to follow
up except LinkedIn connect.", "no follow ups except thank you email". The none marker used to
silence the whole sentence, so that thing was lost; the labels of ac, ae, ag and b keep it
(one labelled item in each of 5 development recaps of this shape). What comes after an
exception word ("except", "other than", "besides", "apart from") or a hedge that narrows
the none to one thing ("maybe just") is that item. Not when the exception doubts itself or
names no step ("No follow-ups, except maybe to thank him.", "except maybe not applying there",
"except thinking about it", "except i want to think about it": unlabelled on a and dev), and
not after "just" alone, which is as often a comment ("No real follow-ups, just build stuff.",
"just good to hear": unlabelled on a, b and q).

A bare "maybe" names that thing too, in the marker's sentence or in the one right after it
("No action items really. Maybe talk to Shannon this weekend.", "not following up much. maybe
LinkedIn connect only": labelled on ai and y), but not when a subject follows it (the speaker
musing, "no follow ups really maybe i'll look at the code enforcement job but i'm not sure":
unlabelled on a) nor when a doubt follows anywhere in the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import PhraseSet

#: Words allowed between the none marker and the exception: "No follow ups really, maybe ...".
_BETWEEN = frozenset({",", "really", "right", "now", "for", "yet", "honestly", "though", "-"})
#: Where the excepted thing ends: "... except a thank you, but that's it".
_ENDS = frozenset({",", ";", "but", "because", "since", "cause", "though", "."})
#: After a bare "maybe" these open a musing, not a step: "maybe i'll look at ...".
_SUBJECTS = frozenset({"i", "ill", "im", "we", "he", "she", "they", "it", "that", "this"})


def none_but(
    doc: Doc, marker_end: int, end: int, exceptions: PhraseSet, idle: frozenset[str]
) -> tuple[int, int] | None:
    """(start, end) of the thing named after a none marker ending at ``marker_end`` ("no
    follow-ups except a thank-you email"), or None when the sentence names none. ``idle``:
    words that make the excepted thing no step (thinking, deciding, a doubt, a negation)."""
    words = lowers(doc)
    i = marker_end
    while i < end and i - marker_end < 4 and words[i] in _BETWEEN:
        i += 1
    n = exceptions.match_at(doc, i, end)
    if not n:
        while i < end and words[i] in (".", "-"):  # "not following up much. maybe ..."
            i += 1
        return hedged_step(doc, i, end, idle)
    s = i + n
    e = _step_end(words, s, end)
    if e - s < 2 or any(w in idle for w in words[s:e]):
        return None
    return s, e


def hedged_step(doc: Doc, start: int, end: int, idle: frozenset[str]) -> tuple[int, int] | None:
    """(start, end) of the step a bare "maybe" at ``start`` names after a none marker ("Maybe
    talk to Shannon this weekend."), past a bullet; None when no "maybe" opens there, when a
    subject follows it ("maybe i'll look at ..."), or when the rest of the sentence doubts or
    names no step (``idle``: "..., but i'm not sure")."""
    words = lowers(doc)
    i = start
    while i < end and words[i] in ("-", "*", ","):
        i += 1
    if i >= end or words[i] != "maybe":
        return None
    s = i + 1
    if s < end and words[s] == "just":
        s += 1
    if s >= end or words[s] in _SUBJECTS:
        return None
    e = _step_end(words, s, end)
    if e - s < 2 or any(w in idle for w in words[s:end]):
        return None
    return s, e


def _step_end(words: list[str], s: int, end: int) -> int:
    """Where the step that starts at ``s`` ends: the first of :data:`_ENDS` (a comma, "but",
    "because", a full stop), else ``end``."""
    e = s
    while e < end and words[e] not in _ENDS:
        e += 1
    return e
