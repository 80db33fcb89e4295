"""One recap's insight candidates and their probabilities (:class:`InsightRun`): the sentences and
clauses as candidate Docs with the model's features, the model's scores without vectors, the
unsure candidates embedded (on another thread) and scored again, and the rules that settle a
candidate's category over the model's (the speaker's own plans, the contact's reported advice,
a typed or spoken heading). Made by :class:`debrief.extract.insight_categorizer.InsightCategorizer`
for each recap it classifies."""

from __future__ import annotations

from concurrent.futures import Future
from typing import TYPE_CHECKING, Protocol

import numpy as np
from spacy.attrs import IS_ALPHA, ORTH, SPACY
from spacy.tokens import Doc

import debrief.extract.insight_decide as decide
from debrief.extract.doc_arrays import doc_text
from debrief.extract.insight_background import filed_past, past_role, unfiled_past
from debrief.extract.insight_conditional import would_need
from debrief.extract.insight_cues import CueSet, DocIndex
from debrief.extract.insight_emit import emit
from debrief.extract.insight_features import features, lexical_filter
from debrief.extract.insight_headings import heading_label
from debrief.extract.insight_model import (
    KEYS,
    LABEL_INDEX,
    LABELS,
    NONE,
    VECTOR,
    candidate_vector,
    feature_keys,
)
from debrief.extract.insight_pitched import told_own_story
from debrief.extract.insight_pool import embedding_pool
from debrief.extract.insight_refile import refiled
from debrief.extract.insight_route import entry_route
from debrief.extract.insight_segment import clause_spans, reported_should
from debrief.models import Insight

if TYPE_CHECKING:
    from collections.abc import Callable

    from thinc.api import Model

#: ``doc.user_data`` key: the features' strings
FEATS = "debrief_insight_feats"

_META = frozenset({"cue:logistics", "cue:call", "cue:followup", "spk_plan"})
#: the cues of an errand: a conditional "I'd need to email her" is still a plan
_ERRAND = _META - {"spk_plan"}
SKILLS = LABEL_INDEX["skills"]
CAREER = LABEL_INDEX["career_path"]


class RunOwner(Protocol):
    """What a run reads from the component that made it
    (:class:`debrief.extract.insight_categorizer.InsightCategorizer`): named here as a
    protocol so that this module does not import the component that imports it."""

    name: str
    model: Model
    cues: CueSet | None
    #: candidates scored with a vector, candidates considered (benchmarks)
    embedded: list[int]
    context: bool
    gate: float
    second_threshold: float
    category_thresholds: dict[int, float]
    pair_thresholds: dict[tuple[int, int], float]

    @property
    def lexical(self) -> str: ...

    def featurize(self, doc: Doc, contact_first: str | None = None) -> list[str]: ...

    def _label(self, p: np.ndarray) -> int: ...


