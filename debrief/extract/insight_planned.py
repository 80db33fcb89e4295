"""A step the speaker plans, filed as a follow-up, is no insight as well.

Reads the recap's text, the insights emitted and the follow-ups the follow-up component filed
(``doc._.follow_ups``; so it runs in :func:`insight_categorizer.finish`, after every
component). "start a portfolio doc on my next day off, Tuesday.", "practise with NVDA for
15 min a day (starting tomorrow).", "I told Jerome I'd let him know about the evening job by
the 22nd.": the follow-up component files the line as the speaker's to-do, and the insight
model filed it too (advice, skills, typical_day, self_pitch) where no author files an insight.
On the development authors' predictions of base43b, an insight whose words are mostly those
of a follow-up (token F1 >= ``planned_overlap``, 0.7) was no gold insight 13 times in 19 (ag,
at, au, ax, ba, bf, bg, bk, tq, v, w); the 6 the authors file are the contact's word ("he
said read the 340b stuff", "told me to learn ...", "Must learn GASB basics", "ORDERS FROM
MENTOR: ..."), a heading's entry ("days: build tickets ...") or an order that goes on from a
sentence opening with the contact's report on its line ("He said the money is in the business
case, CFOs don't care about T-codes. Learn to build ROI model in Excel"). Those stay, and 5 of
the 13 go (ag 2, at, bf, v; w-26 stays, its line opens with the contact's report).
(insights44, stop 43, in docs/extraction-history.md).

The step is the speaker's when the insight says so (a word of ``planned_own_words``: "I",
"my") or the follow-up has a date ("on my next day off, Tuesday", "starting tomorrow"); an
order with neither is as often the contact's advice written down bare (ax-06 "Move up through
the FEMA Qualification System ...", ba-04 "figure out what a billable hour target ... means"
are left filed; the advice of tests/test_insight_imperative.py stays advice).

A report word (``planned_report_words``) right after "I" is the speaker's own ("I told Jerome
I'd let him know", "I should tell Mrs. ..."), not the contact's, and does not keep the insight.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from debrief.extract.lexicon import load_toml, token_f1, word_list
from debrief.models import FollowUp, Insight

_WORD = re.compile(r"[^\W_]+")
# a typed heading opening the insight: one to four words and a colon ("Culture: ...")
_HEADING = re.compile(r"[\W_]*[^\W_]+(?:[ \t]+[^\W_]+){0,3}[ \t]*:")
# where a sentence ends on the line before the insight
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s")
_REPORTERS = ("he", "she", "they")


@functools.cache
def _overlap() -> float:
    return float(load_toml("word_lists.toml")["planned_overlap"])


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _reported(words: list[str]) -> bool:
    """Does a report word of the contact's stand in ``words`` (not one after "I")?"""
    report = word_list("planned_report_words")
    return any(w in report and (k == 0 or words[k - 1] != "i") for k, w in enumerate(words))


def _line_opens_report(text: str, start: int) -> bool:
    """Does the sentence before ``start`` on its line open with the contact's report ("He
    said ...") in its first three words?"""
    line = text.rfind("\n", 0, start) + 1
    before = text[line:start].rstrip()
    if not before:
        return False
    ends = list(_SENTENCE_END.finditer(before + " "))
    last = before[ends[-2].end() :] if len(ends) > 1 else before
    head = _words(last)[:3]
    return _reported(head) and any(w in _REPORTERS for w in head)


def is_planned(text: str, insight: Insight, follow_ups: list[FollowUp]) -> bool:
    """Is ``insight`` a step the speaker plans, filed as a follow-up, with no word of the
    contact's in it nor a heading?"""
    words = _words(insight.text)
    if _HEADING.match(insight.text) or _reported(words):
        return False
    if _line_opens_report(text, insight.start):
        return False
    # a bare order with no date and no word of the speaker's may be the contact's advice
    # written down ("Apply for the coordinator track, people move up in two years.")
    own = bool(word_list("planned_own_words") & set(words))
    return any(
        token_f1(_words(f.text), words) >= _overlap() and (own or f.due is not None)
        for f in follow_ups
    )


def drop_planned(text: str, insights: list[Any], follow_ups: list[Any] | None) -> list[Any]:
    """``insights`` without those :func:`is_planned` finds among ``follow_ups``."""
    if not follow_ups or not insights:
        return insights
    return [i for i in insights if not is_planned(text, i, follow_ups)]
