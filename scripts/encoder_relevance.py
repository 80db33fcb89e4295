"""Score any sentence encoder on the development relevance sets, vector only.

Is a stronger embedding model worth shipping? This answers it on the same questions as
``benchmarks/search.py`` and ``scripts/query_experiments.py``: each relevance set of
``tests/`` is seeded once (real SQLite, no vectors); each encoder embeds every insight the
way :func:`debrief.embed.embed_insights` does (the mean of the insight with its context and
the bare sentence, unit length) and every question as typed; insights are ranked by cosine
alone (no keyword list, no topics, no category prior, no query adapter), and recall@10 /
nDCG@10 are printed overall, on paraphrased questions and on names/phrases.

Two reference rows come first: the shipped int8 MiniLM scored the same way, and MiniLM with
the shipped query adapter (the question's vector through it, as ``debrief search`` does
before the topic blend). A row of ``hybrid.search(mode="vector")`` ties these to the
relevance tables of docs/search-history.md (it also blends topics).

Encoders are given as ``KIND:PATH[,key=value...]``:

- ``minilm``: the shipped model (``debrief.embed``);
- ``bert:MODEL.safetensors``: any BERT in float32/float16 safetensors, run by a numpy BERT
  here (layers and heads from ``config=`` or the ``config.json`` beside it);
- ``onnx:MODEL.onnx``: any BERT-like ONNX graph run by onnxruntime (output 0 pooled here);
- ``static:MODEL.safetensors``: a model2vec-style static model (token vectors averaged);
- ``py:MODULE:NAME``: a package's own runtime (a function of texts; a class, or with
  ``factory=1`` a function, that makes a model with ``encode``/``embed``), importable
  from ``PYTHONPATH`` (``pip install --target DIR`` keeps the venv as it is).

Keys: ``tokenizer=`` (a tokenizer.json; default: beside the model), ``pool=mean|cls``,
``query=``/``doc=`` (prefixes some models want, e.g. ``query=query: ,doc=passage: ``),
``name=`` (the row's label), ``maxlen=`` (tokens, default 256). Set OPENBLAS_NUM_THREADS=1
on a shared machine: the numpy BERT's small products thrash with threads (34 ms of CPU a
sentence for a 6-layer model with one).

    PYTHONPATH=$PWD .venv/bin/python scripts/encoder_relevance.py
    PYTHONPATH=$PWD .venv/bin/python scripts/encoder_relevance.py \\
        bert:DIR/model.safetensors,pool=cls,name=bge-small

Nothing here is used by debrief itself; no model is downloaded.
"""

from __future__ import annotations

import argparse
import json
import struct
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

SETS = ("relevance", "relevance_dev2", "relevance_dev3")
Encoder = Callable[[list[str]], np.ndarray]


