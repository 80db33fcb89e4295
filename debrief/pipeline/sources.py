"""Where a typed recap comes from: a text file or stdin (``-``), read and decoded as
:func:`debrief.errors.decode_text` does; and the one clear error when a recap was typed where
a file name goes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from debrief.errors import DebriefError, decode_text


def typed_not_a_file(source: str | Path, command: str) -> None:
    """One clear error when a recap was typed where a file name goes (``debrief add "Talked
    to Mia Chen..."``): no file by that name, and the words hold a space. It said "Talked to
    Mia Chen ...: no such file", leaving the user to guess that --text was meant."""
    said = str(source)
    if said == "-" or not any(c.isspace() for c in said.strip()) or Path(said).exists():
        return
    short = said if len(said) <= 40 else said[:37].rstrip() + "..."
    raise DebriefError(
        f'no file named "{short}"; for a typed recap: debrief {command} --text "..."'
    )


def read_text_source(source: str | Path) -> str:
    """A text file's content (:func:`debrief.errors.decode_text`), or stdin for ``-``;
    unreadable is one clear error."""
    try:
        if str(source) == "-":
            return sys.stdin.read()
        data = Path(source).read_bytes()
    except (OSError, UnicodeDecodeError) as exc:
        raise DebriefError(
            f"{source}: cannot read ({getattr(exc, 'strerror', None) or exc})"
        ) from None
    try:
        return decode_text(data)
    except DebriefError as exc:
        raise DebriefError(f"{source}: {exc}") from None
