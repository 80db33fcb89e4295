"""A small multinomial logistic regression over feature strings (numpy only).

Labels are the insight categories plus ``none``. Weights live in a JSON file under
``pipelines/`` (written by ``scripts/train_insights.py``) and are loaded once.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from debrief.models import CATEGORIES

LABELS: tuple[str, ...] = (*CATEGORIES, "none")
NONE = len(LABELS) - 1


def _read_weights(path: Path) -> dict[str, Any]:
    """A weights file's JSON, checked to be for today's labels (both models' files)."""
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    if list(data["labels"]) != list(LABELS):
        raise ValueError(f"{path}: labels {data['labels']} differ from {LABELS}")
    return data


class InsightModel:
    """Bag-of-features softmax classifier; ``offsets`` add cue boosts per feature."""

    def __init__(self, vocab: dict[str, int], weights: np.ndarray, bias: np.ndarray) -> None:
        self.vocab = vocab
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float32)

    @classmethod
    def empty(cls) -> InsightModel:
        return cls({}, np.zeros((0, len(LABELS)), np.float32), np.zeros(len(LABELS), np.float32))

    @classmethod
    def load(cls, path: Path) -> InsightModel:
        data = _read_weights(path)
        feats = data["features"]
        vocab = {f: i for i, f in enumerate(feats)}
        weights = np.array(data["weights"], dtype=np.float32).reshape(len(feats), len(LABELS))
        return cls(vocab, weights, np.array(data["bias"], dtype=np.float32))

    def save(self, path: Path, meta: dict[str, object] | None = None, prune: float = 0.0) -> None:
        """Write the model as JSON; features whose weights are all below ``prune`` in
        magnitude are left out (they barely move a score and cost load time)."""
        feats = sorted(self.vocab, key=self.vocab.__getitem__)
        if prune > 0:
            feats = [f for f in feats if float(np.abs(self.weights[self.vocab[f]]).max()) >= prune]
        rows = [[round(float(x), 4) for x in self.weights[self.vocab[f]]] for f in feats]
        data = {
            "labels": list(LABELS),
            "meta": meta or {},
            "bias": [round(float(x), 4) for x in self.bias],
            "features": feats,
            "weights": rows,
        }
        with path.open("w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
            fh.write("\n")

    def logits(
        self, feats: Iterable[str], offsets: Sequence[float] | np.ndarray | None = None
    ) -> np.ndarray:
        out = self.bias.copy()
        idx = [self.vocab[f] for f in feats if f in self.vocab]
        if idx:
            out += self.weights[idx].sum(axis=0)
        if offsets is not None:
            out += np.asarray(offsets, dtype=np.float32)
        return out

    def proba(
        self, feats: Iterable[str], offsets: Sequence[float] | np.ndarray | None = None
    ) -> np.ndarray:
        z = self.logits(feats, offsets)
        z = z - z.max()
        ez = np.exp(z)
        return ez / ez.sum()


def train(
    rows: list[list[str]],
    targets: np.ndarray,
    offsets: np.ndarray,
    *,
    l2: float = 1e-3,
    epochs: int = 300,
    lr: float = 0.1,
    min_count: int = 1,
    seed: int = 0,
) -> InsightModel:
    """Fit by full-batch Adam. ``targets`` is (N, L) label distributions; ``offsets`` (N, L)."""
    counts: dict[str, int] = {}
    for feats in rows:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    n, nf, nl = len(rows), len(vocab), len(LABELS)
    # the design matrix kept sparse (feature index per occurrence): a dense one is rows x
    # features floats, over a gigabyte for the recap corpus
    flat = np.array([vocab[f] for feats in rows for f in feats if f in vocab], dtype=np.int64)
    row_of = np.repeat(
        np.arange(n), [sum(1 for f in feats if f in vocab) for feats in rows]
    ).astype(np.int64)
    rng = np.random.default_rng(seed)
    w = rng.normal(0, 0.01, size=(nf, nl)).astype(np.float32)
    b = np.zeros(nl, dtype=np.float32)
    mw, vw = np.zeros_like(w), np.zeros_like(w)
    mb, vb = np.zeros_like(b), np.zeros_like(b)
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, epochs + 1):
        z = np.zeros((n, nl), dtype=np.float32)
        np.add.at(z, row_of, w[flat])
        z += b + offsets
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - targets) / n
        gw = l2 * w
        np.add.at(gw, flat, g[row_of])
        gb = g.sum(axis=0)
        mw = b1 * mw + (1 - b1) * gw
        vw = b2 * vw + (1 - b2) * gw * gw
        mb = b1 * mb + (1 - b1) * gb
        vb = b2 * vb + (1 - b2) * gb * gb
        corr = math.sqrt(1 - b2**t) / (1 - b1**t)
        w -= lr * corr * mw / (np.sqrt(vw) + eps)
        b -= lr * corr * mb / (np.sqrt(vb) + eps)
    return InsightModel(vocab, w, b)


