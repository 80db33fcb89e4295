"""A transcript's sentence opening on a noun subject is no imperative
(followups_noun_subject.py): Whisper capitalises the first word, and "Volunteer", "Post",
"Text" opening a statement are nouns, not orders to the speaker. Through the real spaCy
pipeline, each recap read as a transcript (``spoken=True``).

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import WHEN

from debrief.extract import extract

_BODY = (
    "So I talked to Teodora Brandt, she runs the front desk at Juniper Hill Animal Shelter. "
    "She started there as a kennel hand. "
)
_PLAN = "I'll email her my resume by Friday."


def _spoken(text: str) -> list[str]:
    return [f.text for f in extract(text, WHEN, spoken=True).follow_ups]


def test_a_noun_subject_opening_is_no_item_on_a_transcript() -> None:
    text = _BODY + "Volunteer training is a big part of her week, mostly on weekends. " + _PLAN
    found = _spoken(text)
    assert not any(f.startswith("Volunteer") for f in found), found
    assert any("email her my resume" in f for f in found), found


def test_an_imperative_with_an_object_stays_an_item() -> None:
    # the tagger may read the verb as a noun subject; its object says it is an order
    text = _BODY + "Redo my cover letter tonight and check the adoption posting. " + _PLAN
    found = _spoken(text)
    assert any(f.startswith("Redo my cover letter") for f in found), found
    text = _BODY + "Volunteer at the Saturday adoption event. " + _PLAN
    found = _spoken(text)
    assert any(f.startswith("Volunteer at the Saturday") for f in found), found
