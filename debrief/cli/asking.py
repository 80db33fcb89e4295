"""Asking the knowledge base: `debrief ask`, and the filters it shares with `search`.

Filters take natural dates (``--since "last week"``); a knowledge base filed before search
by meaning is embedded once, with a progress count, before the first search or question.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click

from debrief.cli.app import Ctx, cli, err_console, pass_ctx
from debrief.cli.choices import CategoryChoice
from debrief.cli.options import json_option
from debrief.cli.pages import emit
from debrief.errors import BadValue

_FILTERS = [
    click.option("--company", help="Only calls with contacts at this company (forgiving match)."),
    click.option(
        "--category",
        type=CategoryChoice(),
        help='Only this category, named as listed ("typical day", "Mission & values").',
    ),
    click.option("--person", help="Only what this contact said (forgiving match)."),
    click.option("--since", help='Only calls on or after this day (ISO, or "last week", friday).'),
    click.option("--until", help="Only calls up to this day, included (ISO, or yesterday, ...)."),
]


def filter_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--company, --category, --person, --since, --until."""
    for option in reversed(_FILTERS):
        fn = option(fn)
    return fn


def bounds(since: str | None, until: str | None) -> dict[str, str | None]:
    """ISO bounds from --since/--until, which may be natural ("last week", "yesterday").
    A range that holds no day at all is an error, as `debrief review` says it (qa60: a
    search with the two days swapped answered "no results" and sent the user looking for
    other words)."""
    from debrief.ask.when import bound

    first, last = bound(since, flag="--since"), bound(until, flag="--until", end=True)
    if first is not None and last is not None and first >= last:
        raise BadValue(f"--since {since} is after --until {until}: swap them")
    return {"since": first, "until": last}


def backfill(store: Any) -> None:
    """Embed insights filed before search by meaning, once, with a progress count."""
    from debrief.ask import indexing
    from debrief.review.fmt import plural

    todo = indexing.missing_vectors(store)
    if not todo:
        return
    # On a terminal only: scripts and pipes get their results, nothing else on stderr.
    shown = sys.stderr.isatty()
    if shown:
        err_console.print(
            f"[dim]embedding {plural(todo, 'insight')} for search by meaning (one time)…[/dim]"
        )

    def progress(done: int, total: int) -> None:
        if shown:
            sys.stderr.write(f"\r  {done:,}/{total:,}")
            sys.stderr.flush()

    indexing.ensure_vectors(store, progress)
    if shown:
        sys.stderr.write("\n")


@cli.command()
@click.argument("question", nargs=-1, required=True)
@filter_options
@json_option()
@pass_ctx
def ask(
    ctx: Ctx,
    question: tuple[str, ...],
    company: str | None,
    category: str | None,
    person: str | None,
    since: str | None,
    until: str | None,
    as_json: bool,
) -> None:
    """Answer a question from your debriefs, with who said what and when.

    The closest insights, grouped by company and contact, each with its debrief id and
    date; whether the contacts agree or disagree; or that no one has talked about it yet.
    Runs locally: no language model, nothing leaves the machine.

    \b
    Examples:
        debrief ask "where do people get promoted fastest"
        debrief ask "can I work from home" --company stripe
        debrief ask "interview prep" --since "last month" --json
        debrief ask "when did I last talk to someone at Stripe"
        debrief ask "who should I contact at Stripe"

    A question of when a call was, or whom to contact at a company, is answered from
    the calls and the referrals not contacted yet.
    """
    from debrief.ask.answer import answer

    text = " ".join(question)
    if not any(ch.isalnum() for ch in text):
        # an empty question is no question: "no one has talked about this" would be wrong
        raise click.UsageError(
            'ask what? e.g. debrief ask "can I work from home"; everything filed under a'
            " company or topic: debrief search --company NAME or --category NAME"
        )
    store = ctx.store()
    backfill(store)
    result = answer(
        store,
        text,
        company=company,
        category=category.lower() if category else None,
        person=person,
        **bounds(since, until),
    )
    emit("ask", result, as_json)
