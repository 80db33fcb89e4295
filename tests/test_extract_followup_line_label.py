"""The label opening a typed line says whose its later sentences are: an advice label's are
the contact's advice, a to-do label's the speaker's steps (``followups_line_label``, fu33).

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_CALL = (
    "Call with Dana Ortiz, ops lead at Kestrel Freight.\n- She runs dispatch for forty trucks.\n"
)


def test_a_later_sentence_on_an_advice_line_is_her_advice() -> None:
    text = _CALL + (
        "- Advice: don't take the first offer, carriers lowball new drivers. Look up the "
        "rates on the board.\n- I told her about my years in the motor pool."
    )
    assert _items(text) == []
    text = _CALL + (
        "HER ADVICE: Get on the county job board. Apply for yard supervisor even if it feels "
        "like a step down.\nMY TASKS: email Omar by Friday."
    )
    assert _items(text) == [("email Omar by Friday.", "2026-09-04")]


def test_a_later_sentence_on_a_todo_line_is_a_step() -> None:
    text = _CALL + (
        "todo: rewrite the resume in the state format this weekend. ask omar about his "
        "cousin at the port (Ngozi something), he offered to connect."
    )
    assert [t for t, _ in _items(text)] == [
        "rewrite the resume in the state format this weekend.",
        "ask omar about his cousin at the port (Ngozi something)",
    ]


def test_a_sentence_opening_its_own_line_is_read_as_before() -> None:
    # the label's scope is its own line: the next line's imperative is still a step
    text = _CALL + "Advice: learn the routing software.\nLook up the rates on the board by Friday."
    assert _items(text) == [("Look up the rates on the board by Friday.", "2026-09-04")]
