"""The `debrief` command. Thin: parse flags, call debrief.pipeline, print.

Every domain error (:class:`debrief.errors.DebriefError`) becomes one line on stderr and a
non-zero exit here, at the edge; nothing below prints or exits.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from debrief import __version__, pipeline, views
from debrief.errors import DebriefError

# soft_wrap: long lines (paths, transcripts) stay whole for pipes and grep; tables still fit.
console = Console(highlight=False, soft_wrap=True)
# Errors stay one line however long: no wrapping at the terminal width.
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str, code: int = 1) -> None:
    err_console.print(f"[red]error:[/red] {views.escape(message)}", soft_wrap=True)
    sys.exit(code)


class DebriefGroup(click.Group):
    """Turns errors into one clear line instead of a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DebriefError as exc:
            fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except Exception as exc:  # a bug: still one line, the traceback only on request
            if os.environ.get("DEBRIEF_DEBUG"):
                raise
            fail(f"unexpected {type(exc).__name__}: {exc} (set DEBRIEF_DEBUG=1 for details)", 2)


class Ctx:
    """Per-invocation state: settings from flags, the store opened on first use."""

    def __init__(self) -> None:
        self._store: pipeline.Store | None = None
        self.overrides: dict[str, Any] = {}

    def settings(self, **flags: Any) -> pipeline.Settings:
        return pipeline.load_settings({**self.overrides, **flags})

    def store(self, settings: pipeline.Settings | None = None) -> pipeline.Store:
        if self._store is None:
            self._store = pipeline.open_store(settings or self.settings())
        return self._store


pass_ctx = click.make_pass_decorator(Ctx, ensure=True)


def parse_when(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not an ISO date or datetime (2026-11-20T17:30)"
        ) from None


