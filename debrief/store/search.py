"""Full-text search over insights and transcripts (FTS5, bm25 ranking).

User text never reaches FTS5's query syntax raw: :func:`fts_query` turns any string into a
safe query of quoted terms, so quotes, hyphens, ``*``, ``^``, ``:``, parentheses and the
like lose their special meaning. A few conventions are kept on purpose:

- ``"quoted words"`` is a phrase (an unclosed quote runs to the end of the query);
- ``promot*`` is a prefix search (at least two letters before the ``*``);
- ``a OR b`` (upper case ``OR``) matches either word; ``-word`` or ``NOT word`` excludes it;
- ``well-being`` or ``don't`` (punctuation inside a word) is a phrase of its parts; a
  possessive ``resume's`` is its word, ``resume`` (which finds both);
- every other word must appear (AND), stemmed by the porter tokenizer: ``promote`` finds
  ``promoted`` and ``promotion``.

Insights are searched first; transcripts fill up the remaining places with debriefs whose
insights did not match (words said on the call but not filed as an insight).

Ranking is bm25, which reads the length of every matching row. For a word found in more
than :data:`RANK_CAP` rows (after filters) only the most recently filed :data:`RANK_CAP`
are ranked, and the result says so (:attr:`Hits.capped`); that keeps a search for a very
common word in a large knowledge base within a few milliseconds of CPU.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from debrief.config import cue_file
from debrief.errors import DebriefError
from debrief.store.repo import Store

_TOKEN = re.compile(r'"([^"]*)(?:"|$)|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)
_HAS_ALNUM = re.compile(r"[^\W_]", re.UNICODE)
_POSSESSIVE = re.compile(r"(?<=[^\W\d_]{2})['’]s(?=[\"')\]}.,;:!?]*$)", re.UNICODE)
MAX_TERMS = 32
MAX_QUERY_CHARS = 2000
MIN_PREFIX = 2
SNIPPET_TOKENS = 24


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if _HAS_ALNUM.search(w)]


def _phrase(words: list[str], prefix: bool = False) -> str:
    # Words hold no '"' (\w only), so quoting them is always a valid FTS5 string.
    return '"' + " ".join(words) + '"' + ("*" if prefix else "")


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Words that find nothing by themselves (``function_words`` of ``pipelines/ask.toml``)."""
    return frozenset(cue_file("ask.toml")["function_words"].split())


def _only_function_words(term: str) -> bool:
    """Whether a quoted term (``"the"``, ``"to the"``; not a prefix ``"the"*``) holds
    only :func:`function_words`."""
    return not term.endswith("*") and set(_WORD.findall(term.lower())) <= function_words()


def fts_query(text: str | None) -> str | None:
    """A safe FTS5 MATCH expression for ``text``, or None when it holds no searchable word.

    >>> fts_query('promot* "career change" -sales')
    '("promot"* AND "career change") NOT ("sales")'
    """
    groups, negated = _terms(text)
    if not groups or all(_only_function_words(t) for g in groups for t in g):
        return None  # nothing to find, or only "the", "a", "I": nothing meant to find
    positive = [g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")" for g in groups]
    if not negated:
        return " AND ".join(positive)
    return "(" + " AND ".join(positive) + ") NOT (" + " OR ".join(negated) + ")"


def excluded_query(text: str | None) -> str | None:
    """The FTS5 expression matching any word or phrase ``text`` excludes (``-word``,
    ``NOT word``), or None: search by meaning drops what it matches, as the words do.

    >>> excluded_query('culture -remote NOT "open plan"')
    '"remote" OR "open plan"'
    """
    _groups, negated = _terms(text)
    return " OR ".join(negated) or None


def without_excluded(text: str) -> str:
    """``text`` without the words and phrases it excludes: what search by meaning compares
    ("culture -remote" -> "culture"; "remote" itself would pull remote work first)."""
    kept = re.sub(r'(?:(?<=\s)|^)(?:-|NOT\s+)(?:"[^"]*(?:"|$)|\S+)', " ", text)
    return " ".join(kept.split())


