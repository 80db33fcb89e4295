"""The insight classifier's network and its generalisation options (pipeline 1.15).

Real thinc layers and real spaCy Docs; the feature ids and vectors are made up for the test
(the model reads only what the component puts on ``doc.user_data``).
"""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("spacy")


def _docs(n: int, with_vector: bool = True):  # type: ignore[no-untyped-def]
    import spacy

    from debrief.extract.insight_model import KEYS, VECTOR, feature_keys

    nlp = spacy.blank("en")
    rng = np.random.default_rng(0)
    out = []
    for i in range(n):
        doc = nlp(f"candidate number {i}")
        doc.user_data[KEYS] = feature_keys([f"w:word{i}", "w:shared", f"b:pair{i % 3}"])
        if with_vector:
            doc.user_data[VECTOR] = rng.normal(size=8).astype("f")
        out.append(doc)
    return out


def _model(**kwargs):  # type: ignore[no-untyped-def]
    from debrief.extract.insight_model import build_insight_classifier

    model = build_insight_classifier(nO=4, hash_length=64, vector_width=8, **kwargs)
    model.initialize()
    sparse, dense = model.layers
    rng = np.random.default_rng(1)
    sparse.set_param("W", rng.normal(size=sparse.get_param("W").shape).astype("f"))
    dense.set_param("W", rng.normal(size=dense.get_param("W").shape).astype("f"))
    return model


@pytest.mark.parametrize("combine", ["sum", "average"])
def test_outputs_are_distributions(combine: str) -> None:
    model = _model(combine=combine, vector_dropout=0.0)
    for with_vector in (True, False):
        probs = model.predict(_docs(5, with_vector))
        assert probs.shape == (5, 4) and probs.dtype == np.float32
        assert np.allclose(probs.sum(axis=1), 1.0, atol=1e-5)


def test_average_without_a_vector_is_the_feature_classifier_alone() -> None:
    from debrief.extract.insight_model import VECTOR

    model = _model(combine="average", vector_dropout=0.0, vector_weight=0.5)
    docs = _docs(3)
    with_vec = model.predict(docs)
    for doc in docs:
        del doc.user_data[VECTOR]
    alone = model.predict(docs)
    # the vector's classifier is averaged in only where there is a vector
    assert not np.allclose(with_vec, alone)
    # with weight 1 a candidate with a vector is the vector's classifier alone
    only = _model(combine="average", vector_dropout=0.0, vector_weight=1.0)
    docs = _docs(3)
    dense = only.layers[1]
    vectors = np.stack([d.user_data[VECTOR] for d in docs])
    logits = vectors @ dense.get_param("W").T + dense.get_param("b")
    p_d = np.exp(logits - logits.max(axis=1, keepdims=True))
    assert np.allclose(only.predict(docs), p_d / p_d.sum(axis=1, keepdims=True), atol=1e-5)


def test_average_trains_each_classifier_on_its_own_loss() -> None:
    model = _model(combine="average", vector_dropout=0.0)
    sparse, dense = model.layers
    docs = _docs(6)
    truth = np.zeros((6, 4), dtype="f")
    truth[np.arange(6), np.arange(6) % 4] = 1.0
    probs, backprop = model.begin_update(docs)
    backprop(probs - truth)  # what TextCategorizer's loss hands back
    # the vector classifier's gradient is its own softmax minus the truth
    vectors = np.stack([d.user_data["debrief_insight_vector"] for d in docs])
    logits = vectors @ dense.get_param("W").T + dense.get_param("b")
    p_d = np.exp(logits - logits.max(axis=1, keepdims=True))
    p_d /= p_d.sum(axis=1, keepdims=True)
    assert np.allclose(dense.get_grad("b"), (p_d - truth).sum(axis=0), atol=1e-4)
    assert np.abs(sparse.get_grad("W")).sum() > 0


def test_feature_dropout_only_in_training() -> None:
    model = _model(feature_dropout=0.9, vector_dropout=0.0)
    docs = _docs(4)
    first, second = model.predict(docs), model.predict(docs)
    assert np.allclose(first, second)  # prediction reads every feature
    np.random.seed(3)
    trained, _ = model.begin_update(docs)
    assert not np.allclose(trained, first)  # training left some features out


def test_unknown_combine_is_refused() -> None:
    from debrief.extract.insight_model import build_insight_classifier

    with pytest.raises(ValueError, match="combine"):
        build_insight_classifier(nO=4, combine="max")


