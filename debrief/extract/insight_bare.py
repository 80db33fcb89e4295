"""A typed note's heading alone on its line, with no words after it: "Day-to-day",
"**skills**", "Likes/dislikes:".

Reads the sentences of a recap that are a whole line of their own and hold nothing but
headings of ``pipelines/insight_headings.toml`` (its colon, markdown's ``**`` or ``#``, and
two headings joined by "/", "&", "+" or "and" allowed). Such a line names the lines under
it and is itself no insight; ``insight_headings.heading_label`` reads a heading only when
words follow its colon on the line, so the classifier filed the bare line as an insight of
one or two words ("Likes/dislikes:" as a dislike, "**skills**" as a skill). On the
development authors it did so 3 times (al, am, bg) and no labelled insight is such a line
(insights41, stop 42). It is filed as nothing here (``"none"``, as
:func:`insight_heard.heard_headings` files a heading heard alone).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from debrief.extract.doc_arrays import before_on_line
from debrief.extract.insight_headings import HEADING_OWNERS, heading_categories

Span = tuple[int, int]

#: the marks around a bare heading: a colon, markdown's emphasis and titles, a dash
_MARKS = re.compile(r"[*#_:\-\u2013\u2014.]+")
#: what joins two headings on one line: "Likes/dislikes", "Skills & tools", "Pros and cons"
_JOIN = re.compile(r"\s*(?:/|&|\+|,|\band\b)\s*")


def bare_heading(line: str) -> bool:
    """Is ``line`` nothing but one or more headings of the table ("Likes/dislikes:")?"""
    words = _MARKS.sub(" ", line.lower()).strip()
    parts = [p.strip() for p in _JOIN.split(words) if p.strip()]
    table = heading_categories()
    return bool(parts) and all(_known(p, table) for p in parts)


def _known(part: str, table: dict[str, str]) -> bool:
    words = part.split()
    if len(words) > 1 and words[0] in HEADING_OWNERS:
        words = words[1:]
    return " ".join(words) in table or "-".join(words) in table


def bare_headings(
    doc: Doc, sentences: list[Span], named: dict[Span, str]
) -> tuple[list[Span], dict[Span, str]]:
    """``named`` with every sentence that is a bare heading line filed as nothing."""
    out = dict(named)
    for s, e in sentences:
        if e - s <= 8 and _own_line(doc, s, e) and bare_heading(doc[s:e].text):
            out[(s, e)] = "none"
    return sentences, out


def _own_line(doc: Doc, s: int, e: int) -> bool:
    """Do tokens ``s:e`` make a whole line (a line break, or the text's edge, on each side)?"""
    k = before_on_line(doc, s)
    before = k < 0 or "\n" in doc[k].text_with_ws
    k = e
    while k < len(doc) and doc[k].is_space and "\n" not in doc[k].text:
        k += 1
    after = k >= len(doc) or "\n" in doc[k].text or "\n" in doc[e - 1].text_with_ws
    return before and after
