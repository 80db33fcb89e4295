"""Transcribe while recording.

:class:`LiveTranscriber` takes the recorder's blocks (``feed`` only enqueues: it is called from
the recorder's writer thread, never from the PortAudio callback) and runs two threads:

* the **segmenter** resamples to 16 kHz, runs Silero VAD (the model bundled with
  faster-whisper) incrementally, 32 ms window by window, with its recurrent state carried
  across blocks, and cuts the stream into chunks at pauses: after ``min_silence_ms`` of
  silence once the chunk holds speech; after a shorter pause (``soft_silence_ms``) once the
  chunk is longer than ``soft_chunk_s``; and, if a chunk reaches ``max_chunk_s`` without
  either, at the quietest point of its second half (the longest silence, else the lowest
  energy), so a word is never cut;
* the **transcriber** sends finished chunks to the Whisper model (loaded once, when the
  recording starts) and keeps the segments with absolute timestamps. When it falls behind,
  adjacent waiting chunks are merged (up to ``max_chunk_s``), which is cheaper per second of
  audio (Whisper pads every input to 30 s).

Nothing is ever dropped: both queues are unbounded, and :meth:`LiveTranscriber.finish`
cuts the tail, transcribes whatever is still waiting and returns the whole
:class:`~debrief.models.Transcript`.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from debrief.errors import TranscriptionError
from debrief.models import Segment, Transcript
from debrief.transcribe.base import SAMPLE_RATE, Engine, join_chunks

log = logging.getLogger(__name__)

WINDOW = 512  # Silero VAD window at 16 kHz (32 ms)
CONTEXT = 64  # samples of the previous window Silero v5/v6 sees with each window


@dataclass(frozen=True)
class ChunkingOptions:
    """Where the live path cuts the stream (stored with the transcript's settings)."""

    threshold: float = 0.5  # speech probability above which a window is speech
    neg_threshold: float = 0.35  # below which it is silence (hysteresis in between)
    min_silence_ms: int = 500  # a pause this long ends a chunk that holds speech
    soft_chunk_s: float = 8.0  # past this length, a shorter pause ends the chunk too
    soft_silence_ms: int = 250
    max_chunk_s: float = 20.0  # never longer: cut at the quietest point of the second half
    min_speech_ms: int = 250  # a chunk with less speech than this is not transcribed
    prompt_previous: bool = True  # previous chunk's text as Whisper's initial prompt
    prompt_chars: int = 200
    merge_behind: bool = True  # when behind, transcribe adjacent waiting chunks together


@dataclass
class Chunk:
    """A stretch of the stream, in 16 kHz samples from the start of the recording."""

    start: int
    end: int
    audio: np.ndarray
    speech: int  # samples of speech in it (VAD)
    reason: str  # pause, soft_pause, max_length, end


@dataclass
class LiveStats:
    """How the live path kept up (filled as it runs)."""

    audio_seconds: float = 0.0  # audio received so far
    transcribed_seconds: float = 0.0  # end of the last chunk transcribed
    busy_seconds: float = 0.0  # wall time spent in Whisper
    vad_seconds: float = 0.0  # wall time spent in VAD and resampling
    calls: int = 0  # Whisper calls (chunks, after merging)
    chunks: list[tuple[float, float, str]] = field(default_factory=list)  # (start, end, reason)
    backlog_at_finish: float = 0.0  # seconds of audio not yet transcribed when finish() began
    finish_seconds: float = 0.0  # wall time finish() took

    @property
    def real_time_factor(self) -> float:
        """Whisper time per second of audio (below 1: keeps up with the speaker)."""
        return self.busy_seconds / self.audio_seconds if self.audio_seconds else 0.0


class StreamingVad:
    """Silero VAD, fed incrementally: same probabilities as running it on the whole stream."""

    def __init__(self) -> None:
        from faster_whisper.vad import get_vad_model

        self._session = get_vad_model().session
        self._h = np.zeros((1, 1, 128), dtype=np.float32)
        self._c = np.zeros((1, 1, 128), dtype=np.float32)
        self._context = np.zeros(CONTEXT, dtype=np.float32)
        self._pending = np.zeros(0, dtype=np.float32)

    def process(self, audio: np.ndarray) -> np.ndarray:
        """Speech probabilities of the complete 512-sample windows ``audio`` completes."""
        buf = np.concatenate([self._pending, audio]) if self._pending.size else audio
        n = len(buf) // WINDOW
        self._pending = buf[n * WINDOW :].copy()
        if n == 0:
            return np.zeros(0, dtype=np.float32)
        windows = buf[: n * WINDOW].reshape(n, WINDOW).astype(np.float32, copy=False)
        contexts = np.concatenate([self._context[None, :], windows[:-1, -CONTEXT:]], axis=0)
        batch = np.concatenate([contexts, windows], axis=1)
        out, self._h, self._c = self._session.run(
            None, {"input": batch, "h": self._h, "c": self._c}
        )
        self._context = windows[-1, -CONTEXT:].copy()
        return np.asarray(out, dtype=np.float32).reshape(-1)


class _Resampler:
    """Streaming resampler to 16 kHz mono float32 (PyAV's swresample keeps state between
    blocks, so block edges leave no clicks)."""

    def __init__(self, rate: int) -> None:
        import av

        self._av = av
        self.rate = rate
        self._r = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)

    def __call__(self, block: np.ndarray | None) -> np.ndarray:
        if block is None:
            frames = self._r.resample(None)
        else:
            frame = self._av.AudioFrame.from_ndarray(
                block.reshape(1, -1).astype(np.float32, copy=False), format="flt", layout="mono"
            )
            frame.sample_rate = self.rate
            frames = self._r.resample(frame)
        parts = [f.to_ndarray().reshape(-1) for f in frames]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)


