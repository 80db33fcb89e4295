"""A blank line ends an insight: no continuation rule joins the sentence after it
(insights49, stop 46). No gold insight of any development author runs over a blank line,
while the same-category join ran a typed paragraph's last point into the next paragraph's
first ("... been there 6 years.\\n\\nHe got off the tools ...").

Real spaCy and the shipped insight model; the recaps are written for these tests (a
greenkeeper asking a golf club's staff about their jobs).
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from debrief.extract import extract
from debrief.extract.insight_emit import continuation

pytest.importorskip("spacy")

BLANK = re.compile(r"\n[ \t]*\n")

RECAPS = [
    (
        "Called Dale tonight about the superintendent job.\n\n"
        "He's head superintendent at Riverbend Golf Club now, been there 11 years.\n\n"
        "He started on the mowing crew after high school and worked his way up through "
        "irrigation.\n\n"
        "Advice: get the turf management certificate before I apply anywhere."
    ),
    (
        "Talked to Moira from the club for half an hour.\n\n"
        "She said the best part is being out on the course at sunrise.\n\n"
        "Skills: you need pesticide licensing and you have to know irrigation controllers.\n"
    ),
]


@pytest.mark.parametrize("text", RECAPS)
def test_no_insight_runs_over_a_blank_line(text: str) -> None:
    found = extract(text).insights
    assert found
    for ins in found:
        assert not BLANK.search(ins.text), ins.text


def test_the_rule_is_read_from_the_data() -> None:
    assert continuation().paragraph_ends


def test_without_the_rule_a_paragraph_break_is_joined(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first recap above is one the join crosses a blank line on: the guard cuts it."""
    import debrief.extract.insight_emit as emit

    off = dataclasses.replace(continuation(), paragraph_ends=False)
    monkeypatch.setattr(emit, "continuation", lambda: off)
    found = extract(RECAPS[0]).insights
    assert any(BLANK.search(i.text) for i in found)
