"""The hits a hybrid search returns: its ranked insight ids made rows, and transcript lines.

Reads the order, scores and lists :mod:`debrief.ask.hybrid` decided, and the insights' rows
from the store (:func:`debrief.store.vectors.insight_rows`); returns the hit dicts
`debrief search` and `debrief ask` show (the shape of :func:`debrief.store.search.search`'s,
plus ``similarity``, ``matched``, ``named``, ``category_named``). Nothing here ranks or cuts:
kept apart so what a hit holds, and where the lines of a transcript go among the insights,
are read in one place.
"""

from __future__ import annotations

from typing import Any

from debrief.ask.question import WORD, content_words
from debrief.store import Store
from debrief.store import vectors as vstore
from debrief.store.search import Hits


def insight_hits(
    store: Store,
    order: list[int],
    *,
    fused: dict[int, float],
    similarity: dict[int, float],
    matched: dict[int, list[str]],
    boosted: set[int],
    named_categories: set[str],
    keyword_hits: dict[int, dict[str, Any]],
) -> Hits:
    """One hit per insight of ``order`` still on file, in that order. ``keyword_hits``: the
    keyword search's own hit of an insight, whose snippet (the words marked) is shown."""
    rows = vstore.insight_rows(store, order)
    hits = Hits()
    for insight_id in order:
        row = rows.get(insight_id)
        if row is None:
            continue
        kw = keyword_hits.get(insight_id)
        hits.append(
            {
                "insight_id": insight_id,
                "debrief_id": row["debrief_id"],
                "category": row["category"],
                "text": row["text"],
                "recorded_at": row["recorded_at"],
                "contact": row["contact"],
                "title": row["title"],
                "company": row["company"],
                "snippet": (kw or {}).get("snippet") or row["text"],
                "rank": -fused[insight_id],
                "source": "insight",
                "similarity": round(similarity.get(insight_id, 0.0), 4),
                "matched": matched.get(insight_id, []),
                "named": insight_id in boosted,
                "category_named": row["category"] in named_categories,
            }
        )
    return hits


def weak(hit: dict[str, Any]) -> bool:
    """A hit found by meaning alone: in no keyword list, not of a named person or company."""
    return not hit["named"] and not set(hit["matched"]) & {"all", "any"}


def keywords_only(query: str) -> bool:
    """Whether ``query`` is keywords ("huddle", "weekly huddle": every word a content word)
    or a quoted phrase, not a question in the user's own words."""
    typed = WORD.findall(query)
    return '"' in query or (bool(typed) and len(content_words(query)) == len(typed))


def with_transcript_lines(
    hits: list[dict[str, Any]],
    transcript_hits: list[dict[str, Any]],
    query: str,
    limit: int,
) -> list[dict[str, Any]]:
    """``hits`` with the lines of a transcript holding every word of the query (said, but
    filed under no insight) put among them; at most ``limit``.

    After the insights, or, for keywords (every word a content word: "huddle", "weekly
    huddle"), above those found by meaning alone; insights with the words and named ones
    stay first. A question in the user's own words ("what would I be doing all day") keeps
    them last: its few content words in some sentence say little; a quoted phrase
    ('"thank you"') is the user's exact words, whatever they are, so its lines come above
    meaning too. A line of a call one of the kept-first hits is from adds nothing.
    """
    keywords = keywords_only(query)
    strong = [h for h in hits if not (keywords and weak(h))]
    later = [h for h in hits if keywords and weak(h)]
    seen = {h["debrief_id"] for h in strong}
    extra = [h for h in transcript_hits if h["debrief_id"] not in seen]
    return [*strong, *extra, *later][:limit]
