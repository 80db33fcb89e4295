"""A condition of the job said plainly to be good is culture, not a dislike (insights40).

The recap is written for these tests: a typed recap after a call with a records supervisor at
a county office (nothing comes from the labelled corpus).
"""

from __future__ import annotations

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")

RECAP = (
    "Talked with Odile Brandt, records supervisor at Harrow County, for half an hour. "
    "She started as a clerk in the assessor's office and moved over after six years. "
    "She hates the yearly audit, it eats all of March. "
    "Promotions are slow, you wait for someone to retire. "
    "But the salary is decent and the hours are reasonable. "
    "She said to take the records management certificate at the community college."
)
PERK = "But the salary is decent and the hours are reasonable."


def test_a_good_condition_of_the_job_is_culture(monkeypatch: pytest.MonkeyPatch) -> None:
    import debrief.extract.insight_refile as refile

    got = [(i.category, i.text) for i in extract(RECAP).insights]
    assert ("culture", PERK) in got
    assert not any(PERK in text for category, text in got if category == "dislikes")
    # her complaint stays a dislike
    assert any("audit" in text for category, text in got if category == "dislikes")
    monkeypatch.setattr(refile, "job_perk", lambda doc, span: False)
    got = [(i.category, i.text) for i in extract(RECAP).insights]
    assert any(PERK in text for category, text in got if category == "dislikes")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The benefits are generous and the schedule is fair.", True),
        ("Pay is solid though.", True),
        ("The pay is not good for what you do.", False),
        ("The salary is fine but the commute kills you.", False),
        ("The money is great, the hours are brutal.", False),
        ("The team is great.", False),
        ("She hates the hours.", False),
    ],
)
def test_job_perk_shapes(text: str, expected: bool) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_perk import job_perk

    doc = load_nlp()(text)
    assert job_perk(doc, (0, len(doc))) is expected
