"""The queries of the weekly review and ``debrief todo`` (:mod:`debrief.review` builds its
model from what these return: rows as tuples, in the order the SELECTs name them)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from debrief.models import CATEGORIES
from debrief.store.db import transaction
from debrief.store.repo import Store


def id_list(values: Iterable[Any]) -> str:
    """A JSON array for ``IN (SELECT value FROM json_each(?))``: no variable-count limit."""
    return json.dumps(sorted(set(values)))


def calls_between(store: Store, lo: str, hi: str) -> list[tuple[Any, ...]]:
    """(id, recorded_at, call_minutes, status, contact, title, company, insights,
    company_id) of the debriefs recorded in ``[lo, hi)``."""
    return store.db.execute(
        "SELECT d.id, d.recorded_at, d.call_minutes, d.status, d.contact, d.title, d.company,"
        " (SELECT count(*) FROM insights i WHERE i.debrief_id = d.id), d.company_id"
        " FROM debriefs_named d"
        " WHERE d.recorded_at >= ? AND d.recorded_at < ?",
        [lo, hi],
    ).fetchall()


def insights_of(store: Store, debrief_ids: Iterable[int]) -> list[tuple[Any, ...]]:
    """(id, debrief_id, category, text, contact_id) of the debriefs' insights, in order."""
    return store.db.execute(
        "SELECT i.id, i.debrief_id, i.category, i.text, d.contact_id"
        " FROM insights i JOIN debriefs d ON d.id = i.debrief_id"
        " WHERE i.debrief_id IN (SELECT value FROM json_each(?))"
        " ORDER BY i.debrief_id, i.start_char, i.id",
        [id_list(debrief_ids)],
    ).fetchall()


def coverage(
    store: Store, company_ids: Iterable[int]
) -> tuple[list[tuple[Any, ...]], dict[int, set[str]]]:
    """(id, name, calls) of the companies, by name, and per company the categories no call
    with it has covered. One ``NOT EXISTS`` probe per (company, category): it stops at the
    first insight found, instead of reading every insight of every call with the company."""
    wanted = id_list(company_ids)
    if wanted == "[]":
        return [], {}
    params = {"ids": wanted, "cats": json.dumps(list(CATEGORIES))}
    calls = store.db.execute(
        "SELECT co.id, co.name, count(*) FROM companies co JOIN debriefs d ON d.company_id = co.id"
        " WHERE co.id IN (SELECT value FROM json_each(:ids)) GROUP BY co.id ORDER BY co.name",
        params,
    ).fetchall()
    missing: dict[int, set[str]] = {}
    for cid, category in store.db.execute(
        "SELECT co.value, cat.value FROM json_each(:ids) co, json_each(:cats) cat"
        " WHERE NOT EXISTS (SELECT 1 FROM debriefs d JOIN insights i ON i.debrief_id = d.id"
        "   WHERE d.company_id = co.value AND i.category = cat.value)",
        params,
    ):
        missing.setdefault(int(cid), set()).add(category)
    return calls, missing


_SELECT_FOLLOW_UPS = (
    "SELECT f.id, f.text, f.due, f.done_at, f.debrief_id, d.recorded_at, d.contact, d.company,"
    " f.dismissed_at FROM follow_ups f JOIN debriefs_named d ON d.id = f.debrief_id"
)


def follow_ups(store: Store, *, include_done: bool = False) -> list[tuple[Any, ...]]:
    """(id, text, due, done_at, debrief_id, recorded_at, contact, company, dismissed_at) of
    every open follow-up (with ``include_done``, closed ones too)."""
    where = "" if include_done else " WHERE f.done_at IS NULL"
    return store.db.execute(_SELECT_FOLLOW_UPS + where).fetchall()


