"""Transcription stage: 16 kHz mono float32 audio in, a :class:`~debrief.models.Transcript` out.

Engines are loaded once per process and cached by (engine, model, threads, compute type):
:func:`get_engine`. Every engine takes the decoded array from the audio stage, so no
ffmpeg program is needed whatever the engine.
"""

from __future__ import annotations

from debrief.transcribe.base import Engine, ProgressCallback, decode_options, get_engine

__all__ = ["Engine", "ProgressCallback", "decode_options", "get_engine"]
