"""A firm typed in lower case after the contact's title or name, ending on an organisation
head, is the company (company_lowheaded.py; the shape was counted on bv and bw,
docs/extraction-history.md "contact54").

The rule runs on the real spaCy doc; every sentence here is written for this file, none is
copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from debrief.extract.company_lowheaded import lower_headed
from debrief.models import Contact


def _doc(text: str):  # a spaCy Doc, loaded only for the tests that use it
    from debrief.extract.pipeline import extract_doc

    return extract_doc(text)


def test_a_lower_case_firm_after_the_title_replaces_a_school_kept() -> None:
    doc = _doc(
        "so I talked with Marisol Ortega, she's the payroll manager at red canyon foods and "
        "she finished her degree at UNLV at night."
    )
    found = lower_headed(doc, Contact("Marisol Ortega", "payroll manager", "UNLV"))
    assert found.company == "red canyon foods"


def test_a_firm_after_a_comma_and_the_title_fills_the_company() -> None:
    doc = _doc("pete olsen, ops mgr, granite peak builders. 20 min call, he was nice.")
    found = lower_headed(doc, Contact("pete olsen", "ops mgr", None))
    assert found.company == "granite peak builders"


def test_a_firm_after_the_name_and_a_filler_fills_an_empty_company() -> None:
    doc = _doc("quick one, Hana Kowal from, um, bright harbor staffing, she places nurses all day.")
    found = lower_headed(doc, Contact("Hana Kowal", None, None))
    assert found.company == "bright harbor staffing"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            "Marisol Ortega is a payroll manager at the county health department downtown.",
            Contact("Marisol Ortega", "payroll manager", None),
            id="a-description-names-nothing",
        ),
        pytest.param(
            "Marisol Ortega is a payroll manager at a big grocery chain out west.",
            Contact("Marisol Ortega", "payroll manager", None),
            id="no-head-word-no-firm",
        ),
        pytest.param(
            "Hana Kowal from Brightway called me. She used to work with harbor staffing.",
            Contact("Hana Kowal", None, "Brightway"),
            id="after-the-name-a-kept-company-stays",
        ),
        pytest.param(
            "Hana Kowal, account lead, pine valley school districts in Ohio mostly.",
            Contact("Hana Kowal", "account lead", "Brightway"),
            id="a-run-not-ending-on-its-head-names-nothing",
        ),
        pytest.param(
            "Hana Kowal is the intake coordinator for the youth academy at Harbor House now.",
            Contact("Hana Kowal", "intake coordinator", "Harbor House"),
            id="a-unit-of-the-kept-company-leaves-it",
        ),
    ],
)
def test_guards(text: str, kept: Contact) -> None:
    assert lower_headed(_doc(text), kept) == kept


def test_through_the_pipeline_the_firm_is_filed() -> None:
    from tests.conftest import contact_of

    _name, _title, company = contact_of(
        "talked to Hana Kowal, benefits specialist with cedar hollow unified, the school "
        "district, she said open enrollment is brutal. She went to UNR."
    )
    assert company == "cedar hollow unified"
