"""A typed note's headings said aloud with no pause Whisper heard: "... dietitians likes,
feeding people ...". Real spaCy and the shipped insight model; every text is written for these
tests: a hospital kitchen manager's call, recapped as clipped notes read aloud.
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


def test_headings_inside_sentences_cut_them_and_name_what_follows() -> None:
    said = (
        "Her week is menus, ordering and two tastings with the dietitians likes, feeding "
        "people who really need it. She gets notes from patients culture, calm, nobody yells "
        "like in hotels, the chef protects the cooks advice. Take the food safety manager "
        "course before anything else."
    )
    # without the headings read: "... dietitians likes, feeding people ..." one typical day,
    # and "... patients culture, calm, ..., the cooks advice." one culture insight
    assert _after_opening(said) == [
        ("typical_day", "Her week is menus, ordering and two tastings with the dietitians"),
        ("likes", "feeding people who really need it."),
        ("culture", "calm, nobody yells like in hotels, the chef protects the cooks"),
        ("advice", "Take the food safety manager course before anything else."),
    ]


def _positions(text: str) -> list[tuple[int, str]]:
    from debrief.extract import load_nlp
    from debrief.extract.insight_inline import inline_positions
    from debrief.extract.insight_sentences import sentence_spans

    doc = load_nlp()(text)
    return inline_positions(doc, sentence_spans(doc))


def test_prose_and_typed_headings_are_left_alone() -> None:
    # the words as words: a subject's verb, a determiner's noun, a compound
    assert not _positions(
        "She likes the pace, the team culture is kind and her advice was to volunteer. "
        "Good people skills matter more than the degree, she said, and growth is slow."
    )
    # one heading set off by a pause is no note
    assert not _positions("The pay is low but she loves the work. Her team is tiny culture, calm.")
    # a typed note's headings have their colons: insight_headings reads them
    assert not _positions("Likes: the mornings. Week is menus likes, tastings. Culture: calm.")
