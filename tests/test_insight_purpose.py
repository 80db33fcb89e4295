"""What it takes, said after a purpose ("she said to get hired as a charge nurse you need two
years on a floor") is a skills insight: "to" opens a purpose, not a reported order, though the
model reads "said to" as advice (insights37, stop 41).

The recap is written for these tests: a hospital unit clerk's typed recap after a call with a
nurse manager, about moving into nursing (nothing comes from the labelled corpus).
"""

from __future__ import annotations

import pytest
from conftest import refiled_as

from debrief.extract import extract

pytest.importorskip("spacy")

RECAP = (
    "Had a call with Dana Ruiz, she's a nurse manager at Mercy General. "
    "She said to get hired as a charge nurse you need at least two years on a med-surg floor, "
    "nobody skips that. "
    "She told me to get my BLS renewed before I apply. "
    "She loves the night shift crew."
)
PURPOSE = (
    "She said to get hired as a charge nurse you need at least two years on a med-surg floor, "
    "nobody skips that."
)
ORDER = "She told me to get my BLS renewed before I apply."


def found(text: str) -> list[tuple[str, str]]:
    return [(i.category, i.text) for i in extract(text).insights]


def test_a_requirement_after_a_purpose_is_skills(monkeypatch: pytest.MonkeyPatch) -> None:
    import debrief.extract.insight_refile as refile

    got = found(RECAP)
    assert ("skills", PURPOSE) in got
    assert not any(category == "advice" and PURPOSE in text for category, text in got)
    # a reported order stays advice
    assert ("advice", ORDER) in got
    assert refiled_as(PURPOSE, "advice") == "skills"
    monkeypatch.setattr(refile, "purpose_requirement", lambda doc, span: False)
    assert refiled_as(PURPOSE, "advice") is None
    assert any(category == "advice" and PURPOSE in text for category, text in found(RECAP))


def test_a_purpose_requirement_is_no_second_advice() -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_model import LABEL_INDEX
    from debrief.extract.insight_refile import second_refused

    doc = load_nlp()("He said to get into maintenance planning I need SAP and reliability basics.")
    assert second_refused(doc, (0, len(doc)), LABEL_INDEX["advice"])
    assert not second_refused(doc, (0, len(doc)), LABEL_INDEX["culture"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said to get hired as a charge nurse you need two years on a floor.", True),
        ("He said to get into maintenance planning I need SAP and reliability basics.", True),
        ("She said to go in-house you need a few years of firm training first.", True),
        ("And he also said to get in, you have to be comfortable presenting to doctors.", True),
        ("He said to succeed there you've got to write things down.", True),
        # a purpose that is no way into the work: a complaint about approvals
        ("She said to get one small change approved you need like five sign-offs.", False),
        # an order and its reason, not a purpose
        ("He said to apply early because you need a referral.", False),
        ("She told me to take the exam, you need it anyway.", False),
        # an order with "you should": advice
        ("She said to get in you should volunteer on the wards first.", False),
        # the purpose deep inside a longer piece of advice is left to the model
        ("Her advice was to keep the resume short and she said to get in you need SQL.", False),
        ("I need to get my license renewed, she said.", False),
    ],
)
def test_purpose_requirement_shapes(text: str, expected: bool) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_purpose import purpose_requirement

    doc = load_nlp()(text)
    assert purpose_requirement(doc, (0, len(doc))) is expected


@pytest.mark.parametrize(
    "text",
    [
        "He mentioned that to move into field service you have to hold a clean license.",
        "And she also said to break into grant writing I need one funded proposal.",
        "Then he said to succeed there ya gotta like ambiguity.",
        "She told me to move up you need a sponsor.",
        "It is rough, he said, to get in you need luck.",
        "They said the team is small and nobody needs a degree.",
    ],
)
def test_the_word_check_keeps_every_match(text: str) -> None:
    """The words checked before the matcher runs (a say verb near the start, "to", "you" or
    "I") are in every match: the check skips the matcher only where it finds nothing."""
    from debrief.extract import load_nlp
    from debrief.extract.doc_arrays import lowers
    from debrief.extract.insight_purpose import _REACH, _matcher, _may_match

    doc = load_nlp()(text)
    for s in range(len(doc)):
        for e in range(s + 1, len(doc) + 1):
            matched = any(a <= _REACH for _l, a, _b in _matcher(doc.vocab)(doc[s:e]))
            assert not matched or _may_match(lowers(doc), s, e), (text, s, e)
