"""The one way a length of audio is written for the user (issue 15: one duration format).

Every screen and message goes through :func:`fmt_duration`: the list and ``show`` (a
recap's length, a segment's start), ``debrief record``'s running clock and its last line,
and the error for a recording over the maximum length (in words, inside a sentence).
"""

from __future__ import annotations


def fmt_duration(seconds: float | None, *, words: bool = False) -> str:
    """``m:ss``, or ``h:mm:ss`` from an hour on, rounded to the second; ``-`` when unknown.

    ``words``: the same length for a sentence, ``3 min 05 s`` or (from an hour on, to the
    minute) ``2 h 00 min``.
    """
    if seconds is None:
        return "-"
    hours, rest = divmod(round(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    if words:
        return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min {secs:02d} s"
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
