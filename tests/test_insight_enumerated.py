"""A list said in sentences ("one, ... Two, ... Three, ...") is one insight an item: the
same-category join of ``pipelines/insights/joins.toml`` no longer glues the next item onto
the one before it (insights39, stop 42).

The recaps are written for these tests: a dispatcher's notes after a call with a freight
scheduler (nothing comes from the labelled corpus).
"""

from __future__ import annotations

import dataclasses

import pytest

import debrief.extract.insight_emit as emit
from debrief.extract import extract, load_nlp

pytest.importorskip("spacy")

OPENING = "Spoke with Dana Whitfield, she runs scheduling at Corvel Freight. "
SKILLS = (
    OPENING + "She said skills wise, one, you need Excel cold. "
    "Two, you need to know a TMS, any of them. Three, you need to write short emails."
)
ADVICE = (
    OPENING + "Her advice was to network at the port. "
    "Second, she said to volunteer at the food bank warehouse on weekends."
)


def categorised(text: str) -> list[tuple[str, str]]:
    return [(i.category, i.text) for i in extract(text).insights]


def test_each_item_of_a_spoken_list_is_an_insight() -> None:
    got = categorised(SKILLS)
    assert ("skills", "Two, you need to know a TMS, any of them.") in got
    assert ("skills", "Three, you need to write short emails.") in got
    got = categorised(ADVICE)
    assert ("advice", "Her advice was to network at the port.") in got
    assert (
        "advice",
        "Second, she said to volunteer at the food bank warehouse on weekends.",
    ) in got


def test_without_the_enumerators_the_items_are_glued(monkeypatch: pytest.MonkeyPatch) -> None:
    off = dataclasses.replace(emit.continuation(), enumerators=frozenset())
    monkeypatch.setattr(emit, "continuation", lambda: off)
    got = categorised(SKILLS)
    assert len([c for c, _ in got if c == "skills"]) == 1


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("Two, you need to know a TMS.", True),
        ("Second: learn the yard software.", True),
        ("And three, ask about the night shift.", True),
        # a number that is no enumerator: the career goes on
        ("Two years later she moved into planning.", False),
        ("They run two shifts a day.", False),
    ],
)
def test_next_item(sentence: str, item: bool) -> None:
    doc = load_nlp()(sentence)
    assert emit.continuation().next_item(doc, 0, len(doc)) is item
