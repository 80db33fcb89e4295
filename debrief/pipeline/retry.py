"""failed (or unfinished) -> retried: the ``debrief process`` queue, and the stages run again
on a debrief already filed (``process --retranscribe``, ``reextract``).

A debrief left ``pending``, only ``transcribed`` or ``failed`` (a crash, Ctrl-C, a bad file)
goes on from the stage it needs; one that fails again fails on its own.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

from debrief import audio
from debrief.config import Settings
from debrief.errors import AudioError, NotFound, explain, no_speech
from debrief.models import Transcript
from debrief.pipeline.extracting import extract_and_store, pipeline_version
from debrief.pipeline.result import AddResult, Quiet, Reporter, failed
from debrief.pipeline.transcribing import decode, say_if_loading, transcribe_and_extract
from debrief.prefetch import prefetch_engine
from debrief.store import Store


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
    loading = prefetch_engine(settings)
    try:
        samples = decode(Path(row["audio_path"]), loading, timings).samples
    except AudioError as exc:
        return failed(store, debrief_id, row["source"], str(exc))
    say_if_loading(loading, reporter)
    if not row["duration"]:
        store.set_duration(debrief_id, round(len(samples) / audio.SAMPLE_RATE, 3))
    result = transcribe_and_extract(settings, store, debrief_id, samples, reporter, timings)
    result.source = row["source"]
    return result


def hopeless(row: dict[str, Any]) -> bool:
    """A failed debrief that retrying will not help (a silent recording: retrying cannot
    find words that are not there, so `process` leaves it out unless asked by id)."""
    return row.get("status") == "failed" and no_speech(row.get("error"))


def retry_queue(
    store: Store, ids: tuple[int, ...] = ()
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(what `debrief process` retries, what it leaves out). With no ``ids``: every
    unfinished debrief but the silent recordings, which are left out (still listed, still
    deletable); with ``ids``: those of them still unfinished, silent or not (raises NotFound
    for an id not on file)."""
    unfinished = store.unfinished()
    if ids:
        for debrief_id in ids:
            store.get(debrief_id)  # NotFound, in one line
        wanted = set(ids)
        return [r for r in unfinished if int(r["id"]) in wanted], []
    return [r for r in unfinished if not hopeless(r)], [r for r in unfinished if hopeless(r)]


def process_pending(
    settings: Settings, store: Store, reporter: Reporter | None = None
) -> list[AddResult]:
    """Retry every debrief that is pending, only transcribed, or failed, but the silent
    recordings (:func:`retry_queue`); one that fails fails on its own (:func:`process_one`)
    and the rest go on."""
    todo, _ = retry_queue(store)
    return [process_one(settings, store, int(row["id"]), reporter) for row in todo]


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
    loading = prefetch_engine(settings)
    samples = decode(Path(row["audio_path"]), loading, {}).samples
    say_if_loading(loading, reporter or Quiet())
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
