"""The reviewed period (an ISO week, the week holding a date, or a date range) and local-time
handling.

A week runs from Monday 00:00 to the next Monday 00:00, local time. ``recorded_at`` is
stored as ISO text: naive (local wall time, what debrief itself writes) or with an offset
(a ``--when`` given with one); both are compared in local time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from debrief.errors import BadValue

_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)
_DAY = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")

#: Offsets are within ±14 h: a window widened by a day on each side catches every
#: timestamp that may fall in the period once converted to local time.
_MARGIN = timedelta(days=1)


def local_naive(stamp: str | datetime) -> datetime:
    """``stamp`` as naive local wall time (offsets converted to the machine's time zone)."""
    moment = stamp if isinstance(stamp, datetime) else datetime.fromisoformat(stamp)
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment


def week_label(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class Period:
    """Days ``start`` (inclusive) to ``end`` (exclusive), local time."""

    start: date
    end: date
    week: str | None = None
    #: the day the user named to pick the week (``--week friday``, ``--week 2026-12-03``):
    #: the page's subtitle says it holds that day (qa53)
    day: date | None = None

    @property
    def label(self) -> str:
        if self.week:
            return self.week
        last = self.end - timedelta(days=1)
        return f"{self.start.isoformat()} to {last.isoformat()}"

    @property
    def span(self) -> str:
        """Human dates: "Mon 23 Nov – Sun 29 Nov 2026"."""
        last = self.end - timedelta(days=1)
        return f"{self.start:%a %d %b} – {last:%a %d %b %Y}"

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=n) for n in range((self.end - self.start).days)]

    def contains(self, moment: datetime) -> bool:
        """``moment`` is naive local time."""
        return self.start <= moment.date() < self.end

    def sql_window(self) -> tuple[str, str]:
        """A ``recorded_at`` text range that holds every candidate (filter exactly after)."""
        # clamped: `--since 0001-01-01` is a day, and a margin past it no date (qa69)
        lo = max(datetime.combine(self.start, datetime.min.time()), datetime.min + _MARGIN)
        hi = min(datetime.combine(self.end, datetime.min.time()), datetime.max - _MARGIN)
        lo, hi = lo - _MARGIN, hi + _MARGIN
        return lo.isoformat(), hi.isoformat()


def week_period(day: date) -> Period:
    """The ISO week (Monday to Sunday) holding ``day``."""
    start = monday_of(day)
    try:
        return Period(start, start + timedelta(days=7), week_label(day))
    except OverflowError:  # the week of 9999-12-31 ends after the last date (qa69)
        raise BadValue(f"--week: the week of {day.isoformat()} ends past year 9999") from None


def parse_week(text: str) -> Period:
    """``2026-W48`` (also ``2026W48``) as a period; a date (``2026-11-30``) is the week
    holding it: a user who gives a day means its Monday-Sunday week."""
    found = _WEEK.match(text or "")
    if not found:
        day = _day(text)
        if day is None:
            raise BadValue(
                f"--week: {text!r} is not an ISO week like 2026-W48 or a date like 2026-11-30"
            )
        return week_period(day)
    year, week = int(found.group(1)), int(found.group(2))
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        raise BadValue(f"--week: {year} has no week {week}") from None
    return week_period(monday)


def _day(text: str | None) -> date | None:
    """``text`` as an ISO date (``2026-11-30``), else None."""
    if not text or not _DAY.match(text):
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def parse_day(text: str, flag: str) -> date:
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise BadValue(f"{flag}: {text!r} is not an ISO date like 2026-11-23") from None


def resolve_period(
    today: date,
    week: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
) -> Period:
    """The period asked for: ``--week``, or ``--since``/``--until`` (both inclusive), or the
    ISO week of ``today``. ``--since`` alone runs to today; ``--until`` alone covers the
    seven days ending then."""
    if week and (since or until):
        raise BadValue("give either --week or --since/--until, not both")
    if week:
        return parse_week(week)
    if since is None and until is None:
        return week_period(today)
    last = until if isinstance(until, date) else parse_day(until, "--until") if until else today
    if last == date.max:  # its period ends the day after, past the last date (qa69)
        raise BadValue(f"--until {last} is the last date there is; give an earlier day")
    first = (
        since
        if isinstance(since, date)
        else parse_day(since, "--since")
        if since
        else last - timedelta(days=min(6, (last - date.min).days))
    )
    if first > last:
        raise BadValue(f"--since {first} is after --until {last}")
    return Period(first, last + timedelta(days=1))
