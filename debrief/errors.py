"""Domain errors.

Every error a user can cause is a DebriefError; the CLI turns each into one line.
"""

from __future__ import annotations


class DebriefError(Exception):
    """Base class: a problem the user can act on. ``str(err)`` is the one-line message."""

    exit_code = 1


class ConfigError(DebriefError):
    """Invalid settings file, environment value or flag."""


class AudioError(DebriefError):
    """Audio that cannot be read or decoded (corrupt, empty, not audio, unreadable)."""


class NoSpeechError(DebriefError):
    """Decodable audio in which no speech was found."""


class TranscriptionError(DebriefError):
    """The speech-to-text engine failed or could not be loaded."""


class EngineUnavailable(TranscriptionError):
    """The chosen engine is not installed (an optional extra)."""


class ModelNotFound(TranscriptionError):
    """The named model path does not exist or is not a model of the engine."""


class ExtractionError(DebriefError):
    """The spaCy pipeline could not be loaded or could not process a text."""


class StoreError(DebriefError):
    """The knowledge base cannot be opened or written."""


class NotFound(DebriefError):
    """A debrief, company, person or follow-up that does not exist."""


class DeviceError(DebriefError):
    """A recording device problem: none present, busy, unplugged, invalid name, no PortAudio."""
