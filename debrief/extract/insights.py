"""debrief_insights_v1: classify sentences and clauses into the question categories.

Design (hybrid):

1. Segmentation (:mod:`insight_segment`): sentences cut at terminal punctuation, long
   unpunctuated stretches cut where a new ``<pronoun> <verb>`` clause starts; each sentence is
   also cut into clauses at ``, and|but <subject> <verb>``.
2. Features (:mod:`insight_features`): lemma n-grams, cue groups from
   ``pipelines/insight_cues.toml`` and dependency structure (contact vs speaker subject,
   reported speech, "told me to", negated like-verbs, modality, the speaker's own plans).
3. A softmax classifier (:mod:`insight_model`) over the categories plus ``none``, trained by
   ``scripts/train_insights.py`` on ``pipelines/insight_training.jsonl`` and stored in
   ``pipelines/insight_model.json``; high-precision cue groups add a fixed ``boost``.
4. A sentence whose clauses get different categories is emitted clause by clause ("I told her
   about my project, and she said to lead with it" -> self_pitch + advice); otherwise the whole
   sentence is emitted once under its category (a second category when it is nearly as likely).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from debrief.config import data_file
from debrief.extract.insight_features import CueSet, features
from debrief.extract.insight_model import LABELS, NONE, InsightModel
from debrief.extract.insight_segment import clause_spans, sentence_spans
from debrief.models import Insight

_LABEL_INDEX = {lab: i for i, lab in enumerate(LABELS)}


class InsightClassifier:
    """Holds cues and weights (loaded once) and labels one Doc at a time."""

    def __init__(
        self,
        nlp: Language | None,
        cues_path: Path,
        model_path: Path,
        threshold: float = 0.5,
        second_threshold: float = 0.35,
        split_confidence: float = 0.5,
    ) -> None:
        tokenize = None
        if nlp is not None:
            tok = nlp.tokenizer

            def tokenize(text: str) -> list[str]:
                return [t.lower_ for t in tok(text)]

        self.cues = CueSet.load(cues_path, tokenize)
        self.model = InsightModel.load(model_path) if model_path.exists() else InsightModel.empty()
        self.threshold = threshold
        self.second_threshold = second_threshold
        self.split_confidence = split_confidence
        self._boost_idx = [
            (f"cue:{g}", _LABEL_INDEX[self.cues.targets[g]], b)
            for g, b in self.cues.boosts.items()
            if self.cues.targets.get(g) in _LABEL_INDEX and b
        ]

    # -- scoring -------------------------------------------------------------------------
    def offsets(self, feats: list[str]) -> np.ndarray:
        off = np.zeros(len(LABELS), dtype=np.float32)
        present = set(feats)
        for name, idx, boost in self._boost_idx:
            if name in present:
                off[idx] += boost
        return off

    def proba(self, doc: Doc, s: int, e: int, contact_first: str | None) -> np.ndarray:
        feats = features(doc, s, e, self.cues, contact_first)
        return self.model.proba(feats, self.offsets(feats))

    def _label(self, p: np.ndarray) -> int:
        best = int(p.argmax())
        if best != NONE and p[best] < self.threshold * (1 - p[NONE]) and p[NONE] > p[best] * 0.8:
            return NONE
        return best

    # -- the component -------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.insights = self.classify(doc)
        except Exception:  # noqa: BLE001 - one bad parse must not lose the whole extraction
            doc._.insights = []
        return doc

    def classify(self, doc: Doc) -> list[Insight]:
        if not len(doc) or not doc.text.strip():
            return []
        contact = getattr(doc._, "contact", None)
        name = getattr(contact, "name", None) if contact is not None else None
        contact_first = name.split()[0].lower() if name and name.split() else None
        out: list[Insight] = []
        prev_pitch = False
        for s, e in sentence_spans(doc):
            found = self._sentence(doc, s, e, contact_first)
            if not found and prev_pitch and _speaker_story(doc, s, e):
                # STAR stories run over several sentences: "We cut the backlog to three days."
                found = [self._emit(doc, s, e, _LABEL_INDEX["self_pitch"])]
            prev_pitch = bool(found) and found[-1].category == "self_pitch"
            out.extend(found)
        return out

    def _emit(self, doc: Doc, s: int, e: int, label: int) -> Insight:
        start = doc[s].idx
        last = doc[e - 1]
        end = last.idx + len(last.text)
        return Insight(LABELS[label], doc.text[start:end], start, end)

    def _sentence(self, doc: Doc, s: int, e: int, contact_first: str | None) -> list[Insight]:
        p_sent = self.proba(doc, s, e, contact_first)
        clauses = clause_spans(doc, s, e)
        if len(clauses) > 1 and _asks(doc, *clauses[0]):
            # "I asked what X is like, and she said ...": question and answer go together
            clauses = [(s, e)]
        if len(clauses) > 1:
            probs = [self.proba(doc, a, b, contact_first) for a, b in clauses]
            labels = [self._label(p) for p in probs]
            real = {lab for lab in labels if lab != NONE}
            sure = all(p[lab] >= self.split_confidence for p, lab in zip(probs, labels))
            if (len(real) > 1 and sure) or (real and NONE in labels and self._label(p_sent) == NONE) or (
                len(real) == 1 and NONE in labels and _none_clause_is_meta(labels, probs)
            ):
                # merge neighbouring clauses with the same label
                groups: list[tuple[int, int, int]] = []
                for (a, b), lab in zip(clauses, labels):
                    if groups and groups[-1][2] == lab:
                        groups[-1] = (groups[-1][0], b, lab)
                    else:
                        groups.append((a, b, lab))
                return [self._emit(doc, a, b, lab) for a, b, lab in groups if lab != NONE]
        best = self._label(p_sent)
        if best == NONE:
            return []
        result = [self._emit(doc, s, e, best)]
        order = np.argsort(-p_sent)
        second = int(order[1])
        if second != NONE and p_sent[second] >= self.second_threshold:
            result.append(self._emit(doc, s, e, second))
        return result


def _asks(doc: Doc, s: int, e: int) -> bool:
    """Is the span the speaker's question ("I asked about ...", "when I asked whether ...")?"""
    return any(
        t.lemma_ == "ask" and any(c.lower_ in {"i", "we"} and c.dep_ == "nsubj" for c in t.children)
        for t in doc[s:e]
    )


