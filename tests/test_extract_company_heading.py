"""The contact's company from typed headings and short forms among the companies (stop 28,
company12, found on recaps-v).

Each recap runs through real spaCy and the shipped roles model. Every sentence here is written
for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract.company_heading import name_run_on
from debrief.extract.org_names import merge_names
from debrief.names import company_key
from tests.conftest import contact_of


@pytest.mark.parametrize(
    ("text", "company"),
    [
        pytest.param(
            "Harrow Lane Glassworks - Marta Quinlan, studio manager\n"
            "25 min, phone\n"
            "Marta's path: apprenticed with a sign painter, then 6 yrs at Ferncliff Studios "
            "doing restoration.\nAdvice: build a portfolio of small commissions first.",
            "harrow lane glassworks",
            id="org-dash-name-title",
        ),
        pytest.param(
            "Call w/ Marta Quinlan - Harrow Lane Glassworks (stained glass, 6 people).\n"
            "- She did restoration at Ferncliff Studios for six years before this.\n"
            "- Advice: build a portfolio of small commissions first.",
            "harrow lane glassworks",
            id="name-dash-org-note",
        ),
    ],
)
def test_a_typed_heading_s_dash_joins_the_company_to_the_name(text: str, company: str) -> None:
    # the organisation said later as the contact's past ("at Ferncliff Studios") is not theirs
    assert contact_of(text)[2] == company


@pytest.mark.parametrize(
    "text",
    [
        # a title after the dash is no organisation
        "Marta Quinlan - Studio Manager\nShe works at Harrow Lane Glassworks with two partners. "
        "Advice: build a portfolio.",
        # a heading word before the dash is no organisation
        "Call - Marta Quinlan, studio manager at Harrow Lane Glassworks\nAdvice: build a "
        "portfolio of small commissions first.",
    ],
)
def test_a_dash_beside_a_title_or_heading_word_names_no_company(text: str) -> None:
    assert contact_of(text)[2] == "harrow lane glassworks"


def test_a_name_said_short_after_its_full_form_is_one_company() -> None:
    names = ["Brightwell Malaria Alliance", "Carter Center", "Brightwell", "Carter"]
    assert merge_names(names) == ["Brightwell Malaria Alliance", "Carter Center"]
    # said short first, then in full: both kept as said (nothing to read it back to)
    assert merge_names(["Kestrel", "Kestrel Bay Ventures"]) == ["Kestrel", "Kestrel Bay Ventures"]
    # an organisation of its own is kept beside a longer name that starts with it
    assert merge_names(["Navy Federal Credit Union", "Navy"]) == [
        "Navy Federal Credit Union",
        "Navy",
    ]


def test_the_short_form_of_a_company_is_not_filed_twice() -> None:
    from debrief.extract import extract

    text = (
        "Talked to Dr. Halima Sesay, a research scientist at the Task Force for Global Health. "
        "She said the Task Force funds every project separately, so she writes grants. "
        "Advice: learn R."
    )
    got = [company_key(c) for c in extract(text, datetime(2026, 12, 9, 17, 0)).companies_mentioned]
    assert got.count("task force for global health") == 1
    assert "task force" not in got


def test_an_organisation_run_on_into_the_contact_s_name_is_cut_before_it() -> None:
    assert name_run_on("Eastgate Tenant Law Center Ruth Abebe", "Ruth Abebe") == (
        "Eastgate Tenant Law Center"
    )
    assert name_run_on("Abebe and Sons", "Ruth Abebe") == "Abebe and Sons"  # not at the end
    assert name_run_on("Ruth Abebe", "Ruth Abebe") == "Ruth Abebe"  # nothing before it
    assert name_run_on("Center Abebe", "Abebe") == "Center Abebe"  # a one-word name: unsure
