"""The orchestrator: runs the stages (audio, transcribe, extract, store) in order.

The CLI talks only to this module. Every recording is filed on disk and as a ``pending``
debrief before any model runs; a failure in a later stage leaves the debrief ``failed``
with the reason, and :func:`process_pending` retries it.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from debrief import audio
from debrief.config import Settings, load_settings, write_setting
from debrief.errors import AudioError, DebriefError, NoSpeechError, NotFound
from debrief.models import CATEGORIES, CATEGORY_LABELS, Extraction, Transcript
from debrief.store import Store
from debrief.store import search as store_search
from debrief.store.search import HL_END, HL_START, capped_note

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

# Re-exported for the CLI, which imports nothing below this module.
__all__ = [
    "CATEGORIES",
    "AddResult",
    "AudioError",
    "Reporter",
    "Settings",
    "Store",
    "capped_note",
    "load_settings",
    "write_setting",
]


class Reporter(Protocol):
    """What the pipeline tells its caller while it works (the CLI draws progress from it)."""

    def stage(self, name: str) -> None: ...

    def transcribe_progress(self, done: float, total: float) -> None: ...


class _Quiet:
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
    error: str | None = None
    transcript: Transcript | None = None
    extraction: Extraction | None = None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None


@contextmanager
def _timed(timings: dict[str, float], name: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - start


def open_store(settings: Settings) -> Store:
    """Open (creating and migrating) the knowledge base in the settings' data home."""
    # The home holds personal notes and voices: private to the user.
    settings.home.mkdir(mode=0o700, parents=True, exist_ok=True)
    settings.recordings_dir.mkdir(mode=0o700, exist_ok=True)
    return Store(settings.db_path)


# -- adding ---------------------------------------------------------------------------------


def add_file(
    settings: Settings,
    store: Store,
    path: Path,
    *,
    company: str | None = None,
    contact: str | None = None,
    when: datetime | None = None,
    reporter: Reporter | None = None,
) -> AddResult:
    """File an audio recap: validate and decode it, copy it into ``recordings/``, register
    it as pending, then transcribe, extract and store.

    A file that is not decodable audio raises :class:`AudioError` and leaves nothing behind.
    """
    for _path, outcome in add_files(
        settings,
        store,
        [path],
        company=company,
        contact=contact,
        when=when,
        reporter_for=None if reporter is None else (lambda _path: reporter),
    ):
        if isinstance(outcome, AudioError):
            raise outcome
        return outcome
    raise AssertionError("add_files yields one outcome per path")


def add_files(
    settings: Settings,
    store: Store,
    paths: list[Path],
    *,
    company: str | None = None,
    contact: str | None = None,
    when: datetime | None = None,
    reporter_for: Callable[[Path], Reporter] | None = None,
) -> Iterator[tuple[Path, AddResult | AudioError]]:
    """File audio recaps in order, yielding ``(path, outcome)`` as each is filed: an
    :class:`AddResult`, or the :class:`AudioError` of a file that is not decodable audio
    (nothing of it is kept; the next file goes on). ``reporter_for(path)`` gives each file's
    reporter.

    What can overlap does: the Whisper model and spaCy load while the first file is hashed,
    decoded and filed as pending, and file N+1 transcribes on a worker thread while file N is
    extracted and stored here (CTranslate2 releases the GIL). Only this thread touches the
    store. Interrupted (Ctrl-C), the worker stops at its next segment and every file not yet
    filed stays ``pending`` for ``debrief process``.
    """
    cancel = threading.Event()
    submitted: list[Future[Transcript]] = []
    previous: tuple[Path, _Staged | AddResult | AudioError] | None = None
    try:
        for path in paths:
            path = Path(path)
            reporter = reporter_for(path) if reporter_for else _Quiet()
            staged: _Staged | AddResult | AudioError
            try:
                staged = _stage_file(settings, store, path, company, contact, when, reporter)
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
        wait_futures(submitted)


@dataclass
class _Staged:
    """A file decoded and filed as pending, its transcript on the way."""

    debrief_id: int
    samples: Any
    reporter: Reporter
    timings: dict[str, float]
    loading: Future[float]  # the model load started for it (overlapping the decoding)
    transcript: Future[Transcript] | None = None


class _Cancelled(BaseException):
    """Raised in the transcription worker's progress callback to stop it (not an Exception,
    so the engine does not turn it into a TranscriptionError)."""


