"""The speaker's own step run on after the contact's reported advice ("she said to apply for
the role so I'll send my resume by Monday") is cut off the advice: the advice is an insight,
the step a follow-up (insights38, stop 41).

The recap is written for these tests: a warehouse lead's unpunctuated recap after a call with
a logistics planner (nothing comes from the labelled corpus).
"""

from __future__ import annotations

import pytest

from debrief.extract import extract, load_nlp
from debrief.extract.insight_segment import clause_spans

pytest.importorskip("spacy")

RECAP = (
    "Had a call with Priya Nair, she's a logistics planner at Harbor Freightways. "
    "She said she loves the puzzle of routing the trucks. "
    "she told me to sign up for the APICS basics course so I'll register for it by Friday. "
    "She said to apply for the junior planner opening which I'll do tonight."
)
ADVICE_ONE = "she told me to sign up for the APICS basics course"
ADVICE_TWO = "She said to apply for the junior planner opening"


def clauses(text: str) -> list[str]:
    doc = load_nlp()(text)
    return [doc[a:b].text for a, b in clause_spans(doc, 0, len(doc))]


def test_the_advice_is_kept_and_the_step_is_a_follow_up() -> None:
    out = extract(RECAP)
    got = [(i.category, i.text) for i in out.insights]
    assert ("advice", ADVICE_ONE) in got
    assert ("advice", ADVICE_TWO) in got
    # the step is no insight, and stays a follow-up
    assert not any("register" in text for _, text in got)
    assert any("register for it by Friday" in f.text for f in out.follow_ups)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        (
            "he said to take the forklift class at the union hall which I'll sign up for",
            "he said to take the forklift class at the union hall",
        ),
        (
            "she said to call the dispatcher first, so I'm going to call him Monday",
            "she said to call the dispatcher first",
        ),
        (
            "he told me to shadow a night shift and I will ask my manager",
            "he told me to shadow a night shift",
        ),
    ],
)
def test_a_run_on_step_is_cut(text: str, left: str) -> None:
    got = clauses(text)
    assert len(got) == 2
    assert got[0] == left


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own report, not the contact's advice
        "I said I'd apply for the opening so I'll send it tonight",
        # a plan inside what was said: too short to be advice of its own
        "she said I'll need a forklift license for the yard job",
        # no joining word: it may be the contact's own words ("I'll be around")
        "he said to call the yard office anytime I'll be around till six",
        # a reason inside the advice, not a step after it
        "he said to start at a small carrier because I will see the whole operation",
        # no step after the advice
        "she said to apply for the opening which closes on the twentieth",
    ],
)
def test_not_cut(text: str) -> None:
    assert clauses(text) == [text]


def test_without_the_cut_the_advice_is_missed(monkeypatch: pytest.MonkeyPatch) -> None:
    import debrief.extract.insight_segment as segment

    monkeypatch.setattr(segment, "step_cut", lambda doc, a, i, e: False)
    got = [(i.category, i.text) for i in extract(RECAP).insights]
    assert ("advice", ADVICE_ONE) not in got
