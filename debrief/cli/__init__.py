"""The `debrief` command: the only click user, thin, one module per command group.

- :mod:`~debrief.cli.app`: the group, its context and the error edge
- :mod:`~debrief.cli.filing`: add, record, process, reextract, extract, delete, devices
- :mod:`~debrief.cli.reading`: list, show, search, company(ies), people, person, export, browse
- :mod:`~debrief.cli.reviewing`: review, todo, done
- :mod:`~debrief.cli.correcting`: edit, rename, merge, insight, follow-up
- :mod:`~debrief.cli.asking`: ask, and the filters (natural dates) it shares with search
- :mod:`~debrief.cli.settings`: config, models
- :mod:`~debrief.cli.between`: draft thanks, prep, dismiss

Heavy libraries (Whisper, spaCy, PyAV, sounddevice) are imported inside the commands that
need them, so reading commands start fast.
"""

from __future__ import annotations

from debrief.cli import (  # noqa: F401 (commands)
    asking,
    between,
    correcting,
    filing,
    guide,
    reading,
    reviewing,
    settings,
)
from debrief.cli.app import Ctx, cli

__all__ = ["Ctx", "cli", "main"]


def main() -> None:
    cli(obj=Ctx())