def _stage_file(
    settings: Settings,
    store: Store,
    path: Path,
    company: str | None,
    contact: str | None,
    when: datetime | None,
    reporter: Reporter,
) -> _Staged | AddResult:
    timings: dict[str, float] = {}
    audio.check_readable(path)
    digest = audio.file_hash(path)
    existing = store.find_by_hash(digest)
    if existing:  # nothing is loaded for a recap already filed
        return AddResult(existing["id"], "audio", existing["status"], duplicate=True)
    loading = prefetch_engine(settings)  # overlaps the decoding and copying below
    prefetch_nlp()
    try:
        with _timed(timings, "decode"):
            samples = audio.decode(path)
    except AudioError:
        loading.result()  # let the load finish: nothing half-loaded is left at exit
        raise
    stored = audio.store_copy(path, settings.recordings_dir, digest)
    recorded_at = when or datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    debrief_id = store.create_debrief(
        source="audio",
        recorded_at=recorded_at,
        audio_path=stored,
        audio_hash=digest,
        original_name=path.name,
        duration=round(len(samples) / audio.SAMPLE_RATE, 3),
        contact=contact,
        company=company,
    )
    return _Staged(debrief_id, samples, reporter, timings, loading)


def _transcribe(settings: Settings, staged: _Staged, cancel: threading.Event) -> Transcript:
    """The worker's part: wait for the model, transcribe (no store access here)."""

    def stop_if_cancelled() -> None:
        if cancel.is_set():
            raise _Cancelled

    stop_if_cancelled()
    # Queued after the load on this same thread, so it is done: count it once, here.
    staged.timings["load_model"] = staged.loading.result()
    return _run_engine(settings, staged.samples, staged.reporter, staged.timings, stop_if_cancelled)


def _finish(store: Store, staged: _Staged | AddResult | AudioError) -> AddResult | AudioError:
    if not isinstance(staged, _Staged):
        return staged
    assert staged.transcript is not None
    try:
        transcript = staged.transcript.result()
    except DebriefError as exc:
        return _transcribed(store, staged.debrief_id, exc, staged.reporter, staged.timings)
    return _transcribed(store, staged.debrief_id, transcript, staged.reporter, staged.timings)


def add_recording(
    settings: Settings,
    store: Store,
    path: Path,
    *,
    company: str | None = None,
    contact: str | None = None,
    when: datetime | None = None,
    reporter: Reporter | None = None,
    process: bool = True,
) -> AddResult:
    """File a recording already written into ``recordings/`` (by ``debrief record``)."""
    existing = store.find_by_audio_path(path)
    if existing:
        debrief_id = int(existing["id"])
    else:
        debrief_id = store.create_debrief(
            source="recording",
            recorded_at=when or datetime.fromtimestamp(path.stat().st_mtime),
            audio_path=path,
            audio_hash=audio.file_hash(path),
            original_name=path.name,
            contact=contact,
            company=company,
        )
    if not process:
        return AddResult(debrief_id, "recording", "pending")
    return process_debrief(settings, store, debrief_id, reporter=reporter)


def add_text(
    settings: Settings,
    store: Store,
    text: str,
    *,
    company: str | None = None,
    contact: str | None = None,
    when: datetime | None = None,
    name: str | None = None,
    reporter: Reporter | None = None,
) -> AddResult:
    """File a typed recap: no audio, the text is the transcript."""
    if not text or not text.strip():
        raise DebriefError("the recap text is empty; nothing filed")
    debrief_id = store.create_debrief(
        source="text",
        recorded_at=when or datetime.now().replace(microsecond=0),
        original_name=name,
        contact=contact,
        company=company,
    )
    transcript = Transcript(
        text=text.strip(), segments=[], language="en", duration=0.0, engine="text", model=""
    )
    store.save_transcript(debrief_id, transcript)
    return _extract_and_store(store, debrief_id, transcript, reporter or _Quiet(), {})


def _process(
    settings: Settings,
    store: Store,
    debrief_id: int,
    samples: Any,
    reporter: Reporter | None,
    timings: dict[str, float],
) -> AddResult:
    reporter = reporter or _Quiet()
    prefetch_nlp()
    cancel = threading.Event()

    def stop_if_cancelled() -> None:
        if cancel.is_set():
            raise _Cancelled

    outcome: Transcript | DebriefError
    work = _whisper_thread().submit(
        _run_engine, settings, samples, reporter, timings, stop_if_cancelled
    )
    try:
        outcome = work.result()
    except DebriefError as exc:
        outcome = exc
    except BaseException:  # Ctrl-C: stop the worker at its next segment, then go on
        cancel.set()
        wait_futures([work])
        raise
    return _transcribed(store, debrief_id, outcome, reporter, timings)


