"""debrief_insights_v2: classify sentences and clauses into the question categories.

Design (hybrid):

1. Segmentation (:mod:`insight_segment`): sentences cut at terminal punctuation, long
   unpunctuated stretches cut where a new ``<pronoun> <verb>`` clause starts; each sentence is
   also cut into clauses at ``, and|but <subject> <verb>``.
2. Features (:mod:`insight_features`): lemma n-grams, cue groups from
   ``pipelines/insight_cues.toml`` and dependency structure (contact vs speaker subject,
   reported speech, "told me to", negated like-verbs, modality, the speaker's own plans).
3. A softmax classifier (:mod:`insight_model`) over the categories plus ``none``, trained by
   ``scripts/train_insights.py`` on ``pipelines/insight_training.jsonl`` and the labelled
   recaps, stored in ``pipelines/insight_model.json``; high-precision cue groups add a fixed
   ``boost``. Its log-probabilities are mixed with those of a second softmax head on the
   MiniLM sentence vectors (:mod:`debrief.embed`, the search model) of the span and of the
   sentence before it (``pipelines/insight_embedding_head.json``). On gold insight texts of
   held-out files 06-09 the mix scores 0.916 macro-F1 against 0.893 (features) and 0.869
   (vectors alone). Only candidates the features are unsure of (top probability below
   ``gate``) and that can be insights are embedded, in one call: embedding all of them cost
   five times the parse; end to end on 06-09 the gate at 0.4 keeps 0.885 of 0.888
   (features alone 0.872) with a tenth of the texts embedded (``scripts/insight_gate.py``).
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
from debrief.extract.guard import degraded
from debrief.extract.insight_features import CueSet, DocIndex, features
from debrief.extract.insight_model import LABELS, NONE, EmbeddingHead, InsightModel
from debrief.extract.insight_segment import clause_spans, sentence_spans
from debrief.models import Insight

_LABEL_INDEX = {lab: i for i, lab in enumerate(LABELS)}


class _Run:
    """State of one Doc's classification (kept off the shared component: thread-safe)."""

    def __init__(self, doc: Doc, cues: CueSet, contact_first: str | None) -> None:
        self.doc = doc
        self.text = doc.text
        self.index = DocIndex(doc, cues)
        self.cache: dict[tuple[int, int], list[str]] = {}
        self.contact_first = contact_first
        #: span -> the head's log-probabilities (all candidates embedded in one call)
        self.head: dict[tuple[int, int], np.ndarray] = {}


