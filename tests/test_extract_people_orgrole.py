"""People (`people32`): a name the recap says as an organisation somewhere (a career's step
after "then", the place someone went "to" from another, "joined X") and never as a person is
no person mentioned, though the tagger reads it as a PERSON; a name a person cue or a
person's verb goes with stays a person. Real spaCy (``en_core_web_sm``). Every recap is
written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)
OPENING = "Talked to Marisa Oyelowo, a claims adjuster at Tidewell Mutual. "


def _people(text: str) -> dict[str, str]:
    return {p.name: p.relation for p in extract(text, WHEN).people_mentioned}


def test_a_firm_said_as_a_careers_step_after_then_is_no_person() -> None:
    people = _people(
        OPENING + "She started at a body shop, then community college, then Brandt Hollis. "
        "She said Brandt Hollis is a grind but she learned a lot."
    )
    assert "Brandt Hollis" not in people


def test_a_firm_moved_to_from_another_place_is_no_person() -> None:
    people = _people(
        OPENING + "She went from a body shop to Brandt Hollis as an estimator, then claims "
        "after two years."
    )
    assert "Brandt Hollis" not in people


def test_a_person_after_then_with_a_persons_verb_stays_a_person() -> None:
    people = _people(
        OPENING + "She said to talk to her colleague Dana Park about the estimator role. "
        "Then Dana Park said she would call me."
    )
    assert people.get("Dana Park") == "referral"


def test_a_person_named_with_a_cue_elsewhere_stays_a_person_after_then() -> None:
    # risk side: a surname that is a common word ("Baker"), said once as a step of the day
    people = _people(
        OPENING + "She said I should email her colleague Rosa Baker about the estimator "
        "role. We went over the claims queue, then Rosa Baker."
    )
    assert "Rosa Baker" in people