def _run_engine(
    settings: Settings,
    samples: Any,
    reporter: Reporter,
    timings: dict[str, float],
    check: Callable[[], None] | None = None,
) -> Transcript:
    from debrief.transcribe import get_engine

    reporter.stage("loading model")
    with _timed(timings, "load_model"):
        engine = get_engine(settings)
    reporter.stage("transcribing")
    total = len(samples) / audio.SAMPLE_RATE

    def progress(done: float) -> None:
        if check is not None:
            check()
        reporter.transcribe_progress(done, total)

    with _timed(timings, "transcribe"):
        return engine.transcribe(samples, progress)


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
        with _timed(timings, "store"):
            store.save_transcript(debrief_id, outcome)
    except DebriefError as exc:
        store.set_status(debrief_id, "failed", str(exc))
        reporter.stage("failed")
        return AddResult(debrief_id, "audio", "failed", error=str(exc), timings=timings)
    return _extract_and_store(store, debrief_id, outcome, reporter, timings)


def _extract_and_store(
    store: Store,
    debrief_id: int,
    transcript: Transcript,
    reporter: Reporter,
    timings: dict[str, float],
) -> AddResult:
    row = store.get(debrief_id)
    try:
        reporter.stage("extracting")
        with _timed(timings, "load_nlp"):
            from debrief.extract import load_nlp

            load_nlp()
        with _timed(timings, "extract"):
            extraction = extract_text(transcript.text, datetime.fromisoformat(row["recorded_at"]))
        with _timed(timings, "store"):
            store.save_extraction(debrief_id, extraction)
        with _timed(timings, "themes"):
            cache_theme_terms(store, debrief_id)  # while spaCy is loaded: see weekly review
    except DebriefError as exc:
        store.set_status(debrief_id, "failed", str(exc))
        return AddResult(debrief_id, row["source"], "failed", error=str(exc), transcript=transcript)
    return AddResult(
        debrief_id,
        row["source"],
        "extracted",
        transcript=transcript,
        extraction=extraction,
        timings=timings,
    )


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


def wait_futures(futures: list[Any]) -> None:
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

    _nlp_prefetch = threading.Thread(target=load, name="debrief-nlp-prefetch", daemon=True)
    _nlp_prefetch.start()


def process_debrief(
    settings: Settings, store: Store, debrief_id: int, reporter: Reporter | None = None
) -> AddResult:
    """Run whatever stages a stored debrief still needs (pending, transcribed or failed)."""
    row = store.get(debrief_id)
    reporter = reporter or _Quiet()
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
        return _extract_and_store(store, debrief_id, transcript, reporter, {})
    if not row["audio_path"]:
        store.set_status(debrief_id, "failed", "no audio and no transcript")
        return AddResult(debrief_id, row["source"], "failed", error="no audio and no transcript")
    timings: dict[str, float] = {}
    loading = prefetch_engine(settings)  # overlaps the decoding
    try:
        with _timed(timings, "decode"):
            samples = audio.decode(Path(row["audio_path"]))
    except AudioError as exc:
        loading.result()  # let the load finish: nothing half-loaded is left at exit
        store.set_status(debrief_id, "failed", str(exc))
        return AddResult(debrief_id, row["source"], "failed", error=str(exc))
    if not row["duration"]:
        with store.db.conn:
            store.db.execute(
                "UPDATE debriefs SET duration = ? WHERE id = ?",
                [round(len(samples) / audio.SAMPLE_RATE, 3), debrief_id],
            )
    result = _process(settings, store, debrief_id, samples, reporter, timings)
    result.source = row["source"]
    return result


def process_pending(
    settings: Settings, store: Store, reporter: Reporter | None = None
) -> list[AddResult]:
    """Retry every debrief that is pending, only transcribed, or failed."""
    return [
        process_debrief(settings, store, int(row["id"]), reporter) for row in store.unfinished()
    ]


# -- extraction -----------------------------------------------------------------------------


def extract_text(text: str, recorded_at: datetime | None = None) -> Extraction:
    """Run the extraction stage alone on a text."""
    from debrief.extract import extract

    return extract(text, recorded_at)


