"""The `debrief` command: the only click user, thin, one module per command group.

- :mod:`~debrief.cli.app`: the group, its context and the error edge
- :mod:`~debrief.cli.filing`: add, process, reextract, extract, delete
- :mod:`~debrief.cli.recording`: record, devices (the microphone)
- :mod:`~debrief.cli.reading`: list, show, search, company(ies), people, person, export, browse
- :mod:`~debrief.cli.reviewing`: review, todo, done
- :mod:`~debrief.cli.correcting`: edit, rename, merge, insight, follow-up
- :mod:`~debrief.cli.asking`: ask, and the filters (natural dates) it shares with search
- :mod:`~debrief.cli.settings`: config, models
- :mod:`~debrief.cli.guide`: the command list by task; :mod:`~debrief.cli.helping`: help
- :mod:`~debrief.cli.between`: draft thanks, prep, dismiss

Heavy libraries (Whisper, spaCy, PyAV, sounddevice) are imported inside the commands that
need them, so reading commands start fast.
"""

from __future__ import annotations

import os
import sys

from debrief.cli import (  # noqa: F401 (commands)
    asking,
    between,
    correcting,
    filing,
    helping,
    reading,
    recording,
    reviewing,
    settings,
)
from debrief.cli.app import Ctx, cli

__all__ = ["Ctx", "cli", "main"]


def main() -> None:
    """The ``debrief`` program (the console script and ``python -m debrief.cli``)."""
    obj = Ctx()
    try:
        cli(obj=obj)
    except SystemExit as exc:
        if obj.exit_fast and exc.code in (0, None):
            _exit_now(obj)
        raise


def _exit_now(obj: Ctx) -> None:
    """Leave a read command that succeeded without the interpreter's teardown.

    Freeing every module (numpy, rich, click...) took about 30 ms of a search's ~180 ms
    wall (issue 16), after its output was complete. Its store is closed first (SQLite
    checkpoints its WAL as on any close) and the output flushed; should either fail (a
    closed pipe), the normal exit runs and reports as it always did."""
    try:
        obj.close()
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:  # the normal shutdown says what went wrong
        return
    os._exit(0)
