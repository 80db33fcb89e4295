"""The click group, the per-invocation context and the one edge where errors become lines.

Every domain error (:class:`debrief.errors.DebriefError`) becomes one line on stderr and a
non-zero exit here; nothing below prints or exits. Command modules (``debrief.cli.*``)
register their commands on :data:`cli`; they call the pipeline for filing and the store,
review and views modules for everything else. What several commands share besides is in
:mod:`~debrief.cli.options` (options, argument checks), :mod:`~debrief.cli.pages` (JSON,
terminal or a page file) and :mod:`~debrief.cli.outcome` (what a filing command says).
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.markup import escape

from debrief import __version__
from debrief.cli import guide
from debrief.config import Settings, load_settings
from debrief.errors import DebriefError, explain

if TYPE_CHECKING:
    from debrief.store import Store


class _Output(Console):
    """stdout's console: a reader leaving (`debrief search ... | head`) is the same
    BrokenPipeError as for plain prints, which the edge (:class:`DebriefGroup`) ends with
    exit 0, not rich's own SystemExit(1)."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


# soft_wrap: long lines (paths, transcripts) stay whole for pipes and grep; tables still fit.
console = _Output(highlight=False, soft_wrap=True)
# Errors stay one line however long: no wrapping at the terminal width.
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str, code: int = 1) -> None:
    err_console.print(f"[red]error:[/red] {escape(message)}", soft_wrap=True)
    sys.exit(code)


#: The longest Ctrl-C's orderly exit (stop the spinner, list what was kept, say it) may take.
INTERRUPT_GRACE_S = 5.0


def leave_within(seconds: float = INTERRUPT_GRACE_S) -> None:
    """Keep Ctrl-C's promise whatever the orderly exit waits on: leave with exit 130 after
    ``seconds`` if it has not left by then.

    The Whisper thread is a non-daemon pool thread, so a plain ``sys.exit`` waits for a model
    load that may never end (a stalled disk), and the exit path itself takes locks shared
    with the spinner's thread. CI once saw `debrief process` still running 120 s after its
    Ctrl-C, a case no run here reproduced; past the grace period the data is as safe as
    after a kill (see :func:`fail_interrupted`)."""
    import threading

    timer = threading.Timer(seconds, os._exit, (130,))
    timer.daemon = True
    timer.start()


_watching = False


def watch_ctrl_c(ctx: Ctx, message: str) -> None:
    """Keep Ctrl-C's promise even if the main thread never sees it: from the signal on,
    leave with exit 130 within :data:`INTERRUPT_GRACE_S` seconds (saying ``message``)
    unless the command's own handler has left first.

    Python raises KeyboardInterrupt only in the main thread and only when it next runs
    Python code; CI twice saw `debrief process` still drawing its spinner 120 s after a
    Ctrl-C sent while the Whisper load stalled (stop 36, stop 47), which no run here
    reproduced, the SIGINT sent to each of its threads in turn included. The interpreter's
    own signal handler writes the signal's number to a wakeup fd from whichever thread the
    kernel chose, so a thread reading that fd learns of it however the main thread is
    doing. Only in the ``debrief`` program itself (:attr:`Ctx.program`): a process running
    the commands in-process (tests, CliRunner) keeps its own signal handling. Once per
    process; from the main thread (signal.set_wakeup_fd's rule)."""
    import signal
    import threading

    global _watching
    if _watching or not ctx.program:
        return
    _watching = True
    try:
        read_end, write_end = os.pipe()
        os.set_blocking(write_end, False)  # the handler must never block on it
        signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    except (OSError, ValueError):  # not the main thread, or no fds left: the old way only
        return

    def watch() -> None:
        while True:
            try:
                got = os.read(read_end, 16)
            except OSError:
                return
            if not got or signal.SIGINT in got:
                break
        threading.Event().wait(INTERRUPT_GRACE_S)
        fail_interrupted(message)

    threading.Thread(target=watch, name="debrief-ctrl-c", daemon=True).start()


def fail_interrupted(message: str, store: Store | None = None) -> None:
    """Ctrl-C while a recording is transcribed: say what was kept, then leave at once.

    A CTranslate2 call may still be running on the Whisper thread; the interpreter's normal
    shutdown would then end in C++'s ``std::terminate`` ("terminate called without an active
    exception", exit -6) after the message. Leaving with ``os._exit`` is no riskier for the
    data than a kill: the recording was on disk before transcription began and SQLite rolls
    back an unfinished transaction on the next open (both tested with SIGKILL, issue 17).
    """
    err_console.print(f"[red]error:[/red] {escape(message)}", soft_wrap=True)
    if store is not None:
        with contextlib.suppress(Exception):
            store.close()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(130)


