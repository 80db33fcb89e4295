"""The contact's verdict on the speaker and the gap after it ("he said my X is good but I need
Y") stay one insight (skills30, stop 35).

The recap is written for these tests: a paramedic's typed recap after a call with a
flight-nurse recruiter (nothing comes from the labelled corpus).
"""

from __future__ import annotations

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")

RECAP = (
    "Talked to Rosa Lindqvist, she's a recruiter at Skyline Air Medical. "
    "She loves the flying and hates the paperwork. "
    "He said a firefighter background is good but I need the flight paramedic license. "
    "She said the base in Tulsa is short staffed, but I need to send her my resume by Friday. "
    "I liked her a lot but I need to think about the nights."
)
VERDICT = "a firefighter background is good but I need the flight paramedic license"


def _filed(text: str) -> list[tuple[str, str]]:
    return [(i.category, i.text) for i in extract(text).insights]


def test_the_verdict_and_the_gap_are_one_insight(monkeypatch: pytest.MonkeyPatch) -> None:
    import debrief.extract.insight_segment as segment

    got = _filed(RECAP)
    assert any(VERDICT in t for _c, t in got)
    # without the rule the sentence is cut at "but I need" and the gap is dropped as a plan
    monkeypatch.setattr(segment, "reported_gap", lambda doc, s, i, j: False)
    got = _filed(RECAP)
    assert not any(VERDICT in t for _c, t in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said my welding is clean but I need the AWS cert.", True),
        ("She said the portfolio is strong, but I should add one case study.", True),
        ("He said the degree helps but we have to know SQL.", True),
        ("She said my Spanish is a plus but I'd need the court exam.", True),
        # the speaker's own words, nobody else's: cut as before
        ("I liked the people but I need to think about the nights.", False),
        # "I have" without "to" is no need
        ("She said the pay is fine but I have two offers.", False),
    ],
)
def test_reported_gap(text: str, expected: bool) -> None:
    from debrief.extract.insight_gap import reported_gap
    from debrief.extract.pipeline import load_nlp

    doc = load_nlp()(text)
    i = next(t.i for t in doc if t.lower_ == "but")
    j = i + 1
    assert reported_gap(doc, 0, i, j) is expected