def _unit(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float32)
    return m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-12)


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Every float tensor of a safetensors file, as float32 (no torch, no safetensors pkg)."""
    return parse_safetensors(path.read_bytes())


def parse_safetensors(raw: bytes) -> dict[str, np.ndarray]:
    """Every float tensor of safetensors bytes (a file, or one read from an archive)."""
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + n])
    kinds = {"F32": np.float32, "F16": np.float16, "BF16": None, "I8": np.int8}
    out: dict[str, np.ndarray] = {}
    for name, info in header.items():
        if name == "__metadata__" or info["dtype"] not in kinds:
            continue
        a, b = info["data_offsets"]
        buf = raw[8 + n + a : 8 + n + b]
        if info["dtype"] == "BF16":
            arr = (np.frombuffer(buf, dtype=np.uint16).astype(np.uint32) << 16).view(np.float32)
        else:
            arr = np.frombuffer(buf, dtype=kinds[info["dtype"]]).astype(np.float32)
        out[name] = arr.reshape(info["shape"])
    return out


def _int_tensor(path: Path, name: str) -> np.ndarray | None:
    """One integer tensor of a safetensors file (``read_safetensors`` keeps floats only)."""
    raw = path.read_bytes()
    (n,) = struct.unpack("<Q", raw[:8])
    info = json.loads(raw[8 : 8 + n]).get(name)
    if not info or info["dtype"] not in ("I64", "I32"):
        return None
    a, b = info["data_offsets"]
    kind = np.int64 if info["dtype"] == "I64" else np.int32
    return np.frombuffer(raw[8 + n + a : 8 + n + b], dtype=kind).reshape(info["shape"])


def _tokenizer(path: Path, maxlen: int) -> Any:
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(path))
    tok.enable_truncation(max_length=maxlen)
    tok.no_padding()
    return tok


def _ln(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * w + b


def _erf(x: np.ndarray) -> np.ndarray:
    """Abramowitz & Stegun 7.1.26 (error under 1.5e-7), vectorised; no scipy here."""
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    return np.sign(x) * (1.0 - poly * np.exp(-a * a))


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + _erf(x / np.sqrt(2.0)))


def numpy_bert(
    t: dict[str, np.ndarray], *, layers: int, heads: int, eps: float = 1e-12, pool: str = "mean"
) -> Callable[[list[int]], np.ndarray]:
    """A numpy BERT (post-LayerNorm, GELU, absolute positions) over weights named as in
    Hugging Face's ``BertModel`` (no ``bert.`` prefix): token ids -> the last hidden states
    pooled (their mean, or [CLS] with ``pool="cls"``), not normalised. The one numpy BERT of
    the measuring scripts: ``benchmarks/embedding_model.py`` runs the float32 MiniLM with it."""
    dh = t["encoder.layer.0.attention.self.query.weight"].shape[0] // heads

    def one(ids: list[int]) -> np.ndarray:
        x = (
            t["embeddings.word_embeddings.weight"][ids]
            + t["embeddings.position_embeddings.weight"][: len(ids)]
            + t["embeddings.token_type_embeddings.weight"][0]
        )
        x = _ln(x, t["embeddings.LayerNorm.weight"], t["embeddings.LayerNorm.bias"], eps)
        for i in range(layers):
            p = f"encoder.layer.{i}."

            def lin(v: np.ndarray, name: str, p: str = p) -> np.ndarray:
                return v @ t[p + name + ".weight"].T + t[p + name + ".bias"]

            q = lin(x, "attention.self.query").reshape(-1, heads, dh).transpose(1, 0, 2)
            k = lin(x, "attention.self.key").reshape(-1, heads, dh).transpose(1, 0, 2)
            v = lin(x, "attention.self.value").reshape(-1, heads, dh).transpose(1, 0, 2)
            s = q @ k.transpose(0, 2, 1) / np.sqrt(dh)
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            a = (s @ v).transpose(1, 0, 2).reshape(-1, heads * dh)
            x = _ln(
                x + lin(a, "attention.output.dense"),
                t[p + "attention.output.LayerNorm.weight"],
                t[p + "attention.output.LayerNorm.bias"],
                eps,
            )
            x = _ln(
                x + lin(_gelu(lin(x, "intermediate.dense")), "output.dense"),
                t[p + "output.LayerNorm.weight"],
                t[p + "output.LayerNorm.bias"],
                eps,
            )
        return x[0] if pool == "cls" else x.mean(0)

    return one


def bert_encoder(model: Path, opts: dict[str, str]) -> Encoder:
    """:func:`numpy_bert` over a safetensors file, its ``config.json`` and tokenizer."""
    t = read_safetensors(model)
    prefix = next(
        (p for p in ("bert.", "model.", "") if p + "embeddings.word_embeddings.weight" in t), ""
    )
    t = {k[len(prefix) :]: v for k, v in t.items() if k.startswith(prefix)}
    config = json.loads(Path(opts.get("config", model.parent / "config.json")).read_text())
    one = numpy_bert(
        t,
        layers=int(config["num_hidden_layers"]),
        heads=int(config["num_attention_heads"]),
        eps=float(config.get("layer_norm_eps", 1e-12)),
        pool=opts.get("pool", "mean"),
    )
    tok = _tokenizer(
        Path(opts.get("tokenizer", model.parent / "tokenizer.json")), int(opts.get("maxlen", 256))
    )

    def encode(texts: list[str]) -> np.ndarray:
        return _unit(np.stack([one(e.ids) for e in tok.encode_batch(texts)]))

    return encode


def onnx_encoder(model: Path, opts: dict[str, str]) -> Encoder:
    """Any BERT-like ONNX graph (input_ids, attention_mask[, token_type_ids]) by onnxruntime."""
    from debrief.embed import _quiet_onnxruntime

    ort = _quiet_onnxruntime()
    session = ort.InferenceSession(str(model), providers=["CPUExecutionProvider"])
    names = {i.name for i in session.get_inputs()}
    tok = _tokenizer(
        Path(opts.get("tokenizer", model.parent / "tokenizer.json")), int(opts.get("maxlen", 256))
    )
    pool = opts.get("pool", "mean")

    def encode(texts: list[str]) -> np.ndarray:
        out = []
        for e in tok.encode_batch(texts):
            ids = np.array([e.ids], dtype=np.int64)
            feed = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
            if "token_type_ids" in names:
                feed["token_type_ids"] = np.zeros_like(ids)
            hidden = session.run(None, feed)[0]
            hidden = hidden[0] if hidden.ndim == 3 else hidden
            out.append(
                hidden if hidden.ndim == 1 else (hidden[0] if pool == "cls" else hidden.mean(0))
            )
        return _unit(np.stack(out))

    return encode


def static_encoder(model: Path, opts: dict[str, str]) -> Encoder:
    """A model2vec-style static model: the mean of its token vectors (no [CLS]/[SEP])."""
    t = read_safetensors(model)
    table = t.get("embeddings", next(iter(t.values())))
    weights = t.get("weights")
    # A vocabulary-quantised model maps each token id to a shared row ("mapping", int64).
    mapping = _int_tensor(model, "mapping")
    tok = _tokenizer(
        Path(opts.get("tokenizer", model.parent / "tokenizer.json")), int(opts.get("maxlen", 512))
    )
    special = {tok.token_to_id(s) for s in ("[CLS]", "[SEP]", "[PAD]", "<s>", "</s>")} - {None}

    def encode(texts: list[str]) -> np.ndarray:
        out = []
        for e in tok.encode_batch(texts, add_special_tokens=False):
            ids = [i for i in e.ids if i not in special] or [0]
            rows = table[ids if mapping is None else mapping[ids]]
            if weights is not None:
                rows = rows * weights[ids][:, None]
            out.append(rows.mean(0))
        return _unit(np.stack(out))

    return encode


def python_encoder(target: str, opts: dict[str, str]) -> Encoder:
    """``module:name`` on the path (``name`` may be dotted): a function of a list of texts;
    or, with ``factory=1`` or a class, what it returns when called without arguments, whose
    ``encode`` (or ``embed``) takes the texts. E.g. a package's own runtime."""
    import importlib
    import inspect

    module, _, name = target.partition(":")
    found: Any = importlib.import_module(module)
    for part in name.split("."):
        found = getattr(found, part)
    if inspect.isclass(found) or opts.get("factory"):
        model = found()
        found = getattr(model, "encode", None) or model.embed
    return lambda texts: _unit(np.asarray(found(list(texts)), dtype=np.float32))


