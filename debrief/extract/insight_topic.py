"""A possessive topic that opens a new statement inside a run-on: "... did a masters in
informatics her week as governance meetings and vendor calls", "... doing this his week is
mostly updating layers", "..., some retrofit thing, her day is standups, risk reviews".

Said aloud, the contact's day, week or advice is the next point after a pause that Whisper
often writes as nothing or as a comma (and tiny.en hears the "is" after "week" as "as"); typed
in a hurry, the same point follows the last one with no stop. ``insight_segment``'s
``_run_on_clause`` already cuts before "his/her advice|day|week is" right after a noun; on
the development transcripts the same opening was left uncut after a pronoun ("doing this his
week is"), a comma, an adjective, with "typical" before the topic ("her typical week is"), or
with Whisper's "as" for "is" (spokenins19, docs/speech-history.md). The cut is only offered:
the classifier still splits the sentence only when the two sides are filed apart, so "She
manages three task orders, her week is status meetings" (a day told both sides) stays whole.
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.doc_arrays import lowers
from debrief.extract.lexicon import word_list

#: the possessive topics that open a point: the contact's day or week (a routine), advice
_TOPICS = frozenset({"day", "days", "week", "weeks", "advice"})
#: the verb after the topic
_VERBS = frozenset({"is", "was", "'s", "are", "were"})
#: a routine as tiny.en hears it: "week" as "weak", its "is" as "as" ("his week as reading
#: earnings, updating models", "her weak as billing, collections"); "as" is never taken after
#: advice ("her advice as a recruiter was ...")
_ROUTINES = frozenset({"day", "days", "week", "weeks", "weak"})
_HEARD_VERBS = _VERBS | {"as"}
#: said between the possessive and the topic ("her typical week is")
_TOPIC_ADJECTIVES = frozenset({"typical", "normal", "usual", "average"})
#: a part of the day is no new point ("half her week is", "most of his day is"), nor the
#: object of a say verb ("told me her day is": a reported clause)
_SHARE = frozenset(
    {"half", "most", "all", "much", "part", "some", "rest", "whole", "of", "me", "us", "him"}
)
#: what the token before the possessive may be: a run-on's last word (a noun, a name, a
#: pronoun, a number, an adjective) or a comma after a clause with its own verb. Not a verb
#: ("spends her week", "described her day as"), a preposition or a determiner.
_BEFORE = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADJ"})
_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})
#: the words before the comma that make a clause of their own (at least this many)
_MIN_LEFT = 3


def topic_opens(doc: Doc, s: int, i: int, e: int) -> bool:
    """Does a new statement about the contact's day, week or advice start at token ``i``
    (a "his" or "her") of the sentence ``s:e``, with no full stop before it?"""
    words = lowers(doc)
    k = i + 1
    if k < e and words[k] in _TOPIC_ADJECTIVES:
        k += 1
    if k + 1 >= e or i <= s:
        return False
    topic, verb = words[k], words[k + 1]
    if not (topic in _TOPICS and verb in _VERBS) and not (
        topic in _ROUTINES and verb in _HEARD_VERBS
    ):
        return False
    prev = doc[i - 1]
    if prev.lower_ in _SHARE or prev.lower_ in word_list("no_break_before"):
        return False
    if prev.text == ",":
        # a comma splice: the words before it are a clause of their own
        left = doc[s : i - 1]
        return sum(1 for t in left if t.is_alpha) >= _MIN_LEFT and any(
            t.tag_ in _FINITE for t in left
        )
    return prev.pos_ in _BEFORE
