"""The filing state machine: every recap goes pending -> transcribed -> extracted, or failed.

Every status change of a debrief happens here (the store writes what it is told). A recording
is on disk and registered as ``pending`` before any model runs; a failure in a later stage
leaves the debrief ``failed`` with the reason, and :func:`process_pending` retries it.

Reading, reviewing and rendering are not here: the CLI calls :mod:`debrief.store`,
:mod:`debrief.review` and :mod:`debrief.views` itself. Recording glue (live transcription,
crash recovery) is in :mod:`debrief.recording`.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypedDict, Unpack

from debrief import audio
from debrief.config import Settings
from debrief.errors import AudioError, DebriefError, NoSpeechError, NotFound, explain, require_utf8
from debrief.longtext import extract_text
from debrief.models import Extraction, Transcript
from debrief.prefetch import prefetch_embedder, prefetch_engine, prefetch_nlp, wait, whisper_thread
from debrief.store import Store

if TYPE_CHECKING:
    from concurrent.futures import Future


class Reporter(Protocol):
    """What the pipeline tells its caller while it works (the CLI draws progress from it)."""

    def stage(self, name: str) -> None: ...

    def transcribe_progress(self, done: float, total: float) -> None: ...


class Quiet:
    """A :class:`Reporter` that tells nobody."""

    def stage(self, name: str) -> None:
        pass

    def transcribe_progress(self, done: float, total: float) -> None:
        pass


@dataclass
class AddResult:
    """The outcome of filing one recap."""

    debrief_id: int | None
    source: str
    status: str
    duplicate: bool = False
    #: A duplicate whose contact/company the user corrected with this add.
    corrected: bool = False
    resumed: str | None = None  # added before, never finished: its status then
    error: str | None = None
    transcript: Transcript | None = None
    extraction: Extraction | None = None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None


class Given(TypedDict, total=False):
    """What the user said about a recap: it wins over what is extracted."""

    company: str | None
    contact: str | None
    #: when the call happened (default: the file's time, or now)
    when: datetime | None


@contextmanager
def timed(timings: dict[str, float], name: str) -> Iterator[None]:
    """Add the seconds the block takes to ``timings[name]`` (benchmarks read them)."""
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - start


def failed(store: Store, debrief_id: int, source: str, error: str, **extra: Any) -> AddResult:
    """The one way a debrief becomes ``failed``: the reason is stored, the result says it."""
    store.set_status(debrief_id, "failed", error)
    return AddResult(debrief_id, source, "failed", error=error, **extra)


# -- pending: filing a new recap --------------------------------------------------------------


def add_file(
    settings: Settings,
    store: Store,
    path: Path,
    *,
    reporter: Reporter | None = None,
    **given: Unpack[Given],
) -> AddResult:
    """File an audio recap: validate and decode it, copy it into ``recordings/``, register
    it as pending, then transcribe, extract and store (:func:`add_files` with one file).

    A file that is not decodable audio raises :class:`AudioError` and leaves nothing behind.
    """
    one = None if reporter is None else (lambda _path: reporter)
    with contextlib.closing(add_files(settings, store, [path], reporter_for=one, **given)) as out:
        for _path, outcome in out:
            if isinstance(outcome, AudioError):
                raise outcome
            return outcome
    raise AssertionError("add_files yields one outcome per path")


def add_files(
    settings: Settings,
    store: Store,
    paths: list[Path],
    *,
    reporter_for: Callable[[Path], Reporter] | None = None,
    **given: Unpack[Given],
) -> Generator[tuple[Path, AddResult | AudioError], None, None]:
    """File audio recaps in order, yielding ``(path, outcome)`` as each is filed: an
    :class:`AddResult`, or the :class:`AudioError` of a file that is not decodable audio
    (nothing of it is kept; the next file goes on). ``reporter_for(path)`` gives each file's
    reporter.

    What can overlap does: the Whisper model and spaCy load while the first file is hashed,
    decoded and filed as pending, and file N+1 transcribes on the Whisper thread while file
    N is extracted and stored here (CTranslate2 releases the GIL). Only this thread touches
    the store. Interrupted (Ctrl-C), the transcription stops at its next segment and every
    file not yet transcribed stays ``pending`` for ``debrief process``, which is what a file
    added before and never finished gets last (``resumed``), not "already filed".
    """
    cancel = threading.Event()
    submitted: list[Future[Transcript]] = []
    previous: tuple[Path, _Staged | AddResult | AudioError] | None = None
    unfinished: list[tuple[Path, AddResult, Reporter]] = []
    try:
        for path in paths:
            path = Path(path)
            reporter = reporter_for(path) if reporter_for else Quiet()
            staged: _Staged | AddResult | AudioError
            try:
                staged = _stage_file(settings, store, path, reporter, given)
            except AudioError as exc:
                staged = exc
            if isinstance(staged, _Staged):
                staged.transcript = whisper_thread().submit(_transcribe, settings, staged, cancel)
                submitted.append(staged.transcript)
            elif isinstance(staged, AddResult) and staged.status != "extracted":
                unfinished.append((path, staged, reporter))
                continue
            if previous is not None:
                yield previous[0], _finish(store, previous[1])
            previous = (path, staged)
        if previous is not None:
            yield previous[0], _finish(store, previous[1])
        for path, before, reporter in unfinished:
            done = process_one(settings, store, int(before.debrief_id or 0), reporter)
            yield path, replace(done, resumed=before.status)
    finally:
        # A no-op when all is done; interrupted, the running transcription stops at its next
        # segment and the queued ones never start.
        cancel.set()
        for future in submitted:
            future.cancel()
        wait(submitted)


@dataclass
class _Staged:
    """A file decoded and filed as pending, its transcript on the way."""

    debrief_id: int
    samples: Any
    reporter: Reporter
    timings: dict[str, float]
    loading: Future[float]  # the model load started for it (overlapping the decoding)
    transcript: Future[Transcript] | None = None
    names: list[str] | None = None  # the vocabulary priming Whisper, read from the store


class _Cancelled(BaseException):
    """Raised in the transcription's progress callback to stop it (not an Exception, so
    the engine does not turn it into a TranscriptionError)."""


def _stage_file(
    settings: Settings, store: Store, path: Path, reporter: Reporter, given: Given
) -> _Staged | AddResult:
    """Check, hash, decode and copy one file and register it as pending; the Whisper model
    and spaCy start loading meanwhile. A duplicate is its :class:`AddResult`."""
    timings: dict[str, float] = {}
    audio.check_readable(path)
    digest = audio.file_hash(path)
    existing = store.find_by_hash(digest)
    if existing:  # nothing is loaded for a recap already filed
        contact, company = given.get("contact"), given.get("company")
        if contact or company:  # the user's correction of an already filed recap
            from debrief.store.corrections import edit_debrief

            edit_debrief(store, int(existing["id"]), contact=contact, company=company)
        return AddResult(
            existing["id"],
            "audio",
            existing["status"],
            duplicate=True,
            corrected=bool(contact or company),
        )
    loading = prefetch_engine(settings)  # overlaps the decoding and copying below
    prefetch_nlp()
    samples = _decode(path, loading, timings)
    stored = audio.store_copy(path, settings.recordings_dir, digest)
    when = given.get("when") or datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    debrief_id = store.create_debrief(
        source="audio",
        recorded_at=when,
        audio_path=stored,
        audio_hash=digest,
        original_name=path.name,
        duration=round(len(samples) / audio.SAMPLE_RATE, 3),
        contact=given.get("contact"),
        company=given.get("company"),
    )
    from debrief.store.resolve import vocabulary

    names = vocabulary(store, contact=given.get("contact"), company=given.get("company"))
    return _Staged(debrief_id, samples, reporter, timings, loading, names=names)


def _decode(path: Path, loading: Future[float], timings: dict[str, float]) -> Any:
    """Decode ``path`` while the Whisper model loads (``loading``, started first). A file
    that fails to decode waits for the load to finish, so nothing half-loaded is left at
    exit, and raises."""
    try:
        with timed(timings, "decode"):
            return audio.decode(path)
    except BaseException:
        loading.result()
        raise


def _transcribe(settings: Settings, staged: _Staged, cancel: threading.Event) -> Transcript:
    """The Whisper thread's part of :func:`add_files`: transcribe (no store access here)."""

    def stop_if_cancelled() -> None:
        if cancel.is_set():
            raise _Cancelled

    stop_if_cancelled()
    # Queued after the load on this same thread, so it is done: count it once, here.
    staged.timings["load_model"] = staged.loading.result()
    return _run_engine(
        settings, staged.samples, staged.reporter, staged.timings, stop_if_cancelled, staged.names
    )