# A due date is ISO text (it starts with a digit); anything else counts as no date. Every
# condition is a range of idx_follow_ups_open (done_at, due): counted without reading rows.
FOLLOW_UP_GROUPS = {
    "overdue": ("f.due >= '0' AND f.due < :today", "f.due, f.id"),
    "this_week": ("f.due >= :today AND f.due < :week_end", "f.due, f.id"),
    "later": ("f.due >= :week_end AND f.due < ':'", "f.due, f.id"),
    # The most recent calls first: the freshest promises.
    "undated": (
        "(f.due IS NULL OR f.due < '0' OR f.due >= ':')",
        "d.recorded_at DESC, f.id DESC",
    ),
}


def follow_up_groups(
    store: Store, today: str, week_end: str, limit: int
) -> list[tuple[str, list[tuple[Any, ...]], int]]:
    """(group, its first ``limit`` open follow-ups as :func:`follow_ups` rows, its size) for
    each of :data:`FOLLOW_UP_GROUPS`; sizes are counted in SQL, not loaded."""
    params = {"today": today, "week_end": week_end}
    counts = ", ".join(
        f"(SELECT count(*) FROM follow_ups f WHERE f.done_at IS NULL AND {cond})"
        for cond, _ in FOLLOW_UP_GROUPS.values()
    )
    totals = store.db.execute(f"SELECT {counts}", params).fetchone()
    out = []
    for (key, (cond, order)), total in zip(FOLLOW_UP_GROUPS.items(), totals, strict=True):
        rows = (
            store.db.execute(
                f"{_SELECT_FOLLOW_UPS} WHERE f.done_at IS NULL AND {cond}"
                f" ORDER BY {order} LIMIT :limit",
                {**params, "limit": limit},
            ).fetchall()
            if total
            else []
        )
        out.append((key, rows, int(total)))
    return out


def stamps_around(store: Store, lo: str, hi: str, n: int = 8) -> list[str]:
    """The ``recorded_at`` of up to ``n`` debriefs before ``hi`` and ``n`` from ``lo`` on."""
    before = store.db.execute(
        "SELECT recorded_at FROM debriefs WHERE recorded_at < ? ORDER BY recorded_at DESC LIMIT ?",
        [hi, n],
    ).fetchall()
    after = store.db.execute(
        "SELECT recorded_at FROM debriefs WHERE recorded_at >= ? ORDER BY recorded_at LIMIT ?",
        [lo, n],
    ).fetchall()
    return [stamp for (stamp,) in [*before, *after]]


# -- the theme terms cache (debrief.review.themes) ------------------------------------------


def cached_terms(store: Store, version: str, insight_ids: Iterable[int]) -> dict[int, str]:
    """insight id -> its cached terms (JSON text) for the insights cached at ``version``."""
    cur = store.db.execute(
        "SELECT insight_id, terms FROM insight_terms WHERE version = ?"
        " AND insight_id IN (SELECT value FROM json_each(?))",
        [version, id_list(insight_ids)],
    )
    return dict(cur.fetchall())


def cache_terms(store: Store, version: str, terms: list[tuple[int, str]]) -> None:
    """Store (insight id, terms JSON) pairs at ``version``, replacing older ones."""
    with transaction(store.db):
        store.db.conn.executemany(
            "INSERT OR REPLACE INTO insight_terms (insight_id, terms, version) VALUES (?, ?, ?)",
            [(iid, text, version) for iid, text in terms],
        )


def insight_texts(
    store: Store,
    categories: Iterable[str],
    *,
    debrief_id: int | None = None,
    uncached_at: str | None = None,
) -> list[tuple[int, str]]:
    """(id, text) of the insights in ``categories``: of one debrief (``debrief_id``), and/or
    those whose terms are not cached at version ``uncached_at``."""
    cats = list(categories)
    sql = f"SELECT i.id, i.text FROM insights i WHERE i.category IN ({','.join('?' * len(cats))})"
    params: list[Any] = [*cats]
    if debrief_id is not None:
        sql += " AND i.debrief_id = ?"
        params.append(debrief_id)
    if uncached_at is not None:
        sql += (
            " AND NOT EXISTS (SELECT 1 FROM insight_terms t"
            "   WHERE t.insight_id = i.id AND t.version = ?)"
        )
        params.append(uncached_at)
    return store.db.execute(sql, params).fetchall()
