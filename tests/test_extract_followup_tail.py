"""A dated tail after an undated step: the step's deadline when it says the thing's date
("..., she said it closes the 15th"), someone else's when a person acts in it, when it is the
contact's invitation, or when "any" makes it a free choice (followups_tail.py). Through the
real spaCy pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_CALL = "Call with Tomas Reyes, a buyer at Fenwick Foods. He was easy to talk to. "


def test_the_things_own_date_after_a_step_is_its_deadline() -> None:
    text = _CALL + "I need to apply to the buyer program, he said it closes on the 15th."
    assert [due for _text, due in _items(text)] == ["2026-09-15"]


def test_a_persons_dated_action_after_a_step_is_not_its_deadline() -> None:
    text = _CALL + "I need to email Ines Varga, he's going to introduce us by Friday."
    assert _items(text) == [("I need to email Ines Varga", None)]


def test_any_day_after_a_step_is_no_deadline() -> None:
    text = _CALL + "I want to tour the warehouse, he said any Tuesday in October."
    assert _items(text) == [("I want to tour the warehouse", None)]


def test_the_contacts_invitation_after_a_step_is_not_its_deadline() -> None:
    text = _CALL + "I need to fix my resume, and he said come to the supplier fair on the 21st."
    assert [due for _text, due in _items(text)] == [None]
