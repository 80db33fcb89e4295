"""``debrief help [COMMAND]``: help on a command, or on debrief itself.

Apart from guide.py, which the group in app.py uses to list the commands: the command
imports the group and the group imports the listing, so one module holding both was an
import circle.
"""

from __future__ import annotations

import click

from debrief.cli.app import cli


@cli.command("help")
@click.argument("command", nargs=-1)
@click.pass_context
def help_(ctx: click.Context, command: tuple[str, ...]) -> None:
    """Help on a command, or on debrief itself.

    \b
    Example:
        debrief help search
    """
    root = ctx.find_root()
    if not command:
        click.echo(root.get_help())
        return
    target = root.command
    info = root
    for name in command:
        sub = target.get_command(info, name) if isinstance(target, click.Group) else None
        if sub is None:
            raise click.UsageError(f"no command {' '.join(command)!r}; see `debrief help`")
        info = click.Context(sub, info_name=name, parent=info)
        target = sub
    click.echo(info.get_help())
