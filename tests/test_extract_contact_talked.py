"""contact29 through the real spaCy pipeline: the contact is the person the recap talks with
and about (contact_who), where the name kept is an organisation or the introducer."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)


def test_an_organisation_said_first_gives_way_to_the_person_named() -> None:
    r = extract(
        "Millbrook Ridge, the township, talked to the recreation director Warren Pettigrew and "
        "his assistant joined later. thirty minutes. Warren was a swim coach before, Warren "
        "said the budget is the hard part.",
        WHEN,
    )
    assert r.contact.name == "Warren Pettigrew"


def test_the_introducer_gives_way_to_the_person_the_recap_is_told_of() -> None:
    r = extract(
        "so Ramon Alvarez, my old teammate, he got me on with his boss, Priya Lindahl, she's "
        "head of sales there. she was a teacher first, then she sold software. she said she "
        "loves the pace. she told me to learn the CRM and she said her team is hiring. she "
        "was really kind.",
        WHEN,
    )
    assert r.contact.name == "Priya Lindahl"
