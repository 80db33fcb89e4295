"""Background model loads never race the foreground for numpy's first import.

Two threads importing numpy for the first time at once can be handed a half-initialised
module ("cannot import name '__cpu_features__' from partially initialized module 'numpy'",
seen in ``debrief reextract --all`` 2 runs in 10 on a busy machine). The race itself is too
rare to provoke reliably, so this checks what prevents it: whenever :mod:`debrief.prefetch`
starts a thread, numpy is already fully imported in the process. Each case runs in a fresh
interpreter, where nothing has imported numpy yet.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

PROBE = textwrap.dedent(
    """
    import sys, threading
    assert "numpy" not in sys.modules, "numpy imported before the probe"
    seen = []
    start = threading.Thread.start
    def recording_start(self):
        seen.append("numpy" in sys.modules)
        start(self)
    threading.Thread.start = recording_start
    from debrief import prefetch
    {call}
    # Let a loading thread finish: an interpreter that exits while a daemon thread is still
    # inside onnxruntime's native start-up can abort (SIGABRT, seen once on a loaded machine),
    # and that is not what this test is about.
    for t in threading.enumerate():
        if "prefetch" in t.name:
            t.join(timeout=90)
    print(seen)
    """
)


@pytest.mark.parametrize(
    "call",
    [
        "prefetch.prefetch_embedder()",
        "prefetch.prefetch_nlp()",
        "prefetch.whisper_thread().submit(lambda: None).result()",
    ],
)
def test_numpy_is_imported_before_any_prefetch_thread_starts(call: str) -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(call=call)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.strip()
    assert out.startswith("[True"), out
    assert "False" not in out, out
