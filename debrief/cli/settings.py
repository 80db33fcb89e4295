"""Settings commands: config, config set, models, models convert."""

from __future__ import annotations

import json

import click
from rich.markup import escape

from debrief.cli.app import Ctx, cli, console, pass_ctx
from debrief.cli.options import json_option
from debrief.config import write_setting
from debrief.errors import ConfigError


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
        ctx = click_ctx.find_object(Ctx)
        assert ctx is not None
        settings = ctx.settings()
        console.print(f"[dim]settings file: {settings.settings_path}[/dim]")
        for name, value, source in settings.as_rows():
            console.print(f"{name:<18} {escape(value):<40} [dim]{source}[/dim]")
        if settings.db_path.exists():  # never makes a home: `config` reads settings first
            from debrief.store.habits import person_days

            # set with `config set ... --person` and kept in the knowledge base: `config`
            # listed only the defaults, so the user could not see or find them (qa65)
            for person, days in person_days(ctx.store(settings)):
                shown = f"{days} for {person}"
                console.print(
                    f"{'stay_in_touch_days':<18} {escape(shown):<40} [dim]knowledge base[/dim]"
                )


# ignore_unknown_options: a negative VALUE ("-3") is an argument to check, not an option
@config.command("set", context_settings={"ignore_unknown_options": True})
@click.argument("name")
@click.argument("value", type=click.UNPROCESSED)
@click.option(
    "--person", help="Only for this contact (stay_in_touch_days; `none` clears the override)."
)
@pass_ctx
def config_set(ctx: Ctx, name: str, value: str, person: str | None) -> None:
    """Save a default in the settings file.

    Numbers are whole and not negative (stay_in_touch_days -3 is refused).

    \b
    Examples:
        debrief config set model /models/whisper-small-ct2
        debrief config set stay_in_touch_days 60
        debrief config set stay_in_touch_days 30 --person "Maria Lopez"
    """
    settings = ctx.settings()
    if person is not None:
        from debrief.store.habits import set_person_days

        if name != "stay_in_touch_days":
            raise ConfigError(f"only stay_in_touch_days can be set per person, not {name!r}")
        known = set_person_days(ctx.store(settings), settings, person, value)
        console.print(f"{name} = {value} for {escape(known)} (saved in the knowledge base)")
        return
    write_setting(settings, name, value)
    console.print(f"{name} = {value} (saved in {settings.settings_path})")
    if name == "stay_in_touch_days":
        from debrief.store import habits

        habits.refresh_all(ctx.store(), habits.default_days(ctx.settings()))


@cli.group(invoke_without_command=True)
@json_option()
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
    from debrief.transcribe.models_list import list_models

    settings = click_ctx.find_object(Ctx).settings()  # type: ignore[union-attr]
    rows = list_models(settings)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    for row in rows:
        mark = "*" if row["selected"] else " "
        size = f", {row['size'] / 1e6:.0f} MB" if row["size"] else ""
        console.print(
            f"{mark} {row['engine']:<15} {escape(row['model'])}  {row['status']}{size}",
            soft_wrap=True,
        )
        where = f"{row['format']}: {row['path']}" if row["path"] else row["format"]
        console.print(f"    [dim]{escape(where)}[/dim]", soft_wrap=True)
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
    from debrief.transcribe.models_list import convert_bundled

    path, converted = convert_bundled(ctx.settings(), force=force)
    verb = "converted tiny.en to" if converted else "already converted (checksum ok):"
    console.print(f"{verb} {escape(str(path))}", soft_wrap=True)
