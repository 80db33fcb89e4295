"""debrief_people_v1: people mentioned, and which of them are referrals.

Placeholder. The extraction issue replaces it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("debrief_people_v1")
def people_component(doc: Doc) -> Doc:
    doc._.people = []
    return doc
