"""pending -> transcribed: decode while the Whisper model warms up, transcribe on the
Whisper thread, store the transcript (or fail the debrief) and go on to extraction.

The Whisper side of filing: the engine runs only on :func:`debrief.prefetch.whisper_thread`
(CTranslate2 releases the GIL), the store is touched only by the caller's thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from debrief import audio
from debrief.config import Settings
from debrief.errors import DebriefError, NoSpeechError
from debrief.models import Transcript
from debrief.pipeline.extracting import extract_and_store
from debrief.pipeline.result import AddResult, Quiet, Reporter, failed, timed
from debrief.prefetch import prefetch_nlp, result_of, wait, whisper_thread
from debrief.store import Store

if TYPE_CHECKING:
    from concurrent.futures import Future


#: Audio shorter than this holds no recap: failed as holding no speech, not transcribed.
MIN_SECONDS = 1.0


class Cancelled(BaseException):
    """Raised in the transcription's progress callback to stop it (not an Exception, so
    the engine does not turn it into a TranscriptionError)."""


def decode(path: Path, loading: Future[float], timings: dict[str, float]) -> audio.Decoded:
    """Decode ``path`` while the Whisper model loads (``loading``, started first). A file
    that fails to decode waits for the load to finish, so nothing half-loaded is left at
    exit, and raises. Ctrl-C does not wait (the load may never end): the caller leaves
    with ``os._exit`` (:func:`debrief.cli.app.fail_interrupted`)."""
    try:
        with timed(timings, "decode"):
            return audio.read(path)
    except Exception:
        result_of(loading)
        raise


def say_if_loading(loading: Future[float], reporter: Reporter) -> None:
    """Once a recording is read, say that the Whisper model is what is waited on while its
    load goes on (seconds; for ever on a stalled disk): the step said before ("reading
    NAME", "copying NAME") was over and looked hung."""
    if not loading.done():
        reporter.stage("loading model")


def transcribe_and_extract(
    settings: Settings,
    store: Store,
    debrief_id: int,
    samples: Any,
    reporter: Reporter | None,
    timings: dict[str, float],
) -> AddResult:
    """Transcribe decoded ``samples`` for a filed debrief (on the Whisper thread), then
    extract (spaCy loads meanwhile). Interrupted, the transcription stops at its next
    segment and the debrief stays as it was."""
    reporter = reporter or Quiet()
    prefetch_nlp()
    cancel = threading.Event()

    def stop_if_cancelled() -> None:
        if cancel.is_set():
            raise Cancelled

    from debrief.store.vocabulary import vocabulary

    row = store.get(debrief_id)
    names = vocabulary(store, contact=row["contact_override"], company=row["company_override"])
    outcome: Transcript | DebriefError
    work = whisper_thread().submit(
        run_engine, settings, samples, reporter, timings, stop_if_cancelled, names
    )
    try:
        outcome = result_of(work)  # Ctrl-C on any thread reaches this one
    except DebriefError as exc:
        outcome = exc
    except BaseException:  # Ctrl-C: stop the transcription at its next segment, then go on
        # Only a running transcription is waited for (as pipeline.add_files): one still
        # queued behind the model load (which may never end on a stalled disk) is
        # cancelled, and concurrent.futures.wait would not count it done until the load is.
        cancel.set()
        if not work.cancel():
            wait([work])
        raise
    return store_transcribed(store, debrief_id, outcome, reporter, timings)


def run_engine(
    settings: Settings,
    samples: Any,
    reporter: Reporter,
    timings: dict[str, float],
    check: Callable[[], None] | None = None,
    names: list[str] | None = None,
) -> Transcript:
    """Load (or find loaded) and run the engine: on the Whisper thread only. ``names``:
    the vocabulary that primes Whisper (read from the store by the caller's thread)."""
    from debrief.transcribe import get_engine

    if len(samples) < MIN_SECONDS * audio.SAMPLE_RATE:
        # a file cut off near its start: Whisper heard "Yeah." in a tenth of a second and a
        # call with no one was filed, owed a thank-you note (qa61); no recap is that short
        raise NoSpeechError(f"no speech detected in the recording (under {MIN_SECONDS:g} s)")
    reporter.stage("loading model")
    with timed(timings, "load_model"):
        engine = get_engine(settings)
    reporter.stage("transcribing")
    total = len(samples) / audio.SAMPLE_RATE

    def progress(done: float) -> None:
        if check is not None:
            check()
        reporter.transcribe_progress(done, total)

    with timed(timings, "transcribe"):
        return engine.transcribe(samples, progress, vocabulary=names)


def store_transcribed(
    store: Store,
    debrief_id: int,
    outcome: Transcript | DebriefError,
    reporter: Reporter,
    timings: dict[str, float],
) -> AddResult:
    """Store a transcript and go on to extraction, or mark the debrief failed."""
    try:
        if isinstance(outcome, DebriefError):
            raise outcome
        if outcome.is_empty:
            raise NoSpeechError("no speech detected in the recording")
        with timed(timings, "store"):
            store.save_transcript(debrief_id, outcome)
    except DebriefError as exc:
        reporter.stage("failed")
        return failed(store, debrief_id, "audio", str(exc), timings=timings)
    return extract_and_store(store, debrief_id, outcome, reporter, timings)
