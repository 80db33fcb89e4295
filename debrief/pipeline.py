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
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypedDict, Unpack

from debrief import audio
from debrief.config import Settings
from debrief.errors import (
    AudioError,
    DebriefError,
    NoSpeechError,
    NotFound,
    explain,
    require_utf8,
)
from debrief.models import Extraction, Transcript
from debrief.store import Store

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor


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
    file not yet transcribed stays ``pending`` for ``debrief process``.
    """
    cancel = threading.Event()
    submitted: list[Future[Transcript]] = []
    previous: tuple[Path, _Staged | AddResult | AudioError] | None = None
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
                staged.transcript = _whisper_thread().submit(_transcribe, settings, staged, cancel)
                submitted.append(staged.transcript)
            if previous is not None:
                yield previous[0], _finish(store, previous[1])
            previous = (path, staged)
        if previous is not None:
            yield previous[0], _finish(store, previous[1])
    finally:
        # A no-op when all is done; interrupted, the running transcription stops at its next
        # segment and the queued ones never start.
        cancel.set()
        for future in submitted:
            future.cancel()
        _wait(submitted)


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
    try:
        with timed(timings, "decode"):
            samples = audio.decode(path)
    except AudioError:
        loading.result()  # let the load finish: nothing half-loaded is left at exit
        raise
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
    names = vocabulary(store, contact=given.get("contact"), company=given.get("company"))
    return _Staged(debrief_id, samples, reporter, timings, loading, names=names)


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

    row = store.get(debrief_id)
    names = vocabulary(store, contact=row["contact_override"], company=row["company_override"])
    outcome: Transcript | DebriefError
    work = _whisper_thread().submit(
        _run_engine, settings, samples, reporter, timings, stop_if_cancelled, names
    )
    try:
        outcome = work.result()
    except DebriefError as exc:
        outcome = exc
    except BaseException:  # Ctrl-C: stop the transcription at its next segment, then go on
        cancel.set()
        _wait([work])
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


_whisper: ThreadPoolExecutor | None = None


def _whisper_thread() -> ThreadPoolExecutor:
    """The one thread that loads and runs Whisper in this process (see
    :func:`debrief.transcribe.get_engine`: CTranslate2 is several times slower when called
    from another thread than the one that loaded the model)."""
    global _whisper
    if _whisper is None:
        from concurrent.futures import ThreadPoolExecutor

        _whisper = ThreadPoolExecutor(1, thread_name_prefix="debrief-whisper")
    return _whisper


def _wait(futures: list[Any]) -> None:
    from concurrent.futures import wait

    wait(futures)


def prefetch_engine(settings: Settings) -> Future[float]:
    """Start loading the Whisper model the settings name on the Whisper thread while the
    caller decodes and files the audio; the transcription queued after it finds it loaded.
    The future gives the seconds the load took. A failure is not reported here: the
    transcription's own ``get_engine`` raises it again, as one line."""

    def load() -> float:
        start = time.perf_counter()
        with contextlib.suppress(Exception):
            from debrief.transcribe import get_engine

            get_engine(settings)
        return time.perf_counter() - start

    return _whisper_thread().submit(load)


# -- transcribed -> extracted -----------------------------------------------------------------


def extract_and_store(
    store: Store,
    debrief_id: int,
    transcript: Transcript,
    reporter: Reporter,
    timings: dict[str, float],
) -> AddResult:
    """Extract a stored transcript and file what was understood; the debrief is ``extracted``."""
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
            store.save_extraction(debrief_id, extraction, heard)
            refresh_habits(store, debrief_id)
        with timed(timings, "themes"):
            cache_theme_terms(store, debrief_id)  # while spaCy is loaded: see weekly review
        with timed(timings, "embed"):
            index_insights(store, debrief_id)
    except DebriefError as exc:
        return failed(store, debrief_id, row["source"], str(exc), transcript=transcript)
    return AddResult(
        debrief_id,
        row["source"],
        "extracted",
        transcript=transcript,
        extraction=extraction,
        timings=timings,
    )


