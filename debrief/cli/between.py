"""Between calls (issue 14): draft thanks, prep, dismiss (models from
:mod:`debrief.store.thanks`, :mod:`debrief.store.prep` and :mod:`debrief.store.habits`,
drawn by :mod:`debrief.views`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click
from rich.markup import escape

from debrief.cli.app import Ctx, cli, console, pass_ctx
from debrief.cli.follow_up_ids import each_follow_up
from debrief.cli.options import json_option
from debrief.cli.pages import deliver, emit, page_format, page_options


@cli.group()
def draft() -> None:
    """Draft a message from a filed call.

    \b
    Example:
        debrief draft thanks 12
    """


@draft.command("thanks")
@click.argument("debrief_id", type=int)
@json_option()
@pass_ctx
def draft_thanks(ctx: Ctx, debrief_id: int, as_json: bool) -> None:
    """A thank-you note from call DEBRIEF_ID: the contact's name, one or two things they
    said (as filed, said to them: "You said..."), the referral they offered, what they
    offered to do for you (in their words: "thank you for offering to forward my resume"),
    your next step (a due date that has passed is left out: the note promises no day
    gone).
    Plain text on stdout (pipe it to a clipboard tool); the quoted insight ids are listed
    under it on stderr, so a pipe takes the note alone.

    The template is pipelines/thanks.toml: nothing else is added.

    \b
    Examples:
        debrief draft thanks 12
        debrief draft thanks 12 | wl-copy
    """
    from debrief.store.thanks import draft_thanks as build

    data = build(ctx.store(), debrief_id, date.today())
    if as_json:
        emit("thanks", data, True)
    else:
        # the note alone on stdout: `draft thanks 12 | wl-copy`, the help's example, put
        # "Quoted insights: #20 (debrief #12)" in the note to paste (qa62); its sources
        # still show under it in a terminal
        click.echo(str(data["text"]).rstrip("\n"))
        click.echo(f"\n{data['sources']}", err=True)
        if data.get("already_sent"):
            click.echo("Your recap says this note was already sent.", err=True)


@cli.command()
@click.argument("query", nargs=-1, required=True)
@page_options("prep")
@pass_ctx
def prep(ctx: Ctx, query: tuple[str, ...], fmt: str | None, output: Path | None) -> None:
    """One page before the next call with a PERSON or at a COMPANY: what is known per
    category and who said it, where contacts disagree, questions still to ask (from the
    article's question sets), open items both ways, last call, referral chain.

    \b
    Examples:
        debrief prep Stripe
        debrief prep "Maria Lopez" --format markdown
        debrief prep stripe -o stripe.html
    """
    from debrief.store.prep import prep as build

    data = build(ctx.store(), " ".join(query), date.today())
    wrote = f"prep sheet for {escape(data['name'])}"
    deliver("prep", data, page_format(fmt, output), output, wrote)


@cli.command()
@click.argument("follow_up_ids", type=int, nargs=-1, required=True)
@pass_ctx
def dismiss(ctx: Ctx, follow_up_ids: tuple[int, ...]) -> None:
    """Dismiss follow-ups (generated or spoken) you will not do: they leave `todo` and
    `review`, and re-extraction never brings them back.

    \b
    Examples:
        debrief dismiss 14
        debrief dismiss 14 15
    """
    each_follow_up(
        follow_up_ids, lambda follow_up_id: _dismiss_one(ctx, follow_up_id), ("dismissed",) * 2
    )


def _dismiss_one(ctx: Ctx, follow_up_id: int) -> None:
    from debrief.store.ledger_view import dismiss as drop

    row, changed = drop(ctx.store(), follow_up_id)
    text = escape(row["text"])
    if changed:
        console.print(f"dismissed #{follow_up_id}: {text}")
    else:  # a no-op, answered as `done` answers one (exit 0)
        how = "dismissed" if row["dismissed_at"] else "done"
        on = (row["dismissed_at"] or row["done_at"])[:10]
        console.print(f"#{follow_up_id} was already {how} on {on}, nothing changed: {text}")
