"""Full-text search over insights and transcripts (FTS5, bm25 ranking).

User text never reaches FTS5's query syntax raw: :func:`fts_query` turns any string into a
safe query of quoted terms (AND), keeping quoted phrases and trailing ``*`` prefixes.
"""

from __future__ import annotations

import re
from typing import Any

from debrief.store.repo import Store

_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 32
HL_START, HL_END = "\x02", "\x03"


def fts_query(text: str) -> str | None:
    """A safe FTS5 MATCH expression for ``text``, or None when it holds no searchable word.

    ``"quoted words"`` stay a phrase; ``word*`` is a prefix search; everything else is split
    into words, each quoted, so operators and punctuation lose their special meaning.
    """
    terms: list[str] = []
    for match in _TOKEN.finditer(text or ""):
        phrase, bare = match.group(1), match.group(2)
        if phrase is not None:
            words = _WORD.findall(phrase)
            if words:
                terms.append('"' + " ".join(words) + '"')
            continue
        words = _WORD.findall(bare)
        prefix = bare.endswith("*") and bool(words)
        for i, word in enumerate(words):
            star = "*" if prefix and i == len(words) - 1 else ""
            terms.append(f'"{word}"{star}')
        if len(terms) >= MAX_TERMS:
            break
    return " ".join(terms[:MAX_TERMS]) or None


def search(
    store: Store,
    query: str,
    *,
    limit: int = 20,
    company_id: int | None = None,
    category: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[dict[str, Any]]:
    """Insights matching ``query`` (best first), with a highlighted snippet and their source.

    In ``snippet`` the matched words sit between the marks :data:`HL_START` and :data:`HL_END`.

    Debriefs with no insight yet (only a transcript) are searched through their transcript.
    """
    match = fts_query(query)
    if match is None:
        return []
    where = []
    params: list[Any] = [match]
    if company_id is not None:
        where.append("d.company_id = ?")
        params.append(company_id)
    if category:
        where.append("i.category = ?")
        params.append(category)
    if since:
        where.append("d.recorded_at >= ?")
        params.append(since)
    if until:
        where.append("d.recorded_at < ?")
        params.append(until)
    extra = (" AND " + " AND ".join(where)) if where else ""
    sql = (
        "SELECT i.id AS insight_id, i.debrief_id, i.category, i.text,"
        " snippet(insights_fts, 0, char(2), char(3), '…', 24) AS snippet, insights_fts.rank AS rank,"
        " d.recorded_at, c.name AS contact, co.name AS company"
        " FROM insights_fts JOIN insights i ON i.id = insights_fts.rowid"
        " JOIN debriefs d ON d.id = i.debrief_id"
        " LEFT JOIN contacts c ON c.id = d.contact_id"
        " LEFT JOIN companies co ON co.id = d.company_id"
        f" WHERE insights_fts MATCH ?{extra} ORDER BY insights_fts.rank LIMIT ?"
    )
    hits = store.rows(sql, [*params, limit])
    if category:
        return hits
    # Transcripts of debriefs whose insights did not match (e.g. no category found yet).
    seen = {h["debrief_id"] for h in hits}
    tparams = [match, *params[1:]]
    textra = extra.replace("i.category = ?", "1")
    tsql = (
        "SELECT NULL AS insight_id, d.id AS debrief_id, NULL AS category, t.text,"
        " snippet(transcripts_fts, 0, char(2), char(3), '…', 24) AS snippet,"
        " transcripts_fts.rank AS rank, d.recorded_at, c.name AS contact, co.name AS company"
        " FROM transcripts_fts JOIN transcripts t ON t.debrief_id = transcripts_fts.rowid"
        " JOIN debriefs d ON d.id = t.debrief_id"
        " LEFT JOIN contacts c ON c.id = d.contact_id"
        " LEFT JOIN companies co ON co.id = d.company_id"
        f" WHERE transcripts_fts MATCH ?{textra} ORDER BY transcripts_fts.rank LIMIT ?"
    )
    for row in store.rows(tsql, [*tparams, limit]):
        if row["debrief_id"] not in seen and len(hits) < limit:
            hits.append(row)
    return hits
