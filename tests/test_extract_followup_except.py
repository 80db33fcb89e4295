"""The one thing a "nothing to follow up" sentence still names is a follow-up
(``followups_except.none_but``), through the real spaCy pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_CALL = "Spoke with Ines Varga, a supply planner at Corvel Foods. She likes the small team. "


def test_a_hedged_one_thing_after_no_follow_ups_is_kept() -> None:
    # a tired user winding down the recap: there is nothing, then the one small step
    text = _CALL + "No follow-ups really, maybe just add her on LinkedIn. About twenty minutes."
    assert _items(text) == [("add her on LinkedIn", None)]


def test_the_thing_after_except_is_kept_with_its_date() -> None:
    # a typed note's terse close, the exception a noun phrase with its own day
    text = _CALL + "Nothing to do except a thank-you card by Monday."
    assert _items(text) == [("a thank-you card by Monday", "2026-09-07")]


def test_the_excepted_thing_ends_at_a_comma() -> None:
    # what follows the comma is the user's comment, not part of the step
    text = _CALL + "Nothing to follow up other than the pricing sheet, but that's about it."
    assert _items(text) == [("the pricing sheet", None)]


def test_a_doubting_or_idle_exception_is_no_step() -> None:
    # "except maybe ...", thinking it over, and a negation are the user musing, not a to-do
    assert _items(_CALL + "No follow-ups, except maybe to write to her boss.") == []
    assert _items(_CALL + "No action items except thinking about the move.") == []
    assert _items(_CALL + "No next steps, besides not burning the bridge.") == []


def test_just_alone_and_a_bare_marker_still_say_none() -> None:
    # "just" after the marker is as often a comment on the call as a step
    assert _items(_CALL + "No real follow-ups, just glad I asked.") == []
    assert _items(_CALL + "No follow-ups.") == []


def test_a_hedged_step_in_the_sentence_after_the_marker_is_kept_with_its_date() -> None:
    # a dictated close: the none, a full stop, then the one thing with a "maybe"
    text = _CALL + "No action items really. Maybe call the plant manager next Tuesday."
    assert _items(text) == [("call the plant manager next Tuesday", "2026-09-08")]


def test_a_hedged_step_after_saying_there_is_little_to_follow_up() -> None:
    # a typed bullet: not none, only little, and the one thing is a bare noun phrase
    text = _CALL + "\n- not following up much. maybe LinkedIn invite only"
    assert _items(text) == [("LinkedIn invite only", None)]


def test_a_maybe_with_its_own_subject_or_a_later_doubt_is_musing() -> None:
    # the user thinking aloud about a plan, not naming a step
    assert _items(_CALL + "No follow ups really maybe i'll look at their data job.") == []
    assert _items(_CALL + "No follow-ups. Maybe join the group, not sure yet.") == []
    # a "maybe" sentence with no none marker before it is left to the other rules
    assert _items(_CALL + "She was kind. Maybe join the group.") == []


def test_a_narrowed_or_doubted_none_still_names_its_one_hedged_step() -> None:
    # "no specific follow up" and "anything to follow up" say none as "no follow ups" does,
    # and the "maybe" after them names the one thing (fu42)
    assert _items(_CALL + "No specific follow up, maybe read the buyer handbook.") == [
        ("read the buyer handbook", None)
    ]
    assert _items(_CALL + "Not sure there's anything to follow up, maybe just email Ines.") == [
        ("email Ines", None)
    ]
