"""The insight textcat (:class:`InsightCategorizer`, the design in :mod:`debrief.extract.insights`):
its cue data and saving, the model's inputs, and on a recap Doc the run that segments,
classifies (:class:`debrief.extract.insight_run.InsightRun`) and emits the insights sentence by
sentence, now or deferred (:func:`finish`)."""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import srsly
from spacy.language import Language
from spacy.pipeline.textcat import TextCategorizer, textcat_score
from spacy.tokens import Doc
from spacy.training import Example
from spacy.vocab import Vocab
from thinc.api import Model

import debrief.extract.insight_decide as decide
from debrief.config import data_file
from debrief.extract.guard import degraded
from debrief.extract.insight_aside import cut_asides
from debrief.extract.insight_asked import asked_answers
from debrief.extract.insight_bare import bare_headings
from debrief.extract.insight_cues import CueSet, cue_tokenizer
from debrief.extract.insight_emit import join_continuations, none_clause_is_meta
from debrief.extract.insight_features import features, lexical_filter
from debrief.extract.insight_heard import heard_headings
from debrief.extract.insight_inline import inline_headings
from debrief.extract.insight_leadin import drop_lead_ins
from debrief.extract.insight_model import (
    KEYS,
    LABEL_INDEX,
    LABELS,
    NONE,
    OFFSETS,
    feature_keys,
)
from debrief.extract.insight_pitched_back import cut_pitch_reactions
from debrief.extract.insight_planned import drop_planned
from debrief.extract.insight_refile import second_refused
from debrief.extract.insight_run import FEATS, InsightRun
from debrief.extract.insight_segment import clause_spans, speaker_asks, speaker_story
from debrief.extract.insight_sentences import sentence_spans
from debrief.models import Insight

#: ``doc.user_data`` key: a training candidate's marker
CANDIDATE = "debrief_insight_candidate"

#: ``doc.user_data`` keys of the deferred run (see :func:`finish`): set by ``extract_doc``
#: to let the component return before its vectors are back, and the work left to do
DEFER = "debrief_insights_defer"
PENDING = "debrief_insights_pending"


def finish(doc: Doc) -> Doc:
    """Complete a deferred insight run on ``doc``: wait for the candidates' vectors and set
    ``doc._.insights``; then drop the insights that are the speaker's planned steps filed as
    follow-ups (:mod:`insight_planned`)."""
    doc.user_data.pop(DEFER, None)
    pending = doc.user_data.pop(PENDING, None)
    if pending is not None:
        try:
            doc._.insights = pending()
        except Exception as exc:  # as in the component: the recap still files
            degraded("insight", exc)
            doc._.insights = []
    # the follow-ups are filed by now (extract_doc calls this after every component): a
    # step the speaker plans is a follow-up, not an insight as well (insight_planned)
    if doc._.insights:
        doc._.insights = drop_planned(doc.text, doc._.insights, doc._.follow_ups)
    return doc


def _cut_tails(doc: Doc, insights: list[Insight]) -> list[Insight]:
    """The emitted insights without the tails that are no part of the point: the speaker's
    closing aside (", which I don't want"; insight_aside) and the contact's reaction after the
    speaker's pitch (", and she said that's relevant"; insight_pitched_back); and without a
    typed list's lead-in ending on a colon (insight_leadin)."""
    return drop_lead_ins(cut_pitch_reactions(doc, cut_asides(doc, insights)))


