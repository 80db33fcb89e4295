"""What the company makes or sells is no skills insight (insights20, stop 31).

The recap is written for these tests: a machinist's typed recap after a call with an
applications engineer at a maker of inspection machines (nothing comes from the labelled
corpus).
"""

from __future__ import annotations

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")

RECAP = (
    "Talked with Tomasz Wren, an applications engineer at Ardent Optics, for about 25 minutes. "
    "They make laser scanners and inspection software for sheet metal shops. "
    "He said the job is mostly demos at customer sites and tuning measurement programs. "
    "He said knowing GD&T cold is the one skill he needs from a new hire. "
    "He hates the travel, three weeks a month some quarters."
)
PRODUCT = "They make laser scanners and inspection software for sheet metal shops."


def test_what_the_company_makes_is_no_skills_insight(monkeypatch: pytest.MonkeyPatch) -> None:
    import debrief.extract.insight_refile as refile

    got = [(i.category, i.text) for i in extract(RECAP).insights]
    assert not any(PRODUCT in text for category, text in got if category == "skills")
    # what a new hire needs stays skills
    assert any("GD&T" in text for category, text in got if category == "skills")
    monkeypatch.setattr(refile, "company_product", lambda doc, span: False)
    got = [(i.category, i.text) for i in extract(RECAP).insights]
    assert any(PRODUCT in text for category, text in got if category == "skills")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They sell payroll software to school districts.", True),
        ("They're building a scheduling tool for clinics.", True),
        ("They make drones, so they need people who know FAA rules.", False),
        ("She makes the schedule for the whole team.", False),
        ("They do a lot of training in the first month.", False),
    ],
)
def test_company_product_shapes(text: str, expected: bool) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_product import company_product

    doc = load_nlp()(text)
    assert company_product(doc, (0, len(doc))) is expected
