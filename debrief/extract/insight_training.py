"""Training-only registry entries of the insight textcat (``pipelines/insights/config.cfg``):
the corpus reader and the tokenizer callback. Imported by ``scripts/train_insights.py``; the
shipped pipeline does not need them at run time."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import DocBin
from spacy.training import Example

from debrief.extract.insights import CANDIDATE


@spacy.registry.readers("debrief.InsightCorpus.v1")
def insight_corpus(path: Path, shuffle: bool = True) -> Callable[[Language], Iterator[Example]]:
    """Candidate Docs from a DocBin of ``scripts/build_insight_corpus.py``, parsed there with
    the base model and carrying their MiniLM vectors in ``user_data``.

    Unlike spaCy's Corpus the predicted Docs keep that parse and ``user_data`` (the features
    read the parse, the model the vector) so training needs no parser pass; the Examples are
    made once and reused every epoch, features included."""
    cache: dict[int, list[Example]] = {}

    def read(nlp: Language) -> Iterator[Example]:
        examples = cache.get(id(nlp))
        if examples is None:
            examples = []
            for ref in DocBin().from_disk(path).get_docs(nlp.vocab):
                pred = ref.copy()
                pred.cats = {}
                pred.user_data = dict(ref.user_data)
                pred.user_data[CANDIDATE] = True
                examples.append(Example(pred, ref))
            cache.clear()
            cache[id(nlp)] = examples
        order = list(examples)
        if shuffle:
            random.shuffle(order)
        yield from order

    return read


@spacy.registry.callbacks("debrief.tune_tokenizer.v1")
def tune_tokenizer_callback() -> Callable[[Language], Language]:
    """``[initialize.before_init]``: debrief's tokenizer adjustments on the training pipeline."""

    def tune(nlp: Language) -> Language:
        from debrief.extract.tokenizer import tune_tokenizer

        tune_tokenizer(nlp)
        return nlp

    return tune
