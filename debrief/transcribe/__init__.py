"""Transcription stage: 16 kHz mono float32 audio in, a :class:`~debrief.models.Transcript` out.

Engines are loaded once per thread and cached by their options (:func:`get_engine`; the
pipeline runs Whisper on one dedicated thread). Every engine takes the decoded array from
the audio stage, so no ffmpeg program is needed whatever the engine.
"""

from __future__ import annotations

import os

# CTranslate2's OpenMP threads (GNU libgomp) spin-wait after each parallel region by
# default. Filing runs Whisper beside spaCy's load on two cores, and the spinning took the
# CPU spaCy needed: a cold `debrief add` of a minute spent 5.7 s of CPU instead of 4.7 s
# (benchmarks/add.py; the model load alone 0.95 s instead of 0.26 s). Idle threads sleep
# instead. libgomp reads this once, when CTranslate2 is first imported, which only happens
# under this package; a value the user set is kept.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from debrief.transcribe.base import Engine, ProgressCallback, decode_options, get_engine

__all__ = ["Engine", "ProgressCallback", "decode_options", "get_engine"]
