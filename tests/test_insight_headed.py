"""A heading's short entry ("Likes: the night crew.") goes on into the next sentence on its
line, whatever that sentence was filed as (insights42, stop 43).

The recap is written for these tests: a job seeker's notes after a call with a freight
yard's operations lead (nothing comes from the labelled corpus).
"""

from __future__ import annotations

import dataclasses

import pytest

import debrief.extract.insight_emit as emit
from debrief.extract import extract
from debrief.extract.insight_headed import (
    entry_words,
    heading_end,
    opens_heading,
)

pytest.importorskip("spacy")

NOTES = (
    "Call w/ Dana Ortiz, ops lead @ Kestrel Freight\n\n"
    "Likes: the night crew. Best drivers he has ever managed.\n"
)


def categorised(text: str) -> list[tuple[str, str]]:
    return [(i.category, i.text) for i in extract(text).insights]


def test_a_short_entry_goes_on_into_the_next_sentence() -> None:
    got = categorised(NOTES)
    assert ("likes", "Likes: the night crew. Best drivers he has ever managed.") in got


def test_without_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    off = dataclasses.replace(emit.continuation(), short_entry_words=0)
    monkeypatch.setattr(emit, "continuation", lambda: off)
    got = categorised(NOTES)
    assert not any(t.endswith("crew. Best drivers he has ever managed.") for _, t in got)


@pytest.mark.parametrize(
    ("text", "start", "entry"),
    [
        ("Growth: planner to lead. They pay for certs.", 0, True),
        ("- What she does: audits. Lots of travel.", 17, True),
        ("**Pay**: fine. Raises yearly.", 0, True),
        # a time, a colon deep in a sentence, an insight later on the line
        ("At 10:30 we went over the yard plan.", 0, False),
        ("She told me the one thing that matters to her: trust.", 0, False),
        ("Growth: planner to lead. They pay for certs.", 25, False),
    ],
)
def test_entry_of_heading(text: str, start: int, entry: bool) -> None:
    assert (entry_words(text, start, len(text), 4) >= 0) is entry


def test_no_heading_when_off() -> None:
    assert heading_end("Growth: planner to lead.", 0, 0) == -1


def test_entry_words() -> None:
    text = "x\nLikes: the yard. It runs."
    assert entry_words(text, 2, 17, 4) == 2
    assert entry_words(text, 9, 17, 4) == 2
    assert entry_words(text, 18, 26, 4) == -1
    assert opens_heading("hates: county hiring.", 0, 4)
    assert not opens_heading("It runs at 10:30 sharp.", 0, 4)
