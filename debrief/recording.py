"""Recording glue: ``debrief record`` from the microphone to a filed debrief.

Beside :mod:`debrief.record` (the stage that captures audio) and on the pipeline's level:
it wires the recorder's block tap to a live transcriber (:mod:`debrief.transcribe.live`),
files what was recorded through :mod:`debrief.pipeline`, and recovers recordings a crash
left behind. The WAV is written exactly as without live transcription and stays the
debrief's audio (``debrief process --retranscribe`` can redo it).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any, Unpack

from debrief.config import Settings
from debrief.longtext import extract_text
from debrief.models import Transcript
from debrief.pipeline import (
    AddResult,
    Given,
    Quiet,
    Reporter,
    add_recording,
    extract_and_store,
    process_debrief,
    timed,
)
from debrief.store import Store, open_store


def start_live(settings: Settings, on_text: Any = None, vocabulary: list[str] | None = None) -> Any:
    """A :class:`debrief.transcribe.live.LiveTranscriber` for a recording about to start.
    The Whisper model loads on its worker thread (blocks queue meanwhile, none is lost), and
    spaCy loads in a helper process (see :class:`_ExtractHelper`) so extraction after stop
    does not wait for it. Give its ``on_block`` to the recorder
    (``record_to_file(..., on_block=live.on_block)``). ``vocabulary``: names to prime
    Whisper with (:func:`debrief.store.vocabulary.vocabulary`)."""
    from debrief.transcribe import get_engine
    from debrief.transcribe.live import LiveTranscriber

    live = LiveTranscriber(
        lambda: get_engine(settings), sample_rate_in=None, on_text=on_text, vocabulary=vocabulary
    )
    live.extract_helper = _ExtractHelper.start()  # type: ignore[attr-defined]
    return live


class _ExtractHelper:
    """Extraction in a separate process whose spaCy loads while the user is still talking.

    Not a thread: importing spaCy (and the torch that thinc imports) holds the GIL for tenths
    of a second at a time, which would hold up the recorder's PortAudio callback (a Python
    function) and risk input overflows. A spawned process loads it on its own GIL; after stop
    it runs :func:`extract_and_store` on the same database. Any failure: the caller extracts
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
        pass  # extract_and_store reports it properly
    try:
        db_path, debrief_id, transcript = conn.recv()
    except (EOFError, OSError):
        return
    store = Store(Path(db_path))
    try:
        result: Any = extract_and_store(store, debrief_id, transcript, Quiet(), {})
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
    reporter: Reporter | None = None,
    **given: Unpack[Given],
) -> AddResult:
    """File a finished recording whose transcript ``live`` made while it was recorded:
    the debrief keeps ``path`` as its audio, the live transcript is stored, then extraction.
    If the live path failed or heard nothing, the WAV is transcribed as with ``--no-live``."""
    from debrief.errors import TranscriptionError

    reporter = reporter or Quiet()
    timings: dict[str, float] = {}
    filed = add_recording(settings, store, path, process=False, **given)
    debrief_id = int(filed.debrief_id or 0)
    reporter.stage("transcribing the tail")
    try:
        with timed(timings, "transcribe"):
            transcript = live.finish()
    except TranscriptionError:
        transcript = None
    if transcript is not None and not _covers(transcript, path):
        transcript = None  # the tap missed audio (it fails closed): the WAV is complete
    if transcript is None or transcript.is_empty:
        _close_extract_helper(live)
        return process_debrief(settings, store, debrief_id, reporter=reporter)
    store.set_duration(debrief_id, transcript.duration, only_if_missing=True)
    with timed(timings, "store"):
        store.save_transcript(debrief_id, transcript)
    helper = getattr(live, "extract_helper", None)
    result = None
    if helper is not None:
        reporter.stage("extracting")
        with timed(timings, "extract"):
            result = helper.run(settings.db_path, debrief_id, transcript)
    if result is None:
        result = extract_and_store(store, debrief_id, transcript, reporter, timings)
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


def file_recording(
    settings: Settings,
    store: Store,
    rec: Any,
    live: Any = None,
    *,
    reporter: Reporter | None = None,
    process: bool = True,
    **given: Unpack[Given],
) -> AddResult:
    """File what :func:`record_audio` recorded: with the live transcript when ``live`` (only
    the tail is left to transcribe), else transcribed now. The recording is filed first, so an
    interruption (Ctrl-C while the tail transcribes) leaves it pending for ``debrief process``;
    the live workers are stopped before the interruption goes on (a CTranslate2 call still
    running at interpreter exit aborts the process). Without ``process`` (asked to quit:
    SIGTERM) the live workers stop and the recording is only filed, pending."""
    if not process:
        discard_live(live)
        return add_recording(settings, store, rec.path, process=False, **given)
    try:
        if live is not None:
            return file_live_recording(settings, store, rec.path, live, reporter=reporter, **given)
        return add_recording(settings, store, rec.path, reporter=reporter, **given)
    except BaseException:
        discard_live(live)
        raise


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
        known = store.known_audio_paths()
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
