"""Hybrid search: keyword (FTS5 bm25) and meaning (sentence vectors) fused.

Three ranked lists of insights are made for a query, each under the same filters:

- **all words**: every content word must appear, stemmed (a query with search syntax,
  such as a phrase in double quotes, as written: that is ``debrief search --exact``).
  Precise, and empty for most questions asked in other words;
- **any word**: bm25 over the query's content words (``pipelines/ask.toml`` lists the
  question words dropped). Measured, it only added noise next to the meaning list, so its
  weight is 0 and it is not computed; it stays available for the comparison;
- **meaning**: cosine of the insight's vector (:mod:`debrief.embed`, embedded with who said
  it) with the question's vector, over every insight the filters allow.

They are fused by weighted reciprocal rank fusion (:data:`FUSION`, :data:`WEIGHTS`; the
"score" fusion, cosine plus a bm25 bonus, is the measured alternative: see
``benchmarks/search.py --fusion`` on the relevance set in ``tests/relevance/``), with a small
bonus for insights of a category the query names ("advice", "skills"). A question
touching a common topic ("who is hiring") is blended with that topic's description
(``[topics]`` in ``pipelines/ask.toml``) before it is compared.

The question's vector goes through the query adapter first (a matrix trained on job
seekers' questions over the training recaps by ``scripts/train_query_adapter.py``; see
:func:`debrief.ask.question.query_vector`). The adapter ranks; the ``similarity`` of a hit,
which the floors here and in ``debrief ask`` see, stays MiniLM's cosine.

Then names and exact phrases win: when the query names a contact or a company of the
knowledge base, or holds a quoted phrase, the insights of that person or company, or
containing that phrase, come first (still in fused order), and the rest of the question
ranks them ("Ledgerline culture": Ledgerline's insights, about culture first).

Insights without a vector (filed before this existed) are embedded on first use: see
:func:`debrief.ask.indexing.ensure_vectors`. The cosines of the meaning list are
:mod:`debrief.ask.nearest`'s.
"""

from __future__ import annotations

import re
from typing import Any, TypedDict

# The backfill is indexing's; hybrid still offers it, where callers found it before.
from debrief.ask.indexing import ensure_vectors as ensure_vectors
from debrief.ask.indexing import missing_vectors as missing_vectors
from debrief.ask.nearest import cosines, lookup, vector_scores
from debrief.ask.question import (
    _WORD,
    categories_named,
    content_words,
    likely_category,
    query_adapter,
    query_vector,
    question_vector,
    topics_of,
    write_category_vectors,
)
from debrief.store import Store
from debrief.store import vectors as vstore
from debrief.store.search import Hits, excluded_query, fts_query, without_excluded
from debrief.store.search import search as keyword_search

MODES = ("hybrid", "keyword", "vector")

#: Candidates taken from each list before fusion.
DEPTH = 100
#: Fusion, chosen on tests/relevance (``benchmarks/search.py --fusion`` prints it): weighted
#: reciprocal rank fusion, sum of WEIGHTS[list] / (RRF_K + rank), plus CATEGORY_BONUS.
#: recall@10 / nDCG@10 0.835 / 0.773, against 0.798 / 0.743 for "score" fusion (cosine plus
#: a bm25 bonus per keyword list), 0.784 / 0.738 for the textbook k=60 with the any-word
#: list at 0.5 and 0.830 / 0.765 with it at 0.25: the any-word list only adds noise once the
#: meaning list is there, so it is not computed (weight 0); k between 5 and 20 gives the same.
FUSION = "rrf"
WEIGHTS = {"all": 1.0, "any": 0.0, "vector": 1.0, "topic": 0.75, "category": 0.5}
RRF_K = 20
#: With no keyword match, no insight this close and no word of the query known to the
#: knowledge base, a hybrid search finds nothing ("no results", with suggestions) instead of
#: the least distant noise ("zzzunknownword"). The cosine alone does not tell a typo from a
#: question in everyday words: junk peaks at 0.04-0.25, answered questions of
#: tests/relevance_dev3 at 0.16-0.25; emptied by the cosine alone, five of its 30 paraphrased
#: questions found nothing (recall@10 0.37 instead of 0.42, below vector-only's 0.41).
NOTHING_BELOW = 0.25
#: A query of one content word that no note holds is no question in everyday words: its
#: meaning must come this close to something, known word or not ("ünïcode" is one token of
#: the model's vocabulary, "unicode", and found the least distant noise). Measured (qa40,
#: stop 35) on the three relevance sets and a typed week, one-word queries with no keyword
#: hit: unrelated words peak at 0.13-0.22 (ünïcode 0.13-0.19, pizza 0.13-0.28, guitar
#: 0.17-0.22), one-word paraphrases at 0.24-0.53 ("stress" for "deadlines are brutal" 0.24,
#: "wages" for "the pay is competitive" 0.53, "pay" for a salary 0.37); below 0.22 they lose
#: none of them and the unrelated words half the time (the rest are near in meaning:
#: "astronaut" finds a physics PhD at 0.36-0.42).
ONE_WORD_BELOW = 0.22
#: A meaning-only hit below this cosine is noise for `debrief search` (keyword hits stay).
SEARCH_FLOOR = 0.10

