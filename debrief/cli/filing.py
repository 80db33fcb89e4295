"""Filing commands: add, process, reextract, extract, delete (through :mod:`debrief.pipeline`;
the microphone's `record` and `devices` are in :mod:`debrief.cli.recording`)."""

from __future__ import annotations

import contextlib
import json
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.markup import escape

from debrief.cli.app import (
    Ctx,
    cli,
    console,
    err_console,
    fail_interrupted,
    leave_within,
    pass_ctx,
    watch_ctrl_c,
)
from debrief.cli.options import a_name, engine_option, model_option, parse_when
from debrief.cli.outcome import CliReporter, report
from debrief.cli.who import given_who, who_of_files
from debrief.errors import AudioError, DebriefError

if TYPE_CHECKING:
    from debrief.cli.progress import Activity
    from debrief.pipeline import AddResult
    from debrief.store import Store


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--text", "text", help="A recap typed instead of spoken.")
@click.option(
    "--text-file",
    type=click.Path(path_type=Path),
    help="Read a typed recap from a file ('-' for stdin).",
)
@click.option(
    "--company", callback=a_name, help="The contact's company (wins over what is extracted)."
)
@click.option(
    "--contact",
    callback=a_name,
    help="Who the call was with: a name, or 'name, title, company' as the question reads it"
    " (wins over what is extracted; Whisper is told the name; not asked).",
)
@click.option(
    "--when",
    help="When the call happened: ISO, or yesterday, last tuesday 3pm... (default: the"
    " file's time, or now); a day alone keeps each file's own time of day on it.",
)
@engine_option()
@model_option()
@click.option(
    "--again",
    is_flag=True,
    help="File a typed recap even if the same text is filed already (a second call said alike).",
)
@click.option(
    "--yes", "-y", is_flag=True, help="Ask nothing: not who the call was with, not to confirm."
)
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
    again: bool,
    yes: bool,
) -> None:
    """Add recap recordings (any common audio format) or a typed recap.

    In a terminal without --contact, one line first asks who the call was with ("Maria
    Lopez, Stripe", "Maria Lopez, PM at Stripe", a name alone; Enter skips), once per audio
    file and naming it when there are several, all before any is transcribed: the answer
    is that file's --contact/--company, and Whisper, told the name, spells it right far
    more often. Each file is copied into the data home before anything else runs; the same
    audio added twice is recognised and filed once (with --contact/--company, the filed one
    is corrected; --when is not, `edit ID --when` moves it; one left unfinished, by Ctrl-C
    say, is finished). A typed recap whose text is filed already is recognised too (unless
    --when dates it elsewhere: another call noted alike); --again files it a second time.
    In a terminal, one line then shows contact / title / company: Enter accepts, typing
    corrects ("name, title, company" too; --yes skips both questions). Names Whisper was
    unsure how to spell are listed with the command that fixes them everywhere.

    \b
    Examples:
        debrief add memo.m4a --company Stripe --contact "Maria Lopez"
        debrief add --text "Just talked to Maria Lopez, a PM at Stripe..."
        debrief add --text-file notes.txt --when 2026-11-20T17:30
    """
    from debrief.cli.progress import Activity
    from debrief.pipeline import read_text_source, typed_not_a_file

    if not files and text is None and text_file is None:
        raise click.UsageError("give audio FILES, --text or --text-file")
    for f in files:
        typed_not_a_file(f, "add")
    each = who_of_files(list(files), contact, company, yes) if not (text or text_file) else {}
    contact, title, company = given_who(contact, company)  # "Ana Ruiz, designer" (qa62)
    activity = Activity(err_console)  # from the first moment: start-up takes seconds
    activity.say("starting…")
    from debrief import pipeline

    settings = ctx.settings(engine=engine, model=model)
    store = ctx.store(settings, create=True)
    from debrief.ask.when import said_time

    moment = parse_when(when, call=True)
    day = None  # a day alone: each file keeps its own time of day on it (qa57)
    if moment is not None and when is not None and not said_time(when):
        day, moment = moment.date(), None
    ok = True
    texts: list[tuple[str, str]] = []
    if text is not None:
        texts.append(("--text", text))
    if text_file is not None:
        texts.append((str(text_file), read_text_source(text_file)))
    before = {int(r["id"]) for r in store.unfinished()}
    watch_ctrl_c(ctx, UNSEEN_INTERRUPT)
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
                    title=title,
                    when=moment,
                    day=day,
                    name=None if label == "--text" else Path(label).name,
                    reporter=reporter,
                    again=again,
                )
            activity.pause()
            ok &= report(store, result, label) and confirm(store, result, yes)
        # One file's extraction runs while the next one transcribes (see pipeline.add_files).
        with contextlib.ExitStack() as reporters:

            def reporter_for(path: Path) -> CliReporter:
                activity.say(f"copying {path.name} into the data home…")
                return reporters.enter_context(CliReporter(path.name, activity))

            for path, outcome in pipeline.add_files(
                settings,
                store,
                list(files),
                company=company,
                contact=contact,
                title=title,
                when=moment,
                day=day,
                reporter_for=reporter_for,
                each=each,
            ):
                activity.pause()
                if isinstance(outcome, AudioError):
                    message = str(outcome) + typed_recap_hint(path)
                    err_console.print(f"[red]error:[/red] {escape(message)}")
                    ok = False
                    continue
                if outcome.note:
                    err_console.print(f"[yellow]warning:[/yellow] {escape(outcome.note)}")
                if outcome.resumed:
                    # qa66: "finished now" above the error of a file failing again was untrue
                    now = "finished now" if outcome.ok else "tried again"
                    console.print(
                        f"{escape(str(path))}: added before as #{outcome.debrief_id},"
                        f" not finished ({outcome.resumed}): {now}"
                    )
                with activity.hold():  # the next file's bar not drawn under the prompt
                    ok &= report(store, outcome, str(path)) and confirm(store, outcome, yes)
                if outcome.duplicate and when is not None:  # said, not silently dropped (qa57)
                    edit = f"debrief edit {outcome.debrief_id} --when {shlex.quote(when)}"
                    err_console.print(
                        "[yellow]note:[/yellow] --when is not applied to a recap already"
                        f" filed; `{escape(edit)}` moves it"
                    )
    except KeyboardInterrupt:
        leave_within()
        activity.pause()
        kept = sorted({int(r["id"]) for r in store.unfinished()} - before)
        if kept:
            fail_interrupted(kept_message(kept), store)
        fail_interrupted("interrupted before anything was filed; nothing was kept", store)
    finally:
        activity.pause()
    if not ok:
        sys.exit(1)


