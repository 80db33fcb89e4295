"""debrief_insights_v3: sentences and clauses of a recap, classified by a model spaCy trains.

Design:

1. Segmentation (:mod:`insight_sentences`, :mod:`insight_segment`): rules propose the
   candidates. Sentences are cut at terminal punctuation, long unpunctuated stretches where a
   new ``<pronoun> <verb>`` clause starts; each sentence is also cut into clauses at
   ``, and|but <subject> <verb>``.
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

from collections.abc import Callable
from pathlib import Path

from spacy import util
from spacy.language import Language
from thinc.api import Model

import debrief.extract.insight_decide as decide
from debrief.config import data_file
from debrief.extract.insight_categorizer import (
    CANDIDATE,
    DEFER,
    PENDING,
    InsightCategorizer,
    finish,
)
from debrief.extract.insight_run import FEATS, InsightRun

#: the names other modules, scripts and tests import from here (the component's class is in
#: insight_categorizer.py, one recap's candidates and scores in insight_run.py)
__all__ = [
    "CANDIDATE",
    "DEFER",
    "FEATS",
    "PENDING",
    "TRAINED",
    "InsightCategorizer",
    "InsightRun",
    "finish",
    "make_insights",
]

#: the trained component shipped with the package (cfg, model, cues.toml)
TRAINED = "pipelines/insights/model"

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
