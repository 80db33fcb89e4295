"""People named after a military rank abbreviation (people_ranks.py), through the real pipeline.

The recaps are a retiring soldier's own notes, written for these tests: ranks as the Army
writes them ("SSG", "LTC", "1SG"), sometimes with "(ret.)" between the rank and the name.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 3, 4, 19, 30)


def people(text: str) -> dict[str, tuple[str | None, str]]:
    return {p.name: (p.company, p.relation) for p in extract(text, WHEN).people_mentioned}


def test_rank_abbreviation_names_a_person_without_the_rank() -> None:
    rec = extract(
        "Call w/ Dana Whitcombe, logistics planner at Brightwater Freight, 1900-1930. "
        "Intro came through 1SG (ret.) Haverford from my Drum days.\n"
        "- She said the planners all came up through dispatch.\n"
        "TODO: send LTC Marchetti the draft resume by Fri.",
        WHEN,
    )
    names = {p.name for p in rec.people_mentioned}
    assert {"Haverford", "Marchetti"} <= names
    assert not any(n.startswith(("1SG", "LTC")) for n in names)
    # "LTC Marchetti" is a person, not an organisation mentioned
    assert not any("Marchetti" in c for c in rec.companies_mentioned)


def test_rank_abbreviations_in_a_list_of_references() -> None:
    got = people(
        "Talked to Rosa Kimura, a contract specialist at the Army depot. Actions: ask SSG Ibarra "
        "and MSG Oduya to be references by the 20th."
    )
    assert "Ibarra" in got and "Oduya" in got
    assert "Rosa Kimura" not in got


def test_capitals_that_are_no_rank_name_nobody() -> None:
    # "GEN" and "COL" only count written as ranks before a capitalised name; a tool, a
    # sentence or a lower-case word after them is no person
    got = people(
        "Spoke with Ivo Brandt, ops lead at Kestrel Parts. He said the MAJ thing is that "
        "everyone wants SAP. He also said the COL of the warehouse matters less than KPIs."
    )
    assert got == {}


def test_a_rank_at_a_sentences_end_names_nobody_in_the_next_sentence() -> None:
    # people35: "not SFC." ends its sentence; the next sentence's first word is no name
    found = people(
        "Call with Dana Whitcombe at Tidewell Mutual. Use the civilian title, not SFC. "
        "Tidewell pays well though."
    )
    assert "Tidewell" not in found
    # "(ret.)" still passes its own full stop
    assert "Pruitt" in people(
        "Call with Dana Whitcombe at Tidewell Mutual. She served under SFC (ret.) Pruitt."
    )
