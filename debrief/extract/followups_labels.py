"""Spoken list numbers ("Item one, ...") and a header line standing alone above numbered lines.

A to-do list is numbered in words as often as in digits when it is said rather than typed:

    Item one, look at the courses. Item two, a thank-you note to Park, today.
    Action item one: confirm his first name. Item two: apply to the posting.

"item one" plays the part "1)" plays in a typed list, so an entry after it needs no verb, as
after any list number ("Item one COR 222", "item two, send him my resume, Monday"). Said at a
sentence's opening it opens the list itself: the label says the words are the speaker's item,
where a bare "1) get the PMP" after "He said:" is the contact's advice and is not read.

A typed note puts the header on a line of its own and numbers the lines under it:

    To do:
    1) build a federal-format resume, by 15 Mar
    2) USAJobs saved searches, today

The header's line has no entry, and each numbered line is a sentence of its own
(``typed_lines``), so the list has to stay open past the header for the numbered lines to be
its entries (``ListShapes._listed``).

Inside a header's list an entry after a comma may open on a verb the tagger read as present
tense ("Things to do: ..., reschedule the call for next week, ..."): with no subject, it is
one more imperative (``bare_present``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from debrief.extract.doc_arrays import lowers
from debrief.extract.followups_tokens import NUMBER_WORDS

#: words naming a list's entry before its number: "item one", "action item two"
_ITEM_WORDS = {"item"}
#: the punctuation a spoken list number may carry: "item one, ...", "item two: ..."
_AFTER = {",", ":", "-", "—", ")", "."}
#: the tags of a finite verb: an entry holding one is a statement ("he likes that ...")
_FINITE = {"VBZ", "VBD", "VBP", "MD"}
#: ... with its subject ("thank-you note to Park" is tagged VBP and has none)
_SUBJECTS = {"nsubj", "nsubjpass", "expl"}


def item_label(doc: Doc, k: int, end: int) -> int:
    """Length of a list number said as an item's name at ``doc[k]``: "item one", "item 2",
    "action item one", with a comma, colon or dash after it; 0 otherwise. Only at a sentence's
    opening or after punctuation ("..., item two, send him ..."), so "the item one of them
    wrote" is none. Strings only (``lowers``)."""
    words = lowers(doc)
    if k > 0 and words[k - 1].isalnum() and words[k - 1] not in {"and", "so", "then"}:
        return 0  # inside a clause, not at a break
    i = k + 1 if words[k] == "action" else k
    if i + 1 >= end or words[i] not in _ITEM_WORDS:
        return 0
    num = words[i + 1]
    if num not in NUMBER_WORDS and not re.fullmatch(r"#?\d{1,2}", num):
        return 0
    n = i + 2 - k
    return n + 1 if k + n < end and words[k + n] in _AFTER else n


def item_step(doc: Doc, k: int, end: int) -> int:
    """Length of the item label at ``doc[k]`` (``item_label``) when the entry after it is a
    step, 0 otherwise. A speaker numbers their notes as well as their to-dos ("item one, day
    to day is mostly forecasting", "item two, he likes that ..."): an entry that does not open
    on a base-form verb and whose words up to its first comma hold a finite verb with its
    subject (a statement) is a note. Verbless entries ("Item one COR 222", "a thank-you note
    to Park, today") and imperatives ("send him my resume, Monday") are steps. Tags are read
    only at a label."""
    n = item_label(doc, k, end)
    if not n or k + n >= end:
        return 0
    first = doc[k + n]
    if first.tag_ == "VB":
        return n
    i = k + n
    while i < end and doc[i].text not in {",", ";", "."}:
        tok = doc[i]
        if tok.tag_ in _FINITE and any(c.dep_ in _SUBJECTS for c in tok.children):
            return 0
        i += 1
    return n


def bare_present(tok: Token) -> bool:
    """A list entry after a comma opening on a verb the tagger read as present tense ("Things
    to do: finish the final by the 11th, reschedule the call for next week, ..." tags
    "reschedule" VBP): with no subject of its own and in its base form, it is an imperative
    like the entries around it. Asked only at an entry's boundary inside a header's list."""
    return (
        tok.tag_ == "VBP"
        and tok.lemma_ == tok.lower_
        and not any(c.dep_ in _SUBJECTS for c in tok.children)
    )


def header_alone(doc: Doc, j: int, end: int) -> bool:
    """Whether nothing but punctuation follows a list header at ``j`` up to ``end``: "To do:" on
    a line of its own, or a spoken "Next steps." before "One, email her." Its list stays open
    for the numbered lines or sentences after it."""
    words = lowers(doc)
    return not any(c.isalnum() for w in words[j:end] for c in w)
