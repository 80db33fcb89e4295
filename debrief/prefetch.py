"""The model loads that overlap filing, and the one thread Whisper runs on.

Beside :mod:`debrief.pipeline` (which queues its transcriptions on :func:`whisper_thread`):
the Whisper model, the spaCy pipeline and the embedding model load in the background while
the caller hashes, decodes and files the audio, so each stage finds its model ready. A
failure to load is never reported here: the stage's own load raises it again, as one line.
"""

from __future__ import annotations

import contextlib
import threading
import time
from typing import TYPE_CHECKING, Any

from debrief.config import Settings

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor


_whisper: ThreadPoolExecutor | None = None


def _settle_shared_imports() -> None:
    """Import numpy in the calling thread before a background thread imports its users.

    Whisper (CTranslate2), spaCy and onnxruntime all import numpy. Two threads importing it
    for the first time at once can be handed a half-initialised module (Python's per-module
    import locks do that to break what they take for a deadlock): ``reextract --all`` failed
    2 runs in 10 on a busy machine with "cannot import name '__cpu_features__' from partially
    initialized module 'numpy'". Every caller needs numpy next anyway, so this costs nothing.
    """
    import numpy  # noqa: F401


#: The Whisper model load in flight (or done), for :func:`prefetch_nlp` to start after it.
_engine_loading: Future[float] | None = None


def whisper_thread() -> ThreadPoolExecutor:
    """The one thread that loads and runs Whisper in this process (see
    :func:`debrief.transcribe.get_engine`: CTranslate2 is several times slower when called
    from another thread than the one that loaded the model)."""
    global _whisper
    if _whisper is None:
        from concurrent.futures import ThreadPoolExecutor

        _settle_shared_imports()
        _whisper = ThreadPoolExecutor(1, thread_name_prefix="debrief-whisper")
    return _whisper


#: How often a wait on the Whisper thread looks for a Ctrl-C (seconds).
_CTRL_C_POLL_S = 0.25


def result_of(future: Future[Any]) -> Any:
    """``future.result()``, that Ctrl-C interrupts however long the work takes.

    A Ctrl-C is a SIGINT to the process, and Linux hands it to any thread that does not
    block it: the Whisper thread, the spinner's, spaCy's loader. Python then raises
    KeyboardInterrupt in the main thread only when that thread next runs Python code, and a
    plain ``result()`` sleeps in the kernel until the work ends: for ever behind a model load
    that never ends (qa60: `debrief process` hung after Ctrl-C that way, reproduced by sending
    the SIGINT to the Whisper thread; CI saw it at stop 36). Waiting in short slices runs the
    main thread's signal check between them."""
    while True:
        try:
            return future.result(timeout=_CTRL_C_POLL_S)
        except TimeoutError:
            if future.done():  # the work's own TimeoutError
                raise


def wait(futures: list[Any]) -> None:
    """Wait for ``futures`` (concurrent.futures is imported only when there is work)."""
    from concurrent.futures import wait as wait_all

    wait_all(futures)


def prefetch_engine(settings: Settings) -> Future[float]:
    """Start loading the Whisper model the settings name on the Whisper thread while the
    caller decodes and files the audio; the transcription queued after it finds it loaded.
    The future gives the seconds the load took. A failure is not reported here: the
    transcription's own ``get_engine`` raises it again, as one line."""

    def load() -> float:
        start = time.perf_counter()
        with contextlib.suppress(Exception):
            from debrief.transcribe import get_engine

            get_engine(settings)
        return time.perf_counter() - start

    global _engine_loading
    _engine_loading = whisper_thread().submit(load)
    return _engine_loading


_nlp_prefetch: threading.Thread | None = None
#: The longest spaCy's prefetch waits for a Whisper load before starting anyway. Idle, the
#: load takes 0.3-0.5 s; on a starved machine it took 1.6-2.5 s, and spaCy starting after
#: it was once not ready when transcription ended (benchmarks/add.py at load 13): past
#: this, waiting costs more than the two loads' contention.
ENGINE_WAIT_S = 1.0


def prefetch_nlp() -> None:
    """Load the spaCy pipeline in the background while Whisper works (once per process).

    Loading is mostly deserialisation, so it overlaps well with transcription; extraction
    then finds the pipeline ready (``load_nlp`` waits on the same lock if it is not).
    The thread is not niced: on two cores a niced load only got the CPU Whisper left, so it
    ran after transcription instead of beside it, and on a busy machine it starved
    (benchmarks/add.py, cold 60 s recap at beam 1 under load 17: 61-72 s niced with 38-48 s
    waiting for spaCy, 21-26 s not niced, the same transcription time).
    """
    global _nlp_prefetch
    if _nlp_prefetch is not None:
        return

    engine = _engine_loading

    def load() -> None:
        # After the Whisper model's load, when one is under way: that load is the head of
        # the critical path (transcription waits for it), and both are mostly Python
        # imports fighting for the one GIL; spaCy's load then still ends well before the
        # transcription does (benchmarks/add.py: load_nlp, the wait for it, stays 0).
        if engine is not None:
            with contextlib.suppress(Exception):
                engine.result(timeout=ENGINE_WAIT_S)
        # Importing spaCy is half the cost, so it happens in the thread too. A failure is
        # not reported here: the foreground load raises it again, as one line.
        with contextlib.suppress(Exception):
            from debrief.extract import load_nlp

            load_nlp()
        _embed_prefetched.set()  # the embedding model too, still behind Whisper
        with contextlib.suppress(Exception):
            from debrief.embed import embedder

            embedder()

    _settle_shared_imports()
    _nlp_prefetch = threading.Thread(target=load, name="debrief-nlp-prefetch", daemon=True)
    _nlp_prefetch.start()


_embed_prefetched = threading.Event()


def prefetch_embedder() -> None:
    """Load the embedding model in the background (filing embeds the new insights)."""
    if _embed_prefetched.is_set():
        return
    _embed_prefetched.set()

    def load() -> None:
        # Not niced (unlike the spaCy prefetch): it is short (0.3 s of CPU) and filing
        # waits for it at the end; a niced load starved for seconds on a busy machine.
        with contextlib.suppress(Exception):
            from debrief.embed import embedder

            embedder()

    _settle_shared_imports()
    threading.Thread(target=load, name="debrief-embed-prefetch", daemon=True).start()
