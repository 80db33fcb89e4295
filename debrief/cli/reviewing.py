"""Review commands: review, todo, done (models from :mod:`debrief.review`, drawn by
:mod:`debrief.views`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import click
from rich.markup import escape

from debrief.cli.app import Ctx, cli, console, err_console, pass_ctx
from debrief.cli.follow_up_ids import each_follow_up
from debrief.cli.options import json_option
from debrief.cli.pages import deliver, emit, page_format, page_options
from debrief.errors import BadValue, DebriefError

#: A long review shows this many takeaways per category (those on a theme first).
TAKEAWAYS_PER_CATEGORY = 3


@cli.command()
@click.option(
    "--week",
    is_flag=False,
    flag_value="this",  # a bare `review --week` is this week, not "requires an argument"
    help="An ISO week (2026-W48), a day in it (2026-11-30, friday: the page's subtitle"
    " names the week holding it), 'last', or 'this' (the default, and --week alone).",
)
@click.option(
    "--since",
    help='First day to review (inclusive; ISO, or "last month", friday) instead of a week.',
)
@click.option("--until", help="Last day to review (inclusive; ISO, or yesterday; default today).")
@page_options("review")
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
        debrief review --week 2026-11-30      (the week holding that day)
        debrief review --week last
        debrief review --since 2026-11-01 --until 2026-11-30 --format markdown
        debrief review --format html -o week.html
    """
    from debrief.review import build_review, resolve_period

    def lemmatising(n: int) -> None:
        from debrief.review.fmt import plural

        err_console.print(
            f"[dim]finding themes in {plural(n, 'takeaway')} (first time only)…[/dim]"
        )

    today = date.today()
    asked = week
    week, since, until = _natural(today, week, since, until)
    period = resolve_period(today, week, since, until)
    if asked and period.week:
        # a day said to pick the week: the page's subtitle says the week holds it (the line
        # "friday is in week 2026-W49" went to stderr, apart from the page, qa53)
        period = replace(period, day=_day_asked(today, asked))
    data = build_review(
        ctx.store(),
        period,
        today,
        on_lemmatise=lemmatising,
        per_category=None if all_ else TAKEAWAYS_PER_CATEGORY,
    )
    deliver("review", data, page_format(fmt, output), output, f"review of {data.period.label}")


_LAST = ("last", "last week", "previous")
_THIS = ("this", "this week", "current", "now", "today")


def _natural(
    today: date, week: str | None, since: str | None, until: str | None
) -> tuple[str | None, str | None, str | None]:
    """--week last / this, and natural --since / --until (as search takes them: "last
    week", friday, "3 days ago"), as the ISO values the review reads."""
    from datetime import datetime, timedelta

    from debrief.ask.when import bound, said
    from debrief.review.period import week_label

    if week is not None and not week.strip():
        # qa69: `--week ""` (an unset shell variable) was this week, silently; a bad value
        # as every other one is (exit 2, one line), not click's usage error (house57)
        raise BadValue("--week is empty; give 2026-W48, a day like 2026-11-30, or last")
    if week and week.strip().lower() in _LAST:
        week = week_label(today - timedelta(days=7))
    elif week and week.strip().lower() in _THIS:
        week = week_label(today)
    elif week and not _ISO_WEEK.match(week) and not _ISO_DAY.match(week.strip()):
        # a day said as words ("friday", "3 days ago"): the week holding it
        try:
            day = datetime.fromisoformat(str(bound(week, today, flag="--week"))).date()
        except DebriefError:
            raise BadValue(
                f"--week: {said(week)} is not an ISO week like 2026-W48 or a day like"
                " 2026-11-30 or friday"
            ) from None
        week = week_label(day)

    def iso(text: str | None, flag: str, end: bool = False) -> str | None:
        if text is None or _ISO_DAY.match(text.strip()):
            return text
        found = bound(text, today, flag=flag, end=end)
        if found is None:
            return None
        moment = datetime.fromisoformat(found)
        if end:  # the first moment after the period ("--until last month": all of it)
            moment -= timedelta(microseconds=1)
        return moment.date().isoformat()

    return week, iso(since, "--since"), iso(until, "--until", end=True)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _day_asked(today: date, asked: str) -> date | None:
    """The day ``--week`` named (an ISO day, "friday", "3 days ago"), or None for a week
    ("2026-W48", "this", "last": the subtitle says "This week" or "Last week" itself)."""
    from datetime import datetime

    from debrief.ask.when import bound

    text = asked.strip()
    if _ISO_WEEK.match(text) or text.lower() in _THIS + _LAST:
        return None
    if _ISO_DAY.fullmatch(text):
        return date.fromisoformat(text)
    return datetime.fromisoformat(str(bound(text, today, flag="--week"))).date()


_ISO_WEEK = re.compile(r"^\s*\d{4}-?W\d{1,2}\s*$", re.IGNORECASE)


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
        from debrief.store.ledger_view import ledger

        emit("ledger", ledger(ctx.store(), date.today(), include_done=all_), as_json)
        return
    from debrief.review import open_follow_ups

    emit("todo", open_follow_ups(ctx.store(), date.today(), include_done=all_), as_json)


@cli.command()
@click.argument("follow_up_ids", type=int, nargs=-1, required=True)
@click.option("--undo", is_flag=True, help="Reopen a follow-up closed by mistake.")
@pass_ctx
def done(ctx: Ctx, follow_up_ids: tuple[int, ...], undo: bool) -> None:
    """Close follow-ups (the IDs from `debrief todo`). They stay in the history.

    \b
    Examples:
        debrief done 12
        debrief done 2 3 5
        debrief done 12 --undo
    """
    each_follow_up(
        follow_up_ids,
        lambda follow_up_id: _done_one(ctx, follow_up_id, undo),
        ("reopened", "open") if undo else ("done", "done"),
    )


def _done_one(ctx: Ctx, follow_up_id: int, undo: bool) -> None:
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
