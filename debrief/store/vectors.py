"""Insight vectors in the knowledge base: storage, the in-memory matrix, filters.

A vector is stored as 384 int8 components and one float scale (``v ~= q * scale``): a
quarter of float32's size, and the rankings it gives agree with float32 (measured in
``benchmarks/embedding_model.py``). For a search the vectors of the store are loaded once
per process into one float32 matrix (cached on the :class:`Store` until the database
changes) and ranked by a brute-force dot product: at 100,000 insights that is a few
milliseconds, well within what an index would save.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from debrief.store.db import transaction
from debrief.store.repo import Store
from debrief.store.search import filter_conditions

if TYPE_CHECKING:
    from collections.abc import Callable

    import numpy as np


def quantize(vector: np.ndarray) -> tuple[float, bytes]:
    """(scale, int8 bytes) of a float vector."""
    import numpy as np

    peak = float(np.abs(vector).max()) or 1.0
    scale = peak / 127.0
    q = np.clip(np.rint(vector / scale), -127, 127).astype(np.int8)
    return scale, q.tobytes()


def dequantize(scale: float, blob: bytes) -> np.ndarray:
    import numpy as np

    return np.frombuffer(blob, dtype=np.int8).astype(np.float32) * np.float32(scale)


_CONTEXT = (
    "SELECT i.id, i.category, i.text, c.name AS contact, c.title AS title, co.name AS company"
    " FROM insights i JOIN debriefs d ON d.id = i.debrief_id"
    " LEFT JOIN contacts c ON c.id = d.contact_id LEFT JOIN companies co ON co.id = d.company_id"
)


def insights_with_context(store: Store, debrief_id: int) -> list[dict[str, Any]]:
    """The debrief's insights with who said them (what :func:`debrief.embed.insight_text` needs)."""
    return store.rows(_CONTEXT + " WHERE i.debrief_id = ? ORDER BY i.id", [debrief_id])


def missing(store: Store, model: str, limit: int | None = None) -> list[dict[str, Any]]:
    """Insights without a vector of ``model`` (filed before search by meaning, or by another
    model), with their context, oldest first."""
    sql = (
        _CONTEXT + " WHERE i.id NOT IN (SELECT insight_id FROM insight_vectors WHERE model = ?)"
        " ORDER BY i.id"
    )
    params: list[Any] = [model]
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return store.rows(sql, params)


def count_missing(store: Store, model: str) -> int:
    """How many insights have no vector of ``model``.

    Counted on the in-memory :func:`matrix` (loaded for the search that follows anyway):
    counting ``insight_vectors`` rows in SQL reads every vector blob, a second full read of
    the table in each search (a vector's insight always exists: ON DELETE CASCADE).
    """
    insights = int(store.db.execute("SELECT count(*) FROM insights").fetchone()[0])
    return max(0, insights - len(matrix(store, model).ids))


def save(store: Store, model: str, ids: list[int], vectors: np.ndarray) -> None:
    """Store (replacing) the vectors of the insights ``ids``."""
    rows = []
    for insight_id, vector in zip(ids, vectors, strict=True):
        scale, blob = quantize(vector)
        rows.append((insight_id, model, scale, blob))
    with transaction(store.db):
        # An insight deleted meanwhile (re-extraction) must not get an orphan vector.
        store.db.conn.executemany(
            "INSERT OR REPLACE INTO insight_vectors (insight_id, model, scale, vector)"
            " SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM insights WHERE id = ?)",
            [(*r, r[0]) for r in rows],
        )


@dataclass
class Matrix:
    """Every stored vector of one model: ``ids[k]`` is the insight of row ``k``."""

    ids: np.ndarray  # int64, ascending
    vectors: np.ndarray  # float32, (n, dim)

    def scores(self, query: np.ndarray, allowed: np.ndarray | None = None) -> np.ndarray:
        """Cosine of every row with ``query``; rows not in ``allowed`` get -inf."""
        import numpy as np

        out = self.vectors @ query.astype(np.float32)
        if allowed is not None:
            mask = np.zeros(len(self.ids), dtype=bool)
            pos = np.searchsorted(self.ids, allowed)
            inside = pos < len(self.ids)
            pos, wanted = pos[inside], allowed[inside]
            mask[pos[self.ids[pos] == wanted]] = True
            out = np.where(mask, out, -np.inf)
        return out


def _version(store: Store) -> tuple[int, int]:
    """What the cached matrix depends on: data_version moves when another connection
    commits, vector_epoch (kept by triggers) on every change of a vector, ours included.
    (``total_changes`` would not do: a keyword search writes to a temporary table.)"""
    data_version = int(store.db.execute("PRAGMA data_version").fetchone()[0])
    epoch = int(store.db.execute("SELECT n FROM vector_epoch WHERE id = 1").fetchone()[0])
    return data_version, epoch