def _terms(text: str | None) -> tuple[list[list[str]], list[str]]:
    """The quoted terms of ``text``: the groups that must match (an AND of ORs) and the
    excluded ones."""
    groups: list[list[str]] = []  # AND of ORs
    negated: list[str] = []
    pending_or = pending_not = False
    count = 0
    for match in _TOKEN.finditer((text or "")[:MAX_QUERY_CHARS]):
        if count >= MAX_TERMS:
            break
        phrase, bare = match.group(1), match.group(2)
        negate = pending_not
        if phrase is not None:
            words = _words(phrase)
            term = _phrase(words) if words else None
        else:
            if bare == "OR":
                pending_or = bool(groups)
                continue
            if bare == "NOT":
                pending_not = True
                continue
            if bare == "AND":
                continue
            if bare.startswith("-") and len(bare) > 1:
                negate, bare = True, bare.lstrip("-")
            # "resume's": the word, which finds "resume" and "resume's" alike (the note's
            # "'s" is a token of its own); as the phrase "resume s" it missed "resume" (qa61)
            words = _words(_POSSESSIVE.sub("", bare))
            prefix = bare.rstrip("\"')]}.,;:!?").endswith("*") and bool(words)
            prefix = prefix and len(words[-1]) >= MIN_PREFIX
            term = _phrase(words, prefix) if words else None
        pending_not = False
        if term is None:
            continue
        count += 1
        if negate:
            negated.append(term)
            pending_or = False
        elif pending_or:
            groups[-1].append(term)
            pending_or = False
        else:
            groups.append([term])
    return groups, negated


def filter_conditions(
    *,
    category: str | None = None,
    company_id: int | None = None,
    contact_ids: list[int] | None = None,
    low: str | None = None,
    high: str | None = None,
) -> tuple[list[str], list[Any]]:
    """The SQL conditions (on insights ``i`` of calls ``d``) and their parameters of the
    filters given: a category, a company, contacts, calls from ``low`` (included) to
    ``high`` (excluded, bounds from :func:`date_bound`). The search, the listing and the
    vector filters share them."""
    wanted: list[tuple[str, list[Any] | None]] = [
        ("i.category = ?", [category] if category else None),
        ("d.company_id = ?", None if company_id is None else [company_id]),
        (f"d.contact_id IN ({','.join('?' * len(contact_ids or []))})", contact_ids),
        ("d.recorded_at >= ?", [low] if low else None),
        ("d.recorded_at < ?", [high] if high else None),
    ]
    conds = [cond for cond, values in wanted if values is not None]
    return conds, [v for _cond, values in wanted for v in values or []]


