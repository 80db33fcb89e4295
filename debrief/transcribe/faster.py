"""faster-whisper (CTranslate2) engine: CPU, int8, one thread per core, Silero VAD."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from debrief.audio import is_silent
from debrief.engines import EngineOptions
from debrief.errors import ModelNotFound, TranscriptionError
from debrief.models import Segment, Word
from debrief.transcribe.base import (
    LIVE_VOCABULARY_TOKENS,
    PROMPT_TOKENS,
    Engine,
    ProgressCallback,
    engine_settings,
    fit_vocabulary,
    without_skips,
)
from debrief.transcribe.bundled import BUNDLED_MODEL, bundled_model_path


def resolve_ct2_model(model: str) -> Path:
    """A local CTranslate2 Whisper directory for ``model`` (``tiny.en`` = the bundled one)."""
    path = bundled_model_path() if model == BUNDLED_MODEL else Path(model).expanduser()
    if not (path / "model.bin").is_file():
        raise ModelNotFound(
            f"{model}: not a CTranslate2 Whisper model directory (no model.bin); "
            "pass --model with a local path, models are never downloaded"
        )
    return path


class FasterWhisperEngine(Engine):
    """Whisper through faster-whisper; the model is loaded once, in the constructor."""

    name = "faster-whisper"
    #: Ask faster-whisper for its words and their probabilities (``word_timestamps``) when
    #: decoding a file batched (the default): a name Whisper was unsure of is flagged for
    #: the user to check (:func:`debrief.names.unsure_names`). Costs about 14% of the
    #: transcription's CPU (benchmarks/unsure.py --cost); live chunks and sequential
    #: decoding go without (see :meth:`_chunk`).
    word_probabilities = True

    def __init__(self, options: EngineOptions) -> None:
        # Belt and braces: a local path never touches the hub, and this makes sure of it.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        path = resolve_ct2_model(options.model)
        from faster_whisper import WhisperModel

        self.model_name = options.model if options.model == BUNDLED_MODEL else str(path)
        self._configure(options)
        try:
            self._model = WhisperModel(
                str(path),
                device="cpu",
                compute_type=options.compute_type,
                cpu_threads=self.threads,
                local_files_only=True,
            )
        except Exception as exc:  # CTranslate2 raises RuntimeError/ValueError on bad files
            raise TranscriptionError(f"cannot load Whisper model {path}: {exc}") from None
        self.settings = engine_settings(
            self, options, options.compute_type, self._decode, self._vad
        )
        # Batched decoding needs speech chunks to batch: the VAD cuts them.
        self._batch_size = options.batch_size if options.vad else 0
        self._batched: Any = None
        if self._batch_size:
            from faster_whisper import BatchedInferencePipeline

            self._batched = BatchedInferencePipeline(self._model)
            self.settings["batch_size"] = self._batch_size

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text`` in the model's tokenizer (for fitting the prompt)."""
        return len(self._model.hf_tokenizer.encode(text, add_special_tokens=False).ids)

    def hotwords(self, vocabulary: Sequence[str] | None, budget: int = PROMPT_TOKENS) -> str:
        """The vocabulary as faster-whisper ``hotwords``: unlike ``initial_prompt`` (used for
        the first 30-second window only when not conditioning on previous text), hotwords
        prime every window."""
        return fit_vocabulary(vocabulary, self.count_tokens, budget)

    def _transcribe(
        self, audio: np.ndarray, hotwords: str, progress: ProgressCallback | None, duration: float
    ) -> tuple[list[Segment], str, str]:
        if is_silent(audio):
            return [], self._language, hotwords
        (segments, language, _), hotwords = without_skips(
            lambda names: self._run(audio, names, progress, duration),
            hotwords,
            lambda r: r[0],
            lambda r: r[2],
        )
        return segments, language, hotwords

    def _run(
        self,
        audio: np.ndarray,
        hotwords: str,
        progress: ProgressCallback | None,
        duration: float,
    ) -> tuple[list[Segment], str, float | None]:
        """Segments, language and the seconds of speech the VAD kept (None without VAD)."""
        try:
            options: dict[str, Any] = dict(
                language=self._language,
                beam_size=self._beam_size,
                vad_filter=self._vad_on,
                vad_parameters=self._vad if self._vad_on else None,
                hotwords=hotwords or None,
                # Batched decoding only: sequential decoding with word timestamps seeks
                # back to the last word and decodes the rest of each window again.
                word_timestamps=self.word_probabilities and self._batched is not None,
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
                    segments.append(
                        Segment(round(seg.start, 2), round(seg.end, 2), text, _words(seg.words))
                    )
                if progress is not None:
                    progress(min(seg.end, duration))
        except Exception as exc:
            raise TranscriptionError(f"transcription failed: {exc}") from None
        speech = getattr(info, "duration_after_vad", None) if self._vad_on else None
        return segments, info.language or self._language, speech

    def live_settings(self, settings: dict[str, Any]) -> dict[str, Any]:
        """Chunks come from the live path's own Silero VAD and decode without the previous
        text as condition (see :meth:`_chunk`)."""
        settings = dict(settings, vad="live-silero", condition_on_previous_text=False)
        settings.pop("vad_parameters", None)
        return settings

    def _transcribe_chunk(
        self, audio: np.ndarray, prompt: str | None, vocabulary: Sequence[str] | None
    ) -> list[Segment]:
        """The model directly, no second VAD pass (the live path found the speech already),
        the previous text as the prompt, the vocabulary as hotwords (transcribed again
        without it if it made Whisper skip speech)."""
        hotwords = self.hotwords(vocabulary, LIVE_VOCABULARY_TOKENS) if vocabulary else ""
        return without_skips(lambda names: self._chunk(audio, prompt, names), hotwords, list)[0]

    def _chunk(self, audio: np.ndarray, prompt: str | None, hotwords: str) -> list[Segment]:
        decode = dict(self._decode)
        decode["condition_on_previous_text"] = False
        segments, _info = self._model.transcribe(
            audio,
            language=self._language,
            beam_size=self._beam_size,
            vad_filter=False,
            initial_prompt=prompt or None,
            hotwords=hotwords or None,
            **decode,
        )
        # No word probabilities here: asked for, faster-whisper's sequential decoding seeks
        # back to each chunk's last word and decodes its tail again (benchmarks/live.py:
        # Whisper's share of the live path doubled, RTF 0.11 -> 0.22).
        return [Segment(s.start, s.end, s.text.strip()) for s in segments if s.text.strip()]


def _words(found: Any) -> tuple[Word, ...]:
    """faster-whisper's words (``word_timestamps``) as :class:`Word`, empty ones dropped."""
    return tuple(
        Word(w.word.strip(), round(float(w.probability), 3)) for w in found or () if w.word.strip()
    )
