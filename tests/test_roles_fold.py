"""The roles model's folded embedding (debrief.extract.roles_model.fold_tensor_embed) gives
what the trained layers give, on real spaCy and the shipped model."""

from __future__ import annotations

import numpy as np

from debrief.extract import load_nlp
from debrief.extract.roles_model import stash_base_ents


def _embedding_node(model):  # type: ignore[no-untyped-def]
    return next(
        node
        for node in model.walk()
        if len(node.layers) == 2
        and any(sub.name == "debrief_roles_doc_tensor" for sub in node.layers[0].layers)
    )


def test_folded_embedding_matches_the_trained_layers() -> None:
    nlp = load_nlp()
    tagger = nlp.get_pipe("debrief_roles_v1")
    node = _embedding_node(tagger.ner.model)
    # the component folded it at load: prediction runs the folded forward
    assert node._func.__qualname__.startswith("fold_tensor_embed")
    text = (
        "Spoke with Ines Carvalho, a quantity surveyor at Brightmoor Civil in Leeds. "
        "She said I should reach out to Tomasz Wren on the bids team by Friday."
    )
    base = [n for n in nlp.pipe_names if not n.startswith("debrief_")]
    with nlp.select_pipes(enable=base):
        doc = nlp(text)
    stash_base_ents(doc)
    folded = node._func(node, [doc], False)[0][0]
    trained = node._func(node, [doc], True)[0][0]  # training runs the original layers
    assert folded.shape == (len(doc), trained.shape[1])
    assert np.abs(folded - trained).max() < 1e-4
    assert np.abs(trained).max() > 0.1  # a real output, not zeros on both sides