#: Bonus of an insight whose category the query names (see categories_named): about two
#: thirds of a first place in one list (1 / (RRF_K + 1)).
CATEGORY_BONUS = 0.03

#: The category list (the insights of the category the question is likely about) holds only
#: those this close (the adapted, calibrated scale of the meaning list) to the nearest insight:
#: a guessed category is a prior among near answers, not a way in for far ones ("mentor",
#: taken for advice, put three pieces of advice at 0.17-0.26 above two insights on
#: mentorship at 0.62). None: no margin. Measured (qa40, stop 35) on the relevance sets,
#: recall@10 / nDCG@10 with no margin -> 0.3: tests/relevance 0.883 / 0.824 -> 0.883 / 0.825,
#: relevance_dev2 0.725 / 0.636 -> 0.728 / 0.638, relevance_dev3 0.577 / 0.564 unchanged
#: (0.25 and less lose paraphrases on tests/relevance: 0.872 at 0.25, 0.864 at 0.15).
CATEGORY_MARGIN: float | None = 0.3

#: How a topic the question touches is used: "blend" (the question's vector is blended with
#: it), "list" (a second meaning list, fused), "off".
TOPICS = "blend"


def _filters(store: Store, company: str | None, person: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if company:
        from debrief.store.company import resolve_company

        out["company_id"] = int(resolve_company(store, company)["id"])
    if person:
        from debrief.store.people import contact_ids

        out["contact_ids"] = list(contact_ids(store, person))
    return out


class Filters(TypedDict, total=False):
    """The filters :func:`search` takes, passed along as a bundle (``debrief ask``)."""

    company: str | None
    category: str | None
    person: str | None
    since: str | None
    until: str | None


def search(
    store: Store,
    query: str,
    *,
    mode: str = "hybrid",
    limit: int = 20,
    company: str | None = None,
    category: str | None = None,
    person: str | None = None,
    since: str | None = None,
    until: str | None = None,
    floor: float = SEARCH_FLOOR,
    weights: dict[str, float] | None = None,
    rrf_k: int = RRF_K,
    fusion: str = FUSION,
    topics: str = TOPICS,
    adapter: bool = True,
    category_margin: float | None = CATEGORY_MARGIN,
) -> Hits:
    """Insights for ``query`` ranked by ``mode``: ``hybrid`` (default), ``keyword``, ``vector``.

    Same filters and hit shape as :func:`debrief.store.search.search` (``since``/``until``
    are ISO bounds). Hybrid and vector hits also carry ``similarity`` (cosine with the
    question as MiniLM embeds it, blended with its topics: the scale of the floors, with or
    without the query adapter) and ``matched`` (the lists that found them: ``all``, ``any``,
    ``vector``).
    Keyword mode is exactly the keyword search. ``fusion`` is ``rrf`` (weighted reciprocal
    rank fusion) or ``score`` (cosine plus a bonus per keyword list, in proportion to bm25).
    ``adapter=False`` compares the question as MiniLM embeds it, without the query adapter
    (:func:`debrief.ask.question.query_vector`).
    """
    filters: dict[str, Any] = {"company": company, "category": category, "person": person}
    if mode == "keyword":
        return keyword_search(store, query, limit=limit, since=since, until=until, **filters)
    if mode == "hybrid" and fts_query(query) is None:
        # Nothing to find: punctuation only, or excluded words only ("-travel"), whose
        # meaning would rank first the very insights the user excluded. No hits, match None.
        return keyword_search(store, query, limit=limit, since=since, until=until, **filters)
    weights = weights or WEIGHTS
    limit = max(1, min(int(limit), 1000))
    who = _filters(store, company, person)
    keyword_filters: dict[str, Any] = {
        "company_id": who.get("company_id"),
        "category": category,
        "person": person,
        "since": since,
        "until": until,
    }
    lists: dict[str, list[tuple[int, float]]] = {}
    capped = False
    hits_by_id: dict[int, dict[str, Any]] = {}
    transcript_hits: list[dict[str, Any]] = []
    # A query naming a contact or company: their insights come first (see _boosted), and
    # the rest of the question ("Ledgerline culture" -> "culture") ranks them.
    # Excluded words ("culture -remote") are no part of what is meant: the meaning half
    # compares the rest and drops the insights holding them, as the word half does.
    meant = without_excluded(query) if mode == "hybrid" else query
    said = content_words(meant.replace('"', " "))
    named = vstore.named_in(store, said, common=everyday) if mode == "hybrid" else None
    meaning = meant
    only_named = False
    if named and named["words"]:
        rest = [w for w in _WORD.findall(meant) if w.lower() not in named["words"]]
        if content_words(" ".join(rest)):
            meaning = " ".join(rest)
        else:
            only_named = bool(named["contact_ids"] or named["company_ids"])
    if mode == "hybrid":
        # Every content word must appear ("how much do you travel" -> travel); a query with
        # search syntax (quotes, OR, -word, prefix*) is taken as written.
        syntax = any(c in query for c in '"*') or re.search(r"(^|\s)-\w|\bOR\b|\bNOT\b", query)
        strict = query if syntax else " ".join(content_words(query)) or query
        exact = keyword_search(store, strict, limit=DEPTH, **keyword_filters)
        lists["all"] = [
            (int(h["insight_id"]), float(h["rank"])) for h in exact if h["source"] == "insight"
        ]
        transcript_hits = [h for h in exact if h["source"] == "transcript"]
        capped = exact.capped
        words = content_words(meaning)
        if not weights.get("any"):
            loose = Hits()
        elif words and fts_query(" OR ".join(words)) != exact.match:
            loose = keyword_search(store, " OR ".join(words), limit=DEPTH, **keyword_filters)
        else:
            loose = exact
        lists["any"] = [
            (int(h["insight_id"]), float(h["rank"])) for h in loose if h["source"] == "insight"
        ]
        for h in [*exact, *loose]:
            if h["source"] == "insight":
                hits_by_id.setdefault(int(h["insight_id"]), h)
    from debrief.store.search import date_bound

    allowed = vstore.filtered_ids(
        store,
        company_id=who.get("company_id"),
        contact_ids=who.get("contact_ids"),
        category=category,
        low=date_bound(since, flag="--since"),
        high=date_bound(until, end=True, flag="--until"),
    )
    if mode == "hybrid":
        allowed = vstore.without_matching(store, allowed, excluded_query(query))
    from debrief import embed

    # The question's own vector, made once (not at all when there is nothing to compare).
    has_vectors = bool(len(vstore.matrix(store, embed.MODEL_ID).ids))
    # The numpy model (debrief.minilm, no onnxruntime), or the store's cache of recent questions.
    raw = question_vector(meaning, store) if meaning.strip() and has_vectors else None
    if topics == "list" and topics_of(meaning):
        # The question alone ranks the meaning list; the question blended with the topics it
        # touches ranks a list of its own, so a topic word used in another sense ("away from
        # home", "climate change") adds a few candidates instead of bending the whole list.
        alone = query_vector(meaning, raw, blend=False, adapted=adapter)
        near, all_scores = vector_scores(store, meaning, allowed, alone, adapter, depth=DEPTH)
        topical, _ = vector_scores(
            store,
            meaning,
            allowed,
            query_vector(meaning, raw, adapted=adapter),
            adapter,
            depth=DEPTH,
        )
        lists["topic"] = sorted(
            ((i, s) for i, s in topical.items() if s >= floor), key=lambda x: (-x[1], x[0])
        )
    else:
        vector = (
            None
            if raw is None
            else query_vector(meaning, raw, blend=topics != "off", adapted=adapter)
        )
        near, all_scores = vector_scores(store, meaning, allowed, vector, adapter, depth=DEPTH)
    similarity: dict[int, float] = dict(near)
    nothing_near = False
    if mode == "hybrid" and weights.get("category") and near:
        likely = likely_category(meaning, raw)
        if likely:
            cats = vstore.insight_rows(store, list(near))
            if category_margin is not None:
                floor_near = max(near.values()) - category_margin
                cats = {i: c for i, c in cats.items() if near.get(i, -1.0) >= floor_near}
            lists["category"] = sorted(
                (
                    (i, s)
                    for i, s in near.items()
                    if s >= floor and cats.get(i, {}).get("category") == likely
                ),
                key=lambda x: (-x[1], x[0]),
            )
    if all_scores is not None:
        wanted = {i for ranked in lists.values() for i, _ in ranked} - set(similarity)
        similarity.update(lookup(all_scores, wanted))
    lists["vector"] = sorted(
        ((i, s) for i, s in near.items() if s >= floor or mode == "vector"),
        key=lambda x: (-x[1], x[0]),
    )

    fused: dict[int, float] = {}
    matched: dict[int, list[str]] = {}
    for name, ranked in lists.items():
        for rank, (insight_id, _score) in enumerate(ranked, start=1):
            matched.setdefault(insight_id, []).append(name)
            if fusion == "rrf":
                w = weights.get(name, 0.0)
                fused[insight_id] = fused.get(insight_id, 0.0) + w / (rrf_k + rank)
    if fusion == "score":
        for name in ("all", "any"):
            ranked = lists.get(name, [])
            best = min((score for _, score in ranked), default=0.0)  # bm25: lower is better
            for insight_id, score in ranked:
                share = score / best if best else 0.0
                fused[insight_id] = fused.get(insight_id, 0.0) + weights.get(name, 0.0) * share
        for insight_id in list(matched):
            fused[insight_id] = fused.get(insight_id, 0.0) + similarity.get(insight_id, 0.0)
    boosted = _boosted(store, query, named, lists, allowed) if mode == "hybrid" else set()
    if all_scores is not None and boosted - set(similarity):
        similarity.update(lookup(all_scores, boosted - set(similarity)))
    for insight_id in boosted:
        fused.setdefault(insight_id, 0.0)
    named_categories = categories_named(meaning) if mode == "hybrid" else set()
    of_named: set[int] = set()
    if named_categories:
        for insight_id, info in vstore.insight_rows(store, list(fused)).items():
            if info["category"] in named_categories:
                fused[insight_id] += CATEGORY_BONUS
                of_named.add(insight_id)
    # Best fused first; among equals (e.g. a named person's insights no list found), closest.
    order = sorted(fused, key=lambda i: (-fused[i], -similarity.get(i, -1.0), i))
    if boosted:
        # A named person's or company's insights first, those of a category the query names
        # first among them ("Omar Haddad advice": his advice, then the rest he said), whatever
        # the cosine of a one-word remainder ("advice") with each.
        order = (
            [i for i in order if i in boosted and i in of_named]
            + [i for i in order if i in boosted and i not in of_named]
            + [i for i in order if i not in boosted]
        )
    if adapter and raw is not None and query_adapter() is not None:
        # The adapter ranks; the similarity shown and held against the floors (here and in
        # `debrief ask`) stays MiniLM's cosine, the scale they were calibrated on: adapted
        # cosines, even calibrated (question.calibrate), lift some unrelated questions over
        # them ("stock options at a startup" -> "he sold insurance before joining", 0.30).
        plain = query_vector(meaning, raw, blend=topics != "off", adapted=False)
        similarity = cosines(store, set(similarity) | set(fused), plain)
    if (
        mode == "hybrid"
        and not (boosted or company or person)
        and not lists.get("all")
        and max(similarity.values(), default=0.0) < NOTHING_BELOW
        and not _any_word_known(store, query)
    ):
        # no word is known and nothing is close: a typo or an unknown word; the notes filed
        # under a category the query names stay (see below)
        order = [i for i in order if i in of_named]
        nothing_near = not order
    if (
        mode == "hybrid"
        and not (boosted or company or person)
        and not lists.get("all")
        and len(said) == 1
        and max(similarity.values(), default=0.0) < ONE_WORD_BELOW
    ):
        # One word no note holds, and nothing near it in meaning; but a word that names a
        # category ("culture") keeps the notes filed under it that the lists found, as
        # `search culture --company Plaid` shows them: these cut-offs are skipped under a
        # company or person filter, so the filtered search found what the whole one did not
        # (qa57; qa58 measured Kenji's "the team ships daily", culture, at cosine 0.19).
        order = [i for i in order if i in of_named]
        nothing_near = not order
    order = order[:limit]
    rows = vstore.insight_rows(store, order)
    hits = Hits()
    hits.match = fts_query(query)
    hits.capped = capped  # the keyword list was ranked among the most recent matches only
    hits.nothing_near = nothing_near and not transcript_hits
    for insight_id in order:
        row = rows.get(insight_id)
        if row is None:
            continue
        kw = hits_by_id.get(insight_id)
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
    if only_named:
        # The query is a name and nothing else ("Mei Chen", "Figma"): what is meant is them.
        # The meaning of a bare name says nothing about other people's insights (found by
        # meaning alone at cosine 0.07-0.18, every one unrelated), so only theirs and those
        # holding the name are shown.
        hits[:] = [h for h in hits if not _weak(h)]
    if mode == "hybrid" and not category and transcript_hits:
        # Lines of a transcript with every word of the query (said, but filed under no
        # insight): after the insights, or, for keywords (every word a content word:
        # "huddle", "weekly huddle"), above those found by meaning alone; insights with the
        # words and named ones stay first. A question in the user's own words ("what would I
        # be doing all day") keeps them last: its few content words in some sentence say
        # little; a quoted phrase ('"thank you"') is the user's exact words, whatever they
        # are, so its lines come above meaning too. At most ``limit`` hits.
        typed = _WORD.findall(query)
        keywords = '"' in query or (bool(typed) and len(content_words(query)) == len(typed))
        strong = [h for h in hits if not (keywords and _weak(h))]
        weak = [h for h in hits if keywords and _weak(h)]
        seen = {h["debrief_id"] for h in strong}
        extra = [h for h in transcript_hits if h["debrief_id"] not in seen]
        hits[:] = [*strong, *extra, *weak][:limit]
    return hits


def _weak(hit: dict[str, Any]) -> bool:
    """A hit found by meaning alone: in no keyword list, not of a named person or company."""
    return not hit["named"] and not set(hit["matched"]) & {"all", "any"}


def everyday(word: str) -> bool:
    """Whether ``word`` is a whole token of the embedding model's vocabulary (30,522 common
    English words and well-known names): such a word alone names no company ("data" is not
    Data Systems), a coined one may ("quillon": Quillon Systems)."""
    from debrief import embed

    return len(embed.token_ids(word)) == 3  # [CLS] word [SEP]


def _any_word_known(store: Store, query: str) -> bool:
    """Whether any content word of ``query`` is a word: a whole token of the embedding
    model's vocabulary (30,522 common English words and names), or a word of the knowledge
    base (stemmed, filters ignored). A question in everyday words whose answers are all far
    in cosine ("once I'm in the door, can I hop sideways": best 0.16) still gets its nearest
    insights; a typo or an unknown word ("zzzunknownword") gets "no results" and suggestions."""
    from debrief import embed

    words = content_words(query.replace('"', " "))
    if any(len(w) >= 3 and len(embed.token_ids(w)) == 3 for w in words):  # [CLS] w [SEP]
        return True
    return bool(words) and bool(keyword_search(store, " OR ".join(words), limit=1))


def _boosted(
    store: Store,
    query: str,
    named: dict[str, Any] | None,
    lists: dict[str, list[tuple[int, float]]],
    allowed: Any,
) -> set[int]:
    """Insights that must come first: every insight (the filters allow) of a contact or
    company the query names, and those holding a phrase it quotes."""
    boosted: set[int] = set()
    if '"' in query:
        boosted |= {i for i, _ in lists.get("all", [])}
    if named and (named["contact_ids"] or named["company_ids"]):
        ids = vstore.insights_of(store, named["contact_ids"], named["company_ids"])
        if allowed is not None:
            keep = {int(i) for i in allowed}
            ids = [i for i in ids if i in keep]
        boosted |= set(ids)
    return boosted


if __name__ == "__main__":
    write_category_vectors()
