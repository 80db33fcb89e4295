"""The engine interface and the process-wide engine cache.

Engines are listed in :data:`debrief.engines.ENGINES` (name -> ``module:Class``) and
imported only when first used; this module imports none of them.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, TypeVar

import numpy as np

from debrief.config import pipeline_toml
from debrief.engines import ENGINES, EngineOptions
from debrief.errors import ConfigError
from debrief.models import Segment, Transcript

#: Called with the number of seconds of audio transcribed so far.
ProgressCallback = Callable[[float], None]

SAMPLE_RATE = 16_000


class Engine:
    """A loaded speech-to-text model, built from :class:`~debrief.engines.EngineOptions`.

    The engines inherit it: it owns the interface (:meth:`transcribe`, :meth:`transcribe_chunk`)
    and what every engine does the same way (the options read, the vocabulary fitted to the
    prompt, the transcript recorded); an engine supplies ``count_tokens``, ``_transcribe`` and
    ``_transcribe_chunk``, and sets ``model_name`` and ``settings`` when it loads.
    """

    name: str
    model_name: str
    #: what shaped the transcription (beam, VAD, compute type...), recorded with each transcript
    settings: dict[str, Any]
    threads: int

    def _configure(self, options: EngineOptions) -> None:
        """Read what every engine takes from the options and ``pipelines/whisper.toml``."""
        opts = decode_options()
        self._decode: dict[str, Any] = dict(opts["decode"])
        self._vad: dict[str, Any] = dict(opts["vad"])
        self._language = options.language
        self._beam_size = options.beam_size
        self._vad_on = options.vad
        self.threads = options.effective_threads

    def transcribe(
        self,
        audio: np.ndarray,
        progress: ProgressCallback | None = None,
        vocabulary: Sequence[str] | None = None,
    ) -> Transcript:
        """Transcribe 16 kHz mono float32 ``audio``; ``vocabulary``: names to prime Whisper
        with, most useful first (cut to the prompt's size by :func:`fit_vocabulary`)."""
        duration = len(audio) / SAMPLE_RATE
        prompt = fit_vocabulary(vocabulary, self.count_tokens)
        segments, language, prompt = self._transcribe(audio, prompt, progress, duration)
        if progress is not None:
            progress(duration)
        return engine_transcript(self, segments, language, duration, prompt)

    def transcribe_chunk(
        self,
        audio: np.ndarray,
        prompt: str | None = None,
        vocabulary: Sequence[str] | None = None,
    ) -> list[Segment]:
        """Transcribe one chunk of a live recording (speech already found), continuing from
        ``prompt``, the text before it; ``vocabulary`` as for :meth:`transcribe` (cut to
        :data:`LIVE_VOCABULARY_TOKENS`, the previous text takes the rest of the prompt).
        Segment times are relative to the chunk."""
        return self._transcribe_chunk(audio, prompt, vocabulary)

    def live_settings(self, settings: dict[str, Any]) -> dict[str, Any]:
        """The settings a live transcript records, from the engine's file ``settings``: what
        :meth:`transcribe_chunk` does differently from :meth:`transcribe` (none by default)."""
        return settings

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text`` in the model's tokenizer (for fitting the prompt)."""
        raise NotImplementedError

    def _transcribe(
        self, audio: np.ndarray, prompt: str, progress: ProgressCallback | None, duration: float
    ) -> tuple[list[Segment], str, str]:
        """``(segments, language, prompt used)`` of ``audio`` (``duration`` seconds) primed
        with ``prompt``, reporting ``progress`` on the way (:meth:`transcribe` reports the end)."""
        raise NotImplementedError

    def _transcribe_chunk(
        self, audio: np.ndarray, prompt: str | None, vocabulary: Sequence[str] | None
    ) -> list[Segment]:
        raise NotImplementedError


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


#: Tokens of Whisper's prompt left to the vocabulary when a live chunk also gets the previous
#: text (``prompt_chars`` of text is at most about 64 tokens): both together stay within 223.
LIVE_VOCABULARY_TOKENS = PROMPT_TOKENS - 64


#: Words per second below which a long segment has lost most of its speech (people say 2-3
#: words a second; a prompted decoder can jump to the end of the window after a few words).
MIN_WORDS_PER_SECOND = 1.0
LONG_SEGMENT_SECONDS = 6.0


def looks_truncated(segments: Sequence[Segment], speech_seconds: float | None = None) -> bool:
    """Whether a transcript skipped speech: a long segment with far too few words, or (given
    ``speech_seconds``, the speech the VAD found) far too few words for all that speech.

    Prompting Whisper with names can make it copy a name and jump to the end of the
    window; the engines then transcribe again without the vocabulary (nothing is lost).
    The second test is for word timestamps: they trim a segment to its last word, so a
    skip no longer shows as a long segment ("Just got off the phone with Siobhan Okonkwo"
    ending at 2.5 s of 18 s of speech)."""
    for seg in segments:
        length = seg.end - seg.start
        if length >= LONG_SEGMENT_SECONDS and len(seg.text.split()) / length < MIN_WORDS_PER_SECOND:
            return True
    if speech_seconds is not None and speech_seconds >= LONG_SEGMENT_SECONDS:
        words = sum(len(seg.text.split()) for seg in segments)
        return words / speech_seconds < MIN_WORDS_PER_SECOND
    return False


_Run = TypeVar("_Run")


def without_skips(
    run: Callable[[str], _Run],
    names: str,
    segments: Callable[[_Run], Sequence[Segment]],
    speech_seconds: Callable[[_Run], float | None] = lambda _: None,
) -> tuple[_Run, str]:
    """``run(names)``, or ``run("")`` when the names made Whisper skip speech (the recap
    matters more than the names): the result and the names it used. ``segments`` reads the
    result's segments and ``speech_seconds`` its seconds of speech, if known, for
    :func:`looks_truncated`."""
    result = run(names)
    if names and looks_truncated(segments(result), speech_seconds(result)):
        return run(""), ""
    return result, names


def join_chunks(segments: Sequence[Segment]) -> list[Segment]:
    """The segments as one text reads them: a full stop Whisper put at the end of a chunk is
    dropped when the next chunk opens in lower case ("... to be good." + "in Excel and ...").

    Each VAD chunk (batched decoding) or live chunk is decoded on its own, so Whisper closes
    it with a full stop even where the speaker's sentence goes on; it then opens the next
    chunk in lower case when it hears a continuation, which only a cut mid-sentence gives.
    The segments themselves carry the text, so that text and segments stay the same words.
    On 20 recaps spoken from recaps-r-01, 10 of 25 chunk ends fell where the typed recap had
    no full stop, 3 of them before a lower-case chunk; no true sentence end did."""
    out = list(segments)
    for i in range(len(out) - 1):
        text, nxt = out[i].text, out[i + 1].text.lstrip()
        if nxt[:1].islower() and text.endswith(".") and not text.endswith(".."):
            out[i] = replace(out[i], text=text[:-1])
    return out


def engine_transcript(
    engine: Any, segments: list[Segment], language: str, duration: float, vocabulary: str = ""
) -> Transcript:
    """The :class:`Transcript` an engine returns: its segments' text joined, the engine,
    model and settings that made it recorded with it (``vocabulary``: the names that primed
    it; the settings record how many, the names themselves are in the database)."""
    settings = dict(engine.settings)
    if vocabulary:
        settings["vocabulary"] = vocabulary.count(",") + 1
    segments = join_chunks(segments)
    return Transcript(
        text=" ".join(s.text for s in segments),
        segments=segments,
        language=language,
        duration=round(duration, 3),
        engine=engine.name,
        model=engine.model_name,
        settings=settings,
    )


def engine_settings(
    engine: Any,
    options: EngineOptions,
    compute_type: str,
    decode: dict[str, Any],
    vad_parameters: dict[str, Any],
) -> dict[str, Any]:
    """What a transcript records of how it was made (stored with it, shown by `show`)."""
    return {
        "engine": engine.name,
        "model": engine.model_name,
        "language": options.language,
        "beam_size": options.beam_size,
        "vad": options.vad,
        "threads": engine.threads,
        "compute_type": compute_type,
        **decode,
        **({"vad_parameters": vad_parameters} if options.vad else {}),
    }


_cache: dict[tuple[int, EngineOptions], Engine] = {}
_lock = threading.Lock()


def decode_options() -> dict[str, Any]:
    """The ``[decode]`` and ``[vad]`` tables of ``pipelines/whisper.toml``."""
    data = pipeline_toml("whisper.toml")
    return {"decode": data.get("decode", {}), "vad": data.get("vad", {})}


def get_engine(settings: Any) -> Engine:
    """The engine the settings (or :class:`EngineOptions`) name, loaded on first use and
    then reused by the same thread.

    Per thread because CTranslate2 runs a model about 8x slower, in CPU time, when it is
    called from a thread other than the one that loaded it (measured here: beam 1 on a 46 s
    recap, 3.0 s of CPU when one thread loads and transcribes, 21-25 s when another thread
    loaded it). The pipeline therefore loads and runs Whisper on one dedicated thread.
    """
    options = EngineOptions.from_settings(settings)  # a copy: a cache key must not change
    key = (threading.get_ident(), options)
    with _lock:
        engine = _cache.get(key)
        if engine is None:
            engine = load_engine(options)
            _cache[key] = engine
    return engine


def load_engine(options: EngineOptions) -> Engine:
    """A new engine of ``options.engine`` (its class comes from the registry)."""
    spec = ENGINES.get(options.engine)
    if spec is None:
        raise ConfigError(f"unknown engine {options.engine!r}")
    module, _, name = spec.target.partition(":")
    engine: Engine = getattr(importlib.import_module(module), name)(options)
    return engine
