"""Theme terms: the one rule for what a takeaway is about, shared by the weekly review's
themes (:mod:`debrief.review.themes`) and the company view and prep sheet's themes
(:mod:`debrief.store.company`).

The terms of a takeaway (any category but the user's own self-pitch) are its nouns and
short noun phrases ("stakeholder management", "SQL", "remote work", "mentorship"),
lemmatised by the extraction pipeline's spaCy model: "promotions" and "promotion" are one
term. Loading that model takes seconds, so the terms are cached per insight in
``insight_terms`` (dropped with the insight by ``ON DELETE CASCADE``); the pipeline fills the
cache right after extraction, while the model is loaded anyway, and a reading command only
computes what is missing (spaCy is imported then, and only then).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from debrief.models import CATEGORIES
from debrief.store import weekly

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

    from debrief.store.repo import Store

#: Bump when :func:`doc_terms` changes: cached terms of another version are recomputed.
TERMS_VERSION = "themes-4"

#: Categories whose insights feed the themes: everything the contacts said.
THEME_CATEGORIES = tuple(c for c in CATEGORIES if c != "self_pitch")

_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")


def _words(text: str) -> list[str]:
    return text.split()


#: Nouns too generic to end a theme ("skills", "a lot", "the job"; "end" of "end to end"
#: and "back-end", which made one theme of a deployment and an intern).
GENERIC = frozenset(
    _words(
        """
    skill ability thing lot way people person time job role work experience knowledge
    background area kind sort bit stuff something anything everything nothing one field
    company team day year week month question advice idea part piece number level need
    candidate someone everyone anyone lot deal point fact case place reason side sense
    datum data problem end
    """
    )
)

#: Adjectives that grade a skill rather than name it ("strong SQL", "good communication").
GRADING = frozenset(
    _words(
        """
    strong good great solid basic deep real important key big little small huge
    excellent decent serious basic core main necessary essential useful nice best better
    """
    )
)


def doc_terms(doc: Doc, longest: int = 3) -> list[tuple[str, str]]:
    """(lemma key, surface text) of each noun and noun phrase in ``doc``.

    A phrase is a run of nouns and adjectives ("stakeholder management", "public speaking",
    "design docs"); every sub-run of up to ``longest`` words that ends in a noun counts, so a
    mis-tagged neighbour ("design docs matter") does not hide the phrase. Grading adjectives
    ("strong", "good") and stop words end a run; generic nouns ("skills", "work") are not
    terms alone, only with a modifier ("remote work").
    """
    found: dict[str, str] = {}
    run: list[Token] = []
    for token in [*doc, None]:
        if token is not None and _phrase_word(token):
            run.append(token)
            continue
        for end in range(len(run)):
            if run[end].pos_ not in ("NOUN", "PROPN"):
                continue
            generic = _lemma(run[end]) in GENERIC
            for start in range(max(0, end - longest + 1), end + 1):
                if start == end and (generic or run[start].pos_ == "ADJ"):
                    continue  # "work" alone is no theme; "remote work" is
                words = run[start : end + 1]
                key = " ".join(_lemma(w) for w in words)
                if len(key) > 1:
                    found.setdefault(key, doc[words[0].i : words[-1].i + 1].text)
        run = []
    return sorted(found.items())


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _phrase_word(token: Token) -> bool:
    return (
        token.pos_ in ("NOUN", "PROPN", "ADJ")
        and not token.is_stop
        and token.text[:1].isalnum()
        and _lemma(token) not in GRADING
    )


def compute_terms(nlp: Language, texts: Sequence[str]) -> list[list[tuple[str, str]]]:
    """Terms of each text (tagger, parser and lemmatizer only: cheap)."""
    enabled = [p for p in _PIPES if p in nlp.pipe_names]
    with nlp.select_pipes(enable=enabled):
        return [doc_terms(doc) for doc in nlp.pipe(texts, batch_size=64)]


def cached_terms(
    store: Store,
    insights: Iterable[tuple[int, str]],
    on_compute: Callable[[int], None] | None = None,
) -> dict[int, list[list[str]]]:
    """Terms of each (insight id, text), from the cache, computing and storing what is missing
    (``on_compute(n)`` is called first: loading spaCy takes seconds)."""
    wanted = dict(insights)
    if not wanted:
        return {}
    out: dict[int, list[list[str]]] = {}
    for insight_id, cached in weekly.cached_terms(store, TERMS_VERSION, wanted).items():
        out[int(insight_id)] = json.loads(cached)
    missing = [i for i in sorted(wanted) if i not in out]
    if missing:
        from debrief.extract import load_nlp

        if on_compute is not None:
            on_compute(len(missing))
        computed = compute_terms(load_nlp(), [wanted[i] for i in missing])
        rows = [(i, json.dumps(t)) for i, t in zip(missing, computed, strict=True)]
        for (i, _terms), terms in zip(rows, computed, strict=True):
            out[i] = [list(t) for t in terms]
        _save(store, rows)
    return out


def _save(store: Store, rows: list[tuple[int, str]]) -> None:
    # A read-only knowledge base: compute every time.
    with contextlib.suppress(sqlite3.OperationalError):
        weekly.cache_terms(store, TERMS_VERSION, rows)


def cache_debrief_terms(store: Store, debrief_id: int) -> None:
    """Fill the cache for one debrief's theme insights (after extraction)."""
    rows = weekly.insight_texts(store, THEME_CATEGORIES, debrief_id=debrief_id)
    cached_terms(store, [(int(i), t) for i, t in rows])


def cache_all_terms(store: Store, on_compute: Callable[[int], None] | None = None) -> int:
    """Fill the cache for every theme insight not cached at this version (before the
    knowledge base is served read-only); returns how many were computed."""
    rows = weekly.insight_texts(store, THEME_CATEGORIES, uncached_at=TERMS_VERSION)
    if rows:
        cached_terms(store, [(int(i), t) for i, t in rows], on_compute)
    return len(rows)


def term_label(said: Iterable[str]) -> str:
    """How a term is shown: the way it was said most often, a capital that only starts a
    sentence ("Mentoring is great") not counted as part of it; acronyms and names as said."""
    counts = Counter(s.lower() if s[:1].isupper() and s[1:] == s[1:].lower() else s for s in said)
    return counts.most_common(1)[0][0]


def name_keys(store: Store) -> set[str]:
    """The companies' and contacts' names on file, lowercased, whole and by their first
    word ("notion" of Notion Labs): a name is who or where, never a theme ("figma", said by
    both Figma contacts, tells nothing on Figma's page)."""
    keys: set[str] = set()
    for (name,) in store.db.execute("SELECT name FROM companies UNION SELECT name FROM contacts"):
        words = str(name or "").lower().split()
        if words:
            keys |= {" ".join(words), words[0]}
    return keys


def shared_terms(
    named: Mapping[str, Collection[str]], min_contacts: int = 2, names: Collection[str] = ()
) -> list[str]:
    """The term keys of ``named`` (key -> the people who named it) that at least
    ``min_contacts`` people named, minus ``names`` (:func:`name_keys`); a term inside a
    longer one named by the same people is left out ("stakeholder" adds nothing next to
    "stakeholder management")."""
    shared = {k: set(v) for k, v in named.items() if len(set(v)) >= min_contacts and k not in names}
    for key in sorted(shared, key=len):
        padded = f" {key} "
        for other, who in shared.items():
            if other != key and padded in f" {other} " and who == shared[key]:
                del shared[key]
                break
    return list(shared)
