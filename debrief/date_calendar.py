"""Which calendar day a date said names, once its words are read: months added with the day
cut to the month's end, a weekday this week or next, the next Christmas or Thanksgiving, a
month and day in this year or the next, and a written "5/6" read month first or day first.

:mod:`debrief.extract.dates` reads the words ("by the 5th of June", "next Friday") and hands
the numbers here with the day the recap was recorded (``anchor``); nothing here reads text,
only ``[holidays]`` specs of ``pipelines/dates.toml`` ("12-25", "11 thursday 4"). Split out
of ``dates.py`` at stop 44 (docs/extraction-history.md, "house51"); beside
:mod:`debrief.date_words` and :mod:`debrief.date_year`, outside the extract package, because
the date filters of :mod:`debrief.ask.when` load ``dates.py`` from its file without spaCy
and what it imports must load without the extract package too.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from debrief.date_words import vocab


def add_months(d: date, n: int) -> date:
    """``d`` moved ``n`` months on, its day cut to the month's last ("January 31st" plus
    one month is February's last day)."""
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def month_end(d: date) -> date:
    """The last day of ``d``'s month."""
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def weekday_from(anchor: date, wd: int, mod: str) -> date:
    """Weekday ``wd`` (Monday 0) as ``mod`` says it: "next" the following calendar week's,
    "this" this calendar week's (``anchor`` included), anything else the first after
    ``anchor``."""
    t = anchor.weekday()
    if mod == "next":
        return anchor + timedelta(days=7 - t + wd)
    if mod == "this":
        delta = wd - t
        return anchor + timedelta(days=delta if delta >= 0 else delta + 7)
    return anchor + timedelta(days=(wd - t) % 7 or 7)


def holiday(anchor: date, spec: str) -> date | None:
    """The next such day on or after ``anchor``: "12-25", or "11 thursday 4" (the fourth
    Thursday of November; -1 the last)."""
    for year in (anchor.year, anchor.year + 1):
        parts = spec.split()
        if len(parts) == 1:
            month, day = (int(x) for x in spec.split("-"))
            candidate = date(year, month, day)
        else:
            month, wd, nth = int(parts[0]), vocab().weekdays[parts[1]], int(parts[2])
            days = [
                d
                for d in range(1, calendar.monthrange(year, month)[1] + 1)
                if date(year, month, d).weekday() == wd
            ]
            candidate = date(year, month, days[nth - 1 if nth > 0 else nth])
        if candidate >= anchor:
            return candidate
    return None


def calendar_date(anchor: date, month: int, day: int | None) -> date | None:
    if not day or not 1 <= month <= 12:
        return None
    for year in (anchor.year, anchor.year + 1):
        if day <= calendar.monthrange(year, month)[1]:
            candidate = date(year, month, day)
            if candidate >= anchor - timedelta(days=1) or year > anchor.year:
                return candidate
    return None


#: how far off a month-first reading may fall before a sooner day-first one wins
_FAR_OFF = timedelta(days=60)


def month_or_day_first(anchor: date, a: int, b: int) -> date | None:
    """ "by 5/6": month first, unless that reading falls months off while the day-first one
    comes sooner (said on 27 May, "5/6" is 5 June, not next year's 6 May; said on 3 February,
    "10/02" is 10 February, not October): a writer gives a date soon after the call. In the
    development labels every month-first date falls within four weeks of the call and every
    day-first one is the sooner reading, the month-first one over four months off (fu45)."""
    month_first = calendar_date(anchor, a, b)
    if month_first is None or month_first - anchor <= _FAR_OFF:
        return month_first
    day_first = calendar_date(anchor, b, a)
    return day_first if day_first is not None and day_first < month_first else month_first


def named_day(anchor: date, weekday: int, a: int, b: int) -> date | None:
    """ "Fri 28/8", "Thurs 5/2", "closes Fri 15/5": a written date with its day's name, read
    month first or day first, whichever falls on that day (the sooner when both do, month
    first when neither does). The name settles what "5/2" means without guessing whether the
    writer puts the day first (docs/extraction-history.md, "fu30: the speaker's step after so,
    and the non-steps said as a plan")."""
    readings = [d for d in (calendar_date(anchor, a, b), calendar_date(anchor, b, a)) if d]
    named = [d for d in readings if d.weekday() == weekday]
    return min(named) if named else (readings[0] if readings else None)
