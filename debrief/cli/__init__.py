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

import os

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
    """The ``debrief`` program (the console script and ``python -m debrief.cli``)."""
    # numpy's OpenBLAS starts a pool of threads when numpy is imported; the command's own
    # products are matrix-vector sized (a search: 10,000 x 384 by one vector), where a
    # second thread gains nothing, and starting the pool cost a search 35-50 ms of CPU of
    # its ~180 on this 2-core machine (issue 16). Set before numpy loads (nothing above
    # imports it); the results are the same bit for bit (one thread or two: checked on
    # search scores); a value the user set is kept.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    cli(obj=Ctx())