class CliReporter:
    """Stage messages and a transcription progress bar for audio longer than a few seconds."""

    PROGRESS_MIN_SECONDS = 5.0

    def __init__(self, label: str) -> None:
        self.label = label
        self._progress: Any = None
        self._task: Any = None

    def stage(self, name: str) -> None:
        if name != "transcribing":
            self._close()

    def transcribe_progress(self, done: float, total: float) -> None:
        if total < self.PROGRESS_MIN_SECONDS or not err_console.is_terminal:
            return
        if self._progress is None:
            from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

            self._progress = Progress(
                TextColumn(f"transcribing {views.escape(self.label)}"),
                BarColumn(),
                TextColumn("{task.completed:.0f}/{task.total:.0f} s"),
                TimeRemainingColumn(),
                console=err_console,
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("t", total=total)
        self._progress.update(self._task, completed=done)

    def _close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def __enter__(self) -> CliReporter:
        return self

    def __exit__(self, *exc: object) -> None:
        self._close()


def report(store: pipeline.Store, result: pipeline.AddResult, label: str) -> bool:
    """Print the outcome of one add/process; True when it succeeded."""
    if result.duplicate:
        console.print(
            f"{views.escape(label)}: already filed as #{result.debrief_id}, not added again"
        )
        return True
    if not result.ok:
        hint = (
            f"; kept as #{result.debrief_id}, retry with `debrief process`"
            if result.debrief_id
            else ""
        )
        err_console.print(
            f"[red]error:[/red] {views.escape(label)}: {views.escape(result.error or '')}{hint}"
        )
        return False
    assert result.debrief_id is not None and result.extraction is not None
    views.print_summary(console, store.get(result.debrief_id), result.extraction)
    return True


@click.group(cls=DebriefGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="debrief")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """debrief: file spoken recaps of informational interviews in a private knowledge base.

    Everything runs on this machine; nothing goes over the network.
    The data home is $DEBRIEF_HOME (see `debrief config`).

    \b
    Example:
        debrief add ~/memos/call-with-maria.m4a
        debrief search promotion
    """
    ctx.ensure_object(Ctx)
    _recover_interrupted_recordings(ctx.obj)  # see the recording section


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--text", "text", help="A recap typed instead of spoken.")
@click.option(
    "--text-file",
    type=click.Path(path_type=Path),
    help="Read a typed recap from a file ('-' for stdin).",
)
@click.option("--company", help="The contact's company (wins over what is extracted).")
@click.option("--contact", help="The contact's name (wins over what is extracted).")
@click.option("--when", help="When the call happened, ISO (default: the file's time, or now).")
@click.option(
    "--engine",
    type=click.Choice(["faster-whisper", "openai-whisper"]),
    help="Speech-to-text engine.",
)
@click.option("--model", help="'tiny.en' (bundled) or a local model path.")
@pass_ctx
def add(
    ctx: Ctx,
    files: tuple[Path, ...],
    text: str | None,
    text_file: Path | None,
    company: str | None,
    contact: str | None,
    when: str | None,
    engine: str | None,
    model: str | None,
) -> None:
    """Add recap recordings (any common audio format) or a typed recap.

    Each file is copied into the data home before anything else runs; the same audio
    added twice is recognised and filed once.

    \b
    Examples:
        debrief add memo.m4a --company Stripe --contact "Maria Lopez"
        debrief add --text "Just talked to Maria Lopez, a PM at Stripe..."
        debrief add --text-file notes.txt --when 2026-11-20T17:30
    """
    if not files and text is None and text_file is None:
        raise click.UsageError("give audio FILES, --text or --text-file")
    settings = ctx.settings(engine=engine, model=model)
    store = ctx.store(settings)
    moment = parse_when(when)
    ok = True
    texts: list[tuple[str, str]] = []
    if text is not None:
        texts.append(("--text", text))
    if text_file is not None:
        try:
            content = (
                sys.stdin.read() if str(text_file) == "-" else text_file.read_text(encoding="utf-8")
            )
        except (OSError, UnicodeDecodeError) as exc:
            raise DebriefError(
                f"{text_file}: cannot read ({getattr(exc, 'strerror', None) or exc})"
            ) from None
        texts.append((str(text_file), content))
    for label, content in texts:
        result = pipeline.add_text(
            settings,
            store,
            content,
            company=company,
            contact=contact,
            when=moment,
            name=None if label == "--text" else Path(label).name,
        )
        ok &= report(store, result, label)
    # One file's extraction runs while the next one transcribes (see pipeline.add_files).
    with contextlib.ExitStack() as reporters:
        for path, outcome in pipeline.add_files(
            settings,
            store,
            list(files),
            company=company,
            contact=contact,
            when=moment,
            reporter_for=lambda path: reporters.enter_context(CliReporter(path.name)),
        ):
            if isinstance(outcome, pipeline.AudioError):
                err_console.print(f"[red]error:[/red] {views.escape(str(outcome))}")
                ok = False
                continue
            ok &= report(store, outcome, str(path))
    if not ok:
        sys.exit(1)


@cli.command("list")
@click.option("--limit", type=click.IntRange(min=1), help="Show at most N debriefs.")
@click.option("--status", type=click.Choice(["pending", "transcribed", "extracted", "failed"]))
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@pass_ctx
def list_(ctx: Ctx, limit: int | None, status: str | None, as_json: bool) -> None:
    """List debriefs, newest first.

    \b
    Example:
        debrief list --limit 10
    """
    rows = pipeline.list_debriefs(ctx.store(), limit=limit, status=status)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
    elif not rows:
        console.print("no debriefs yet: add one with `debrief add FILE` or `debrief record`")
    else:
        console.print(views.list_table(rows))


@cli.command()
@click.argument("debrief_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@pass_ctx
def show(ctx: Ctx, debrief_id: int, as_json: bool) -> None:
    """Show one debrief: metadata, insights, follow-ups and the transcript.

    \b
    Example:
        debrief show 3
    """
    data = pipeline.show(ctx.store(), debrief_id)
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        views.print_debrief(console, data)


@cli.command(context_settings={"ignore_unknown_options": True})
@click.argument("query", nargs=-1, type=click.UNPROCESSED)
@click.option("--company", help="Only calls with contacts at this company (forgiving match).")
@click.option(
    "--category",
    type=click.Choice(list(pipeline.CATEGORIES), case_sensitive=False),
    help="Only this category.",
)
@click.option("--person", help="Only what this contact said (forgiving match).")
@click.option("--since", help="Only calls on or after this date (ISO).")
@click.option("--until", help="Only calls up to this date (ISO; a bare date includes that day).")
@click.option(
    "--limit",
    type=click.IntRange(min=1, max=1000),
    default=20,
    show_default=True,
    help="Show at most N hits.",
)
@click.option("--json", "as_json", is_flag=True, help="JSON output (a list of hits).")
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
    as_json: bool,
) -> None:
    """Search insights and transcripts, best matches first (bm25).

    Words are stemmed (promote finds promotion and promoted) and all must appear.
    A phrase goes in double quotes (in the shell: '"career change"'); end a word
    with * for a prefix (promot*); a OR b for either; -word to exclude. Other
    punctuation is ignored.

    \b
    Examples:
        debrief search promotion
        debrief search learn SQL --person maria
        debrief search '"learning budget"'
        debrief search promot* --company stripe --category advancement
        debrief search remote --since 2026-11-01 --until 2026-11-30 --json
    """
    text = " ".join(query)
    hits = pipeline.search(
        ctx.store(),
        text,
        limit=limit,
        company=company,
        category=category.lower() if category else None,
        person=person,
        since=since,
        until=until,
    )
    if as_json:
        click.echo(pipeline.kb_json(hits))
        note = pipeline.capped_note(hits)
        if note:  # stdout stays a plain list for scripts; the caveat goes to stderr
            click.echo(f"debrief: {note}", err=True)
    else:
        pipeline.print_kb(console, "search", hits, query=text)


@cli.command()
@click.argument("name", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@pass_ctx
def company(ctx: Ctx, name: tuple[str, ...], as_json: bool) -> None:
    """Everything known about one company, across all contacts.

    Insights grouped by category with who said it and when, where contacts agree and
    where they differ, open follow-ups, people named, and other calls it came up in.
    The name is matched forgivingly (case, Inc./LLC, near spellings); an ambiguous
    name lists the candidates.

    \b
    Examples:
        debrief company Stripe
        debrief company "strype inc" --json
    """
    data = pipeline.company_view(ctx.store(), " ".join(name))
    if as_json:
        click.echo(pipeline.kb_json(data))
    else:
        pipeline.print_kb(console, "company", data)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@pass_ctx
def companies(ctx: Ctx, as_json: bool) -> None:
    """List companies: calls, contacts, insights, last contact date, mentions.

    \b
    Example:
        debrief companies
    """
    rows = pipeline.companies(ctx.store())
    if as_json:
        click.echo(pipeline.kb_json(rows))
    else:
        pipeline.print_kb(console, "companies", rows)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@pass_ctx
def people(ctx: Ctx, as_json: bool) -> None:
    """Contacts, people mentioned, who referred whom, referrals not yet contacted.

    A referral counts as contacted once a debrief with them as the contact exists.

    \b
    Examples:
        debrief people
        debrief people --json | jq '.not_contacted'
    """
    data = pipeline.people(ctx.store())
    if as_json:
        click.echo(pipeline.kb_json(data))
    else:
        pipeline.print_kb(console, "people", data)


@cli.command()
@click.argument("name", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@pass_ctx
def person(ctx: Ctx, name: tuple[str, ...], as_json: bool) -> None:
    """One person: calls, what they said, who referred them, whom they referred.

    \b
    Examples:
        debrief person "Maria Lopez"
        debrief person maria --json
    """
    data = pipeline.person(ctx.store(), " ".join(name))
    if as_json:
        click.echo(pipeline.kb_json(data))
    else:
        pipeline.print_kb(console, "person", data)


@cli.command()
@click.option("--port", type=click.IntRange(1, 65535), default=8001, show_default=True)
@click.option("--open", "open_browser", is_flag=True, help="Open it in the web browser.")
@pass_ctx
def browse(ctx: Ctx, port: int, open_browser: bool) -> None:
    """Browse the knowledge base in Datasette: read-only, on 127.0.0.1 only.

    Full-text search on insights and transcripts, and canned queries: insights by
    company, open follow-ups, referrals not yet contacted. Stop it with Ctrl-C.
    Needs the browse extra: pip install 'debrief[browse]'.

    \b
    Example:
        debrief browse --port 8001 --open
    """
    settings = ctx.settings()
    store = ctx.store(settings)
    code = pipeline.browse(
        settings, store, port=port, open_browser=open_browser, announce=console.print
    )
    if code:
        sys.exit(code)


def _date(value: str | None, flag: str) -> str | None:
    if value is None:
        return None
    moment = parse_when(value)
    assert moment is not None
    return moment.isoformat()


@cli.command()
@click.argument("debrief_id", type=int)
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@pass_ctx
def delete(ctx: Ctx, debrief_id: int, yes: bool) -> None:
    """Delete a debrief, its audio file, and every trace of it in the database.

    \b
    Example:
        debrief delete 3 --yes
    """
    settings = ctx.settings()
    store = ctx.store(settings)
    row = store.get(debrief_id)
    who = row.get("contact") or "unknown contact"
    if not yes and not click.confirm(
        f"Delete #{debrief_id} ({who}, {row['recorded_at']}) and its audio?"
    ):
        console.print("kept")
        return
    pipeline.delete(settings, store, debrief_id)
    console.print(f"deleted #{debrief_id}")


@cli.command()
@click.option(
    "--engine",
    type=click.Choice(["faster-whisper", "openai-whisper"]),
    help="Speech-to-text engine.",
)
@click.option("--model", help="'tiny.en' (bundled) or a local model path.")
@click.option(
    "--retranscribe",
    "retranscribe_ids",
    type=int,
    multiple=True,
    metavar="ID",
    help="Transcribe this debrief again from its audio (e.g. one transcribed live); repeatable.",
)
@pass_ctx
def process(
    ctx: Ctx, engine: str | None, model: str | None, retranscribe_ids: tuple[int, ...]
) -> None:
    """Retry every debrief that is pending or failed.

    \b
    Examples:
        debrief process
        debrief process --retranscribe 12
    """
    settings = ctx.settings(engine=engine, model=model)
    store = ctx.store(settings)
    if retranscribe_ids:
        ok = True
        for debrief_id in retranscribe_ids:
            with CliReporter(f"#{debrief_id}") as reporter:
                result = pipeline.retranscribe(settings, store, debrief_id, reporter)
            ok &= report(store, result, f"#{debrief_id}")
        if not ok:
            sys.exit(1)
        return
    todo = store.unfinished()
    if not todo:
        console.print("nothing to process")
        return
    ok = True
    for row in todo:
        with CliReporter(row.get("original_name") or f"#{row['id']}") as reporter:
            result = pipeline.process_debrief(settings, store, int(row["id"]), reporter)
        ok &= report(store, result, f"#{row['id']}")
    if not ok:
        sys.exit(1)


@cli.command()
@click.option(
    "--format", "fmt", type=click.Choice(["json", "markdown"]), default="json", show_default=True
)
@click.option(
    "--output", "-o", type=click.Path(path_type=Path), help="Write to a file instead of stdout."
)
@pass_ctx
def export(ctx: Ctx, fmt: str, output: Path | None) -> None:
    """Export the whole knowledge base as JSON or Markdown.

    \b
    Example:
        debrief export --format markdown -o debriefs.md
    """
    data = pipeline.export(ctx.store())
    text = (
        json.dumps(data, indent=2, ensure_ascii=False)
        if fmt == "json"
        else pipeline.export_markdown(data)
    )
    if output:
        output.write_text(text + "\n", encoding="utf-8")
        console.print(f"wrote {len(data)} debriefs to {output}")
    else:
        click.echo(text)


@cli.command()
@click.argument("source", required=False, default="-")
@click.option("--recorded-at", help="Anchor for relative due dates (ISO; default now).")
@click.option("--jsonl", is_flag=True, help='Read JSON lines {"id","text","recorded_at"} on stdin.')
def extract(source: str, recorded_at: str | None, jsonl: bool) -> None:
    """Extract insights from a recap text and print them as JSON (nothing is stored).

    \b
    Examples:
        debrief extract notes.txt --recorded-at 2026-11-20T17:30
        echo "Talked to Ana Ruiz at Figma..." | debrief extract -
        debrief extract --jsonl < recaps.jsonl
    """
    if jsonl:
        for n, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                when = parse_when(item.get("recorded_at"))
                out = pipeline.extract_text(str(item.get("text") or ""), when).to_dict()
            except (ValueError, click.BadParameter, AttributeError) as exc:
                raise DebriefError(f"stdin line {n}: not a valid record ({exc})") from None
            out["id"] = item.get("id")
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        return
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DebriefError(
            f"{source}: cannot read ({getattr(exc, 'strerror', None) or exc})"
        ) from None
    result = pipeline.extract_text(text, parse_when(recorded_at))
    click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))


@cli.command()
@click.argument("debrief_id", type=int, required=False)
@click.option("--all", "all_", is_flag=True, help="Every debrief with a transcript.")
@click.option("--stale", is_flag=True, help="Only debriefs extracted by an older pipeline version.")
@pass_ctx
def reextract(ctx: Ctx, debrief_id: int | None, all_: bool, stale: bool) -> None:
    """Rerun extraction on stored transcripts after the pipeline changed.

    \b
    Examples:
        debrief reextract 3
        debrief reextract --all
    """
    if debrief_id is None and not (all_ or stale):
        raise click.UsageError("give a debrief ID, --all or --stale")
    store = ctx.store()
    results = pipeline.reextract(
        store, None if debrief_id is None else [debrief_id], stale_only=stale
    )
    failed = [r for r in results if not r.ok]
    console.print(
        f"re-extracted {len(results) - len(failed)} debriefs with {pipeline.pipeline_version()}"
    )
    for r in failed:
        err_console.print(f"[red]error:[/red] #{r.debrief_id}: {r.error}")
    if failed:
        sys.exit(1)


@cli.group(invoke_without_command=True)
@click.pass_context
def config(click_ctx: click.Context) -> None:
    """Show the effective settings and where each came from.

    Precedence: default < settings file < DEBRIEF_<NAME> environment < flags.

    \b
    Examples:
        debrief config
        debrief config set beam_size 1
    """
    if click_ctx.invoked_subcommand is None:
        settings = click_ctx.find_object(Ctx).settings()  # type: ignore[union-attr]
        console.print(f"[dim]settings file: {settings.settings_path}[/dim]")
        for name, value, source in settings.as_rows():
            console.print(f"{name:<13} {views.escape(value):<40} [dim]{source}[/dim]")


@config.command("set")
@click.argument("name")
@click.argument("value")
@pass_ctx
def config_set(ctx: Ctx, name: str, value: str) -> None:
    """Save a default in the settings file.

    \b
    Example:
        debrief config set model /models/whisper-small-ct2
    """
    settings = ctx.settings()
    pipeline.write_setting(settings, name, value)
    console.print(f"{name} = {value} (saved in {settings.settings_path})")


# -- weekly review and follow-ups -----------------------------------------------------------

REVIEW_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def _write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path``; a new file is created 0600 (it holds personal notes)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)


