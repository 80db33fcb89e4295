"""What a filing command is doing, from its first moment, on stderr.

On a terminal: one spinner line that says the current step (models take seconds to load,
and silence looks like a hang). Elsewhere (a pipe, a log): one plain line per step.
stdout keeps only the result, for scripts.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console

#: What each pipeline stage means to the user ("{name}": the file or "your typed recap").
STAGES = {
    "loading model": "loading the speech model…",
    "transcribing": "transcribing {name}…",
    "extracting": "finding the contact, insights and follow-ups in {name}…",
}


class Activity:
    """A spinner (terminal) or plain lines (otherwise) naming the current step."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.live = console.is_terminal
        self._status: Any = None
        self._last = ""

    def say(self, text: str) -> None:
        if text == self._last:
            return
        self._last = text
        if not self.live:
            self.console.print(f"debrief: {text}", style="dim", highlight=False, soft_wrap=True)
            return
        if self._status is None:
            self._status = self.console.status(text, spinner="dots")
            self._status.start()
            self._status.update(text, spinner="dots")  # drawn now, not at the next tick
        else:
            self._status.update(text)

    def stage(self, name: str, label: str) -> None:
        """A pipeline stage (:class:`debrief.pipeline.Reporter`) of the item ``label``."""
        template = STAGES.get(name)
        if template:
            self.say(template.format(name=label))

    def pause(self) -> None:
        """Stop the spinner (a progress bar takes the line; rich draws one live display)."""
        if self._status is not None:
            self._status.stop()
            self._status = None
        self._last = ""

    def __enter__(self) -> Activity:
        return self

    def __exit__(self, *exc: object) -> None:
        self.pause()
