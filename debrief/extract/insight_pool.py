"""The insight component's one embedding worker thread (`debrief/extract/insights.py`): it
embeds the gated candidates while the pipeline's next components run."""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor

_pool_lock = threading.Lock()
_pool: ThreadPoolExecutor | None = None


def embedding_pool() -> ThreadPoolExecutor:
    """One worker thread that embeds the gated candidates while the next components run."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="debrief-insights")
        return _pool


def _forget_pool() -> None:
    # a forked child has the executor but not its thread: work submitted there never runs
    global _pool, _pool_lock
    _pool = None
    _pool_lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_pool)
