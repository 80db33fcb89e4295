"""What a search or a question that found nothing says next: the tips (fewer filters, other
words, a name's spelling, `debrief prep` or `debrief person` for someone on file), and for
each person the question names, who suggested or named them and on which calls.

:func:`search_with_tips` is `debrief search` (and the browse search box) with those tips on
an empty result; :mod:`debrief.ask.answer` shows them under an answer that found no note.
Split out of ``answer.py`` at stop 44 (docs/extraction-history.md, "house51").
"""

from __future__ import annotations

import sys
from typing import Any

from debrief.ask import hybrid
from debrief.ask.question import WORD, ask_toml, content_words
from debrief.ask.who_referred import people_named
from debrief.store import Store


def search_with_tips(store: Store, query: str, *, exact: bool = False, **filters: Any) -> Any:
    """`debrief search` (and the browse search box): hybrid ranking, or keyword-only with
    ``exact`` or when the embedding model cannot load; hits carry ``suggestions`` (what to
    try) when there are none."""
    from debrief.embed import EmbeddingError

    try:
        hits = hybrid.search(store, query, mode="keyword" if exact else "hybrid", **filters)
    except EmbeddingError as exc:  # the model is broken or gone: words still work
        print(f"warning: searching by keywords only ({exc})", file=sys.stderr)
        hits = hybrid.search(store, query, mode="keyword", **filters)
    if not hits and hits.match is not None:
        tips = suggestions(
            store,
            query,
            filtered=any(
                filters.get(k) for k in ("company", "person", "category", "since", "until")
            ),
        )
        if getattr(hits, "nothing_near", False):
            # no note holds the word and nothing is near it: the one line says so; asking it
            # or other words would find nothing either, only a name's spelling may help
            tips = [t for t in tips if t.startswith("did you mean")]
        elif exact:
            tips.insert(0, "drop --exact to search by meaning too")
        else:
            shown = " ".join(query.split())[:60].replace('"', "")  # one line, whatever was typed
            tips.insert(0, f'ask it as a question: debrief ask "{shown}"')
        hits.suggestions = tips
    return hits


def suggestions(store: Store, question: str, *, filtered: bool) -> list[str]:
    """What to try when nothing answered: fewer filters, other words, a name's spelling."""
    tips: list[str] = []
    if filtered:
        tips.append("drop a filter (--company, --person, --category, --since, --until)")
    tips.append("ask in other words, or name a company or person you spoke to")
    named = people_named(store, question)
    if _asks_what_to_ask(question):
        # "what should I ask Grace next time": the questions still to ask are the prep
        # sheet's (qa65: only `person` was offered)
        tips[:0] = [f'what to ask {n} next: debrief prep "{n}"' for n in named]
    tips += [f'what is on file about {n}: debrief person "{n}"' for n in named]
    words = content_words(question)
    if words:
        near = close_names(store, words)
        if near:
            tips.append("did you mean " + ", ".join(near) + "?")
    tips.append(
        "`debrief list` shows what is filed; `debrief search WORD --exact` finds exact words"
    )
    return tips


def _asks_what_to_ask(question: str) -> bool:
    """Whether the question is about preparing the next call ("what should I ask Grace",
    "prepare for my call with Omar"): a stem of ``[prep] cues`` in ``pipelines/ask.toml``."""
    cues = str(ask_toml().get("prep", {}).get("cues", "")).lower().split()
    words = [w.lower() for w in WORD.findall(question)]
    return any(w.startswith(c) for w in words for c in cues)


def on_file(store: Store, question: str, names: list[str] | None = None) -> list[str]:
    """One line for each person on file the question names (:func:`who_referred.people_named`): who
    suggested or named them, on which call, and the calls with them. "who suggested Tomas
    Berg" is answered by no note, but the knowledge base knows: "No one has talked about
    this" above a tip to `debrief person` said the opposite of what the tip found."""
    from debrief.names import person_key

    lines = []
    for name in people_named(store, question) if names is None else names:
        key = person_key(name)
        said = store.rows(
            "SELECT p.relation, p.debrief_id, d.contact, d.recorded_at FROM people_mentioned p"
            " JOIN debriefs_named d ON d.id = p.debrief_id WHERE p.key = ?"
            " ORDER BY d.recorded_at, p.id",
            [key],
        )
        calls = store.rows(
            "SELECT d.id, d.recorded_at FROM debriefs d JOIN contacts c ON c.id = d.contact_id"
            " WHERE c.key = ? ORDER BY d.recorded_at, d.id",
            [key],
        )
        parts = []
        for relation, verb in (("referral", "suggested by"), ("mentioned", "named by")):
            by = [
                f"{r['contact'] or 'a call with no contact'} (#{r['debrief_id']}"
                f" {str(r['recorded_at'])[:10]})"
                for r in said
                if (r["relation"] == "referral") == (relation == "referral")
            ]
            if by:
                parts.append(f"{verb} {', '.join(by)}")
        if calls:
            n = len(calls)
            last = calls[-1]
            parts.append(
                f"{n} call{'s' * (n != 1)} with them, the last #{last['id']}"
                f" {str(last['recorded_at'])[:10]}"
            )
        if parts:
            lines.append(f"{name}: {'; '.join(parts)}")
    return lines


def close_names(store: Store, words: list[str]) -> list[str]:
    """Contact and company names close to a word of the query (typos: "ledgerlin")."""
    from rapidfuzz import fuzz, process

    from debrief.store.vectors import known_names

    names = known_names(store)
    found: list[str] = []
    parts = {p.lower(): n for n in names for p in str(n).split() if len(p) >= 4}
    for w in words:
        if len(w) < 4:
            continue
        match = process.extractOne(w, list(parts), scorer=fuzz.ratio, score_cutoff=80)
        if match and match[0] not in (w, w.split("'")[0]) and parts[match[0]] not in found:
            found.append(parts[match[0]])
    return found[:3]
