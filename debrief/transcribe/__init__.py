"""Transcription stage: 16 kHz mono float32 audio in, a :class:`~debrief.models.Transcript` out.

Engines are loaded once per thread and cached by their options (:func:`get_engine`; the
pipeline runs Whisper on one dedicated thread). Every engine takes the decoded array from
the audio stage, so no ffmpeg program is needed whatever the engine.
"""

from __future__ import annotations

from debrief.transcribe.base import Engine, ProgressCallback, decode_options, get_engine

__all__ = ["Engine", "ProgressCallback", "decode_options", "get_engine"]
