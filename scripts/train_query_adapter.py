"""Train the query adapter of search by meaning: a matrix applied to a question's vector.

all-MiniLM-L6-v2 puts "can I work from home" far from "hybrid, three days on campus": it was
not trained on what answers a job seeker's question. The adapter is a 384x384 matrix ``W``
(identity plus a learned change) applied to the question's MiniLM vector only, so the stored
insight vectors stay as they are (nothing is re-embedded): a question ranks insights by the
cosine of ``normalise(W q)`` with each insight's vector.

The adapter is applied to the question's MiniLM vector before it is blended with the topics
it touches (``[topics]`` of ``pipelines/ask.toml``); trained after the blend instead, it did
worse on both relevance sets.

Data (all in the repo, none of the relevance sets in tests/):

- ``pipelines/ask_training/questions-*.jsonl``: questions a job seeker would type, each with
  every insight of one training recap file (``pipelines/training/``) that answers it;
- optionally (``--category-questions``) the questions of ``pipelines/questions.toml``, each
  paired with the insights of its category in every training file.

Insights are embedded exactly as at filing (:func:`debrief.embed.embed_insights`, with who
said them); questions as a search embeds them. The loss is a softmax over all the insights of
the question's recap file (the others are its negatives) at temperature ``--tau``, averaged
over its relevant insights, plus ``--decay`` times the squared distance of ``W`` from the
identity; full-batch Adam in numpy.

    .venv/bin/python scripts/train_query_adapter.py --folds 5      # cross-validated figures
    .venv/bin/python scripts/train_query_adapter.py                # writes the adapter
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Small matrices: BLAS threads only contend on a shared machine (10x slower under load).
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TRAINING = ROOT / "pipelines" / "training"
QUESTIONS = ROOT / "pipelines" / "ask_training"
OUT = ROOT / "pipelines" / "embedding" / "query_adapter.npz"
K = 10


@dataclass
class RecapFile:
    """One training recap file: its insights (with context) and their vectors."""

    name: str
    rows: list[dict[str, Any]]
    index: dict[tuple[str, str], int]
    vectors: Any = None


@dataclass
class Pairs:
    """Questions with the indices of their relevant insights in their file."""

    texts: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    relevant: list[list[int]] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    vectors: Any = None

    def subset(self, keep: list[int]) -> Pairs:
        out = Pairs(
            [self.texts[i] for i in keep],
            [self.files[i] for i in keep],
            [self.relevant[i] for i in keep],
            [self.kinds[i] for i in keep],
        )
        out.vectors = self.vectors[keep] if self.vectors is not None else None
        return out

    def __add__(self, other: Pairs) -> Pairs:
        out = Pairs(
            self.texts + other.texts,
            self.files + other.files,
            self.relevant + other.relevant,
            self.kinds + other.kinds,
        )
        if self.vectors is not None and other.vectors is not None:
            out.vectors = np.concatenate([self.vectors, other.vectors])
        return out


def _cached(tag: str, texts: list[str], compute: Any, cache: Path) -> Any:
    """Vectors of ``texts`` from ``cache`` (keyed by the model id and the texts) or computed."""
    from debrief import embed

    key = hashlib.sha256("\0".join([embed.MODEL_ID, tag, *texts]).encode()).hexdigest()[:20]
    path = cache / f"{tag}-{key}.npy"
    if path.exists():
        return np.load(path)
    vectors = compute()
    cache.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


def recap_rows(name: str) -> list[dict[str, Any]]:
    """The insights of a training recap file with the context they are embedded with."""
    rows: list[dict[str, Any]] = []
    for line in (TRAINING / name).read_text().splitlines():
        if not line.strip():
            continue
        recap = json.loads(line)
        contact = recap.get("contact") or {}
        for ins in recap.get("insights", []):
            rows.append(
                {
                    "id": recap["id"],
                    "text": ins["text"],
                    "category": ins["category"],
                    "contact": contact.get("name"),
                    "title": contact.get("title"),
                    "company": contact.get("company"),
                }
            )
    return rows


def load_recaps(name: str, cache: Path) -> RecapFile:
    """A training recap file's insights, embedded as at filing."""
    from debrief import embed

    rows = recap_rows(name)
    index: dict[tuple[str, str], int] = {}
    for i, row in enumerate(rows):
        index.setdefault((row["id"], row["text"]), i)
    blob = [json.dumps(r, sort_keys=True) for r in rows]
    vectors = _cached("insights", blob, lambda: embed.embed_insights(rows), cache)
    return RecapFile(name, rows, index, vectors)


