"""The roles model runs its matrix products on numpy's BLAS (speed35): every layer of the
loaded model has ``NumpyOps(use_blis=False)``, and it labels an invented recap as thinc's
blis products do (docs/extraction-history.md, the speed35 study: outputs checked identical
on every measured recap; speed is benchmarks/extract.py's, not asserted here)."""

from __future__ import annotations

import numpy as np
from thinc.api import NumpyOps

from debrief.extract import load_nlp
from debrief.extract.roles_model import stash_base_ents

_TEXT = (
    "Spoke with Ines Carvalho, a quantity surveyor at Brightmoor Civil in Leeds. "
    "She came over from Harlow Partners two years ago and loves the site visits. "
    "She said I should reach out to Tomasz Wren on the bids team by Friday."
)


def _analysed():  # type: ignore[no-untyped-def]
    nlp = load_nlp()
    base = [n for n in nlp.pipe_names if not n.startswith("debrief_")]
    with nlp.select_pipes(enable=base):
        return nlp, nlp(_TEXT)


def test_the_roles_model_multiplies_on_numpy() -> None:
    nlp, _ = _analysed()
    model = nlp.get_pipe("debrief_roles_v1").ner.model
    for node in model.walk():
        assert isinstance(node.ops, NumpyOps)
        assert node.ops.use_blis is False, node.name


def test_numpy_products_label_as_blis_products_do() -> None:
    nlp, doc = _analysed()
    tagger = nlp.get_pipe("debrief_roles_v1")
    model = tagger.ner.model
    shipped = {id(node): node.ops for node in model.walk()}

    def run() -> tuple[list[tuple[int, int, str]], np.ndarray]:
        copy = doc.copy()
        tagger.tag(copy)
        spans = [(s.start, s.end, s.label_) for s in copy.spans["debrief_roles"]]
        probe = doc.copy()
        stash_base_ents(probe)
        return spans, model.get_ref("tok2vec").predict([probe])[0]

    numpy_spans, numpy_vecs = run()
    blis = NumpyOps(use_blis=True)
    try:
        for node in model.walk():
            node.ops = blis
        blis_spans, blis_vecs = run()
    finally:
        for node in model.walk():
            node.ops = shipped[id(node)]
    assert numpy_spans == blis_spans
    assert any(label == "CONTACT_NAME" for _s, _e, label in numpy_spans)
    assert np.abs(numpy_vecs - blis_vecs).max() < 1e-4
