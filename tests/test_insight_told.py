"""The contact telling the speaker a fact, a story or an opinion is no advice (insights26,
stop 33).

The recap is written for these tests: a line cook's typed notes after a call with the chef
of a catering company, who says things about himself and his company among two pieces of
advice (nothing comes from the labelled corpus).
"""

from __future__ import annotations

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")

RECAP = (
    "Quick notes after talking with Mateo Ruiz, he runs the kitchen at Saltgrass Catering. "
    "He started as a dishwasher there and worked his way up over eight years. "
    "He told me he'd never go back to restaurant hours. "
    "He said the banquet side was slower before covid. "
    "He said get your ServSafe manager certificate before you apply. "
    "He told me to come in for a stage on a Saturday. "
    "He loves that every event is different. "
    "I need to send him my resume by Friday."
)
STORY = "he'd never go back to restaurant hours"


def _filed(text: str) -> list[tuple[str, str]]:
    return [(i.category, i.text) for i in extract(text).insights]


def test_the_contacts_own_story_is_not_advice(monkeypatch: pytest.MonkeyPatch) -> None:
    import debrief.extract.insight_run as run

    got = _filed(RECAP)
    assert not [c for c, t in got if STORY in t and c == "advice"]
    # the two pieces of advice around it are kept
    assert any("ServSafe" in t for c, t in got if c == "advice")
    assert any("stage on a Saturday" in t for c, t in got if c == "advice")
    # without the rule the model files the chef's remark about himself as advice
    monkeypatch.setattr(run, "told_fact", lambda doc, span: False)
    got = _filed(RECAP)
    assert any(STORY in t for c, t in got if c == "advice")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the contact says about herself, her company or the field
        ("She told me she is moving to the Denver office in May.", True),
        ("He said they open two new stores every spring.", True),
        ("She said the night crew gets the hardest cases.", True),
        # an order, an infinitive, a modal, a condition: advice
        ("She said take the evening course first.", False),
        ("He told me to bring printed photos of my plates.", False),
        ("She said I should shadow a night shift.", False),
        ("He said if you want the job, the certificate is worth it.", False),
        ("She said don't quit until you have an offer.", False),
        # the speaker acting, and the speaker's own story
        ("He said I could start as a prep cook and move up.", False),
        ("I told her I ran the grill for three summers.", False),
    ],
)
def test_told_fact_shapes(text: str, expected: bool) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_told import told_fact

    doc = load_nlp()(text)
    assert told_fact(doc, (0, len(doc))) is expected
