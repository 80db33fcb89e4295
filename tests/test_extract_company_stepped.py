"""Companies mentioned (`companies33`): a name said as a step of a career ("then moved to
X as an editor", "then X.") or a firm the people stage drops as said as an organisation
is a company mentioned; a place, a person kept and the contact are not. Real spaCy
(``en_core_web_sm``). Every recap is written for this file; none is copied from a labelled
corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)
OPENING = "Talked to Marisa Oyelowo, a claims adjuster at Tidewell Mutual. "


def _companies(text: str) -> list[str]:
    return extract(text, WHEN).companies_mentioned


def test_a_firm_moved_to_as_a_careers_step_is_a_company() -> None:
    companies = _companies(
        OPENING + "She started as a teacher, then moved to Brightwell as an editor, then "
        "claims after two years."
    )
    assert "Brightwell" in companies


def test_a_firm_said_after_then_that_is_no_person_is_a_company() -> None:
    companies = _companies(
        OPENING + "She started at a body shop, then community college, then Brandt Hollis. "
        "She said Brandt Hollis is a grind but she learned a lot."
    )
    assert "Brandt Hollis" in companies


def test_a_town_moved_to_and_a_person_after_then_are_no_companies() -> None:
    companies = _companies(
        OPENING + "She did nights for ten years, then moved to Denver. Then Priya Anand "
        "said I should apply. She told me to talk to Priya Anand too."
    )
    assert "Denver" not in companies
    assert not any("Priya" in c for c in companies)


def test_a_job_said_as_a_careers_step_is_no_company() -> None:
    companies = _companies(
        OPENING + "She started as an adjuster trainee, then moved to Brightwell, then Plant "
        "Manager, then HRBP for two years."
    )
    assert "Brightwell" in companies
    assert not {"Plant Manager", "HRBP"} & set(companies)


def test_a_name_ends_with_its_sentence() -> None:
    companies = _companies(OPENING + "She was a lineman at PG&E. We talked about the claims side.")
    assert not any("We" in c.split() for c in companies)
