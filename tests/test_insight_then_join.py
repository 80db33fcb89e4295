"""A career told aloud step by step: Whisper's full stop before "then".

Typed, a path is one sentence with commas ("she started as a dishwasher ..., then ran the
line ..."); spoken, tiny.en ends a sentence at each pause, and the step after "then" is a
sentence of its own. Real spaCy and the shipped insight model; the texts are written for
these tests (a hospital kitchen manager's call).
"""

from __future__ import annotations

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")

OPENING = (
    "Okay so I just got off the phone with Marta Lindqvist, she runs the kitchen at a hospital. "
)


def test_then_opens_a_continuation() -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_emit import continuation

    nlp = load_nlp()
    rules = continuation()
    for said in ("And then she ran the line at a hotel.", "Then ran the line at a hotel."):
        doc = nlp.make_doc(said)
        assert rules.continues(doc, 0, len(doc)), said
    doc = nlp.make_doc("Then she also ran a catering firm.")  # a new point says so
    assert not rules.continues(doc, 0, len(doc))


def test_a_long_career_path_split_before_then_is_one_insight() -> None:
    # both halves pass the same-category join's 15 words: only "then" joins them
    first = (
        "So she started out as a dishwasher at a small diner in Providence when she was seventeen."
    )
    second = (
        "And then she ran the line at a hotel restaurant for nine years before the hospital "
        "hired her."
    )
    found = extract(OPENING + first + " " + second).insights
    paths = [i for i in found if i.category == "career_path"]
    assert [i.text for i in paths] == [first + " " + second]
