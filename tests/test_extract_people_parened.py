"""People (`people46`): a lone first name typed before a short parenthesis of who the person
is ("w/ Noor (night supv)", "Set up by: Gus (union hall)", "vs. Obinna (Brellin)") is a
person, whatever place or firm reading the tagger gives a name it does not know. The contact
so named, a place, a firm named elsewhere, a date in the parenthesis stay no people. Real
spaCy (``en_core_web_sm``). Every recap is written for this file; none is copied from a
labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)
OPENING = "Call w/ Rosalind Achebe, plant controller at Durnley Foods. 30 min.\n"


def _people(text: str) -> set[str]:
    return {p.name for p in extract(text, WHEN).people_mentioned}


def test_a_name_off_the_census_before_a_firm_in_a_parenthesis_is_a_person() -> None:
    text = "- vs. Obinna (Brellin): she has more travel and fewer clients."
    assert "Obinna" in _people(OPENING + text)


def test_a_census_name_before_a_team_in_a_parenthesis_is_a_person() -> None:
    text = "Set up by: Gus (union hall)\n- She started in payroll, then costing."
    assert "Gus" in _people(OPENING + text)


def test_a_name_before_a_role_in_a_parenthesis_is_a_person() -> None:
    text = "- I ran the month-end close checklist w/ Noor (night supv) for a year."
    assert "Noor" in _people(OPENING + text)


def test_places_firms_and_dates_before_a_parenthesis_stay_no_people() -> None:
    # risk side: a place, a firm the recap names, a year in the parenthesis, the contact
    people = _people(
        OPENING + "- Grew up in Toronto (east end), then moved for school.\n"
        "- Durnley (snacks, 400 ppl) is hiring analysts.\n"
        "- Worked with Imani (2019) on the audit.\n"
        "- Rosalind (plant controller) said to apply by Friday."
    )
    assert not {"Toronto", "Durnley", "Imani", "Rosalind"} & people
