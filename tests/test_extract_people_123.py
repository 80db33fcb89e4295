"""People mentioned, after pipeline 1.22 (`people10`): an organisation named right after a
possessive and an organisation noun, with no comma ("her clinic Mount Carmel", "her old
clinic Mount Carmel"), is no person. Real spaCy (``en_core_web_sm``). Every sentence is
written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract
from debrief.names import person_key

WHEN = datetime(2026, 12, 8, 18, 0)

_OPENING = "Talked to Renata Okafor about nursing. "


def _people(text: str) -> dict[str, str]:
    return {person_key(p.name): p.relation for p in extract(text, WHEN).people_mentioned}


@pytest.mark.parametrize(
    "text",
    [
        "She said her clinic Mount Carmel has tuition help.",
        "She said her old clinic Mount Carmel has tuition help.",
        "she said her clinic Mount Carmel has tuition help",
    ],
)
def test_an_organisation_after_a_possessive_and_its_noun_is_no_person(text: str) -> None:
    assert _people(_OPENING + text) == {}


def test_a_person_after_a_possessive_role_is_still_a_person() -> None:
    # "her manager Mei Tanaka": a role, not an organisation noun, before the name
    people = _people(_OPENING + "She said her manager Mei Tanaka has tuition help.")
    assert "mei tanaka" in people
