"""debrief's adjustments to the base model's tokenizer, applied at load and in training.

Apart from components.py, which imports every component module to register it: the
insight classifier's features and training callback tune the tokenizer too, and importing
it from components.py made the extract package one import circle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

#: A sentence-final period after a capital that follows a letter ("at PwC.", "at GmbH."):
#: spaCy's English suffixes split "IBM." and "word." but keep "PwC." whole, which glues the
#: name to the next sentence. Abbreviations in the tokenizer exceptions ("U.S.") are unaffected.
_EXTRA_SUFFIXES = [r"(?<=[A-Za-z][A-Z])\."]


def tune_tokenizer(nlp: Language) -> None:
    """Apply debrief's tokenizer adjustments to a freshly loaded base model."""
    from spacy.util import compile_suffix_regex

    suffixes = list(nlp.Defaults.suffixes or []) + _EXTRA_SUFFIXES
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search  # type: ignore[union-attr]
