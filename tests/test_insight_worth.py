"""One qualification weighed against another ("the pantry experience counts for more than the
degree") is a skills insight, though the model files it as advice when the speaker is in it
(insights20, stop 31).

The recap is written for these tests: a food-pantry manager's typed recap after a call with a
foundation's program officer, about moving into grantmaking (nothing comes from the labelled
corpus).
"""

from __future__ import annotations

import pytest
from conftest import refiled_as

from debrief.extract import extract

pytest.importorskip("spacy")

RECAP = (
    "Talked to Priya Nair, a program officer at the Castellan Foundation, for half an hour. "
    "She moved into grantmaking after ten years running a food pantry. "
    "She said the certificate helped her less than the volunteer board work. "
    "I should send her my resume by Friday. "
    "She said I should get the CFRE because it opens doors. "
    "She hates the reporting season, it never ends."
)
WEIGHED = "She said the certificate helped her less than the volunteer board work."
ORDER = "She said I should get the CFRE because it opens doors."


def found(text: str) -> list[tuple[str, str]]:
    return [(i.category, i.text) for i in extract(text).insights]


def test_a_weighed_qualification_is_skills_not_advice(monkeypatch: pytest.MonkeyPatch) -> None:
    import debrief.extract.insight_refile as refile

    got = found(RECAP)
    assert ("skills", WEIGHED) in got
    assert not any(WEIGHED in text for category, text in got if category == "advice")
    # advice with a "should" in it stays advice, though "it opens doors" weighs the credential
    assert ("advice", ORDER) in got
    # the speaker's own next step stays a follow-up, no insight
    assert not any("resume" in text for _, text in got)
    # the shipped model (f7f7b2c) alone files the weighing as advice, the retrain on every
    # development author (insights32) as skills itself
    assert refiled_as(WEIGHED, "advice") == "skills"
    monkeypatch.setattr(refile, "weighed_worth", lambda doc, span: False)
    assert refiled_as(WEIGHED, "advice") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said the pantry experience counts for more than a degree there.", True),
        ("He said Spanish would open more doors than French in this county.", True),
        ("Knowing the grant software matters way more than the certificate.", True),
        ("The license is worth more than the master's, she said.", True),
        ("She said the board seat helped me a lot more than the class.", True),
        ("The new warehouse helps more families every month.", False),
        ("He said referrals matter more than ever right now.", False),
        ("I should take the exam, she said it opens doors.", False),
        ("She counts the donations every Monday.", False),
        ("He told me to practise the phone screen, it counts for more than the resume.", False),
        ("Take the audit course, because the audit side matters more than anything.", False),
        ("He said what matters is being calm on the phone with angry donors.", True),
        ("Grant writing matters most in the first year, she said.", True),
        ("He said the welding ticket counts for more than the diploma, so take the class.", False),
        ("She told me the portfolio matters more than the degree, put two maps online.", False),
        ("She said get the food handler card, it matters more than a degree there.", False),
    ],
)
def test_weighed_worth_shapes(text: str, expected: bool) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_worth import weighed_worth

    doc = load_nlp()(text)
    assert weighed_worth(doc, (0, len(doc))) is expected
