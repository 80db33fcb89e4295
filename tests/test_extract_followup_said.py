"""The contact's "send her ..." with a day, reported with "she said", is the speaker's to-do
(spoken recaps as Whisper writes them: the date often after a comma, in a short tail), through
the real spaCy pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_CALL = "Call with Wren Okafor, a data lead at Tallow Bank. She likes the team a lot. "


def test_said_send_her_with_a_day_is_a_to_do() -> None:
    # a user retelling what the contact asked for, the day in the same breath
    assert _items(_CALL + "She said to send her my portfolio by Friday.") == [
        ("send her my portfolio by Friday.", "2026-09-04")
    ]
    assert _items(_CALL + "He said email him the deck by Thursday.") == [
        ("email him the deck by Thursday.", "2026-09-03")
    ]


def test_the_day_in_a_short_tail_after_whispers_comma() -> None:
    # a user saying the thing, then when, as tiny.en punctuates it: "..., got to do that by ..."
    text = _CALL + "she said send her a short writing sample, got to do that by Monday."
    assert _items(text) == [
        ("send her a short writing sample, got to do that by Monday.", "2026-09-07")
    ]
    text = _CALL + "She said send her my resume, resume to Wren by Thursday."
    assert _items(text) == [("send her my resume, resume to Wren by Thursday.", "2026-09-03")]


def test_undated_or_not_handed_over_stays_out() -> None:
    # undated, it is her offer or advice; "apply by ..." is the posting's deadline she passed on
    assert _items(_CALL + "She said send her my resume sometime.") == []
    assert _items(_CALL + "She said apply to the analyst program by October first.") == []
    # the speaker's own dated plan after her words stays the one item, named by her step
    # (fu43, followups_taken_up)
    text = _CALL + "She said send her my resume. I'll do that tomorrow."
    assert _items(text) == [("send her my resume, I'll do that tomorrow.", "2026-09-02")]


def test_no_follow_ups_said_after_her_advice_drops_it() -> None:
    # a user passing on the contact's tip as a bare imperative, then saying there is nothing
    # to do (Whisper closes "No follow-ups." as a sentence of its own)
    text = (
        _CALL + "Apply for the weekend analyst shift first. That's how most people get in. "
        "No follow-ups."
    )
    assert _items(text) == []
    # "no follow-up date" is about one item's day: the item stays
    text = _CALL + "I should email Wren about the meetup. No follow-up date really."
    assert _items(text) == [("I should email Wren about the meetup.", None)]
    # a to-do said after the marker is the speaker's
    text = _CALL + "No follow-ups with her. I'll renew my certificate by Friday."
    assert _items(text) == [("I'll renew my certificate by Friday.", "2026-09-04")]


def test_no_other_follow_ups_keeps_what_the_speaker_said_of_themself() -> None:
    # found by the lead using the product: "I need to ... by Friday. No follow-ups otherwise."
    # lost the speaker's own item, since the marker emptied every item before it
    text = _CALL + "I need to send Wren my resume by Friday. No follow-ups otherwise."
    assert _items(text) == [("I need to send Wren my resume by Friday.", "2026-09-04")]
    # the speaker's "I'll" before a bare "No follow-ups." stays; her tip does not
    text = _CALL + "Apply for the weekend shift first. I'll email Wren Monday. No follow-ups."
    assert _items(text) == [("I'll email Wren Monday.", "2026-09-07")]
