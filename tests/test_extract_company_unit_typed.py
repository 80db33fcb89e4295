"""A typed recap's department, office or programme said in lower case after the organisation
is no part of the contact's company (company_unit_typed.py; the shape was counted on aa, ak,
ca and n).

Every sentence here is written for this file, none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract
from debrief.extract.company_unit_typed import typed_unit_dropped


def _doc(text: str, spoken: bool = False):  # a spaCy Doc, loaded only for the tests that use it
    from debrief.extract.pipeline import extract_doc

    return extract_doc(text, spoken=spoken)


@pytest.mark.parametrize(
    ("text", "company", "organisation"),
    [
        (
            "Call with Marta Kowalczyk, she's a permit reviewer with the City of Lakemoor "
            "building department. We talked for 30 minutes about plan review.",
            "City of Lakemoor building department",
            "City of Lakemoor",
        ),
        (
            "talked to dana ortiz today, she's the data coordinator at the harbor county "
            "public schools central office. she started as a teacher.",
            "harbor county public schools central office",
            "harbor county public schools",
        ),
        (
            "quick call with someone from the ridge county public health department "
            "immunization program, joan, the coordinator.",
            "ridge county public health department immunization program",
            "ridge county public health department",
        ),
        (
            "Spoke with Ines Farah, a plans examiner for the Town of Pell Creek building and "
            "safety side. Nice call.",
            "Town of Pell Creek building",
            "Town of Pell Creek",
        ),
    ],
)
def test_the_part_said_after_the_organisation_is_cut(
    text: str, company: str, organisation: str
) -> None:
    assert typed_unit_dropped(_doc(text), company) == organisation


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # the head opens the name: the part is the name ("university of ... vaccine unit")
        (
            "talked to lee park, a research tech at the university of kentwood vaccine unit.",
            "university of kentwood vaccine unit",
        ),
        # a capitalised name with no head word: "county health department" is the name
        (
            "Spoke with Omar Diaz, a nurse at the Westside county health department. Great.",
            "Westside county health department",
        ),
        # a lone head ends the name itself
        (
            "talked to ravi, an analyst at the pine county health department, 20 min.",
            "pine county health department",
        ),
    ],
)
def test_a_name_ending_on_its_own_unit_is_kept(text: str, company: str) -> None:
    assert typed_unit_dropped(_doc(text), company) == company


def test_a_transcript_is_left_to_the_spoken_rule() -> None:
    text = "She's a permit reviewer with the City of Lakemoor building department."
    company = "City of Lakemoor building department"
    assert typed_unit_dropped(_doc(text, spoken=True), company) == company


def test_the_contact_and_the_companies_file_the_organisation() -> None:
    ex = extract(
        "Call with Marta Kowalczyk, she's a permit reviewer with the City of Lakemoor "
        "building department. We talked for 30 minutes about plan review.",
        datetime(2026, 3, 2),
    )
    assert ex.contact.company == "City of Lakemoor"
    assert "City of Lakemoor building department" not in ex.companies_mentioned
