"""Listing insights by filters alone (``debrief search --category advancement`` with no words).

Same shape as a search hit (:func:`debrief.store.search.search`), newest call first, so every
renderer of search results draws a listing too.
"""

from __future__ import annotations

from typing import Any

from debrief.store.repo import Store
from debrief.store.search import Hits, date_bound, filter_conditions


def list_insights(
    store: Store,
    *,
    category: str | None = None,
    company: str | None = None,
    person: str | None = None,
    since: Any = None,
    until: Any = None,
    limit: int = 20,
) -> Hits:
    """Insights matching the filters (at least one should be given), newest call first.

    ``company`` and ``person`` are matched forgivingly, as in search.
    """
    company_id = contacts = None
    if company:
        from debrief.store.company import resolve_company

        company_id = int(resolve_company(store, company)["id"])
    if person:
        from debrief.store.people import contact_ids

        contacts = contact_ids(store, person)
    conds, params = filter_conditions(
        category=category,
        company_id=company_id,
        contact_ids=contacts,
        low=date_bound(since, flag="--since"),
        high=date_bound(until, end=True, flag="--until"),
    )
    where = " WHERE " + " AND ".join(conds) if conds else ""
    rows = store.rows(
        "SELECT i.id AS insight_id, i.debrief_id, i.category, i.text, d.recorded_at,"
        " c.name AS contact, c.title AS title, co.name AS company"
        " FROM insights i JOIN debriefs d ON d.id = i.debrief_id"
        " LEFT JOIN contacts c ON c.id = d.contact_id"
        " LEFT JOIN companies co ON co.id = d.company_id"
        f"{where} ORDER BY d.recorded_at DESC, d.id DESC, i.start_char LIMIT ?",
        [*params, max(1, min(int(limit), 1000))],
    )
    hits = Hits()
    hits.match = ""  # a listing, not a word search
    for row in rows:
        row["snippet"] = row["text"]
        row["source"] = "insight"
        hits.append(row)
    return hits
