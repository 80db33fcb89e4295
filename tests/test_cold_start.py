"""What a cold `debrief add` does to start faster must not change what it files (issue 16).

Speed itself is measured by benchmarks/add.py, never here; these tests check that each
shortcut gives the same result as the long way and that the loads happen in the order meant.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from pathlib import Path

import pytest

import debrief.embed
import debrief.extract
from debrief import prefetch
from debrief.extract.base import _saved_tokenizer, load_base


def test_base_model_tokenizer_is_the_saved_one() -> None:
    """load_base skips reading the tokenizer from disk only when the language class built
    the same one: its tokenizer must be what ``spacy.load`` plus debrief's adjustments
    gives, byte for byte, and split text the same way."""
    import spacy

    from debrief.extract.tokenizer import tune_tokenizer

    nlp = load_base()
    fresh = spacy.load(nlp.path)  # the long way: the saved tokenizer read from disk
    assert (
        fresh.tokenizer.to_bytes(exclude=["vocab"]) == (Path(nlp.path) / "tokenizer").read_bytes()
    )
    tune_tokenizer(fresh)
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == fresh.tokenizer.to_bytes(exclude=["vocab"])
    text = "Call Maria re: the PM role (Ledgerline) by Fri.; she's gonna e-mail me 3x/wk."
    assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in fresh.tokenizer(text)]


def test_a_custom_saved_tokenizer_is_still_read(tmp_path: Path) -> None:
    """A model whose saved tokenizer is not the language default (a user's own model)
    gets its saved tokenizer, as ``spacy.load`` without the shortcut would give it."""
    import spacy

    custom = spacy.blank("en")
    custom.tokenizer.add_special_case("ledgerline", [{"ORTH": "ledger"}, {"ORTH": "line"}])
    custom.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model", exclude=["tokenizer"])
    assert [t.text for t in loaded.tokenizer("ledgerline call")] == ["ledgerline", "call"]
    _saved_tokenizer(loaded)
    assert [t.text for t in loaded.tokenizer("ledgerline call")] == ["ledger", "line", "call"]


def test_embedding_threads_do_not_change_the_vectors() -> None:
    """Filing embeds on two onnxruntime threads: the vectors must be those of one thread."""
    import numpy as np

    texts = [
        "Maria Okafor, product manager at Ledgerline, advancement: promotions every two years",
        "learn SQL before the interview",
        "the team works hybrid, three days on campus",
    ] * 4
    one = debrief.embed._load.__wrapped__(1).embed(texts)
    two = debrief.embed._load.__wrapped__(2).embed(texts)
    assert debrief.embed.THREADS == 2
    assert np.array_equal(one, two)


@pytest.fixture
def fresh_prefetch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefetch, "_nlp_prefetch", None)
    monkeypatch.setattr(prefetch, "_embed_prefetched", threading.Event())
    monkeypatch.setattr(prefetch, "_engine_loading", None)


def _record_loads(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The spaCy load replaced by a marker: what is tested is when it starts, not spaCy."""
    started = threading.Event()
    monkeypatch.setattr(debrief.extract, "load_nlp", started.set)
    monkeypatch.setattr(debrief.embed, "embedder", lambda: None)
    return started


@pytest.mark.usefixtures("fresh_prefetch")
def test_spacy_prefetch_waits_for_the_whisper_load(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Whisper load heads the critical path: spaCy's load starts once it is done."""
    started = _record_loads(monkeypatch)
    loading: Future[float] = Future()
    monkeypatch.setattr(prefetch, "_engine_loading", loading)
    monkeypatch.setattr(prefetch, "ENGINE_WAIT_S", 60.0)
    prefetch.prefetch_nlp()
    thread = prefetch._nlp_prefetch
    assert thread is not None
    # Not started while the load runs (nothing else could set it).
    assert not started.wait(0.5)
    loading.set_result(0.4)
    assert started.wait(30)
    thread.join(30)


@pytest.mark.usefixtures("fresh_prefetch")
def test_spacy_prefetch_starts_at_once_without_a_whisper_load(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A typed recap (no Whisper load in this process) loads spaCy at once."""
    started = _record_loads(monkeypatch)
    prefetch.prefetch_nlp()
    assert started.wait(30)
    assert prefetch._nlp_prefetch is not None
    prefetch._nlp_prefetch.join(30)


@pytest.mark.usefixtures("fresh_prefetch")
def test_a_failed_whisper_load_does_not_stop_spacy(monkeypatch: pytest.MonkeyPatch) -> None:
    started = _record_loads(monkeypatch)
    loading: Future[float] = Future()
    loading.set_exception(RuntimeError("no model"))
    monkeypatch.setattr(prefetch, "_engine_loading", loading)
    prefetch.prefetch_nlp()
    assert started.wait(30)
    assert prefetch._nlp_prefetch is not None
    prefetch._nlp_prefetch.join(30)


@pytest.mark.usefixtures("fresh_prefetch")
def test_spacy_prefetch_does_not_wait_for_a_slow_load(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Whisper load that takes longer than ENGINE_WAIT_S (a starved machine, a slow
    engine) no longer holds spaCy's load back."""
    started = _record_loads(monkeypatch)
    loading: Future[float] = Future()  # never finishes
    monkeypatch.setattr(prefetch, "_engine_loading", loading)
    monkeypatch.setattr(prefetch, "ENGINE_WAIT_S", 0.2)
    prefetch.prefetch_nlp()
    assert started.wait(30)
    assert not loading.done()
    assert prefetch._nlp_prefetch is not None
    prefetch._nlp_prefetch.join(30)