def load_questions(paths: list[Path], recaps: dict[str, RecapFile], cache: Path) -> Pairs:
    """The written questions and the indices of their relevant insights."""
    pairs = Pairs()
    for path in paths:
        for n, line in enumerate(path.read_text().splitlines(), 1):
            if not line.strip():
                continue
            item = json.loads(line)
            recap = recaps.get(item["file"])
            if recap is None:
                sys.exit(f"{path.name}:{n}: unknown recap file {item['file']}")
            found = [recap.index.get((r["id"], r["text"])) for r in item["relevant"]]
            idx = sorted({i for i in found if i is not None})
            if not idx:
                continue
            pairs.texts.append(item["q"].strip())
            pairs.files.append(item["file"])
            pairs.relevant.append(idx)
            pairs.kinds.append(item.get("kind", "paraphrase"))
    pairs.vectors = embed_questions(pairs.texts, cache)
    return pairs


def category_questions(recaps: dict[str, RecapFile], cache: Path) -> Pairs:
    """Each question of ``pipelines/questions.toml`` -> the insights of its category."""
    data = tomllib.loads((ROOT / "pipelines" / "questions.toml").read_text())
    pairs = Pairs()
    for category, entry in data.items():
        for question in entry.get("questions", []):
            for recap in recaps.values():
                idx = [i for i, r in enumerate(recap.rows) if r["category"] == category]
                if idx:
                    pairs.texts.append(question)
                    pairs.files.append(recap.name)
                    pairs.relevant.append(idx)
                    pairs.kinds.append("category")
    pairs.vectors = embed_questions(pairs.texts, cache)
    return pairs


def embed_questions(texts: list[str], cache: Path) -> Any:
    """Question vectors as MiniLM embeds them for a search (before the adapter)."""
    from debrief import embed

    if not texts:
        return np.zeros((0, embed.DIM), dtype=np.float32)
    return _cached("questions", texts, lambda: embed.embed(texts), cache)


# -- the model --------------------------------------------------------------------------------


def apply(W: Any, q: Any) -> Any:
    """Unit rows of ``q @ W.T`` (the adapter on question vectors, one per row)."""
    u = q @ W.T
    return u / np.maximum(np.linalg.norm(u, axis=1, keepdims=True), 1e-12)


def _groups(pairs: Pairs) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i, f in enumerate(pairs.files):
        out.setdefault(f, []).append(i)
    return out


def loss_and_grad(
    W: Any, pairs: Pairs, recaps: dict[str, RecapFile], tau: float, weights: Any
) -> tuple[float, Any]:
    """Softmax loss over each question's file (mean over its relevant insights), and dL/dW."""
    grad = np.zeros_like(W)
    total = 0.0
    for name, rows in _groups(pairs).items():
        X = recaps[name].vectors  # (n, d)
        q = pairs.vectors[rows]  # (m, d)
        u = q @ W.T
        norm = np.maximum(np.linalg.norm(u, axis=1, keepdims=True), 1e-12)
        v = u / norm
        logits = (v @ X.T) / tau
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        target = np.zeros_like(p)
        for j, i in enumerate(rows):
            target[j, pairs.relevant[i]] = 1.0 / len(pairs.relevant[i])
        w = weights[rows][:, None]
        total += float(-(w * target * np.log(np.maximum(p, 1e-30))).sum())
        d_logits = w * (p - target) / tau  # (m, n)
        d_v = d_logits @ X  # (m, d)
        d_u = (d_v - (d_v * v).sum(axis=1, keepdims=True) * v) / norm
        grad += d_u.T @ q
    return total, grad