def pipeline_version() -> str:
    from debrief.extract import pipeline as extract_pipeline

    return extract_pipeline.PIPELINE_VERSION


def reextract(
    store: Store, debrief_ids: list[int] | None = None, *, stale_only: bool = False
) -> list[AddResult]:
    """Rerun extraction on stored transcripts (all when ``debrief_ids`` is None)."""
    if debrief_ids is None:
        sql = "SELECT d.id FROM debriefs d JOIN transcripts t ON t.debrief_id = d.id"
        if stale_only:
            sql += " WHERE d.pipeline_version IS NOT ?"
        rows = store.rows(sql + " ORDER BY d.id", [pipeline_version()] if stale_only else [])
        debrief_ids = [int(r["id"]) for r in rows]
    results = []
    for debrief_id in debrief_ids:
        stored = store.transcript(debrief_id)
        if stored is None:
            store.get(debrief_id)  # NotFound for an unknown id
            raise NotFound(f"debrief {debrief_id} has no transcript yet; run `debrief process`")
        transcript = Transcript(
            text=stored["text"], segments=[], language="", duration=0.0, engine="", model=""
        )
        results.append(_extract_and_store(store, debrief_id, transcript, _Quiet(), {}))
    return results


# -- live transcription --------------------------------------------------------------------
# Issue 8 (owner: live transcription). `debrief record` transcribes while it records: the
# recorder's on_block tap feeds a LiveTranscriber, and after stop only the tail is left. The
# WAV is written exactly as without it and stays the debrief's audio (process can redo it).


def start_live(settings: Settings, on_text: Any = None) -> Any:
    """A :class:`debrief.transcribe.live.LiveTranscriber` for a recording about to start.
    The Whisper model loads on its worker thread (blocks queue meanwhile, none is lost), and
    spaCy loads in a helper process (see :class:`_ExtractHelper`) so extraction after stop
    does not wait for it. Give its ``on_block`` to the recorder
    (``record_to_file(..., on_block=live.on_block)``)."""
    from debrief.transcribe import get_engine
    from debrief.transcribe.live import LiveTranscriber

    live = LiveTranscriber(lambda: get_engine(settings), sample_rate_in=None, on_text=on_text)
    live.extract_helper = _ExtractHelper.start()  # type: ignore[attr-defined]
    return live


class _ExtractHelper:
    """Extraction in a separate process whose spaCy loads while the user is still talking.

    Not a thread: importing spaCy (and the torch that thinc imports) holds the GIL for tenths
    of a second at a time, which would hold up the recorder's PortAudio callback (a Python
    function) and risk input overflows. A spawned process loads it on its own GIL; after stop
    it runs :func:`_extract_and_store` on the same database. Any failure: the caller extracts
    in-process as usual.
    """

    def __init__(self, conn: Any, proc: Any) -> None:
        self.conn, self.proc = conn, proc

    @classmethod
    def start(cls) -> _ExtractHelper | None:
        try:
            import multiprocessing

            ctx = multiprocessing.get_context("spawn")
            parent, child = ctx.Pipe()
            proc = ctx.Process(
                target=_extract_helper_main, args=(child,), name="debrief-extract", daemon=True
            )
            proc.start()
            child.close()
            return cls(parent, proc)
        except Exception:
            return None

    def run(self, db_path: Path, debrief_id: int, transcript: Transcript) -> AddResult | None:
        try:
            self.conn.send((str(db_path), debrief_id, transcript))
            result = self.conn.recv()
        except Exception:
            result = None
        self.close()
        return result if isinstance(result, AddResult) else None

    def close(self) -> None:
        """Let it go: it exits on its own (EOF), and a daemon never outlives us."""
        self.conn.close()


_WARM_UP = (
    "I just talked to Maria Lopez, a product manager at Stripe. She started in support. "
    "She likes the culture and the mission. Her advice was to build a project. "
    "She suggested I talk to James Chen. I need to email James by Friday. "
    "The call took about twenty minutes."
)


def _extract_helper_main(conn: Any) -> None:
    """The helper process: load spaCy, then extract and store the one transcript it is sent."""
    try:
        from debrief.extract import load_nlp

        load_nlp()
        # warm every lazily loaded part (cue files, models) on a throwaway recap
        extract_text(_WARM_UP, datetime(2026, 1, 5, 9, 0))
    except Exception:
        pass  # _extract_and_store reports it properly
    try:
        db_path, debrief_id, transcript = conn.recv()
    except (EOFError, OSError):
        return
    store = Store(Path(db_path))
    try:
        result: Any = _extract_and_store(store, debrief_id, transcript, _Quiet(), {})
    except Exception as exc:
        result = repr(exc)
    finally:
        store.close()
    conn.send(result)