def _finish(store: Store, staged: _Staged | AddResult | AudioError) -> AddResult | AudioError:
    """Wait for a staged file's transcript, then store it and extract (this thread)."""
    if not isinstance(staged, _Staged):
        return staged
    assert staged.transcript is not None
    outcome: Transcript | DebriefError
    try:
        outcome = staged.transcript.result()
    except DebriefError as exc:
        outcome = exc
    return _transcribed(store, staged.debrief_id, outcome, staged.reporter, staged.timings)


def add_recording(
    settings: Settings,
    store: Store,
    path: Path,
    *,
    reporter: Reporter | None = None,
    process: bool = True,
    **given: Unpack[Given],
) -> AddResult:
    """File a recording already written into ``recordings/`` (by ``debrief record``)."""
    existing = store.find_by_audio_path(path)
    if existing:
        debrief_id = int(existing["id"])
    else:
        debrief_id = store.create_debrief(
            source="recording",
            recorded_at=given.get("when") or datetime.fromtimestamp(path.stat().st_mtime),
            audio_path=path,
            audio_hash=audio.file_hash(path),
            original_name=path.name,
            contact=given.get("contact"),
            company=given.get("company"),
        )
    if not process:
        return AddResult(debrief_id, "recording", "pending")
    return process_debrief(settings, store, debrief_id, reporter=reporter)


