"""The numpy MiniLM (debrief.minilm) against onnxruntime: same tokens, same vectors.

A search embeds its question with the numpy forward pass and a small ASCII WordPiece, while
insights are embedded by onnxruntime with ``tokenizers``; both must give the same ids and
the same vectors (cosine to about 1e-7, asked: better than 1e-3), or search by meaning would
drift. Real model, real tokenizer, on the relevance set's texts and on generated strings.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from debrief import embed, minilm

RELEVANCE = Path(__file__).resolve().parent / "relevance"


def _texts() -> list[str]:
    texts: list[str] = []

    def walk(o: object) -> None:
        if isinstance(o, str):
            texts.append(o)
        elif isinstance(o, dict):
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)

    walk(json.loads((RELEVANCE / "questions.json").read_text()))
    walk(json.loads((RELEVANCE / "kb.json").read_text()))
    return [t for t in dict.fromkeys(texts) if t.strip()]


ODD = [
    "promotion",
    "C++ & C# devs; e-mail: x@y.com -- 50% (sic)!",
    "unaffable zzzunknownword",
    "a" * 101 + " b",
    "word " * 400,  # truncated at MAX_TOKENS
    "tab\tnew\nline\rcr\x0bvt\x0cff\x00nul\x7fdel",
    "Crème brûlée, naïve café",  # not ASCII: tokenizers answers
    "東京 and Zürich 🙂",
]


def test_wordpiece_gives_the_ids_of_tokenizers() -> None:
    rng = random.Random(5)
    alphabet = "abcXYZ019 \t\n\r.,;:'\"!?-_()[]{}@#$%^&*+=/\\|<>~`\x00\x01\x0b\x1f\x7f"
    generated = [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(2000)
    ]
    tokenizer = embed._tokenizer()
    checked = 0
    for text in [*_texts(), *ODD, *generated]:
        ids = embed._wordpiece().ids(text)
        if ids is None:
            assert not text.isascii()
            continue
        assert ids == tokenizer.encode(text).ids, text
        checked += 1
    assert checked > 2000
    # What the query path uses, whichever tokenizer answers.
    for text in ODD:
        assert embed.token_ids(text) == tokenizer.encode(text).ids


def test_the_cached_vocabulary_gives_the_same_ids(tmp_path: Path, monkeypatch) -> None:
    """A search reads the vocabulary from its cached lines and looks tokens up in the text
    (no dict for a short question); a long text builds the dict after all. Same ids."""
    from debrief.config import data_file

    monkeypatch.setenv("DEBRIEF_CACHE", str(tmp_path))
    source = data_file("pipelines", "embedding", "tokenizer.json")
    first = minilm.WordPiece.from_file(source, embed.MAX_TOKENS)  # from the JSON; writes it
    assert isinstance(first.vocab, dict)
    cached = minilm.WordPiece.from_file(source, embed.MAX_TOKENS)
    assert isinstance(cached.vocab, minilm._LineVocab)
    lines = "\n".join(sorted(first.vocab, key=first.vocab.__getitem__))
    tokenizer = embed._tokenizer()
    for text in [*_texts()[:300], *ODD]:
        fresh = minilm.WordPiece(minilm._LineVocab(lines), embed.MAX_TOKENS)  # no dict yet
        ids = fresh.ids(text)
        assert ids == first.ids(text), text
        if ids is not None:
            assert ids == tokenizer.encode(text).ids, text
    long_text = minilm.WordPiece(minilm._LineVocab(lines), embed.MAX_TOKENS)
    assert long_text.ids("word " * 400) == first.ids("word " * 400)
    assert long_text.vocab._dict is not None  # type: ignore[union-attr]  (the dict, built)
    assert "[UNK]" in long_text.vocab and "no such token" not in long_text.vocab


def test_numpy_forward_gives_the_onnx_vectors() -> None:
    texts = _texts()[:120] + ODD
    reference = embed.embed([t.strip() for t in texts])  # onnxruntime, batched and padded
    for text, ref in zip(texts, reference, strict=True):
        vector = embed.embed_query(text)  # numpy, one text
        assert vector.dtype == np.float32 and vector.shape == (embed.DIM,)
        assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5
        assert float(vector @ ref) > 1 - 1e-5, text
        assert float(np.abs(vector - ref).max()) < 1e-4, text


def test_the_weights_are_cached_and_memory_mapped(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DEBRIEF_CACHE", str(tmp_path))
    model = embed.model_path()
    key = minilm._cache_key(model, embed.MODEL_ID)
    assert minilm.read_cache(tmp_path / "embedding", key) is None
    minilm._MODEL.clear()  # this process's copy: load from the (empty) cache directory
    built = minilm.load(model, embed.MODEL_ID)
    assert (tmp_path / "embedding").stat().st_mode & 0o777 == 0o700
    files = sorted(p.name for p in (tmp_path / "embedding").iterdir())
    assert files == [f"minilm-{key}.f32.npy", f"minilm-{key}.json", f"minilm-{key}.words.npy"]
    cached = minilm.read_cache(tmp_path / "embedding", key)
    assert cached is not None
    assert isinstance(cached["L0.q_w"], np.memmap) and cached["word_q"].dtype == np.int8
    fresh = minilm.NumpyMiniLM(minilm.extract(model))
    ids = embed.token_ids("where do people get promoted fastest")
    assert np.array_equal(minilm.NumpyMiniLM(cached).vector(ids), fresh.vector(ids))
    assert np.array_equal(built.vector(ids), fresh.vector(ids))


def test_an_unwritable_cache_still_embeds(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("DEBRIEF_CACHE", str(blocker))
    minilm._MODEL.clear()
    try:
        vector = embed.embed_query("work life balance")
    finally:
        minilm._MODEL.clear()
    reference = embed.embed(["work life balance"])[0]
    assert float(vector @ reference) > 1 - 1e-5


def test_a_model_file_that_is_not_onnx_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "model.onnx"
    bad.write_bytes(b"\x00not a model")
    with pytest.raises((ValueError, KeyError, IndexError)):
        minilm.extract(bad)


def test_a_search_embeds_its_question_in_numpy_only(home: Path) -> None:
    """`debrief search` and `debrief ask` on a base whose insights all have vectors: the
    question is embedded once, by the numpy model (askq's category prior and fastsearch's
    question cache on the same vector), so neither process imports onnxruntime; the second
    search of the same question finds its vector in the store. Real model, real SQLite."""
    import os
    import subprocess
    import sys

    from kb_seed import stripe_kb

    from debrief.ask import hybrid
    from debrief.store import Store

    store = Store(stripe_kb(home))
    hybrid.ensure_vectors(store)  # filed and embedded, as the pipeline leaves a base
    store.close()
    root = Path(__file__).resolve().parent.parent
    code = (
        "import json, sys\n"
        "from debrief.cli import cli, Ctx\n"
        "cli(sys.argv[1:], obj=Ctx(), standalone_mode=False)\n"
        "print(json.dumps('onnxruntime' in sys.modules), file=sys.stderr)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(root), "DEBRIEF_HOME": str(home)}
    for args in (
        ["search", "can", "I", "work", "from", "home"],
        ["search", "can I work from HOME"],
        ["ask", "what advice did people give"],
    ):
        out = subprocess.run(
            [sys.executable, "-c", code, *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert out.returncode == 0, out.stderr
        assert out.stderr.strip().splitlines()[-1] == "false", (args, out.stderr)
    store = Store(home / "debrief.db")
    cached = store.db.execute("SELECT count(*) FROM query_vectors").fetchone()[0]
    store.close()
    assert cached == 2  # the two spellings of one question share a vector; ask's is the other


def test_a_search_program_leaves_fast_with_its_output_whole(home: Path) -> None:
    """`python -m debrief.cli search` (the program: main(), which leaves a successful search
    without the interpreter's teardown) prints what the in-process command prints, exits 0,
    keeps the question's vector it cached, and still fails as before on a bad filter."""
    import os
    import subprocess
    import sys

    from click.testing import CliRunner
    from kb_seed import stripe_kb

    from debrief.cli import Ctx, cli

    stripe_kb(home)
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root), "DEBRIEF_HOME": str(home)}
    for args in (["search", "promotion", "--json"], ["search", "zzzunknownword"]):
        out = subprocess.run(
            [sys.executable, "-m", "debrief.cli", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert out.returncode == 0, out.stderr
        in_process = CliRunner().invoke(cli, args, obj=Ctx(), env={"DEBRIEF_HOME": str(home)})
        assert out.stdout == in_process.stdout
        if args[-1] == "--json":
            assert json.loads(out.stdout)  # whole: hits, parsed
    bad = subprocess.run(
        [sys.executable, "-m", "debrief.cli", "search", "x", "--since", "not a date"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert bad.returncode != 0 and "error:" in bad.stderr
    from debrief.store import Store

    store = Store(home / "debrief.db")
    cached = store.db.execute("SELECT count(*) FROM query_vectors").fetchone()[0]
    store.close()
    assert cached >= 1  # written and committed before the fast exit
