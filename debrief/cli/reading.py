"""Reading commands: list, show, search, company, companies, people, person, export, browse.

Each reads a model from :mod:`debrief.store` and hands it to the renderer registry
(:mod:`debrief.views`): the terminal by default, JSON with ``--json``.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
from rich.markup import escape

from debrief import views
from debrief.cli.app import Ctx, cli, console, err_console, pass_ctx
from debrief.cli.asking import backfill, bounds, filter_options
from debrief.cli.options import json_option
from debrief.cli.pages import emit
from debrief.errors import DebriefError, NotFound
from debrief.views.files import write_private


@cli.command("list")
@click.option("--limit", type=click.IntRange(min=1), help="Show at most N debriefs.")
@click.option("--status", type=click.Choice(["pending", "transcribed", "extracted", "failed"]))
@json_option()
@pass_ctx
def list_(ctx: Ctx, limit: int | None, status: str | None, as_json: bool) -> None:
    """List debriefs, newest first.

    \b
    Example:
        debrief list --limit 10
    """
    rows = ctx.store().debriefs(limit=limit, status=status)
    # With a filter and nothing matching, say so (and whether there are others at all).
    others = len(ctx.store().debriefs(limit=1)) if status and not rows else None
    emit("list", rows, as_json, status=status, others=others)


@cli.command()
@click.argument("debrief_id", type=int)
@json_option()
@pass_ctx
def show(ctx: Ctx, debrief_id: int, as_json: bool) -> None:
    """Show one debrief: metadata, insights, follow-ups and the transcript.

    The follow-ups are the ones said in the recap, then the ones debrief filed for the call
    (thank-you note, reach out, stay in touch; what the contact offered), marked
    "generated"; each with the id `debrief done ID` takes.

    Names Whisper was unsure how to spell are listed, each with the command that fixes it
    everywhere (the fix is then remembered: the same mishearing resolves to it).

    \b
    Example:
        debrief show 3
    """
    from debrief.store.call_view import call_view

    emit("show", call_view(ctx.store(), debrief_id), as_json)


@cli.command(context_settings={"ignore_unknown_options": True})
@click.argument("query", nargs=-1, type=click.UNPROCESSED)
@filter_options
@click.option(
    "--limit",
    type=click.IntRange(min=1, max=1000),
    default=20,
    show_default=True,
    help="Show at most N hits.",
)
@click.option("--exact", is_flag=True, help="Keyword search only: every word must appear.")
@json_option("JSON output (a list of hits).")
@pass_ctx
def search(
    ctx: Ctx,
    query: tuple[str, ...],
    company: str | None,
    category: str | None,
    person: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    exact: bool,
    as_json: bool,
) -> None:
    """Search insights by words and meaning, best matches first.

    By default the words you type and their meaning are both used: "work from home"
    also finds "hybrid, three days on campus". A contact's or company's name, or a phrase
    in double quotes, puts its matches first. With no words, --category, --company or
    --person lists what was filed there. --person naming a referral nobody has called
    yet says so (and who suggested them) rather than "no contact matching".

    With --exact only words count: they are stemmed (promote finds promotion) and all
    must appear. A phrase goes in double quotes (in the shell: '"career change"'); end a
    word with * for a prefix (promot*); a OR b for either; -word to exclude; resume's
    finds resume too.

    \b
    Examples:
        debrief search work life balance
        debrief search promotion --company stripe --since "last month"
        debrief search '"learning budget"'
        debrief search promot* --exact --category advancement
        debrief search remote --since 2026-11-01 --until yesterday --json
    """
    from debrief.store.search import capped_note

    text = " ".join(query)
    filters = {
        "company": company,
        "category": category.lower() if category else None,
        "person": person,
        "since": since,
        "until": until,
    }
    if not any(ch.isalnum() for ch in text) and not any(filters.values()):
        # qa67: `search ""` said "nothing to search for" and exited 0, where `ask ""` is a
        # usage error (2): a script could not tell an empty query from no results
        raise click.UsageError(
            'search for what? e.g. debrief search "work from home"; everything filed under'
            " a company or topic: debrief search --company NAME or --category NAME"
        )
    store = ctx.store()
    try:
        hits = _search_hits(store, text, filters, since, until, limit, exact)
    except NotFound as exc:
        raise _referral_not_called(store, person, exc) from None
    emit("search", hits, as_json, query=text, filters=filters)
    note = capped_note(hits)
    if as_json and note:  # stdout stays a plain list for scripts; the caveat goes to stderr
        click.echo(f"debrief: {note}", err=True)
    if as_json:
        for tip in getattr(hits, "suggestions", None) or []:
            click.echo(f"debrief: try: {tip}", err=True)
    ctx.exit_fast = True  # a read: nothing left for the interpreter's teardown (see main)


def _search_hits(
    store: Any,
    text: str,
    filters: dict[str, Any],
    since: str | None,
    until: str | None,
    limit: int,
    exact: bool,
) -> Any:
    """The hits of `debrief search`: a listing with no words, else a ranked search."""
    # The ask stage directly, not the filing pipeline: a search imports no filing code.
    from debrief.ask.tips import search_with_tips

    company, person = filters["company"], filters["person"]
    if not text.strip() and any(filters.values()):
        from debrief.store import list_insights

        hits = list_insights(  # a listing: no words
            store, limit=limit, **{**filters, **bounds(since, until)}
        )
    else:
        if not exact:
            try:
                backfill(store)
            except DebriefError as exc:  # search still works by keywords (a warning follows)
                warning = f"{exc}; searching by keywords only"
                err_console.print(f"[yellow]warning:[/yellow] {escape(warning)}")
        hits = search_with_tips(
            store,
            text,
            exact=exact,
            limit=limit,
            company=company,
            category=filters["category"],
            person=person,
            **bounds(since, until),
        )
    return hits


def _referral_not_called(store: Any, person: str | None, exc: NotFound) -> NotFound:
    """``--person`` naming a referral nobody has called yet: say so (who suggested them and
    what to run) instead of "no contact matching", which reads as if they were unknown."""
    if not person:
        return exc
    from debrief.store.people import person_view

    try:
        view = person_view(store, person)
    except DebriefError:
        return exc
    if view["is_contact"] or not view["referred_by"]:
        return exc
    by = ", ".join(sorted({r.get("referrer") or "a contact" for r in view["referred_by"]}))
    name = view["name"]
    return NotFound(
        f"{name} is on file as a referral (suggested by {by}), but no call with them is"
        f' filed yet; before it: debrief prep "{name}"'
    )


@cli.command()
@click.argument("name", nargs=-1, required=True)
@json_option()
@pass_ctx
def company(ctx: Ctx, name: tuple[str, ...], as_json: bool) -> None:
    """Everything known about one company, across all contacts.

    Insights grouped by category with who said it and when, where contacts agree and
    where they differ, open follow-ups, people named, and other calls it came up in.
    The name is matched forgivingly (case, Inc./LLC, near spellings, an apostrophe
    left out: "omalley" for O'Malley & Sons, "and" for "&": "Omalley and Sons" is the
    same company); an ambiguous name lists the candidates.

    \b
    Examples:
        debrief company Stripe
        debrief company "strype inc" --json
    """
    from debrief.store.company import company_view

    with _other_kind(ctx, " ".join(name), "person"):
        data = company_view(ctx.store(), " ".join(name))
    emit("company", data, as_json)


@cli.command()
@json_option()
@pass_ctx
def companies(ctx: Ctx, as_json: bool) -> None:
    """List companies: calls, contacts, insights, last contact date, mentions.

    \b
    Example:
        debrief companies
    """
    from debrief.store.company import list_companies

    emit("companies", list_companies(ctx.store()), as_json)


@cli.command()
@json_option()
@pass_ctx
def people(ctx: Ctx, as_json: bool) -> None:
    """Contacts, people mentioned, who referred whom, referrals not yet contacted.

    A referral counts as contacted once a debrief with them as the contact exists.

    \b
    Examples:
        debrief people
        debrief people --json | jq '.not_contacted'
    """
    from debrief.store.people import people_overview

    emit("people", people_overview(ctx.store()), as_json)


@cli.command()
@click.argument("name", nargs=-1, required=True)
@json_option()
@pass_ctx
def person(ctx: Ctx, name: tuple[str, ...], as_json: bool) -> None:
    """One person: calls, what they said, who referred them, whom they referred.

    A referral not called yet points to `debrief prep NAME`: what their referrer and
    their company said, before the call. A first or last name alone finds them, with
    or without an apostrophe ("omalley" for Fiona O'Malley).

    \b
    Examples:
        debrief person "Maria Lopez"
        debrief person maria --json
    """
    from debrief.store.people import person_view

    with _other_kind(ctx, " ".join(name), "company"):
        data = person_view(ctx.store(), " ".join(name))
    emit("person", data, as_json)


@contextlib.contextmanager
def _other_kind(ctx: Ctx, name: str, kind: str) -> Iterator[None]:
    """A name not found as asked that is a ``kind`` on file, exactly (a person's name given
    to `company`, a company's to `person`): the one-line error names the command for it."""
    try:
        yield
    except NotFound as exc:
        from debrief.names import company_key, person_key

        key_fn = person_key if kind == "person" else company_key
        table = "contacts" if kind == "person" else "companies"
        rows = ctx.store().rows(f"SELECT name FROM {table} WHERE key = ?", [key_fn(name)])
        if kind == "person" and not rows:
            rows = ctx.store().rows(
                "SELECT name FROM people_mentioned WHERE key = ? LIMIT 1", [key_fn(name)]
            )
        if not rows or not key_fn(name):
            raise
        found = str(rows[0]["name"])
        raise NotFound(f'{exc}; {found} is a {kind}: debrief {kind} "{found}"') from None


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(views.formats("export")),
    help="Any format of the renderer registry that can draw the export. Default: json, or"
    " from the --output suffix (.md).",
)
@click.option(
    "--output", "-o", type=click.Path(path_type=Path), help="Write to a file instead of stdout."
)
@pass_ctx
def export(ctx: Ctx, fmt: str | None, output: Path | None) -> None:
    """Export the whole knowledge base (JSON, Markdown or any other export format).

    A file written with --output is created private (0600): it holds personal notes.

    \b
    Example:
        debrief export --format markdown -o debriefs.md
    """
    guessed = ""
    if fmt is None:
        # `-o debriefs.md` alone wrote JSON into a .md file: the suffix names the format, as
        # it does for `review` and `prep` (an unknown suffix keeps the JSON default).
        named = views.SUFFIXES.get(output.suffix.lower()) if output else None
        fmt = named if named in views.formats("export") else "json"
        if output and fmt == "json" and output.suffix.lower() != ".json":
            # `-o calls.html` or `-o calls.pdf` wrote JSON under that name, unsaid (qa57)
            guessed = " as JSON"
            if output.suffix:
                guessed += f" ({output.suffix} names no export format: .json, .md)"
    from debrief.store.call_view import export_view

    data = export_view(ctx.store())
    text = views.render("export", data, fmt)
    if output:
        write_private(output, text + "\n")
        from debrief.review.fmt import plural

        console.print(f"wrote {plural(len(data), 'debrief')} to {output}{guessed}")
    else:
        click.echo(text)


@cli.command()
@click.option("--port", type=click.IntRange(1, 65535), default=8001, show_default=True)
@click.option("--open", "open_browser", is_flag=True, help="Open it in the web browser.")
@pass_ctx
def browse(ctx: Ctx, port: int, open_browser: bool) -> None:
    """Your calls as web pages on this machine: read-only, on 127.0.0.1 only.

    A home page (this week, open follow-ups, referrals to contact), search, a page per
    company, person and call (the transcript with its insights highlighted) and the
    weekly review; every raw table is one click away. Stop it with Ctrl-C.
    Needs the browse extra: pip install 'debrief[browse]'.

    \b
    Example:
        debrief browse --port 8001 --open
    """
    from debrief.browse import serve_store

    settings = ctx.settings()
    code = serve_store(
        ctx.store(settings),
        port=port,
        open_browser=open_browser,
        announce=console.print,
        ask="ask" in cli.commands,
    )
    if code:
        sys.exit(code)