def file_live_recording(
    settings: Settings,
    store: Store,
    path: Path,
    live: Any,
    *,
    company: str | None = None,
    contact: str | None = None,
    when: datetime | None = None,
    reporter: Reporter | None = None,
) -> AddResult:
    """File a finished recording whose transcript ``live`` made while it was recorded:
    the debrief keeps ``path`` as its audio, the live transcript is stored, then extraction.
    If the live path failed or heard nothing, the WAV is transcribed as with ``--no-live``."""
    from debrief.errors import TranscriptionError

    reporter = reporter or _Quiet()
    timings: dict[str, float] = {}
    filed = add_recording(
        settings, store, path, company=company, contact=contact, when=when, process=False
    )
    debrief_id = int(filed.debrief_id or 0)
    reporter.stage("transcribing the tail")
    try:
        with _timed(timings, "transcribe"):
            transcript = live.finish()
    except TranscriptionError:
        transcript = None
    if transcript is not None and not _covers(transcript, path):
        transcript = None  # the tap missed audio (it fails closed): the WAV is complete
    if transcript is None or transcript.is_empty:
        _close_extract_helper(live)
        return process_debrief(settings, store, debrief_id, reporter=reporter)
    with store.db.conn:
        store.db.execute(
            "UPDATE debriefs SET duration = ? WHERE id = ? AND duration IS NULL",
            [transcript.duration, debrief_id],
        )
    with _timed(timings, "store"):
        store.save_transcript(debrief_id, transcript)
    helper = getattr(live, "extract_helper", None)
    result = None
    if helper is not None:
        reporter.stage("extracting")
        with _timed(timings, "extract"):
            result = helper.run(settings.db_path, debrief_id, transcript)
    if result is None:
        result = _extract_and_store(store, debrief_id, transcript, reporter, timings)
    result.timings = {**timings, **{k: v for k, v in result.timings.items() if k not in timings}}
    result.source = "recording"
    return result


def _covers(transcript: Transcript, path: Path) -> bool:
    """Whether the live transcript heard the whole WAV (to within half a second)."""
    try:
        import soundfile

        return abs(soundfile.info(str(path)).duration - transcript.duration) <= 0.5
    except Exception:
        return False


def retranscribe(
    settings: Settings, store: Store, debrief_id: int, reporter: Reporter | None = None
) -> AddResult:
    """Transcribe a debrief's audio file again (e.g. one filed from the live path) and
    re-extract; the stored transcript is replaced."""
    row = store.get(debrief_id)
    if not row["audio_path"]:
        raise NotFound(f"debrief {debrief_id} has no audio to transcribe")
    samples = audio.decode(Path(row["audio_path"]))
    result = _process(settings, store, debrief_id, samples, reporter, {})
    result.source = row["source"]
    return result


def file_recording(
    settings: Settings,
    store: Store,
    rec: Any,
    live: Any = None,
    *,
    company: str | None = None,
    contact: str | None = None,
    reporter: Reporter | None = None,
) -> AddResult:
    """File what :func:`record_audio` recorded: with the live transcript when ``live`` (only
    the tail is left to transcribe), else transcribed now. The recording is filed first, so an
    interruption (Ctrl-C while the tail transcribes) leaves it pending for ``debrief process``;
    the live workers are stopped before the interruption goes on (a CTranslate2 call still
    running at interpreter exit aborts the process)."""
    try:
        if live is not None:
            return file_live_recording(
                settings, store, rec.path, live, company=company, contact=contact, reporter=reporter
            )
        return add_recording(
            settings, store, rec.path, company=company, contact=contact, reporter=reporter
        )
    except BaseException:
        discard_live(live)
        raise


def keep_recording(
    settings: Settings,
    store: Store,
    rec: Any,
    live: Any = None,
    *,
    company: str | None = None,
    contact: str | None = None,
) -> AddResult:
    """File a recording as pending without processing it (asked to quit: SIGTERM)."""
    discard_live(live)
    return add_recording(settings, store, rec.path, company=company, contact=contact, process=False)


