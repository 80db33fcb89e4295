"""debrief: local, private, voice-driven debriefs for informational interviews."""

import os

# No telemetry (issue 17.4). onnxruntime (the Silero VAD of faster-whisper) ships
# Microsoft's 1DS telemetry client on Linux: it writes a device id and queues events under
# ~/.cache/Microsoft and uploads them when online. The variable must be set before
# onnxruntime is imported (calling disable_telemetry_events() afterwards is too late), so it
# is set here, when any part of debrief is imported first; every process the product starts
# (the extraction helper, Datasette) inherits it through os.environ.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

# numpy's OpenBLAS on one thread (before numpy is first imported): debrief's products are
# small (a question through MiniLM, 100k vectors times one), and on this shared 2-core
# machine OpenBLAS's extra threads made a 1 ms product take 20 ms under load (issue 16).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
