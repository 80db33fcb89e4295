"""The question `debrief record` and `debrief add AUDIO` ask first: who the call was with.

Whisper mishears most contacts' names, and nothing after it can spell them back: on
development audio, tiny.en heard 2 of 15 contact names as typed, and 14 of 15 once the name
was given to it as vocabulary (docs/extraction-history.md, "spoken40"). The user always
knows whom they just talked to, so in a terminal, before any audio is recorded or
transcribed, one line asks; the answer is a ``--contact``/``--company`` in every way: it
primes Whisper (live and final) and wins over extraction.

Not asked when ``--contact`` is given, with ``--yes``, or when stdin is not a terminal;
Enter (or end of input) skips it. Ctrl-C at the question leaves the command before
anything is recorded, copied or filed (:class:`WhoInterrupted`), so nothing is lost.
"""

from __future__ import annotations

import re
import sys

from debrief.cli.app import err_console, fail
from debrief.names import typed_capitals

#: The question, one line.
QUESTION = "Who was the call with? name, company (Enter to skip): "

#: What parts a typed answer: "Maria Lopez, Stripe", "Maria Lopez at Stripe", "Maria Lopez
#: from Stripe", "Maria Lopez @ Stripe", "Maria Lopez (Stripe)", "Maria Lopez / Stripe".
_SPLIT = re.compile(r"\s*(?:[,;(]|\s[@/|]\s|\s(?:at|from)\s)\s*", re.IGNORECASE)
#: A company part that opens on "at"/"from"/"@" ("Maria Lopez, PM at Stripe": the title goes).
_AT = re.compile(r"^(?:.*\s)?(?:at|from|@)\s+", re.IGNORECASE)


class WhoInterrupted(Exception):
    """Ctrl-C at the question: the command leaves before it has done anything."""


def parse_who(answer: str) -> tuple[str | None, str | None]:
    """(contact, company) from one typed line; either may be None. A bare name is the
    contact; ", Stripe" or "at Stripe" alone is the company."""
    text = re.sub(r"^(?:with|w/)\s+", "", answer.strip().strip("."), flags=re.IGNORECASE)
    if not text:
        return None, None
    low = text.lower()
    if low.startswith(("at ", "from ", "@")):
        return None, _tidy(_AT.sub("", text, count=1))
    parts = _SPLIT.split(text, maxsplit=1)
    name = _tidy(parts[0])
    company = _tidy(_AT.sub("", parts[1], count=1)) if len(parts) > 1 else None
    return name, company


def _tidy(part: str) -> str | None:
    """A part of the answer without brackets, stray punctuation and spaces, capitalised if
    typed all in lower case (:func:`debrief.names.typed_capitals`: a name filed and given
    to Whisper as a name is written); None if empty."""
    part = " ".join(part.strip(" ()[],;.").split())
    return typed_capitals(part) or None


def ask_who(
    contact: str | None, company: str | None, *, yes: bool
) -> tuple[str | None, str | None]:
    """The contact and company to file with: the command line's as given when there is a
    ``--contact`` (or ``--yes``, or no terminal); else what the user answers the question,
    a ``--company`` given winning over the answer's. Raises :class:`WhoInterrupted` on
    Ctrl-C."""
    if contact or yes or not sys.stdin.isatty():
        return contact, company
    try:
        answer = input(QUESTION)
    except EOFError:  # Ctrl-D: as Enter
        err_console.print()
        return contact, company
    except KeyboardInterrupt:
        err_console.print()
        raise WhoInterrupted from None
    name, said = parse_who(answer)
    return name, company or said


def who_or_leave(
    contact: str | None, company: str | None, yes: bool, nothing: str
) -> tuple[str | None, str | None]:
    """:func:`ask_who`; Ctrl-C at its question ends the command (exit 130) saying
    ``nothing`` ("nothing was recorded"): it comes before any audio is recorded or copied."""
    try:
        return ask_who(contact, company, yes=yes)
    except WhoInterrupted:
        fail(f"interrupted at the question; {nothing}", 130)
        raise