def minilm_encoder() -> Encoder:
    from debrief import embed

    return lambda texts: _unit(embed.embed(texts))


def parse(spec: str) -> tuple[str, Encoder, dict[str, str]]:
    kind, _, rest = spec.partition(":")
    path, *pairs = rest.split(",") if rest else [""]
    opts = dict(p.split("=", 1) for p in pairs)
    label = opts.get("name", kind if kind == "minilm" else Path(path).parent.name or path)
    makers: dict[str, Callable[[Path, dict[str, str]], Encoder]] = {
        "bert": bert_encoder,
        "onnx": onnx_encoder,
        "static": static_encoder,
    }
    if kind == "minilm":
        return label, minilm_encoder(), opts
    if kind == "py":
        return opts.get("name", path), python_encoder(path, opts), opts
    if kind not in makers:
        sys.exit(f"unknown encoder kind {kind!r} (minilm, bert, onnx, static, py)")
    return label, makers[kind](Path(path), opts), opts


class Sets:
    """The relevance sets seeded once: each set's insight rows, keys and questions."""

    def __init__(self) -> None:
        from relevance.evaluate import load, seed

        from debrief.store import Store
        from debrief.store import vectors as vstore

        self.tmp = tempfile.TemporaryDirectory()
        self.data: dict[str, dict[str, Any]] = {}
        for name in SETS:
            folder = ROOT / "tests" / name
            store = Store(Path(self.tmp.name) / f"{name}.db")
            keys = seed(store, embed_vectors=False, folder=folder)
            rows = vstore.missing(store, "none")
            _, questions = load(folder)
            asked = [q for q in questions if q["relevant"]]
            self.data[name] = {"store": store, "keys": keys, "rows": rows, "questions": asked}

    def close(self) -> None:
        for d in self.data.values():
            d["store"].close()
        self.tmp.cleanup()


