"""To-dos under a header line with numbered lines, said as "item one, item two", or after a
label with a comma ("Action, ...", "Items: ..."), through the real spaCy pipeline
(``followups_labels``, ``ListShapes._listed``).

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_CALL = (
    "Spoke with Petra Lindqvist, a fleet planner at Harbor Freightways. She runs the night "
    "dispatch desk and likes the quiet hours. "
)


def test_numbered_lines_under_a_header_line_are_the_steps() -> None:
    # a typed note: the header on its own line, then numbered lines, one of them verbless
    text = (
        _CALL
        + "\nNext steps:\n1) draft a cover letter for the planner post, by 3 March"
        + "\n2) a thank-you note to Petra, today"
    )
    assert _items(text) == [
        ("draft a cover letter for the planner post, by 3 March", "2027-03-03"),
        ("a thank-you note to Petra, today", "2026-09-01"),
    ]


def test_numbered_sentences_after_a_spoken_header_are_the_steps() -> None:
    # said aloud: the header is a sentence of its own and the entries are counted in words
    text = (
        _CALL + "Next steps. One, email the dispatch lead. Two, the forklift refresher by Friday."
    )
    assert _items(text) == [
        ("email the dispatch lead.", None),
        ("the forklift refresher by Friday.", "2026-09-04"),
    ]


def test_items_counted_as_item_one_item_two_are_the_steps() -> None:
    # a driver dictating: each item named by its number, one a bare noun phrase with a day
    text = (
        _CALL + "Item one, look at the night planner openings. Item two, resume to Petra, Monday."
    )
    assert _items(text) == [
        ("look at the night planner openings.", None),
        ("resume to Petra, Monday.", "2026-09-07"),
    ]


def test_item_labels_inside_one_sentence_and_after_action_item() -> None:
    # two labels run together in one sentence, and "action item one:" as a typed note has it
    text = _CALL + "Item one the CDL medical card, item two, call the union hall, Friday."
    assert _items(text) == [
        ("the CDL medical card", None),
        ("call the union hall, Friday.", "2026-09-04"),
    ]
    text = _CALL + "Action item one: renew the badge. Item two: send Petra the route sheet."
    assert _items(text) == [("renew the badge.", None), ("send Petra the route sheet.", None)]


def test_a_label_said_with_a_comma_opens_the_steps() -> None:
    # "Action," and "Items:" before a run of steps joined by commas
    text = _CALL + "Action, email her the route map tonight, and ask Dale about the shift swap."
    assert _items(text) == [
        ("email her the route map tonight", "2026-09-01"),
        ("ask Dale about the shift swap.", None),
    ]
    text = _CALL + "Items: print the safety packet by Thursday, and call the depot."
    assert _items(text) == [
        ("print the safety packet by Thursday", "2026-09-03"),
        ("call the depot.", None),
    ]


def test_numbered_notes_are_no_steps() -> None:
    # the same labels over what the contact told: statements with a subject, not to-dos
    text = (
        _CALL
        + "Item one, the pay is better than trucking. Item two, she says the hours are steady."
    )
    assert _items(text) == []


def test_the_contacts_numbered_advice_is_not_the_speakers() -> None:
    # a list after "She said:" or under an advice line is hers, not the speaker's to-do
    text = _CALL + "She said: 1) get the hazmat endorsement 2) learn the routing software."
    assert _items(text) == []
    text = _CALL + "\nHer advice:\n1) get the hazmat endorsement\n2) learn the routing software"
    assert _items(text) == []
