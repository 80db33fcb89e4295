"""People mentioned (`people11`): an academic title before a surname alone ("my professor
Dr. Okwu", "Prof. Lindahl") is no part of the name, as the newest authors label it; the other
honorifics stay ("Mrs. Abara", "Coach Tillman"). Real spaCy (``en_core_web_sm``). Every
sentence is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)

_OPENING = "Talked with Marisol Quintero, a grants officer at Tallgrass Trust. "


def _people(text: str) -> dict[str, str]:
    return {p.name: p.relation for p in extract(text, WHEN).people_mentioned}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My thesis advisor Dr. Okwu set up the call.", "Okwu"),
        ("She was introduced by my professor, Professor Lindahl.", "Lindahl"),
        ("I need to ask Dr. Baptiste for a reference by Friday.", "Baptiste"),
        ("i need to ask Dr. Baptiste for a reference by friday", "Baptiste"),
    ],
)
def test_an_academic_title_before_a_lone_surname_is_dropped(text: str, name: str) -> None:
    people = _people(_OPENING + text)
    assert name in people
    assert not any(p.startswith(("Dr", "Prof")) for p in people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She said Mrs. Abara at the front desk knows everyone.", "Mrs. Abara"),
        ("My old coach, Coach Tillman, set up the call.", "Coach Tillman"),
    ],
)
def test_other_honorifics_stay_with_a_lone_surname(text: str, name: str) -> None:
    assert name in _people(_OPENING + text)


def test_an_academic_title_before_a_full_name_is_dropped_as_before() -> None:
    people = _people(_OPENING + "She said Dr. Helga Brandt runs the review panel.")
    assert "Helga Brandt" in people