#: What Ctrl-C says when the command's own handler did not run in time (watch_ctrl_c).
UNSEEN_INTERRUPT = "interrupted; what was not finished stays queued: `debrief process` finishes it"


def kept_message(ids: list[int]) -> str:
    """What Ctrl-C during `add` or `process` says: every recap left for `debrief process`
    (all of them: a user who Ctrl-Cs two recordings must learn that both wait)."""
    shown = ", ".join(f"#{i}" for i in ids)
    if len(ids) == 1:
        return f"interrupted; the recap is kept as {shown}: `debrief process` finishes it"
    return f"interrupted; the recaps are kept as {shown}: `debrief process` finishes them"


TEXT_SUFFIXES = (".txt", ".md", ".text")


def typed_recap_hint(path: Path) -> str:
    """The way to file a typed recap, after the audio error of a text file given as FILES
    (`debrief add notes.txt` said only "no audio stream (not an audio file?)")."""
    if path.suffix.lower() not in TEXT_SUFFIXES or not path.is_file():
        return ""
    return f"; a typed recap goes in with: debrief add --text-file {shlex.quote(str(path))}"


def confirm(store: Store, result: AddResult, yes: bool) -> bool:
    """One line after a recap is filed: contact / title / company. Enter accepts, typing
    corrects (the correction is the user's: kept on re-extraction, and in the vocabulary).
    Skipped with --yes, for duplicates and failures, and when stdin is not a terminal."""
    if yes or result.duplicate or not result.ok or result.debrief_id is None:
        return True
    if not sys.stdin.isatty():
        return True
    from debrief.store.corrections import apply_confirm, confirm_line
    from debrief.views.terminal import print_contact_line

    row = store.get(result.debrief_id)
    try:
        typed = click.prompt(
            f"  {confirm_line(row)}  (Enter accepts; or type contact / title / company)",
            default="",
            show_default=False,
            prompt_suffix="\n  > ",
        )
    except click.Abort:  # Ctrl-C or end of input at the prompt: the recap stays as filed
        return True
    try:
        changed = apply_confirm(store, result.debrief_id, typed)
    except DebriefError as exc:
        err_console.print(f"[red]error:[/red] {escape(str(exc))}; nothing changed")
        return True
    if changed:
        print_contact_line(console, changed, "corrected")
    elif typed.strip():  # typed what it already was: said, not silence (qa57)
        print_contact_line(console, store.get(result.debrief_id), "unchanged")
    return True


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
@click.argument("ids", type=int, nargs=-1, metavar="[ID]...")
@pass_ctx
def process(
    ctx: Ctx,
    engine: str | None,
    model: str | None,
    retranscribe_ids: tuple[int, ...],
    ids: tuple[int, ...],
) -> None:
    """Retry every debrief that is pending or failed (or only the IDs given).

    Each one that fails again is listed with what failed and the command to run next
    (`debrief process` once the cause is fixed, or `debrief delete ID` to drop it). A
    recording with no speech in it is left out (retrying will not help): it is retried
    only when asked for by id.

    \b
    Examples:
        debrief process
        debrief process 7
        debrief process --retranscribe 12
    """
    from debrief.cli.progress import Activity

    # add's spinner, from the first moment: loading the Whisper model takes seconds (and,
    # on a stalled disk, for ever), and a silent terminal looked hung.
    with Activity(err_console) as activity:
        activity.say("starting…")
        results = _process(ctx, engine, model, retranscribe_ids, activity, ids)
    if results is not None:
        from debrief.views.terminal import process_summary

        console.print(escape(process_summary(results)), soft_wrap=True)
        if not all(r.ok for r in results):
            sys.exit(1)


