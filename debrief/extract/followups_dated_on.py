"""A short dated step that closes an undated one, for debrief_followups_v1 (fu37).

"I need to look up the course dates and register by next Friday", "look at the posting and
decide by Sunday", "find her last name and send a connect tonight": the second step is a few
words and a date, after a bare "and", and finishes what the first began; its date is when
the whole is due. The labels keep such a pair as one item (dev and eight development
authors), so :class:`~debrief.extract.followups_split.ItemSplits` does not part it, as it
already keeps an undated short follow-on ("and ask around", ``ItemSplits._follow_on``).

A second step that names someone ("and send him a thanks by Monday", "and email Mei-Lin by
Tuesday") is a message of its own, and so is one that names a thing of its own ("and order
the book tonight"), one that says more than a few words before its
date, one with words after its date, or one whose first step already says when ("apply
tomorrow and update my LinkedIn by Sunday"): the labels part those
(docs/extraction-history.md, "fu37: a short dated step closing an undated one").
"""

from __future__ import annotations

from spacy.tokens import Doc

from debrief.extract.dates import find_dates
from debrief.extract.followups_parted import lower_name
from debrief.extract.followups_tokens import anchor_date

#: the most words the second step may have before its date ("get an estimate by")
_HEAD_WORDS = 4
#: a person named by a pronoun ("and send him a thanks by Monday")
_PERSONS = frozenset({"him", "her", "them", "his", "their", "me", "us"})
#: a thing of its own, named definite ("and order the book tonight", "and update my resume by
#: Sunday"): another errand, not the close of the first
_DEFINITE = frozenset({"the", "my", "this", "that", "these", "those", "our", "your"})
#: the words that may stand after the date, its end ("by Friday.", "tonight, ")
_AFTER = frozenset({".", ",", ";", "!", "?", "-", "—"})


def dated_follow_on(doc: Doc, s: int, k: int, j: int, end: int) -> bool:
    """Whether the step opening at ``doc[j]`` (after the "and" at ``doc[k]``) is a short dated
    step closing the undated step ``doc[s:k]``: the two are one item, due at its date."""
    if doc[k].lower_ != "and" or doc[k - 1].text == "," or j >= end:
        return False
    anchor = anchor_date(doc)
    if find_dates(doc[s:k].text, anchor):
        return False  # the first step says when already: each its own item
    rest = doc[j:end]
    found = find_dates(rest.text, anchor)
    if len(found) != 1:
        return False
    date = found[0]
    head = [t for t in rest if t.idx - rest.start_char < date.start and not t.is_punct]
    tail = [t for t in rest if t.idx - rest.start_char >= date.end]
    return (
        0 < len(head) <= _HEAD_WORDS
        and all(t.text in _AFTER for t in tail)
        and not any(
            t.pos_ == "PROPN"
            or t.lower_ in _PERSONS
            or (t.lower_ != "i" and any(c.isupper() for c in t.text))
            or lower_name(doc, t)
            or t.lower_ in _DEFINITE
            for t in head[1:]
        )
    )
