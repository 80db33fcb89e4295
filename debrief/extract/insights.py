"""debrief_insights_v1: classify sentences and clauses into the question categories.

Placeholder: no classification yet. The extraction issue replaces it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("debrief_insights_v1")
def insights_component(doc: Doc) -> Doc:
    doc._.insights = []
    return doc
