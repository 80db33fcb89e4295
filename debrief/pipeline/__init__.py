"""The filing state machine: every recap goes pending -> transcribed -> extracted, or failed.

Every status change of a debrief happens here (the store writes what it is told). A recording
is on disk and registered as ``pending`` before any model runs; a failure in a later stage
leaves the debrief ``failed`` with the reason, and :func:`process_pending` retries it.

Reading, reviewing and rendering are not here: the CLI calls :mod:`debrief.store`,
:mod:`debrief.review` and :mod:`debrief.views` itself. Recording glue (live transcription,
crash recovery) is in :mod:`debrief.recording`.

A module per step, each importing only the ones above it in this list: ``result`` (the
reporter, the result, the timings, the one way to fail), ``extracting`` (transcribed ->
extracted), ``transcribing`` (pending -> transcribed: decoding while the Whisper model warms
up, the Whisper thread), ``retry`` (failed or unfinished -> retried: ``process``,
``retranscribe``, ``reextract``), ``filing`` (pending: a new file, recording or text) and
``deletion`` (gone); ``sources`` apart: where a typed recap is read from (a file, stdin).
Callers import the names below from :mod:`debrief.pipeline`; a test
that patches one of them patches it where it is looked up: in the module that calls it.
"""

from __future__ import annotations

from debrief.pipeline.deletion import delete
from debrief.pipeline.extracting import extract_and_store, pipeline_version
from debrief.pipeline.filing import add_file, add_files, add_recording, add_text
from debrief.pipeline.result import AddResult, Given, Quiet, Reporter, failed, timed
from debrief.pipeline.retry import (
    process_debrief,
    process_one,
    process_pending,
    reextract,
    retranscribe,
    retry_queue,
)
from debrief.pipeline.sources import read_text_source, typed_not_a_file
from debrief.pipeline.transcribing import transcribe_and_extract

__all__ = [
    "AddResult",
    "Given",
    "Quiet",
    "Reporter",
    "add_file",
    "add_files",
    "add_recording",
    "add_text",
    "delete",
    "extract_and_store",
    "failed",
    "pipeline_version",
    "process_debrief",
    "process_one",
    "process_pending",
    "read_text_source",
    "reextract",
    "retranscribe",
    "retry_queue",
    "timed",
    "transcribe_and_extract",
    "typed_not_a_file",
]
