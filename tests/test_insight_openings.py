"""Job openings and a job's starting pay are leads from the call, not insights (stop 29,
insights14): the newer authors leave "they're hiring a planner in May" and "pay starts around
70" unlabelled, while what the contact likes or hates about the pay stays an insight.

The recap is written for these tests (a nurse moving into clinical informatics, typed after a
call with an informatics lead; nothing comes from the labelled corpus).
"""

from __future__ import annotations

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")

RECAP = (
    "Call with Dana Whitfield, clinical informatics lead at Larkspur Health, about half an hour. "
    "She was a med-surg nurse for eight years before she moved into Epic build work. "
    "Her day is mostly tickets from the floors and testing order sets before go-live. "
    "She said the pay for an informatics analyst there starts around 78 to 84. "
    "Also they're hiring a clinical analyst in March, and she'd pass my name along. "
    "She hates the upgrade weekends, everybody is on call for three days straight."
)
PAY = "She said the pay for an informatics analyst there starts around 78 to 84."
HIRING = "Also they're hiring a clinical analyst in March, and she'd pass my name along."


def test_openings_and_pay_figures_are_no_insight(monkeypatch: pytest.MonkeyPatch) -> None:
    import debrief.extract.insight_refile as refile

    got = [(i.category, i.text) for i in extract(RECAP).insights]
    texts = [text for _, text in got]
    assert not any("78 to 84" in text for text in texts)
    assert not any("clinical analyst in March" in text for text in texts)
    # the real insights around them stay
    assert any(cat == "dislikes" and "upgrade weekends" in text for cat, text in got)
    assert any(cat == "typical_day" and "tickets" in text for cat, text in got)
    # without the rule the model files at least one of the two as an insight
    monkeypatch.setattr(refile, "job_notice", lambda doc, span: False)
    again = [i.text for i in extract(RECAP).insights]
    assert any("78 to 84" in text or "clinical analyst in March" in text for text in again)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They have a lead technician opening in the fall.", True),
        ("She said there are two openings on the night crew right now.", True),
        ("He said they're hiring an estimator in June.", True),
        ("She said the pay is around 61 to start for a junior planner.", True),
        ("Openings are rare because people stay for decades.", False),
        ("A friend told her about an opening at the county, and she took it.", False),
        ("He spends half his week hiring and training.", False),
        ("They pay for the certification after 90 days.", False),
        ("Every quarter starts at zero, and she starts at 7 with the huddle.", False),
    ],
)
def test_job_notice_shapes(text: str, expected: bool) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_openings import job_notice

    doc = load_nlp()(text)
    assert job_notice(doc, (0, len(doc))) is expected
