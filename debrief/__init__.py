"""debrief: local, private, voice-driven debriefs for informational interviews."""

import os as _os

__version__ = "0.1.0"

# onnxruntime (the embedding model, faster-whisper's VAD) carries a telemetry client in its
# Linux build; it reads this before it is imported. debrief sends nothing anywhere.
_os.environ["ORT_DISABLE_TELEMETRY"] = "1"
