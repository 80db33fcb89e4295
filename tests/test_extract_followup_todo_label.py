"""Any label the writer puts before their own to-dos ("Errands: ...", "HW: ...", a spoken
"chores, ..."), not the interview's headings nor someone else's list, and a second obligation
inside a list's entry (``followups_todo_label``, ``ListShapes._listed``, fu29).

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_CALL = (
    "Spoke with Ines Okafor, a harbour pilot at Tidewater Marine. She boards ships at night "
    "and likes the quiet of the channel. "
)


def test_a_label_word_no_list_holds_opens_the_speakers_steps() -> None:
    # a word of the writer's own, typed with a colon: each imperative after it is a step
    text = _CALL + "Errands: book the pilotage exam by Friday, and send Ines a thank-you note."
    assert _items(text) == [
        ("book the pilotage exam by Friday", "2026-09-04"),
        ("send Ines a thank-you note.", None),
    ]
    text = _CALL + "Chores: phone the licensing office, and print the sea-time log."
    assert _items(text) == [("phone the licensing office", None), ("print the sea-time log.", None)]


def test_a_label_said_with_a_comma_and_one_run_into_the_sentence_before() -> None:
    # a spoken label after a single noun and a comma; a typed one the parser kept in the
    # sentence before, after an abbreviation's full stop
    text = _CALL + "Chores, phone the licensing office, and print the sea-time log."
    assert _items(text) == [("phone the licensing office", None), ("print the sea-time log.", None)]
    text = _CALL + "She trained at SUNY Maritime in the U.S. chores: print the sea-time log."
    assert _items(text) == [("print the sea-time log.", None)]


def test_a_label_alone_on_its_line_above_bulleted_steps() -> None:
    # "swim twice a week" is no cue-file imperative and takes no object: only the label
    # above it makes it a step
    text = _CALL + "\nErrands:\n- swim twice a week\n- practise knots daily"
    assert _items(text) == [("swim twice a week", None), ("practise knots daily", None)]


def test_the_contacts_labelled_advice_is_not_the_speakers() -> None:
    # an interview heading ("Advice:", "Skills:") or her own list ("Her tips:") names what
    # the contact said: its imperatives are her advice, not the speaker's steps
    text = _CALL + "Her tips: learn the tide tables, and ride along on a night transit."
    assert _items(text) == []
    text = _CALL + "Skills: learn the tide tables, know the radio protocol cold."
    assert _items(text) == []
    text = _CALL + "Tips: learn the tide tables, and ride along on a night transit."
    assert _items(text) == []


def test_a_comma_inside_a_sentence_makes_no_label() -> None:
    # "the channel, watch ..." is her sentence going on, not a label
    text = _CALL + "She said at night the channel, watch the buoys, is all that matters."
    assert _items(text) == []


def test_a_second_obligation_inside_a_numbered_entry_is_a_step() -> None:
    # said in one sentence, the entry after "1)" is one step unless its "and need to" opens
    # a second, as after any step of the speaker's (fu28)
    text = (
        _CALL
        + "Next steps: 1) gotta read the pilotage rules and need to update my LinkedIn, "
        + "2) email Ines by Friday."
    )
    assert _items(text) == [
        ("gotta read the pilotage rules", None),
        ("need to update my LinkedIn", None),
        ("email Ines by Friday.", "2026-09-04"),
    ]
