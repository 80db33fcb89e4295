"""An item ends before ", and <my/the noun> <verb>": a clause of someone else's that a noun
subject opens ("..., and my husband has to proofread it first"), as one opened by "she" or a
name already ended it. Not before a second object ("the deck and the budget"). Through the
real spaCy pipeline.

Every recap here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items

_HEAD = "Talked to Dana at Ferrow Labs, she runs grants. "


def test_a_possessive_noun_subject_ends_the_item() -> None:
    text = _HEAD + "I gotta send her my resume by Sunday, and my husband has to proofread it."
    assert items(text) == [("I gotta send her my resume by Sunday", "2026-09-06")]


def test_an_article_noun_subject_ends_the_item() -> None:
    text = _HEAD + "I'll email the director tomorrow, and the recruiter said she'd forward it."
    assert items(text) == [("I'll email the director tomorrow", "2026-09-02")]


def test_a_second_object_does_not() -> None:
    text = _HEAD + "I need to send the deck and the budget by Friday."
    assert items(text) == [("I need to send the deck and the budget by Friday.", "2026-09-04")]
