"""The contact's reaction after the speaker's pitch (", and she said that's relevant", "he
perked up at that") is cut off the self_pitch insight (insights46, stop 44); another category's
insight, a pitch too short before the reply, and a pitch with no reply stay whole.

The sentences are written for these tests: a school bus dispatcher's notes after calls with
transit and logistics staff (nothing comes from the labelled corpus).
"""

from __future__ import annotations

import pytest

from debrief.extract import extract, load_nlp
from debrief.extract.insight_pitched_back import cut_pitch_reactions
from debrief.models import Insight

pytest.importorskip("spacy")


def _cut(text: str, category: str = "self_pitch") -> str:
    doc = load_nlp()(text)
    return cut_pitch_reactions(doc, [Insight(category, text, 0, len(text))])[0].text


@pytest.mark.parametrize(
    ("text", "pitch"),
    [
        (
            "I told her I rebuilt our route map for forty buses after the bridge closed, and "
            "she said that's exactly network planning.",
            "I told her I rebuilt our route map for forty buses after the bridge closed",
        ),
        (
            "I mentioned the radio protocol I wrote for the winter storms, he perked up at that.",
            "I mentioned the radio protocol I wrote for the winter storms",
        ),
        (
            "I described training nine new drivers in one August and she laughed and said "
            "you're hired.",
            "I described training nine new drivers in one August",
        ),
        (
            "I walked him through the late-bus dashboard I built — he was genuinely curious.",
            "I walked him through the late-bus dashboard I built",
        ),
    ],
)
def test_reaction_cut_off_the_pitch(text: str, pitch: str) -> None:
    assert _cut(text) == pitch


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # not a pitch: the contact's own point goes on
        ("Her team plans the routes, and she said the summer is the busy season.", "culture"),
        # too little pitch before the reply
        ("I said yes, and she laughed.", "self_pitch"),
        # the reply prompts more of the pitch
        (
            "I told him I drove a school bus for six years and he asked about routing, so I "
            "walked through how I rebuilt the winter routes.",
            "self_pitch",
        ),
        # no reply in it
        ("I ran dispatch for eleven years, including two district mergers.", "self_pitch"),
    ],
)
def test_left_whole(text: str, category: str) -> None:
    assert _cut(text, category) == text


def test_recap_files_the_pitch_alone() -> None:
    text = (
        "Call with Rosalind Achebe, operations planner at Harborline Transit. She started as a "
        "driver and moved into scheduling. I told her I rebuilt our district's bus routes after "
        "the bridge closed, and she said that's exactly what planners do all day."
    )
    pitches = [i.text for i in extract(text).insights if i.category == "self_pitch"]
    assert pitches, [(i.category, i.text) for i in extract(text).insights]
    assert all("she said" not in p for p in pitches), pitches
