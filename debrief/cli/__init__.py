"""The `debrief` command: the only click user, thin, one module per command group.

- :mod:`~debrief.cli.app`: the group, its context and the error edge
- :mod:`~debrief.cli.filing`: add, process, reextract, extract, delete
- :mod:`~debrief.cli.recording`: record, devices
- :mod:`~debrief.cli.reading`: list, show, search, company(ies), people, person, export, browse
- :mod:`~debrief.cli.reviewing`: review, todo, done
- :mod:`~debrief.cli.settings`: config, models

Heavy libraries (Whisper, spaCy, PyAV, sounddevice) are imported inside the commands that
need them, so reading commands start fast.
"""

from __future__ import annotations

from debrief.cli import (  # noqa: F401 (commands)
    filing,
    guide,
    reading,
    recording,
    reviewing,
    settings,
)
from debrief.cli.app import Ctx, cli

__all__ = ["Ctx", "cli", "main"]


def main() -> None:
    cli(obj=Ctx())
