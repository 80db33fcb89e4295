"""A "follow up" header run into an unpunctuated recap, with no break before it, opens the
steps after it when a step's verb follows at once (``followups_run_in.run_in_anchors``),
through the real spaCy pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_CALL = (
    "spoke with ines varga a supply planner at corvel foods she likes the small team and "
    "she said the night shift pays more "
)


def test_steps_after_a_run_in_follow_up_header_are_read() -> None:
    text = (
        _CALL
        + "follow up register for the lean course by friday and send Marco a thank you tomorrow"
    )
    assert _items(text) == [
        ("register for the lean course by friday", "2026-09-04"),
        ("send Marco a thank you tomorrow", "2026-09-02"),
    ]


def test_follow_up_said_as_the_speaker_s_own_verb_is_no_header() -> None:
    assert _items(_CALL + "i will follow up with her next week") == [
        ("i will follow up with her next week", None)
    ]
    assert _items(_CALL + "that was the whole follow up with the recruiter") == []
