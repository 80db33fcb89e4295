"""The matches of every :class:`~debrief.extract.lexicon.PhraseSet` on a doc, found once by one
spaCy :class:`~spacy.matcher.PhraseMatcher`.

A ``PhraseSet`` answers "the longest cue phrase said from this token" (``match_at``) and "the
cue phrases said in this range, greedily" (``find``) some hundred times a recap across the
extraction components. This module holds, per :class:`~spacy.vocab.Vocab`, one PhraseMatcher
on the ``LOWER`` attribute with every set's phrases, each set under its own key; its patterns
are the set's token sequences as ``PhraseSet`` compares them (the phrase tokenised, lower
case, whitespace tokens dropped). At the first question about a doc it is run once over the
doc, and each set's matches are kept on ``doc.user_data`` as, per start token, the match ends
longest first; the questions about the doc (or a span of it) then read that table. The table
is tied to the doc's cached lower-case words (:func:`~debrief.extract.doc_arrays.lowers`), so a
retokenised doc is matched again exactly when the old token loop would have read new words.
See docs/extraction-history.md, "house39: PhraseSet on a PhraseMatcher".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: ``doc.user_data`` key of the tables: (the doc's lower-case words list the tables were
#: found with, the registry's version, {set key -> {start -> ends, longest first}})
MATCHES = "debrief_phrase_sets"

#: one set's matches on a doc: start token -> the match ends, longest first
Table = dict[int, list[int]]


@dataclass
class Registry:
    """Every phrase set's patterns over one vocab, in one matcher."""

    vocab: Vocab
    matcher: PhraseMatcher
    version: int = 0
    keys: list[int] = field(default_factory=list)


#: id of the vocab -> its registry; the entry keeps its vocab, so the id is not reused
_REGISTRIES: dict[int, Registry] = {}


def registry(vocab: Vocab) -> Registry:
    """The registry of ``vocab``, made at the first call."""
    reg = _REGISTRIES.get(id(vocab))
    if reg is None or reg.vocab is not vocab:
        reg = Registry(vocab, PhraseMatcher(vocab, attr="LOWER"))
        _REGISTRIES[id(vocab)] = reg
    return reg


def register(reg: Registry, seqs: Iterable[tuple[str, ...]], key: int | None = None) -> int:
    """Put a set's token sequences in the matcher, under a new key or in place of ``key``'s
    patterns; returns the key."""
    if key is None:
        key = reg.vocab.strings.add(f"debrief_phrase_set_{len(reg.keys)}")
        reg.keys.append(key)
    elif reg.vocab.strings[key] in reg.matcher:
        reg.matcher.remove(reg.vocab.strings[key])
    patterns = [Doc(reg.vocab, words=list(seq)) for seq in seqs if seq]
    if patterns:
        reg.matcher.add(reg.vocab.strings[key], patterns)
    reg.version += 1
    return key


def table(reg: Registry, doc: Doc, words: list[str], key: int) -> Table:
    """The matches of set ``key`` on ``doc``, every set matched at the first call for the doc
    (``words``: the doc's cached lower-case words, the tables' tie to the doc's tokens)."""
    cached = doc.user_data.get(MATCHES)
    if cached is None or cached[0] is not words or cached[1] != reg.version:
        tables: dict[int, Table] = {k: {} for k in reg.keys}
        for match_id, start, end in reg.matcher(doc):
            tables[match_id].setdefault(start, []).append(end)
        for found in tables.values():
            for ends in found.values():
                if len(ends) > 1:
                    ends.sort(reverse=True)
        cached = (words, reg.version, tables)
        doc.user_data[MATCHES] = cached
    return cached[2][key]


def longest_at(found: Table, i: int, end: int) -> int:
    """The length of the longest match starting at token ``i`` and ending by ``end``, else 0."""
    for e in found.get(i, ()):
        if e <= end:
            return e - i
    return 0


def greedy(found: Table, start: int, end: int) -> list[tuple[int, int]]:
    """The matches in ``[start, end)``, left to right, the longest at each start, the next
    looked for after the one taken."""
    out = []
    pos = start
    for s in sorted(i for i in found if start <= i < end):
        if s < pos:
            continue
        n = longest_at(found, s, end)
        if n:
            out.append((s, s + n))
            pos = s + n
    return out


def ends_at(found: Table, lo: int, k: int) -> bool:
    """Whether a match starting in ``[lo, k)`` ends at token ``k``."""
    return any(k in found.get(s, ()) for s in range(lo, k))
