"""Extraction stage: a recap transcript in, an :class:`~debrief.models.Extraction` out.

The spaCy pipeline is ``en_core_web_sm`` plus debrief's own components, registered under
versioned names (``debrief_<what>_v<N>``) and driven by pattern and cue files in
``pipelines/``. The pipeline is loaded once per process (:func:`load_nlp`).
"""

from __future__ import annotations

from debrief.extract.pipeline import PIPELINE_VERSION, extract, extract_doc, load_nlp

__all__ = ["PIPELINE_VERSION", "extract", "extract_doc", "load_nlp"]
