"""Doc extensions and component assembly.

Each debrief component is a spaCy factory registered under a versioned name in its own
module; ``pipelines/extract.toml`` lists which run and in what order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from debrief.config import pipeline_toml

# Importing the modules registers their factories with spaCy.
from debrief.extract import contact, followups, insights, people, roles  # noqa: F401

if TYPE_CHECKING:
    from spacy.language import Language

_EXTENSIONS: dict[str, object] = {
    "recorded_at": None,
    # True when the text is a speech transcript (a debrief filed from audio): the rules
    # that trust a capital as a sign of a name ask more of it there (Whisper capitalises
    # words it takes for names)
    "spoken": False,
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
    return list(pipeline_toml("extract.toml")["pipeline"]["components"])


def add_components(nlp: Language) -> None:
    """Append debrief's components to a base pipeline from ``base.load_base``."""
    for name in component_names():
        nlp.add_pipe(name, last=True)
