"""The speaker's words about the memo or the call itself are no follow-ups: a spoken "hold on"
or "get this", "I'm just going to talk", "Typing these up Sunday", and a typed heading that
names the call ("Call yesterday with ...", "Call 45 minutes.", "Notes after the call.",
"Quick one.") (`fu17`). The same verbs with a real errand after them still are items. Through
the real spaCy pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_BODY = (
    "Talked with Priya Menon, a grants officer at the Harbor Foundation. She likes the small "
    "team and says the board is slow. "
)
_PLAN = "I'll email her my budget sample by Friday."
_PLANNED = [("I'll email her my budget sample by Friday.", "2026-09-04")]


def test_a_spoken_hold_on_is_no_item() -> None:
    # walking and recording: the pause is an aside, not an order to hold something
    text = "Hang on, the cat is on the keyboard. Okay. " + _BODY + _PLAN
    assert _items(text) == _PLANNED
    text = "hold on let me get this going. " + _BODY + _PLAN
    assert _items(text) == _PLANNED


def test_get_this_before_a_remark_is_no_item() -> None:
    text = _BODY + "And get this, she used to drive a forklift. " + _PLAN
    assert _items(text) == _PLANNED


def test_making_the_memo_is_no_item() -> None:
    for opening in (
        "ok I'm just going to talk. ",
        "Dictating this on the bus, sorry for the noise. ",
        "I'll just log it. ",
    ):
        assert _items(opening + _BODY + _PLAN) == _PLANNED, opening


def test_a_heading_that_names_the_call_is_no_item() -> None:
    for heading in (
        "Call yesterday afternoon with Priya Menon. ",
        "Call 45 minutes. ",
        "Notes after the call. ",
        "Quick one. ",
    ):
        assert _items(heading + _BODY + _PLAN) == _PLANNED, heading


def test_the_same_words_with_an_errand_are_still_items() -> None:
    # a call to make, something to note, a talk with someone, a video to record
    text = _BODY + "Call Dana on Thursday about the opening."
    assert _items(text) == [("Call Dana on Thursday about the opening.", "2026-09-03")]
    text = _BODY + "I'll talk to her director next week."
    assert [t for t, _ in _items(text)] == ["I'll talk to her director next week."]
    text = _BODY + "I'm going to record a short video intro by Friday."
    assert _items(text) == [("I'm going to record a short video intro by Friday.", "2026-09-04")]
    text = _BODY + "Hold on to the offer letter until Monday."
    assert [t for t, _ in _items(text)] == ["Hold on to the offer letter until Monday."]


def test_this_before_a_noun_is_no_memo() -> None:
    # "this" determines the thing to make, so it is no word about the memo itself
    text = _BODY + "I'm typing this month's cover letter tonight."
    assert _items(text) == [("I'm typing this month's cover letter tonight.", "2026-09-01")]
