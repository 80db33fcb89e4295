"""debrief_followups_v1: the speaker's action items with due dates, and the call's length.

Placeholder. The extraction issue replaces it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("debrief_followups_v1")
def followups_component(doc: Doc) -> Doc:
    doc._.follow_ups = []
    doc._.call_minutes = None
    return doc