def date_bound(value: Any, *, end: bool = False, flag: str = "date") -> str | None:
    """An ISO timestamp to compare ``recorded_at`` with, from a date, datetime or string.

    A bare date as the end bound covers that whole day (``--until 2026-11-20`` includes
    calls on the 20th). Raises :class:`DebriefError` for a string that is not ISO.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment, date_only = value, False
    elif isinstance(value, date):
        moment, date_only = datetime.combine(value, datetime.min.time()), True
    else:
        text = str(value).strip()
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise DebriefError(
                f"{flag}: {text!r} is not an ISO date (2026-11-20 or 2026-11-20T17:30)"
            ) from None
        date_only = len(text) <= 10
    moment = moment.replace(tzinfo=None, microsecond=0)
    if end and date_only:
        moment += timedelta(days=1)
    return moment.isoformat()


class Hits(list[dict[str, Any]]):
    """Search hits (a list of dicts, best first) plus how the ranking was bounded.

    ``capped`` is True when the query matched more than :data:`RANK_CAP` insights: then only
    the most recently filed :data:`RANK_CAP` matches were ranked (narrow with filters).
    """

    capped: bool = False
    #: The FTS5 expression searched, None when the query held no searchable word.
    match: str | None = None
    #: What to try when there are no hits (filled by the caller that knows the options).
    suggestions: list[str] = []  # noqa: RUF012 (replaced per instance, never mutated)
    #: True when a search by meaning found nothing near a query no note holds (a typo, an
    #: unknown or unrelated word): asking it as a question would find nothing either.
    nothing_near: bool = False


#: Ranking (bm25) reads every match's length; beyond this many matches only the most
#: recent ones are ranked, which keeps a search for a very common word well under 50 ms.
RANK_CAP = 1000


def capped_note(hits: object) -> str | None:
    """A line telling the user that ranking was capped for ``hits``, or None."""
    if not getattr(hits, "capped", False):
        return None
    return (
        f"many matches: the best of the {RANK_CAP:,} most recently filed are shown;"
        " narrow with --company, --category, --person or --since"
    )


def search(
    store: Store,
    query: str,
    *,
    limit: int = 20,
    company: str | None = None,
    company_id: int | None = None,
    category: str | None = None,
    person: str | None = None,
    since: Any = None,
    until: Any = None,
) -> Hits:
    """Insights matching ``query`` (best first), with a highlighted snippet and their source.

    ``company`` and ``person`` are names, matched forgivingly (an unknown or ambiguous name
    raises a one-line :class:`DebriefError`); ``person`` is the contact who said it.
    ``since`` is inclusive, ``until`` exclusive unless it is a bare date (then that whole
    day is included). In ``snippet`` the matched words sit between the marks
    :data:`HL_START` and :data:`HL_END`; ``source`` is ``insight`` or ``transcript``.
    """
    hits = Hits()
    match = hits.match = fts_query(query)
    if match is None:
        return hits
    from debrief.store.search_heard import heard_forms

    heard = [q for q in (fts_query(h) for h in heard_forms(store, query)) if q]
    if heard:  # a renamed person: the transcripts say the name as heard
        match = hits.match = " OR ".join(f"({q})" for q in [match, *heard])
    limit = max(1, min(int(limit), 1000))
    # Debriefs allowed by the filters: "who" filters (company, person) are selective, so
    # they become a set of debrief ids; dates are checked row by row while scanning.
    who: list[str] = []
    who_params: list[Any] = []
    if company:
        from debrief.store.company import resolve_company

        company_id = int(resolve_company(store, company)["id"])
    if company_id is not None:
        who.append("company_id = ?")
        who_params.append(company_id)
    if person:
        from debrief.store.people import contact_ids

        ids = contact_ids(store, person)
        who.append(f"contact_id IN ({','.join('?' * len(ids))})")
        who_params.extend(ids)
    dates, date_params = filter_conditions(
        low=date_bound(since, flag="--since"), high=date_bound(until, end=True, flag="--until")
    )
    debrief_set = f"SELECT id FROM debriefs WHERE {' AND '.join(who)}" if who else None
    try:
        # Insights: the FTS scan drives (CROSS JOIN keeps it outermost).
        joins, conds, params = "", [], []
        if category or dates:
            joins += " CROSS JOIN insights i ON i.id = f.rowid"
        if category:
            conds.append("i.category = ?")
            params.append(category)
        if dates:
            joins += " CROSS JOIN debriefs d ON d.id = i.debrief_id"
            conds += dates
            params += date_params
        if debrief_set:
            conds.append(
                f"+f.rowid IN (SELECT id FROM insights WHERE debrief_id IN ({debrief_set}))"
            )
            params += who_params
        ranked, hits.capped = _rank(store, "insights_fts", match, joins, conds, params, limit)
        hits.extend(_insight_hits(store, match, ranked))
        if len(hits) < limit and not category:
            joins, conds, params = "", [], []
            if dates:
                joins = " CROSS JOIN debriefs d ON d.id = f.rowid"
                conds += dates
                params += date_params
            if debrief_set:
                conds.append(f"+f.rowid IN ({debrief_set})")
                params += who_params
            seen = {h["debrief_id"] for h in hits}
            ranked, _ = _rank(
                store, "transcripts_fts", match, joins, conds, params, limit + len(seen)
            )
            ranked = [r for r in ranked if r[0] not in seen][: limit - len(hits)]
            hits.extend(_transcript_hits(store, match, ranked))
    except sqlite3.OperationalError as exc:  # a query fts_query should have made safe
        raise DebriefError(f"cannot search for {query.strip()[:60]!r} ({exc})") from None
    return hits


def _rank(
    store: Store,
    fts: str,
    match: str,
    joins: str,
    conds: list[str],
    params: list[Any],
    limit: int,
) -> tuple[list[tuple[int, float]], bool]:
    """(rowid, bm25) of the best ``limit`` matches, and whether ranking was capped.

    bm25 is called explicitly (not FTS5's ``rank``, which sorts every match internally
    before SQLite applies the filters).
    """
    where = f"{fts} MATCH ?" + "".join(f" AND {c}" for c in conds)
    source = f"{fts} f{joins}"
    edge = store.db.execute(
        f"SELECT f.rowid FROM {source} WHERE {where} ORDER BY f.rowid DESC LIMIT 1 OFFSET ?",
        [match, *params, RANK_CAP - 1],
    ).fetchone()
    if edge is not None:
        where += " AND f.rowid >= ?"
        params = [*params, edge[0]]
    rows = store.db.execute(
        f"SELECT f.rowid, bm25({fts}) AS score FROM {source} WHERE {where}"
        " ORDER BY score, f.rowid DESC LIMIT ?",
        [match, *params, limit],
    ).fetchall()
    return [(int(r[0]), float(r[1])) for r in rows], edge is not None


def _snippets(store: Store, fts: str, match: str, ids: list[int]) -> dict[int, str]:
    """Highlighted snippets of the rows ``ids`` of ``fts`` for the query ``match``.

    Computed in a small temporary FTS5 table holding only those rows (same tokenizer): a
    snippet query on the big table would walk every match of a common word again.
    """
    if not ids:
        return {}
    content = fts.removesuffix("_fts")
    key = "id" if content == "insights" else "debrief_id"
    marks = ",".join("?" * len(ids))
    rows = store.db.execute(
        f"SELECT {key}, text FROM {content} WHERE {key} IN ({marks})", ids
    ).fetchall()
    conn = store.db.conn
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.debrief_snippets USING fts5("
        "text, tokenize='porter unicode61 remove_diacritics 2')"
    )
    conn.execute("DELETE FROM temp.debrief_snippets")
    conn.executemany("INSERT INTO temp.debrief_snippets (rowid, text) VALUES (?, ?)", rows)
    found = conn.execute(
        "SELECT rowid, snippet(debrief_snippets, 0, char(2), char(3), '…', ?)"
        " FROM temp.debrief_snippets WHERE debrief_snippets MATCH ?",
        [SNIPPET_TOKENS, match],
    ).fetchall()
    conn.execute("DELETE FROM temp.debrief_snippets")
    return dict(found)


_SOURCE_COLS = (
    "d.recorded_at, c.name AS contact, c.title AS title, co.name AS company"
    " FROM debriefs d LEFT JOIN contacts c ON c.id = d.contact_id"
    " LEFT JOIN companies co ON co.id = d.company_id"
)


def _insight_hits(
    store: Store, match: str, ranked: list[tuple[int, float]]
) -> list[dict[str, Any]]:
    ids = [r[0] for r in ranked]
    if not ids:
        return []
    snippets = _snippets(store, "insights_fts", match, ids)
    marks = ",".join("?" * len(ids))
    rows = {
        r["insight_id"]: r
        for r in store.rows(
            "SELECT i.id AS insight_id, i.debrief_id, i.category, i.text, "
            + _SOURCE_COLS.replace(
                "FROM debriefs d", "FROM insights i JOIN debriefs d ON d.id = i.debrief_id"
            )
            + f" WHERE i.id IN ({marks})",
            ids,
        )
    }
    hits = []
    for rowid, score in ranked:
        row = rows.get(rowid)
        if row is None:  # an index entry without its row: never show a half hit
            continue
        row["snippet"] = snippets.get(rowid) or row["text"]
        row["rank"] = score
        row["source"] = "insight"
        hits.append(row)
    return hits


def _transcript_hits(
    store: Store, match: str, ranked: list[tuple[int, float]]
) -> list[dict[str, Any]]:
    ids = [r[0] for r in ranked]
    if not ids:
        return []
    snippets = _snippets(store, "transcripts_fts", match, ids)
    marks = ",".join("?" * len(ids))
    rows = {
        r["debrief_id"]: r
        for r in store.rows(
            f"SELECT d.id AS debrief_id, {_SOURCE_COLS} WHERE d.id IN ({marks})", ids
        )
    }
    hits = []
    for rowid, score in ranked:
        if rowid not in rows:
            continue
        row = {"insight_id": None, **rows[rowid], "category": None, "text": None}
        row["snippet"] = snippets.get(rowid) or ""
        row["rank"] = score
        row["source"] = "transcript"
        hits.append(row)
    return hits
