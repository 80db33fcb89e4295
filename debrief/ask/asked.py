"""What a query says, read before anything is ranked: its content words, the contacts and
companies it names, what is left for the meaning half to compare, and whether its words are
words at all.

:func:`debrief.ask.hybrid.search` reads a query through :func:`what_is_meant` (the names and
excluded words taken off it), puts first what :func:`must_come_first` returns (the insights
of whom it names, those holding a phrase it quotes), and asks :func:`any_word_known` before
it answers "no results". :func:`everyday` (a whole token of the embedding model's
vocabulary) is also how `debrief ask` tells a coined name from a common word
(:mod:`debrief.ask.answer`, :mod:`debrief.ask.calls_asked`). Nothing here ranks or reads a
threshold: the constants and the cut-offs stay in hybrid, where benchmarks set them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from debrief.ask.question import WORD, content_words
from debrief.store import Store
from debrief.store import vectors as vstore
from debrief.store.search import search as keyword_search
from debrief.store.search import without_excluded


@dataclass
class Asked:
    """What a query means once the names and excluded words are read off it."""

    #: Its content words (quotes aside, excluded words dropped in a hybrid search).
    said: list[str]
    #: The contacts and companies it names (:func:`debrief.store.vectors.named_in`), or None.
    named: dict[str, Any] | None
    #: What the meaning half compares: the query without excluded words and without the
    #: names, when words are left ("Ledgerline culture" -> "culture").
    meaning: str
    #: The query is a name and nothing else ("Mei Chen", "Figma").
    only_named: bool


def what_is_meant(store: Store, query: str, hybrid: bool) -> Asked:
    """A query naming a contact or company: their insights come first (see must_come_first), and
    the rest of the question ("Ledgerline culture" -> "culture") ranks them. Excluded words
    ("culture -remote") are no part of what is meant: the meaning half compares the rest and
    drops the insights holding them, as the word half does."""
    meant = without_excluded(query) if hybrid else query
    said = content_words(meant.replace('"', " "))
    named = vstore.named_in(store, said, common=everyday) if hybrid else None
    meaning = meant
    only_named = False
    if named and named["words"]:
        rest = [w for w in WORD.findall(meant) if w.lower() not in named["words"]]
        if content_words(" ".join(rest)):
            meaning = " ".join(rest)
        else:
            only_named = bool(named["contact_ids"] or named["company_ids"])
    return Asked(said=said, named=named, meaning=meaning, only_named=only_named)


def everyday(word: str) -> bool:
    """Whether ``word`` is a whole token of the embedding model's vocabulary (30,522 common
    English words and well-known names): such a word alone names no company ("data" is not
    Data Systems), a coined one may ("quillon": Quillon Systems)."""
    from debrief import embed

    return len(embed.token_ids(word)) == 3  # [CLS] word [SEP]


def any_word_known(store: Store, query: str) -> bool:
    """Whether any content word of ``query`` is a word: a whole token of the embedding
    model's vocabulary (30,522 common English words and names), or a word of the knowledge
    base (stemmed, filters ignored). A question in everyday words whose answers are all far
    in cosine ("once I'm in the door, can I hop sideways": best 0.16) still gets its nearest
    insights; a typo or an unknown word ("zzzunknownword") gets "no results" and suggestions."""
    words = content_words(query.replace('"', " "))
    if any(len(w) >= 3 and everyday(w) for w in words):
        return True
    return bool(words) and bool(keyword_search(store, " OR ".join(words), limit=1))


def must_come_first(
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
