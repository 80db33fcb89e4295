"""The recording stage: microphone -> crash-safe WAV in ``recordings/``.

Decoupled from transcription: :func:`record_to_file` returns a finished WAV that the pipeline
files like any other recording; :func:`repair_partials` recovers recordings a crash left behind.
"""

from debrief.record.capture import RecordingResult, record_to_file
from debrief.record.devices import list_input_devices
from debrief.record.recover import repair_partials

__all__ = ["RecordingResult", "list_input_devices", "record_to_file", "repair_partials"]
