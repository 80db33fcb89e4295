"""Whose conversation a referral cue is: the speaker's own plan to talk to someone they know.

"so I'll ask my boss Mike about the next supplier visit", "ill talk to Andre this weekend":
a cue of talking ("ask", "talk to", "speak with", "chat with") whose subject is the speaker
in the future ("I'll", "I will", "I'm going to", "ill") is the speaker's own errand, not the
contact's suggestion. In a run-on transcript the contact's "he said" may stand earlier in the
parser's sentence and make the cue look reported; the speaker as the cue's own subject says
otherwise. The development authors label every person so named ``mentioned`` (6 of 6, five
authors: o p y z aa; people45). "she said I should talk to X" (a modal of advice, not of the
future) stays a cue. The words are ``own_talk`` of ``pipelines/people_cues.toml``.
"""

from __future__ import annotations

from spacy.tokens import Doc


def speaker_will_talk(
    doc: Doc,
    cs: int,
    ce: int,
    start: int,
    verbs: set[str],
    future: set[str],
    speaker: set[str],
) -> bool:
    """True when the cue at ``cs``..``ce`` is a talking verb (``verbs``, by lemma) said with
    the speaker as its subject in the future: only future words (``future``: "will", "'ll",
    "going", "to", ...) between the verb and a speaker word (``speaker``: "i", "ill") that
    itself says the future or has one of them after it. ``start`` is the sentence's start."""
    k = cs
    # the cue may hold the modal itself ("'ll ask", "will ask")
    while k < ce and doc[k].lower_ in future:
        k += 1
    if k >= ce or doc[k].lemma_.lower() not in verbs:
        return False
    j = k - 1
    while j >= start and doc[j].lower_ in future:
        j -= 1
    if j < start or doc[j].lower_ not in speaker:
        return False
    # "I talk to Mia every week" is no plan; "ill" says the future on its own
    return j < k - 1 or doc[j].lower_ != "i"
