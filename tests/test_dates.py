"""Spoken due dates resolved against the recording date (debrief.extract.dates)."""

from __future__ import annotations

from datetime import date

import pytest

from debrief.extract.dates import find_dates, parse_number, resolve_due

WED = date(2026, 12, 2)  # a Wednesday
SAT = date(2026, 12, 5)  # a Saturday


@pytest.mark.parametrize(
    ("phrase", "anchor", "expected"),
    [
        ("tomorrow", WED, date(2026, 12, 3)),
        ("tonight", WED, WED),
        ("by Thursday", WED, date(2026, 12, 3)),
        ("on Wednesday", WED, date(2026, 12, 9)),  # a bare weekday is never today
        ("this Wednesday", WED, WED),
        ("next Monday", WED, date(2026, 12, 7)),  # Monday of the following week
        ("next Thursday", WED, date(2026, 12, 10)),
        ("next Friday", SAT, date(2026, 12, 11)),
        ("by the end of the week", WED, date(2026, 12, 4)),
        ("end of next week", SAT, date(2026, 12, 11)),
        ("next week", WED, date(2026, 12, 7)),
        ("by the end of the month", WED, date(2026, 12, 31)),
        ("in two weeks", WED, date(2026, 12, 16)),
        ("in a couple of days", WED, date(2026, 12, 4)),
        ("on the 15th", WED, date(2026, 12, 15)),
        ("by the 1st", WED, date(2027, 1, 1)),  # already past this month
        ("January 8th", WED, date(2027, 1, 8)),
        ("the 3rd of March", WED, date(2027, 3, 3)),
        ("by 12/20", WED, date(2026, 12, 20)),
        ("Thursday after next", WED, date(2026, 12, 10)),
    ],
)
def test_resolve(phrase: str, anchor: date, expected: date) -> None:
    assert resolve_due(f"I'll do it {phrase}.", anchor) == expected


def test_spoken_correction_last_date_wins() -> None:
    text = "send the form by Tuesday, no wait, Tuesday's a holiday, by Monday"
    assert resolve_due(text, WED) == date(2026, 12, 7)


def test_not_dates() -> None:
    assert resolve_due("film the first one and post it", WED) is None
    assert resolve_due("she has Mondays off and works weekends", WED) is None
    assert resolve_due("", WED) is None
    assert find_dates("nothing here", WED) == []


def test_month_end_and_leap_years() -> None:
    assert resolve_due("by the end of the month", date(2028, 2, 10)) == date(2028, 2, 29)
    assert resolve_due("in a month", date(2027, 1, 31)) == date(2027, 2, 28)


def test_parse_number() -> None:
    assert parse_number("forty-two") == 42
    assert parse_number("thirty five") == 35
    assert parse_number("45") == 45
    assert parse_number("a couple") == 2
    assert parse_number("banana") is None


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # typed notes' short forms (`fu13`, authors y and z)
        ("by 15 Jun", date(2027, 6, 15)),
        ("enroll by 31 Jul", date(2027, 7, 31)),
        ("by Sep 18", date(2027, 9, 18)),
        ("message her by fri", date(2026, 12, 4)),
        ("on Wed", date(2026, 12, 9)),
        ("by Thu", date(2026, 12, 3)),
        ("count the credits (this wknd)", date(2026, 12, 5)),
        # a written ordinal with no "the" before it
        ("prep for the interview on 16th", date(2026, 12, 16)),
        ("closes on 20th February", date(2027, 2, 20)),
    ],
)
def test_typed_short_forms(phrase: str, expected: date) -> None:
    assert resolve_due(phrase, WED) == expected


def test_written_ordinals_that_are_not_days() -> None:
    assert resolve_due("she lives on 5th Avenue", WED) is None
    assert resolve_due("he left school by 8th grade", WED) is None


def test_a_habit_or_any_such_day_sets_no_date() -> None:
    # "every Monday", "each Friday", "a Saturday shift": every labelled author leaves these open
    assert resolve_due("check the county job board every Monday", WED) is None
    assert resolve_due("post an update each friday", WED) is None
    assert resolve_due("ask if I can shadow her on a Saturday", WED) is None
    # another date in the same item still counts
    assert resolve_due("sign up for a Saturday shift by Friday", WED) == date(2026, 12, 4)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # "Mar" is a month like "Apr" and "Sep" (a typed "by 15 Mar")
        ("build the federal resume by 15 Mar", date(2027, 3, 15)),
        ("send the packet by Mar 3rd", date(2027, 3, 3)),
        # a weekday of next week: that day of the following calendar week, not this one's
        ("send the deck Friday next week", date(2026, 12, 11)),
        ("on Tuesday of next week", date(2026, 12, 8)),
        ("join the webinar next week, Thursday", date(2026, 12, 10)),
        # a written date with its year, US order or ISO
        ("apply by 1/15/2027", date(2027, 1, 15)),
        ("apply by 1/15/27", date(2027, 1, 15)),
        ("apply by 2027-01-15", date(2027, 1, 15)),
        # typed shorthand for the end of the week or month
        ("send the draft by EOW", date(2026, 12, 4)),
        ("finish the module by month end", date(2026, 12, 31)),
        ("file the forms EOM", date(2026, 12, 31)),
        # the day of a named weekday's event
        ("prep two stories before Thursday's panel", date(2026, 12, 3)),
        ("raise it at Monday's staff meeting", date(2026, 12, 7)),
        # a spoken day closing "which is the ..."
        ("finish the model before our next call, which is the twenty-second", date(2026, 12, 22)),
        # a written date with its weekday: the reading that falls on that day (fu30)
        ("send the slides by Fri 11/12", date(2026, 12, 11)),
        ("the form is due Thurs 17/12", date(2026, 12, 17)),
        ("call the office by Mon 1/4", date(2027, 1, 4)),
    ],
)
def test_written_forms_the_grammar_missed(phrase: str, expected: date) -> None:
    assert resolve_due(phrase, WED) == expected


def test_written_forms_that_are_no_dates() -> None:
    assert resolve_due("a scratch would mar the finish", WED) is None
    assert resolve_due("apply by 6/31/2027", WED) is None  # no such day
    assert resolve_due("Thursday's been a long day", WED) is None


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("read the two papers by Sun", date(2026, 12, 6)),
        ("finish the draft by Sat.", date(2026, 12, 5)),
        ("book the room NLT Sat", date(2026, 12, 5)),
        ("apply NLT the 15th", date(2026, 12, 15)),
        ("apply no later than the 15th", date(2026, 12, 15)),
        ("send the form NLT 18th", date(2026, 12, 18)),
    ],
)
def test_typed_deadline_words_and_clipped_weekdays(phrase: str, expected: date) -> None:
    """fu33: "by Sun", "NLT Sat" as the weekday; "NLT"/"no later than" before a day."""
    assert resolve_due(phrase, WED) == expected


def test_clipped_weekdays_alone_or_before_a_name_are_words() -> None:
    for phrase in ("I sat with her for an hour", "the sun was out", "fly on Sun Country"):
        assert resolve_due(phrase, WED) is None, phrase
