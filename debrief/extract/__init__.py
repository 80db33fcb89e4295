"""Extraction stage: a recap transcript in, an :class:`~debrief.models.Extraction` out.

The spaCy pipeline is ``en_core_web_sm`` plus debrief's own components, registered under
versioned names (``debrief_<what>_v<N>``) and driven by pattern and cue files in
``pipelines/``. The pipeline is loaded once per process (:func:`load_nlp`).
"""

from __future__ import annotations

import sys
from importlib.abc import MetaPathFinder
from typing import Any


class _NoTorchForThinc(MetaPathFinder):
    """Keeps thinc from importing PyTorch; everyone else imports it as usual.

    thinc imports torch whenever it is installed (it is, with the openai-whisper extra),
    which costs about 2 s, and en_core_web_sm never uses it. This finder answers "no such
    module" to an import of torch made by thinc's own code (a thinc frame on the importing
    thread's stack) and stays out of every other import, so the openai-whisper engine,
    loading torch on another thread at the same moment, is not affected. Nothing in
    ``sys.modules`` is changed. Once torch is imported (by the engine), thinc finds it there
    and uses it; nothing is lost but the 2 s.
    """

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name != "torch" and not name.startswith("torch."):
            return None
        frame = sys._getframe(1)
        while frame is not None:
            if frame.f_globals.get("__name__", "").startswith("thinc."):
                raise ModuleNotFoundError(f"No module named {name!r} (hidden from thinc)")
            frame = frame.f_back  # type: ignore[assignment]
        return None


if not any(isinstance(f, _NoTorchForThinc) for f in sys.meta_path):
    sys.meta_path.insert(0, _NoTorchForThinc())

from debrief.extract import lexicon  # noqa: E402
from debrief.extract.pipeline import PIPELINE_VERSION, extract, extract_doc, load_nlp  # noqa: E402

# lexicon.non_name_words reads the pipeline's lemmatizer; the pipeline imports lexicon, so
# the loader is handed down here rather than imported back up
lexicon.load_pipeline_with(load_nlp)

__all__ = ["PIPELINE_VERSION", "extract", "extract_doc", "load_nlp"]
