"""A to-do list typed with bare numbers and nothing else ("1 look up the course", "2 call her
back thurs"): no header, no stop or bracket after the numbers, no capitals. Two lines opening
on consecutive bare numbers make the list; each line is the speaker's step, as under a "To do"
header, whatever the tagger makes of its first word. Through the real spaCy pipeline.

Every recap here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items

_HEAD = "chat w/ nadia at bayside glass 15 min\nshe does estimating, came up from the shop\n"


def test_bare_numbered_lines_are_steps_with_their_dates() -> None:
    text = _HEAD + (
        "1 look up the estimating course\n"
        "2 email nadia back thurs\n"
        "3 print my forklift card\n"
        "4 check the numbers w/ my wife tonite\n"
    )
    assert items(text) == [
        ("look up the estimating course", None),
        ("email nadia back thurs", "2026-09-03"),
        ("print my forklift card", None),
        ("check the numbers w/ my wife tonite", "2026-09-01"),
    ]


def test_a_weekday_typed_before_the_steps_verb_dates_it() -> None:
    text = _HEAD + "1 mon call the union hall ask about dues\n2 keep her number\n"
    assert items(text) == [
        ("mon call the union hall ask about dues", "2026-09-07"),
        ("keep her number", None),
    ]


def test_a_line_that_says_there_is_nothing_is_no_step() -> None:
    text = _HEAD + "1 nothing for now\n2 keep her number\n"
    assert items(text) == [("keep her number", None)]


def test_a_lone_number_opening_a_line_makes_no_list() -> None:
    # one line on a bare number, none before or after it: a figure, not a list
    text = _HEAD + "12 guys on her crew\nshe likes the hours\n"
    assert items(text) == []
