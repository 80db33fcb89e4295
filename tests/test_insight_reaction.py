"""The contact warming to the speaker ("he liked that", "she liked that I ...") is no like.

Real spaCy and the shipped insight model; every recap here is written for these tests: a
former bus mechanic's typed notes after a call with a fleet manager.
"""

from __future__ import annotations

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")

OPENING = "Talked with Gordon Pike, fleet manager for Riverton Transit, about 25 minutes. "


def _found(text: str) -> list[tuple[str, str]]:
    return [(i.category, i.text) for i in extract(text).insights]


@pytest.mark.parametrize(
    ("sentence", "reaction"),
    [
        ("He liked that.", True),
        ("he liked that I rebuilt the brake lines on the old Gilligs myself.", True),
        ("She seemed to like that.", True),
        ("He appreciated my honesty about the gap.", True),
        ("He liked that the shop was small back then.", False),  # a like of the work
        ("He loves that the buses are all electric now.", False),  # present tense: a like
        ("He loves the night shift, and he liked that I asked about it.", False),
        # insights40: a past-tense like pointing back at what the speaker said
        ("He liked it.", True),
        ("she loved that anecdote too.", True),
        ("He liked that a lot.", True),
        ("he liked the mileage numbers.", True),
        ("He liked the overtime of the old depot days.", False),  # a like of the work
        ("He liked it there until the merger.", False),
        ("he loved the idea of running his own shop", False),
    ],
)
def test_which_sentences_are_a_reaction(sentence: str, reaction: bool) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_reaction import speaker_reaction

    doc = load_nlp()(sentence)
    assert speaker_reaction(doc, (0, len(doc))) is reaction


def test_a_reaction_after_the_pitch_is_not_filed_as_a_like() -> None:
    text = (
        OPENING + "He loves the diagnostics side, plugging into a bus and finding the fault. "
        "I told him about the hybrid battery swap I led at the depot. He liked that. "
        "he liked that I already have my CDL too."
    )
    found = _found(text)
    likes = [t for c, t in found if c == "likes"]
    assert any("diagnostics" in t for t in likes)  # the real like stays
    assert not any("liked that" in t for t in likes)


def test_a_story_named_in_the_reaction_is_no_like(monkeypatch: pytest.MonkeyPatch) -> None:
    import debrief.extract.insight_reaction as reaction

    text = (
        OPENING + "He loves the diagnostics side, plugging into a bus and finding the fault. "
        "I told him about the time I traced a wiring fault on the old Gilligs in one shift. "
        "He liked that story a lot."
    )
    likes = [t for c, t in _found(text) if c == "likes"]
    assert any("diagnostics" in t for t in likes)
    assert not any("story" in t for t in likes)
    # without the pointed-back reading the model files it as a like
    monkeypatch.setattr(reaction, "_pointed_back", lambda doc, j, e: False)
    likes = [t for c, t in _found(text) if c == "likes"]
    assert any("story" in t for t in likes)
