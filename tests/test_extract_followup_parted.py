"""Two to-dos joined by "and" part where the second step's verb was hidden: an adverb before
it, a hyphenated verb, a gapped step opening on a name's possessive; and a "Reminder to self"
label (fu36), through the real spaCy pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_CALL = "Spoke with Ines Varga, a supply planner at Corvel Foods. She likes the small team. "
FRI = "2026-09-04"
TWENTIETH = "2026-09-20"


def test_an_adverb_before_the_second_verb_still_parts_the_steps() -> None:
    text = _CALL + "To do, order the Excel book by Friday, and actually finish chapter one."
    assert _items(text) == [("order the Excel book by Friday", FRI), ("finish chapter one.", None)]


def test_a_hyphenated_second_verb_parts_the_steps() -> None:
    text = _CALL + "Next steps: write to Omar by Friday, and re-read the posting before the 20th."
    assert _items(text) == [
        ("write to Omar by Friday", FRI),
        ("re-read the posting before the 20th.", TWENTIETH),
    ]


def test_a_gapped_step_opening_on_a_name_s_possessive_is_its_own() -> None:
    text = _CALL + "I'll apply to Corvel's rotation by Friday and Halden's by the 20th."
    assert _items(text) == [
        ("I'll apply to Corvel's rotation by Friday", FRI),
        ("Halden's by the 20th.", TWENTIETH),
    ]


def test_a_reminder_to_self_labels_the_step() -> None:
    text = _CALL + "Reminder to self: set up a job alert tonight."
    assert [t for t, _ in _items(text)] == ["set up a job alert tonight."]


def test_what_must_not_change() -> None:
    # the second acts on the first's result: one item
    text = _CALL + "I'll redo the deck and send it by Friday."
    assert _items(text) == [("I'll redo the deck and send it by Friday.", FRI)]
    # a spoken correction of the date is no second step
    text = _CALL + "I'll send the form by Friday, actually by the 20th."
    assert len(_items(text)) == 1
    # "the deadline's" explains the date before it
    text = _CALL + "I'll submit the form by Friday and the portfolio's due the 20th."
    assert len(_items(text)) == 1


_LOWER = (
    "so that call was with a guy from a pharmacy benefit company, he was a tech for years and "
    "now does prior auth work. he said the team is always hiring and i should apply. "
)


def test_a_lower_case_name_makes_a_short_step_its_own() -> None:
    text = _LOWER + "note to self look up the specialist posting and message anjali on linkedin"
    assert [t for t, _ in _items(text)] == [
        "look up the specialist posting",
        "message anjali on linkedin",
    ]


def test_a_lower_case_follow_on_with_no_name_stays_one() -> None:
    text = _LOWER + "i'll call the county office this week and ask around"
    assert [t for t, _ in _items(text)] == ["i'll call the county office this week and ask around"]
