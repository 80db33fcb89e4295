"""A year said after a written month and day: "by December 30, 2099", "on March 3rd, 2027",
"the 3rd of March, 2027".

:mod:`debrief.extract.dates` reads a month and day ("December 30") as the nearest such day to
come; the year written after it was left unread, so "by December 30, 2099" became this
December's 30th and "on March 3rd, 2025" next March's. :func:`in_year_said` reads that year
(four digits, 19xx or 20xx, after an optional comma) and dates the day in it as said, past or
to come: the date filters of :mod:`debrief.ask.when` look back with the same reading. A year
that starts a figure of its own ("March 3, 2027-28", "June 5, 2000 people") is not read.

Beside :mod:`debrief.date_words`, outside the extract package, for the same reason: the date
filters load ``dates.py`` from its file without spaCy (stop 44, docs/extraction-history.md,
"fu40").
"""

from __future__ import annotations

import re
from datetime import date

#: ", 2027" right after the day; not the start of a range, a number or a count ("2,000 people")
_YEAR = re.compile(
    r",?[ \t]+(?P<y>(?:19|20)\d\d)\b(?![-/.:,]?\d)(?![ \t]+(?:people|persons|of|to|words)\b)"
)


def in_year_said(text: str, end: int, value: date) -> tuple[date, int]:
    """``value`` (a month and day ending at ``end`` of ``text``) in the year written right
    after it, and where the mention then ends; ``(value, end)`` when no year is written (or
    the day is not in it: a 29th of February)."""
    m = _YEAR.match(text, end)
    if m is None:
        return value, end
    try:
        return value.replace(year=int(m.group("y"))), m.end()
    except ValueError:
        return value, end
