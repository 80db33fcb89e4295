"""Wording every renderer shares: dates and durations as the user reads them."""

from __future__ import annotations

from collections.abc import Callable

#: A text format's drawing of one kind: ``(data, **options) -> str``.
TextRenderer = Callable[..., str]


def day(value: str | None) -> str:
    """The date part of a stored ISO timestamp, ``-`` when there is none."""
    return (value or "")[:10] or "-"


def fmt_duration(seconds: float | None) -> str:
    """Seconds as ``m:ss`` (``-`` when unknown)."""
    if seconds is None:
        return "-"
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}:{secs:02d}"


def when(value: str) -> str:
    """A stored ISO timestamp with a space instead of the ``T``."""
    return value.replace("T", " ")