def _speaker_story(doc: Doc, s: int, e: int) -> bool:
    """A past-tense statement by the speaker (or "we"), not a plan: part of a STAR story."""
    for t in doc[s:e]:
        if t.dep_ == "nsubj" and t.lower_ in {"i", "we"} and t.head.tag_ == "VBD":
            return not any(c.lower_ in {"will", "'ll", "should", "need"} for c in t.head.children)
        if t.lower_ == "my" and t.head.dep_ == "nsubj" and t.head.head.tag_ == "VBD":
            return True
    return False


def _none_clause_is_meta(labels: list[int], probs: list[np.ndarray]) -> bool:
    """A clause that is confidently about nothing (the call, a reaction) is left out."""
    return any(lab == NONE and p[NONE] > 0.8 for lab, p in zip(labels, probs))


@Language.factory(
    "debrief_insights_v1",
    default_config={
        "cues": "pipelines/insight_cues.toml",
        "model": "pipelines/insight_model.json",
        "threshold": 0.5,
        "second_threshold": 0.35,
        "split_confidence": 0.5,
    },
)
def make_insights(
    nlp: Language,
    name: str,
    cues: str,
    model: str,
    threshold: float,
    second_threshold: float,
    split_confidence: float,
) -> InsightClassifier:
    return InsightClassifier(
        nlp,
        data_file(*Path(cues).parts),
        data_file(*Path(model).parts),
        threshold=threshold,
        second_threshold=second_threshold,
        split_confidence=split_confidence,
    )