def extract_text(text: str, recorded_at: datetime | None = None) -> Extraction:
    """Run the extraction stage alone on a text (``debrief extract``; nothing is stored);
    a very long one in pieces (issue 17.6)."""
    from debrief.extract import extract
    from debrief.longtext import extract_in_pieces

    return extract_in_pieces(extract, text, recorded_at)


def pipeline_version() -> str:
    """The extraction pipeline's version, stored with every extracted debrief."""
    from debrief.extract import pipeline as extract_pipeline

    return extract_pipeline.PIPELINE_VERSION


def cache_theme_terms(store: Store, debrief_id: int) -> None:
    """Lemmatise the debrief's insights for the review's themes (spaCy is loaded)."""
    from debrief.review.themes import cache_debrief_terms

    cache_debrief_terms(store, debrief_id)


_nlp_prefetch: threading.Thread | None = None


def prefetch_nlp() -> None:
    """Load the spaCy pipeline in the background while Whisper works (once per process).

    Loading is mostly deserialisation, so it overlaps well with transcription; extraction
    then finds the pipeline ready (``load_nlp`` waits on the same lock if it is not).
    The thread is not niced: on two cores a niced load only got the CPU Whisper left, so it
    ran after transcription instead of beside it, and on a busy machine it starved
    (benchmarks/add.py, cold 60 s recap at beam 1 under load 17: 61-72 s niced with 38-48 s
    waiting for spaCy, 21-26 s not niced, the same transcription time).
    """
    global _nlp_prefetch
    if _nlp_prefetch is not None:
        return

    def load() -> None:
        # Importing spaCy is half the cost, so it happens in the thread too. A failure is
        # not reported here: the foreground load raises it again, as one line.
        with contextlib.suppress(Exception):
            from debrief.extract import load_nlp

            load_nlp()
        _embed_prefetched.set()  # the embedding model too, still behind Whisper
        with contextlib.suppress(Exception):
            from debrief.embed import embedder

            embedder()

    _nlp_prefetch = threading.Thread(target=load, name="debrief-nlp-prefetch", daemon=True)
    _nlp_prefetch.start()


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
    loading = prefetch_engine(settings)  # overlaps the decoding
    try:
        with timed(timings, "decode"):
            samples = audio.decode(Path(row["audio_path"]))
    except AudioError as exc:
        loading.result()  # let the load finish: nothing half-loaded is left at exit
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


def process_summary(results: list[AddResult]) -> str:
    """One line after ``debrief process``: how many were filed, how many failed."""
    failures = [r for r in results if not r.ok]
    line = f"processed {len(results)}: {len(results) - len(failures)} filed, {len(failures)} failed"
    if failures:
        ids = ", ".join(f"#{r.debrief_id}" for r in failures)
        line += f" ({ids}; kept as failed: fix the cause and run `debrief process` again)"
    return line


def retranscribe(
    settings: Settings, store: Store, debrief_id: int, reporter: Reporter | None = None
) -> AddResult:
    """Transcribe a debrief's audio file again (e.g. one filed from the live path) and
    re-extract; the stored transcript is replaced."""
    row = store.get(debrief_id)
    if not row["audio_path"]:
        raise NotFound(f"debrief {debrief_id} has no audio to transcribe")
    loading = prefetch_engine(settings)  # overlaps the decoding
    try:
        samples = audio.decode(Path(row["audio_path"]))
    except BaseException:
        loading.result()  # let the load finish: nothing half-loaded is left at exit
        raise
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


# -- the follow-up ledger's habits (issue 14) --------------------------------------------------


def _stay_in_touch_days(settings: Settings | None = None) -> int:
    """The ``stay_in_touch_days`` setting (the settings of the environment's data home)."""
    from debrief.config import load_settings

    return (settings or load_settings()).stay_in_touch_days