@cli.command()
@click.option("--week", help="An ISO week, e.g. 2026-W48 (default: the current week).")
@click.option("--since", help="First day to review (ISO date, inclusive) instead of a week.")
@click.option("--until", help="Last day to review (ISO date, inclusive; default today).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["terminal", "markdown", "html"]),
    help="Default: terminal, or from the --output suffix (.md, .html).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write to a file instead of the screen.",
)
@pass_ctx
def review(
    ctx: Ctx,
    week: str | None,
    since: str | None,
    until: str | None,
    fmt: str | None,
    output: Path | None,
) -> None:
    """The weekly review: calls, takeaways, themes, companies side by side,
    follow-ups, referrals not yet contacted, and what to ask each company next.

    Weeks run Monday to Sunday, local time. Follow-ups and referrals are as of today.
    The HTML page is self-contained (no network, no external files).

    \b
    Examples:
        debrief review
        debrief review --week 2026-W47
        debrief review --since 2026-11-01 --until 2026-11-30 --format markdown
        debrief review --format html -o week.html
    """
    if fmt is None:
        fmt = REVIEW_SUFFIXES.get(output.suffix.lower(), "terminal") if output else "terminal"

    def lemmatising(n: int) -> None:
        err_console.print(f"[dim]finding themes in {n} takeaways (first time only)…[/dim]")

    data = pipeline.weekly_review(
        ctx.store(), week=week, since=since, until=until, on_lemmatise=lemmatising
    )
    if output:
        _write_private(output, pipeline.render_review(data, fmt))
        where = views.escape(str(output))
        console.print(f"wrote the {fmt} review of {data.period.label} to {where}")
    elif fmt == "terminal":
        pipeline.print_review(console, data)
    else:
        click.echo(pipeline.render_review(data, fmt).rstrip("\n"))


