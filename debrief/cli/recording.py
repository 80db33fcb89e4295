"""Recording commands: `debrief record` and `debrief devices`, what the microphone files
(through :mod:`debrief.recording`; the other filing commands are in
:mod:`debrief.cli.filing`, whose confirm line a recording shares)."""

from __future__ import annotations

import json
import sys

import click
from rich.markup import escape

from debrief.cli.app import Ctx, cli, console, err_console, fail_interrupted, pass_ctx
from debrief.cli.filing import confirm
from debrief.cli.options import a_name, engine_option, json_option, model_option
from debrief.cli.outcome import CliReporter, report
from debrief.cli.who import who_or_leave
from debrief.errors import DebriefError


@cli.command()
@click.option(
    "--company", callback=a_name, help="The contact's company (wins over what is extracted)."
)
@click.option(
    "--contact",
    callback=a_name,
    help="Who the call was with: a name, or 'name, title, company' as the question reads it"
    " (wins over what is extracted; Whisper is told the name; not asked).",
)
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
@click.option(
    "--yes", "-y", is_flag=True, help="Ask nothing: not who the call was with, not to confirm."
)
@engine_option()
@model_option()
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

    In a terminal without --contact, one line first asks who the call was with ("Maria
    Lopez, Stripe", "Maria Lopez at Stripe", a name alone; Enter skips; Ctrl-C there
    leaves before anything is recorded): the answer is a --contact/--company, and
    Whisper, told the name, spells it right far more often.

    Stops on Enter, Ctrl-C, --max-minutes, or --stop-on-silence. The recording is on disk
    as you speak: if debrief is killed, the next command recovers it. With --no-live,
    names Whisper was unsure how to spell are listed with the command that fixes them
    everywhere (live transcription does not score its words).

    \b
    Examples:
        debrief record
        debrief record --company Stripe --contact "Maria Lopez" --stop-on-silence 5
        debrief record --device USB --max-minutes 10
    """
    from debrief import recording
    from debrief.durations import fmt_duration
    from debrief.store.vocabulary import vocabulary

    if not (contact or yes) and sys.stdin.isatty():
        # No microphone (or no such --device) is said before the question, not after the
        # user answered it (qa57); recording checks again when it opens the device.
        from debrief.record.devices import resolve_device

        resolve_device(device)
    contact, title, company = who_or_leave(contact, company, yes, "nothing was recorded")
    settings = ctx.settings(engine=engine, model=model)
    store = ctx.store(settings, create=True)
    # Live: the model loads now and transcribes while the user talks.
    live_transcriber = (
        recording.start_live(
            settings, vocabulary=vocabulary(store, contact=contact, company=company)
        )
        if live
        else None
    )
    rec = recording.record_audio(
        settings,
        live=live_transcriber,
        device=device,
        max_minutes=max_minutes,
        stop_on_silence=stop_on_silence,
    )
    console.print(f"recorded {fmt_duration(rec.duration)} to {escape(str(rec.path))}")
    if rec.stopped_by == "terminate":  # asked to quit (SIGTERM): keep it pending, do not process
        filed = recording.file_recording(
            settings,
            store,
            rec,
            live_transcriber,
            process=False,
            company=company,
            contact=contact,
            title=title,
        )
        err_console.print(
            f"saved as #{filed.debrief_id}, not processed yet: run `debrief process` to finish it"
        )
        sys.exit(143)
    try:
        with CliReporter(rec.path.name) as reporter:
            result = recording.file_recording(
                settings,
                store,
                rec,
                live_transcriber,
                company=company,
                contact=contact,
                title=title,
                reporter=reporter,
            )
    except KeyboardInterrupt:
        fail_interrupted(
            f"interrupted: {rec.path.name} is saved; run `debrief process` to finish it", store
        )
    if not report(store, result, rec.path.name):
        sys.exit(1)
    confirm(store, result, yes)


@cli.command()
@json_option()
def devices(as_json: bool) -> None:
    """List the audio input devices, with their default sample rates.

    Pass the index or part of the name to `debrief record --device`.

    \b
    Example:
        debrief devices
    """
    from debrief.record.devices import list_input_devices
    from debrief.record.ui import devices_table

    found = list_input_devices()
    if as_json:
        click.echo(json.dumps(found, indent=2))
        return
    if not found:
        raise DebriefError(
            "no audio input device found; plug in or enable a microphone and try again"
        )
    console.print(devices_table(found))
