"""Natural dates in filters: ``--since "last week"``, ``--until yesterday``, ``--when friday``.

ISO dates and datetimes pass through. Everything else goes through the extractor's date
resolver (:mod:`debrief.extract.dates`: its vocabulary in ``pipelines/dates.toml``, its
spoken numbers, weekdays and months), with one difference of direction: a recap's due date
looks forward ("by Friday" is the coming Friday), a filter on past calls looks back
("since Friday" is the last Friday). Forward phrases ("next Tuesday", "tomorrow") keep the
resolver's meaning, which suits ``--until``.

The resolver module is loaded from its file (:mod:`debrief.date_resolver`), not through
``debrief.extract``, whose ``__init__`` loads spaCy (seconds): a filter must not cost that.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date, datetime, time, timedelta

from debrief.config import MAX_STAY_IN_TOUCH_DAYS
from debrief.date_resolver import dates
from debrief.errors import BadValue, DebriefError


def _month_start(d: date, back: int = 0) -> date:
    y, m = divmod(d.month - 1 - back, 12)
    return date(d.year + y, m + 1, 1)


def resolve(text: str, today: date | None = None, *, flag: str = "date") -> datetime:
    """The moment ``text`` names, looking back from ``today`` (dates at midnight; "2 hours
    ago" at now's time less two hours).

    >>> resolve("last week", date(2026, 12, 4)).date().isoformat()  # Monday of last week
    '2026-11-23'
    >>> resolve("3 days ago", date(2026, 12, 4)).date().isoformat()
    '2026-12-01'

    Raises :class:`~debrief.errors.BadValue` with examples when ``text`` names no date.
    """
    raw = (text or "").strip()
    try:
        return datetime.fromisoformat(raw).replace(tzinfo=None)
    except ValueError:
        pass
    since = _hours_ago(raw)
    if since is not None:  # "2 hours ago", "30 minutes ago": a moment today, to the minute
        now = datetime.now().replace(second=0, microsecond=0)
        return (datetime.combine(today, now.time()) if today else now) - since
    today = today or date.today()
    clock = _time_of_day(raw, flag)
    if clock is not None:  # "last friday 3pm", "yesterday at 17:30": the day, at that time
        day_said, at = clock
        day = resolve(day_said, today, flag=flag).date() if day_said else today
        return datetime.combine(day, at)
    resolver = dates()
    vocab = resolver.vocab()
    t = re.sub(r"\s+", " ", raw.lower()).strip(" .,")
    t = re.sub(r"^(?:since|from|after|before|until|till|on|in)\s+", "", t)
    monday = today - timedelta(days=today.weekday())
    found: date | None = None
    if t in ("yesterday", "last night"):
        found = today - timedelta(days=1)
    elif t in ("today", "now", "tonight", "this morning"):
        found = today
    elif t == "this week":
        found = monday
    elif t in ("last week", "past week", "the last week"):
        found = monday - timedelta(days=7)
    elif t in ("this month",):
        found = today.replace(day=1)
    elif t in ("last month", "past month", "the last month"):
        found = _month_start(today, 1)
    elif t in ("this year",):
        found = date(today.year, 1, 1)
    elif t in ("last year",):
        found = date(today.year - 1, 1, 1)
    else:
        m = re.fullmatch(r"(?:the )?(?:last|past) (.+?) (days?|weeks?|months?|years?)", t) or (
            re.fullmatch(r"(.+?) (days?|weeks?|months?|years?) ago", t)
        )
        if m:
            n = 1 if m.group(1) in ("a", "an", "one") else resolver.parse_number(m.group(1))
            if n is not None:
                unit = m.group(2).rstrip("s")
                if unit == "day":
                    found = today - timedelta(days=n)
                elif unit == "week":
                    found = today - timedelta(days=7 * n)
                elif unit == "month":
                    y, mo = divmod(today.month - 1 - n, 12)
                    found = date(today.year + y, mo + 1, min(today.day, 28))
                else:
                    found = date(today.year - n, today.month, min(today.day, 28))
        if found is None:
            m = re.fullmatch(r"(?:last |this )?([a-z]+)", t)
            if m and m.group(1) in vocab.weekdays:
                # The most recent such day before today ("since Friday").
                back = (today.weekday() - vocab.weekdays[m.group(1)]) % 7 or 7
                found = today - timedelta(days=back)
        if found is None and not t.startswith(("next ", "in ", "within ", "tomorrow")):
            # "November 20", "the 3rd of December", "11/20": the most recent such date.
            for mention in resolver.find_dates(t, today):
                value = mention.value
                if value > today and re.search(r"[a-z]{3}|/", mention.text):
                    try:
                        value = value.replace(year=value.year - 1)
                    except ValueError:
                        value = value - timedelta(days=365)
                found = value
                break
        if found is None:
            # Forward phrases keep the resolver's reading ("next Tuesday", "tomorrow").
            found = resolver.resolve_due(t, today)
    if found is None:
        raise BadValue(
            f"{flag}: cannot read {said(raw)} as a date; try 2026-11-20, yesterday, last week,"
            " friday, 3 days ago, last month or november 20"
        )
    return datetime.combine(found, datetime.min.time())


#: Hours or minutes back: "2 hours ago", "30 minutes ago", "an hour ago", "half an hour
#: ago", "90 mins ago", "in the last two hours" (qa59: refused as no date).
_AGO = re.compile(
    r"(?:(?:since|from|in|within)\s+)?(?:the\s+)?(?:(?:last|past)\s+(?P<n1>.+?)|(?P<n2>.+?))"
    r"\s+(?P<unit>hours?|hrs?|h|minutes?|mins?|m)(?(n1)|\s+ago)",
    re.IGNORECASE,
)


def _hours_ago(text: str) -> timedelta | None:
    """How far back ``text`` says in hours or minutes, or None (not such a phrase)."""
    t = re.sub(r"\s+", " ", text.lower()).strip(" .,")
    if re.fullmatch(r"half an? hour ago|(?:the )?(?:last|past) half hour", t):
        return timedelta(minutes=30)
    m = _AGO.fullmatch(t)
    if m is None:
        return None
    said = m.group("n1") or m.group("n2")
    n = 1 if said in ("a", "an", "one") else dates().parse_number(said)
    if n is None and re.fullmatch(r"\d+(?:\.\d+)?", said):
        n = float(said)
    if n is None:
        return None
    hours = m.group("unit").startswith("h")
    return timedelta(hours=n) if hours else timedelta(minutes=n)


#: A time of day said after the day: "3pm", "at 9", "3:30 pm", "17:30", "at 5 p.m.". A bare
#: number is a time only after "at" ("november 20" is a day); "12.05" is no time.
_CLOCK = re.compile(
    r"(?:^|[\s,]+)(?:(at)\s+)?(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.?|p\.m\.?)?$",
    re.IGNORECASE,
)


def _time_of_day(text: str, flag: str) -> tuple[str, time] | None:
    """(the words before it, the time) when ``text`` ends on a time of day, else None.
    Before this, "last friday 3pm" went to the date finder whole and came back a year
    early (2025-12-11 on 2026-12-07); "yesterday at 5pm" was no date at all."""
    m = _CLOCK.search(text.strip())
    if m is None or not (m.group(1) or m.group(3) or m.group(4)):
        return None
    hour, minute, half = int(m.group(2)), int(m.group(3) or 0), (m.group(4) or "").lower()
    if half and not 1 <= hour <= 12:
        hour = 99
    elif half.startswith("p") and hour < 12:
        hour += 12
    elif half.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        raise BadValue(f"{flag}: {said(m.group(0).strip(' ,'))} is no time of day")
    return text[: m.start()].strip(" ,"), time(hour, minute)


def said_time(text: str) -> bool:
    """Whether a date as typed says a time of day ("2026-11-20T17:30", "friday 3pm"), not
    only a day ("2026-11-20", "yesterday"): a day alone keeps a call's own time."""
    raw = (text or "").strip()
    try:
        datetime.fromisoformat(raw)
        return "T" in raw or ":" in raw or " " in raw
    except ValueError:
        if _hours_ago(raw) is not None:  # "2 hours ago" is a moment, not a day
            return True
        return _CLOCK.search(raw) is not None and _time_of_day(raw, "date") is not None


def bound(
    value: str | None, today: date | None = None, *, flag: str, end: bool = False
) -> str | None:
    """An ISO bound for ``recorded_at`` from a filter value (None stays None), looking back
    from ``today``.

    A day as the end bound covers that whole day (``--until yesterday`` includes it): the
    end bound is the first moment after it.
    """
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        # qa67: `--since ""` (an unset shell variable) was no filter at all, silently
        raise BadValue(f"{flag} is empty; give a day: 2026-11-20, yesterday, last week")
    month = _month_alone(text, today or date.today())
    if month is not None:  # "--since june": all of June on; "--until june": up to its end
        first = _month_start(month, -1) if end else month
        return datetime.combine(first, datetime.min.time()).isoformat()
    if text.lower() in _CUT_SHORT:
        # `--since last month` unquoted: the shell gave the filter "last" and the search
        # "month"; "cannot read 'last'" named no way out
        raise BadValue(
            f"{flag}: {text!r} alone is no date (the shell split the words apart);"
            f' put them in quotes: {flag} "last month"'
        )
    moment = resolve(text, today, flag=flag)
    date_only = moment.time() == datetime.min.time() and "T" not in text and ":" not in text
    if end and date_only:
        moment = period_end(text, moment.date()) or moment + timedelta(days=1)
    return moment.replace(microsecond=0).isoformat()


def said(raw: str, limit: int = 40) -> str:
    """``raw`` quoted for an error, cut to ``limit`` characters: a 3,000-character value
    pasted by mistake was echoed whole, the message lost under it (qa67)."""
    return repr(raw if len(raw) <= limit else raw[: limit - 1] + "…")


#: The first word of a filter phrase, given alone: the rest went to the query unquoted.
_CUT_SHORT = ("last", "this", "past", "the")


def _month_alone(text: str, today: date) -> date | None:
    """The first day of the month ``text`` names alone ("june", "in Sept", "last june"),
    the most recent such month (this one included), or None.

    >>> _month_alone("june", date(2026, 12, 7)), _month_alone("december", date(2026, 3, 1))
    (datetime.date(2026, 6, 1), datetime.date(2025, 12, 1))
    """
    t = re.sub(r"\s+", " ", text.lower()).strip(" .,")
    t = re.sub(r"^(?:since|from|after|until|till|through|to|in|last|this)\s+", "", t)
    number = dates().vocab().months.get(t)
    if number is None:
        return None
    return date(today.year - (number > today.month), number, 1)


#: Phrases that name a whole period: as an end bound they cover all of it.
_PERIODS = {
    "last week": "week",
    "the last week": "week",
    "last month": "month",
    "the last month": "month",
    "last year": "year",
}


def period_end(text: str, start: date) -> datetime | None:
    """The end (excluded) of the period ``text`` names when it names a whole past week,
    month or year, given its first day ``start``: ``--until "last week"`` covers last week
    to its Sunday, not only its Monday. None for any other phrase.

    >>> period_end("last week", date(2026, 11, 23)).date().isoformat()
    '2026-11-30'
    >>> period_end("until last month", date(2026, 11, 1)).date().isoformat()
    '2026-12-01'
    """
    t = re.sub(r"\s+", " ", text.lower()).strip(" .,")
    t = re.sub(r"^(?:until|till|through|to)\s+", "", t)
    kind = _PERIODS.get(t)
    if kind == "week":
        end = start + timedelta(days=7)
    elif kind == "month":
        end = _month_start(start, -1)
    elif kind == "year":
        end = date(start.year + 1, 1, 1)
    else:
        return None
    return datetime.combine(end, datetime.min.time())


#: A due date phrase that names the past: read looking back, as a filter's dates are.
_PAST_DUE = re.compile(r"(?:yesterday|last night|last (?:week|month|[a-z]+day)|.+ ago)")


def due(text: str, today: date | None = None) -> str:
    """A due date as the user types it, ISO: ``2026-12-11`` as it is (past or not), a phrase
    that names the past looking back ("yesterday", "last friday", "3 days ago": a follow-up
    recorded late is overdue), else a forward phrase the way a recap's due date reads
    ("friday" is the coming Friday, "next tuesday", "in two weeks", "december 11").
    Raises :class:`~debrief.errors.BadValue` when it names no date, or one before 1970 or
    more than ten years ahead (:func:`due_in_range`).

    >>> due("last friday", date(2026, 12, 5)), due("friday", date(2026, 12, 5))
    ('2026-12-04', '2026-12-11')
    """
    raw = (text or "").strip()
    today = today or date.today()
    try:
        return due_in_range(raw, datetime.fromisoformat(raw).date(), today)
    except ValueError:
        pass
    t = re.sub(r"\s+", " ", raw.lower()).strip(" .,")
    t = re.sub(r"^by ", "", t)
    if _PAST_DUE.fullmatch(t):
        with contextlib.suppress(DebriefError):  # else the forward reading tells
            return due_in_range(raw, resolve(t, today, flag="--due").date(), today)
    found = dates().resolve_due(f"by {t}", today)
    if found is None:
        raise BadValue(
            f"--due: cannot read {said(raw)} as a date; try 2026-12-11, friday, next tuesday,"
            " in two weeks, december 11, yesterday or last friday"
        )
    return due_in_range(raw, found, today)


#: How far ahead a due date typed may lie: the longest stay-in-touch interval, ten years.
DUE_AHEAD_DAYS = MAX_STAY_IN_TOUCH_DAYS


def due_in_range(raw: str, day: date, today: date) -> str:
    """``day`` as ISO, refused when its year must be a typo: before 1970, as a call's date
    is (`add --when`), or more than :data:`DUE_AHEAD_DAYS` ahead. qa69: `--due 0001-01-01`
    was filed "739957 days overdue" and 9999-12-31 due in the year 9999."""
    if day.year < 1970:
        raise BadValue(f"--due: {said(raw)} is too long ago: check the year")
    if day > today + timedelta(days=DUE_AHEAD_DAYS):
        raise BadValue(f"--due: {said(raw)} is more than ten years ahead: check the year")
    return day.isoformat()