def usage_line(exc: click.UsageError) -> str:
    """A usage error as the one line every debrief error is: click's message and where the
    command's help is ("Missing argument 'DEBRIEF_ID'; see `debrief help draft thanks`")."""
    names: list[str] = []
    ctx = exc.ctx
    while ctx is not None and ctx.parent is not None:  # the root is `debrief` itself
        names.insert(0, ctx.info_name or "")
        ctx = ctx.parent
    where = " ".join(n for n in names if n)
    message = exc.format_message().rstrip(".")
    return f"{message}; see `debrief help {where}`" if where else f"{message}; see `debrief help`"


class DebriefGroup(click.Group):
    """Turns errors into one clear line instead of a traceback; lists commands by task."""

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        guide.format_commands(self, ctx, formatter)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        hint = guide.task_hint(name) if self.get_command(ctx, name) is None else None
        if hint:
            ctx.fail(hint)  # a usage error, exit 2, as click's own "No such command"
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DebriefError as exc:
            fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            leave_within()
            fail("interrupted", 130)
        except BrokenPipeError:  # `debrief search ... | head`: the reader left, not an error
            # Point stdout at /dev/null so the interpreter's last flush cannot raise again.
            with contextlib.suppress(OSError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        except click.UsageError as exc:  # click's three lines (usage, hint, error): one
            if "\n" in exc.format_message():  # a group given no command shows its help
                raise
            fail(usage_line(exc), exc.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except Exception as exc:  # a bug: still one line, the traceback only on request
            if os.environ.get("DEBRIEF_DEBUG"):
                raise
            opened = getattr(getattr(ctx.obj, "_store", None), "path", None)
            known = explain(exc, opened)  # disk full, bad paths, huge ids... (issue 17.6)
            if known is not None:
                fail(str(known), known.exit_code)
            fail(f"unexpected {type(exc).__name__}: {exc} (set DEBRIEF_DEBUG=1 for details)", 2)


class Ctx:
    """Per-invocation state: settings from flags, the store opened on first use."""

    def __init__(self) -> None:
        self._store: Store | None = None
        self.overrides: dict[str, Any] = {}
        #: Set by a command that only read and printed (search): once it succeeded,
        #: :func:`debrief.cli.main` leaves without the interpreter's teardown.
        self.exit_fast = False
        #: True in the ``debrief`` program (:func:`debrief.cli.main`), not when the commands
        #: run inside another process (tests): what may touch process-wide signal handling.
        self.program = False

    def close(self) -> None:
        """Close the store, if the command opened it."""
        if self._store is not None:
            self._store.close()
            self._store = None

    def settings(self, **flags: Any) -> Settings:
        return load_settings({**self.overrides, **flags})

    def store(self, settings: Settings | None = None, *, create: bool = False) -> Store:
        """The knowledge base; only a filing command (``create``) makes a missing home."""
        if self._store is None:
            from debrief.store import open_store

            self._store = open_store(settings or self.settings(), create=create)
        return self._store


pass_ctx = click.make_pass_decorator(Ctx, ensure=True)


@click.group(
    cls=DebriefGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
    invoke_without_command=True,
)
@click.version_option(__version__, prog_name="debrief")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """After each informational interview, speak a quick recap: debrief files who you
    talked to, what they said and what you promised, so you can find it and review it.

    \b
    Everything stays on this computer; nothing goes over the network.
    More on any command: debrief help COMMAND
    """
    if ctx.invoked_subcommand is None:  # `debrief` alone: the help, and that is not an error
        click.echo(ctx.get_help())
        ctx.exit(0)
    ctx.ensure_object(Ctx)
    _recover_interrupted_recordings(ctx.obj)


def _recover_interrupted_recordings(obj: Ctx) -> None:
    """At the start of every command: file recordings a crash or kill interrupted."""
    from debrief.errors import ConfigError

    try:
        settings = obj.settings()
        recordings = settings.recordings_dir
        # Most commands find no recording to recover: then the recording stage (and the
        # filing pipeline it imports) is not imported at all (issue 16: start-up).
        if not recordings.is_dir() or next(recordings.glob("*.wav"), None) is None:
            return
        from debrief.recording import recover

        recovered = recover(settings)
    except ConfigError:
        return  # the command itself reports the bad setting
    except (DebriefError, OSError) as exc:
        err_console.print(
            "[yellow]warning:[/yellow] cannot check for interrupted recordings: " + escape(str(exc))
        )
        return
    for result in recovered:
        err_console.print(
            f"recovered an interrupted recording as #{result.debrief_id}: "
            "run `debrief process` to transcribe it"
        )
