"""Long recaps, extracted in pieces (issue 17.6).

spaCy refuses a text over its ``max_length`` (1,000,000 characters) and its parser needs
memory in proportion to the text, so a recap longer than :data:`PIECE_CHARS` is cut at
paragraph or sentence ends, each piece goes through the public
:func:`debrief.extract.extract`, and the results are merged with offsets into the whole
text. A recap of ordinary length (a few thousand characters) is one piece: unchanged.

This sits at the pipeline/stage boundary on purpose: the extraction stage itself knows
nothing of pieces.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime

from debrief.models import Contact, Extraction

#: The longest piece handed to spaCy at once: about 1,700 words, a ten-minute monologue,
#: so any ordinary recap is one piece. Far below spaCy's max_length; the parser's working
#: memory stays small, and debrief's components (tuned on recap-sized texts) find less in
#: much longer documents.
PIECE_CHARS = 10_000

# Where a piece may end, best first: a blank line, a line end, a sentence end, a space.
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"')\]]?\s"))

Extractor = Callable[[str, datetime | None], Extraction]


def pieces(text: str, size: int = PIECE_CHARS) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` covering ``text`` in order, each at most ``size`` characters,
    cut at the best break in the second half of the window (else at a space, else hard)."""
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            window = text[start:end]
            cut = None
            for pattern in (*_BREAKS, re.compile(r"\s")):
                found = [m.end() for m in pattern.finditer(window, size // 2)]
                if found:
                    cut = found[-1]
                    break
            end = start + (cut or size)
        yield start, text[start:end]
        start = end


def extract_text(
    text: str, recorded_at: datetime | None = None, spoken: bool = False
) -> Extraction:
    """Run the extraction stage alone on a text (``debrief extract``, and the pipeline's
    extraction step); a very long one in pieces. ``spoken``: the text is a transcript."""
    from debrief.extract import extract

    def extract_as(piece: str, when: datetime | None) -> Extraction:
        return extract(piece, when, spoken)

    return extract_in_pieces(extract_as, text, recorded_at)


def extract_in_pieces(
    extract: Extractor, text: str, recorded_at: datetime | None = None, size: int = PIECE_CHARS
) -> Extraction:
    """Extract ``text`` with ``extract``, piece by piece when it is longer than ``size``.

    Merged: the contact from the first piece that names one (title and company filled
    from later ones); insights and follow-ups in order with offsets into ``text``; people
    and companies once each; the first stated call length.
    """
    if len(text) <= size:
        return extract(text, recorded_at)
    merged = Extraction()
    seen_people: set[tuple[str, str]] = set()
    for offset, piece in pieces(text, size):
        if not piece.strip():
            continue
        part = extract(piece, recorded_at)
        merged.pipeline_version = part.pipeline_version
        merged.contact = _merge_contact(merged.contact, part.contact)
        merged.insights += [
            replace(i, start=i.start + offset, end=i.end + offset) for i in part.insights
        ]
        merged.follow_ups += [
            replace(
                f,
                start=None if f.start is None else f.start + offset,
                end=None if f.end is None else f.end + offset,
            )
            for f in part.follow_ups
        ]
        for person in part.people_mentioned:
            key = (person.name.casefold(), person.relation)
            if key not in seen_people:
                seen_people.add(key)
                merged.people_mentioned.append(person)
        merged.companies_mentioned += [
            c for c in part.companies_mentioned if c not in merged.companies_mentioned
        ]
        if merged.call_minutes is None:
            merged.call_minutes = part.call_minutes
    return merged


def _merge_contact(have: Contact, found: Contact) -> Contact:
    if not have.name:
        return found if found.name else have
    if found.name and found.name != have.name:
        return have
    return Contact(have.name, have.title or found.title, have.company or found.company)