def matrix(store: Store, model: str) -> Matrix:
    """The vectors of ``model`` as one matrix, cached on ``store`` until the data changes.

    Read from the model's pack (``vector_packs``: one row of three blobs) when it is
    current, else row by row, and the pack is then written for the next process (a few MB
    at 10,000 insights; skipped when the database is busy or read-only).
    """
    import numpy as np

    key = (model, *_version(store))
    cached = getattr(store, "_vector_matrix", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    epoch = key[2]
    pack = _read_pack(store, model, epoch)
    if pack is not None:
        ids = np.frombuffer(pack[0], dtype="<i8").astype(np.int64)
        scales = np.frombuffer(pack[1], dtype="<f4").astype(np.float32)
        q = np.frombuffer(pack[2], dtype=np.int8).reshape(len(ids), -1)
    else:
        ids, scales, q, epoch = _read_rows(store, model)
        if len(ids):
            _write_pack(store, model, epoch, ids, scales, q)
    # One pass: each int8 component is cast to float32 and scaled (as astype, then *=).
    vectors = np.multiply(q, scales[:, None], dtype=np.float32)
    found = Matrix(ids, vectors)
    store._vector_matrix = (key, found)  # type: ignore[attr-defined]
    return found


#: SQLite's memory-mapped I/O while a pack is read (the larger packs are a few MB).
PACK_MMAP = 256 * 1024 * 1024


def _read_pack(store: Store, model: str, epoch: int) -> tuple[bytes, bytes, bytes] | None:
    """(ids, scales, int8 components) of the pack of ``model`` built at ``epoch``, or None.

    The components (3.8 MB at 10,000 insights) are read through an incremental blob handle
    with SQLite's memory-mapped I/O on for that read: a SELECT walked the blob's ~940
    overflow pages with a read() each and copied it twice, 7 ms of CPU of a search's ~180
    against 3 ms this way (issue 16). One read transaction, so the row and the blob are of
    the same snapshot.
    """
    import sqlite3

    conn = store.db.conn
    if conn.in_transaction:  # someone's transaction (a bulk filing): a plain read in it
        return _select_pack(conn, model, epoch)
    # Set before the read transaction starts: SQLite maps the file at its start.
    mapped = int(conn.execute("PRAGMA mmap_size").fetchone()[0])
    conn.execute(f"PRAGMA mmap_size = {max(mapped, PACK_MMAP)}")
    try:
        conn.execute("BEGIN")
        try:
            row = conn.execute(
                "SELECT rowid, ids, scales FROM vector_packs WHERE model = ? AND epoch = ?",
                [model, epoch],
            ).fetchone()
            if row is None:
                return None
            with conn.blobopen("vector_packs", "vectors", row[0], readonly=True) as blob:
                return row[1], row[2], blob.read()
        finally:
            conn.execute("COMMIT")
    except sqlite3.Error:  # no blob handle or no memory-mapped I/O here: the plain read
        return _select_pack(conn, model, epoch)
    finally:
        conn.execute(f"PRAGMA mmap_size = {mapped}")


def _select_pack(conn: Any, model: str, epoch: int) -> tuple[bytes, bytes, bytes] | None:
    row = conn.execute(
        "SELECT ids, scales, vectors FROM vector_packs WHERE model = ? AND epoch = ?",
        [model, epoch],
    ).fetchone()
    return None if row is None else (row[0], row[1], row[2])


def _read_rows(store: Store, model: str) -> tuple[Any, Any, Any, int]:
    """(ids, scales, int8 components, the vector_epoch they are of), in one read."""
    import numpy as np

    conn = store.db.conn
    own = not conn.in_transaction
    if own:  # one snapshot: the epoch and the rows agree
        conn.execute("BEGIN")
    try:
        epoch = int(conn.execute("SELECT n FROM vector_epoch WHERE id = 1").fetchone()[0])
        rows = conn.execute(
            "SELECT insight_id, scale, vector FROM insight_vectors WHERE model = ?"
            " ORDER BY insight_id",
            [model],
        ).fetchall()
    finally:
        if own:
            conn.execute("COMMIT")
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    scales = np.fromiter((r[1] for r in rows), dtype=np.float32, count=len(rows))
    if not rows:
        return ids, scales, np.zeros((0, 384), dtype=np.int8), epoch
    q = np.frombuffer(b"".join(r[2] for r in rows), dtype=np.int8).reshape(len(rows), -1)
    return ids, scales, q, epoch


def _write_pack(store: Store, model: str, epoch: int, ids: Any, scales: Any, q: Any) -> None:
    """Store the pack of ``model`` (a cache: any failure leaves the rows as they are)."""
    import sqlite3

    conn = store.db.conn
    if conn.in_transaction:
        return  # inside someone's transaction (a bulk filing): not ours to commit
    busy = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    try:
        conn.execute("PRAGMA busy_timeout = 0")  # never wait for a writer: it is a cache
        conn.execute(
            "INSERT OR REPLACE INTO vector_packs (model, epoch, ids, scales, vectors)"
            " SELECT ?, ?, ?, ?, ? WHERE (SELECT n FROM vector_epoch WHERE id = 1) = ?",
            [
                model,
                epoch,
                ids.astype("<i8").tobytes(),
                scales.astype("<f4").tobytes(),
                q.tobytes(),
                epoch,
            ],
        )
    except sqlite3.Error:
        pass  # read-only, locked or full: the next search reads the rows again
    finally:
        conn.execute(f"PRAGMA busy_timeout = {busy}")


#: Question vectors kept (about 1.6 KB each).
QUERY_CACHE = 500


def query_vector_cached(store: Store, key: str) -> np.ndarray | None:
    """The cached vector of a question (``key``: see
    :func:`debrief.ask.question.question_vector`)."""
    import numpy as np

    row = store.db.execute("SELECT vector FROM query_vectors WHERE key = ?", [key]).fetchone()
    if row is None:
        return None
    return np.frombuffer(row[0], dtype="<f4").astype(np.float32)


def cache_query_vector(store: Store, key: str, vector: np.ndarray) -> None:
    """Keep a question's vector (a cache: skipped inside a transaction, when the database is
    busy or read-only); beyond :data:`QUERY_CACHE` the least recently used go."""
    import sqlite3
    import time

    conn = store.db.conn
    if conn.in_transaction:
        return
    busy = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    try:
        conn.execute("PRAGMA busy_timeout = 0")
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                "INSERT OR REPLACE INTO query_vectors (key, vector, used_at) VALUES (?, ?, ?)",
                [key, vector.astype("<f4").tobytes(), time.time_ns()],
            )
            conn.execute(
                "DELETE FROM query_vectors WHERE key IN (SELECT key FROM query_vectors"
                " ORDER BY used_at DESC LIMIT -1 OFFSET ?)",
                [QUERY_CACHE],
            )
            conn.execute("COMMIT")
        except sqlite3.Error:
            conn.execute("ROLLBACK")
            raise
    except sqlite3.Error:
        pass
    finally:
        conn.execute(f"PRAGMA busy_timeout = {busy}")


