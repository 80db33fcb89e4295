"""openai-whisper (PyTorch) engine on the same bundled tiny.en model, offline.

openai-whisper needs a PyTorch checkpoint and never gets to download one: model
``tiny.en`` is the bundled CTranslate2 model converted once into the data home
(:mod:`debrief.transcribe.convert`), any other model is a path to a user's own ``.pt``.

Settings mean what they mean for faster-whisper: the same beam size, language, threads
and ``[decode]`` options, and, with ``vad`` on, the same Silero VAD (shipped inside
faster-whisper) drops silence before decoding, exactly as faster-whisper's ``vad_filter``
does, so both engines see the same audio. openai-whisper computes in float32 on CPU.
"""

from __future__ import annotations

import importlib
import json
import os
import threading
from collections.abc import Sequence
from inspect import signature
from pathlib import Path
from typing import Any

import numpy as np

from debrief.audio import is_silent
from debrief.engines import ENGINES, EngineOptions
from debrief.errors import EngineUnavailable, ModelNotFound, TranscriptionError
from debrief.models import Segment
from debrief.transcribe.base import (
    SAMPLE_RATE,
    Engine,
    ProgressCallback,
    engine_settings,
    without_skips,
)
from debrief.transcribe.bundled import BUNDLED_MODEL, bundled_model_path, converted_path

ENGINE = "openai-whisper"
INSTALL_HINT = ENGINES[ENGINE].install
#: Below this loudness the audio is taken as silence and not decoded at all.
#: Mel frames per second in openai-whisper (hop of 160 samples at 16 kHz).
_FRAMES_PER_SECOND = 100

# openai-whisper reports progress only through a tqdm bar in whisper.transcribe's module
# namespace; it is swapped for a callback under this lock while one transcription runs.
_progress_lock = threading.Lock()


def import_whisper() -> tuple[Any, Any]:
    """``(torch, whisper)``, or :class:`EngineUnavailable` naming the install command."""
    # libgomp's default is to spin waiting threads; on a busy 2-core machine torch then ran
    # 3-8x slower than with passive waits. Only set when the user has not chosen.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    try:
        import torch
        import whisper
    except ImportError as exc:
        missing = getattr(exc, "name", None) or "whisper"
        raise EngineUnavailable(
            f"the openai-whisper engine is not installed (no {missing} module); "
            f"install it with: {INSTALL_HINT}"
        ) from None
    return torch, whisper


def convert_bundled(options: Any, force: bool = False) -> tuple[Path, bool]:
    """Convert the bundled CTranslate2 tiny.en into the data home once (checksummed,
    reused after). Returns ``(path, converted_now)``."""
    import_whisper()  # the checkpoint is written with torch
    from debrief.transcribe.convert import convert_ct2_dir

    return convert_ct2_dir(bundled_model_path(), converted_path(options), force=force)


def resolve_checkpoint(options: EngineOptions) -> Path:
    """The ``.pt`` file for ``options.model`` (converting the bundled model on first use)."""
    if options.model == BUNDLED_MODEL:
        return convert_bundled(options)[0]
    path = Path(options.model).expanduser()
    if path.is_dir() and (path / "model.bin").is_file():
        raise ModelNotFound(
            f"{options.model}: a CTranslate2 model directory; openai-whisper needs a .pt "
            "checkpoint (use --engine faster-whisper for it, or --model tiny.en)"
        )
    if not path.is_file():
        raise ModelNotFound(
            f"{options.model}: no such openai-whisper checkpoint; pass --model with a local "
            ".pt file or use tiny.en, models are never downloaded"
        )
    return path


def _same_time(t: float, is_end: bool = False) -> float:
    return t


