"""Which cue phrases of ``pipelines/insight_cues.toml`` a candidate holds.

Decides where a cue phrase matches a recap: a phrase is matched on the lemmas or on the
lower-cased words of the tokens the classifier keeps (punctuation, spaces and fillers such
as "um" are dropped, so a filler inside a phrase does not break it), ``*`` standing for any
one token and ``word*`` for a prefix. The Doc is scanned once (:class:`DocIndex`) and every
candidate reads its hits from that scan: the candidates overlap (a sentence and its
clauses), so one scan serves them all. The features built on the hits are
:mod:`insight_features`'.
"""

from __future__ import annotations

import tomllib
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.attrs import HEAD
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from debrief.extract.insight_lemma import norm

FILLERS = frozenset(
    {"um", "uh", "uhm", "erm", "hmm", "mm", "okay", "ok", "yeah", "anyway", "so", "like"}
)


@dataclass
class CueSet:
    """Cue phrases by group: plain phrases by length, wildcard ones by their first letters."""

    exact: dict[int, dict[tuple[str, ...], list[str]]] = field(default_factory=dict)
    lengths: list[int] = field(default_factory=list)
    first_sizes: dict[str, set[int]] = field(default_factory=dict)
    patterns: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    groups: list[str] = field(default_factory=list)
    boosts: dict[str, float] = field(default_factory=dict)
    targets: dict[str, str] = field(default_factory=dict)
    #: structural feature -> {category: boost}, from the ``[structure]`` table
    structure: dict[str, dict[str, float]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path, tokenize: Callable[[str], list[str]] | None = None) -> CueSet:
        with path.open("rb") as fh:
            return cls.from_data(tomllib.load(fh), tokenize)

    @classmethod
    def from_data(
        cls, data: dict[str, Any], tokenize: Callable[[str], list[str]] | None = None
    ) -> CueSet:
        """Cues from the parsed TOML of ``pipelines/insight_cues.toml``."""
        cues = cls()
        for feat, table in sorted(data.get("structure", {}).items()):
            cues.structure[feat] = {str(k): float(v) for k, v in table.items()}
        for group, body in sorted(data.get("cues", {}).items()):
            cues.groups.append(group)
            cues.boosts[group] = float(body.get("boost", 0.0))
            cues.targets[group] = str(body.get("category", group))
            for phrase in body.get("phrases", []):
                toks = tuple(
                    t
                    for piece in phrase.lower().split()
                    for t in (tokenize(piece) if tokenize and "*" not in piece else [piece])
                )
                if not toks:
                    continue
                if any("*" in t for t in toks):
                    if toks[0] == "*" or len(toks[0].rstrip("*")) < 3:
                        continue  # a leading wildcard would match everywhere: not supported
                    key = toks[0][:3]
                    cues.patterns.setdefault(key, []).append((toks, group))
                else:
                    cues.exact.setdefault(len(toks), {}).setdefault(toks, []).append(group)
                    cues.first_sizes.setdefault(toks[0], set()).add(len(toks))
        cues.lengths = sorted(cues.exact)
        return cues

    def match(self, lemmas: list[str], lowers: list[str]) -> list[tuple[int, int, str]]:
        """Cue hits as ``(first, last, group)`` indices into ``lemmas``.

        Plain phrases match when all their tokens match the lemmas or all match the
        lower-cased words; phrases with ``*`` are checked token by token (either form).
        """
        found: list[tuple[int, int, str]] = []
        n = len(lemmas)
        exact, patterns = self.exact, self.patterns
        first_sizes = self.first_sizes
        for i in range(n):
            sizes = first_sizes.get(lemmas[i], set()) | first_sizes.get(lowers[i], set())
            for size in sizes:
                if i + size > n:
                    continue
                table = exact[size]
                key = tuple(lemmas[i : i + size])
                groups = table.get(key)
                low = tuple(lowers[i : i + size])
                if low != key:
                    more = table.get(low)
                    if more:
                        # in table order, not a set's: its order would follow the hash seed
                        groups = list(dict.fromkeys((groups or []) + more))
                if groups:
                    found.extend((i, i + size - 1, g) for g in groups)
            lem, lw = lemmas[i], lowers[i]
            cands = patterns.get(lem[:3])
            if lw[:3] != lem[:3]:
                cands = (cands or []) + patterns.get(lw[:3], [])
            for toks, group in cands or ():
                m = len(toks)
                if i + m <= n and all(
                    _tok_ok(toks[k], lemmas[i + k], lowers[i + k]) for k in range(m)
                ):
                    found.append((i, i + m - 1, group))
        return found


class DocIndex:
    """Per-Doc precomputation: kept tokens, their lemmas, and cue hits (one scan per Doc)."""

    def __init__(self, doc: Doc, cues: CueSet) -> None:
        self.kept: list[int] = []
        self.lemmas: list[str] = []
        self.lowers: list[str] = []
        #: every Token, built once: the candidates overlap (a sentence and its clauses), and
        #: ``doc[i]`` builds a new Token each time
        self.tokens: list[Token] = list(doc)
        #: each token's head index (HEAD is relative, and wraps below zero in the uint64 array)
        self.heads: list[int] = [
            i + h for i, h in enumerate(doc.to_array(HEAD).astype("int64").tolist())
        ]
        for tok in self.tokens:
            if _keep(tok):
                self.kept.append(tok.i)
                self.lemmas.append(norm(tok))
                self.lowers.append(tok.lower_)
        self.hits = [
            (self.kept[a], self.kept[b], group)
            for a, b, group in cues.match(self.lemmas, self.lowers)
        ]

    def span(self, s: int, e: int) -> tuple[int, int]:
        return bisect_left(self.kept, s), bisect_left(self.kept, e)


def _keep(tok: Token) -> bool:
    if tok.is_punct or tok.is_space:
        return False
    low = tok.lower_
    if low in FILLERS and low != "so":
        # "like" is a filler only outside a verb use
        return low == "like" and tok.pos_ == "VERB"
    return True


def _tok_ok(pattern: str, lemma: str, lower: str) -> bool:
    if pattern == "*":
        return True
    if pattern.endswith("*"):
        stem = pattern[:-1]
        return lemma.startswith(stem) or lower.startswith(stem)
    return pattern in (lemma, lower)


def cue_tokenizer(vocab: Vocab) -> Callable[[str], list[str]]:
    """Cue phrases tokenised as recaps are (English rules + debrief's suffix)."""
    from spacy.lang.en import English

    from debrief.extract.tokenizer import tune_tokenizer

    nlp = English(vocab=vocab)
    tune_tokenizer(nlp)
    tok = nlp.tokenizer

    def tokenize(text: str) -> list[str]:
        return [t.lower_ for t in tok(text)]

    return tokenize
