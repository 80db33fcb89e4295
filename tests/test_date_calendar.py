"""Which calendar day a date said names (``debrief.date_calendar``), once its words are read.

The functions are reached through ``dates.py``'s grammar in tests/test_dates*.py; here each is
called with the numbers it is handed, so a slip in the arithmetic shows where it is.
"""

from __future__ import annotations

from datetime import date

import pytest

from debrief import date_calendar as cal

# A Wednesday.
WED = date(2027, 1, 13)


def test_months_added_cut_the_day_to_the_months_end() -> None:
    assert cal.add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert cal.add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert cal.add_months(date(2027, 11, 30), 3) == date(2028, 2, 29)
    assert cal.month_end(date(2027, 4, 2)) == date(2027, 4, 30)


@pytest.mark.parametrize(
    ("wd", "mod", "expected"),
    [
        (4, "plain", date(2027, 1, 15)),  # "by Friday": the coming one
        (2, "plain", date(2027, 1, 20)),  # "by Wednesday" said on one: a week on
        (2, "this", date(2027, 1, 13)),  # "this Wednesday": today
        (0, "this", date(2027, 1, 18)),  # "this Monday" once it has passed: the coming one
        (1, "next", date(2027, 1, 19)),  # "next Tuesday": the following calendar week's
    ],
)
def test_weekday_this_next_or_plain(wd: int, mod: str, expected: date) -> None:
    assert cal.weekday_from(WED, wd, mod) == expected


def test_holidays_fixed_and_counted_from_the_month() -> None:
    assert cal.holiday(WED, "12-25") == date(2027, 12, 25)
    assert cal.holiday(date(2027, 12, 26), "12-25") == date(2028, 12, 25)
    assert cal.holiday(WED, "11 thursday 4") == date(2027, 11, 25)  # Thanksgiving
    assert cal.holiday(WED, "5 monday -1") == date(2027, 5, 31)  # the last Monday of May


def test_a_month_and_day_this_year_or_the_next() -> None:
    assert cal.calendar_date(WED, 3, 2) == date(2027, 3, 2)
    assert cal.calendar_date(WED, 1, 12) == date(2027, 1, 12)  # yesterday still counts
    assert cal.calendar_date(WED, 1, 5) == date(2028, 1, 5)
    assert cal.calendar_date(WED, 2, 30) is None
    assert cal.calendar_date(WED, 13, 1) is None


def test_a_written_pair_read_month_or_day_first() -> None:
    # said on 27 May, "5/6" is the 5th of June, not next year's 6 May
    assert cal.month_or_day_first(date(2027, 5, 27), 5, 6) == date(2027, 6, 5)
    assert cal.month_or_day_first(date(2027, 5, 1), 5, 6) == date(2027, 5, 6)
    # "Mon 7/6": the 7th of June 2027 is a Monday, the 6th of July a Tuesday
    assert cal.named_day(date(2027, 5, 1), 0, 7, 6) == date(2027, 6, 7)
    assert cal.named_day(date(2027, 5, 1), 1, 7, 6) == date(2027, 7, 6)
