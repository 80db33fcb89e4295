"""A short dated step after a bare "and" closes the undated step before it: one item, due at
its date (``followups_dated_on.dated_follow_on``), through the real spaCy pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_CALL = "Spoke with Ines Varga, a supply planner at Corvel Foods. She likes the small team. "
FRI = "2026-09-04"
MONTH_END = "2026-09-30"


def test_a_short_dated_step_closes_the_undated_one() -> None:
    text = _CALL + "I need to compare the two bootcamp syllabi and choose by the end of the month."
    assert _items(text) == [
        (
            "I need to compare the two bootcamp syllabi and choose by the end of the month.",
            MONTH_END,
        )
    ]
    text = _CALL + "I have to check the workshop schedule and enroll by Friday."
    assert _items(text) == [("I have to check the workshop schedule and enroll by Friday.", FRI)]


def test_a_dated_step_naming_someone_is_its_own() -> None:
    text = _CALL + "I need to read the annual report and send him a thank-you by Friday."
    assert _items(text) == [
        ("I need to read the annual report", None),
        ("send him a thank-you by Friday.", FRI),
    ]


def test_a_dated_step_naming_a_thing_of_its_own_is_its_own() -> None:
    text = _CALL + "I will ask my cousin about the night shift and buy the study guide by Friday."
    assert len(_items(text)) == 2


def test_after_a_comma_or_a_dated_first_step_each_is_its_own() -> None:
    text = _CALL + "I need to check the workshop schedule, and enroll by Friday."
    assert len(_items(text)) == 2
    text = _CALL + "I'll check the workshop schedule tonight and enroll by Friday."
    assert len(_items(text)) == 2
