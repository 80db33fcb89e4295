"""The engine interface and the process-wide engine cache."""

from __future__ import annotations

import threading
import tomllib
from collections.abc import Callable
from typing import Any, Protocol

import numpy as np

from debrief.config import Settings, data_file
from debrief.errors import ConfigError
from debrief.models import Transcript

#: Called with the number of seconds of audio transcribed so far.
ProgressCallback = Callable[[float], None]

SAMPLE_RATE = 16_000


class Engine(Protocol):
    """A loaded speech-to-text model."""

    name: str
    model_name: str

    def transcribe(self, audio: np.ndarray, progress: ProgressCallback | None = None) -> Transcript:
        """Transcribe 16 kHz mono float32 ``audio``."""
        ...


_cache: dict[tuple[Any, ...], Engine] = {}
_lock = threading.Lock()


def decode_options() -> dict[str, Any]:
    """The ``[decode]`` and ``[vad]`` tables of ``pipelines/whisper.toml``."""
    with data_file("pipelines", "whisper.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return {"decode": data.get("decode", {}), "vad": data.get("vad", {})}


def get_engine(settings: Settings) -> Engine:
    """The engine the settings name, loaded on first use and then reused by the same thread.

    Per thread because CTranslate2 runs a model about 8x slower, in CPU time, when it is
    called from a thread other than the one that loaded it (measured here: beam 1 on a 46 s
    recap, 3.0 s of CPU when one thread loads and transcribes, 21-25 s when another thread
    loaded it). The pipeline therefore loads and runs Whisper on one dedicated thread.
    """
    key = (
        threading.get_ident(),
        settings.engine,
        settings.model,
        settings.effective_threads,
        settings.compute_type,
        settings.beam_size,
        settings.batch_size,
        settings.vad,
        settings.language,
    )
    with _lock:
        engine = _cache.get(key)
        if engine is None:
            engine = _load(settings)
            _cache[key] = engine
    return engine


def _load(settings: Settings) -> Engine:
    if settings.engine == "faster-whisper":
        from debrief.transcribe.faster import FasterWhisperEngine

        return FasterWhisperEngine(settings)
    if settings.engine == "openai-whisper":
        from debrief.transcribe.openai import OpenAIWhisperEngine

        return OpenAIWhisperEngine(settings)
    raise ConfigError(f"unknown engine {settings.engine!r}")
