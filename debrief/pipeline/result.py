"""What every filing stage shares: the :class:`Reporter` it tells, the :class:`AddResult` it
returns, what the user said about a recap (:class:`Given`), the stage timings, and the one way
a debrief becomes ``failed``."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol, TypedDict

from debrief.models import Extraction, Transcript
from debrief.store import Store


class Reporter(Protocol):
    """What the pipeline tells its caller while it works (the CLI draws progress from it)."""

    def stage(self, name: str) -> None: ...

    def transcribe_progress(self, done: float, total: float) -> None: ...


class Quiet:
    """A :class:`Reporter` that tells nobody."""

    def stage(self, name: str) -> None:
        pass

    def transcribe_progress(self, done: float, total: float) -> None:
        pass


@dataclass
class AddResult:
    """The outcome of filing one recap."""

    debrief_id: int | None
    source: str
    status: str
    duplicate: bool = False
    #: A duplicate whose contact/company the user corrected with this add.
    corrected: bool = False
    #: A duplicate filed a moment ago by another debrief command still running (qa66).
    elsewhere: bool = False
    resumed: str | None = None  # added before, never finished: its status then
    error: str | None = None
    #: A warning about the file itself, said in one line when filing (a cut-off WAV).
    note: str | None = None
    transcript: Transcript | None = None
    extraction: Extraction | None = None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None


class Given(TypedDict, total=False):
    """What the user said about a recap: it wins over what is extracted."""

    company: str | None
    contact: str | None
    #: the contact's title, said at the question ("Maria Lopez, PM at Stripe"; qa59)
    title: str | None
    #: when the call happened (default: the file's time, or now)
    when: datetime | None
    #: the day it happened, said without a time ("--when yesterday"): filed that day at the
    #: file's own time of day (a typed recap: now's), not at midnight (qa57)
    day: date | None


def recorded_at(given: Given, default: datetime) -> datetime:
    """When a recap is filed: the moment the user said; else the day they said at
    ``default``'s time of day (the file's time, or now); else ``default``. Several files
    added with one day each keep their own time on it, as `debrief edit ID --when DAY`
    keeps the call's."""
    when = given.get("when")
    if when is not None:
        return when
    default = default.replace(microsecond=0)
    day = given.get("day")
    return datetime.combine(day, default.time()) if day is not None else default


@contextmanager
def timed(timings: dict[str, float], name: str) -> Iterator[None]:
    """Add the seconds the block takes to ``timings[name]`` (benchmarks read them)."""
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - start


def failed(store: Store, debrief_id: int, source: str, error: str, **extra: Any) -> AddResult:
    """The one way a debrief becomes ``failed``: the reason is stored, the result says it."""
    store.set_status(debrief_id, "failed", error)
    return AddResult(debrief_id, source, "failed", error=error, **extra)
