"""Correcting commands (issue 12): edit, rename, merge, insight, follow-up. Every correction
is the user's (:mod:`debrief.store.user_fields`): ``debrief reextract`` keeps it, and a
replaced name resolves to the new one from then on (:mod:`debrief.store.corrections`,
:mod:`debrief.store.renames`)."""

from __future__ import annotations

from typing import Any

import click
from rich.markup import escape

from debrief.cli.app import Ctx, cli, console, pass_ctx
from debrief.cli.choices import CategoryChoice
from debrief.cli.options import parse_when

KIND = click.Choice(["person", "company"])


def kind_command(first: str, second: str) -> Any:
    """A command correcting a person or company given two names: ``KIND FIRST SECOND``
    (rename, merge)."""

    def decorate(f: Any) -> Any:
        f = click.argument(second)(pass_ctx(f))
        f = click.argument("kind", type=KIND)(click.argument(first)(f))
        return cli.command()(f)

    return decorate


@cli.command()
@click.argument("debrief_id", type=int)
@click.option("--contact", help="The contact's name.")
@click.option("--title", help="The contact's title.")
@click.option("--company", help="The contact's company.")
@click.option(
    "--when",
    help="When the call happened: ISO (2026-11-20T17:30), or a day (yesterday, 2026-11-20)"
    " that keeps the call's time.",
)
@pass_ctx
def edit(
    ctx: Ctx,
    debrief_id: int,
    contact: str | None,
    title: str | None,
    company: str | None,
    when: str | None,
) -> None:
    """Correct a debrief's contact, title, company or date.

    A correction is yours: `debrief reextract` keeps it, and the name it replaces
    resolves to the new one from now on. A new date moves the due dates the recap
    said ("tonight", "by Friday") with it; one you set with `follow-up --due` stays.

    \b
    Examples:
        debrief edit 1 --title "staff product designer"
        debrief edit 7 --contact "Siobhan Okonkwo" --company CrowdStrike
        debrief edit 4 --when yesterday
    """
    from debrief.ask.when import said_time
    from debrief.store.corrections import edit_debrief
    from debrief.views.terminal import print_contact_line

    if not any(v is not None for v in (contact, title, company, when)):
        raise click.UsageError("give --contact, --title, --company or --when")
    store = ctx.store()
    moment = parse_when(when, call=True)
    if moment is not None and when is not None and not said_time(when):
        # a day alone moves the call to that day at its own time, not to midnight
        from datetime import datetime

        before = datetime.fromisoformat(store.get(debrief_id)["recorded_at"])
        moment = datetime.combine(moment.date(), before.time())
    row = edit_debrief(
        store,
        debrief_id,
        contact=contact,
        title=title,
        company=company,
        when=moment,
    )
    print_contact_line(console, row, "edited", dated=when is not None)


@kind_command("old", "new")
def rename(ctx: Ctx, kind: str, old: str, new: str) -> None:
    """Rename a person or company everywhere (a name already on file: they merge, and the
    line says so: "merged company Stripe into Deloitte, already on file: 2 calls").

    The old name, when heard again, resolves to the new one. Renamed to itself, a name
    `debrief show` lists as heard unsure is confirmed as spelt right.

    \b
    Examples:
        debrief rename company "Flatiron Hell" "Flatiron Health"
        debrief rename person Shinvall "Siobhan Okonkwo"
    """
    from debrief.store.renames import rename as rename_

    done = rename_(ctx.store(), kind, old, new)
    if done["merged"]:  # the new name was on file: two became one, said so (qa59)
        console.print(
            f"merged {kind} {escape(done['old'])} into {escape(done['new'])},"
            f" already on file: {done['already']}"
        )
    else:
        console.print(f"renamed {kind} {escape(done['old'])} -> {escape(done['new'])}")


@kind_command("a", "b")
def merge(ctx: Ctx, kind: str, a: str, b: str) -> None:
    """Make two people (or companies) one: A becomes B everywhere.

    Calls, insights, referrals, follow-ups and search all follow; A's name, when heard
    again, resolves to B.

    \b
    Examples:
        debrief merge person "Priya Ramen" "Priya Raman"
        debrief merge company "Data dog" Datadog
    """
    from debrief.store.renames import merge as merge_

    done = merge_(ctx.store(), kind, a, b)
    console.print(f"merged {kind} {escape(done['old'])} into {escape(done['new'])}")


@cli.command()
@click.argument("insight_id", type=int)
@click.option(
    "--category",
    type=CategoryChoice(),
    help="File it under this category.",
)
@click.option("--drop", is_flag=True, help="Remove it.")
@pass_ctx
def insight(ctx: Ctx, insight_id: int, category: str | None, drop: bool) -> None:
    """Move an insight to another category, or drop it (IDs: `debrief show`).

    Kept on `debrief reextract`.

    \b
    Examples:
        debrief insight 14 --category advice
        debrief insight 15 --drop
    """
    from debrief.store.item_edits import drop_insight, move_insight

    if drop == bool(category):
        raise click.UsageError("give --category or --drop")
    store = ctx.store()
    if drop:
        row = drop_insight(store, insight_id)
        console.print(f"dropped insight #{insight_id}: {escape(row['text'])}")
    else:
        row = move_insight(store, insight_id, (category or "").lower())
        moved = (
            f"already {row['category']}"  # not "advice -> advice" (qa58)
            if row["old_category"] == row["category"]
            else f"{row['old_category']} -> {row['category']}"
        )
        console.print(f"insight #{insight_id}: {moved}: " + escape(row["text"]))


@cli.command("follow-up")
@click.argument("follow_up_id", type=int)
@click.option("--text", help="New text.")
@click.option(
    "--due",
    help="New due date: ISO, or friday, next tuesday, in two weeks; yesterday or last friday"
    " for an overdue item ('' clears it).",
)
@click.option("--drop", is_flag=True, help="Remove it.")
@pass_ctx
def follow_up(ctx: Ctx, follow_up_id: int, text: str | None, due: str | None, drop: bool) -> None:
    """Edit or drop a follow-up (IDs: `debrief todo`). Kept on `debrief reextract`.

    \b
    Examples:
        debrief follow-up 21 --due 2026-12-11
        debrief follow-up 21 --due "next friday"
        debrief follow-up 21 --text "Send Siobhan my resume"
        debrief follow-up 22 --drop
    """
    from debrief.store.item_edits import drop_follow_up, edit_follow_up

    if drop == (text is not None or due is not None):
        raise click.UsageError("give --text and/or --due, or --drop")
    store = ctx.store()
    if drop:
        row = drop_follow_up(store, follow_up_id)
        console.print(f"dropped #{follow_up_id}: {escape(row['text'])}")
        return
    if due and due.strip():
        from debrief.ask.when import due as due_date

        due = due_date(due)  # forward as a recap's due dates, unless it names the past
    from debrief.store.thanks import follow_up_said

    row = edit_follow_up(store, follow_up_id, text=text, due=due)
    when = f" (due {row['due']})" if row["due"] else ""
    from datetime import date

    if due and row["due"] and row["due"] < date.today().isoformat():  # set, not refused (qa58)
        when += "; that date is past: it is overdue in `debrief todo`"
    console.print(f"#{follow_up_id}: {escape(follow_up_said(store, row))}{when}")
