"""Doc extensions, component assembly and the Doc -> Extraction conversion.

Each debrief component is a spaCy factory registered under a versioned name in its own
module; ``pipelines/extract.toml`` lists which run and in what order.
"""

from __future__ import annotations

import tomllib
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from debrief.config import data_file

# Importing the modules registers their factories with spaCy.
from debrief.extract import contact, followups, insights, people, roles  # noqa: F401
from debrief.models import Contact, Extraction

if TYPE_CHECKING:
    from spacy.language import Language

_EXTENSIONS: dict[str, object] = {
    "recorded_at": None,
    "contact": None,
    "insights": None,
    "follow_ups": None,
    "people": None,
    "companies": None,
    "call_minutes": None,
}
for _name, _default in _EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def component_names() -> list[str]:
    with data_file("pipelines", "extract.toml").open("rb") as fh:
        return list(tomllib.load(fh)["pipeline"]["components"])


def add_components(nlp: Language) -> None:
    """Append debrief's components to a base pipeline from ``pipeline.load_base``."""
    for name in component_names():
        nlp.add_pipe(name, last=True)


#: A sentence-final period after a capital that follows a letter ("at PwC.", "at GmbH."):
#: spaCy's English suffixes split "IBM." and "word." but keep "PwC." whole, which glues the
#: name to the next sentence. Abbreviations in the tokenizer exceptions ("U.S.") are unaffected.
_EXTRA_SUFFIXES = [r"(?<=[A-Za-z][A-Z])\."]


def tune_tokenizer(nlp: Language) -> None:
    """Apply debrief's tokenizer adjustments to a freshly loaded base model."""
    from spacy.util import compile_suffix_regex

    suffixes = list(nlp.Defaults.suffixes or []) + _EXTRA_SUFFIXES
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search  # type: ignore[union-attr]


def to_extraction(doc: Doc) -> Extraction:
    """Collect what the components left on ``doc._`` into the pipeline's contract."""
    from debrief.extract.pipeline import PIPELINE_VERSION

    return Extraction(
        contact=doc._.contact or Contact(),
        insights=list(doc._.insights or []),
        follow_ups=list(doc._.follow_ups or []),
        people_mentioned=list(doc._.people or []),
        companies_mentioned=list(doc._.companies or []),
        call_minutes=doc._.call_minutes,
        pipeline_version=PIPELINE_VERSION,
    )
