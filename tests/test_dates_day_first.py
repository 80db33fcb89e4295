"""A written "a/b" date read day first when month first cannot be, or has already passed
(``date_calendar.month_or_day_first`` and the ``day_first`` pattern).

Every phrase here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from debrief.extract.dates import resolve_due


@pytest.mark.parametrize(
    ("phrase", "anchor", "expected"),
    [
        # no month 17 or 29: the first number is the day
        ("send the deck by 17/11", date(2026, 11, 3), date(2026, 11, 17)),
        ("apply before (29/04)", date(2026, 4, 20), date(2026, 4, 29)),
        # 7 March has passed on 25 June: the writer means 3 July, not next March
        ("call her by 3/7", date(2026, 6, 25), date(2026, 7, 3)),
        ("call her by 4/8", date(2026, 7, 20), date(2026, 8, 4)),
        # 2 September is seven months off on 3 February, 9 February a week: the day is first
        ("send the file (before 09/02)", date(2026, 2, 3), date(2026, 2, 9)),
        ("avant le 12/07", date(2026, 7, 1), date(2026, 7, 12)),
    ],
)
def test_day_first_dates(phrase: str, anchor: date, expected: date) -> None:
    assert resolve_due(phrase, anchor) == expected


@pytest.mark.parametrize(
    ("phrase", "anchor", "expected"),
    [
        # month first still wins whenever it is to come
        ("register by 3/9", date(2026, 2, 27), date(2026, 3, 9)),
        ("finish it by 6/5", date(2026, 5, 1), date(2026, 6, 5)),
        # a date early next year said in December stays month first
        ("renew by 1/6", date(2026, 12, 18), date(2027, 1, 6)),
        # within two months month first stands, though day first would come sooner
        ("call back by 8/2", date(2026, 7, 15), date(2026, 8, 2)),
    ],
)
def test_month_first_kept(phrase: str, anchor: date, expected: date) -> None:
    assert resolve_due(phrase, anchor) == expected


def test_round_the_clock_is_no_date() -> None:
    assert resolve_due("they staff the desk 24/7", date(2026, 3, 2)) is None
