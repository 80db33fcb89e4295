"""Extraction stage: a recap transcript in, an :class:`~debrief.models.Extraction` out.

The spaCy pipeline is ``en_core_web_sm`` plus debrief's own components, registered under
versioned names (``debrief_<what>_v<N>``) and driven by pattern and cue files in
``pipelines/``. The pipeline is loaded once per process (:func:`load_nlp`).
"""

from __future__ import annotations

import sys


def _import_spacy_without_torch() -> None:
    """Import spaCy without letting thinc import PyTorch.

    thinc imports torch whenever it is installed (it is, with the openai-whisper extra),
    which costs the user about 2 s of waiting, and en_core_web_sm never uses it. A ``None``
    entry in ``sys.modules`` makes ``import torch`` fail inside thinc only while spaCy is
    first imported; torch imports normally afterwards (the openai-whisper engine needs it).
    """
    if "torch" in sys.modules or "thinc" in sys.modules:
        return
    sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        import spacy  # noqa: F401
    finally:
        del sys.modules["torch"]


_import_spacy_without_torch()

from debrief.extract.pipeline import PIPELINE_VERSION, extract, extract_doc, load_nlp  # noqa: E402

__all__ = ["PIPELINE_VERSION", "extract", "extract_doc", "load_nlp"]
