"""The speaker's step resumed after another's clause, for debrief_followups_v1.

"So I want to apply to the posting, she said it closes on the 23rd, and send her a note
tomorrow", "I need to add metrics before Wednesday because she wants it by then, and apply to
the coordinator posting": the first step ends where someone else's clause starts, and the
", and <verb>" after that clause was read as part of it. It is not: the verb after "and" is in
its base form with no subject of its own, and a base form cannot be a second verb of a clause
whose verb is finite and agrees with another subject ("it closes", "she wants", "he said"). It
carries on the speaker's obligation, and is the speaker's step (fu32). Not when the clause
between has a modal ("he'll call me, and email him": the base form may be his), nor when its
subject is the speaker, nor when the step itself is the contact's (only a step already found
is resumed).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

#: words skipped between "and" and the resumed verb ("and also send", "and then ask")
_BRIDGE = {"then", "also", "um", "uh", "just"}
_SUBJECTS = {"nsubj", "nsubjpass"}
#: finite verbs of another's clause: a third person present or a past
_FINITE = {"VBZ", "VBD"}
_SPEAKER = {"i", "we", "me"}


def resumed_steps(
    doc: Doc, sent: Span, found: list[tuple[int, int]], end_of: Callable[[int], int]
) -> list[int]:
    """The verb of each step resumed after another's clause that follows the last step found
    (``found``: (start, verb)); ``end_of`` gives where a step's text ends."""
    if not found or "and" not in {t.lower_ for t in doc[found[-1][1] : sent.end]}:
        return []
    verb = found[-1][1]
    k = end_of(verb)
    other = False  # another's finite clause seen since the step ended
    out: list[int] = []
    while k < sent.end - 1:
        t = doc[k]
        if t.tag_ == "MD" or t.lower_ in _SPEAKER:
            return out
        if t.dep_ in _SUBJECTS and t.head.tag_ in _FINITE and t.head.i > k:
            other = True
        if other and t.lower_ == "and" and doc[k - 1].text == ",":
            j = k + 1
            while j < sent.end and doc[j].lower_ in _BRIDGE:
                j += 1
            if j < sent.end and _bare(doc, j):
                out.append(j)
                return out
        k += 1
    return out


def _bare(doc: Doc, j: int) -> bool:
    """A verb in its base form with no subject of its own."""
    tok = doc[j]
    return (
        tok.tag_ == "VB"
        and tok.text.isalpha()
        and tok.lemma_.lower() == tok.lower_
        and not any(c.dep_ in _SUBJECTS for c in tok.children)
    )
