"""Review commands: review, todo, done (models from :mod:`debrief.review`, drawn by
:mod:`debrief.views`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click
from rich.markup import escape

from debrief import views
from debrief.cli.app import (
    Ctx,
    cli,
    console,
    emit,
    err_console,
    json_option,
    pass_ctx,
    write_private,
)

#: A long review shows this many takeaways per category (those on a theme first).
TAKEAWAYS_PER_CATEGORY = 3


@cli.command()
@click.option("--week", help="An ISO week, e.g. 2026-W48 (default: the current week).")
@click.option("--since", help="First day to review (ISO date, inclusive) instead of a week.")
@click.option("--until", help="Last day to review (ISO date, inclusive; default today).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(views.formats("review")),
    help="Default: terminal, or from the --output suffix (.md, .html).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write to a file instead of the screen.",
)
@click.option(
    "--all",
    "all_",
    is_flag=True,
    help=f"Every takeaway (default: the top {TAKEAWAYS_PER_CATEGORY} per category).",
)
@pass_ctx
def review(
    ctx: Ctx,
    week: str | None,
    since: str | None,
    until: str | None,
    fmt: str | None,
    output: Path | None,
    all_: bool,
) -> None:
    """The weekly review: calls, takeaways, themes, companies side by side,
    follow-ups, referrals not yet contacted, and what to ask each company next.

    Weeks run Monday to Sunday, local time. Follow-ups and referrals are as of today.
    A busy week shows a summary line and the top takeaways per category; --all shows
    every one (the HTML page keeps the rest one click away).
    The HTML page is self-contained (no network, no external files).

    \b
    Examples:
        debrief review
        debrief review --week 2026-W47
        debrief review --since 2026-11-01 --until 2026-11-30 --format markdown
        debrief review --format html -o week.html
    """
    from debrief.review import build_review, resolve_period

    if fmt is None:
        fmt = views.SUFFIXES.get(output.suffix.lower(), "terminal") if output else "terminal"

    def lemmatising(n: int) -> None:
        err_console.print(f"[dim]finding themes in {n} takeaways (first time only)…[/dim]")

    today = date.today()
    period = resolve_period(today, week, since, until)
    data = build_review(
        ctx.store(),
        period,
        today,
        on_lemmatise=lemmatising,
        per_category=None if all_ else TAKEAWAYS_PER_CATEGORY,
    )
    if output:
        write_private(output, views.render("review", data, fmt))
        where = escape(str(output))
        console.print(f"wrote the {fmt} review of {data.period.label} to {where}")
    elif fmt == "terminal":
        views.show(console, "review", data)
    else:
        click.echo(views.render("review", data, fmt).rstrip("\n"))


@cli.command()
@click.option("--all", "all_", is_flag=True, help="Closed follow-ups too.")
@click.option(
    "--by-person", is_flag=True, help="Grouped by person: what you owe, what they offered."
)
@json_option()
@pass_ctx
def todo(ctx: Ctx, all_: bool, by_person: bool, as_json: bool) -> None:
    """List open follow-ups, soonest due first; overdue ones are flagged.

    \b
    Examples:
        debrief todo
        debrief todo --all --json
        debrief todo --by-person
    """
    if by_person:
        from debrief.store.habits import ledger

        emit("ledger", ledger(ctx.store(), date.today(), include_done=all_), as_json)
        return
    from debrief.review import open_follow_ups

    emit("todo", open_follow_ups(ctx.store(), date.today(), include_done=all_), as_json)


@cli.command()
@click.argument("follow_up_id", type=int)
@click.option("--undo", is_flag=True, help="Reopen a follow-up closed by mistake.")
@pass_ctx
def done(ctx: Ctx, follow_up_id: int, undo: bool) -> None:
    """Close a follow-up (the ID from `debrief todo`). It stays in the history.

    \b
    Examples:
        debrief done 12
        debrief done 12 --undo
    """
    row, changed = ctx.store().mark_follow_up(follow_up_id, not undo)
    text = escape(row["text"])
    if undo:
        console.print(
            f"reopened #{follow_up_id}: {text}"
            if changed
            else f"#{follow_up_id} is already open: {text}"
        )
    elif changed:
        console.print(f"done #{follow_up_id}: {text}")
    else:
        console.print(f"#{follow_up_id} was already done on {row['done_at'][:10]}: {text}")