class InsightRun:
    """One recap's candidates and their probabilities (kept off the shared component)."""

    def __init__(self, pipe: RunOwner, doc: Doc, contact_first: str | None) -> None:
        self.pipe = pipe
        self.doc = doc
        #: ``doc.text`` joins every token again on each access: read once
        self.text = doc_text(doc)
        self.contact_first = contact_first
        self.docs: dict[tuple[int, int], Doc] = {}
        self.index: DocIndex | None = None
        self.proba: dict[tuple[int, int], np.ndarray] = {}
        #: each sentence's clause_spans, cut once by score_later and read again by emitting
        self.clauses: dict[tuple[int, int], list[tuple[int, int]]] = {}
        #: the category a heading said aloud names, by span (insight_heard.heard_headings)
        self.heard: dict[tuple[int, int], str] = {}
        self._words: tuple[list[str], list[bool]] | None = None
        self._alpha: list[int] | None = None

    def _tokens(self) -> tuple[list[str], list[bool]]:
        """Every token's text and whether a space follows it, read once from the recap's
        arrays: the candidates overlap (a sentence and its clauses), and reading them token by
        token built each Token twice per candidate."""
        if self._words is None:
            arr = self.doc.to_array([ORTH, SPACY]).reshape(-1, 2).tolist()
            strings = self.doc.vocab.strings
            self._words = ([strings[int(o)] for o, _ in arr], [bool(sp) for _, sp in arr])
        return self._words

    def candidate(self, s: int, e: int) -> Doc:
        cdoc = self.docs.get((s, e))
        if cdoc is None:
            # the model reads only the inputs put on the Doc's user_data, so the candidate's
            # words suffice: Span.as_doc copies the parse and scans the recap's entities
            # twice per candidate, which cost a fifth of the component's time
            words, spaces = self._tokens()
            cdoc = Doc(self.doc.vocab, words=words[s:e], spaces=spaces[s:e])
            # the features read the recap's parse with one cue scan for all candidates
            # (the same features as on the candidate alone, minus a scan per candidate)
            cues = self.pipe.cues
            if cues is None:
                raise ValueError(f"{self.pipe.name}: not initialised (no cue phrases)")
            if self.index is None:
                self.index = DocIndex(self.doc, cues)
            feats = features(self.doc, s, e, cues, self.contact_first, self.index)
            cdoc.user_data[FEATS] = feats
            cdoc.user_data[KEYS] = feature_keys(lexical_filter(feats, self.pipe.lexical))
            self.pipe.featurize(cdoc)  # the cue offsets, when configured
            self.docs[(s, e)] = cdoc
        return cdoc

    def emit(self, s: int, e: int, label: int) -> Insight:
        return emit(self.text, self.doc, s, e, label)

    def meta(self, s: int, e: int) -> bool:
        """About the call itself, logistics or the speaker's own plans and next steps
        (``spk_plan`` is in ``_META``): never an insight, nor part of one."""
        return bool(set(self.candidate(s, e).user_data[FEATS]) & _META)

    def score(self, sentences: list[tuple[int, int]]) -> None:
        """Every candidate scored without vectors; the unsure ones again with vectors."""
        self.score_later(sentences)()

    def score_later(self, sentences: list[tuple[int, int]]) -> Callable[[], None]:
        """:meth:`score`, with the vectors computed on another thread: the function
        returned waits for them and fills :attr:`proba` (call it once)."""
        pipe = self.pipe
        spans: list[tuple[int, int]] = []
        prev: list[int] = []
        for k, (s, e) in enumerate(sentences):
            self.clauses[(s, e)] = clause_spans(self.doc, s, e)
            if (s, e) in self.heard and self.clauses[(s, e)][0][0] == s:
                # the heading names the words right after it: the sentence's first clause too
                self.heard.setdefault(self.clauses[(s, e)][0], self.heard[(s, e)])
            for span in dict.fromkeys([(s, e), *self.clauses[(s, e)]]):
                spans.append(span)
                prev.append(k - 1)
        docs = [self.candidate(*span) for span in spans]
        probs = np.asarray(pipe.model.predict(docs)) if docs else np.zeros((0, len(LABELS)))
        unsure = [i for i, span in enumerate(spans) if self._unsure(span, probs[i])]
        pipe.embedded[0] += len(unsure)
        pipe.embedded[1] += len(spans)
        vectors = None
        wanted: list[tuple[int, int]] = []
        if unsure:
            from debrief.embed import embed

            if not pipe.context:
                prev = [-1] * len(prev)  # the previous sentence's vector left at zeros
            before = [sentences[prev[i]] for i in unsure if prev[i] >= 0]
            wanted = list(dict.fromkeys([*(spans[i] for i in unsure), *before]))
            vectors = embedding_pool().submit(embed, [self.doc[a:b].text for a, b in wanted])
        # the candidates' features, read below, are all made: the rest needs only the vectors
        return lambda: self._rescore(sentences, spans, prev, docs, probs, unsure, wanted, vectors)

    def _rescore(
        self,
        sentences: list[tuple[int, int]],
        spans: list[tuple[int, int]],
        prev: list[int],
        docs: list[Doc],
        probs: np.ndarray,
        unsure: list[int],
        wanted: list[tuple[int, int]],
        vectors: Future | None,
    ) -> None:
        pipe = self.pipe
        if vectors is not None:
            vecs = vectors.result()
            row = {span: j for j, span in enumerate(wanted)}
            for i in unsure:
                ctx = vecs[row[sentences[prev[i]]]] if prev[i] >= 0 else None
                docs[i].user_data[VECTOR] = candidate_vector(vecs[row[spans[i]]], ctx)
            again = np.asarray(pipe.model.predict([docs[i] for i in unsure]))
            probs[unsure] = again
        whole = NONE
        past: list[tuple[int, int]] = []  # past roles filed as nothing (insight_background)
        for i, span in enumerate(spans):
            p = probs[i]
            if span in self.clauses:  # a sentence, scored before its clauses
                whole = pipe._label(p)
            feats = docs[i].user_data[FEATS]
            if (
                "spk_plan" in feats
                and "subj:spk" in feats
                and not reported_should(self.doc, span)
                and not told_own_story(self.doc, span)  # "I told her I have ..." (insight_pitched)
            ):
                # the speaker's own next steps are follow-ups, not insights; what a move would
                # take ("I'd need to learn Salesforce") is no step (insight_conditional)
                p = decide.one_hot(p, SKILLS if self._would_need(span, feats) else NONE)
            elif (
                lab := refiled(self.doc, span, pipe._label(p), whole, bool(set(feats) & _META))
            ) is not None and not self._filed_second(p, lab, span):
                # the contact's reported advice, what employers value (insight_refile.py)
                p = decide.one_hot(p, lab)
            if (head := heading_label(self.doc, span)) is not None:
                # a typed note's own heading ("Likes: ...", "Me: ...") names the category
                p = decide.one_hot(p, LABEL_INDEX[head])
            elif (heard := self.heard.get(span)) is not None and not (
                heard != "none" and self.meta(*span)
            ):
                p = decide.one_hot(p, LABEL_INDEX[heard])
            elif pipe._label(p) == NONE and filed_past(p) and past_role(self.doc, *span):
                # the contact's past role, told where the recap introduces the contact
                past.append(span)
            self.proba[span] = p
        careers = [span for span, p in self.proba.items() if pipe._label(p) == CAREER]
        for span in unfiled_past(past, careers):
            self.proba[span] = decide.one_hot(self.proba[span], CAREER)

    def _would_need(self, span: tuple[int, int], feats: list[str]) -> bool:
        """Is the speaker's "plan" ``span`` what a move would take ("I'd need ...",
        :mod:`insight_conditional`), with no errand, logistics or call in it?"""
        return not set(feats) & _ERRAND and would_need(self.doc, span)

    def _filed_second(self, p: np.ndarray, lab: int, span: tuple[int, int]) -> bool:
        """Does the model already file the candidate under ``lab`` as its second category?
        Then the imperative rule keeps both: "start with the analyst role, that's an entry
        point, and move up" is advice and advancement to its author (insights19). Not a way
        in filed as skills first ("support is the best door into localization tech"): its
        skills is refused outright (insight_route)."""
        pipe = self.pipe
        best = pipe._label(p)
        if best in {lab, NONE} or lab != LABEL_INDEX["advice"]:
            return False  # only the imperative's advice (insight_imperative), never from nothing
        if best == LABEL_INDEX["skills"] and entry_route(self.doc, span):
            return False
        args = (pipe.second_threshold, pipe.category_thresholds, pipe.pair_thresholds)
        return decide.second(p, best, *args) == lab

    def _unsure(self, span: tuple[int, int], p: np.ndarray) -> bool:
        """Could a vector change this candidate's label? Not for what cannot be an insight
        (the speaker's own plans, logistics, the call itself, fragments without three words)
        nor where the model is sure without one (top probability >= ``gate``)."""
        gate = self.pipe.gate
        if gate > 1:
            return True
        s, e = span
        feats = set(self.candidate(s, e).user_data[FEATS])
        if feats & _META:  # spk_plan is in it
            return False
        if self._alpha is None:  # read once per recap: a Token per word per candidate else
            self._alpha = self.doc.to_array(IS_ALPHA).tolist()
        if sum(self._alpha[s:e]) < 3:
            return False
        return bool(p.max() < gate)
