"""The `debrief` command: the only click user, thin, one module per command group.

- :mod:`~debrief.cli.app`: the group, its context and the error edge
- :mod:`~debrief.cli.options`: the shared options and argument checks (--engine, --json, dates)
- :mod:`~debrief.cli.pages`: output as JSON, on the terminal or as a page file (--format, -o)
- :mod:`~debrief.cli.outcome`: what a filing command says while it works and when done
- :mod:`~debrief.cli.filing`: add, process, reextract, extract, delete
- :mod:`~debrief.cli.recording`: record, devices (the microphone)
- :mod:`~debrief.cli.reading`: list, show, search, company(ies), people, person, export, browse
- :mod:`~debrief.cli.reviewing`: review, todo, done
- :mod:`~debrief.cli.correcting`: edit, rename, merge, insight, follow-up
- :mod:`~debrief.cli.asking`: ask, and the filters (natural dates) it shares with search
- :mod:`~debrief.cli.settings`: config, models
- :mod:`~debrief.cli.guide`: the command list by task; :mod:`~debrief.cli.helping`: help
- :mod:`~debrief.cli.between`: draft thanks, prep, dismiss

Heavy libraries (Whisper, spaCy, PyAV, sounddevice) are imported inside the commands that
need them, so reading commands start fast.
"""

from __future__ import annotations

import os
import sys

from debrief.cli import (  # noqa: F401 (commands)
    asking,
    between,
    correcting,
    filing,
    helping,
    reading,
    recording,
    reviewing,
    settings,
)
from debrief.cli.app import Ctx, cli

__all__ = ["Ctx", "cli", "main"]


def main() -> None:
    """The ``debrief`` program (the console script and ``python -m debrief.cli``)."""
    obj = Ctx()
    obj.program = True
    try:
        cli(obj=obj)
    except SystemExit as exc:
        if obj.exit_fast and exc.code in (0, None):
            _exit_now(obj)
        if isinstance(exc.code, int | None) and (_models_still_loading() or _native_runtime()):
            _exit_now(obj, exc.code or 0)
        raise


#: The threads that only load models in the background (debrief.prefetch), and the Whisper
#: thread they queue behind: none of them writes anything.
_LOADERS = ("debrief-nlp-prefetch", "debrief-embed-prefetch", "debrief-whisper")


def _models_still_loading() -> bool:
    """True when a model load started in the background is still running and no other
    thread is: a command that ended early (`debrief add` of a silent file fails in seconds)
    then left while spaCy or the embedding model was loading on a daemon thread, and the
    interpreter's teardown ended in C++'s ``std::terminate`` ("terminate called without an
    active exception", exit 134) after the error line in 3 runs of 5 (qa66; no Python frame
    was left to blame). Leaving with ``os._exit`` skips that teardown: 0 in 10 runs."""
    import threading

    others = [t for t in threading.enumerate() if t is not threading.main_thread()]
    loading = [t for t in others if t.daemon and t.name.startswith(_LOADERS[:2])]
    return bool(loading) and all(t.name.startswith(_LOADERS) for t in others)


#: The C++ runtimes whose objects and thread pools the interpreter's teardown would free.
_NATIVE = ("ctranslate2", "onnxruntime")


def _native_runtime() -> bool:
    """True once this process imported a C++ model runtime (Whisper's CTranslate2, the
    embedding model's ONNX Runtime): the interpreter's teardown then frees their models
    while their own thread pools may still be winding down, and it ended in C++'s
    ``std::terminate`` (exit -6) after `debrief add` had filed and answered every question
    (CI, stop 47: no loader thread was left, only the idle Whisper pool thread; not
    reproduced in 16 runs here, idle or under load). Everything the command owes is done by
    then: its store is closed and its output flushed by :func:`_exit_now`; skipping the rest
    of the teardown is what :func:`_models_still_loading` already relies on."""
    return any(name in sys.modules for name in _NATIVE)


def _exit_now(obj: Ctx, code: int = 0) -> None:
    """Leave without the interpreter's teardown: a read command that succeeded, or any
    command that ends while models still load in the background (with its exit ``code``).

    Freeing every module (numpy, rich, click...) took about 30 ms of a search's ~180 ms
    wall (issue 16), after its output was complete. Its store is closed first (SQLite
    checkpoints its WAL as on any close) and the output flushed; should either fail (a
    closed pipe), the normal exit runs and reports as it always did."""
    try:
        obj.close()
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:  # the normal shutdown says what went wrong
        return
    os._exit(code)
