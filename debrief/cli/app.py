"""The click group, the per-invocation context and the one edge where errors become lines.

Every domain error (:class:`debrief.errors.DebriefError`) becomes one line on stderr and a
non-zero exit here; nothing below prints or exits. Command modules (``debrief.cli.*``)
register their commands on :data:`cli`; they call the pipeline for filing and the store,
review and views modules for everything else.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.markup import escape

from debrief import __version__, views
from debrief.cli import guide
from debrief.config import Settings, load_settings
from debrief.engines import ENGINES
from debrief.errors import DebriefError, decode_text, explain

if TYPE_CHECKING:
    from debrief.pipeline import AddResult
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


def engine_option() -> Any:
    """``--engine``, its choices read from the engine registry (:data:`debrief.engines.ENGINES`)."""
    return click.option("--engine", type=click.Choice(list(ENGINES)), help="Speech-to-text engine.")


def model_option() -> Any:
    return click.option("--model", help="'tiny.en' (bundled) or a local model path.")


def a_name(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """``--contact``/``--company`` of `add` and `record`: a name with no letter or digit
    ("'", "%") is refused before anything is filed. qa60: `add --contact "'"` filed a
    contact named "'" and a thank-you note to "'"; `edit` with such a name never ended."""
    from debrief.names import words

    if value is not None and value.strip() and not words(value):
        raise click.BadParameter(f"{value.strip()!r} has no letter or digit: give a name")
    return value


def json_option(help: str = "JSON output.") -> Any:
    return click.option("--json", "as_json", is_flag=True, help=help)


def emit(kind: str, data: Any, as_json: bool, **options: Any) -> None:
    """``data`` of ``kind`` as JSON on stdout, or drawn on the terminal (:mod:`debrief.views`)."""
    if as_json:
        click.echo(views.render(kind, data, "json"))
    else:
        views.show(console, kind, data, **options)


def parse_when(value: str | None, *, call: bool = False) -> datetime | None:
    """A date from the command line: ISO, or natural words ("yesterday", "last friday").
    With ``call`` it is when a call happened: a day in the future is filed with a warning
    (a typo such as 2030 for 2026 files a call no review week shows, its to-dos due years
    ahead; labelled recaps replayed by the benchmarks do carry later dates), and a year
    before 1970 is refused (1900 made a thank-you note 46,000 days overdue)."""
    if value is None:
        return None
    from debrief.ask.when import said

    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        from debrief.ask.when import resolve

        try:  # natural words: "yesterday", "last friday", "3 days ago"
            moment = resolve(value, flag="--when")
        except DebriefError:
            raise click.BadParameter(
                f"{said(value)} is not a date (2026-11-20T17:30, yesterday, last friday)"
            ) from None
    if call:
        naive = moment.replace(tzinfo=None)
        if naive > datetime.now() + timedelta(days=1):
            err_console.print(
                f"[yellow]note:[/yellow] {escape(value)} is in the future; if that is a typo,"
                " `debrief edit ID --when DATE` corrects it"
            )
        if naive.year < 1970:
            raise click.BadParameter(f"{said(value)} is too long ago: check the year")
    return moment


def typed_not_a_file(source: str | Path, command: str) -> None:
    """One clear error when a recap was typed where a file name goes (``debrief add "Talked
    to Mia Chen..."``): no file by that name, and the words hold a space. It said "Talked to
    Mia Chen ...: no such file", leaving the user to guess that --text was meant."""
    said = str(source)
    if said == "-" or not any(c.isspace() for c in said.strip()) or Path(said).exists():
        return
    short = said if len(said) <= 40 else said[:37].rstrip() + "..."
    raise DebriefError(
        f'no file named "{short}"; for a typed recap: debrief {command} --text "..."'
    )


def read_text_source(source: str | Path) -> str:
    """A text file's content (:func:`debrief.errors.decode_text`), or stdin for ``-``;
    unreadable is one clear error."""
    try:
        if str(source) == "-":
            return sys.stdin.read()
        data = Path(source).read_bytes()
    except (OSError, UnicodeDecodeError) as exc:
        raise DebriefError(
            f"{source}: cannot read ({getattr(exc, 'strerror', None) or exc})"
        ) from None
    try:
        return decode_text(data)
    except DebriefError as exc:
        raise DebriefError(f"{source}: {exc}") from None


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path``; a new file is created 0600 (it holds personal notes).

    A file is written whole or not at all (a temporary file beside it, then renamed over
    it): qa66's `debrief export -o last-week.md` that met a full disk (or `ulimit -f`) had
    already truncated the export there before, a backup, and left 64 KB of the new one.
    What is not a regular file (a directory, /dev/stdout, a pipe) is written in place, so
    its own error is said and a device is never replaced by a file."""
    import errno
    import stat
    import tempfile

    try:
        mode: int | None = os.stat(path).st_mode
    except OSError:
        mode = None  # a new file (or a path whose error the write below says)
    if mode is not None and not stat.S_ISREG(mode):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        return
    target = Path(os.path.realpath(path))  # a link's file is replaced, the link kept
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)  # 0600
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        if mode is not None:  # an existing file keeps its mode
            os.chmod(tmp, stat.S_IMODE(mode))
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:  # said of the user's path, not of the temporary file
        if exc.errno == errno.ENOENT and target.parent.is_dir():
            # qa67: a folder that takes no new files (/proc, /sys) said "no such file; check
            # the path" of a file the user meant to create
            raise DebriefError(
                f"{path}: cannot create a file in {target.parent}; choose another location"
            ) from None
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def page_options(kind: str) -> Any:
    """``--format`` (the registry's formats for ``kind``) and ``--output``, for the commands
    that draw a page (review, prep); :func:`deliver` draws it."""

    def decorate(f: Any) -> Any:
        f = click.option(
            "--output",
            "-o",
            type=click.Path(path_type=Path, dir_okay=False),
            help="Write to a file instead of the screen.",
        )(f)
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(views.formats(kind)),
            help="Default: terminal, or from the --output suffix (.md, .html).",
        )(f)

    return decorate


def page_format(fmt: str | None, output: Path | None) -> str:
    """The format asked for, else the one the --output suffix names, else terminal."""
    if fmt is not None:
        return fmt
    return views.SUFFIXES.get(output.suffix.lower(), "terminal") if output else "terminal"


def deliver(kind: str, data: Any, fmt: str, output: Path | None, wrote: str) -> None:
    """A page of ``kind`` to ``output`` (0600, then ``wrote``: "the review of ..."), the
    terminal, or stdout in the other formats."""
    if output:
        write_private(output, views.render(kind, data, fmt))
        console.print(f"wrote the {fmt} {wrote} to {escape(str(output))}")
    elif fmt == "terminal":
        views.show(console, kind, data)
    else:
        click.echo(views.render(kind, data, fmt).rstrip("\n"))


class CliReporter:
    """Stage messages and a transcription progress bar for audio longer than a few seconds."""

    PROGRESS_MIN_SECONDS = 5.0

    def __init__(self, label: str, activity: Any = None) -> None:
        self.label = label
        self.activity = activity  # a debrief.cli.progress.Activity: says each step
        self._progress: Any = None
        self._task: Any = None

    def stage(self, name: str) -> None:
        if name != "transcribing":
            self._close()
        if self.activity is not None:
            self.activity.stage(name, self.label)

    def transcribe_progress(self, done: float, total: float) -> None:
        if total < self.PROGRESS_MIN_SECONDS or not err_console.is_terminal:
            return
        if self.activity is None:
            self._draw(done, total)
            return
        with self.activity.lock:  # not while the user is asked something (Activity.hold)
            if not self.activity.held:
                self._draw(done, total)

    def _draw(self, done: float, total: float) -> None:
        if self._progress is None:
            if self.activity is not None:
                self.activity.pause()
                self.activity.bars.add(self)
            from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

            self._progress = Progress(
                TextColumn(f"transcribing {escape(self.label)}"),
                BarColumn(),
                TextColumn("{task.completed:.0f}/{task.total:.0f} s"),
                TimeRemainingColumn(),
                console=err_console,
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("t", total=total)
        self._progress.update(self._task, completed=done)

    def suspend(self) -> None:
        """Take the bar off the screen; the next progress draws it again."""
        self._close()

    def _close(self) -> None:
        with self.activity.lock if self.activity is not None else contextlib.nullcontext():
            if self._progress is not None:
                self._progress.stop()
                self._progress = None
            if self.activity is not None:
                self.activity.bars.discard(self)

    def __enter__(self) -> CliReporter:
        return self

    def __exit__(self, *exc: object) -> None:
        self._close()


def report(store: Store, result: AddResult, label: str, *, step: bool = True) -> bool:
    """Print the outcome of one add/process; True when it succeeded. A failure's next step
    (:func:`debrief.views.terminal.next_step`) is said here unless ``step`` is False: the
    caller prints it once in its own summary (`debrief process`)."""
    if result.duplicate and result.elsewhere:
        console.print(
            f"{escape(label)}: filed as #{result.debrief_id} by another debrief command"
            f" at the same moment ({result.status} there), not added again"
        )
        return True
    if result.duplicate:
        # qa67: a typed recap pasted again was filed twice; now it is this line, and the
        # way to file it anyway (two calls can be noted alike)
        again = "; `debrief add --again` files it anyway" if result.source == "text" else ""
        console.print(
            f"{escape(label)}: already filed as #{result.debrief_id}, not added again{again}"
        )
        if result.corrected and result.debrief_id is not None:
            from debrief.views.terminal import print_contact_line

            print_contact_line(console, store.get(result.debrief_id), "corrected")
        return True
    if not result.ok:
        from debrief.views.terminal import next_step

        hint = ""
        if result.debrief_id and step:
            hint = f"; kept as #{result.debrief_id}, {next_step(result)}"
        err_console.print(f"[red]error:[/red] {escape(label)}: {escape(result.error or '')}{hint}")
        return False
    assert result.debrief_id is not None and result.extraction is not None
    from debrief.store.respell import as_filed
    from debrief.views.terminal import print_summary

    filed = as_filed(store, result.debrief_id)
    print_summary(console, store.get(result.debrief_id), result.extraction, filed)
    from debrief.store.unsure import unsure_names_of
    from debrief.views.terminal import print_unsure

    print_unsure(
        console, [dataclasses.asdict(u) for u in unsure_names_of(store, result.debrief_id)]
    )
    from debrief.store.ledger_view import generated
    from debrief.views.between import print_filed_habits

    print_filed_habits(console, generated(store, result.debrief_id))
    from debrief.store.filed_late import filed_late

    late = filed_late(store, result.debrief_id)
    if late is not None:
        console.print(
            f"  [dim]filed {late} days after the call: no thank-you note owed now;"
            " what is still to do is due from today[/dim]"
        )
    return True


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
