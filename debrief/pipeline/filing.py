"""pending: filing a new recap (an audio file, a recording, a typed text).

A recording is on disk and registered as ``pending`` before any model runs; the models load
while the first file is hashed and decoded, and file N+1 transcribes while file N is extracted.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Unpack

from debrief import audio
from debrief.config import Settings
from debrief.errors import AudioError, DebriefError, require_utf8
from debrief.models import Transcript
from debrief.pipeline.extracting import extract_and_store
from debrief.pipeline.result import AddResult, Given, Quiet, Reporter, recorded_at
from debrief.pipeline.retry import process_debrief, process_one
from debrief.pipeline.transcribing import (
    Cancelled,
    decode,
    run_engine,
    say_if_loading,
    store_transcribed,
)
from debrief.prefetch import prefetch_engine, prefetch_nlp, result_of, wait, whisper_thread
from debrief.store import Store

if TYPE_CHECKING:
    from concurrent.futures import Future


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
    each: Mapping[Path, Given] | None = None,
    **given: Unpack[Given],
) -> Generator[tuple[Path, AddResult | AudioError], None, None]:
    """File audio recaps in order, yielding ``(path, outcome)`` as each is filed: an
    :class:`AddResult`, or the :class:`AudioError` of a file that is not decodable audio
    (nothing of it is kept; the next file goes on). ``reporter_for(path)`` gives each file's
    reporter; ``each[path]`` what the user said of that file alone (who the call was with,
    asked per file), over ``given``.

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
                own: Given = {**given, **(each or {}).get(path, {})}
                staged = _stage_file(settings, store, path, reporter, own)
            except AudioError as exc:
                staged = exc
            if isinstance(staged, _Staged):
                staged.transcript = whisper_thread().submit(_transcribe, settings, staged, cancel)
                submitted.append(staged.transcript)
            elif isinstance(staged, AddResult) and staged.status != "extracted":
                if staged.elsewhere:  # the command that filed it is finishing it now
                    yield path, staged
                    continue
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
        # segment and the queued ones never start. Only a running one is waited for: a job
        # cancelled while still queued (behind the model load, which may never end on a
        # stalled disk) is not "done" to concurrent.futures.wait until the thread reaches it.
        cancel.set()
        wait([future for future in submitted if not future.cancel()])


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
    note: str | None = None  # said when filing: the file is cut off (audio.cut_short)


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
        return _already_filed(store, existing, "audio", given)
    loading = prefetch_engine(settings)  # overlaps the decoding and copying below
    prefetch_nlp()
    decoded = decode(path, loading, timings)
    samples = decoded.samples
    copied = not audio.copy_path(path, settings.recordings_dir, digest).exists()
    stored = audio.store_copy(path, settings.recordings_dir, digest)
    when = recorded_at(given, datetime.fromtimestamp(path.stat().st_mtime))
    try:
        debrief_id = store.create_debrief(
            source="audio",
            recorded_at=when,
            audio_path=stored,
            audio_hash=digest,
            original_name=path.name,
            duration=round(len(samples) / audio.SAMPLE_RATE, 3),
            contact=given.get("contact"),
            company=given.get("company"),
            title=given.get("title"),
        )
    except Exception:
        # qa66: two `debrief add` of one file at the same moment both found it new; the
        # other filed it first (the hash is unique), and this one's copy *is* that call's
        # recording: removing it lost the audio of a call filed as pending.
        raced = store.find_by_hash(digest)
        if raced:
            return AddResult(raced["id"], "audio", raced["status"], duplicate=True, elsewhere=True)
        _drop_copy(stored, copied)
        raise
    except BaseException:
        _drop_copy(stored, copied)
        raise
    from debrief.store.vocabulary import vocabulary

    names = vocabulary(store, contact=given.get("contact"), company=given.get("company"))
    say_if_loading(loading, reporter)
    note = audio.cut_short(path, len(samples) / audio.SAMPLE_RATE, decoded.stated)
    return _Staged(debrief_id, samples, reporter, timings, loading, names=names, note=note)


