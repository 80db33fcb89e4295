"""The question side of search by meaning: what a question is about, and its vector.

- the word lists, topics and category names of ``pipelines/ask.toml`` a query touches
  (:func:`ask_data`, :func:`topics_of`, :func:`categories_named`, :func:`content_words`);
- the zero-shot category guess (:func:`likely_category`) from the category descriptions'
  vectors, saved once in ``pipelines/embedding/category_vectors.json``;
- the question's vector (:func:`question_vector`, cached in the store) and that vector
  blended with the topics it touches (:func:`query_vector`).

:mod:`debrief.ask.hybrid` ranks and fuses with these.
"""

from __future__ import annotations

import contextlib
import re
from functools import lru_cache
from typing import Any

from debrief.config import cue_file, data_file
from debrief.store import Store
from debrief.store import vectors as vstore

WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)


def ask_toml() -> dict[str, Any]:
    """``pipelines/ask.toml`` as parsed, once (:func:`debrief.config.cue_file`): read it,
    never change it."""
    return cue_file("ask.toml")


@lru_cache(maxsize=1)
def ask_data() -> dict[str, set[str]]:
    """Word lists of ``pipelines/ask.toml`` (stopwords, polarity words, negators)."""
    return {k: set(str(v).lower().split()) for k, v in ask_toml().items() if isinstance(v, str)}


def topics_of(query: str) -> list[str]:
    """Descriptions of the ``[topics]`` of ``pipelines/ask.toml`` the query touches."""
    words = [w.lower() for w in WORD.findall(query)]
    joined = "-".join(words)
    found = []
    for topic in ask_toml().get("topics", {}).values():
        triggers = str(topic["triggers"]).lower().split()
        if any(w.startswith(t) for t in triggers if "-" not in t for w in words) or any(
            "-" in t and t in joined for t in triggers
        ):
            found.append(str(topic["description"]))
    return found


def categories_named(query: str) -> set[str]:
    """Question categories a query word names (``[categories]`` of ``pipelines/ask.toml``)."""
    words = {w.lower() for w in WORD.findall(query)}
    joined = "-".join(w.lower() for w in WORD.findall(query))
    found = set()
    for category, names in ask_toml().get("categories", {}).items():
        for name in str(names).lower().split():
            if name in words or ("-" in name and name in joined):
                found.add(category)
    return found


#: Weight of a topic description blended into the question's vector (see topics_of).
TOPIC_WEIGHT = 0.7
#: Zero-shot category prior: the category whose description (``[category_descriptions]``
#: of ``pipelines/ask.toml``) is nearest the question, when its cosine reaches this, ranks
#: its insights among the meaning list's candidates as a list of their own (weight
#: WEIGHTS["category"]).
CATEGORY_PRIOR_MIN = 0.4


#: The descriptions' vectors, made once (``python -m debrief.ask.hybrid``) so that a search
#: does not embed nine sentences (45 ms) at every start; used only while they match the
#: descriptions and the model (else they are embedded on first use, as before).
CATEGORY_VECTORS = ("pipelines", "embedding", "category_vectors.json")


def _category_key(names: list[str], texts: list[str]) -> str:
    import hashlib

    from debrief import embed

    blob = "\n".join([embed.MODEL_ID, *(f"{n}={t}" for n, t in zip(names, texts, strict=True))])
    return hashlib.sha256(blob.encode()).hexdigest()


@lru_cache(maxsize=1)
def _category_vectors() -> tuple[list[str], Any]:
    """The categories of ``[category_descriptions]`` and their descriptions' vectors."""
    import json

    import numpy as np

    from debrief import embed

    found = ask_toml().get("category_descriptions", {})
    names = list(found)
    texts = [str(found[n]) for n in names]
    try:
        saved = json.loads(data_file(*CATEGORY_VECTORS).read_text())
        if saved["key"] == _category_key(names, texts):
            return names, np.array(saved["vectors"], dtype=np.float32)
    except (OSError, ValueError, KeyError):
        pass
    return names, embed.embed(texts)


def write_category_vectors() -> None:
    """Embed the category descriptions and save them (see :data:`CATEGORY_VECTORS`)."""
    import json

    from debrief import embed

    found = ask_toml().get("category_descriptions", {})
    names = list(found)
    texts = [str(found[n]) for n in names]
    vectors = [[round(float(x), 6) for x in v] for v in embed.embed(texts)]
    path = data_file(*CATEGORY_VECTORS)
    path.write_text(json.dumps({"key": _category_key(names, texts), "vectors": vectors}) + "\n")