def _process(
    ctx: Ctx,
    engine: str | None,
    model: str | None,
    retranscribe_ids: tuple[int, ...],
    activity: Activity,
    ids: tuple[int, ...] = (),
) -> list[AddResult] | None:
    """`debrief process`'s work, each step said by ``activity`` (a
    :class:`debrief.cli.progress.Activity`, paused before anything is printed): the
    results of the queue, for the summary; None when there is no summary to print."""
    from debrief import pipeline
    from debrief.views.terminal import filed_line, left_out_line

    settings = ctx.settings(engine=engine, model=model)
    store = ctx.store(settings)
    if retranscribe_ids:
        ok = True
        for debrief_id in retranscribe_ids:
            with CliReporter(f"#{debrief_id}", activity) as reporter:
                result = pipeline.retranscribe(settings, store, debrief_id, reporter)
            activity.pause()
            ok &= report(store, result, f"#{debrief_id}")
        if not ok:
            sys.exit(1)
        return None
    todo, left_out = pipeline.retry_queue(store, ids)
    if left_out or not todo:
        activity.pause()
    for row in left_out:  # silent recordings: retrying cannot find speech
        console.print(left_out_line(row))
    queued = {int(r["id"]) for r in todo}
    for debrief_id in dict.fromkeys(ids):  # named, but filed already: say so and what to run
        if debrief_id not in queued:
            console.print(escape(filed_line(store.get(debrief_id))), soft_wrap=True)
    if not todo:
        if not ids:
            console.print("nothing to process")
        return None
    results = []
    watch_ctrl_c(ctx, UNSEEN_INTERRUPT)
    try:
        for row in todo:  # each fails on its own and the rest go on (issue 17.2)
            label = row.get("original_name") or f"#{row['id']}"
            activity.say(f"reading {label}…")  # as add's first step: decoding takes a while
            with CliReporter(label, activity) as reporter:
                result = pipeline.process_one(settings, store, int(row["id"]), reporter)
            activity.pause()
            # Several: each failure said as it happens, its next step once in the summary.
            # One that failed: its line with the next step is all (a summary said it again).
            alone = len(todo) == 1
            if not report(store, result, f"#{row['id']}", step=alone) and alone:
                sys.exit(1)
            results.append(result)
    except KeyboardInterrupt:  # as `add`: leave at once, the Whisper load may never end
        leave_within()
        activity.pause()
        left = queued_after_interrupt(store, todo, results)
        if left:
            fail_interrupted(kept_message(left), store)
        fail_interrupted("interrupted; every recap was finished", store)
    return results


