"""A year written after a month and day dates the day in that year (``debrief.date_year``,
read by ``dates.find_dates`` for the month-day and day-month forms), through the extractor's
date reading, the real pipeline's follow-ups, and the date filters.

Every phrase here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from followup_cases import items

from debrief.ask.when import resolve
from debrief.extract.dates import due_date


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # the nearest December 30th would be this year's: the year said is 2099
        ("renew the license by December 30, 2099", date(2099, 12, 30)),
        ("file the form on Oct 2nd 2028", date(2028, 10, 2)),
        ("start the course the 4th of May, 2030", date(2030, 5, 4)),
        # a year already gone is read as said, not moved to the next such day
        ("the grant was due on April 9, 2025", date(2025, 4, 9)),
        # no year, or a number that is no year: the nearest day to come, as before
        ("renew the license by December 30", date(2026, 12, 30)),
        ("on June 5, 2000 people signed up", date(2027, 6, 5)),
        ("the season runs March 3, 2027-28", date(2027, 3, 3)),
    ],
)
def test_a_year_after_the_day(phrase: str, expected: date) -> None:
    assert due_date(phrase, date(2026, 9, 1)) == expected


def test_a_follow_up_keeps_the_year_it_was_given() -> None:
    got = items(
        "Met Rosa Ibarra, a surveyor at Linden County. She said the licence takes years."
        " I need to register for the board exam by January 15, 2029."
    )
    assert [due for _, due in got] == ["2029-01-15"]


def test_the_filters_read_the_year_too() -> None:
    assert resolve("since March 3rd, 2025", date(2026, 12, 4)).date() == date(2025, 3, 3)
