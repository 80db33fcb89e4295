"""Follow-up, due-date and call-length shapes from the recaps-f/-g authors and their spoken
transcripts (pipeline 1.17), through the real spaCy pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from followup_cases import DAY
from followup_cases import items as _items
from followup_cases import minutes as _minutes

from debrief.extract.dates import due_date, resolve_due

# ------------------------------------------------------------------ due dates


def test_open_spans_set_no_due_date() -> None:
    assert _items("I'll email the program lead next week.") == [
        ("I'll email the program lead next week.", None)
    ]
    assert due_date("rewrite the cover letter this week", DAY) is None
    assert due_date("enrol in the night class next month", DAY) is None
    # a date said with it still counts, and so do the dated spans
    assert due_date("this week, by Thursday", DAY) == date(2026, 9, 3)
    assert due_date("by the end of next week", DAY) == date(2026, 9, 11)
    assert due_date("this weekend", DAY) == date(2026, 9, 5)
    # the calendar reading (used by `debrief ask` filters) keeps them
    assert resolve_due("next week", DAY) == date(2026, 9, 7)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("register by the twenty-third", date(2026, 9, 23)),
        ("apply by October twenty first", date(2026, 10, 21)),
        ("send the form by March fifteen", date(2027, 3, 15)),
        ("by the thirty-first of October", date(2026, 10, 31)),
        ("mail the forms before Thanksgiving", date(2026, 11, 26)),
        ("finish the deck before Christmas", date(2026, 12, 25)),
        ("by the new year", date(2027, 1, 1)),
    ],
)
def test_spoken_days_and_holidays(phrase: str, expected: date) -> None:
    assert due_date(phrase, DAY) == expected


def test_not_due_dates() -> None:
    assert due_date("I may one day go back to school", DAY) is None
    assert due_date("I'll study over the holidays", DAY) is None
    assert due_date("after Thanksgiving works better", DAY) is None
    assert due_date("book it over the Christmas break", DAY) is None


def test_a_conclusion_settles_a_correction() -> None:
    text = "by Friday, no, next weekend, I'm away, so by the twentieth"
    assert due_date(text, DAY) == date(2026, 9, 20)


# ------------------------------------------------------------------ clauses


def test_i_owe_is_a_commitment() -> None:
    assert _items("I owe the recruiter a thank-you email by Friday.") == [
        ("I owe the recruiter a thank-you email by Friday.", "2026-09-04")
    ]


def test_two_dated_parts_are_two_items() -> None:
    items = _items("I'll redo my portfolio this weekend and send it to Lucia by Wednesday.")
    assert items == [
        ("I'll redo my portfolio this weekend", "2026-09-05"),
        ("send it to Lucia by Wednesday.", "2026-09-02"),
    ]
    # one date on the last part covers both when they share the object
    one = _items("I'll redo my portfolio and send it to Lucia by Wednesday.")
    assert one == [("I'll redo my portfolio and send it to Lucia by Wednesday.", "2026-09-02")]


def test_subjectless_gotta_inside_a_run_on() -> None:
    items = _items(
        "She said she'd pass my name to the plant manager, gotta update my resume before Christmas."
    )
    assert items == [("gotta update my resume before Christmas.", "2026-12-25")]


def test_non_action_verb_then_an_action() -> None:
    assert _items("I should think about it and call her back by Monday.") == [
        ("I should think about it and call her back by Monday.", "2026-09-07")
    ]


def test_free_relatives_and_reported_but_are_not_plans() -> None:
    assert _items("That's what I should focus on, not the title.") == []
    assert (
        _items("He said my lab years will count but I should drop the acronyms from my resume.")
        == []
    )


def test_talk_about_the_recap_itself_is_no_item() -> None:
    assert _items("I want to get my notes down before I forget. She runs the lab.") == []


def test_a_tail_that_only_says_when_stays() -> None:
    assert _items("I need to finish the essay before the next session, which is the 24th.") == [
        ("I need to finish the essay before the next session, which is the 24th.", "2026-09-24")
    ]


def test_hyphenated_word_does_not_end_the_item() -> None:
    assert _items("I'll send her a thank-you card tonight.") == [
        ("I'll send her a thank-you card tonight.", "2026-09-01")
    ]


# ------------------------------------------------------------------ call length


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twenty-five minutes, he was driving between sites. He runs a crew of nine.", 25),
        ("Got forty minutes with the plant manager. She started as a welder.", 40),
        ("Quick debrief. He was generous, like an hour. He started in sales.", 60),
        (
            "um so the call with the site lead at a solar firm she said apply early thirty minutes",
            30,
        ),
        ("She translates eight hours a day and loves it.", None),
        ("We chatted about hockey for the first five minutes. She leads the data team.", None),
    ],
)
def test_call_length_said_on_its_own(text: str, expected: int | None) -> None:
    assert _minutes(text) == expected


# ------------------------------------------------------------------ tiny.en's "-ed"


def test_imperative_heard_as_a_past_form_with_a_deadline_to_come() -> None:
    # a spoken "Apply to the coordinator role by October 5." transcribed "Applied ..."
    said = (
        "Call with a volunteer coordinator at a food bank. She runs the weekend shifts. "
        "Applied to the coordinator role by October 5."
    )
    assert _items(said) == [("Applied to the coordinator role by October 5.", "2026-10-05")]
    # and after Whisper's comma, where a typed recap ended the sentence
    said = "She named Ines Duarte, who runs intake at the shelter, emailed Ines by Friday."
    assert _items(said) == [("emailed Ines by Friday.", "2026-09-04")]


def test_past_form_without_a_deadline_to_come_stays_a_report() -> None:
    # done things: no deadline, a day said without "by", or someone else did it
    assert _items("Talked to a nurse manager. Applied to her unit last spring.") == []
    assert _items("Talked to a nurse manager. Emailed her on Monday about shifts.") == []
    assert _items("Talked to a nurse manager. She said she emailed HR by Friday.") == []