def test_lexical_filter_keeps_the_structure() -> None:
    from debrief.extract.insight_features import lexical_filter

    feats = ["w:paperwork", "b:the_paperwork", "subjw:part", "cue:dislike", "subj:con"]
    feats += ["root:be", "heading:advice", "reported:con", "like:con_hate"]
    assert lexical_filter(feats, "all") == feats
    assert "b:the_paperwork" not in lexical_filter(feats, "unigram")
    assert "w:paperwork" in lexical_filter(feats, "unigram")
    structure = lexical_filter(feats, "structure")
    assert structure == ["cue:dislike", "subj:con", "root:be", "reported:con", "like:con_hate"]
    assert lexical_filter(feats, "shape") == ["cue:dislike", "subj:con", "reported:con"]
    with pytest.raises(ValueError):
        lexical_filter(feats, "words")


def test_category_threshold_leaves_an_unsure_category_out() -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_model import LABELS

    nlp = load_nlp()
    component = nlp.get_pipe("debrief_insights_v3")
    p = np.full(len(LABELS), 0.02, dtype="f")
    skills = LABELS.index("skills")
    p[skills] = 0.5
    p[-1] = 1.0 - float(p.sum() - p[-1])
    saved = dict(component.category_thresholds)
    try:
        component.category_thresholds = {}
        assert component._label(p) == skills
        component.category_thresholds = {skills: 0.6}
        assert component._label(p) == len(LABELS) - 1  # none
        component.category_thresholds = {skills: 0.45}
        assert component._label(p) == skills
    finally:
        component.category_thresholds = saved


def test_a_second_category_on_a_disagreement_line_has_its_own_threshold() -> None:
    from debrief.extract.insight_decide import label, pair_table, second
    from debrief.extract.insight_model import LABELS

    skills, advice, likes = (LABELS.index(c) for c in ("skills", "advice", "likes"))
    p = np.full(len(LABELS), 0.01, dtype="f")
    p[advice], p[skills] = 0.6, 0.28
    p[-1] = 1.0 - float(p.sum() - p[-1])
    best = label(p, 0.5, {})
    assert best == advice
    # at the general threshold (0.35) skills is not filed beside advice ...
    assert second(p, best, 0.35, {}, {}) is None
    # ... on the skills/advice line (either order) it is, and only on that line
    pairs = pair_table({"skills+advice": 0.25})
    assert second(p, best, 0.35, {}, pairs) == skills
    assert second(p, best, 0.35, {}, pair_table({"advice+skills": 0.25})) == skills
    assert second(p, best, 0.35, {}, pair_table({"likes+advice": 0.25})) is None
    # a category's own threshold still applies to it as a second
    assert second(p, best, 0.35, {skills: 0.3}, pairs) is None
    # none is never a second category, nor the best one again
    q = p.copy()
    q[skills], q[-1] = q[-1], q[skills]
    assert second(q, best, 0.35, {}, pairs) is None
    assert likes not in (best, second(p, best, 0.35, {}, pairs))
    with pytest.raises(ValueError):
        pair_table({"skills": 0.2})
    with pytest.raises(ValueError):
        pair_table({"skills+none": 0.2})


def test_a_culture_sentence_keeps_its_downside_clause() -> None:
    from debrief.extract.insight_decide import keep_table, keeps_whole
    from debrief.extract.insight_model import LABELS

    culture, dislikes, likes, advice, mission = (
        LABELS.index(c) for c in ("culture", "dislikes", "likes", "advice", "mission_values")
    )
    keep = keep_table({"culture": ["dislikes", "likes"], "mission_values": ["dislikes"]})
    # "Rally has a great culture, really collaborative, but the hours are long"
    assert keeps_whole(culture, {culture, dislikes}, keep)
    assert keeps_whole(culture, {culture, likes, dislikes}, keep)
    # a clause of a category it does not keep is still filed apart
    assert not keeps_whole(culture, {culture, advice}, keep)
    # the sentence's own category must be one of its clauses'
    assert not keeps_whole(culture, {likes, dislikes}, keep)
    assert not keeps_whole(mission, {mission, likes}, keep)
    # a like and a dislike in one sentence: a clause each (format.md)
    assert not keeps_whole(likes, {likes, dislikes}, keep)
    assert not keeps_whole(culture, {culture, dislikes}, {})
    with pytest.raises(ValueError):
        keep_table({"culture": ["none"]})


def test_the_training_config_carries_the_shipped_decision_rules() -> None:
    # a model retrained from pipelines/insights/config.cfg runs with the rules it ships with
    from thinc.api import Config

    from debrief.config import data_file
    from debrief.extract.insight_decide import KEEP_WHOLE, PAIR_THRESHOLDS

    cfg = Config().from_disk(data_file("pipelines", "insights", "config.cfg"))
    comp = cfg["components"]["debrief_insights_v3"]
    assert comp["pair_thresholds"] == PAIR_THRESHOLDS
    assert {k: tuple(v) for k, v in comp["keep_whole"].items()} == KEEP_WHOLE
