"""The insight classifier's network: a thinc model that ``spacy train`` trains.

``debrief.InsightClassifier.v1`` scores one candidate Doc (a sentence or clause of a recap)
over the ten categories plus ``none`` (an exclusive softmax). Its inputs are what carried
across authors in the design experiments (docs/extraction-history.md, "How well it
extracts, on recaps nobody tuned on"), not a tok2vec: a small
en_core_web_sm tok2vec under a spancat generalised badly to other authors (held-out macro-F1
0.59 against 0.81), because it does not carry meaning. The model has two linear parts:

* a sparse linear layer (``SparseLinear.v2``, a bag of hashed features like spaCy's
  ``TextCatBOW``) over the hand features of :mod:`insight_features` (lemma n-grams, cue groups,
  who the subject is, reported speech, modality ...), put on the Doc as hashed ids by the
  component (``doc.user_data[KEYS]``);
* fixed offsets of high-precision cues (``boost`` in the cue file, ``doc.user_data[OFFSETS]``),
  not trained: priors the learned weights add to;
* a dense linear layer over the frozen MiniLM sentence vector of the candidate beside half
  the vector of the sentence before it (``doc.user_data[VECTOR]``), the search model's own
  vectors (:mod:`debrief.embed`).

A candidate may come without a vector: embedding every candidate costs several times the
parse, so the component embeds only those the model is unsure of without one (the gate).
The model is trained for both: with ``vector_dropout`` it drops a training row's vector and
adds the ``novec`` feature instead, so the sparse part alone is a classifier of its own.

How the parts combine (``combine``): "sum" (pipeline 1.14) adds their scores under one
softmax; "average" (1.15) makes each a classifier trained on its own loss and averages their
probabilities where there is a vector, so the vector's classifier learns the categories
instead of only correcting the word features. ``feature_dropout`` leaves hashed features out
of training rows at random, so an author's pet words do not carry a category alone. Both
were chosen on recaps by authors the model was not trained on (docs/extraction-history.md,
"Pipeline 1.15: insights on other authors' recaps").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import numpy as np
import spacy
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc
from thinc.api import Linear, Model, SparseLinear_v2
from thinc.types import Floats2d

from debrief.models import CATEGORIES

LABELS: tuple[str, ...] = (*CATEGORIES, "none")
NONE = len(LABELS) - 1
#: each label's index in :data:`LABELS` (and in the model's output row)
LABEL_INDEX: dict[str, int] = {lab: i for i, lab in enumerate(LABELS)}

#: ``doc.user_data`` keys of the model's inputs (set by the component or the corpus reader)
KEYS = "debrief_insight_keys"
VECTOR = "debrief_insight_vector"
#: fixed per-label score offsets (the cue file's boosts for high-precision cues), optional
OFFSETS = "debrief_insight_offsets"
#: weight of the previous sentence's vector beside the candidate's own
CONTEXT = 0.5
#: the feature a row without a vector carries (so the sparse part can shift its scores)
NOVEC = "novec"
_NOVEC_KEY = hash_string(NOVEC)


def feature_keys(feats: list[str]) -> np.ndarray:
    """Hashed ids of feature strings (64-bit murmurhash, spaCy's string hash)."""
    return np.array([hash_string(f) for f in feats], dtype=np.uint64)


def candidate_vector(own: np.ndarray, before: np.ndarray | None) -> np.ndarray:
    """The model's vector input: the candidate's MiniLM vector beside ``CONTEXT`` times the
    previous sentence's (zeros at the start of a recap)."""
    if before is None:
        before = np.zeros_like(own)
    return np.concatenate([own, CONTEXT * before]).astype(np.float32)


@spacy.registry.architectures("debrief.InsightClassifier.v1")
def build_insight_classifier(
    nO: int | None = None,
    hash_length: int = 2**16,
    vector_width: int = 768,
    vector_dropout: float = 0.5,
    combine: str = "sum",
    vector_weight: float = 0.5,
    feature_dropout: float = 0.0,
) -> Model[list[Doc], Floats2d]:
    """Softmax over hashed hand features plus a linear layer on MiniLM vectors.

    ``combine`` "sum": one softmax over the two parts' summed scores; "average": two
    classifiers, each trained on its own loss, their probabilities averaged (``vector_weight``
    for the vector's) where a candidate has a vector: the vector classifier then learns the
    categories on its own instead of correcting what the word features already explain."""
    if combine not in {"sum", "average"}:
        raise ValueError(f"combine: 'sum' or 'average', not {combine!r}")
    sparse = SparseLinear_v2(nO=nO, length=hash_length)
    dense = Linear(nO=nO, nI=vector_width)
    return Model(
        "debrief_insight_classifier",
        _forward,
        init=_init,
        layers=[sparse, dense],
        dims={"nO": nO, "nI": None},
        attrs={
            "vector_dropout": vector_dropout,
            "vector_width": vector_width,
            "combine": combine,
            "vector_weight": vector_weight,
            "feature_dropout": feature_dropout,
        },
    )


def _init(model: Model, X: list[Doc] | None = None, Y: Floats2d | None = None) -> None:
    if Y is not None and not model.has_dim("nO"):
        model.set_dim("nO", Y.shape[1])
    n_o = model.get_dim("nO")
    sparse, dense = model.layers
    for layer in (sparse, dense):
        if not layer.has_dim("nO"):
            layer.set_dim("nO", n_o)
        layer.initialize()
    # zero start for the dense part: without a vector the model starts as the sparse part
    dense.set_param("W", dense.ops.alloc2f(n_o, model.attrs["vector_width"]))


def _forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[Floats2d, Callable]:
    sparse, dense = model.layers
    width = model.attrs["vector_width"]
    drop = model.attrs["vector_dropout"] if is_train else 0.0
    feature_drop = model.attrs.get("feature_dropout", 0.0) if is_train else 0.0
    vectors = np.zeros((len(docs), width), dtype="f")
    has_vec = np.zeros(len(docs), dtype=bool)
    keys: list[np.ndarray] = []
    for i, doc in enumerate(docs):
        ids = doc.user_data.get(KEYS)
        if ids is None:
            raise ValueError("insight candidate without features: run the component on it")
        if feature_drop > 0 and len(ids):
            ids = ids[np.random.random(len(ids)) >= feature_drop]
        vec = doc.user_data.get(VECTOR)
        if vec is not None and (drop <= 0 or np.random.random() >= drop):
            vectors[i] = vec
            has_vec[i] = True
            keys.append(ids)
        else:
            keys.append(np.append(ids, np.uint64(_NOVEC_KEY)))
    lengths = np.array([len(k) for k in keys], dtype="int32")
    flat = np.concatenate(keys) if keys else np.zeros(0, dtype=np.uint64)
    values = np.ones(len(flat), dtype="f")
    # CPU only (NumpyOps): numpy arrays are thinc's arrays
    s_out, s_back = sparse(cast(Any, (flat, values, lengths)), is_train)
    d_out, d_back = dense(cast(Floats2d, vectors), is_train)
    offsets = [doc.user_data.get(OFFSETS) for doc in docs]
    if any(o is not None for o in offsets):
        s_out = s_out + np.stack(
            [o if o is not None else np.zeros(s_out.shape[1], "f") for o in offsets]
        )
    if model.attrs["combine"] == "sum":
        probs = cast(Floats2d, _softmax(s_out + d_out))

        def backprop(d_probs: Floats2d) -> list[Doc]:
            # TextCategorizer's loss hands back (probabilities - truth): the gradient of the
            # cross-entropy with respect to the logits, as thinc's Softmax layer assumes too
            s_back(d_probs)
            d_back(d_probs)
            return []

        return probs, backprop
    weight = (model.attrs["vector_weight"] * has_vec[:, None]).astype("f")
    p_s, p_d = _softmax(s_out), _softmax(d_out)
    mixed = (1 - weight) * p_s + weight * p_d

    def backprop_average(d_probs: Floats2d) -> list[Doc]:
        # the loss's gradient is (probabilities - truth): recover the truth and give each
        # classifier the gradient of its own cross-entropy (none to the vector one without
        # a vector)
        truth = mixed - d_probs
        s_back((p_s - truth).astype("f"))
        d_back(((p_d - truth) * has_vec[:, None]).astype("f"))
        return []

    return cast(Floats2d, mixed), backprop_average


def _softmax(logits: np.ndarray) -> np.ndarray:
    logits = logits - logits.max(axis=1, keepdims=True)
    out = np.exp(logits).astype("f")
    out /= out.sum(axis=1, keepdims=True)
    return out
