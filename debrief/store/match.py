"""Forgiving name matching for companies and people (case, legal suffixes, ASR spellings).

Names typed by the user are compared with names the extraction stored, which came from
speech recognition: "Strype" for Stripe, "Data dog" for Datadog, "Mariah" for Maria. Keys
(:func:`debrief.names.company_key`, :func:`debrief.names.person_key`) take care of case,
punctuation and legal suffixes; rapidfuzz scores what is left.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from debrief.errors import DebriefError, NotFound

#: Below this score (0-100) a name is not a candidate at all.
CANDIDATE_SCORE = 78.0
#: A best candidate this far ahead of the next one wins without asking.
CLEAR_LEAD = 8.0
#: Below CANDIDATE_SCORE but from this score up, a name is offered as the closest one.
NEAR_SCORE = 50.0
#: A near name scoring under this is offered only when it shares a run of
#: :data:`SHARED_RUN` letters with what was typed: "o'brien" scores 50 against Stripe (r, i,
#: e in order) and was offered as the closest, though it shares nothing one would see (qa61).
PLAIN_NEAR = 65.0
SHARED_RUN = 3
PLURALS = {"company": "companies", "person": "people"}


class Ambiguous(DebriefError):
    """A name that matches several companies or people; ``candidates`` lists them."""

    def __init__(self, message: str, candidates: list[str]) -> None:
        super().__init__(message)
        self.candidates = candidates


@dataclass(frozen=True)
class Scored:
    key: str
    name: str
    score: float


def score(query_key: str, key: str) -> float:
    """How well ``query_key`` names ``key`` (both normalised keys), 0-100.

    Exact keys score 100; the same letters with different spacing ("data dog") 99; a query
    whose words are all words of the name ("goldman" for "goldman sachs") 92; otherwise the
    edit-distance ratio of the space-free forms, so ASR misspellings ("strype") score high.
    """
    if not query_key or not key:
        return 0.0
    if query_key == key:
        return 100.0
    q_compact, k_compact = query_key.replace(" ", ""), key.replace(" ", "")
    if q_compact == k_compact:
        return 99.0
    q_words, k_words = query_key.split(), key.split()
    if set(q_words) <= set(k_words):
        return 92.0
    # First name + initial ("maria l" for "maria lopez"), or a prefix of a longer name.
    if (
        len(q_compact) >= 3
        and len(q_words) <= len(k_words)
        and all(k.startswith(q) for q, k in zip(q_words, k_words, strict=False))
    ):
        return 90.0
    ratio = fuzz.ratio(q_compact, k_compact)
    # Names are short: a single wrong letter in a five-letter word is still a close match.
    return float(ratio)


def offered(query_key: str, near: Scored) -> bool:
    """Whether ``near`` (a name below :data:`CANDIDATE_SCORE`) is worth offering as the
    closest to ``query_key``: close enough, or a little less but with a letter run in common
    ("kenjy" for Kenji Sato, "branock" for Brannock Foods)."""
    if near.score < NEAR_SCORE:
        return False
    if near.score >= PLAIN_NEAR:
        return True
    typed, name = query_key.replace(" ", ""), near.key.replace(" ", "")
    runs = (typed[i : i + SHARED_RUN] for i in range(len(typed) - SHARED_RUN + 1))
    return any(run in name for run in runs)


def rank(query_key: str, names: Iterable[tuple[str, str]]) -> list[Scored]:
    """Candidates (key, display name) scored against ``query_key``, best first."""
    scored = [Scored(k, n, score(query_key, k)) for k, n in names]
    scored.sort(key=lambda s: (-s.score, s.name.lower()))
    return scored


def shown(query: str, width: int = 60) -> str:
    """``query`` for a one-line message: whitespace collapsed, long ones cut, quoted."""
    text = " ".join(query.split())
    return repr(text if len(text) <= width else text[: width - 1] + "…")


def resolve(
    query: str,
    names: Iterable[tuple[str, str]],
    *,
    key_fn: Callable[[str], str],
    what: str,
    first_names: bool = False,
) -> Scored:
    """The one (key, name) that ``query`` names, or a one-line error.

    Raises :class:`NotFound` (with the closest names as hints) when nothing is close, and
    :class:`Ambiguous` (listing the candidates) when several are about equally close.
    With ``first_names`` (a person looked up to read about: `prep`, `person`), one word
    that no whole name is close to is also scored against each name's first word, so a
    misspelt first name alone ("kenjy") finds Kenji Sato as "kenji saato" does; the whole
    name's score compares "kenjy" with all of "kenjisato". Never a company's words: "Branock"
    stays refused for Brannock Foods (qa58).
    """
    query_key = key_fn(query)
    if not query_key:
        raise NotFound(f"give a {what} name")
    names = list(names)
    ranked = rank(query_key, names)
    many = PLURALS.get(what, what + "s")
    if not ranked:
        raise NotFound(f"no {many} in the knowledge base yet")
    if ranked[0].score == 100.0:
        return ranked[0]
    candidates = [s for s in ranked if s.score >= CANDIDATE_SCORE]
    if not candidates and first_names and " " not in query_key:
        firsts = [(k, n, fuzz.ratio(query_key, k.split()[0])) for k, n in names if k.split()]
        # below the whole name's 90 for a prefix: a match by spelling, marked as closest
        candidates = sorted(
            (Scored(k, n, min(r, 89.0)) for k, n, r in firsts if r >= CANDIDATE_SCORE),
            key=lambda s: (-s.score, s.name.lower()),
        )
    if not candidates:
        near = ", ".join(s.name for s in ranked[:3] if offered(query_key, s))
        hint = f"; closest: {near}" if near else ""
        raise NotFound(f"no {what} matching {shown(query)}{hint}")
    if len(candidates) == 1 or candidates[0].score - candidates[1].score >= CLEAR_LEAD:
        return candidates[0]
    names_list = [s.name for s in candidates[:8]]
    more = f" (and {len(candidates) - 8} more)" if len(candidates) > 8 else ""
    raise Ambiguous(
        f"{shown(query)} matches several {many}: {', '.join(names_list)}{more}; give the full name",
        names_list,
    )
