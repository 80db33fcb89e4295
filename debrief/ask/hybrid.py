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

:func:`search` reads as its steps: the keyword lists and the cut-offs are here (the
constants above decide them, and benchmarks set them on this module); what the query says
and names (and what that puts first) is :mod:`debrief.ask.asked`'s, the meaning lists
:mod:`debrief.ask.meaning`'s, the arithmetic of the fusion :mod:`debrief.ask.fusion`'s, and
the hits' rows and the transcript lines among them :mod:`debrief.ask.hit_rows`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, TypedDict

from debrief.ask.asked import any_word_known, must_come_first, what_is_meant
from debrief.ask.fusion import Ranked, fuse, fused_order, named_first
from debrief.ask.hit_rows import insight_hits, keywords_only, weak, with_transcript_lines

# The backfill is indexing's; hybrid still offers it, where callers found it before.
from debrief.ask.indexing import ensure_vectors as ensure_vectors
from debrief.ask.indexing import missing_vectors as missing_vectors
from debrief.ask.meaning import meaning_lists, plain_similarity
from debrief.ask.nearest import lookup
from debrief.ask.question import (
    categories_named,
    content_words,
    query_adapter,
    write_category_vectors,
)
from debrief.store import Store
from debrief.store import vectors as vstore
from debrief.store.search import Hits, excluded_query, fts_query
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
#: A query of keywords only ("promotion", "SQL", "work life balance") whose words notes hold:
#: a note found by meaning alone must come this close (the adapted scale the meaning list
#: ranks on). On a home of few notes the meaning list is every note, and "promotion" listed
#: a career-path note, a typical day and "leaves at five" under the two notes on promotions
#: (adapted 0.10-0.25; qa65, stop 44). Measured on the three relevance sets: on such
#: queries every relevant note found by meaning alone in the top 10 is at 0.320 or more
#: ("work life balance": "leaves at five"-like notes 0.32-0.45), and none at all for the
#: names, acronyms and quoted phrases; their figures do not move (benchmarks/search.py).
KEYWORD_MEANING_FLOOR = 0.30

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

    The steps, in order: what the query means (:func:`debrief.ask.asked.what_is_meant`),
    the keyword lists (:func:`_keyword_lists`), the insights the filters allow
    (:func:`_allowed`), the meaning lists (:func:`debrief.ask.meaning.meaning_lists`), their fusion
    (:func:`debrief.ask.fusion.fuse`), the named and the category bonus, the cosine shown
    (:func:`debrief.ask.meaning.plain_similarity`), the cut-offs
    (:func:`_cut_off`), then the rows and the transcript lines (:mod:`debrief.ask.hit_rows`).
    """
    filters: dict[str, Any] = {"company": company, "category": category, "person": person}
    if mode == "keyword":
        return keyword_search(store, query, limit=limit, since=since, until=until, **filters)
    if mode == "hybrid" and fts_query(query) is None:
        # Nothing to find: punctuation only, or excluded words only ("-travel"), whose
        # meaning would rank first the very insights the user excluded. No hits, match None.
        return keyword_search(store, query, limit=limit, since=since, until=until, **filters)
    hybrid = mode == "hybrid"
    weights = weights or WEIGHTS
    limit = max(1, min(int(limit), 1000))
    who = _filters(store, company, person)
    asked = what_is_meant(store, query, hybrid)
    found = _Keywords()
    if hybrid:
        keyword_filters: dict[str, Any] = {
            "company_id": who.get("company_id"),
            "category": category,
            "person": person,
            "since": since,
            "until": until,
        }
        found = _keyword_lists(store, query, asked.meaning, weights, keyword_filters)
    lists = found.lists
    allowed = _allowed(store, query, who, category, since, until, hybrid)
    meant = meaning_lists(
        store,
        asked.meaning,
        allowed,
        lists,
        mode=mode,
        floor=floor,
        weights=weights,
        topics=topics,
        adapter=adapter,
        category_margin=category_margin,
        depth=DEPTH,
    )
    similarity = meant.similarity
    ranked_on = dict(similarity)  # the scale the meaning list ranked on (see below)
    fused, matched = fuse(lists, similarity, weights, rrf_k=rrf_k, fusion=fusion)
    boosted = must_come_first(store, query, asked.named, lists, allowed) if hybrid else set()
    if meant.all_scores is not None and boosted - set(similarity):
        similarity.update(lookup(meant.all_scores, boosted - set(similarity)))
    for insight_id in boosted:
        fused.setdefault(insight_id, 0.0)
    named_categories = categories_named(asked.meaning) if hybrid else set()
    of_named = _category_bonus(store, fused, named_categories)
    order = fused_order(fused, similarity)
    if boosted:
        order = named_first(order, boosted, of_named)
    if adapter and meant.raw is not None and query_adapter() is not None:
        similarity = plain_similarity(store, asked.meaning, meant.raw, similarity, fused, topics)
    order, nothing_near = _cut_off(
        store,
        query,
        order,
        said=asked.said,
        lists=lists,
        similarity=similarity,
        of_named=of_named,
        applies=hybrid and not (boosted or company or person),
    )
    if hybrid and lists.get("all") and keywords_only(query):
        # the query's words were found: far meaning adds notes with none of them
        order = [
            i
            for i in order
            if i in boosted
            or i in of_named
            or any(i in dict(lists.get(k, [])) for k in ("all", "any"))
            or ranked_on.get(i, 0.0) >= KEYWORD_MEANING_FLOOR
        ]
    hits = insight_hits(
        store,
        order[:limit],
        fused=fused,
        similarity=similarity,
        matched=matched,
        boosted=boosted,
        named_categories=named_categories,
        keyword_hits=found.hits_by_id,
    )
    hits.match = fts_query(query)
    hits.capped = found.capped  # the keyword list was ranked among the most recent matches only
    hits.nothing_near = nothing_near and not found.transcript_hits
    if asked.only_named:
        # The query is a name and nothing else ("Mei Chen", "Figma"): what is meant is them.
        # The meaning of a bare name says nothing about other people's insights (found by
        # meaning alone at cosine 0.07-0.18, every one unrelated), so only theirs and those
        # holding the name are shown.
        hits[:] = [h for h in hits if not weak(h)]
    if hybrid and not category and found.transcript_hits:
        hits[:] = with_transcript_lines(hits, found.transcript_hits, query, limit)
    return hits


@dataclass
class _Keywords:
    """The keyword half of a hybrid search: its lists and what else the keyword search found."""

    #: "all" (every content word) and "any" (any of them; empty at weight 0), best first.
    lists: dict[str, Ranked] = field(default_factory=dict)
    #: The keyword search's own hit of each insight it found (its snippet is shown).
    hits_by_id: dict[int, dict[str, Any]] = field(default_factory=dict)
    #: Lines of a transcript holding every word (said, but filed under no insight).
    transcript_hits: list[dict[str, Any]] = field(default_factory=list)
    #: The all-word list was ranked among the most recent matches only.
    capped: bool = False


def _keyword_lists(
    store: Store,
    query: str,
    meaning: str,
    weights: dict[str, float],
    keyword_filters: dict[str, Any],
) -> _Keywords:
    """Every content word must appear ("how much do you travel" -> travel); a query with
    search syntax (quotes, OR, -word, prefix*) is taken as written. The any-word list is
    searched only when it weighs something and differs from the all-word one."""
    syntax = any(c in query for c in '"*') or re.search(r"(^|\s)-\w|\bOR\b|\bNOT\b", query)
    strict = query if syntax else " ".join(content_words(query)) or query
    exact = keyword_search(store, strict, limit=DEPTH, **keyword_filters)
    found = _Keywords(capped=exact.capped)
    found.lists["all"] = [
        (int(h["insight_id"]), float(h["rank"])) for h in exact if h["source"] == "insight"
    ]
    found.transcript_hits = [h for h in exact if h["source"] == "transcript"]
    words = content_words(meaning)
    if not weights.get("any"):
        loose = Hits()
    elif words and fts_query(" OR ".join(words)) != exact.match:
        loose = keyword_search(store, " OR ".join(words), limit=DEPTH, **keyword_filters)
    else:
        loose = exact
    found.lists["any"] = [
        (int(h["insight_id"]), float(h["rank"])) for h in loose if h["source"] == "insight"
    ]
    for h in [*exact, *loose]:
        if h["source"] == "insight":
            found.hits_by_id.setdefault(int(h["insight_id"]), h)
    return found


def _allowed(
    store: Store,
    query: str,
    who: dict[str, Any],
    category: str | None,
    since: str | None,
    until: str | None,
    hybrid: bool,
) -> Any:
    """The insight ids the filters allow (None: all), without those holding an excluded
    word of a hybrid query ("culture -remote")."""
    from debrief.store.search import date_bound

    allowed = vstore.filtered_ids(
        store,
        company_id=who.get("company_id"),
        contact_ids=who.get("contact_ids"),
        category=category,
        low=date_bound(since, flag="--since"),
        high=date_bound(until, end=True, flag="--until"),
    )
    if hybrid:
        allowed = vstore.without_matching(store, allowed, excluded_query(query))
    return allowed


def _category_bonus(store: Store, fused: dict[int, float], named_categories: set[str]) -> set[int]:
    """Adds CATEGORY_BONUS to the fused score of each insight of a category the query names;
    returns those insights."""
    of_named: set[int] = set()
    if named_categories:
        for insight_id, info in vstore.insight_rows(store, list(fused)).items():
            if info["category"] in named_categories:
                fused[insight_id] += CATEGORY_BONUS
                of_named.add(insight_id)
    return of_named


def _cut_off(
    store: Store,
    query: str,
    order: list[int],
    *,
    said: list[str],
    lists: dict[str, Ranked],
    similarity: dict[int, float],
    of_named: set[int],
    applies: bool,
) -> tuple[list[int], bool]:
    """``order`` cut to the notes filed under a category the query names when nothing else
    was found (see NOTHING_BELOW, ONE_WORD_BELOW), and whether a cut left nothing
    ("no results", with suggestions). ``applies``: a hybrid search under no company or
    person filter and no named person or company; with no keyword match either."""
    nothing_near = False
    if (
        applies
        and not lists.get("all")
        and max(similarity.values(), default=0.0) < NOTHING_BELOW
        and not any_word_known(store, query)
    ):
        # no word is known and nothing is close: a typo or an unknown word; the notes filed
        # under a category the query names stay (see below)
        order = [i for i in order if i in of_named]
        nothing_near = not order
    if (
        applies
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
    return order, nothing_near


if __name__ == "__main__":
    write_category_vectors()
