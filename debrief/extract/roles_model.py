"""The parts of the debrief_roles model that ``spacy train`` needs (``--code`` this file).

- ``debrief.RolesEmbed.v1``: the embedding of the model's own tok2vec. Like spaCy's
  ``MultiHashEmbed.v2`` (hashed NORM, PREFIX, SUFFIX, SHAPE, DEP) plus two features that carry
  across authors: the base model's entity tag of the token (``B-ORG``, ``I-PERSON``, ``O``)
  and where in the recap the token is (the index of its sentence, capped): the contact is
  introduced in the opening, people to contact come later.
- ``debrief.AnnotatedCorpus.v1``: a corpus reader that runs the base model (as debrief loads
  it, tokenizer adjustments included) over each training doc once and reuses the analysis
  every epoch: the frozen base components would otherwise parse every batch again, which is
  most of the training time on two shared cores.
- ``debrief_roles_prep_v1``: moves the base model's entities out of the way. spaCy's ``ner``
  keeps entities already set on a Doc, so the new one would be boxed in by the base model's
  PERSON/ORG spans; this component keeps their tags for the embedding (in ``doc.user_data``)
  and leaves every token's entity unset. At run time :mod:`debrief.extract.roles` does the
  same and puts the base entities back afterwards.

Only spaCy, thinc and numpy are imported at the top, so the file loads alone under
``spacy train`` (the reader imports debrief's base-model loader when it runs).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, NORM, PREFIX, SHAPE, SUFFIX
from spacy.language import Language
from spacy.ml.models.tok2vec import HashEmbed
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.util import registry
from thinc.api import Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

#: Where the base model's entity tags wait while the roles model runs.
BASE_ENTS_KEY = "debrief_roles_base_ents"
#: Sentences after this one share a position value.
MAX_SENT_POSITION = 6

_LEXICAL = [NORM, PREFIX, SUFFIX, SHAPE, DEP]


def stash_base_ents(doc: Doc) -> list:
    """Keep the base model's entity tags for the embedding, then unset every token's entity
    (so the roles ``ner`` is free to label any token); returns the entities removed."""
    ents = list(doc.ents)
    arr = doc.to_array([ENT_TYPE, ENT_IOB]).astype("uint64")
    # one hashable value per token: the type and whether it begins (B), continues (I) or is O
    doc.user_data[BASE_ENTS_KEY] = arr[:, 0] * np.uint64(4) + arr[:, 1]
    doc.set_ents([], default="missing")
    return ents


def _features(docs: list[Doc]) -> list[np.ndarray]:
    out = []
    for doc in docs:
        lex = doc.to_array(_LEXICAL).astype("uint64")
        if lex.ndim == 1:
            lex = lex.reshape((len(doc), len(_LEXICAL)))
        base = doc.user_data.get(BASE_ENTS_KEY)
        if base is None or len(base) != len(doc):
            arr = doc.to_array([ENT_TYPE, ENT_IOB]).astype("uint64").reshape((len(doc), 2))
            base = arr[:, 0] * np.uint64(4) + arr[:, 1]
        position = np.zeros(len(doc), dtype="uint64")
        if doc.has_annotation("SENT_START"):
            for i, sent in enumerate(doc.sents):
                position[sent.start : sent.end] = min(i, MAX_SENT_POSITION) + 1
        out.append(np.column_stack([lex, base, position]).astype("uint64"))
    return out


def _extract_forward(
    model: Model, docs: list[Doc], is_train: bool
) -> tuple[list[Ints2d], Callable]:
    features = [model.ops.asarray2i(f, dtype="uint64") for f in _features(docs)]  # type: ignore[arg-type]
    return features, lambda d_features: []


@registry.architectures("debrief.RolesEmbed.v1")
def roles_embed(width: int, rows: list[int]) -> Model[list[Doc], list[Floats2d]]:
    """Hash embeddings of NORM, PREFIX, SUFFIX, SHAPE, DEP, the base entity tag and the
    sentence position (``rows``: one table size each, seven in all), mixed by a Maxout."""
    n = len(_LEXICAL) + 2
    if len(rows) != n:
        raise ValueError(f"debrief.RolesEmbed.v1 needs {n} row counts, got {len(rows)}")
    embeddings: list[Model] = [
        HashEmbed(width, rows[i], column=i, seed=8 + i, dropout=0.0) for i in range(n)
    ]
    return chain(
        Model("debrief_roles_features", _extract_forward),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        with_array(Maxout(width, width * n, nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )


class RolesPrep:
    """Training-time component: see :func:`stash_base_ents`."""

    def __call__(self, doc: Doc) -> Doc:
        stash_base_ents(doc)
        return doc


@Language.factory("debrief_roles_prep_v1")
def make_roles_prep(nlp: Language, name: str) -> RolesPrep:
    return RolesPrep()


_ANALYSED: dict[str, list[tuple[Doc, Doc]]] = {}


@registry.readers("debrief.AnnotatedCorpus.v1")
def annotated_corpus(path: Path) -> Callable[[Language], Iterator[Example]]:
    """Examples whose predicted docs carry the base model's analysis, computed once."""

    def read(nlp: Language) -> Iterator[Example]:
        key = str(path)
        if key not in _ANALYSED:
            from debrief.extract.base import load_base

            base = load_base()
            refs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
            preds = base.pipe(ref.text for ref in refs)
            pairs = []
            for ref, pred in zip(refs, preds, strict=True):
                # the base model's vocab differs from the training pipeline's: rebuild the doc
                # in nlp.vocab from its arrays
                fresh = Doc(nlp.vocab).from_bytes(pred.to_bytes(exclude=["user_data"]))
                pairs.append((fresh, ref))
            _ANALYSED[key] = pairs
        for pred, ref in _ANALYSED[key]:
            yield Example(pred.copy(), ref)

    return read


