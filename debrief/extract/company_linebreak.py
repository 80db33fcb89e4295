"""A contact's company read across a line break, cut at it.

Typed notes put the organisation last on a heading line ("Call (40 min) w/ Dr. Elif Sahin,
Assoc. Director, Medicinal Chemistry @ Orrin & Vale Biosciences") and a section's heading on
the next ("Background:"). spaCy keeps a blank line inside the sentence, and a span of the
roles model or the rules can run over it ("Orrin & Vale Biosciences Background"). No
organisation's name goes on over a line break in a typed note: the company is the part
before it (docs/extraction-history.md, "contact28").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from debrief.extract.doc_arrays import doc_text


def cut_at_line_break(doc: Doc, company: str | None) -> str | None:
    """``company`` up to a line break it is said over in the recap, else unchanged."""
    text = doc_text(doc)
    if not company or " " not in company.strip() or "\n" not in text or company in text:
        return company  # said as written (the usual case): no line break inside it
    words = company.split()
    said = re.compile(r"\s+".join(re.escape(w) for w in words))
    m = said.search(text)
    if m is None or "\n" not in m.group(0):
        return company
    head = m.group(0).split("\n", 1)[0].strip(" ,;:-")
    return head if head else company