def discard_live(live: Any) -> None:
    """Stop a live transcriber's workers and its extraction helper, if any."""
    if live is None:
        return
    live.abort()
    _close_extract_helper(live)


def _close_extract_helper(live: Any) -> None:
    helper = getattr(live, "extract_helper", None)
    if helper is not None:
        helper.close()


def live_view(ui: Any, transcriber: Any) -> Any:
    """The recorder's UI (``make_ui`` kind or object), also showing each newly transcribed
    piece of the recap as a line while recording."""
    from debrief.record.ui import make_ui

    inner = make_ui(ui)

    class LiveView:
        def __init__(self) -> None:
            self.shown = 0

        def start(self, status: Any) -> None:
            inner.start(status)

        def update(self, status: Any) -> None:
            text = transcriber.partial_text()
            if len(text) > self.shown:
                inner.message("  " + text[self.shown :].strip())
                self.shown = len(text)
            inner.update(status)

        def message(self, text: str) -> None:
            inner.message(text)

        def stop(self) -> None:
            inner.stop()

    return LiveView()


# -- reading --------------------------------------------------------------------------------


def list_debriefs(
    store: Store, limit: int | None = None, status: str | None = None
) -> list[dict[str, Any]]:
    return store.debriefs(limit=limit, status=status)


def show(store: Store, debrief_id: int) -> dict[str, Any]:
    return store.full(debrief_id)


def search(store: Store, query: str, **filters: Any) -> list[dict[str, Any]]:
    return store_search(store, query, **filters)


def delete(settings: Settings, store: Store, debrief_id: int) -> dict[str, Any]:
    """Delete a debrief, its audio file and every trace of it in the database file."""
    row = store.delete(debrief_id)
    if row.get("audio_path"):
        Path(row["audio_path"]).unlink(missing_ok=True)
    return row


def export(store: Store) -> list[dict[str, Any]]:
    """Every debrief with everything known about it, oldest first."""
    ids = [int(r["id"]) for r in store.rows("SELECT id FROM debriefs ORDER BY recorded_at, id")]
    return [store.full(i) for i in ids]


def plain_hit(hit: dict[str, Any]) -> dict[str, Any]:
    """A search hit for JSON output: highlight marks become ``[`` and ``]``."""
    out = dict(hit)
    out["snippet"] = (hit.get("snippet") or "").replace(HL_START, "[").replace(HL_END, "]")
    return out


def export_markdown(debriefs: list[dict[str, Any]]) -> str:
    """The export as one Markdown document, a section per debrief."""
    lines = ["# debrief export", ""]
    for d in debriefs:
        who = d.get("contact") or "Unknown contact"
        extra = ", ".join(x for x in (d.get("title"), d.get("company")) if x)
        lines.append(f"## #{d['id']} {who}" + (f" ({extra})" if extra else ""))
        lines.append("")
        lines.append(f"- Recorded: {d['recorded_at'].replace('T', ' ')}")
        lines.append(f"- Status: {d['status']}" + (f" ({d['error']})" if d.get("error") else ""))
        if d.get("call_minutes"):
            lines.append(f"- Call length: {d['call_minutes']} min")
        if d.get("companies_mentioned"):
            lines.append("- Companies: " + ", ".join(d["companies_mentioned"]))
        by_cat: dict[str, list[str]] = {}
        for ins in d.get("insights", []):
            by_cat.setdefault(ins["category"], []).append(ins["text"])
        for cat in CATEGORIES:
            if by_cat.get(cat):
                lines += ["", f"### {CATEGORY_LABELS[cat]}", ""]
                lines += [f"- {t}" for t in by_cat[cat]]
        if d.get("follow_ups"):
            lines += ["", "### Follow-ups", ""]
            for fu in d["follow_ups"]:
                box = "x" if fu.get("done_at") else " "
                due = f" (due {fu['due']})" if fu.get("due") else ""
                lines.append(f"- [{box}] {fu['text']}{due}")
        if d.get("people_mentioned"):
            lines += ["", "### People mentioned", ""]
            for p in d["people_mentioned"]:
                at = f", {p['company']}" if p.get("company") else ""
                lines.append(f"- {p['name']}{at} ({p['relation']})")
        if d.get("transcript"):
            lines += ["", "### Transcript", "", d["transcript"]["text"] or "(empty)"]
        lines.append("")
    return "\n".join(lines)


# -- weekly review and follow-ups -----------------------------------------------------------
# The model and its renderings live in debrief.review (imported lazily: the CLI starts fast).