class InsightCategorizer(TextCategorizer):
    """The insight textcat; on a recap Doc it segments, classifies and emits insights."""

    def __init__(
        self,
        vocab: Vocab,
        model: Model,
        name: str = "debrief_insights_v3",
        *,
        threshold: float = 0.5,
        second_threshold: float = 0.35,
        split_confidence: float = 0.5,
        join: bool = True,
        gate: float = 0.4,
        context: bool = False,
        cue_boosts: bool = False,
        lexical: str = "all",
        category_thresholds: dict[str, float] | None = None,
        pair_thresholds: dict[str, float] | None = None,
        keep_whole: dict[str, list[str]] | None = None,
        scorer: Callable | None = textcat_score,
    ) -> None:
        super().__init__(vocab, model, name, threshold=0.0, scorer=scorer)
        self.threshold = threshold
        self.second_threshold = second_threshold
        self.split_confidence = split_confidence
        #: join a sentence that continues the insight before it (:mod:`insight_emit`)
        self.join = join
        #: embed a candidate when the top probability without a vector is below ``gate``
        #: (0: never embed; above 1: embed every candidate)
        self.gate = gate
        #: embed the sentence before each gated candidate too (the model's context input).
        #: Off: it doubled the embedding time and changed no held-out or dev figure at gate
        #: 0.4 (06-09 0.888, dev 0.949 either way, model trained on 01-05); the model
        #: takes zeros there as it does at the start of a recap
        self.context = context
        #: add the cue file's fixed boosts to the model's scores: in ``cfg``, so a trained
        #: model is run as it was trained
        self.cfg["cue_boosts"] = cue_boosts
        #: which word features the model reads (:func:`lexical_filter`): in ``cfg`` too
        self.cfg["lexical"] = lexical
        #: a category is filed only when its probability reaches its threshold here
        self.category_thresholds = {
            LABEL_INDEX[k]: float(v) for k, v in (category_thresholds or {}).items()
        }
        #: a second category on a line authors disagree on is filed at its own threshold
        self.pair_thresholds = decide.pair_table(pair_thresholds or {})
        #: a sentence of these categories keeps these clauses whole (:func:`decide.keeps_whole`)
        self.keep_whole = decide.keep_table(keep_whole or {})
        self.cues_text = ""
        self.cues: CueSet | None = None
        #: lower-cased tokens of a cue phrase (set by the factory: the pipeline's tokenizer)
        self.tokenize: Callable[[str], list[str]] | None = None
        #: candidates scored with a vector, candidates considered, since load (benchmarks)
        self.embedded = [0, 0]

    @property
    def cue_boosts(self) -> bool:
        return bool(self.cfg.get("cue_boosts", False))

    @property
    def lexical(self) -> str:
        return str(self.cfg.get("lexical", "all"))

    # -- data --------------------------------------------------------------------------
    def set_cues(self, text: str) -> None:
        """Use the cue phrases of ``text`` (``insight_cues.toml``'s format), tokenised by the
        pipeline's own tokenizer when the factory gave it (else English rules + debrief's)."""
        self.cues_text = text
        tokenize = self.tokenize or cue_tokenizer(self.vocab)
        self.cues = CueSet.from_data(tomllib.loads(text), tokenize)

    def initialize(  # type: ignore[override]
        self,
        get_examples: Callable[[], Iterable[Example]],
        *,
        nlp: Language | None = None,
        labels: Iterable[str] | None = None,
        cues: str = "pipelines/insight_cues.toml",
    ) -> None:
        """Read the cue phrases (saved with the component from then on) and the labels."""
        self.set_cues(data_file(*Path(cues).parts).read_text(encoding="utf-8"))
        super().initialize(get_examples, nlp=nlp, labels=labels or LABELS)

    def to_bytes(self, *, exclude: Iterable[str] = tuple()) -> bytes:
        return srsly.msgpack_dumps(
            {"base": super().to_bytes(exclude=[*exclude, "vocab"]), "cues": self.cues_text}
        )

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = tuple()) -> Any:
        data = srsly.msgpack_loads(bytes_data)
        super().from_bytes(data["base"], exclude=[*exclude, "vocab"])
        self.set_cues(data["cues"])
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> None:
        super().to_disk(path, exclude=[*exclude, "vocab"])
        (Path(path) / "cues.toml").write_text(self.cues_text, encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> Any:
        super().from_disk(path, exclude=[*exclude, "vocab"])
        self.set_cues((Path(path) / "cues.toml").read_text(encoding="utf-8"))
        return self

    # -- the model's inputs ------------------------------------------------------------
    def featurize(self, doc: Doc, contact_first: str | None = None) -> list[str]:
        """Put the model's feature ids on a candidate Doc; returns the feature strings."""
        feats = doc.user_data.get(FEATS)
        if feats is None:
            if self.cues is None:
                raise ValueError(f"{self.name}: not initialised (no cue phrases)")
            feats = features(doc, 0, len(doc), self.cues, contact_first) if len(doc) else []
            doc.user_data[FEATS] = feats
            doc.user_data[KEYS] = feature_keys(lexical_filter(feats, self.lexical))
        if self.cue_boosts and OFFSETS not in doc.user_data:
            doc.user_data[OFFSETS] = self._offsets(feats)
        return feats

    def _offsets(self, feats: list[str]) -> np.ndarray:
        """The cue file's fixed per-category boosts of the cue groups and structures present."""
        assert self.cues is not None
        off = np.zeros(len(LABELS), dtype=np.float32)
        present = set(feats)
        for group, boost in self.cues.boosts.items():
            target = LABEL_INDEX.get(self.cues.targets.get(group, ""))
            if boost and target is not None and f"cue:{group}" in present:
                off[target] += boost
        for feat, table in self.cues.structure.items():
            if feat in present:
                for cat, boost in table.items():
                    if cat in LABEL_INDEX:
                        off[LABEL_INDEX[cat]] += boost
        return off

    def predict(self, docs: Iterable[Doc]) -> Any:
        docs = list(docs)
        for doc in docs:
            self.featurize(doc)
        return super().predict(docs)

    def update(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, float]:
        examples = list(examples)
        for eg in examples:
            self.featurize(eg.predicted)
        return super().update(examples, **kwargs)

    # -- running -----------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if CANDIDATE in doc.user_data:
            self.set_annotations([doc], self.predict([doc]))
            return doc
        try:
            doc._.insights = self.classify(doc)
        except Exception as exc:  # never let one odd recap break extraction
            degraded("insight", exc)
            doc._.insights = []
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            yield self(doc)

    def classify(self, doc: Doc) -> list[Insight]:
        """The insights of a parsed recap Doc, in text order.

        On a Doc marked :data:`DEFER` (``extract_doc`` does) the unsure candidates are
        embedded on another thread while the components after this one run (onnxruntime
        releases the GIL): this returns ``[]`` and leaves the rest of the work in
        ``doc.user_data[PENDING]`` for :func:`finish`, which sets ``doc._.insights``."""
        later = self._classify_later(doc)
        if doc.user_data.get(DEFER):
            doc.user_data[PENDING] = later
            return []
        return later()

    def _classify_later(self, doc: Doc) -> Callable[[], list[Insight]]:
        """Score the candidates and start embedding the unsure ones; the function returned
        waits for the vectors and gives what :meth:`classify` gives."""
        if not len(doc) or all(t.is_space for t in doc):
            return list
        contact = getattr(doc._, "contact", None) if Doc.has_extension("contact") else None
        name = getattr(contact, "name", None) if contact is not None else None
        contact_first = name.split()[0].lower() if name and name.split() else None
        run = InsightRun(self, doc, contact_first)
        # a heading Whisper heard as a sentence ("Advice. Learn SQL."): see insight_heard
        sentences, run.heard = heard_headings(doc, sentence_spans(doc))
        # headings said inside a sentence, with no pause heard: see insight_inline
        sentences, run.heard = inline_headings(doc, sentences, run.heard)
        # typed "Q: ...? A: ..." notes: the question names its answer (insight_asked)
        sentences, run.heard = asked_answers(doc, sentences, run.heard)
        # a heading alone on its line ("**skills**", "Likes/dislikes:") (insight_bare)
        sentences, run.heard = bare_headings(doc, sentences, run.heard)
        rescore = run.score_later(sentences)
        return lambda: self._emit_all(run, sentences, rescore)

    def _emit_all(
        self, run: InsightRun, sentences: list[tuple[int, int]], rescore: Callable[[], None]
    ) -> list[Insight]:
        rescore()
        doc = run.doc
        per_sentence: list[list[Insight]] = []
        prev_pitch = False
        for s, e in sentences:
            found = self._sentence(run, s, e)
            if not found and prev_pitch and speaker_story(doc, s, e) and not run.meta(s, e):
                # STAR stories run over several sentences: "We cut the backlog to three days."
                found = [run.emit(s, e, LABEL_INDEX["self_pitch"])]
            prev_pitch = bool(found) and found[-1].category == "self_pitch"
            per_sentence.append([i for i in found if any(ch.isalnum() for ch in i.text)])
        if not self.join:
            return _cut_tails(doc, [i for found in per_sentence for i in found])
        # a sentence that only continues the one before ("... is hardware. It breaks ...")
        joined = join_continuations(run.text, doc, sentences, per_sentence, run.meta, run.proba)
        return _cut_tails(doc, joined)

    def _label(self, p: np.ndarray) -> int:
        return decide.label(p, self.threshold, self.category_thresholds)

    def _sentence(self, run: InsightRun, s: int, e: int) -> list[Insight]:
        doc = run.doc
        p_sent = run.proba[(s, e)]
        clauses = run.clauses.get((s, e)) or clause_spans(doc, s, e)
        if len(clauses) > 1 and speaker_asks(doc, *clauses[0]):
            # "I asked what X is like, and she said ...": question and answer go together
            clauses = [(s, e)]
        if len(clauses) > 1:
            probs = [run.proba[c] for c in clauses]
            labels = [self._label(p) for p in probs]
            real = {lab for lab in labels if lab != NONE}
            sure = all(
                p[lab] >= self.split_confidence for p, lab in zip(probs, labels, strict=True)
            )
            whole = self._label(p_sent)
            if not decide.keeps_whole(whole, real, self.keep_whole) and (
                (
                    len(real) > 1
                    and (sure or decide.sure_disagree(labels, probs, self.split_confidence))
                )
                or (real and NONE in labels and whole == NONE)
                or (len(real) == 1 and NONE in labels and none_clause_is_meta(labels, probs))
            ):
                # merge neighbouring clauses with the same label
                groups: list[tuple[int, int, int]] = []
                for (a, b), lab in zip(clauses, labels, strict=False):
                    if groups and groups[-1][2] == lab:
                        groups[-1] = (groups[-1][0], b, lab)
                    else:
                        groups.append((a, b, lab))
                return [run.emit(a, b, lab) for a, b, lab in groups if lab != NONE]
        best = self._label(p_sent)
        if best == NONE:
            return []
        result = [run.emit(s, e, best)]
        second = decide.second(
            p_sent, best, self.second_threshold, self.category_thresholds, self.pair_thresholds
        )
        if second is not None and not second_refused(doc, (s, e), second):
            result.append(run.emit(s, e, second))
        return result
