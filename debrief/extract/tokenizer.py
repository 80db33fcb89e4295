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

#: Short forms of the words that open a title, typed with their period ("Sr. Scientist",
#: "Assoc. Director, Medicinal Chemistry", "Asst. Manager"): spaCy splits "Sr." into "Sr" and
#: a full stop, and its parser then ends the sentence there, so the title loses its opening
#: word or is not read at all ("w/ Hyun Park, Sr. Scientist at ..." had no title). Kept whole,
#: as "Dr." is. Only words said before a title's head: a short form that ends a title ("Ops
#: Mgr.") can end a sentence too (docs/extraction-history.md, "contact28").
_TITLE_OPENER_SHORT_FORMS = ("Sr", "Assoc", "Asst", "Exec")


def tune_tokenizer(nlp: Language) -> None:
    """Apply debrief's tokenizer adjustments to a freshly loaded base model."""
    from spacy.util import compile_suffix_regex

    suffixes = list(nlp.Defaults.suffixes or []) + _EXTRA_SUFFIXES
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search  # type: ignore[union-attr]
    from spacy.attrs import ORTH

    for word in _TITLE_OPENER_SHORT_FORMS:
        for form in (word, word.lower(), word.upper()):
            nlp.tokenizer.add_special_case(form + ".", [{ORTH: form + "."}])  # type: ignore[union-attr]
