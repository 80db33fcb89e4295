"""The question `debrief record` and `debrief add AUDIO` ask first: who the call was with.

Whisper mishears most contacts' names, and nothing after it can spell them back: on
development audio, tiny.en heard 2 of 15 contact names as typed, and 14 of 15 once the name
was given to it as vocabulary (docs/extraction-history.md, "spoken40"). The user always
knows whom they just talked to, so in a terminal, before any audio is recorded or
transcribed, one line asks; the answer is a ``--contact``/``--company`` in every way: it
primes Whisper (live and final) and wins over extraction.

Not asked when ``--contact`` is given, with ``--yes``, or when stdin is not a terminal;
Enter (or end of input) skips it. `debrief add a.m4a b.m4a` asks once per audio file,
naming the file, all before the first is transcribed (:func:`who_of_files`; qa55): one
answer for several calls would be wrong, and none at all left each name to Whisper.
Ctrl-C at the question leaves the command before anything is recorded, copied or filed
(:class:`WhoInterrupted`), so nothing is lost.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from debrief.cli.app import err_console, fail
from debrief.who_said import Who, parse_who, read_who  # noqa: F401 (parse_who: as before)

if TYPE_CHECKING:
    from debrief.pipeline.result import Given

#: The question, one line.
QUESTION = "Who was the call with? name, title, company (Enter to skip): "
#: The question for one of several files.
QUESTION_OF = "Who was the call in {name} with? name, title, company (Enter to skip): "


class WhoInterrupted(Exception):
    """Ctrl-C at the question: the command leaves before it has done anything."""


def ask_who(
    contact: str | None, company: str | None, *, yes: bool, question: str = QUESTION
) -> tuple[str | None, str | None]:
    """The contact and company to file with (:func:`ask` without the title)."""
    said = ask(contact, company, yes=yes, question=question)
    return said.contact, said.company


def ask(contact: str | None, company: str | None, *, yes: bool, question: str = QUESTION) -> Who:
    """The contact, title and company to file with: the command line's when there is a
    ``--contact`` (or ``--yes``, or no terminal; :func:`given_who`); else what the user
    answers the question ("Maria Lopez, PM at Stripe": the title too, qa59). Either way a
    ``--company`` given wins over one said. Raises :class:`WhoInterrupted` on Ctrl-C."""
    if contact or yes or not sys.stdin.isatty():
        return given_who(contact, company)
    try:
        answer = input(question)
    except EOFError:  # Ctrl-D: as Enter
        err_console.print()
        return Who(contact, None, company)
    except KeyboardInterrupt:
        err_console.print()
        raise WhoInterrupted from None
    return _read(answer, company)


def given_who(contact: str | None, company: str | None) -> Who:
    """``--contact``/``--company`` as given, the contact read as an answer to the question
    is: ``--contact "Ana Ruiz, designer"`` filed that whole string as the name, while the
    question and the contact line read "name, title, company" (qa62). A ``--company`` given
    wins over one said in ``--contact``."""
    if not contact:
        return Who(contact, None, company)
    return _read(contact, company)


def _read(said: str, company: str | None) -> Who:
    """``said`` read as "name, title, company" (:func:`debrief.who_said.read_who`), the
    ``--company`` given winning over a company said: the question's answer and a
    ``--contact`` alike."""
    who = read_who(said)
    return Who(who.contact, who.title, company or who.company)


def who_or_leave(
    contact: str | None,
    company: str | None,
    yes: bool,
    nothing: str,
    question: str = QUESTION,
) -> Who:
    """:func:`ask`; Ctrl-C at its question ends the command (exit 130) saying
    ``nothing`` ("nothing was recorded"): it comes before any audio is recorded or copied."""
    try:
        return ask(contact, company, yes=yes, question=question)
    except WhoInterrupted:
        fail(f"interrupted at the question; {nothing}", 130)
        raise


def who_of_files(
    files: list[Path], contact: str | None, company: str | None, yes: bool
) -> dict[Path, Given]:
    """What the user says of each audio file of `debrief add`, before any is transcribed:
    for one file :data:`QUESTION`, for several :data:`QUESTION_OF` once per file, naming it
    (Enter skips that one: the command line's company, if any, stays). Nothing is asked
    with ``--contact``, ``--yes`` or no terminal; a ``--company`` given wins over an
    answer's. Ctrl-C at any question ends the command, nothing added (exit 130)."""
    audio = [f for f in files if f.is_file()]
    each: dict[Path, Given] = {}
    for path in audio:
        question = QUESTION if len(audio) == 1 else QUESTION_OF.format(name=path.name)
        name, title, said = who_or_leave(contact, company, yes, "nothing was added", question)
        if name or said or title:
            each[path] = {"contact": name, "company": said, "title": title}
    return each
