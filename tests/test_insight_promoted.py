"""Being promoted, said in a sentence the model files as advice, is advancement (insights43).

The recap is written for these tests: a typed recap after a call with a logistics coordinator
at a freight company (nothing comes from the labelled corpus).
"""

from __future__ import annotations

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")

RECAP = (
    "Spoke with Tamsin Okafor, logistics coordinator at Brightwater Freight, for forty minutes. "
    "She started on the loading dock and moved into dispatch after two years. "
    "She loves the puzzle of routing trucks around a storm. "
    "Move up through the shift lead role, then yard manager, then regional. "
    "Her advice was to volunteer for the night shift because they promote from nights first. "
    "I need to send her my resume by Friday."
)
LADDER = "Move up through the shift lead role, then yard manager, then regional."
NAMED = "Her advice was to volunteer for the night shift because they promote from nights first."


def test_being_promoted_is_advancement(monkeypatch: pytest.MonkeyPatch) -> None:
    import debrief.extract.insight_refile as refile

    got = [(i.category, i.text) for i in extract(RECAP).insights]
    assert ("advancement", LADDER) in got
    assert not any(LADDER in text for category, text in got if category == "advice")
    # the sentence that names the advice stays advice
    assert ("advice", NAMED) in got
    monkeypatch.setattr(refile, "promotion_told", lambda doc, span: False)
    got = [(i.category, i.text) for i in extract(RECAP).insights]
    assert any(LADDER in text for category, text in got if category == "advice")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nurses who precept new grads get promoted first.", True),
        ("They promote from within, so get in the door.", True),
        ("Apply for the yard crew, leads get promoted within a year.", False),
        ("You move up to lead after a couple of years.", True),
        ("Her advice was to apply anyway, they promote from within.", False),
        ("He suggested I move up the timeline.", False),
        ("Learn SQL before the interview.", False),
    ],
)
def test_promotion_told_shapes(text: str, expected: bool) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_promoted import promotion_told

    doc = load_nlp()(text)
    assert promotion_told(doc, (0, len(doc))) is expected