def train(
    pairs: Pairs,
    recaps: dict[str, RecapFile],
    *,
    tau: float = 0.1,
    decay: float = 0.01,
    steps: int = 150,
    lr: float = 0.001,
    rank: int = 0,
    seed: int = 0,
    scale: Any = None,
) -> Any:
    """The adapter matrix (d x d), identity plus a learned change (rank ``rank``; 0: full).

    Each question weighs ``1 / its file's question count`` times the number of files, so a
    file with many questions does not dominate; ``decay`` pulls W toward the identity
    (``decay * |W - I|^2`` over the mean loss). ``scale``: a further weight per question."""
    d = pairs.vectors.shape[1]
    counts = {f: n for f, n in ((f, pairs.files.count(f)) for f in set(pairs.files))}
    weights = np.array([1.0 / counts[f] for f in pairs.files])
    if scale is not None:
        weights = weights * np.asarray(scale, dtype=np.float64)
    weights *= len(pairs.files) / weights.sum()
    weights /= len(pairs.files)
    eye = np.eye(d, dtype=np.float64)
    rng = np.random.default_rng(seed)
    if rank:
        U = rng.normal(0, 1e-3, (d, rank))
        V = rng.normal(0, 1e-3, (d, rank))
        params = [U, V]
    else:
        params = [np.zeros((d, d))]
    m = [np.zeros_like(x) for x in params]
    s = [np.zeros_like(x) for x in params]
    b1, b2 = 0.9, 0.999
    for t in range(1, steps + 1):
        delta = params[0] @ params[1].T if rank else params[0]
        W = eye + delta
        _, g = loss_and_grad(W, pairs, recaps, tau, weights)
        g = g + 2 * decay * delta
        grads = [g @ params[1], g.T @ params[0]] if rank else [g]
        for k, (x, gk) in enumerate(zip(params, grads, strict=True)):
            m[k] = b1 * m[k] + (1 - b1) * gk
            s[k] = b2 * s[k] + (1 - b2) * gk * gk
            x -= lr * (m[k] / (1 - b1**t)) / (np.sqrt(s[k] / (1 - b2**t)) + 1e-8)
    delta = params[0] @ params[1].T if rank else params[0]
    return (eye + delta).astype(np.float32)


def evaluate(W: Any, pairs: Pairs, recaps: dict[str, RecapFile]) -> dict[str, float]:
    """Mean recall@10 and nDCG@10 of ranking each question's file by cosine (W None: raw)."""
    recall: list[float] = []
    ndcg: list[float] = []
    for name, rows in _groups(pairs).items():
        X = recaps[name].vectors
        q = pairs.vectors[rows]
        v = q if W is None else apply(W, q)
        order = np.argsort(-(v @ X.T), axis=1, kind="stable")[:, :K]
        for j, i in enumerate(rows):
            rel = set(pairs.relevant[i])
            top = list(order[j])
            recall.append(len(rel & set(top)) / min(len(rel), K))
            dcg = sum(1 / np.log2(r + 2) for r, x in enumerate(top) if x in rel)
            ideal = sum(1 / np.log2(r + 2) for r in range(min(len(rel), K)))
            ndcg.append(dcg / ideal)
    return {"recall": float(np.mean(recall)), "ndcg": float(np.mean(ndcg)), "n": len(recall)}


def folds_by_file(pairs: Pairs, k: int) -> list[list[str]]:
    """The recap files of the written questions in ``k`` groups (held out together)."""
    names = sorted(set(pairs.files))
    return [names[i::k] for i in range(k)]


def search_vectors(W: Any, pairs: Pairs) -> Any:
    """The questions' vectors as a search compares them: through ``W`` (None: none), then
    blended with the topics each touches (as :func:`debrief.ask.question.query_vector`)."""
    from debrief.ask import question

    v = pairs.vectors if W is None else apply(W, pairs.vectors)
    out = []
    for text, x in zip(pairs.texts, v, strict=True):
        topics = question.topics_of(text)
        if topics:
            x = x + question.TOPIC_WEIGHT * np.mean([question._topic_vector(t) for t in topics], 0)
            x = x / max(float(np.linalg.norm(x)), 1e-12)
        out.append(x)
    return np.array(out, dtype=np.float32)


#: Quantile levels of the calibration.
LEVELS = np.linspace(0, 1, 201)
#: The calibration matches the distributions of each question's TOP closest insights (where
#: the similarity floors act), not of all its cosines.
TOP = 20


def calibration(W: Any, pairs: Pairs, recaps: dict[str, RecapFile]) -> tuple[Any, Any]:
    """(adapted, minilm) knots: the same quantiles of the cosines of every question with the
    :data:`TOP` closest insights of its recap file, as a search makes them with the adapter
    and without it, with
    (-1, -1) and (1, 1) at the ends; strictly increasing, so the map keeps the order."""
    sims: dict[str, list[Any]] = {"adapted": [], "minilm": []}
    for label, matrix in (("adapted", W), ("minilm", None)):
        v = search_vectors(matrix, pairs)
        for name, rows in _groups(pairs).items():
            cos = np.sort(v[rows] @ recaps[name].vectors.T, axis=1)
            sims[label].append(cos[:, -TOP:].ravel())
    knots = []
    for label in ("adapted", "minilm"):
        q = np.quantile(np.concatenate(sims[label]), LEVELS)
        q = np.concatenate([[-1.0], q, [1.0]])
        q = np.maximum.accumulate(q + np.arange(len(q)) * 1e-7)  # strictly increasing
        knots.append(q.astype(np.float32))
    return knots[0], knots[1]


