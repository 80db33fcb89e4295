"""A typed lead-in to a list, a line ending on a colon, is no insight (insights49, stop 46);
a heading with its entry on the same line stays.

Real spaCy and the shipped insight model; the recaps are written for these tests (a line cook
asking a hospital's food-service staff about their jobs).
"""

from __future__ import annotations

import pytest

from debrief.extract import extract
from debrief.extract.insight_leadin import drop_lead_ins
from debrief.models import Insight

pytest.importorskip("spacy")

RECAP = (
    "Called Renata tonight, she's the food service director at St. Brigid's hospital.\n\n"
    "She started as a dishwasher there and worked up to running the whole kitchen.\n\n"
    "Her advice took a while but it came down to three things:\n"
    "1. get the ServSafe manager cert before applying\n"
    "2. learn the diet order system, every tray is a prescription\n"
    "3. never argue with the dietitians in front of the staff\n"
)


def _ins(text: str) -> Insight:
    return Insight("advice", text, 0, len(text))


def test_a_lead_in_is_dropped_and_an_entry_stays() -> None:
    lead = _ins("Her advice took a while but it came down to three things:  ")
    entry = _ins("Advice: get the ServSafe manager cert.")
    assert drop_lead_ins([lead, entry]) == [entry]


@pytest.mark.parametrize("with_rule", [True, False])
def test_a_recap_files_no_lead_in(with_rule: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    import debrief.extract.insight_categorizer as cat

    if not with_rule:
        monkeypatch.setattr(cat, "drop_lead_ins", lambda found: found)
    texts = [i.text for i in extract(RECAP).insights]
    lead_ins = [t for t in texts if t.rstrip().endswith(":")]
    assert any("ServSafe" in t for t in texts)
    assert bool(lead_ins) is not with_rule, texts
