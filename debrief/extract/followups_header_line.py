"""A typed recap's first line when it is the call's own header, which holds no step.

Typed notes often open on a header line naming the call: "Call (45 min) w/ Dr. Ana Ruiz,
Director @ Halden Labs", "Subject: Call with Priya Nair (VP, Orbit) - 12/05 - 40 mins". Its
"Call" reads as a bare imperative and its date as a dated note, so it was filed as a follow-up.
The line is taken for a header only when it carries a header's own marks: a label opening it
("Subject:") or the call's length as a field ("(45 min", "- 40 mins"); "Call Sam by Friday" on
a first line stays a step. Reads the whole first line of the recap (up to its first line
break, so a one-line recap is never touched) and the items' character offsets; the words are
the ``[header_line]`` table of ``pipelines/followup_cues.toml`` and the asides' length units.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from debrief.extract.doc_arrays import doc_text
from debrief.extract.followup_cues import followup_cues
from debrief.models import FollowUp


@functools.cache
def _header() -> re.Pattern[str]:
    cues = followup_cues()
    labels = "|".join(re.escape(w) for w in cues["header_line"]["labels"])
    units = "|".join(re.escape(w) for w in sorted(cues["asides"]["length_units"], key=len)[::-1])
    # a label opening the line, or a length set off as a field: "(60 min", "- 55 min"
    return re.compile(rf"^\W*(?:{labels})\s*:|[(\-–—]\s*~?\d+\s*(?:{units})\b", re.IGNORECASE)


def header_line_end(doc: Doc) -> int | None:
    """The character offset where the recap's first line ends, when that line is a header."""
    text = doc_text(doc)
    end = text.find("\n")
    if end <= 0 or not _header().search(text[:end]):
        return None
    return end


def drop_header_items(doc: Doc, items: list[FollowUp]) -> list[FollowUp]:
    """The items less those read from a header first line."""
    end = header_line_end(doc) if items else None
    if end is None:
        return items
    return [f for f in items if f.start is None or f.start >= end]
