"""A to-do label Whisper ran onto the clause before it: a list header right before a full stop
or comma, or a noun of the writer's own between two commas, opens the speaker's steps when an
imperative follows (``followups_heard_label``, spoken37).

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_CALL = (
    "Spoke with Ines Okafor, a harbour pilot at Tidewater Marine. She boards ships at night "
    "and likes the quiet of the channel. "
)


def test_a_list_header_heard_at_the_end_of_the_clause_before_its_steps() -> None:
    # the pause after "next steps" became the full stop, the one before it was lost; "swim
    # twice a week" is no cue-file imperative and takes no object: only the label makes it a step
    text = _CALL + (
        "She said the pilots all started on the tugs next steps. Swim twice a week and "
        "practise knots daily."
    )
    assert _items(text) == [("Swim twice a week", None), ("practise knots daily.", None)]


def test_a_noun_label_between_two_heard_commas() -> None:
    # ", chores, phone ...": the steps after the label are the speaker's, not her advice
    text = _CALL + (
        "Advice was get a deck cadet berth first, sit the mate exam, chores, phone the "
        "licensing office by Friday and send Ines a thank-you note."
    )
    assert _items(text) == [
        ("phone the licensing office by Friday", "2026-09-04"),
        ("send Ines a thank-you note.", None),
    ]


def test_a_noun_run_onto_a_clause_is_no_label() -> None:
    # after a verb, or glued to the words before it, a noun is the clause's own: her advice
    text = _CALL + "Her advice, don't skip sea time, go be a deckhand first."
    assert _items(text) == []
    text = _CALL + "She works from the pilot room. Let's see if the night shift suits me."
    assert _items(text) == []


def test_a_noun_inside_a_list_of_nouns_is_no_label() -> None:
    # ", rigging, check lists, ...": one more noun of a typed line's list, not a label
    text = _CALL + "Night: 8p-6a, rigging, check lists, tide tables, radio logs."
    assert _items(text) == []
