"""Markdown checkbox lines: a typed "- [ ] ..." line is one of the speaker's to-dos, whatever
its wording.

A typist who keeps notes in markdown marks the to-dos with a box ("- [ ] email Ana the deck
by fri", "- [ ] dashboard tutorial this week", "- [ ] he said talk to @Omar"). The box is the
writer's own mark of an action item, as a to-do header is, and it holds on the line's words
whatever they are: a verbless goal, a verb the tagger misreads after the brackets, the
contact's request kept as the speaker's to-do. The clause rules read none of these (a line
opening on "[" is no imperative), so ``checkbox_lines`` finds the boxed lines in the text and
the extractor files each unticked line as one item: the whole line after its box, or, when the
clause rules find the speaker's step later in it ("- [ ] he'll intro me to Mei, reply to his
email when it comes"), from that step on. One box, one item: the writer boxed the line as one
("find a typo and open a PR this weekend" is one to-do), so it is not split at "and".

A ticked box ("- [x] connect on LinkedIn") is a to-do already done. The labels file the
speaker's own action items still to do; a done one is none (as "I already sent her my resume"
is none), so a ticked line gives no item and is not read by the clause rules either
(docs/extraction-history.md, "fu35: a markdown checkbox marks a to-do, whatever its wording").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from debrief.extract.doc_arrays import doc_text
from debrief.models import FollowUp

#: a line opening (past a bullet or a list number) on a markdown checkbox: "- [ ] ...",
#: "* [x] ...", "[ ] ...", "1. [ ] ..."
_BOX = re.compile(
    r"^[ \t]*(?:[-*+•][ \t]*|\d{1,2}[.)][ \t]*)?\[[ \t]?([ xX]?)[ \t]?\][ \t]*(\S[^\n]*?)[ \t]*$",
    re.M,
)


@dataclass(frozen=True)
class BoxLine:
    """A checkbox line: where the line opens, its words' characters (past the box), and
    whether the box is ticked."""

    opens: int
    start: int
    end: int
    done: bool


def checkbox_lines(doc: Doc) -> list[BoxLine]:
    """The doc's checkbox lines, in order (strings only: none without a "[" in the text)."""
    text = doc_text(doc)
    if "[" not in text or "]" not in text:
        return []
    return [
        BoxLine(m.start(), m.start(2), m.end(2), m.group(1) in {"x", "X"})
        for m in _BOX.finditer(text)
    ]


def box_at(lines: list[BoxLine], char: int) -> BoxLine | None:
    """The checkbox line holding the character ``char`` (from its box on), if any."""
    for line in lines:
        if line.opens <= char < line.end:
            return line
    return None


def boxed_item(
    doc: Doc, line: BoxLine, found: list[FollowUp], make: Callable[[int, int], FollowUp | None]
) -> list[FollowUp]:
    """The line's one item, none for a ticked box. It starts at the first step the clause
    rules found in the line (``found``: what stands before it is someone else's clause), else
    at the line's first word, and runs to the line's end; ``make`` builds it from tokens."""
    if line.done:
        return []
    inside = [f.start for f in found if f.start is not None and line.start <= f.start < line.end]
    span = doc.char_span(min(inside, default=line.start), line.end, alignment_mode="expand")
    item = make(span.start, span.end) if span is not None and len(span) else None
    return [item] if item else []