KINDS: list[tuple[str, tuple[str, ...] | None]] = [
    ("all", None),
    ("paraphrase", ("paraphrase",)),
    ("names/phrases", ("named", "phrase")),
]


def score(questions: list[dict[str, Any]], ranked: list[list[str]]) -> list[tuple[float, float]]:
    """(recall@10, nDCG@10) per kind of question, as tests/relevance/evaluate.py counts them."""
    from relevance.evaluate import ndcg_at, recall_at

    out = []
    for _, only in KINDS:
        pairs = [
            (recall_at(r, q["relevant"]), ndcg_at(r, q["relevant"]))
            for q, r in zip(questions, ranked, strict=True)
            if not only or q["kind"] in only
        ]
        n = len(pairs) or 1
        out.append((sum(p[0] for p in pairs) / n, sum(p[1] for p in pairs) / n))
    return out


def rank_by(
    sets: Sets,
    encode: Encoder,
    opts: dict[str, str],
    adapt: Callable[[np.ndarray], np.ndarray] | None = None,
) -> dict[str, list[tuple[float, float]]]:
    from debrief.embed import insight_text

    doc, query = opts.get("doc", ""), opts.get("query", "")
    results = {}
    for name, d in sets.data.items():
        rows = d["rows"]
        context = [
            insight_text(
                r["text"],
                category=r["category"],
                contact=r["contact"],
                title=r["title"],
                company=r["company"],
            )
            for r in rows
        ]
        bare = [str(r["text"]).strip() for r in rows]
        vectors = _unit(encode([doc + t for t in context]) + encode([doc + t for t in bare]))
        qv = encode([query + q["q"] for q in d["questions"]])
        if adapt is not None:
            qv = _unit(np.stack([adapt(v) for v in qv]))
        keys = [d["keys"][int(r["id"])] for r in rows]
        ranked = [[keys[i] for i in np.argsort(-(vectors @ v), kind="stable")[:10]] for v in qv]
        results[name] = score(d["questions"], ranked)
    return results


def search_vector_mode(sets: Sets) -> dict[str, list[tuple[float, float]]]:
    """``hybrid.search(mode="vector")`` as shipped (adapter and topic blend): the row of
    docs/search-history.md's tables."""
    from functools import partial

    from relevance.evaluate import evaluate

    from debrief.ask import hybrid
    from debrief.ask.indexing import ensure_vectors

    out = {}
    for name, d in sets.data.items():
        ensure_vectors(d["store"])
        rank = partial(hybrid.search, d["store"], limit=10, mode="vector")
        folder = ROOT / "tests" / name
        cells = []
        for _, only in KINDS:
            r = evaluate(d["store"], d["keys"], rank, only, folder=folder)
            cells.append((r["recall"], r["ndcg"]))
        out[name] = cells
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("encoders", nargs="*", help="KIND:PATH[,key=value...] (see the docstring)")
    parser.add_argument("--no-reference", action="store_true", help="skip the MiniLM rows")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)

    sets = Sets()
    header = f"{'encoder':<34}" + "".join(f"{s.replace('relevance', 'rel'):>30}" for s in SETS)
    print(header)
    print(f"{'':<34}" + "".join(f"{'all   para  names R@10/nDCG':>30}" for _ in SETS))
    found: dict[str, Any] = {}

    def show(label: str, res: dict[str, list[tuple[float, float]]]) -> None:
        found[label] = res
        cells = [" ".join(f"{r:.2f}/{n:.2f}" for r, n in res[s]) for s in SETS]
        print(f"{label:<34}" + "".join(f"{c:>30}" for c in cells), flush=True)

    if not args.no_reference:
        from debrief.ask import question

        minilm = minilm_encoder()
        show("MiniLM int8 (shipped)", rank_by(sets, minilm, {}))
        if question.query_adapter() is not None:
            show("MiniLM + query adapter", rank_by(sets, minilm, {}, adapt=question.adapt))
        show("search --mode vector (+topics)", search_vector_mode(sets))
    for spec in args.encoders:
        label, encode, opts = parse(spec)
        show(label, rank_by(sets, encode, opts))
    if args.json:
        args.json.write_text(json.dumps(found, indent=1))
    sets.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
