"""A typed note's heading said aloud: Whisper writes its colon as a comma at the sentence's start.

A user who dictates notes they typed ("Likes: ...", "Her path: ...") is transcribed "Likes,
..." and "Her path, ...". Real spaCy and the shipped insight model; every text is written for
these tests: a hospital kitchen manager's call, recapped in the clipped shape of typed notes.
"""

from __future__ import annotations

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")

OPENING = (
    "Okay so I just got off the phone with Marta Lindqvist, she runs the kitchen at a hospital. "
)


def _after_opening(text: str) -> list[tuple[str, str]]:
    result = extract(OPENING + text)
    return [(i.category, i.text) for i in result.insights if i.start >= len(OPENING)]


@pytest.mark.parametrize(
    ("said", "category"),
    [
        # the model alone filed these as a mission, a dislike and an advancement
        ("Likes, the quiet mornings, nobody calls before eight so she plans the menus.", "likes"),
        ("Likes, budget season, one good grant can fund a whole new program for years.", "likes"),
        # a heading and a short line: filed as nothing without the heading's word
        ("Her path, a culinary degree in Lyon.", "career_path"),
    ],
)
def test_a_heading_with_a_comma_names_its_sentence(said: str, category: str) -> None:
    assert _after_opening(said) == [(category, said)]


def test_the_heading_words_decide_not_any_comma_opening() -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_heard import heard_headings

    nlp = load_nlp()
    for plain in (
        "Honestly, the pay is fine for a hospital.",  # a filler, no heading
        "Like, the porters all help each other out.",  # "like" is never a heading here
        "Advice, learn it.",  # under three words after the comma: nothing to name
    ):
        doc = nlp(plain)
        assert heard_headings(doc, [(0, len(doc))]) == ([(0, len(doc))], {}), plain
    doc = nlp("So, her advice, shadow a night shift before you apply.")
    assert heard_headings(doc, [(0, len(doc))]) == ([(0, len(doc))], {(0, len(doc)): "advice"})