def _already_filed(
    store: Store, existing: Mapping[str, Any], source: str, given: Given
) -> AddResult:
    """A recap added again: not filed twice; its --contact/--company correct the filed one."""
    contact, company = given.get("contact"), given.get("company")
    if contact or company:  # the user's correction of an already filed recap
        from debrief.store.corrections import edit_debrief

        edit_debrief(
            store,
            int(existing["id"]),
            contact=contact,
            company=company,
            title=given.get("title"),
        )
    return AddResult(
        existing["id"],
        source,
        existing["status"],
        duplicate=True,
        corrected=bool(contact or company),
    )


def _same_call(existing: Mapping[str, Any], given: Given) -> bool:
    """Whether a typed recap whose text is filed already as ``existing`` is that call: said
    with no date, or with the date it is filed at (to the minute; a day alone: that day). The
    same words dated another time are taken as another call noted alike ("Weekly check-in
    with Bo, nothing new"), as a user who gives the date means."""
    filed = str(existing["recorded_at"])
    when, day = given.get("when"), given.get("day")
    if when is not None:
        return filed[:16] == when.replace(tzinfo=None).isoformat()[:16]
    if day is not None:
        return filed[:10] == day.isoformat()
    return True


def _drop_copy(stored: Path, copied: bool) -> None:
    """qa62: a knowledge base that refuses the call (read-only, full) left this copy in
    recordings/, filed by no call, while the error said nothing was changed. The user's own
    file is untouched, so nothing is lost; a copy there before is kept."""
    if copied:
        stored.unlink(missing_ok=True)


def _transcribe(settings: Settings, staged: _Staged, cancel: threading.Event) -> Transcript:
    """The Whisper thread's part of :func:`add_files`: transcribe (no store access here)."""

    def stop_if_cancelled() -> None:
        if cancel.is_set():
            raise Cancelled

    stop_if_cancelled()
    # Queued after the load on this same thread, so it is done: count it once, here.
    staged.timings["load_model"] = staged.loading.result()
    return run_engine(
        settings, staged.samples, staged.reporter, staged.timings, stop_if_cancelled, staged.names
    )


def _finish(store: Store, staged: _Staged | AddResult | AudioError) -> AddResult | AudioError:
    """Wait for a staged file's transcript, then store it and extract (this thread)."""
    if not isinstance(staged, _Staged):
        return staged
    assert staged.transcript is not None
    outcome: Transcript | DebriefError
    try:
        outcome = result_of(staged.transcript)  # Ctrl-C on any thread reaches this one
    except DebriefError as exc:
        outcome = exc
    done = store_transcribed(store, staged.debrief_id, outcome, staged.reporter, staged.timings)
    if not staged.note:
        return done
    if done.ok:
        return replace(done, note=staged.note + audio.FILED_ANYWAY)
    # qa62: a warning "filed what it holds" over a "no speech" error for the same file was
    # two messages, the first not true: one error, saying the file is cut off
    return replace(done, error=f"{done.error}; {staged.note}")


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
            title=given.get("title"),
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
    again: bool = False,
    **given: Unpack[Given],
) -> AddResult:
    """File a typed recap: no audio, the text is the transcript. The same text filed before
    is a duplicate, as the same audio is (qa67: pasted again, or a script run twice, it was
    filed twice), unless the user dates it elsewhere (:func:`_same_call`); with ``again``
    it is filed anew."""
    if not text or not text.strip():
        raise DebriefError("the recap text is empty; nothing filed")
    require_utf8(text)  # before anything is stored (issue 17.6)
    existing = None if again else store.find_typed(text)
    if existing and _same_call(existing, given):
        return _already_filed(store, existing, "text", given)
    transcript = Transcript(
        text=text.strip(), segments=[], language="en", duration=0.0, engine="text", model=""
    )
    with store.transaction():  # filed with its text or not at all (a full disk: issue 17.6)
        debrief_id = store.create_debrief(
            source="text",
            recorded_at=recorded_at(given, datetime.now()),
            original_name=name,
            contact=given.get("contact"),
            company=given.get("company"),
            title=given.get("title"),
        )
        store.save_transcript(debrief_id, transcript)
    return extract_and_store(store, debrief_id, transcript, reporter or Quiet(), {})
