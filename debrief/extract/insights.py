"""debrief_insights_v3: sentences and clauses of a recap, classified by a model spaCy trains.

Design:

1. Segmentation (:mod:`insight_segment`): rules propose the candidates. Sentences are cut at
   terminal punctuation, long unpunctuated stretches where a new ``<pronoun> <verb>`` clause
   starts; each sentence is also cut into clauses at ``, and|but <subject> <verb>``.
2. Classification: an exclusive ``textcat`` over the candidate Docs (this component is a
   :class:`spacy.pipeline.TextCategorizer`, trained by ``spacy train`` from
   ``pipelines/insights/config.cfg``; ``scripts/train_insights.py``). Why a textcat over
   candidates rather than a spancat with the segmenter as suggester: the categories are one
   per candidate (ten plus ``none``: an exclusive softmax), the gold insights do not start
   and end where candidates do (a spancat learns exact boundaries and would take every
   near-miss clause as a negative), and the emission rules below (a sentence split into
   clauses only when they disagree) need each candidate's full distribution. Training items
   are the gold insight texts and the sentences that carry none, as before.
   The network (:mod:`insight_model`, ``debrief.InsightClassifier.v1``) reads the hand
   features of :mod:`insight_features` as hashed ids and the frozen MiniLM vector of the
   candidate and of the sentence before it (trained with both; at run time the previous
   sentence is not embedded unless ``context`` is set, see :class:`InsightCategorizer`).
   The cue phrases the features need (``pipelines/insight_cues.toml``) are read at
   ``initialize`` and saved with the component.
3. The gate: embedding every candidate costs several times the parse, so the model first
   scores every candidate without vectors (it is trained to, by vector dropout) and only the
   candidates it is unsure of (top probability below ``gate``) that can be insights are
   embedded, in one call, and scored again with their vectors.
4. A sentence whose clauses get different categories is emitted clause by clause ("I told her
   about my project, and she said to lead with it" -> self_pitch + advice); otherwise the whole
   sentence is emitted once under its category (a second category when it is nearly as likely).

On a Doc that is itself a training candidate (``doc.user_data[CANDIDATE]``, set by the corpus
reader) the component behaves as a plain textcat and sets ``doc.cats``: that is how
``spacy train`` evaluates it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import numpy as np
import srsly
from spacy import util
from spacy.language import Language
from spacy.pipeline.textcat import TextCategorizer, textcat_score
from spacy.tokens import Doc
from spacy.training import Example
from spacy.vocab import Vocab
from thinc.api import Model

from debrief.config import data_file
from debrief.extract import insight_decide as decide
from debrief.extract.guard import degraded
from debrief.extract.insight_emit import emit, join_continuations, none_clause_is_meta
from debrief.extract.insight_features import (
    CueSet,
    DocIndex,
    cue_tokenizer,
    features,
    lexical_filter,
)
from debrief.extract.insight_heard import heard_headings
from debrief.extract.insight_model import (
    KEYS,
    LABEL_INDEX,
    LABELS,
    NONE,
    OFFSETS,
    VECTOR,
    candidate_vector,
    feature_keys,
)
from debrief.extract.insight_pool import embedding_pool
from debrief.extract.insight_refile import refiled
from debrief.extract.insight_segment import (
    clause_spans,
    heading_label,
    reported_should,
    sentence_spans,
    speaker_asks,
    speaker_story,
)
from debrief.models import Insight

#: ``doc.user_data`` keys: a training candidate's marker, and the features' strings
CANDIDATE = "debrief_insight_candidate"
FEATS = "debrief_insight_feats"
#: the trained component shipped with the package (cfg, model, cues.toml)
TRAINED = "pipelines/insights/model"

_META = frozenset({"cue:logistics", "cue:call", "cue:followup", "spk_plan"})

#: ``doc.user_data`` keys of the deferred run (see :func:`finish`): set by ``extract_doc``
#: to let the component return before its vectors are back, and the work left to do
DEFER = "debrief_insights_defer"
PENDING = "debrief_insights_pending"


def finish(doc: Doc) -> Doc:
    """Complete a deferred insight run on ``doc`` (a no-op when there is none): wait for the
    candidates' vectors and set ``doc._.insights``."""
    doc.user_data.pop(DEFER, None)
    pending = doc.user_data.pop(PENDING, None)
    if pending is not None:
        try:
            doc._.insights = pending()
        except Exception as exc:  # as in the component: the recap still files
            degraded("insight", exc)
            doc._.insights = []
    return doc


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
        run = _Run(self, doc, contact_first)
        # a heading Whisper heard as a sentence ("Advice. Learn SQL."): see insight_heard
        sentences, run.heard = heard_headings(doc, sentence_spans(doc))
        rescore = run.score_later(sentences)
        return lambda: self._emit_all(run, sentences, rescore)

    def _emit_all(
        self, run: _Run, sentences: list[tuple[int, int]], rescore: Callable[[], None]
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
            return [i for found in per_sentence for i in found]
        # a sentence that only continues the one before ("... is hardware. It breaks ...")
        return join_continuations(run.text, doc, sentences, per_sentence, run.meta, run.proba)

    def _label(self, p: np.ndarray) -> int:
        return decide.label(p, self.threshold, self.category_thresholds)

    def _sentence(self, run: _Run, s: int, e: int) -> list[Insight]:
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
        if second is not None:
            result.append(run.emit(s, e, second))
        return result


class _Run:
    """One recap's candidates and their probabilities (kept off the shared component)."""

    def __init__(self, pipe: InsightCategorizer, doc: Doc, contact_first: str | None) -> None:
        self.pipe = pipe
        self.doc = doc
        #: ``doc.text`` joins every token again on each access: read once
        self.text = doc.text
        self.contact_first = contact_first
        self.docs: dict[tuple[int, int], Doc] = {}
        self.index: DocIndex | None = None
        self.proba: dict[tuple[int, int], np.ndarray] = {}
        #: each sentence's clause_spans, cut once by score_later and read again by emitting
        self.clauses: dict[tuple[int, int], list[tuple[int, int]]] = {}
        #: the category a heading said aloud names, by span (insight_heard.heard_headings)
        self.heard: dict[tuple[int, int], str] = {}

    def candidate(self, s: int, e: int) -> Doc:
        cdoc = self.docs.get((s, e))
        if cdoc is None:
            # the model reads only the inputs put on the Doc's user_data, so the candidate's
            # words suffice: Span.as_doc copies the parse and scans the recap's entities
            # twice per candidate, which cost a fifth of the component's time
            toks = self.doc[s:e]
            cdoc = Doc(
                self.doc.vocab,
                words=[t.text for t in toks],
                spaces=[bool(t.whitespace_) for t in toks],
            )
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
        for i, span in enumerate(spans):
            p = probs[i]
            if span in self.clauses:  # a sentence, scored before its clauses
                whole = pipe._label(p)
            feats = docs[i].user_data[FEATS]
            if "spk_plan" in feats and "subj:spk" in feats and not reported_should(self.doc, span):
                # the speaker's own next steps are follow-ups, not insights
                p = decide.one_hot(p, NONE)
            elif (
                lab := refiled(self.doc, span, pipe._label(p), whole, bool(set(feats) & _META))
            ) is not None:
                # the contact's reported advice, what employers value (insight_refile.py)
                p = decide.one_hot(p, lab)
            if (head := heading_label(self.doc, span)) is not None:
                # a typed note's own heading ("Likes: ...", "Me: ...") names the category
                p = decide.one_hot(p, LABEL_INDEX[head])
            elif (heard := self.heard.get(span)) is not None and not (
                heard != "none" and self.meta(*span)
            ):
                p = decide.one_hot(p, LABEL_INDEX[heard])
            self.proba[span] = p

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
        if sum(1 for t in self.doc[s:e] if t.is_alpha) < 3:
            return False
        return bool(p.max() < gate)


_DEFAULT_MODEL = """
[model]
@architectures = "debrief.InsightClassifier.v1"
hash_length = 65536
vector_width = 768
vector_dropout = 0.5
combine = "average"
vector_weight = 0.5
feature_dropout = 0.3
"""


@Language.factory(
    "debrief_insights_v3",
    assigns=["doc._.insights", "doc.cats"],
    default_config={
        "model": util.load_config_from_str(_DEFAULT_MODEL)["model"],
        "trained": TRAINED,
        "threshold": 0.5,
        "second_threshold": 0.35,
        "split_confidence": 0.5,
        "join": True,
        "gate": 0.4,
        "context": False,
        "cue_boosts": False,
        "lexical": "all",
        "category_thresholds": {},
        # pipeline 1.20: the lines authors split differently, measured on recaps by authors the
        # model was not trained on (docs/extraction-history.md, "Insights, pipeline 1.20")
        "pair_thresholds": dict(decide.PAIR_THRESHOLDS),
        "keep_whole": {k: list(v) for k, v in decide.KEEP_WHOLE.items()},
        "scorer": {"@scorers": "spacy.textcat_scorer.v2"},
    },
    default_score_weights={"cats_macro_f": 1.0},
)
def make_insights(
    nlp: Language,
    name: str,
    model: Model,
    trained: str,
    threshold: float,
    second_threshold: float,
    split_confidence: float,
    join: bool,
    gate: float,
    context: bool,
    cue_boosts: bool,
    lexical: str,
    category_thresholds: dict[str, float],
    pair_thresholds: dict[str, float],
    keep_whole: dict[str, list[str]],
    scorer: Callable | None,
) -> InsightCategorizer:
    """The component; with ``trained`` (a folder under the package's data, "" for none, as
    in training) its weights and cues are loaded from the shipped model."""
    pipe = InsightCategorizer(
        nlp.vocab,
        model,
        name,
        threshold=threshold,
        second_threshold=second_threshold,
        split_confidence=split_confidence,
        join=join,
        gate=gate,
        context=context,
        cue_boosts=cue_boosts,
        lexical=lexical,
        category_thresholds=category_thresholds,
        pair_thresholds=pair_thresholds,
        keep_whole=keep_whole,
        scorer=scorer,
    )

    def tokenize(text: str) -> list[str]:
        # read at call time: training tunes the tokenizer after the factory ran
        return [t.lower_ for t in nlp.tokenizer(text)]

    pipe.tokenize = tokenize
    if trained:
        path = data_file(*Path(trained).parts)
        if not (path / "model").exists():
            raise OSError(f"the trained insight model is missing: {path}")
        pipe.from_disk(path)
    return pipe
