"""What a filing command (add, process, record) says while it works and when it is done:
the stage and a transcription progress bar (:class:`CliReporter`), then one recording's
outcome (:func:`report`): its summary, or why it failed and the next step.
"""

from __future__ import annotations

import contextlib
import dataclasses
from typing import TYPE_CHECKING, Any

from rich.markup import escape

from debrief.cli.app import console, err_console

if TYPE_CHECKING:
    from debrief.pipeline import AddResult
    from debrief.store import Store


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
