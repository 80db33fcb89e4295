"""A bracketed aside that ends on its own "!" or "?" inside a step ("Mail Tomas a postcard (a
real one!) by Sunday"): the mark closes the aside, not the line, so the step runs on to its due
date after the ")" (`fu44`). Through the real spaCy pipeline.

Every recap here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_HEAD = "Call with Tomas Reyes, head brewer at Copperline Brewing. 25 min.\n"


def test_an_exclamation_inside_brackets_keeps_the_due_date() -> None:
    text = _HEAD + "Mail Tomas a postcard (a real one!) by Sunday. Email Ana by Friday.\n"
    assert _items(text) == [
        ("Mail Tomas a postcard (a real one!) by Sunday.", "2026-09-06"),
        ("Email Ana by Friday.", "2026-09-04"),
    ]


def test_doubled_marks_and_a_question_inside_brackets() -> None:
    text = _HEAD + (
        "TODO - redo the cover letter (third time!!) by 9/20.\n"
        "to do: draft a sample tasting menu (autumn?) by 9/30\n"
    )
    assert _items(text) == [
        ("redo the cover letter (third time!!) by 9/20.", "2026-09-20"),
        ("draft a sample tasting menu (autumn?) by 9/30", "2026-09-30"),
    ]


def test_a_sentence_end_outside_brackets_still_cuts() -> None:
    # the ")" before the full stop is no reason to read on into the next sentence
    text = _HEAD + "Email Ana (the brewer's sister). I rest now.\n"
    assert _items(text) == [("Email Ana (the brewer's sister).", None)]


def test_an_aside_the_parser_ends_a_sentence_after() -> None:
    # the parser itself cuts after "!!)": the sentence after it on the same line is the rest
    # of the step, with its date (fu45)
    text = _HEAD + "TODO: draft a sample memo from an (anonymized!!) case file - EOW\n"
    assert _items(text) == [
        ("draft a sample memo from an (anonymized!!) case file - EOW", "2026-09-04")
    ]
