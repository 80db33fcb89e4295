"""Assemble the spaCy pipeline and run it over one recap: the one edge where a Doc becomes
an :class:`~debrief.models.Extraction`. The base model it is built on is :mod:`base`."""

from __future__ import annotations

import threading
from datetime import datetime
from typing import TYPE_CHECKING

from debrief.extract import components
from debrief.extract.base import load_base
from debrief.models import Contact, Extraction

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Bumped whenever a component, pattern or cue file changes what is extracted;
#: stored per debrief so `debrief reextract` knows what is stale.
PIPELINE_VERSION = "debrief-extract-1.43"

_lock = threading.Lock()
_nlp: Language | None = None


def load_nlp() -> Language:
    """The spaCy pipeline, loaded on first use and then shared by the whole process."""
    global _nlp
    if _nlp is not None:
        return _nlp
    with _lock:
        if _nlp is None:
            _nlp = _build()
    return _nlp


def _build() -> Language:
    nlp = load_base()
    components.add_components(nlp)
    return nlp


def extract_doc(text: str, recorded_at: datetime | None = None, spoken: bool = False) -> Doc:
    """Run the whole pipeline on ``text``; the results are on ``doc._``.

    ``spoken`` says the text is a speech transcript; it is set on ``doc._.spoken`` for the
    components that read a transcript otherwise than typed text."""
    from debrief.extract.insights import DEFER, finish

    nlp = load_nlp()
    doc = nlp.make_doc(text)
    doc._.recorded_at = recorded_at
    doc._.spoken = spoken
    # the insight component embeds its unsure candidates on another thread while the
    # components after it run; finish() waits for it
    doc.user_data[DEFER] = True
    try:
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
    finally:
        finish(doc)
    return doc


def extract(text: str, recorded_at: datetime | None = None, spoken: bool = False) -> Extraction:
    """Extract contact, insights, follow-ups, people, companies and call length from a recap.

    ``recorded_at`` anchors relative due dates ("by Friday"); it defaults to now.
    ``spoken``: the text is a speech transcript (a debrief filed from audio), not typed.
    Empty or whitespace-only text gives an empty extraction.
    """
    if not text or not text.strip():
        return Extraction(pipeline_version=PIPELINE_VERSION)
    doc = extract_doc(text, recorded_at or datetime.now(), spoken)
    return to_extraction(doc)


def to_extraction(doc: Doc) -> Extraction:
    """Collect what the components left on ``doc._`` into the pipeline's contract."""
    return Extraction(
        contact=doc._.contact or Contact(),
        insights=list(doc._.insights or []),
        follow_ups=list(doc._.follow_ups or []),
        people_mentioned=list(doc._.people or []),
        companies_mentioned=list(doc._.companies or []),
        call_minutes=doc._.call_minutes,
        pipeline_version=PIPELINE_VERSION,
    )