@cli.command()
@click.option("--all", "all_", is_flag=True, help="Closed follow-ups too.")
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@pass_ctx
def todo(ctx: Ctx, all_: bool, as_json: bool) -> None:
    """List open follow-ups, soonest due first; overdue ones are flagged.

    \b
    Examples:
        debrief todo
        debrief todo --all --json
    """
    items = pipeline.todo(ctx.store(), include_done=all_)
    if as_json:
        click.echo(json.dumps([i.to_dict() for i in items], indent=2, ensure_ascii=False))
    elif not items:
        console.print("nothing to do: no open follow-ups")
    else:
        console.print(pipeline.todo_table(items))
        console.print("[dim]close one with `debrief done ID`[/dim]")


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
    row, changed = pipeline.set_follow_up_done(ctx.store(), follow_up_id, not undo)
    text = views.escape(row["text"])
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


# -- recording: `debrief record`, `debrief devices` ------------------------------------------


@cli.command()
@click.option("--company", help="The contact's company (skips asking for it).")
@click.option("--contact", help="The contact's name (skips asking for it).")
@click.option("--device", help="Input device: its index or part of its name (`debrief devices`).")
@click.option(
    "--max-minutes", type=click.FloatRange(min=0, min_open=True), help="Stop at this length."
)
@click.option(
    "--stop-on-silence",
    type=click.FloatRange(min=0, min_open=True),
    metavar="S",
    help="Stop after S seconds of silence (once you have started talking).",
)
@click.option("--yes", "-y", is_flag=True, help="Do not ask to confirm contact and company.")
@click.option(
    "--engine",
    type=click.Choice(["faster-whisper", "openai-whisper"]),
    help="Speech-to-text engine.",
)
@click.option("--model", help="'tiny.en' (bundled) or a local model path.")
@click.option(
    "--live/--no-live",
    default=True,
    show_default=True,
    help="Transcribe while recording (results right after stop), or only after it ends.",
)
@pass_ctx
def record(
    ctx: Ctx,
    company: str | None,
    contact: str | None,
    device: str | None,
    max_minutes: float | None,
    stop_on_silence: float | None,
    yes: bool,
    engine: str | None,
    model: str | None,
    live: bool,
) -> None:
    """Speak a recap right after the call; it is transcribed and filed when you stop.

    Stops on Enter, Ctrl-C, --max-minutes, or --stop-on-silence. The recording is on disk
    as you speak: if debrief is killed, the next command recovers it.

    \b
    Examples:
        debrief record
        debrief record --company Stripe --contact "Maria Lopez" --stop-on-silence 5
        debrief record --device USB --max-minutes 10
    """
    settings = ctx.settings(engine=engine, model=model)
    store = ctx.store(settings)
    # Live: the model loads now and transcribes while the user talks.
    live_transcriber = pipeline.start_live(settings) if live else None
    rec = pipeline.record_audio(
        settings,
        live=live_transcriber,
        device=device,
        max_minutes=max_minutes,
        stop_on_silence=stop_on_silence,
    )
    console.print(f"recorded {views.fmt_duration(rec.duration)} to {views.escape(str(rec.path))}")
    if rec.stopped_by == "terminate":  # asked to quit (SIGTERM): keep it pending, do not process
        filed = pipeline.keep_recording(
            settings, store, rec, live_transcriber, company=company, contact=contact
        )
        err_console.print(
            f"saved as #{filed.debrief_id}, not processed yet: run `debrief process` to finish it"
        )
        sys.exit(143)
    try:
        with CliReporter(rec.path.name) as reporter:
            result = pipeline.file_recording(
                settings,
                store,
                rec,
                live_transcriber,
                company=company,
                contact=contact,
                reporter=reporter,
            )
    except KeyboardInterrupt:
        fail(f"interrupted: {rec.path.name} is saved; run `debrief process` to finish it", 130)
    if not report(store, result, rec.path.name):
        sys.exit(1)
    if yes or not sys.stdin.isatty() or (company and contact):
        return
    assert result.debrief_id is not None and result.extraction is not None
    row = store.get(result.debrief_id)
    found_contact, found_company = row.get("contact"), row.get("company")
    shown = f"{found_contact or 'unknown contact'} at {found_company or 'unknown company'}"
    if click.confirm(f"Is that right: {shown}?", default=True):
        return
    new_contact = contact or click.prompt("Contact", default=found_contact or "", show_default=True)
    new_company = company or click.prompt("Company", default=found_company or "", show_default=True)
    pipeline.correct_contact(
        store,
        result.debrief_id,
        result.extraction,
        contact=new_contact.strip() or None,
        company=new_company.strip() or None,
    )
    views.print_summary(console, store.get(result.debrief_id), result.extraction)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
