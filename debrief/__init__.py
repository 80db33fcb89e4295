"""debrief: local, private, voice-driven debriefs for informational interviews."""

__version__ = "0.1.0"