def likely_category(query: str, vector: Any = None) -> str | None:
    """The question category the query is about, if its description is near enough.

    ``vector``: the query's own (unblended) vector, if already made."""
    import numpy as np

    from debrief import embed

    names, vectors = _category_vectors()
    if not names or not query.strip():
        return None
    sims = vectors @ (embed.embed_query(query) if vector is None else vector)
    best = int(np.argmax(sims))
    return names[best] if float(sims[best]) >= CATEGORY_PRIOR_MIN else None


@lru_cache(maxsize=64)
def _topic_vector(description: str) -> Any:
    """The vector of a topic description: kept in the model cache directory (the texts are
    pipelines/ask.toml's, nothing of the user's), so a search process does not run the
    model on a 25-token description each time a question touches a topic."""
    import hashlib

    import numpy as np

    from debrief import embed, minilm

    key = hashlib.sha256(f"{embed.MODEL_ID}|{description}".encode()).hexdigest()[:16]
    path = minilm.cache_dir() / f"topic-{key}.npy"
    try:
        vector = np.load(path)
        if vector.shape == (embed.DIM,):
            return vector
    except (OSError, ValueError):
        pass
    vector = embed.embed_query(description)
    with contextlib.suppress(OSError):  # not cached: computed again by the next process
        minilm.save_array(path, vector)
    return vector


#: The query adapter: a matrix trained on job seekers' questions and the insights that answer
#: them (``scripts/train_query_adapter.py``), applied to a question's MiniLM vector before it
#: is compared with the insights' (unchanged) vectors, with a calibration of the cosines it
#: gives back to MiniLM's scale (so the similarity floors of search and ``debrief ask`` keep
#: their meaning). Used only while it was trained for the current model (its ``meta``);
#: without it, questions are compared as MiniLM embeds them.
QUERY_ADAPTER = ("pipelines", "embedding", "query_adapter.npz")


@lru_cache(maxsize=1)
def _adapter_file() -> dict[str, Any] | None:
    """The adapter's arrays (``W``, ``knots_adapted``, ``knots_minilm``; float32), or None.

    Read from a plain ``.npy`` copy in the model cache directory (:func:`_adapter_cached`)
    when there is one: the shipped ``.npz`` is deflated, and unzipping it (with zipfile's
    import) took 9 ms of every search (issue 16); the copy is read in a fraction of one."""
    import json

    import numpy as np

    from debrief import embed

    path = data_file(*QUERY_ADAPTER)
    cached = _adapter_cached(path)
    if cached is not None:
        return cached
    try:
        with np.load(path) as saved:
            meta = json.loads(str(saved["meta"]))
            found = {
                k: np.ascontiguousarray(saved[k], dtype=np.float32)
                for k in saved.files
                if k != "meta"
            }
    except (OSError, ValueError, KeyError):
        return None
    if meta.get("model") != embed.MODEL_ID or found["W"].shape != (embed.DIM, embed.DIM):
        return None
    _cache_adapter(path, found)
    return found


#: The arrays of the adapter the cached copy holds, in its order (all the search reads).
_ADAPTER_PARTS = ("W", "knots_adapted", "knots_minilm")


def _adapter_cache_path(path: Any) -> Any:
    """Where the plain copy of the adapter file ``path`` lives: keyed by its path, size and
    modification time and the model (a new or retrained adapter gets a new copy)."""
    import hashlib

    from debrief import embed, minilm

    st = path.stat()
    text = f"{embed.MODEL_ID}|{path.resolve()}|{st.st_size}|{st.st_mtime_ns}"
    return minilm.cache_dir() / f"adapter-{hashlib.sha256(text.encode()).hexdigest()[:16]}.npy"


def _adapter_cached(path: Any) -> dict[str, Any] | None:
    """The adapter's arrays from the plain copy (written by :func:`_cache_adapter` once the
    ``.npz`` was checked), or None when there is none."""
    import numpy as np

    from debrief import embed

    try:
        flat = np.load(_adapter_cache_path(path))
    except (OSError, ValueError):
        return None
    # [n, W (DIM x DIM), knots_adapted (n), knots_minilm (n)], float32
    square = embed.DIM * embed.DIM
    n = int(flat[0]) if flat.ndim == 1 and len(flat) else -1
    if flat.dtype != np.float32 or n < 0 or len(flat) != 1 + square + 2 * n:
        return None
    return {
        "W": flat[1 : 1 + square].reshape(embed.DIM, embed.DIM),
        "knots_adapted": flat[1 + square : 1 + square + n],
        "knots_minilm": flat[1 + square + n :],
    }