def refresh_habits(store: Store, debrief_id: int, settings: Settings | None = None) -> None:
    """File (or update) the call's generated follow-ups: thank-you, reach out to each
    referral, tell the referrer, stay in touch, what the contact offered
    (:mod:`debrief.store.habits`)."""
    from debrief.store import habits

    habits.refresh(store, debrief_id, _stay_in_touch_days(settings))


def refresh_habits_all(settings: Settings, store: Store) -> int:
    """Re-plan every call's generated follow-ups (``stay_in_touch_days`` changed)."""
    from debrief.store import habits

    return habits.refresh_all(store, _stay_in_touch_days(settings))


def set_person_stay_in_touch(
    settings: Settings, store: Store, name: str, person: str, value: str
) -> str:
    """``debrief config set stay_in_touch_days N --person NAME``: one person's interval
    (``none`` clears it), then their calls' stay-in-touch items are re-planned."""
    from debrief.errors import ConfigError
    from debrief.store import habits

    if name != "stay_in_touch_days":
        raise ConfigError(f"only stay_in_touch_days can be set per person, not {name!r}")
    days: int | None = None
    if value.strip().lower() not in {"none", "default", ""}:
        try:
            days = int(value)
        except ValueError:
            days = 0
        if days <= 0:
            raise ConfigError(f"invalid value {value!r} for stay_in_touch_days (whole days, > 0)")
    known = habits.set_person_stay_in_touch(store, person, days)
    for debrief_id in habits.person_debriefs(store, known):
        habits.refresh(store, debrief_id, _stay_in_touch_days(settings))
    return known


# -- gone --------------------------------------------------------------------------------------


def delete(settings: Settings, store: Store, debrief_id: int) -> dict[str, Any]:
    """Delete a debrief, its audio file and every trace of it in the database file."""
    from debrief.store import habits

    related = habits.related(store, debrief_id)  # calls whose items this one closed
    gone = store.delete(debrief_id)  # the audio goes with the crash-safe scrub (issue 17.3)
    for other in related:
        refresh_habits(store, other)
    return gone


# -- search by meaning and `debrief ask` (debrief.ask; the model loads on first use) --------


_embed_prefetched = threading.Event()


def prefetch_embedder() -> None:
    """Load the embedding model in the background (filing embeds the new insights)."""
    if _embed_prefetched.is_set():
        return
    _embed_prefetched.set()

    def load() -> None:
        # Not niced (unlike the spaCy prefetch): it is short (0.3 s of CPU) and filing
        # waits for it at the end; a niced load starved for seconds on a busy machine.
        with contextlib.suppress(Exception):
            from debrief.embed import embedder

            embedder()

    threading.Thread(target=load, name="debrief-embed-prefetch", daemon=True).start()


def index_insights(store: Store, debrief_id: int) -> None:
    """Embed a filed debrief's insights for search by meaning.

    A failure here never fails the debrief (it is filed and keyword-searchable): it is
    reported as a warning and the vectors are made on the next search (``ensure_vectors``).
    """
    import sys

    from debrief.ask.hybrid import index_debrief

    try:
        index_debrief(store, debrief_id)
    except DebriefError as exc:
        print(f"warning: insights of #{debrief_id} not embedded yet ({exc})", file=sys.stderr)


def ensure_vectors(store: Store, progress: Any = None) -> int:
    """Embed insights filed before search by meaning (one time); returns how many."""
    from debrief.ask.hybrid import ensure_vectors as _ensure

    return _ensure(store, progress)


def missing_vectors(store: Store) -> int:
    """How many insights still need a vector of the current model."""
    from debrief.embed import MODEL_ID
    from debrief.store.vectors import count_missing

    return count_missing(store, MODEL_ID)


