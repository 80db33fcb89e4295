"""How a command's data reaches the user: JSON on stdout, drawn on the terminal
(:func:`emit`), or a whole page in a chosen format, on the screen or in a file
(:func:`page_options`, :func:`page_format`, :func:`deliver`: review, prep).

What is drawn and how is :mod:`debrief.views`'; the file is written by
:func:`debrief.views.files.write_private`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from rich.markup import escape

from debrief import views
from debrief.cli.app import console
from debrief.views.files import write_private


def emit(kind: str, data: Any, as_json: bool, **options: Any) -> None:
    """``data`` of ``kind`` as JSON on stdout, or drawn on the terminal (:mod:`debrief.views`)."""
    if as_json:
        click.echo(views.render(kind, data, "json"))
    else:
        views.show(console, kind, data, **options)


def page_options(kind: str) -> Any:
    """``--format`` (the registry's formats for ``kind``) and ``--output``, for the commands
    that draw a page (review, prep); :func:`deliver` draws it."""

    def decorate(f: Any) -> Any:
        f = click.option(
            "--output",
            "-o",
            type=click.Path(path_type=Path, dir_okay=False),
            help="Write to a file instead of the screen.",
        )(f)
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(views.formats(kind)),
            help="Default: terminal, or from the --output suffix (.md, .html).",
        )(f)

    return decorate


def page_format(fmt: str | None, output: Path | None) -> str:
    """The format asked for, else the one the --output suffix names, else terminal."""
    if fmt is not None:
        return fmt
    return views.SUFFIXES.get(output.suffix.lower(), "terminal") if output else "terminal"


def deliver(kind: str, data: Any, fmt: str, output: Path | None, wrote: str) -> None:
    """A page of ``kind`` to ``output`` (0600, then ``wrote``: "the review of ..."), the
    terminal, or stdout in the other formats."""
    if output:
        write_private(output, views.render(kind, data, fmt))
        console.print(f"wrote the {fmt} {wrote} to {escape(str(output))}")
    elif fmt == "terminal":
        views.show(console, kind, data)
    else:
        click.echo(views.render(kind, data, fmt).rstrip("\n"))
