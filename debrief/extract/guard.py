"""One policy for a component that fails on an odd recap.

A bug or an unforeseen input in one component must not cost the user the rest of the
extraction (or the debrief itself), so components fall back to an empty result. The failure
is still reported: a one-line warning on the ``debrief.extract`` logger (Python's last-resort
handler prints it to stderr when nothing else is configured) and the traceback at DEBUG.
"""

from __future__ import annotations

import logging

log = logging.getLogger("debrief.extract")


def degraded(component: str, exc: BaseException) -> None:
    """Report that ``component`` fell back to an empty result because of ``exc``."""
    log.warning(
        "debrief: %s extraction skipped for this recap (%s: %s)", component, type(exc).__name__, exc
    )
    log.debug("%s failed", component, exc_info=exc)
