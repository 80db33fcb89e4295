"""The team, chapter or office typed right after the organisation, apart, is no company: the
organisation before it is (company_unit_part.py; the shape was counted on al, ao and bv).

Every sentence here is written for this file, none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.extract.company_unit_part import org_before_part


def _doc(text: str, spoken: bool = False):  # a spaCy Doc, loaded only for the tests that use it
    from debrief.extract.pipeline import extract_doc

    return extract_doc(text, spoken=spoken)


def test_an_acronym_before_a_dashed_team_is_the_company() -> None:
    ex = extract(
        "Call w/ NBX - Data Platform team\n\nSpoke with Peter Lund, Senior Manager. He leads "
        "the ingest work.",
        datetime(2026, 3, 2),
    )
    assert ex.contact.company == "NBX"
    assert "Data Platform" not in ex.companies_mentioned


def test_a_lower_case_firm_before_a_comma_and_its_team() -> None:
    doc = _doc("dana cole - harbor mutual insurance, claims ops team. 30 min, very kind.")
    assert org_before_part(doc, "claims ops team", []) == "harbor mutual insurance"


def test_a_firm_mentioned_before_its_chapter() -> None:
    doc = _doc("Sunday, ok, Ember Trails, the Lakeside chapter, director Owen Price, 40 min.")
    assert org_before_part(doc, "Lakeside", ["Lakeside", "Ember Trails"]) == "Ember Trails"


def test_a_company_with_no_part_after_it_is_kept() -> None:
    doc = _doc("Talked with Nora Hill, analyst at Corvane Systems, on the pricing side.")
    assert org_before_part(doc, "Corvane Systems", ["Corvane Systems"]) == "Corvane Systems"


def test_a_title_before_the_part_is_no_organisation() -> None:
    doc = _doc("Nora Hill, Senior Analyst, Pricing team. We spoke for 20 min.")
    assert org_before_part(doc, "Pricing", []) == "Pricing"
