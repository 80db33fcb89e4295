"""The options and argument checks several commands share: ``--engine``, ``--model``,
``--json``, a contact or company name (``a_name``) and a date (``parse_when``).

Only argument handling: each turns what was typed into a value or a usage error
(:class:`click.BadParameter`); what the value then does is the command's and the pipeline's.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import click
from rich.markup import escape

from debrief.cli.app import err_console
from debrief.engines import ENGINES
from debrief.errors import DebriefError


def engine_option() -> Any:
    """``--engine``, its choices read from the engine registry (:data:`debrief.engines.ENGINES`)."""
    return click.option("--engine", type=click.Choice(list(ENGINES)), help="Speech-to-text engine.")


def model_option() -> Any:
    return click.option("--model", help="'tiny.en' (bundled) or a local model path.")


def a_name(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """``--contact``/``--company`` of `add` and `record`: a name with no letter or digit
    ("'", "%") is refused before anything is filed. qa60: `add --contact "'"` filed a
    contact named "'" and a thank-you note to "'"; `edit` with such a name never ended."""
    from debrief.names import words

    if value is not None and value.strip() and not words(value):
        raise click.BadParameter(f"{value.strip()!r} has no letter or digit: give a name")
    return value


def json_option(help: str = "JSON output.") -> Any:
    return click.option("--json", "as_json", is_flag=True, help=help)


def parse_when(value: str | None, *, call: bool = False) -> datetime | None:
    """A date from the command line: ISO, or natural words ("yesterday", "last friday").
    With ``call`` it is when a call happened: a day in the future is filed with a warning
    (a typo such as 2030 for 2026 files a call no review week shows, its to-dos due years
    ahead; labelled recaps replayed by the benchmarks do carry later dates), and a year
    before 1970 is refused (1900 made a thank-you note 46,000 days overdue)."""
    if value is None:
        return None
    from debrief.ask.when import said

    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        from debrief.ask.when import resolve

        try:  # natural words: "yesterday", "last friday", "3 days ago"
            moment = resolve(value, flag="--when")
        except DebriefError:
            raise click.BadParameter(
                f"{said(value)} is not a date (2026-11-20T17:30, yesterday, last friday)"
            ) from None
    if call:
        naive = moment.replace(tzinfo=None)
        if naive > datetime.now() + timedelta(days=1):
            err_console.print(
                f"[yellow]note:[/yellow] {escape(value)} is in the future; if that is a typo,"
                " `debrief edit ID --when DATE` corrects it"
            )
        if naive.year < 1970:
            raise click.BadParameter(f"{said(value)} is too long ago: check the year")
    return moment
