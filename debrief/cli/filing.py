"""Filing commands: add, process, reextract, extract, delete (through :mod:`debrief.pipeline`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.markup import escape

from debrief.cli.app import (
    CliReporter,
    Ctx,
    cli,
    console,
    engine_option,
    err_console,
    fail,
    model_option,
    parse_when,
    pass_ctx,
    read_text_source,
    report,
)
from debrief.errors import AudioError, DebriefError


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
@engine_option()
@model_option()
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
    from debrief.cli.progress import Activity

    if not files and text is None and text_file is None:
        raise click.UsageError("give audio FILES, --text or --text-file")
    activity = Activity(err_console)  # from the first moment: start-up takes seconds
    activity.say("starting…")
    from debrief import pipeline

    settings = ctx.settings(engine=engine, model=model)
    store = ctx.store(settings)
    moment = parse_when(when)
    ok = True
    texts: list[tuple[str, str]] = []
    if text is not None:
        texts.append(("--text", text))
    if text_file is not None:
        texts.append((str(text_file), read_text_source(text_file)))
    before = {int(r["id"]) for r in store.unfinished()}
    try:
        for label, content in texts:
            shown = "your typed recap" if label == "--text" else Path(label).name
            activity.say(f"reading {shown}…")
            with CliReporter(shown, activity) as reporter:
                result = pipeline.add_text(
                    settings,
                    store,
                    content,
                    company=company,
                    contact=contact,
                    when=moment,
                    name=None if label == "--text" else Path(label).name,
                    reporter=reporter,
                )
            activity.pause()
            ok &= report(store, result, label)
        for path in files:
            activity.say(f"copying {path.name} into the data home…")
            try:
                with CliReporter(path.name, activity) as reporter:
                    result = pipeline.add_file(
                        settings,
                        store,
                        path,
                        company=company,
                        contact=contact,
                        when=moment,
                        reporter=reporter,
                    )
            except AudioError as exc:
                activity.pause()
                err_console.print(f"[red]error:[/red] {escape(str(exc))}")
                ok = False
                continue
            activity.pause()
            ok &= report(store, result, str(path))
    except KeyboardInterrupt:
        activity.pause()
        kept = sorted({int(r["id"]) for r in store.unfinished()} - before)
        if kept:
            ids = ", ".join(f"#{i}" for i in kept)
            fail(f"interrupted; the recap is kept as {ids}: `debrief process` finishes it", 130)
        fail("interrupted before anything was filed; nothing was kept", 130)
    finally:
        activity.pause()
    if not ok:
        sys.exit(1)


@cli.command()
@engine_option()
@model_option()
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
    from debrief import pipeline

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
    from debrief.pipeline import extract_text

    if jsonl:
        for n, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                when = parse_when(item.get("recorded_at"))
                out = extract_text(str(item.get("text") or ""), when).to_dict()
            except (ValueError, click.BadParameter, AttributeError) as exc:
                raise DebriefError(f"stdin line {n}: not a valid record ({exc})") from None
            out["id"] = item.get("id")
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        return
    text = read_text_source(source)
    result = extract_text(text, parse_when(recorded_at))
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
    from debrief import pipeline

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
    from debrief import pipeline

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