def data_key(paths: list[Path]) -> str:
    """A hash of the written question files: the shipped adapter records the one it was
    trained on (``meta["data"]``), and a test checks it is current."""
    digest = hashlib.sha256()
    for path in sorted(paths, key=lambda p: p.name):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def save(W: Any, knots: tuple[Any, Any], path: Path, meta: dict[str, Any]) -> None:
    """The adapter as ``.npz``: ``W`` (float32), the calibration knots and ``meta`` (JSON:
    the model it was trained for, how it was trained)."""
    from debrief import embed

    meta = {"model": embed.MODEL_ID, **meta}
    with path.open("wb") as fh:
        np.savez_compressed(
            fh,
            W=W.astype(np.float32),
            knots_adapted=knots[0],
            knots_minilm=knots[1],
            meta=np.array(json.dumps(meta)),
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tau", type=float, default=0.1, help="softmax temperature")
    parser.add_argument("--decay", type=float, default=0.01, help="pull toward the identity")
    parser.add_argument("--steps", type=int, default=150)
    parser.add_argument("--lr", type=float, default=0.001)
    parser.add_argument("--rank", type=int, default=0, help="low-rank change (0: full matrix)")
    parser.add_argument(
        "--category-questions",
        type=float,
        default=0.0,
        help="weight of the pipelines/questions.toml pairs (0: not used)",
    )
    parser.add_argument("--folds", type=int, default=0, help="cross-validate by recap file")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "debrief-adapter-cache"
    )
    args = parser.parse_args(argv)

    paths = sorted(QUESTIONS.glob("questions-*.jsonl"))
    names = sorted(
        {json.loads(x)["file"] for p in paths for x in p.read_text().splitlines() if x.strip()}
    )
    if args.category_questions:
        names = sorted(set(names) | {p.name for p in TRAINING.glob("recaps-*.jsonl")})
    recaps = {n: load_recaps(n, args.cache) for n in names}
    written = load_questions(paths, recaps, args.cache)
    extra = category_questions(recaps, args.cache) if args.category_questions else Pairs()
    print(
        f"{len(written.texts)} written questions over {len(set(written.files))} recap files"
        + (f", {len(extra.texts)} category pairs" if extra.texts else "")
    )
    options = {
        "tau": args.tau,
        "decay": args.decay,
        "steps": args.steps,
        "lr": args.lr,
        "rank": args.rank,
    }

    def fit(train_pairs: Pairs) -> Any:
        if not extra.texts:
            return train(train_pairs, recaps, **options)
        both = train_pairs + extra
        scale = [1.0] * len(train_pairs.texts) + [args.category_questions] * len(extra.texts)
        return train(both, recaps, scale=scale, **options)

    if args.folds:
        base: list[dict[str, float]] = []
        tuned: list[dict[str, float]] = []
        for held in folds_by_file(written, args.folds):
            test_rows = [i for i, f in enumerate(written.files) if f in held]
            train_rows = [i for i, f in enumerate(written.files) if f not in held]
            W = fit(written.subset(train_rows))
            test = written.subset(test_rows)
            base.append(evaluate(None, test, recaps))
            tuned.append(evaluate(W, test, recaps))
        for label, runs in (("MiniLM", base), ("adapter", tuned)):
            n = sum(r["n"] for r in runs)
            rec = sum(r["recall"] * r["n"] for r in runs) / n
            nd = sum(r["ndcg"] * r["n"] for r in runs) / n
            print(f"held-out files, {label:<8} recall@10 {rec:.3f}  nDCG@10 {nd:.3f}  ({n} q)")
        return 0
    W = fit(written)
    print(
        "training fit: MiniLM {:.3f}, adapter {:.3f} (recall@10)".format(
            evaluate(None, written, recaps)["recall"], evaluate(W, written, recaps)["recall"]
        )
    )
    knots = calibration(W, written, recaps)
    for t in (0.10, 0.25, 0.33):
        print(f"MiniLM cosine {t:.2f} = adapted {np.interp(t, knots[1], knots[0]):.3f}")
    meta = {**options, "questions": len(written.texts), "files": names, "data": data_key(paths)}
    save(W, knots, args.out, meta)
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