def filtered_ids(
    store: Store,
    *,
    company_id: int | None = None,
    contact_ids: list[int] | None = None,
    category: str | None = None,
    low: str | None = None,
    high: str | None = None,
) -> np.ndarray | None:
    """Insight ids the filters allow (ascending), or None when there is no filter."""
    import numpy as np

    conds, params = filter_conditions(
        category=category, company_id=company_id, contact_ids=contact_ids, low=low, high=high
    )
    if not conds:
        return None
    rows = store.db.execute(
        "SELECT i.id FROM insights i JOIN debriefs d ON d.id = i.debrief_id WHERE "
        + " AND ".join(conds)
        + " ORDER BY i.id",
        params,
    ).fetchall()
    return np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))


def without_matching(store: Store, allowed: np.ndarray | None, match: str | None) -> Any:
    """``allowed`` (insight ids, ascending; None: all) less the insights matching the FTS5
    expression ``match`` (the words a query excludes); ``allowed`` itself when ``match`` is
    None."""
    import numpy as np

    if match is None:
        return allowed
    excluded = [
        r[0]
        for r in store.db.execute(
            "SELECT rowid FROM insights_fts WHERE insights_fts MATCH ?", [match]
        ).fetchall()
    ]
    if not excluded:
        return allowed
    if allowed is None:
        allowed = np.fromiter(
            (r[0] for r in store.db.execute("SELECT id FROM insights ORDER BY id")), dtype=np.int64
        )
    return allowed[~np.isin(allowed, np.array(excluded, dtype=np.int64))]