def queued_after_interrupt(
    store: Store, todo: list[dict[str, Any]], results: list[AddResult]
) -> list[int]:
    """The debriefs Ctrl-C left for the next `debrief process`: what the store still lists
    as unfinished (the interrupted one's transaction rolled back), or, if the store cannot
    answer, the queue less the ones finished before the interrupt."""
    try:
        return [int(r["id"]) for r in store.unfinished()]
    except Exception:
        done = {r.debrief_id for r in results if r.ok}
        return [int(r["id"]) for r in todo if int(r["id"]) not in done]


@cli.command()
@click.argument("source", required=False, default="-")
@click.option("--text", "typed", help="The recap text itself, as `debrief add --text` takes it.")
@click.option("--recorded-at", help="Anchor for relative due dates (ISO; default now).")
@click.option("--jsonl", is_flag=True, help='Read JSON lines {"id","text","recorded_at"} on stdin.')
@click.option(
    "--spoken",
    is_flag=True,
    help="Read the text as a speech transcript, as a debrief filed from audio is read "
    "(fewer one-word names taken on a capital alone).",
)
def extract(
    source: str, typed: str | None, recorded_at: str | None, jsonl: bool, spoken: bool
) -> None:
    """Extract insights from a recap text and print them as JSON (nothing is stored).

    A typed recap is read as typed; with --spoken, as a transcript of speech (what
    `debrief add AUDIO` and `debrief record` extract from).

    \b
    Examples:
        debrief extract notes.txt --recorded-at 2026-11-20T17:30
        debrief extract --text "Talked to Ana Ruiz at Figma..."
        echo "Talked to Ana Ruiz at Figma..." | debrief extract -
        debrief extract --jsonl < recaps.jsonl
        debrief extract --spoken transcript.txt
    """
    from debrief.longtext import extract_text

    if jsonl:
        for n, line in enumerate(sys.stdin, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                when = parse_when(item.get("recorded_at"))
                out = extract_text(str(item.get("text") or ""), when, spoken).to_dict()
            except (ValueError, click.BadParameter, AttributeError) as exc:
                raise DebriefError(f"stdin line {n}: not a valid record ({exc})") from None
            out["id"] = item.get("id")
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        return
    from debrief.pipeline import read_text_source, typed_not_a_file

    if typed is None:
        typed_not_a_file(source, "extract")
    text = typed if typed is not None else read_text_source(source)
    # `add` files a typed recap stripped; a file's or echo's closing newline would otherwise
    # change the parse of the last sentence (and what `extract` shows against what is filed).
    # Only the end: the offsets printed stay those of the text given.
    result = extract_text(text.rstrip(), parse_when(recorded_at), spoken)
    click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))


@cli.command()
@click.argument("debrief_id", type=int, required=False)
@click.option("--all", "all_", is_flag=True, help="Every debrief with a transcript.")
@click.option("--stale", is_flag=True, help="Only debriefs extracted by an older pipeline version.")
@pass_ctx
def reextract(ctx: Ctx, debrief_id: int | None, all_: bool, stale: bool) -> None:
    """Rerun extraction on stored transcripts after the pipeline changed.

    Your corrections (edit, rename, merge, insight, follow-up, done, the confirm line)
    are kept, and follow-ups keep their ids.

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
    from debrief.review.fmt import plural

    done = plural(len(results) - len(failed), "debrief")
    console.print(f"re-extracted {done} with {pipeline.pipeline_version()}")
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
