"""A post the contact's organisation has to fill, said as a need or a hire to come ("they'll
need a shift supervisor", "they need someone to set it up", "they're going to hire a
coordinator"), is a lead like "they're hiring ...": no insight (stop 31, insights21). What a
hire must bring ("someone who knows ...", "people who can ...") stays a skill, and the
speaker's own needs are no opening.

The recap is written for these tests (a hotel banquet captain moving into event operations,
typed after a call with a venue's events director; nothing comes from the labelled corpus).
"""

from __future__ import annotations

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")

RECAP = (
    "Talked to Marisol Ortega, director of events at the Harborview Conference Center, for "
    "about forty minutes. She ran banquets at two resorts before she moved to the center six "
    "years ago. Her week is site tours, contract calls with planners, and the Friday walk "
    "through of every room. She loves the big medical conferences because the planners are "
    "so organised. She hates the last minute menu changes from clients. They're building a "
    "second ballroom wing next year, and they'll need an operations manager to open it. "
    "Her advice was to get the CMP certification before I apply anywhere."
)
NEED = "they'll need an operations manager to open it"


def test_a_post_to_fill_is_no_insight(monkeypatch: pytest.MonkeyPatch) -> None:
    import debrief.extract.insight_openings as openings

    got = [(i.category, i.text) for i in extract(RECAP).insights]
    assert not any("operations manager" in text for _, text in got)
    # the insights around it stay
    assert any(cat == "dislikes" and "menu changes" in text for cat, text in got)
    assert any(cat == "advice" and "CMP" in text for cat, text in got)
    # without the new shapes the model files the sentence as an insight
    monkeypatch.setattr(openings, "_needed", lambda t: False)
    again = [i.text for i in extract(RECAP).insights]
    assert any("operations manager" in text for text in again)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They need someone to run the new commissary kitchen.", True),
        ("He said they'll need a warehouse supervisor when the site opens.", True),
        ("She said they're going to hire a night lead in March.", True),
        ("It's a compliance role, which they're hiring for right now.", True),
        ("They have a part-time lab instructor position opening in the fall.", True),
        ("He needs someone who can talk to growers and read a contract.", False),
        ("They need people who are calm on the phone with angry tenants.", False),
        ("I need a mentor more than I need another certificate.", False),
        ("You need a licensed supervisor to sign off on every job.", False),
        ("She hires for attitude and trains for the rest.", False),
        ("They don't need a manager there, the crew runs itself.", False),
    ],
)
def test_post_to_fill_shapes(text: str, expected: bool) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_openings import job_notice

    doc = load_nlp()(text)
    assert job_notice(doc, (0, len(doc))) is expected


def test_a_need_of_the_work_is_no_opening() -> None:
    """A thing of the work that needs a person ("the old scheduling system needs a developer
    for every fix") is what the contact dislikes, not a post to fill."""
    from debrief.extract import load_nlp
    from debrief.extract.insight_openings import job_notice

    text = "She hates the old scheduling system, every small fix needs a developer."
    doc = load_nlp()(text)
    assert job_notice(doc, (0, len(doc))) is False
