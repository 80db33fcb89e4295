"""How a recording is stopped from outside it: a line typed on stdin (Enter), Ctrl-C and
SIGTERM. Each only asks the recorder to stop (``request_stop``) with the reason its stop
message names; the recorder closes and keeps the file (:mod:`debrief.record.capture`). Nothing
here touches the audio or the file: this is the terminal's and the process's side of a
recording.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import sys
import threading
from collections.abc import Callable
from typing import Any, Protocol


class Stoppable(Protocol):
    """What a stop from outside needs of a recorder (:class:`debrief.record.capture.Recorder`)."""

    @property
    def stopping(self) -> bool: ...

    def request_stop(self, reason: str) -> None: ...


def watch_enter(rec: Stoppable) -> None:
    """Stop on a line from stdin (Enter). EOF (no terminal, /dev/null) is not a stop. Polls, so
    it never keeps reading stdin after the recording ends (the next prompt gets the input)."""
    try:
        fd = sys.stdin.fileno()
    except (AttributeError, ValueError, OSError):
        return
    while not rec.stopping:
        try:
            ready, _, _ = select.select([fd], [], [], 0.1)
        except (OSError, ValueError):
            return
        if not ready:
            continue
        try:
            data = os.read(fd, 4096)
        except OSError:
            return
        if not data:
            return  # EOF: nobody will press Enter
        if b"\n" in data or b"\r" in data:
            rec.request_stop("enter")
            return


def install_signal_handlers(rec: Stoppable) -> Callable[[], None]:
    """Ctrl-C and SIGTERM become a clean stop (the file is closed and kept)."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = {}

    def handler(signum: int, frame: Any) -> None:
        rec.request_stop("interrupt" if signum == signal.SIGINT else "terminate")

    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(ValueError, OSError):
            previous[sig] = signal.signal(sig, handler)

    def restore() -> None:
        for sig, old in previous.items():
            signal.signal(sig, old)

    return restore