_END = object()


class LiveTranscriber:
    """Transcribes a recording while it is being made; see the module docstring.

    ``engine``: a loaded engine, or a function returning one (called on the worker thread,
    so the recording can start while the model loads). ``sample_rate_in``: the rate of the
    blocks given to :meth:`feed` (None: take it from the first :meth:`on_block`).
    """

    def __init__(
        self,
        engine: Engine | Callable[[], Engine],
        sample_rate_in: int | None = SAMPLE_RATE,
        options: ChunkingOptions | None = None,
        on_text: Callable[[str], None] | None = None,
        vocabulary: Sequence[str] | None = None,
    ) -> None:
        self.options = options or ChunkingOptions()
        self.vocabulary = list(vocabulary or [])
        self.sample_rate_in = sample_rate_in
        self.on_text = on_text
        self.stats = LiveStats()
        self._engine_arg = engine
        self.engine: Engine | None = engine if _is_engine(engine) else None  # type: ignore[assignment]
        self._blocks: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._chunks: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._segments: list[Segment] = []
        self._error: BaseException | None = None
        self._finished = False
        self._fed = 0  # input samples fed
        self._received = 0  # 16 kHz samples the segmenter has taken in
        self._segmenter = threading.Thread(target=self._guard(self._segment_loop), daemon=True)
        self._transcriber = threading.Thread(target=self._guard(self._transcribe_loop), daemon=True)
        self._segmenter.name = "debrief-live-vad"
        self._transcriber.name = "debrief-live-whisper"
        self._segmenter.start()
        self._transcriber.start()

    # -- producer side: never blocks ------------------------------------------------------
    def feed(self, block: np.ndarray) -> None:
        """Hand over a block of audio (mono float32 in [-1, 1], int16, or frames x channels)."""
        if self._finished:
            raise RuntimeError("feed() after finish()")
        self._fed += len(block)
        self._blocks.put(block)

    def on_block(self, block: np.ndarray, sample_rate: int) -> None:
        """The recorder's ``on_block`` tap: ``feed`` with the block's sample rate."""
        if self.sample_rate_in is None:
            self.sample_rate_in = sample_rate
        elif sample_rate != self.sample_rate_in:
            raise ValueError(f"sample rate changed from {self.sample_rate_in} to {sample_rate}")
        self.feed(block)

    # -- reading --------------------------------------------------------------------------
    def partial_text(self) -> str:
        """The transcript so far (finished chunks), for the live view."""
        with self._lock:
            return " ".join(s.text for s in self._segments)

    @property
    def lag_seconds(self) -> float:
        """Seconds of audio received but not transcribed yet."""
        return max(0.0, self._fed / (self.sample_rate_in or SAMPLE_RATE) - self._done_seconds())

    def _done_seconds(self) -> float:
        return self.stats.transcribed_seconds

    def finish(self, timeout: float | None = None) -> Transcript:
        """End of input: cut the tail, transcribe everything still waiting, return the whole
        transcript. Raises TranscriptionError if the live path failed (the caller can still
        transcribe the WAV)."""
        started = time.perf_counter()
        if not self._finished:
            self._finished = True
            self.stats.backlog_at_finish = round(self.lag_seconds, 3)
            self._blocks.put(_END)
        self._segmenter.join(timeout)
        self._transcriber.join(timeout)
        self.stats.finish_seconds = time.perf_counter() - started
        if self._error is not None:
            raise TranscriptionError(f"live transcription failed: {self._error}") from None
        if self._transcriber.is_alive():
            raise TranscriptionError("live transcription did not finish in time")
        return self._transcript()

    def abort(self, timeout: float | None = 60) -> None:
        """Stop the workers without transcribing what is left (a failed or cancelled
        recording). Waits for the Whisper call in progress (or the model load): a CTranslate2
        thread still running when the interpreter exits aborts the whole process."""
        self._error = self._error or RuntimeError("aborted")
        if not self._finished:
            self._finished = True
            self._blocks.put(_END)
        for worker in (self._segmenter, self._transcriber):
            if worker.is_alive() and worker is not threading.current_thread():
                worker.join(timeout)

    # -- workers ----------------------------------------------------------------------------
    def _guard(self, target: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            try:
                target()
            except BaseException as exc:  # reported by finish()
                log.exception("live transcription worker failed")
                self._error = exc
                self._chunks.put(_END)  # let the transcriber end too

        return run

    def _segment_loop(self) -> None:
        opts = self.options
        vad = StreamingVad()
        resample: _Resampler | None = None
        buf = np.zeros(0, dtype=np.float32)  # 16 kHz audio from buf_start on
        buf_start = 0
        probs: list[float] = []  # speech probability per window since chunk_start
        chunk_start = 0  # sample where the open chunk starts
        vad_pos = 0  # samples given to VAD (windows processed = vad_pos // WINDOW)
        speech = False  # hysteresis state
        silence_from: int | None = None  # start of the current silence run (sample)
        speech_in_chunk = 0
        min_speech = opts.min_speech_ms * SAMPLE_RATE // 1000
        min_sil = opts.min_silence_ms * SAMPLE_RATE // 1000
        soft_sil = opts.soft_silence_ms * SAMPLE_RATE // 1000
        soft_len = int(opts.soft_chunk_s * SAMPLE_RATE)
        max_len = int(opts.max_chunk_s * SAMPLE_RATE)

        def emit(end: int, reason: str) -> None:
            nonlocal buf, buf_start, chunk_start, probs, speech_in_chunk
            audio = buf[chunk_start - buf_start : end - buf_start]
            self._chunks.put(Chunk(chunk_start, end, audio.copy(), speech_in_chunk, reason))
            self.stats.chunks.append((chunk_start / SAMPLE_RATE, end / SAMPLE_RATE, reason))
            # windows after the cut stay with the next chunk
            first_window = chunk_start // WINDOW
            keep_from = end // WINDOW - first_window
            probs = probs[keep_from:]
            speech_in_chunk = sum(WINDOW for p in probs if p >= opts.threshold)
            chunk_start = end
            buf = buf[end - buf_start :]
            buf_start = end

        while True:
            item = self._blocks.get()
            t0 = time.perf_counter()
            if item is _END:
                tail = resample(None) if resample is not None else np.zeros(0, np.float32)
                if tail.size:
                    buf = np.concatenate([buf, tail])
                    self._received += tail.size
                end = buf_start + len(buf)
                if end > chunk_start:
                    emit(end, "end")
                self._chunks.put(_END)
                self.stats.vad_seconds += time.perf_counter() - t0
                return
            block = _as_mono_float(item)
            rate = self.sample_rate_in or SAMPLE_RATE
            if rate != SAMPLE_RATE:
                if resample is None:
                    resample = _Resampler(rate)
                block = resample(block)
            if block.size == 0:
                continue
            buf = np.concatenate([buf, block])
            self._received += block.size
            self.stats.audio_seconds = self._received / SAMPLE_RATE
            new_probs = vad.process(block)
            for p in new_probs:
                pos = vad_pos  # first sample of this window
                vad_pos += WINDOW
                p = float(p)
                probs.append(p)
                if p >= opts.threshold or (speech and p >= opts.neg_threshold):
                    speech = True
                    silence_from = None
                    if p >= opts.threshold:
                        speech_in_chunk += WINDOW
                else:
                    speech = False
                    if silence_from is None:
                        silence_from = pos
                run = vad_pos - silence_from if silence_from is not None else 0
                length = vad_pos - chunk_start
                if (
                    silence_from is not None
                    and speech_in_chunk >= min_speech
                    and (run >= min_sil or (length >= soft_len and run >= soft_sil))
                ):
                    # cut inside the pause, leaving a little silence after the last word
                    cut = silence_from + min(run // 2, min_sil // 2) // WINDOW * WINDOW
                    reason = "pause" if run >= min_sil else "soft_pause"
                    emit(max(cut, chunk_start + WINDOW), reason)
                    silence_from = max(silence_from, chunk_start)
                    continue
                # too long without a pause: cut at the quietest point of the second half
                if vad_pos - chunk_start >= max_len:
                    emit(self._quietest(buf, buf_start, chunk_start, probs), "max_length")
                    if silence_from is not None:
                        silence_from = max(silence_from, chunk_start)
            self.stats.vad_seconds += time.perf_counter() - t0

    def _quietest(
        self, buf: np.ndarray, buf_start: int, chunk_start: int, probs: list[float]
    ) -> int:
        """The cut point of an over-long chunk: centre of the longest run of windows below
        ``neg_threshold`` in its second half, else its lowest-energy window there."""
        n = len(probs)
        lo = n // 2
        best_len, best_at, run_start = 0, -1, None
        for i in range(lo, n + 1):
            quiet = i < n and probs[i] < self.options.neg_threshold
            if quiet and run_start is None:
                run_start = i
            elif not quiet and run_start is not None:
                if i - run_start >= best_len:  # ties: the later one
                    best_len, best_at = i - run_start, (run_start + i) // 2
                run_start = None
        if best_at < 0 or best_len < 2:
            offset = chunk_start - buf_start
            windows = buf[offset : offset + n * WINDOW].reshape(-1, WINDOW)[lo:]
            energy = np.mean(np.square(windows, dtype=np.float64), axis=1)
            best_at = lo + int(np.argmin(energy))
        return chunk_start + best_at * WINDOW

    def _transcribe_loop(self) -> None:
        opts = self.options
        if self.engine is None:
            self.engine = self._engine_arg()  # type: ignore[operator]
        engine, vocabulary = self.engine, self.vocabulary or None

        def run(audio: np.ndarray, prompt: str | None) -> list[Segment]:
            # the vocabulary primes every chunk (the engine cuts it to what the previous
            # text leaves of the prompt)
            if vocabulary:
                return engine.transcribe_chunk(audio, prompt, vocabulary)
            return engine.transcribe_chunk(audio, prompt)

        min_speech = opts.min_speech_ms * SAMPLE_RATE // 1000
        max_len = int(opts.max_chunk_s * SAMPLE_RATE)
        prompt = ""
        waiting: list[Chunk] = []
        ended = False
        while not (ended and not waiting):
            if not waiting:
                item = self._chunks.get()
                if item is _END:
                    ended = True
                    continue
                waiting.append(item)
            # behind: take whatever else is already waiting, to merge it
            while not ended:
                try:
                    item = self._chunks.get_nowait()
                except queue.Empty:
                    break
                if item is _END:
                    ended = True
                else:
                    waiting.append(item)
            if self._error is not None:
                return
            group = [waiting.pop(0)]
            while opts.merge_behind and waiting and waiting[0].end - group[0].start <= max_len:
                group.append(waiting.pop(0))
            speech = sum(c.speech for c in group)
            start, end = group[0].start, group[-1].end
            if speech >= min_speech:
                audio = (
                    group[0].audio if len(group) == 1 else np.concatenate([c.audio for c in group])
                )
                t0 = time.perf_counter()
                segments = run(
                    audio, prompt[-opts.prompt_chars :] if opts.prompt_previous else None
                )
                self.stats.busy_seconds += time.perf_counter() - t0
                self.stats.calls += 1
                offset = start / SAMPLE_RATE
                duration = (end - start) / SAMPLE_RATE
                placed = [
                    Segment(
                        round(offset + max(0.0, s.start), 2),
                        round(offset + min(max(s.end, s.start), duration), 2),
                        s.text,
                    )
                    for s in segments
                ]
                if placed:
                    prompt = (prompt + " " + " ".join(s.text for s in placed)).strip()
                with self._lock:
                    self._segments.extend(placed)
                if placed and self.on_text is not None:
                    try:
                        self.on_text(self.partial_text())
                    except Exception:
                        log.exception("live transcript view failed")
                        self.on_text = None
            self.stats.transcribed_seconds = end / SAMPLE_RATE

    # -- result ---------------------------------------------------------------------------
    def _transcript(self) -> Transcript:
        engine = self.engine
        with self._lock:
            segments = join_chunks(sorted(self._segments, key=lambda s: s.start))
        settings = dict(getattr(engine, "settings", {}) or {})
        settings["live"] = True
        settings["chunking"] = asdict(self.options)
        if self.vocabulary:
            settings["vocabulary"] = len(self.vocabulary)
        if engine is not None and hasattr(engine, "live_settings"):
            settings = engine.live_settings(settings)
        return Transcript(
            text=" ".join(s.text for s in segments),
            segments=segments,
            language=str(settings.get("language") or "en"),
            duration=round(self._received / SAMPLE_RATE, 3),
            engine=getattr(engine, "name", "?"),
            model=getattr(engine, "model_name", "?"),
            settings=settings,
        )


def _is_engine(obj: Any) -> bool:
    return hasattr(obj, "transcribe") and hasattr(obj, "model_name")


def _as_mono_float(block: np.ndarray) -> np.ndarray:
    block = np.asarray(block)
    if block.ndim == 2:
        block = block.mean(axis=1) if block.shape[1] > 1 else block[:, 0]
    if block.dtype == np.int16:
        return block.astype(np.float32) / 32768.0
    return block.astype(np.float32, copy=False)
