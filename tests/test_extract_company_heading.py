"""The contact's company from typed headings and short forms among the companies (stop 28,
company12, found on recaps-v).

Each recap runs through real spaCy and the shipped roles model. Every sentence here is written
for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

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
