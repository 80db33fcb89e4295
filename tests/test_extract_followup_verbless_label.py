"""A step named with no verb after a to-do label on its own line: "TODO: thx email", "todo:
budget reading by sun, connect on linkedin tonight". Only after a to-do label; a verbless
opening after "Next steps:" is left as before. Through the real spaCy pipeline.

Every recap here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items

_HEAD = "Dana Ruiz / Ferrow Labs (small, 20 ppl)\n- she runs the grants team\n"


def test_verbless_steps_after_todo_labels() -> None:
    text = _HEAD + "TODO: linkedin connect\nTODO: thx email\n"
    assert items(text) == [("linkedin connect", None), ("thx email", None)]


def test_a_verbless_step_before_a_verb_led_one_on_the_same_line() -> None:
    text = _HEAD + "todo: budgeting reading by sun, connect on linkedin tonight\n"
    assert items(text) == [
        ("budgeting reading by sun", "2026-09-06"),
        ("connect on linkedin tonight", "2026-09-01"),
    ]


def test_a_step_ending_on_a_clipped_weekday_is_dated() -> None:
    text = _HEAD + "TODO: redo my headline Sat\n"
    assert items(text) == [("redo my headline Sat", "2026-09-05")]


def test_nothing_after_the_label_is_no_step() -> None:
    assert items(_HEAD + "TODO: nothing rn\n") == []
