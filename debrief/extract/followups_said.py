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
- the same in an unpunctuated run-on (fu42): her words run a clause of their own, and the
  speaker's "I" starts a new one with no comma and no subordinator before it, stating its own
  due date: "he said the owner is great but there's nowhere to go up i have to apply before
  the posting closes on the twentieth". A lower-case dictation gives no comma, so the due date
  is the sign the speaker has taken the word back (missed on c, d, e and m before).

"she said I need to apply by June" (the "I" right after her verb or "that") stays her words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from debrief.extract.dates import due_date
from debrief.extract.followup_cues import followup_cues
from debrief.extract.followups_tokens import anchor_date

_OTHERS = {"she", "he", "they"}
# "so I should sign up by Friday" after her words may be her advice put in the speaker's mouth
_ADVISED = {"should", "could", "might", "may", "ought"}
_BREAKS = {",", ".", ";", "?", "!", "—", "–"}
#: before the speaker's "I", a word that makes the clause part of the one before: "she said
#: that I ...", "... once I ...", "... because I ..." (the cue file's subordinators but "so",
#: which hands the word back: "... so I have to apply by Friday"; fu42)
_JOINED = (frozenset(followup_cues()["intent"]["subordinators"]) - {"so"}) | {
    "me",
    "to",
    "before",
    "after",
    "until",
}


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
    # her words end on a comma, or (fu42) run three words or more unpunctuated with no word
    # before the "I" that joins it to them ("... he said X i need to Y ..." is hers as often as
    # not, so only with a due date of its own, below)
    if len(between) < 3 or not (between[-1] == "," or between[-1] not in _JOINED | _BREAKS):
        return False
    # the speaker's clause up to its first break (at most 12 words), with a due date of its own
    last = min(sent.end, verb + 12)
    end = next((k for k in range(verb, last) if doc[k].text in _BREAKS), last)
    return due_date(doc[verb:end].text, anchor_date(doc)) is not None