def weekly_review(
    store: Store,
    *,
    week: str | None = None,
    since: str | None = None,
    until: str | None = None,
    today: date | None = None,
    on_lemmatise: Any = None,
) -> Any:
    """The review (:class:`debrief.review.Review`) of an ISO week (``2026-W48``), of
    ``since``..``until`` (ISO dates, both inclusive), or of the week of ``today``.
    ``on_lemmatise(n)`` is told when spaCy must load to find themes (seconds, once)."""
    from debrief.review import build_review, resolve_period

    today = today or date.today()
    period = resolve_period(today, week, since, until)
    return build_review(store, period, today, on_lemmatise=on_lemmatise)


def render_review(review: Any, fmt: str) -> str:
    """The review as ``markdown``, ``html`` or plain ``terminal`` text."""
    from debrief.review import render

    return render(review, fmt)


def print_review(console: Any, review: Any) -> None:
    """The review on a rich console."""
    from debrief.review.render_terminal import print_review as _print

    _print(console, review)


def todo(store: Store, today: date | None = None, *, include_done: bool = False) -> list[Any]:
    """Open follow-ups (with ``include_done``, closed ones too), soonest due first."""
    from debrief.review import open_follow_ups

    return open_follow_ups(store, today or date.today(), include_done=include_done)


def set_follow_up_done(
    store: Store, follow_up_id: int, done: bool = True
) -> tuple[dict[str, Any], bool]:
    """Close (or with ``done=False`` reopen) a follow-up. Returns the follow-up as it is now
    and whether it changed; closing a closed one keeps its original ``done_at``."""
    found = store.rows("SELECT * FROM follow_ups WHERE id = ?", [follow_up_id])
    if not found:
        raise NotFound(f"no follow-up with id {follow_up_id}")
    changed = (found[0]["done_at"] is not None) != done
    if changed:
        store.set_follow_up_done(follow_up_id, done)
    return store.rows("SELECT * FROM follow_ups WHERE id = ?", [follow_up_id])[0], changed


def todo_table(items: list[Any]) -> Any:
    """The follow-ups, one aligned line each, as rich text (``debrief todo``)."""
    from debrief.review.render_terminal import todo_table as _table

    return _table(items)


def cache_theme_terms(store: Store, debrief_id: int) -> None:
    """Lemmatise the debrief's skills insights for the review's themes (spaCy is loaded)."""
    from debrief.review.themes import cache_debrief_terms

    cache_debrief_terms(store, debrief_id)


# -- knowledge base views (search, company, people) --
# Queries live in debrief.store (search, company, people), renderings in debrief.kbviews,
# Datasette in debrief.browse; all imported lazily so the CLI starts fast.


def company_view(store: Store, name: str) -> dict[str, Any]:
    """Everything known about one company across all contacts (name matched forgivingly)."""
    from debrief.store.company import company_view as _view

    return _view(store, name)


def companies(store: Store) -> list[dict[str, Any]]:
    """Companies with their number of calls, contacts, insights and last contact date."""
    from debrief.store.company import list_companies

    return list_companies(store)


def people(store: Store) -> dict[str, Any]:
    """Contacts, people mentioned, who referred whom, referrals not yet contacted."""
    from debrief.store.people import people_overview

    return people_overview(store)


def person(store: Store, name: str) -> dict[str, Any]:
    """One person: calls, insights, referrals given and received, mentions."""
    from debrief.store.people import person_view

    return person_view(store, name)


def kb_json(data: Any) -> str:
    """JSON for search, company, companies, people and person (``--json``)."""
    if isinstance(data, list) and data and isinstance(data[0], dict) and "snippet" in data[0]:
        data = [plain_hit(h) for h in data]
    return json.dumps(data, indent=2, ensure_ascii=False, default=str)


def print_kb(console: Any, kind: str, data: Any, **options: Any) -> None:
    """Render ``data`` of ``kind`` (search, company, companies, people, person) with rich."""
    from debrief import kbviews

    kbviews.RENDERERS[kind](console, data, **options)