def add_text(
    settings: Settings,
    store: Store,
    text: str,
    *,
    name: str | None = None,
    reporter: Reporter | None = None,
    **given: Unpack[Given],
) -> AddResult:
    """File a typed recap: no audio, the text is the transcript."""
    if not text or not text.strip():
        raise DebriefError("the recap text is empty; nothing filed")
    require_utf8(text)  # before anything is stored (issue 17.6)
    transcript = Transcript(
        text=text.strip(), segments=[], language="en", duration=0.0, engine="text", model=""
    )
    with store.transaction():  # filed with its text or not at all (a full disk: issue 17.6)
        debrief_id = store.create_debrief(
            source="text",
            recorded_at=given.get("when") or datetime.now().replace(microsecond=0),
            original_name=name,
            contact=given.get("contact"),
            company=given.get("company"),
        )
        store.save_transcript(debrief_id, transcript)
    return extract_and_store(store, debrief_id, transcript, reporter or Quiet(), {})


# -- pending -> transcribed -------------------------------------------------------------------


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
            raise _Cancelled

    from debrief.store.resolve import vocabulary

    row = store.get(debrief_id)
    names = vocabulary(store, contact=row["contact_override"], company=row["company_override"])
    outcome: Transcript | DebriefError
    work = whisper_thread().submit(
        _run_engine, settings, samples, reporter, timings, stop_if_cancelled, names
    )
    try:
        outcome = work.result()
    except DebriefError as exc:
        outcome = exc
    except BaseException:  # Ctrl-C: stop the transcription at its next segment, then go on
        cancel.set()
        wait([work])
        raise
    return _transcribed(store, debrief_id, outcome, reporter, timings)


