"""Vector packs (m012): a search reads every vector of the store in one row, never a stale one.

Real SQLite files; vectors are random unit vectors stored through the real code (their values
do not matter to storage), insights filed through the Store API.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from kb_seed import add

from debrief.embed import MODEL_ID
from debrief.store import Store
from debrief.store import vectors as vstore


def _store(path: Path) -> tuple[Store, list[int]]:
    store = Store(path)
    for k in range(4):
        add(
            store,
            f"2026-11-0{k + 1}",
            f"Ana Ruiz{k}",
            "Figma",
            [("culture", f"Sentence {k} about culture."), ("advice", f"Advice number {k}.")],
        )
    ids = [int(r[0]) for r in store.db.execute("SELECT id FROM insights ORDER BY id")]
    rng = np.random.default_rng(1)
    v = rng.standard_normal((len(ids), 384)).astype(np.float32)
    vstore.save(store, MODEL_ID, ids, v / np.linalg.norm(v, axis=1, keepdims=True))
    return store, ids


def _packs(store: Store) -> int:
    return int(store.db.execute("SELECT count(*) FROM vector_packs").fetchone()[0])


def test_the_pack_gives_the_rows_matrix_and_follows_every_change(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    store, ids = _store(path)
    assert _packs(store) == 0
    from_rows = vstore.matrix(store, MODEL_ID)  # read row by row, then packed
    assert list(from_rows.ids) == ids and _packs(store) == 1
    other = Store(path)  # another process: reads the pack
    from_pack = vstore.matrix(other, MODEL_ID)
    assert np.array_equal(from_pack.ids, from_rows.ids)
    assert np.array_equal(from_pack.vectors, from_rows.vectors)
    assert vstore.count_missing(other, MODEL_ID) == 0

    # A deleted insight takes its vector, and the pack holding it, along.
    store.db.execute("DELETE FROM insights WHERE id = ?", [ids[0]])
    assert _packs(store) == 0
    after = vstore.matrix(other, MODEL_ID)
    assert list(after.ids) == ids[1:]
    assert np.array_equal(after.vectors, from_rows.vectors[1:])

    # A pack built before a change it did not see is never read.
    third = Store(path)
    assert _packs(third) == 1
    third.db.execute("UPDATE vector_packs SET epoch = epoch - 1")
    third.db.execute("UPDATE vector_packs SET ids = ?", [np.array([1], "<i8").tobytes()])
    assert list(vstore.matrix(third, MODEL_ID).ids) == ids[1:]
    # An insight without a vector is counted as missing.
    vstore.save(store, MODEL_ID, [], np.zeros((0, 384), np.float32))
    store.db.execute("DELETE FROM insight_vectors WHERE insight_id = ?", [ids[1]])
    assert vstore.count_missing(Store(path), MODEL_ID) == 1
    for s in (store, other, third):
        s.close()


def test_inside_a_transaction_nothing_is_written(tmp_path: Path) -> None:
    store, ids = _store(tmp_path / "kb.db")
    with store.bulk():
        assert list(vstore.matrix(store, MODEL_ID).ids) == ids
    assert _packs(store) == 0  # a bulk filing's transaction is not the search's to commit
    store.close()


def test_a_repeated_question_reuses_its_vector(tmp_path: Path) -> None:
    from debrief import embed
    from debrief.ask import question

    store, _ids = _store(tmp_path / "kb.db")
    first = question.question_vector("Where do people get promoted fastest", store)
    rows = store.db.execute("SELECT key, vector FROM query_vectors").fetchall()
    assert len(rows) == 1 and "promoted" not in rows[0][0]  # a hash, not the question
    assert np.allclose(
        np.frombuffer(rows[0][1], "<f4"),
        embed.embed_query("where do people get promoted fastest"),
        atol=1e-6,
    )
    again = question.question_vector("  where do PEOPLE get   promoted fastest ", store)
    assert np.array_equal(first, again)
    assert store.db.execute("SELECT count(*) FROM query_vectors").fetchone()[0] == 1
    other = question.question_vector("work life balance", store)
    assert float(other @ first) < 0.9
    assert store.db.execute("SELECT count(*) FROM query_vectors").fetchone()[0] == 2
    store.close()


def test_the_question_cache_keeps_the_most_recent(tmp_path: Path, monkeypatch) -> None:
    from debrief.ask import question

    monkeypatch.setattr(vstore, "QUERY_CACHE", 2)
    store, _ids = _store(tmp_path / "kb.db")
    for q in ("career growth", "burnout", "who is hiring"):
        question.question_vector(q, store)
    assert store.db.execute("SELECT count(*) FROM query_vectors").fetchone()[0] == 2
    store.close()


def test_the_pack_read_through_the_blob_handle_is_the_stored_pack(tmp_path: Path) -> None:
    """The pack's components are read through a blob handle with memory-mapped I/O (issue
    16): the same bytes as a SELECT, the connection's mmap setting left as it was, and in a
    caller's transaction the plain read (no transaction of its own)."""
    path = tmp_path / "kb.db"
    store, _ids = _store(path)
    vstore.matrix(store, MODEL_ID)  # writes the pack
    epoch = int(store.db.execute("SELECT epoch FROM vector_packs").fetchone()[0])
    stored = store.db.execute(
        "SELECT ids, scales, vectors FROM vector_packs WHERE model = ?", [MODEL_ID]
    ).fetchone()
    other = Store(path)
    before = other.db.execute("PRAGMA mmap_size").fetchone()[0]
    assert vstore._read_pack(other, MODEL_ID, epoch) == tuple(stored)
    assert other.db.execute("PRAGMA mmap_size").fetchone()[0] == before
    assert not other.db.conn.in_transaction
    assert vstore._read_pack(other, MODEL_ID, epoch + 1) is None  # a pack of another epoch
    other.db.execute("BEGIN")
    assert vstore._read_pack(other, MODEL_ID, epoch) == tuple(stored)
    assert other.db.conn.in_transaction  # the caller's, still open
    other.db.execute("COMMIT")
    # The matrix from the pack is the matrix from the rows, bit for bit.
    assert np.array_equal(
        vstore.matrix(other, MODEL_ID).vectors, vstore.matrix(store, MODEL_ID).vectors
    )