def browse(
    settings: Settings,
    store: Store,
    *,
    port: int,
    open_browser: bool = False,
    announce: Any = None,
) -> int:
    """Serve the knowledge base read-only in Datasette on 127.0.0.1 until Ctrl-C.

    ``announce`` (if given) is called with a one-line message once the checks passed.
    """
    from debrief import browse as _browse

    _browse.require()
    if not _browse.port_free(port):
        raise DebriefError(f"port {port} on {_browse.HOST} is in use; choose another with --port")
    # Datasette opens the file immutable, which ignores the WAL: fold it in first.
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if announce:
        url = f"http://{_browse.HOST}:{port}/"
        announce(f"serving {settings.db_path} read-only on {url} (Ctrl-C stops)")
    return _browse.serve(settings.db_path, port=port, open_browser=open_browser)


# -- recording: `debrief record`, `debrief devices` ------------------------------------------
# Thin pass-throughs so the CLI imports only this module; the work is in debrief.record.


def record_audio(
    settings: Settings,
    *,
    live: Any = None,
    device: str | int | None = None,
    max_minutes: float | None = None,
    stop_on_silence: float | None = None,
    ui: Any = "auto",
) -> Any:
    """Record the microphone into ``recordings/`` until Enter, Ctrl-C, a limit or a dead
    device; return :class:`debrief.record.RecordingResult` (file it with
    :func:`file_recording`). With ``live`` (from :func:`start_live`) every block also goes to
    the live transcriber and the view shows the transcript forming; if recording fails, the
    live workers are stopped before the error goes on."""
    from debrief.record import record_to_file

    try:
        return record_to_file(
            settings,
            device=device,
            max_minutes=max_minutes,
            stop_on_silence=stop_on_silence,
            on_block=live.on_block if live is not None else None,
            ui=live_view(ui, live) if live is not None else ui,
        )
    except BaseException:
        discard_live(live)
        raise


def input_devices() -> list[dict[str, Any]]:
    """The audio input devices (index, name, channels, default_rate, is_default)."""
    from debrief.record import list_input_devices

    return list_input_devices()


def devices_table(devices: list[dict[str, Any]]) -> Any:
    from debrief.record.ui import devices_table as _table

    return _table(devices)


def correct_contact(
    store: Store,
    debrief_id: int,
    extraction: Extraction,
    *,
    contact: str | None,
    company: str | None,
) -> None:
    """The user's correction of the detected contact/company (record's confirm prompt): it
    wins over extraction, now and on every re-extraction."""
    store.set_overrides(debrief_id, contact, company)
    store.save_extraction(debrief_id, extraction)


def recover(settings: Settings) -> list[AddResult]:
    """Run at the start of every command: repair recordings a crash or SIGKILL left
    half-written (``*.partial.wav``) and file them, and any finished ``rec-*.wav`` no debrief
    points at, as pending debriefs (``debrief process`` transcribes them). Nothing is deleted;
    a recording still being made by another debrief is left alone. Cheap: the store is only
    opened when ``recordings/`` holds ``rec-*.wav`` files, for one query."""
    recordings = settings.recordings_dir
    if not recordings.is_dir():
        return []
    if next(recordings.glob("*.partial.wav"), None) is not None:
        # Only then: debrief.record imports the capture code (numpy, sounddevice).
        from debrief.record import repair_partials

        repair_partials(recordings)
    candidates = [
        path
        for path in sorted(recordings.glob("rec-*.wav"))
        if not path.name.endswith(".partial.wav")  # still being recorded
    ]
    if not candidates:
        return []
    store = open_store(settings)
    try:
        known = {r["audio_path"] for r in store.rows("SELECT audio_path FROM debriefs")}
        return [
            add_recording(settings, store, path, process=False)
            for path in candidates
            if str(path) not in known and _holds_audio(path)
        ]
    finally:
        store.close()


def _holds_audio(path: Path) -> bool:
    """A recording with at least one frame (an interrupted one may hold none)."""
    import soundfile

    try:
        return bool(soundfile.info(str(path)).frames)
    except (RuntimeError, OSError):
        return True  # let processing report what is wrong with it


# -- end of the recording section ----------------------------------------------------------


# -- models: `debrief models`, `debrief models convert` ----------------------------------------


def list_models(settings: Settings) -> list[dict[str, Any]]:
    """The models each engine can use, where each lives and whether it is ready."""
    from debrief.transcribe.models_list import list_models as _list

    return _list(settings)


def convert_model(settings: Settings, force: bool = False) -> tuple[Path, bool]:
    """Convert the bundled tiny.en for openai-whisper into the data home (once, checksummed).
    Returns ``(path, converted_now)``."""
    from debrief.transcribe.models_list import convert_bundled

    return convert_bundled(settings, force=force)


# -- end of the models section -------------------------------------------------------------
