"""What the user sees while recording: a rich live view on a terminal, plain lines otherwise."""

from __future__ import annotations

import math
import sys
import time
from dataclasses import dataclass
from typing import Any, Protocol

from debrief.durations import fmt_duration

FLOOR_DBFS = -60.0


@dataclass
class Status:
    elapsed: float  # seconds of audio recorded
    level_dbfs: float  # loudness of the latest block
    overflows: int
    device: str
    sample_rate: int
    max_seconds: float | None = None


class RecorderUI(Protocol):
    def start(self, status: Status) -> None: ...
    def update(self, status: Status) -> None: ...
    def message(self, text: str) -> None: ...
    def stop(self) -> None: ...


def level_fraction(dbfs: float) -> float:
    if not math.isfinite(dbfs) or dbfs <= FLOOR_DBFS:
        return 0.0
    return min(1.0, (dbfs - FLOOR_DBFS) / -FLOOR_DBFS)


class NullUI:
    def start(self, status: Status) -> None:
        pass

    def update(self, status: Status) -> None:
        pass

    def message(self, text: str) -> None:
        pass

    def stop(self) -> None:
        pass


class PlainUI:
    """A start line, a status line every ``every`` seconds and messages, on stderr."""

    def __init__(self, stream: Any = None, every: float = 10.0) -> None:
        self.stream = stream or sys.stderr
        self.every = every
        self._last = 0.0

    def _print(self, text: str) -> None:
        print(text, file=self.stream, flush=True)

    def start(self, status: Status) -> None:
        self._last = time.monotonic()
        self._print(
            f"Recording from {status.device} at {status.sample_rate} Hz; "
            "press Enter or Ctrl-C to stop."
        )

    def update(self, status: Status) -> None:
        now = time.monotonic()
        if now - self._last >= self.every:
            self._last = now
            level = (
                f"{status.level_dbfs:.0f} dBFS" if math.isfinite(status.level_dbfs) else "silent"
            )
            self._print(f"recording {fmt_duration(status.elapsed)}  level {level}")

    def message(self, text: str) -> None:
        self._print(text)

    def stop(self) -> None:
        pass


class RichUI:
    """Elapsed time and a live input level meter."""

    def __init__(self, console: Any = None) -> None:
        from rich.console import Console

        self.console = console or Console(highlight=False)
        self._live: Any = None

    def _render(self, status: Status) -> Any:
        from rich.table import Table
        from rich.text import Text

        width = 30
        frac = level_fraction(status.level_dbfs)
        filled = round(frac * width)
        color = "green" if frac < 0.75 else ("yellow" if frac < 0.92 else "red")
        bar = Text("█" * filled, style=color) + Text("░" * (width - filled), style="dim")
        level = f"{status.level_dbfs:4.0f} dBFS" if math.isfinite(status.level_dbfs) else "  silent"
        grid = Table.grid(padding=(0, 2))
        elapsed = fmt_duration(status.elapsed)
        if status.max_seconds:
            elapsed += f" / {fmt_duration(status.max_seconds)}"
        row = [Text("● REC", style="bold red"), Text(elapsed, style="bold"), bar, Text(level)]
        if status.overflows:
            row.append(Text(f"{status.overflows} overflows", style="yellow"))
        grid.add_row(*row)
        grid.add_row(Text(""), Text("Enter or Ctrl-C to stop", style="dim"))
        return grid

    def start(self, status: Status) -> None:
        from rich.live import Live
        from rich.markup import escape

        self.console.print(
            f"Recording from [bold]{escape(status.device)}[/] at {status.sample_rate} Hz"
        )
        self._live = Live(
            self._render(status), console=self.console, refresh_per_second=10, transient=True
        )
        self._live.start()

    def update(self, status: Status) -> None:
        if self._live is not None:
            self._live.update(self._render(status))

    def message(self, text: str) -> None:
        self.console.print(text, markup=False, highlight=False)

    def stop(self) -> None:
        if self._live is not None:
            self._live.stop()
            self._live = None


def make_ui(kind: Any = "auto") -> RecorderUI:
    """``auto`` (rich on a terminal, plain lines otherwise), ``rich``, ``plain``, ``none``, or
    an object with the RecorderUI methods."""
    if not isinstance(kind, str):
        return kind
    if kind == "auto":
        kind = "rich" if sys.stdout.isatty() else "plain"
    if kind == "rich":
        return RichUI()
    if kind == "plain":
        return PlainUI()
    return NullUI()


def devices_table(devices: list[dict[str, Any]]) -> Any:
    """``debrief devices``: the input devices as a rich table, the default one marked."""
    from rich.markup import escape
    from rich.table import Table

    table = Table(show_edge=False, header_style="bold")
    for col in ("", "index", "name", "channels", "default rate"):
        table.add_column(col)
    for dev in devices:
        table.add_row(
            "*" if dev["is_default"] else "",
            str(dev["index"]),
            escape(dev["name"]),
            str(dev["channels"]),
            f"{dev['default_rate']} Hz",
        )
    return table