def _cache_adapter(path: Any, found: dict[str, Any]) -> None:
    """Keep a plain copy of a checked adapter (a cache: any failure is only a slower read)."""
    import numpy as np

    from debrief import minilm

    if set(found) != set(_ADAPTER_PARTS):
        return  # another layout: read from the .npz each time, as before
    knots = found["knots_adapted"], found["knots_minilm"]
    if any(k.ndim != 1 for k in knots) or len(knots[0]) != len(knots[1]):
        return
    n = len(knots[0])
    flat = np.concatenate(
        [np.array([n], dtype=np.float32), *(found[k].reshape(-1) for k in _ADAPTER_PARTS)]
    ).astype(np.float32)
    with contextlib.suppress(OSError):  # no copy: the .npz is read again next time
        minilm.save_array(_adapter_cache_path(path), flat)


def query_adapter() -> Any:
    """The adapter matrix (float32, DIM x DIM), or None when absent or of another model."""
    found = _adapter_file()
    return None if found is None else found["W"]


def calibration() -> tuple[Any, Any] | None:
    """(adapted, minilm): matching quantiles of the cosines of the training questions with
    the insights of their recap files, through the adapter and without it; None without an
    adapter."""
    found = _adapter_file()
    if found is None or query_adapter() is None:
        return None
    return found["knots_adapted"], found["knots_minilm"]


def adapt(raw: Any) -> Any:
    """``raw`` (a question's MiniLM unit vector) through the query adapter, as a unit vector."""
    import numpy as np

    matrix = query_adapter()
    if matrix is None:
        return raw
    v = matrix @ raw
    return v / max(float(np.linalg.norm(v)), 1e-12)


def calibrate(scores: Any) -> Any:
    """Cosines of an adapted question, mapped to MiniLM's scale (monotone: the order is
    kept): a cosine at the q-quantile of the adapted training cosines becomes the q-quantile
    of MiniLM's. The adapter spreads cosines lower (an answer at 0.3 for MiniLM comes out
    near 0.24), which would push answers under the floors calibrated on MiniLM's cosines."""
    import numpy as np

    knots = calibration()
    if knots is None:
        return scores
    return np.interp(scores, knots[0], knots[1]).astype(np.float32)


def question_vector(query: str, store: Store | None = None) -> Any:
    """The question's own unit vector as MiniLM embeds it (:func:`debrief.embed.embed_query`:
    the numpy model, no onnxruntime, or onnxruntime when it cannot run): no topic blended,
    no query adapter (:func:`query_vector` does both).

    With ``store``, it is looked up in (and added to) the store's cache of recent questions
    (:func:`debrief.store.vectors.query_vector_cached`), keyed by a hash of the model id and
    the question as the tokenizer sees it (case and spacing normalised): a repeated question
    does not load or run the model. The cache holds MiniLM's vector; the adapter is applied
    after it (microseconds), so a changed adapter never meets a stale cached vector.
    """
    from debrief import embed

    if store is None:
        return embed.embed_query(query)
    import hashlib

    # Only what the tokenizer ignores is normalised: ASCII spacing and case.
    seen = re.sub(r"[ \t\n\r]+", " ", query.strip(" \t\n\r")).lower()
    key = hashlib.sha256(f"{embed.MODEL_ID}\0{seen}".encode()).hexdigest()
    raw = vstore.query_vector_cached(store, key)
    if raw is None or raw.shape != (embed.DIM,):
        raw = embed.embed_query(query)
        vstore.cache_query_vector(store, key, raw)
    return raw


def query_vector(
    query: str,
    raw: Any = None,
    *,
    blend: bool = True,
    adapted: bool = True,
) -> Any:
    """The unit vector a question is compared with the insights by: its MiniLM vector
    through the query adapter (``adapted``, :func:`adapt`: the one place it is applied),
    then blended with the topics it touches (``blend``; the topics' descriptions as MiniLM
    embeds them).

    ``raw``: the question's own vector (:func:`question_vector`), if already made."""
    import numpy as np

    if raw is None:
        raw = question_vector(query)
    v = adapt(raw) if adapted else raw
    topics = topics_of(query) if blend else []
    if not topics:
        return v
    v = v + TOPIC_WEIGHT * np.mean([_topic_vector(t) for t in topics], 0)
    return v / max(float(np.linalg.norm(v)), 1e-12)


def content_words(query: str) -> list[str]:
    """The query's words minus question words and filler, in order, without repeats."""
    stop = ask_data()["stopwords"]
    seen: list[str] = []
    for w in WORD.findall(query.lower()):
        if w not in stop and w not in seen and len(w) > 1:
            seen.append(w)
    return seen
