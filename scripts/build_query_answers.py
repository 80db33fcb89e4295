"""Build the "answers of similar questions" of search by meaning (a question expansion).

For every written training question (``pipelines/ask_training/questions-*.jsonl``, each with
the insights of one training recap file that answer it) this keeps two unit vectors: the
question as MiniLM embeds it for a search, and its *answer vector*, the mean of its relevant
insights' vectors embedded as at filing (:func:`debrief.embed.embed_insights`, with who said
them). A new question finds its nearest training questions and is blended with the mean of
their answer vectors (:func:`debrief.ask.question.expand`): a non-parametric, HyDE-like
expansion with no language model, which moves "can I work from home" toward the sentences
that answered such questions ("telework is two days a week") in the recaps.

Written to ``pipelines/embedding/query_answers.npy`` (float16, shape ``(n, 2, DIM)``:
question, answer) and ``query_answers.json`` (the model id, n, a hash of the question files;
a test checks it is current).

    .venv/bin/python scripts/build_query_answers.py
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_query_adapter import QUESTIONS, ROOT, data_key, load_questions, load_recaps

OUT = ROOT / "pipelines" / "embedding" / "query_answers.npy"


def build(paths: list[Path], cache: Path) -> tuple[np.ndarray, dict[str, object]]:
    """The (n, 2, DIM) array of question and answer vectors, and its meta."""
    from debrief import embed

    names = sorted(
        {json.loads(x)["file"] for p in paths for x in p.read_text().splitlines() if x.strip()}
    )
    recaps = {n: load_recaps(n, cache) for n in names}
    pairs = load_questions(paths, recaps, cache)
    answers = []
    for name, rel in zip(pairs.files, pairs.relevant, strict=True):
        mean = recaps[name].vectors[rel].mean(0)
        answers.append(mean / max(float(np.linalg.norm(mean)), 1e-12))
    both = np.stack([pairs.vectors, np.array(answers)], axis=1).astype(np.float16)
    meta = {"model": embed.MODEL_ID, "questions": len(pairs.texts), "data": data_key(paths)}
    return both, meta


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "debrief-adapter-cache"
    )
    parser.add_argument(
        "--exclude", action="append", default=[], help="a question file name to leave out"
    )
    args = parser.parse_args(argv)
    paths = [p for p in sorted(QUESTIONS.glob("questions-*.jsonl")) if p.name not in args.exclude]
    both, meta = build(paths, args.cache)
    np.save(args.out, both)
    args.out.with_suffix(".json").write_text(json.dumps(meta, sort_keys=True) + "\n")
    print(f"{meta['questions']} questions -> {args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
