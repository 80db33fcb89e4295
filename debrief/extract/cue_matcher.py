"""Cue phrases matched with spaCy's :class:`~spacy.matcher.PhraseMatcher`, not a token loop.

Several rules ask whether a cue phrase from a word list ("her name is", "hold on") is said
from a given token. Each used to loop over the phrases and compare the tokens' lower-case
texts with the phrase's words. :func:`cue_phrases` builds one PhraseMatcher per phrase list
and per :class:`~spacy.vocab.Vocab`, once (kept for the process, as the word lists are), on
the ``LOWER`` attribute; each phrase's pattern is its words split on spaces, exactly as the
loops compared them (no tokenizer run over the phrase: "her name 's" stays three words).
:func:`cue_end` runs it over the few tokens a phrase can cover from the asked token, so a
call costs no more than the loop did. See docs/extraction-history.md, "house38: hand-written
matchers replaced by spaCy matchers".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab


@dataclass(frozen=True)
class CuePhrases:
    """A phrase list's matcher and its longest phrase's length in words."""

    vocab: Vocab
    matcher: PhraseMatcher
    longest: int


#: (id of the vocab, the phrases) -> the matcher built for them; the entry keeps its vocab,
#: so the id is never reused while the entry lives
_BUILT: dict[tuple[int, tuple[str, ...]], CuePhrases] = {}


def cue_phrases(vocab: Vocab, phrases: Iterable[str]) -> CuePhrases:
    """The matcher of ``phrases`` (lower-case words separated by spaces) over ``vocab``,
    built at the first call and reused after."""
    key = (id(vocab), tuple(phrases))
    built = _BUILT.get(key)
    if built is None or built.vocab is not vocab:
        matcher = PhraseMatcher(vocab, attr="LOWER")
        words = [p.split() for p in key[1]]
        words = [w for w in words if w]
        if words:
            matcher.add("cue", [Doc(vocab, words=w) for w in words])
        built = CuePhrases(vocab, matcher, max((len(w) for w in words), default=0))
        _BUILT[key] = built
    return built


def cue_end(cues: CuePhrases, doc: Doc, i: int, stop: int) -> int | None:
    """The end of the longest cue phrase said from ``doc[i]`` and ending by ``doc[stop]``
    (exclusive), else None."""
    hi = min(stop, len(doc), i + cues.longest)
    if i >= hi:
        return None
    ends = [e for _m, s, e in cues.matcher(doc[i:hi]) if s == i]
    return max(ends) if ends else None


def cue_ends_at(cues: CuePhrases, doc: Doc, k: int) -> bool:
    """Whether a cue phrase is said right before ``doc[k]`` (ending there)."""
    lo = max(0, k - cues.longest)
    if lo >= k:
        return False
    return any(e == k for _m, _s, e in cues.matcher(doc[lo:k]))


def cue_within(cues: CuePhrases, doc: Doc, lo: int, hi: int) -> bool:
    """Whether a cue phrase is said whole inside ``doc[lo:hi]``."""
    hi = min(hi, len(doc))
    return lo < hi and bool(cues.matcher(doc[lo:hi]))
