"""The speaker's obligation said as a list's label: "ok so i have to - email her the notebook -
update my portfolio by friday", "Need to: send the deck, book the exam".

A writer who has several things to do often says the obligation once and lists what it
covers, the list set off by a dash or a colon right after the modal, with no label word
before it. Read as a clause, "i have to" governs no verb of its own (the dash stands between),
so the whole run was one item from the modal to the last date ("i have to - email ... -
update ... by friday"), or the first entry was lost behind the colon. ``obliged_label``
finds such an opening so the list reader (``ListShapes._listed``) reads the entries after it
as a list header's: parted at each dash, comma or semicolon, each opening on its verb. Only
when the dash or colon follows the modal at once (past an optional "do": "I have to do:"),
so "I have to email her - she asked twice" stays a clause
(docs/extraction-history.md, "fu35: a markdown checkbox marks a to-do, whatever its wording").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from debrief.extract.doc_arrays import lowers, texts

if TYPE_CHECKING:
    from debrief.extract.lexicon import PhraseSet

#: what sets the list off after the modal: a colon, or a dash standing apart
_SEPS = frozenset({":", "-", "—", "–"})


def obliged_label(doc: Doc, i: int, end: int, modals: PhraseSet, subjectless: PhraseSet) -> int:
    """Length of "i have to -" / "need to:" / "I have to do:" opening at ``doc[i]`` up to its
    separator (not included: the list reader skips it), when a word follows the separator;
    0 otherwise. Strings first: nothing is matched unless a separator stands within six
    words."""
    low = lowers(doc)
    if low[i] != "i" and low[i] not in subjectless.by_first:
        return 0
    if not any(low[j] in _SEPS for j in range(i + 1, min(i + 7, end))):
        return 0
    k = i + 1 if low[i] == "i" else i
    n = (modals if k > i else subjectless).match_at(doc, k, end)
    if not n:
        return 0
    k += n
    if k < end and low[k] == "do":
        k += 1
    if k + 1 >= end or low[k] not in _SEPS:
        return 0
    if low[k] != ":" and not doc[k - 1].whitespace_:
        return 0  # "have to-do": a word's hyphen, not a dash setting a list off
    return k - i if texts(doc)[k + 1].isalpha() else 0