def _run_engine(
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


def _transcribed(
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


# -- transcribed -> extracted -----------------------------------------------------------------


def extract_and_store(
    store: Store,
    debrief_id: int,
    transcript: Transcript,
    reporter: Reporter,
    timings: dict[str, float],
) -> AddResult:
    """Extract a stored transcript and file what was understood; the debrief is ``extracted``."""
    from debrief.ask.hybrid import index_filed
    from debrief.store import habits
    from debrief.store.resolve import complete_first_names, resolve_extraction
    from debrief.store.terms import cache_debrief_terms

    row = store.get(debrief_id)
    prefetch_embedder()  # loads while spaCy extracts; filing then only embeds
    try:
        reporter.stage("extracting")
        with timed(timings, "load_nlp"):
            from debrief.extract import load_nlp

            load_nlp()
        with timed(timings, "extract"):
            extraction = extract_text(transcript.text, datetime.fromisoformat(row["recorded_at"]))
        with timed(timings, "store"):
            # Names close to known people and companies resolve to them (what was heard is
            # kept); typed recaps only follow the user's own corrections.
            extraction, heard = resolve_extraction(
                store,
                extraction,
                debrief_id=debrief_id,
                spoken=row["source"] != "text",
                text=transcript.text,
            )
            # One transaction: a failure in any of these leaves the debrief as it was
            # (transcribed, so `process` retries it), never "extracted" without its to-dos.
            with store.transaction():
                store.save_extraction(debrief_id, extraction, heard)
                complete_first_names(store, debrief_id)  # "Mia" of an earlier call: Mia Kovac
                habits.refresh(store, debrief_id, habits.default_days())
        with timed(timings, "themes"):
            cache_debrief_terms(store, debrief_id)  # while spaCy is loaded: see weekly review
        with timed(timings, "embed"):
            index_filed(store, debrief_id)
    except DebriefError as exc:
        return failed(store, debrief_id, row["source"], str(exc), transcript=transcript)
    return AddResult(
        debrief_id,
        row["source"],
        "extracted",
        transcript=transcript,
        extraction=store.as_filed(debrief_id, extraction),
        timings=timings,
    )


def pipeline_version() -> str:
    """The extraction pipeline's version, stored with every extracted debrief."""
    from debrief.extract import pipeline as extract_pipeline

    return extract_pipeline.PIPELINE_VERSION


# -- failed (or unfinished) -> retried --------------------------------------------------------


def process_debrief(
    settings: Settings, store: Store, debrief_id: int, reporter: Reporter | None = None
) -> AddResult:
    """Run whatever stages a stored debrief still needs (pending, transcribed or failed)."""
    row = store.get(debrief_id)
    reporter = reporter or Quiet()
    stored = store.transcript(debrief_id)
    if stored is not None and (stored["text"].strip() or row["source"] == "text"):
        transcript = Transcript(
            text=stored["text"],
            segments=[],
            language=stored["language"] or "",
            duration=row["duration"] or 0.0,
            engine=stored["engine"] or "",
            model=stored["model"] or "",
            settings=json.loads(stored["settings"] or "{}"),
        )
        return extract_and_store(store, debrief_id, transcript, reporter, {})
    if not row["audio_path"]:
        return failed(store, debrief_id, row["source"], "no audio and no transcript")
    timings: dict[str, float] = {}
    try:
        samples = _decode(Path(row["audio_path"]), prefetch_engine(settings), timings)
    except AudioError as exc:
        return failed(store, debrief_id, row["source"], str(exc))
    if not row["duration"]:
        store.set_duration(debrief_id, round(len(samples) / audio.SAMPLE_RATE, 3))
    result = transcribe_and_extract(settings, store, debrief_id, samples, reporter, timings)
    result.source = row["source"]
    return result


def process_pending(
    settings: Settings, store: Store, reporter: Reporter | None = None
) -> list[AddResult]:
    """Retry every debrief that is pending, only transcribed, or failed; one that fails
    fails on its own (:func:`process_one`) and the rest go on."""
    return [process_one(settings, store, int(row["id"]), reporter) for row in store.unfinished()]


def process_one(
    settings: Settings, store: Store, debrief_id: int, reporter: Reporter | None = None
) -> AddResult:
    """:func:`process_debrief`, with whatever goes wrong kept to this one debrief (issue
    17.2): it becomes ``failed`` with the reason (still retried by the next ``process``) and
    the caller goes on to the next. Only Ctrl-C (KeyboardInterrupt) stops the queue."""
    try:
        return process_debrief(settings, store, debrief_id, reporter)
    except Exception as exc:  # isolation is the point: see the docstring
        known = explain(exc)
        reason = str(known) if known else f"unexpected {type(exc).__name__}: {exc}"
        with contextlib.suppress(Exception):  # the store itself may be what failed
            return failed(store, debrief_id, "", reason)
        return AddResult(debrief_id, "", "failed", error=reason)


def retranscribe(
    settings: Settings, store: Store, debrief_id: int, reporter: Reporter | None = None
) -> AddResult:
    """Transcribe a debrief's audio file again (e.g. one filed from the live path) and
    re-extract; the stored transcript is replaced."""
    row = store.get(debrief_id)
    if not row["audio_path"]:
        raise NotFound(f"debrief {debrief_id} has no audio to transcribe")
    samples = _decode(Path(row["audio_path"]), prefetch_engine(settings), {})
    result = transcribe_and_extract(settings, store, debrief_id, samples, reporter, {})
    result.source = row["source"]
    return result


def reextract(
    store: Store, debrief_ids: list[int] | None = None, *, stale_only: bool = False
) -> list[AddResult]:
    """Rerun extraction on stored transcripts (all when ``debrief_ids`` is None)."""
    if debrief_ids is None:
        debrief_ids = store.transcribed_ids(not_version=pipeline_version() if stale_only else None)
    results = []
    for debrief_id in debrief_ids:
        stored = store.transcript(debrief_id)
        if stored is None:
            store.get(debrief_id)  # NotFound for an unknown id
            raise NotFound(f"debrief {debrief_id} has no transcript yet; run `debrief process`")
        transcript = Transcript(
            text=stored["text"], segments=[], language="", duration=0.0, engine="", model=""
        )
        results.append(extract_and_store(store, debrief_id, transcript, Quiet(), {}))
    return results


# -- gone --------------------------------------------------------------------------------------


def delete(settings: Settings, store: Store, debrief_id: int) -> dict[str, Any]:
    """Delete a debrief, its audio file and every trace of it in the database file."""
    from debrief.store import habits

    related = habits.related(store, debrief_id)  # calls whose items this one closed
    gone = store.delete(debrief_id)  # the audio goes with the crash-safe scrub (issue 17.3)
    for other in related:
        habits.refresh(store, other, habits.default_days(settings))
    return gone