class InsightClassifier:
    """Holds cues and weights (loaded once) and labels one Doc at a time."""

    def __init__(
        self,
        nlp: Language | None,
        cues_path: Path,
        model_path: Path,
        head_path: Path | None = None,
        threshold: float = 0.5,
        second_threshold: float = 0.35,
        split_confidence: float = 0.5,
        gate: float = 1.0,
        gate_margin: float = 0.0,
    ) -> None:
        tokenize = None
        if nlp is not None:
            tok = nlp.tokenizer

            def tokenize(text: str) -> list[str]:
                return [t.lower_ for t in tok(text)]

        self.cues = CueSet.load(cues_path, tokenize)
        self.model = InsightModel.load(model_path) if model_path.exists() else InsightModel.empty()
        self.head = EmbeddingHead.load(head_path) if head_path and head_path.exists() else None
        self.threshold = threshold
        self.second_threshold = second_threshold
        self.split_confidence = split_confidence
        #: embed a candidate only when the feature classifier's top probability is below
        #: ``gate`` or its lead over the second below ``gate_margin`` (above 1: no gate)
        self.gate = gate
        self.gate_margin = gate_margin
        #: candidates given to the head, candidates considered, texts embedded (with the
        #: sentences before them) since load: benchmarks and experiments read it
        self.embedded = [0, 0, 0]
        self._boost_idx = [
            (f"cue:{g}", _LABEL_INDEX[self.cues.targets[g]], b)
            for g, b in self.cues.boosts.items()
            if self.cues.targets.get(g) in _LABEL_INDEX and b
        ]
        self._structure_idx = [
            (feat, _LABEL_INDEX[cat], b)
            for feat, table in self.cues.structure.items()
            for cat, b in table.items()
            if cat in _LABEL_INDEX
        ]

    # -- scoring -------------------------------------------------------------------------
    def offsets(self, feats: list[str]) -> np.ndarray:
        """Fixed per-category boosts of the high-precision cue groups and structures present."""
        off = np.zeros(len(LABELS), dtype=np.float32)
        present = set(feats)
        for name, idx, boost in self._boost_idx:
            if name in present:
                off[idx] += boost
        for name, idx, boost in self._structure_idx:
            if name in present:
                off[idx] += boost
        return off

    def _features(self, run: _Run, s: int, e: int) -> list[str]:
        cached = run.cache.get((s, e))
        if cached is None:
            cached = features(run.doc, s, e, self.cues, run.contact_first, run.index)
            run.cache[(s, e)] = cached
        return cached

    def _proba(self, run: _Run, s: int, e: int) -> np.ndarray:
        feats = self._features(run, s, e)
        p = self.model.proba(feats, self.offsets(feats))
        head = run.head.get((s, e))
        if head is not None and self.head is not None:
            # a weighted mean of the two classifiers' log-probabilities
            z = (1 - self.head.share) * np.log(np.maximum(p, 1e-12)) + self.head.share * head
            z = np.exp(z - z.max())
            p = z / z.sum()
        if "spk_plan" in feats and "subj:spk" in feats:
            # the speaker's own next steps are follow-ups, not insights
            p = np.zeros_like(p)
            p[NONE] = 1.0
        return p

    def _label(self, p: np.ndarray) -> int:
        best = int(p.argmax())
        if best != NONE and p[best] < self.threshold * (1 - p[NONE]) and p[NONE] > p[best] * 0.8:
            return NONE
        return best

    def _meta(self, run: _Run, s: int, e: int) -> bool:
        feats = set(self._features(run, s, e))
        return bool(feats & {"cue:logistics", "cue:call", "cue:followup", "spk_plan"})

    # -- the component -------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.insights = self.classify(doc)
        except Exception as exc:  # never let one odd recap break extraction
            degraded("insight", exc)
            doc._.insights = []
        return doc

    def classify(self, doc: Doc) -> list[Insight]:
        """The insights of a parsed Doc, in text order."""
        if not len(doc) or all(t.is_space for t in doc):
            return []
        contact = getattr(doc._, "contact", None) if Doc.has_extension("contact") else None
        name = getattr(contact, "name", None) if contact is not None else None
        contact_first = name.split()[0].lower() if name and name.split() else None
        run = _Run(doc, self.cues, contact_first)
        sentences = sentence_spans(doc)
        if self.head is not None:
            self._embed_candidates(run, sentences)
        out: list[Insight] = []
        prev_pitch = False
        for s, e in sentences:
            found = self._sentence(run, s, e)
            if not found and prev_pitch and _speaker_story(doc, s, e) and not self._meta(run, s, e):
                # STAR stories run over several sentences: "We cut the backlog to three days."
                found = [_emit(run, s, e, _LABEL_INDEX["self_pitch"])]
            prev_pitch = bool(found) and found[-1].category == "self_pitch"
            out.extend(i for i in found if any(ch.isalnum() for ch in i.text))
        return out

    def _unsure(self, run: _Run, s: int, e: int) -> bool:
        """Could the head change this candidate's label? Not for what cannot be an insight
        (the speaker's own plans, logistics, the call itself, fragments without three words)
        nor where the feature classifier is sure: top probability >= ``gate`` and a lead over
        the second >= ``gate_margin``. A ``gate`` above 1 embeds every candidate (no gate)."""
        if self.gate > 1:
            return True
        feats = self._features(run, s, e)
        present = set(feats)
        if ("spk_plan" in present and "subj:spk" in present) or self._meta(run, s, e):
            return False
        if sum(1 for t in run.doc[s:e] if t.is_alpha) < 3:
            return False
        p = self.model.proba(feats, self.offsets(feats))
        top2 = np.sort(p)[-2:]
        return bool(top2[1] < self.gate or top2[1] - top2[0] < self.gate_margin)

    def _embed_candidates(self, run: _Run, sentences: list[tuple[int, int]]) -> None:
        """The head's scores of the candidates the feature classifier is unsure of (see
        :meth:`_unsure`), their texts and the sentences before them embedded in one call.

        The vectors are the search model's own (:mod:`debrief.embed`); each candidate is
        paired with the vector of the sentence before it."""
        from debrief.embed import embed

        assert self.head is not None
        doc = run.doc
        spans: list[tuple[int, int]] = []
        prev: list[int] = []
        total = 0
        for k, (s, e) in enumerate(sentences):
            for span in [(s, e), *[c for c in clause_spans(doc, s, e) if c != (s, e)]]:
                total += 1
                if self._unsure(run, *span):
                    spans.append(span)
                    prev.append(k - 1)
        self.embedded[0] += len(spans)
        self.embedded[1] += total
        if not spans:
            return
        wanted = list(dict.fromkeys([*spans, *(sentences[k] for k in prev if k >= 0)]))
        self.embedded[2] += len(wanted)
        vecs = embed([doc[a:b].text for a, b in wanted])
        row = {span: j for j, span in enumerate(wanted)}
        rows = [
            self.head.inputs(vecs[row[span]], vecs[row[sentences[k]]] if k >= 0 else None)
            for span, k in zip(spans, prev, strict=True)
        ]
        logp = self.head.log_proba(np.stack(rows))
        run.head = {span: logp[j] for j, span in enumerate(spans)}

    def _sentence(self, run: _Run, s: int, e: int) -> list[Insight]:
        doc = run.doc
        p_sent = self._proba(run, s, e)
        clauses = clause_spans(doc, s, e)
        if len(clauses) > 1 and _asks(doc, *clauses[0]):
            # "I asked what X is like, and she said ...": question and answer go together
            clauses = [(s, e)]
        if len(clauses) > 1:
            probs = [self._proba(run, a, b) for a, b in clauses]
            labels = [self._label(p) for p in probs]
            real = {lab for lab in labels if lab != NONE}
            sure = all(
                p[lab] >= self.split_confidence for p, lab in zip(probs, labels, strict=True)
            )
            if (
                (len(real) > 1 and sure)
                or (real and NONE in labels and self._label(p_sent) == NONE)
                or (len(real) == 1 and NONE in labels and _none_clause_is_meta(labels, probs))
            ):
                # merge neighbouring clauses with the same label
                groups: list[tuple[int, int, int]] = []
                for (a, b), lab in zip(clauses, labels, strict=False):
                    if groups and groups[-1][2] == lab:
                        groups[-1] = (groups[-1][0], b, lab)
                    else:
                        groups.append((a, b, lab))
                return [_emit(run, a, b, lab) for a, b, lab in groups if lab != NONE]
        best = self._label(p_sent)
        if best == NONE:
            return []
        result = [_emit(run, s, e, best)]
        second = int(np.argsort(-p_sent)[1])
        if second != NONE and p_sent[second] >= self.second_threshold:
            result.append(_emit(run, s, e, second))
        return result


