"""What a filing command is doing, from its first moment: a spinner on stderr.

On a terminal, one spinner line says the current step (models take seconds to load, and
silence looks like a hang); it is cleared before the result or an error is printed.
Elsewhere (a pipe, a log, a script) nothing is added: stdout holds the result, stderr
only an error, one line.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any

from rich.console import Console

#: What each pipeline stage means to the user ("{name}": the file or "your typed recap").
STAGES = {
    "loading model": "loading the speech model…",
    "transcribing": "transcribing {name}…",
    "extracting": "finding the contact, insights and follow-ups in {name}…",
}


class Activity:
    """A spinner naming the current step, on a terminal only."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.live = console.is_terminal
        self._status: Any = None
        self._last = ""
        # add tells its steps from two threads (the next file transcribes on the Whisper
        # thread while this one is extracted): one spinner, started and stopped under a lock.
        self._lock = threading.RLock()
        #: While the user is asked something (add's contact line): nothing is drawn.
        self.held = False
        #: The reporters whose progress bar is drawn now (see :meth:`hold`).
        self.bars: set[Any] = set()

    @property
    def lock(self) -> threading.RLock:
        """Held while anything is drawn or taken off the screen."""
        return self._lock

    @contextlib.contextmanager
    def hold(self) -> Iterator[None]:
        """No spinner and no progress bar while the user reads a result and answers its
        contact line: the next file transcribes meanwhile, and a live display redrew its
        bar under the prompt (qa58). Each comes back at its next step after it."""
        with self._lock:
            self.held = True
            self.pause()
            for reporter in list(self.bars):
                reporter.suspend()
        try:
            yield
        finally:
            with self._lock:
                self.held = False

    def say(self, text: str) -> None:
        with self._lock:
            self._say(text)

    def _say(self, text: str) -> None:
        if text == self._last or self.held:
            return
        self._last = text
        if not self.live:
            return
        if self._status is None:
            self._status = self.console.status(text, spinner="dots")
            self._status.start()
        # Naming the spinner again draws the line now, not at the next tick: a step that
        # lasts a few milliseconds is still seen.
        self._status.update(text, spinner="dots")

    def stage(self, name: str, label: str) -> None:
        """A pipeline stage (:class:`debrief.pipeline.Reporter`) of the item ``label``."""
        template = STAGES.get(name)
        if template:
            self.say(template.format(name=label))

    def pause(self) -> None:
        """Stop the spinner (a progress bar takes the line; rich draws one live display)."""
        with self._lock:
            if self._status is not None:
                self._status.stop()
                self._status = None
            self._last = ""

    def __enter__(self) -> Activity:
        return self

    def __exit__(self, *exc: object) -> None:
        self.pause()
