"""The speech-to-text engine registry: one line per engine, read by everyone who needs the
list (the CLI's ``--engine`` choices, the ``engine`` setting's check, ``debrief models``,
the engine loader in :mod:`debrief.transcribe` and the benchmarks).

A third engine is one new module in ``debrief/transcribe/`` holding a subclass of
:class:`debrief.transcribe.base.Engine` (built from :class:`EngineOptions`), plus its line in
:data:`ENGINES`. This module imports nothing else of debrief: it sits beside
``config`` at the bottom of the layers.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class EngineSpec:
    """What debrief knows about an engine without loading it."""

    name: str
    #: ``module:Class`` of the engine, imported only when the engine is first used
    target: str
    #: top-level modules it needs, checked with ``importlib.util.find_spec`` (no import)
    requires: tuple[str, ...]
    #: the model format it loads (``debrief models``)
    model_format: str
    #: how to install it when it is an extra, else None
    install: str | None = None


ENGINES: dict[str, EngineSpec] = {
    "faster-whisper": EngineSpec(
        "faster-whisper",
        "debrief.transcribe.faster:FasterWhisperEngine",
        ("faster_whisper", "ctranslate2"),
        "CTranslate2",
    ),
    "openai-whisper": EngineSpec(
        "openai-whisper",
        "debrief.transcribe.openai:OpenAIWhisperEngine",
        ("torch", "whisper"),
        "PyTorch",
        "pip install torch==2.13.0 && pip install 'debrief[openai-whisper]'",
    ),
}


@dataclass(unsafe_hash=True)
class EngineOptions:
    """The typed options every engine is built from (the settings that shape a
    transcription; :class:`debrief.config.Settings` adds the rest). Hashable: loaded
    engines are cached by them (:meth:`from_settings` makes a copy to use as the key)."""

    engine: str = "faster-whisper"
    model: str = "tiny.en"
    language: str = "en"
    threads: int = 0
    beam_size: int = 2
    #: 0 = sequential decoding; N = faster-whisper's batched decoding of N speech chunks
    batch_size: int = 8
    vad: bool = True
    compute_type: str = "int8"
    #: the data home (where a converted model is kept); not part of an engine's identity,
    #: so the same model is loaded once per process whatever the home
    home: Path = field(default=Path("."), compare=False)

    @property
    def effective_threads(self) -> int:
        """Threads for inference: the option, or the machine's cores when it is 0."""
        return self.threads if self.threads > 0 else (os.cpu_count() or 1)

    @classmethod
    def from_settings(cls, settings: Any) -> EngineOptions:
        """The options of :class:`debrief.config.Settings` (or anything with its fields)."""
        return cls(
            engine=settings.engine,
            model=settings.model,
            language=settings.language,
            threads=settings.threads,
            beam_size=settings.beam_size,
            batch_size=settings.batch_size,
            vad=settings.vad,
            compute_type=settings.compute_type,
            home=settings.home,
        )