class EmbeddingHead:
    """Softmax head on the MiniLM sentence vector of a span and of the sentence before it
    (times ``context``), trained by ``scripts/train_insights.py`` and stored in
    ``pipelines/insight_embedding_head.json``. Its log-probabilities are mixed with the
    feature classifier's (``share`` of the head): on held-out recaps by other authors the
    sentence vector carries meaning the sparse features miss ("what matters in the role is
    ..." as skills), and the features keep the structure the vector misses (who speaks)."""

    def __init__(
        self, weights: np.ndarray, bias: np.ndarray, context: float, share: float, model_id: str
    ) -> None:
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float32)
        self.context = context
        self.share = share
        self.model_id = model_id

    @classmethod
    def load(cls, path: Path) -> EmbeddingHead:
        data = _read_weights(path)
        w = np.array(data["weights"], dtype=np.float32).reshape(-1, len(LABELS))
        return cls(
            w,
            np.array(data["bias"], dtype=np.float32),
            float(data["context"]),
            float(data["share"]),
            str(data["model_id"]),
        )

    def save(self, path: Path, meta: dict[str, object] | None = None) -> None:
        data = {
            "labels": list(LABELS),
            "model_id": self.model_id,
            "context": self.context,
            "share": self.share,
            "meta": meta or {},
            "bias": [round(float(x), 5) for x in self.bias],
            "weights": [round(float(x), 5) for x in self.weights.ravel()],
        }
        with path.open("w", encoding="utf-8") as fh:
            json.dump(data, fh, separators=(",", ":"))
            fh.write("\n")

    def inputs(self, own: np.ndarray, before: np.ndarray | None) -> np.ndarray:
        """The head's input row(s): the span's vector beside ``context`` times the previous
        sentence's (zeros at the start of a recap)."""
        if before is None:
            before = np.zeros_like(own)
        return np.concatenate([own, self.context * before], axis=-1)

    def log_proba(self, x: np.ndarray) -> np.ndarray:
        z = x @ self.weights + self.bias
        z = z - z.max(axis=-1, keepdims=True)
        return z - np.log(np.exp(z).sum(axis=-1, keepdims=True))


def fit_dense(
    x: np.ndarray, targets: np.ndarray, *, l2: float = 1e-4, epochs: int = 400, lr: float = 0.05
) -> tuple[np.ndarray, np.ndarray]:
    """Softmax regression on dense rows by full-batch Adam (zero start, so deterministic)."""
    n, d = x.shape
    k = targets.shape[1]
    w = np.zeros((d, k), np.float32)
    b = np.zeros(k, np.float32)
    m = [np.zeros_like(w), np.zeros_like(b)]
    v = [np.zeros_like(w), np.zeros_like(b)]
    for t in range(1, epochs + 1):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - targets) / n
        grads = [x.T @ g + l2 * w, g.sum(axis=0)]
        for i, (param, grad) in enumerate(zip((w, b), grads, strict=True)):
            m[i] = 0.9 * m[i] + 0.1 * grad
            v[i] = 0.999 * v[i] + 0.001 * grad * grad
            param -= lr * (m[i] / (1 - 0.9**t)) / (np.sqrt(v[i] / (1 - 0.999**t)) + 1e-8)
    return w, b
