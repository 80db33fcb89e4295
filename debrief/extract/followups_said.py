"""The speaker's own to-do said in the same sentence as the contact's reported words.

``ClauseTests._reported`` reads an "I need to ..." that follows "she said ..." as more of what
she said ("she said I should take a course": her advice, not a plan). Two shapes are the
speaker's own all the same, because her words are finished before the speaker's clause:

- the reporting verb is a tag after her words, and the speaker carries on with "and"/"so":
  "the mixer is the second Friday, she said, and I need to book a sitter";
- her words run a clause of their own before the speaker's "I", and the speaker's clause
  states its own due date: "Omar said he'd put me in touch with his lead, I have to send
  him a short bio by Thursday" (her words ended by a comma, the speaker's clause within 12
  words).

"she said I need to apply by June" (the "I" right after her verb or "that") stays her words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from debrief.extract.dates import due_date
from debrief.extract.followups_tokens import anchor_date

_OTHERS = {"she", "he", "they"}
# "so I should sign up by Friday" after her words may be her advice put in the speaker's mouth
_ADVISED = {"should", "could", "might", "may", "ought"}
_BREAKS = {",", ".", ";", "?", "!", "—", "–"}


def _said_by_other(doc: Doc, k: int, reporting: set[str]) -> bool:
    """Token ``k`` is a reporting verb whose subject just before it is someone else."""
    w = doc[k]
    if w.lemma_.lower() not in reporting or w.pos_ != "VERB" or k == 0:
        return False
    who = doc[k - 1]
    return who.lower_ in _OTHERS or who.ent_type_ == "PERSON"


def own_after_said(doc: Doc, subj: Token, verb: int, sent: Span, reporting: set[str]) -> bool:
    """The speaker's clause (subject ``subj``, action verb ``verb``) is theirs although the
    parser hangs it under the contact's reporting verb earlier in the sentence: see the
    module docstring for the two shapes."""
    said = next(
        (k for k in range(subj.i - 1, sent.start, -1) if _said_by_other(doc, k, reporting)),
        None,
    )
    if said is None:
        return False
    if subj.i + 1 < sent.end and doc[subj.i + 1].lower_ in _ADVISED:
        return False  # "she told me to sit in first, so I should ...": may be her advice still
    between = [t.lower_ for t in doc[said + 1 : subj.i]]
    if between in ([",", "and"], [",", "so"]):
        return True  # "..., she said, and I need to ..."
    if between[-2:] in ([",", "and"], [",", "so"]):
        between = between[:-1]
    # her words end on a comma: an unpunctuated run-on ("... he said X i need to Y ...") gives
    # no sign where her words stop, and there the clause was her advice as often as not
    if len(between) < 3 or between[-1] != ",":
        return False
    # the speaker's clause up to its first break (at most 12 words), with a due date of its own
    last = min(sent.end, verb + 12)
    end = next((k for k in range(verb, last) if doc[k].text in _BREAKS), last)
    return due_date(doc[verb:end].text, anchor_date(doc)) is not None