def _emit(run: _Run, s: int, e: int, label: int) -> Insight:
    """An Insight for tokens ``s:e``, its character span trimmed of spaces and control chars."""
    text, doc = run.text, run.doc
    start = doc[s].idx
    last = doc[e - 1]
    end = last.idx + len(last.text)
    while start < end and (text[start].isspace() or not text[start].isprintable()):
        start += 1
    while end > start and (text[end - 1].isspace() or not text[end - 1].isprintable()):
        end -= 1
    return Insight(LABELS[label], text[start:end], start, end)


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
    return any(lab == NONE and p[NONE] > 0.8 for lab, p in zip(labels, probs, strict=False))


@Language.factory(
    "debrief_insights_v2",
    default_config={
        "cues": "pipelines/insight_cues.toml",
        "model": "pipelines/insight_model.json",
        "embedding_head": "pipelines/insight_embedding_head.json",
        "threshold": 0.5,
        "second_threshold": 0.35,
        "split_confidence": 0.5,
        "gate": 0.4,
        "gate_margin": 0.0,
    },
)
def make_insights(
    nlp: Language,
    name: str,
    cues: str,
    model: str,
    embedding_head: str,
    threshold: float,
    second_threshold: float,
    split_confidence: float,
    gate: float,
    gate_margin: float,
) -> InsightClassifier:
    return InsightClassifier(
        nlp,
        data_file(*Path(cues).parts),
        data_file(*Path(model).parts),
        data_file(*Path(embedding_head).parts) if embedding_head else None,
        threshold=threshold,
        second_threshold=second_threshold,
        split_confidence=split_confidence,
        gate=gate,
        gate_margin=gate_margin,
    )
