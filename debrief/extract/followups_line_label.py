"""Whose a later sentence on a typed line is, by the label that opens the line (fu33).

Decides, for a sentence that starts inside a typed line (not at its beginning), whether the
line opens on a label that says whose words the whole line is: an advice label ("Advice: don't
take the first offer. Look up the rates on the board.", "- Her advice: ... . Apply for ...")
makes every sentence of the line the contact's advice, a to-do label ("TODO: enroll in the
class by Friday. ask Omar about his cousin ...") makes each of them a step of the speaker's.

The label rules (``followups_todo_label``, the list headers, the advice tests) read the
sentence a label opens; the parser's next sentence on the same line is read bare, so its
imperative was filed as the speaker's step under an advice label and could be lost under a
to-do one. A typist's label covers its line: on the development authors' 87 lines opened by
an advice label, no labelled follow-up stands in a later sentence of the line
(docs/extraction-history.md, "fu33: whose a later sentence on a labelled typed line is").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from debrief.extract.doc_arrays import doc_text, lowers
from debrief.extract.followups_todo_label import todo_label

if TYPE_CHECKING:
    from debrief.extract.lexicon import PhraseSet

#: the most words before the label's colon ("LINE 9 - ADVICE:", "- Her advice:")
_MAX_WORDS = 5
#: what opens a typed line before its label: a bullet or a list number's pieces
_BULLETS = frozenset({"-", "*", "•", "(", ")", "."})
#: what closes a label
_SEPS = frozenset({":", "—", "–"})
#: how far into its line a label's colon may stand ("- LINE 10 - HER ADVICE:")
_HEAD_CHARS = 48


def line_label(
    doc: Doc, sent: Span, headers: PhraseSet, advice_words: set[str], imperatives: set[str]
) -> str | None:
    """ "advice" or "todo" when ``sent`` starts inside a typed line opened by such a label,
    else None (also when the sentence opens its line: the label rules read it there)."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    if line_start == 0 and "\n" not in text:
        return None  # one paragraph: no typed lines
    # strings first (speed): most sentences open their line, or their line has no label
    head = text[line_start : min(sent.start_char, line_start + _HEAD_CHARS)]
    if ":" not in head and "—" not in head and "–" not in head:
        return None
    opening = doc.char_span(line_start, sent.start_char, alignment_mode="expand")
    if opening is None or len(opening) == 0:
        return None
    low = lowers(doc)
    k = opening.start
    while k < sent.start and (low[k] in _BULLETS or low[k].isdigit()):
        k += 1
    sep = next((j for j in range(k, min(sent.start, k + _MAX_WORDS + 1)) if low[j] in _SEPS), None)
    if sep is None or sep == k:
        return None
    if any(low[j] in advice_words for j in range(k, sep)):
        return "advice"
    if headers.match_at(doc, k, sep + 1) or todo_label(
        doc, k, sent.start, advice_words, imperatives
    ):
        return "todo"
    return None