_SMALL = [NORM, SHAPE, DEP]


def _small_features(docs: list[Doc]) -> list[np.ndarray]:
    # NORM, SHAPE, DEP, base entity tag, sentence position (columns 0, 3, 4, 5, 6)
    return [np.ascontiguousarray(full[:, [0, 3, 4, 5, 6]]) for full in _features(docs)]


def _small_forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Callable]:
    feats = [model.ops.asarray2i(f, dtype="uint64") for f in _small_features(docs)]  # type: ignore[arg-type]
    return feats, lambda d_features: []


def _tensor_forward(
    model: Model, docs: list[Doc], is_train: bool
) -> tuple[list[Floats2d], Callable]:
    width = model.attrs["width"]
    out = []
    for doc in docs:
        t = doc.tensor
        if t is None or t.ndim != 2 or t.shape[0] != len(doc) or t.shape[1] != width:
            t = np.zeros((len(doc), width), dtype="float32")
        out.append(model.ops.asarray2f(t))  # type: ignore[arg-type]
    return out, lambda d_out: []


@registry.architectures("debrief.RolesTensorEmbed.v1")
def roles_tensor_embed(
    width: int, rows: list[int], tensor_width: int
) -> Model[list[Doc], list[Floats2d]]:
    """The base model's own contextual vectors (``doc.tensor``, set by its tok2vec, not
    updated) beside hash embeddings of NORM, SHAPE, DEP, the base entity tag and the sentence
    position, mixed by a Maxout: no second CNN over the words, so the model costs a fraction
    of a tok2vec pass."""
    if len(rows) != 5:
        raise ValueError(f"debrief.RolesTensorEmbed.v1 needs 5 row counts, got {len(rows)}")
    embeddings: list[Model] = [
        HashEmbed(width, rows[i], column=i, seed=20 + i, dropout=0.0) for i in range(5)
    ]
    hashed: Model = chain(
        Model("debrief_roles_small_features", _small_forward),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        ragged2list(),
    )
    tensor: Model = Model(
        "debrief_roles_doc_tensor", _tensor_forward, attrs={"width": tensor_width}
    )
    return chain(
        concatenate(hashed, tensor),
        with_array(Maxout(width, width * 5 + tensor_width, nP=3, dropout=0.0, normalize=True)),
    )


def fold_tensor_embed(model: Model) -> bool:
    """Speed up prediction with a ``debrief.RolesTensorEmbed.v1`` inside ``model``: the hash
    tables are multiplied into the Maxout's weights once, so each token's hashed part of the
    layer's input is a sum of precomputed rows instead of 480 columns of a matrix product
    (two fifths of the model's time). The same arithmetic up to float rounding; training
    (``is_train``) runs the original layers. Returns whether the embedding was found."""
    for node in model.walk():
        # chain(concatenate(hashed, tensor), with_array(Maxout)): thinc names nodes by
        # their parts ("a>>b", "a|b"), so find it by the tensor layer it concatenates
        if len(node.layers) == 2 and any(
            sub.name == "debrief_roles_doc_tensor" for sub in node.layers[0].layers
        ):
            break
    else:
        return False
    tables = sorted(
        (sub for sub in node.walk() if sub.name == "hashembed"),
        key=lambda sub: sub.attrs["column"],
    )
    tensor = next(sub for sub in node.walk() if sub.name == "debrief_roles_doc_tensor")
    maxout = next(sub for sub in node.walk() if sub.name == "maxout")
    norm = next(sub for sub in node.walk() if sub.name == "layernorm")
    n_o, n_p, n_i = maxout.get_dim("nO"), maxout.get_dim("nP"), maxout.get_dim("nI")
    W = maxout.ops.reshape2f(maxout.get_param("W"), n_o * n_p, n_i)
    b = maxout.ops.reshape1f(maxout.get_param("b"), n_o * n_p)
    width = int(cast(Any, tables[0].get_param("E")).shape[1])
    if len(tables) * width + tensor.attrs["width"] != n_i:
        return False
    # row r of table i, as the Maxout sees it: E_i[r] @ W[:, columns of i].T
    folded: list[Any] = [
        np.ascontiguousarray(t.get_param("E") @ W[:, i * width : (i + 1) * width].T)
        for i, t in enumerate(tables)
    ]
    seeds = [t.attrs["seed"] for t in tables]
    W_tensor: Any = np.ascontiguousarray(W[:, len(tables) * width :])
    original = node._func

    def forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Any], Callable]:
        if is_train:
            return original(model, docs, is_train)
        ops = model.ops
        feats = _small_features(docs)
        vecs, _ = _tensor_forward(tensor, docs, False)
        out = []
        for f, t in zip(feats, vecs, strict=True):
            Y = ops.gemm(t, W_tensor, trans2=True)
            Y += b
            if len(f):
                ids: Any = ops.as_contig(cast(Any, f), dtype="uint64")
                for i, table in enumerate(folded):
                    col: Any = ops.as_contig(ids[:, i], dtype="uint64")
                    Y += ops.gather_add(table, ops.hash(col, seeds[i]) % table.shape[0])
            best, _which = ops.maxout(ops.reshape3f(Y, Y.shape[0], n_o, n_p))
            out.append(norm.predict(best))
        return out, lambda d_out: []

    node._func = forward
    return True