def natural_moment(value: str, flag: str) -> datetime:
    """A moment from ISO or natural words ("yesterday", "last friday") for ``--when``."""
    from debrief.ask.when import resolve

    return resolve(value, flag=flag)


def filter_bound(value: str | None, flag: str, *, end: bool = False) -> str | None:
    """An ISO bound from a filter value: ISO, or natural ("last week", "yesterday")."""
    from debrief.ask.when import bound

    return bound(value, flag=flag, end=end)


def hybrid_search(store: Store, query: str, *, exact: bool = False, **filters: Any) -> Any:
    """`debrief search`: hybrid ranking, or keyword-only with ``exact``; hits carry
    ``suggestions`` when there are none (:func:`debrief.ask.hybrid.search_command`)."""
    from debrief.ask.hybrid import search_command

    return search_command(store, query, exact=exact, **filters)


def ask(store: Store, question: str, **filters: Any) -> Any:
    """`debrief ask`: the answer-shaped view (:class:`debrief.ask.answer.Answer`)."""
    from debrief.ask.answer import answer

    return answer(store, question, **filters)


# -- names and corrections (issue 12) --------------------------------------------------------
# The vocabulary and name resolution live in debrief.store.resolve, the corrections in
# debrief.store.corrections; every correction is the user's (store.user_fields), so
# re-extraction keeps it.


def vocabulary(
    store: Store, *, contact: str | None = None, company: str | None = None, everyone: bool = False
) -> list[str]:
    """Names on file to prime Whisper with (``contact``/``company`` from the command line
    first, then the user's corrections and the people not called yet); the engine cuts it
    to its prompt. ``everyone``: every name on file (see debrief.store.resolve)."""
    from debrief.store.resolve import vocabulary as _vocabulary

    return _vocabulary(store, contact=contact, company=company, everyone=everyone)


def resolve_extraction(store: Store, extraction: Extraction, **how: Any) -> Any:
    """Spoken names close to known people and companies resolve to them
    (:func:`debrief.store.resolve.resolve_extraction`)."""
    from debrief.store.resolve import resolve_extraction as _resolve

    return _resolve(store, extraction, **how)


def edit_debrief(
    store: Store,
    debrief_id: int,
    *,
    contact: str | None = None,
    title: str | None = None,
    company: str | None = None,
    when: datetime | None = None,
) -> dict[str, Any]:
    """Correct a debrief's contact, title, company or date (kept on re-extraction)."""
    from debrief.store.corrections import edit_debrief as _edit

    row = _edit(store, debrief_id, contact=contact, title=title, company=company, when=when)
    if row["status"] == "extracted" and (contact or company or when):
        # the generated follow-ups (thank-you, stay in touch) name the contact and date
        refresh_habits(store, debrief_id)
    return row


def confirm_line(row: dict[str, Any]) -> str:
    """The debrief's contact / title / company as the confirm prompt shows them."""
    return " / ".join(row.get(k) or "?" for k in ("contact", "title", "company"))


def apply_confirm(store: Store, debrief_id: int, typed: str) -> dict[str, Any] | None:
    """The user's answer to the confirm prompt: empty accepts; otherwise
    ``contact / title / company`` (a part left empty or "?" keeps its value, fewer parts
    change the first ones). The correction is the user's and joins the vocabulary.
    Returns the debrief as it is now, or None when nothing changed."""
    typed = typed.strip()
    if not typed:
        return None
    parts = [p.strip() for p in typed.split("/")]
    if len(parts) > 3:
        raise DebriefError("type contact / title / company (three parts at most)")
    row = store.get(debrief_id)
    changes: dict[str, str] = {}
    for key, value in zip(("contact", "title", "company"), parts, strict=False):
        if value and value != "?" and value != (row.get(key) or ""):
            changes[key] = value
    if not changes:
        return None
    return edit_debrief(
        store,
        debrief_id,
        contact=changes.get("contact"),
        title=changes.get("title"),
        company=changes.get("company"),
    )
