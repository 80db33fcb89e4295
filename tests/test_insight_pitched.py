"""The speaker's own story told to the contact is self_pitch (insights22, stop 31).

The recap is written for these tests: a florist's spoken-style recap after a call with an
event planner at a hotel group (nothing comes from the labelled corpus). The florist tells
the story in her trade's words, which carry none of the usual pitch cues, and says "I told
her I have ...", which reads like the start of a plan ("I have to ...").
"""

from __future__ import annotations

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")

RECAP = (
    "ok just talked to Marisol Ferrante, she's an events manager at Corbel Hotels. "
    "her week is mostly site walks with couples and vendor calls, and the weekends are the "
    "weddings themselves. "
    "I told her about the gala where the cooler died and we rewired forty centerpieces with "
    "dry foam in two hours. "
    "i told her i have the wholesale accounts and a van already. "
    "she said to bring a lookbook of past installs to any vendor meeting."
)
STORY = "the gala where the cooler died"
STANDING = "i have the wholesale accounts"


def _pitches() -> list[str]:
    return [i.text for i in extract(RECAP).insights if i.category == "self_pitch"]


def test_the_story_told_to_the_contact_is_self_pitch(monkeypatch: pytest.MonkeyPatch) -> None:
    import debrief.extract.insight_refile as refile
    import debrief.extract.insight_run as run

    pitches = _pitches()
    assert any(STORY in text for text in pitches)
    assert any(STANDING in text for text in pitches)
    # without the rule the model files "i told her i have ..." as nothing (a plan's shape)
    monkeypatch.setattr(refile, "told_own_story", lambda doc, span: False)
    monkeypatch.setattr(run, "told_own_story", lambda doc, span: False)
    pitches = _pitches()
    assert not any(STANDING in text for text in pitches)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I told him about the time I ran the whole kitchen alone on a Sunday.", True),
        ("And I told her about my apprenticeship with the stonemason.", True),
        ("I told him I've run a crew of eight for six years.", True),
        ("I said I'd built the scheduling sheet myself.", True),
        ("I told her my idea about a loyalty card for the regulars.", True),
        ("I told him how I taught the new hires to read blueprints.", True),
        ("I talked about running the night shelter for two winters.", True),
        ("I showed him my sketchbook of shop layouts.", True),
        ("I told her I'd send my portfolio on Monday.", False),
        ("I told him I need to think about it.", False),
        ("I told her I have to check my schedule first.", False),
        ("I said I was from Lisbon and we talked about football.", False),
        ("I told my sister about the call afterwards.", False),
        ("She told me about her first job in Denver.", False),
        ("We talked about the weather in Denver for a while.", False),
    ],
)
def test_told_own_story_shapes(text: str, expected: bool) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_pitched import told_own_story

    doc = load_nlp()(text)
    assert told_own_story(doc, (0, len(doc))) is expected
