"""The engine interface and the process-wide engine cache."""

from __future__ import annotations

import threading
import tomllib
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import numpy as np

from debrief.config import Settings, data_file
from debrief.errors import ConfigError
from debrief.models import Segment, Transcript

#: Called with the number of seconds of audio transcribed so far.
ProgressCallback = Callable[[float], None]

SAMPLE_RATE = 16_000


class Engine(Protocol):
    """A loaded speech-to-text model."""

    name: str
    model_name: str

    def transcribe(
        self,
        audio: np.ndarray,
        progress: ProgressCallback | None = None,
        vocabulary: Sequence[str] | None = None,
    ) -> Transcript:
        """Transcribe 16 kHz mono float32 ``audio``; ``vocabulary``: names to prime Whisper
        with, most useful first (cut to the prompt's size by :func:`fit_vocabulary`)."""
        ...


#: Whisper's prompt holds at most 224 tokens (half its 448-token context), one of which is
#: the start-of-previous-text marker.
PROMPT_TOKENS = 223


def fit_vocabulary(
    names: Sequence[str] | None, count_tokens: Callable[[str], int], budget: int = PROMPT_TOKENS
) -> str:
    """The longest prefix of ``names`` (whole names, most useful first) that fits ``budget``
    tokens, as one comma-separated prompt ("" when there are none)."""
    text = ""
    kept: list[str] = []
    for name in names or ():
        name = " ".join(name.split())
        if not name:
            continue
        candidate = f"{text}, {name}" if text else name
        if count_tokens(" " + candidate) > budget:
            break
        text = candidate
        kept.append(name)
    # Most useful first. (Last, nearest the speech, spelled a few more names right on
    # benchmarks/names.py but made tiny.en end a recap right after a prompt name it had
    # just heard: "Just got off the phone with Siobhan Okonkwo" for 18 s of speech.)
    return text


#: Words per second below which a long segment has lost most of its speech (people say 2-3
#: words a second; a prompted decoder can jump to the end of the window after a few words).
MIN_WORDS_PER_SECOND = 1.0
LONG_SEGMENT_SECONDS = 6.0


def looks_truncated(segments: Sequence[Segment]) -> bool:
    """Whether a transcript skipped speech: a long segment with far too few words.

    Prompting Whisper with names can make it copy a name and jump to the end of the
    window; the engines then transcribe again without the vocabulary (nothing is lost)."""
    for seg in segments:
        length = seg.end - seg.start
        if length >= LONG_SEGMENT_SECONDS and len(seg.text.split()) / length < MIN_WORDS_PER_SECOND:
            return True
    return False


_cache: dict[tuple[Any, ...], Engine] = {}
_lock = threading.Lock()


def decode_options() -> dict[str, Any]:
    """The ``[decode]`` and ``[vad]`` tables of ``pipelines/whisper.toml``."""
    with data_file("pipelines", "whisper.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return {"decode": data.get("decode", {}), "vad": data.get("vad", {})}


def get_engine(settings: Settings) -> Engine:
    """The engine the settings name, loaded on first use and then reused."""
    key = (
        settings.engine,
        settings.model,
        settings.effective_threads,
        settings.compute_type,
        settings.beam_size,
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