def insight_rows(store: Store, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Insights ``ids`` with their source (debrief, date, contact, title, company)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = store.rows(
        "SELECT i.id AS insight_id, i.debrief_id, i.category, i.text, d.recorded_at,"
        " d.contact_id, d.company_id, c.name AS contact, c.title AS title, co.name AS company"
        " FROM insights i JOIN debriefs d ON d.id = i.debrief_id"
        " LEFT JOIN contacts c ON c.id = d.contact_id"
        " LEFT JOIN companies co ON co.id = d.company_id"
        f" WHERE i.id IN ({marks})",
        ids,
    )
    return {int(r["insight_id"]): r for r in rows}


def insights_of(store: Store, contact_ids: list[int], company_ids: list[int]) -> list[int]:
    """Ids of the insights said by these contacts or in calls with these companies."""
    conds, params = [], []
    if contact_ids:
        conds.append(f"d.contact_id IN ({','.join('?' * len(contact_ids))})")
        params += contact_ids
    if company_ids:
        conds.append(f"d.company_id IN ({','.join('?' * len(company_ids))})")
        params += company_ids
    if not conds:
        return []
    return [
        int(r[0])
        for r in store.db.execute(
            "SELECT i.id FROM insights i JOIN debriefs d ON d.id = i.debrief_id WHERE "
            + " OR ".join(conds),
            params,
        )
    ]


def named_in(
    store: Store, words: list[str], common: Callable[[str], bool] | None = None
) -> dict[str, Any]:
    """Contacts and companies the query's ``words`` name.

    Returns {"contact_ids": [...], "company_ids": [...], "words": {the words that named
    them}}. A contact is named by the full name or by any one part of it (three letters
    or more; accents folded: "zoe" and "Zoë" alike); a company by its normalised name (up
    to three words), or, given ``common`` (whether a word is an everyday word), by the
    first word of a longer name when it is no everyday word: "Quillon" names Quillon
    Systems as people say it, "data" does not name Data Systems.
    """
    from debrief.names import company_key, person_key

    found: dict[str, Any] = {"contact_ids": [], "company_ids": [], "words": set()}
    lowered = [w.lower() for w in words if w]
    if not lowered:
        return found
    grams = {w: w for w in lowered}
    for n in (2, 3):
        for i in range(len(lowered) - n + 1):
            grams[" ".join(lowered[i : i + n])] = " ".join(lowered[i : i + n])
    by_key = {company_key(g): g for g in grams if 3 <= len(g) <= 60}
    if by_key:
        marks = ",".join("?" * len(by_key))
        for cid, key in store.db.execute(
            f"SELECT id, key FROM companies WHERE key IN ({marks})", list(by_key)
        ):
            found["company_ids"].append(int(cid))
            found["words"] |= set(by_key[key].split())
    firsts = [w for w in lowered if len(w) >= 4 and common is not None and not common(w)][:32]
    if firsts:
        likes = " OR ".join("key LIKE ?" for _ in firsts)
        for cid, key in store.db.execute(
            f"SELECT id, key FROM companies WHERE {likes}", [f"{w} %" for w in firsts]
        ).fetchall():
            if int(cid) not in found["company_ids"]:
                found["company_ids"].append(int(cid))
                found["words"].add(str(key).split()[0])
    # Names are short: longer "words" (pasted text) are no name and would make LIKE
    # patterns too complex for SQLite.
    pkeys = sorted({person_key(g) for g in grams if 3 <= len(g) <= 60})[:64]
    # Keys are folded to ASCII ("Zoë" -> "zoe"): a first or last name is matched folded too,
    # and the words that named someone are reported as the query spelt them.
    spelt: dict[str, set[str]] = {}
    for w in lowered:
        if 3 <= len(w) <= 30:
            for part in person_key(w).split():
                spelt.setdefault(part, set()).add(w)
    singles = sorted(spelt)[:32]
    if not pkeys:
        return found
    # A full name, or a first or last name ("maria", "okafor"), in SQL: one pass in C.
    conds = [f"key IN ({','.join('?' * len(pkeys))})"]
    params: list[Any] = list(pkeys)
    for w in singles:
        conds.append("key LIKE ? OR key LIKE ? OR key LIKE ?")
        params += [f"{w} %", f"% {w}", f"% {w} %"]  # first, last, or a middle part
    for cid, key in store.db.execute(
        f"SELECT id, key FROM contacts WHERE {' OR '.join(conds)}", params
    ).fetchall():
        found["contact_ids"].append(int(cid))
        parts = str(key).split()
        hit = set(parts) if key in pkeys else {p for p in parts if p in singles}
        found["words"] |= hit | {w for p in hit for w in spelt.get(p, ())}
    return found


def known_names(store: Store) -> list[str]:
    """Every contact and company name (suggestions for a misspelt one)."""
    return [
        r[0] for r in store.db.execute("SELECT name FROM contacts UNION SELECT name FROM companies")
    ]