def devices(as_json: bool) -> None:
    """List the audio input devices, with their default sample rates.

    Pass the index or part of the name to `debrief record --device`.

    \b
    Example:
        debrief devices
    """
    found = pipeline.input_devices()
    if as_json:
        click.echo(json.dumps(found, indent=2))
        return
    if not found:
        raise DebriefError(
            "no audio input device found; plug in or enable a microphone and try again"
        )
    console.print(pipeline.devices_table(found))


def _recover_interrupted_recordings(obj: Ctx) -> None:
    """At the start of every command: file recordings a crash or kill interrupted."""
    from debrief.errors import ConfigError

    try:
        recovered = pipeline.recover(obj.settings())
    except ConfigError:
        return  # the command itself reports the bad setting
    except (DebriefError, OSError) as exc:
        err_console.print(
            "[yellow]warning:[/yellow] cannot check for interrupted recordings: "
            + views.escape(str(exc))
        )
        return
    for result in recovered:
        err_console.print(
            f"recovered an interrupted recording as #{result.debrief_id}: "
            "run `debrief process` to transcribe it"
        )


# -- end of the recording section -------------------------------------------------------------


# -- models: `debrief models`, `debrief models convert` ----------------------------------------


@cli.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@click.pass_context
def models(click_ctx: click.Context, as_json: bool) -> None:
    """List the speech-to-text models per engine and where each lives.

    Models are never downloaded: faster-whisper uses the bundled CTranslate2 tiny.en,
    openai-whisper the same model converted once into the data home (on first use, or
    with `debrief models convert`). Any other model is a local path given with --model.

    \b
    Examples:
        debrief models
        debrief models convert
        debrief add memo.m4a --engine openai-whisper --model ~/whisper/small.en.pt
    """
    if click_ctx.invoked_subcommand is not None:
        return
    settings = click_ctx.find_object(Ctx).settings()  # type: ignore[union-attr]
    rows = pipeline.list_models(settings)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    for row in rows:
        mark = "*" if row["selected"] else " "
        size = f", {row['size'] / 1e6:.0f} MB" if row["size"] else ""
        console.print(
            f"{mark} {row['engine']:<15} {views.escape(row['model'])}  {row['status']}{size}",
            soft_wrap=True,
        )
        where = f"{row['format']}: {row['path']}" if row["path"] else row["format"]
        console.print(f"    [dim]{views.escape(where)}[/dim]", soft_wrap=True)
    console.print("[dim]* = the current engine and model (see `debrief config`)[/dim]")


@models.command("convert")
@click.option("--force", is_flag=True, help="Convert again even if a verified copy exists.")
@pass_ctx
def models_convert(ctx: Ctx, force: bool) -> None:
    """Convert the bundled tiny.en into a checkpoint openai-whisper loads.

    Written once into the data home with a SHA-256 checksum file and reused while the
    checksum matches. Needs the openai-whisper extra (torch).

    \b
    Example:
        debrief models convert
    """
    path, converted = pipeline.convert_model(ctx.settings(), force=force)
    verb = "converted tiny.en to" if converted else "already converted (checksum ok):"
    console.print(f"{verb} {views.escape(str(path))}", soft_wrap=True)


# -- end of the models section ----------------------------------------------------------------


def main() -> None:
    cli(obj=Ctx())


if __name__ == "__main__":
    main()