class _Progress:
    """Stands in for ``tqdm.tqdm`` inside ``whisper.transcribe``; reports seconds done."""

    def __init__(self, callback: ProgressCallback, to_original: Any) -> None:
        self._callback = callback
        self._to_original = to_original
        self._frames = 0

    def __call__(self, *args: Any, **kwargs: Any) -> _Progress:
        return self

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, n: int = 1) -> None:
        self._frames += n
        self._callback(self._to_original(self._frames / _FRAMES_PER_SECOND))


class OpenAIWhisperEngine(Engine):
    """Whisper through openai-whisper; the model is loaded once, in the constructor."""

    name = ENGINE

    def __init__(self, options: EngineOptions) -> None:
        self._torch, self._whisper = import_whisper()
        checkpoint = resolve_checkpoint(options)
        self.model_name = options.model if options.model == BUNDLED_MODEL else str(checkpoint)
        self._configure(options)
        self._torch.set_num_threads(self.threads)
        try:
            self._model = self._whisper.load_model(str(checkpoint), device="cpu")
        except Exception as exc:  # torch raises many kinds on a bad or foreign file
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
            raise TranscriptionError(f"cannot load Whisper model {checkpoint}: {first}") from None
        self._model.eval()
        if options.model == BUNDLED_MODEL:
            self._set_alignment_heads(bundled_model_path() / "config.json")

        temperature = self._decode.get("temperature", 0.0)
        self._temperatures: tuple[float, ...] = tuple(
            temperature if isinstance(temperature, list | tuple) else [temperature]
        )
        if self._vad_on:
            try:
                from faster_whisper.vad import VadOptions
            except ImportError:
                raise EngineUnavailable(
                    "VAD for openai-whisper uses the Silero VAD shipped in faster-whisper; "
                    "install it with: pip install faster-whisper (or set vad = false)"
                ) from None
            self._vad_options = VadOptions(**self._vad)
        # openai-whisper on CPU runs float32 (fp16=False)
        self.settings = engine_settings(self, options, "float32", self._decode, self._vad)

    def _set_alignment_heads(self, config_json: Path) -> None:
        """Use the bundled model's own cross-attention alignment heads (word timings)."""
        try:
            heads = json.loads(config_json.read_text(encoding="utf-8")).get("alignment_heads")
        except (OSError, ValueError):
            return
        if not heads:
            return
        dims = self._model.dims
        mask = self._torch.zeros(dims.n_text_layer, dims.n_text_head, dtype=self._torch.bool)
        for layer, head in heads:
            if layer < dims.n_text_layer and head < dims.n_text_head:
                mask[layer, head] = True
        self._model.register_buffer("alignment_heads", mask.to_sparse(), persistent=False)

    def _options(self) -> dict[str, Any]:
        d = self._decode
        options: dict[str, Any] = {
            "language": self._language,
            "task": "transcribe",
            "beam_size": self._beam_size,
            "best_of": 5,  # faster-whisper's default for sampling at temperature > 0
            "fp16": False,
            "verbose": None,
            "temperature": self._temperatures,
            "condition_on_previous_text": d.get("condition_on_previous_text", False),
            "no_speech_threshold": d.get("no_speech_threshold", 0.6),
            "compression_ratio_threshold": d.get("compression_ratio_threshold", 2.4),
            "logprob_threshold": d.get("log_prob_threshold", -1.0),
        }
        return options

    def _junk(self, seg: dict[str, Any], threshold: Any, logprob: Any) -> bool:
        """A segment to drop: silence by the no-speech test (openai-whisper skips such
        windows already; this is the same test per segment), or one whose every decode,
        down to the last fallback temperature, failed the log-prob test: the hallucinated
        "thank you" on a silent tail."""
        if logprob is None or seg.get("avg_logprob", 0.0) >= logprob:
            return False
        if threshold is not None and seg.get("no_speech_prob", 0.0) > threshold:
            return True
        temperatures = self._temperatures
        return len(temperatures) > 1 and seg.get("temperature", 0.0) >= max(temperatures)

    def _speech_only(self, audio: np.ndarray) -> tuple[np.ndarray, Any]:
        """Audio with the silence cut out, and a function mapping its times back."""
        if not self._vad_on:
            return audio, _same_time
        from faster_whisper.vad import SpeechTimestampsMap, collect_chunks, get_speech_timestamps

        chunks = get_speech_timestamps(audio, self._vad_options)
        if not chunks:
            return audio[:0], _same_time
        pieces, _ = collect_chunks(audio, chunks)
        ts_map = SpeechTimestampsMap(chunks, SAMPLE_RATE)

        def to_original(t: float, is_end: bool = False) -> float:
            return ts_map.get_original_time(t, is_end=is_end)

        return np.concatenate(pieces, axis=0), to_original

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text`` in the model's tokenizer (for fitting the prompt)."""
        if getattr(self, "_tokenizer", None) is None:
            from whisper.tokenizer import get_tokenizer

            self._tokenizer = get_tokenizer(
                multilingual=self._model.is_multilingual, language=self._language, task="transcribe"
            )
        return len(self._tokenizer.encode(text))

    def _transcribe(
        self, audio: np.ndarray, prompt: str, progress: ProgressCallback | None, duration: float
    ) -> tuple[list[Segment], str, str]:
        audio = np.ascontiguousarray(audio, dtype=np.float32)
        try:
            speech, to_original = self._speech_only(audio)
            segments: list[Segment] = []
            language = self._language
            # Digital silence: nothing to decode (tiny.en says "You" to all-zero audio).
            if len(speech) and not is_silent(speech):
                result, prompt = without_skips(
                    lambda names: self._run(speech, progress, to_original, duration, names),
                    prompt,
                    lambda r: [
                        Segment(float(x["start"]), float(x["end"]), x["text"])
                        for x in r["segments"]
                    ],
                )
                language = result.get("language") or language
                threshold = self._decode.get("no_speech_threshold")
                logprob = self._decode.get("log_prob_threshold")
                for seg in result["segments"]:
                    text = seg["text"].strip()
                    if not text:
                        continue
                    if self._junk(seg, threshold, logprob):
                        continue
                    start = to_original(float(seg["start"]))
                    end = to_original(float(seg["end"]), is_end=True)
                    segments.append(Segment(round(start, 2), round(min(end, duration), 2), text))
        except Exception as exc:
            raise TranscriptionError(f"transcription failed: {exc}") from None
        return segments, language, prompt

    def _run(
        self,
        speech: np.ndarray,
        progress: ProgressCallback | None,
        to_original: Any,
        duration: float,
        prompt: str = "",
    ) -> dict[str, Any]:
        # torch's thread count is process-wide: set it again in case something else changed it.
        self._torch.set_num_threads(self.threads)
        module = importlib.import_module("whisper.transcribe")
        with _progress_lock, self._torch.inference_mode():
            saved = getattr(module, "tqdm", None)
            if progress is not None and saved is not None:
                bar = _Progress(lambda t: progress(min(t, duration)), to_original)
                setattr(module, "tqdm", type("tqdm_shim", (), {"tqdm": bar}))  # noqa: B010
            try:
                options = self._options()
                if prompt:
                    # initial_prompt primes the first window; carried to every window where
                    # this openai-whisper can (20250625 on), as faster-whisper's hotwords are.
                    options["initial_prompt"] = prompt
                    if "carry_initial_prompt" in signature(self._whisper.transcribe).parameters:
                        options["carry_initial_prompt"] = True
                return self._whisper.transcribe(self._model, speech, **options)
            finally:
                if saved is not None:
                    setattr(module, "tqdm", saved)  # noqa: B010

    def _transcribe_chunk(
        self, audio: np.ndarray, prompt: str | None, vocabulary: Sequence[str] | None
    ) -> list[Segment]:
        """A whole transcription of the chunk (openai-whisper has no cheaper path; the
        prompt is not used, the vocabulary is)."""
        return list(self.transcribe(audio, vocabulary=vocabulary).segments)
