"""The contact's advice written down as a bare imperative is an advice insight.

Real spaCy and the shipped insight model; every recap here is written for these tests: a
retail pharmacy technician's notes after a call with a clinical research coordinator about
moving into trials work.
"""

from __future__ import annotations

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")

OPENING = "Spoke with Imani Castellanos, research coordinator at Brightwater Clinic, for 40 min. "


@pytest.mark.parametrize(
    ("sentence", "bare"),
    [
        ("Take the GCP course before you apply anywhere.", True),
        ("And don't accept the first site that calls you back.", True),
        ("Also keep the resume to one page.", True),
        ("She gave me one tip: shadow a monitoring visit if they let you.", True),
        # a subject or an auxiliary: a description or the speaker's own plan
        ("She takes the GCP course every two years.", False),
        ("I should take the GCP course.", False),
        ("Let's see how the spring goes.", False),
        # a like or a dislike with its subject dropped ("(she) don't mind ..."), no order
        ("Don't mind the travel, she says it's the best part.", False),
        # a noun first, no verb opening the sentence
        ("Turnover is low because people like the trial teams.", False),
    ],
)
def test_which_sentences_open_with_a_bare_imperative(sentence: str, bare: bool) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_imperative import bare_advice

    doc = load_nlp()(sentence)
    assert bare_advice(doc, (0, len(doc))) is bare


def _recap(advice: str) -> str:
    return (
        OPENING + "She started as a pharmacy tech too and moved over after four years. "
        f"{advice} She loves the patient contact."
    )


@pytest.mark.parametrize(
    "advice",
    [
        # words on promotion after the advice: the model reads the sentence as advancement
        "Apply for the associate coordinator track, people move up to lead in about two years.",
    ],
)
def test_advice_said_as_an_imperative_is_filed_as_advice(advice: str) -> None:
    found = [(i.category, i.text) for i in extract(_recap(advice)).insights]
    assert any(c == "advice" and advice[:25] in t for c, t in found), found
    assert not any(c == "advancement" for c, _ in found), found
    # the rest of the recap keeps its categories
    assert any(c == "career_path" and "pharmacy tech" in t for c, t in found), found
    assert any(c == "likes" and "patient contact" in t for c, t in found), found


def test_a_description_of_promotions_stays_advancement() -> None:
    line = "Coordinators move up to lead in about two years if the audits go well."
    found = [(i.category, i.text) for i in extract(_recap(line)).insights]
    assert any(c == "advancement" and "move up to lead" in t for c, t in found), found
