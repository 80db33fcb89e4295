"""Where the numpy model keeps what it derives from the installed model, and how.

One flat float32 ``.npy`` (the layers), one int8 ``.npy`` (the word table) and a JSON index,
memory-mapped by later processes; the tokenizer's vocabulary as plain lines
(:mod:`debrief.minilm.wordpiece`); the search question's cached arrays
(:mod:`debrief.ask.question`). Apart because the forward pass, the tokenizer and the question
cache each write here, and the files are keyed by :data:`FORMAT` and the model file.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

#: Bumped when the cache layout or the extraction changes: old caches are ignored.
FORMAT = 1


def cache_dir() -> Path:
    """Where derived model files live: ``$DEBRIEF_CACHE/embedding``, else ``cache/embedding``
    in the data home (nothing is written outside it; they hold only the public model's
    weights)."""
    env = os.environ.get("DEBRIEF_CACHE")
    if env:
        return Path(env).expanduser() / "embedding"
    from debrief.config import home_dir

    return home_dir() / "cache" / "embedding"


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` and any missing parent 0700 (a parent may be the data home itself,
    which holds personal notes: ``mkdir -p`` would leave it open to other users)."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir(mode=0o700, exist_ok=True)


def save_array(path: Path, array: Any) -> None:
    """Write a numpy ``array`` to ``path`` atomically (a temporary file, then a rename), its
    folder created private; an OSError is the caller's to handle."""
    import numpy as np

    make_private_dir(path.parent)
    part = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    with part.open("wb") as fh:
        np.save(fh, array)
    os.replace(part, path)


def _cache_key(model: Path, model_id: str) -> str:
    import hashlib

    st = model.stat()
    text = f"{model_id}|{st.st_size}|{st.st_mtime_ns}|{FORMAT}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def write_cache(weights: dict[str, Any], folder: Path, key: str) -> None:
    """Write the weights as ``minilm-KEY.{f32.npy,words.npy,json}`` (the index last: a
    cache with an index is complete; files are replaced atomically)."""
    import numpy as np

    make_private_dir(folder)
    index: dict[str, Any] = {}
    offset = 0
    floats = []
    for name, array in weights.items():
        if name == "word_q":
            continue
        flat = np.ascontiguousarray(array, dtype=np.float32).reshape(-1)
        index[name] = [offset, list(array.shape)]
        floats.append(flat)
        offset += flat.size
    stem = folder / f"minilm-{key}"
    save_array(Path(str(stem) + ".f32.npy"), np.concatenate(floats))
    save_array(Path(str(stem) + ".words.npy"), weights["word_q"])
    part = Path(str(stem) + f".json.{os.getpid()}.{threading.get_ident()}.tmp")
    part.write_text(json.dumps({"format": FORMAT, "index": index}))
    os.replace(part, str(stem) + ".json")


def read_cache(folder: Path, key: str) -> dict[str, Any] | None:
    """The cached weights (memory-mapped views), or None when there is no complete cache."""
    import numpy as np

    stem = folder / f"minilm-{key}"
    try:
        meta = json.loads(Path(str(stem) + ".json").read_text())
        flat = np.load(str(stem) + ".f32.npy", mmap_mode="r")
        words = np.load(str(stem) + ".words.npy", mmap_mode="r")
    except (OSError, ValueError):
        return None
    if meta.get("format") != FORMAT:
        return None
    out: dict[str, Any] = {"word_q": words}
    for name, (offset, shape) in meta["index"].items():
        size = int(np.prod(shape)) if shape else 1
        out[name] = flat[offset : offset + size].reshape(shape)
    return out
