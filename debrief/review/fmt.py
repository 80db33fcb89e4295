"""Wording shared by the three renderings (plain text: each rendering escapes it)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from debrief.models import CALL_LIMIT_MINUTES
from debrief.review.actions import FollowUpItem
from debrief.review.model import Call, Review
from debrief.review.period import week_label


def day(moment: date | datetime) -> str:
    return f"{moment:%a %d %b}"


def day_seen_from(moment: date, today: date) -> str:
    """:func:`day`, with the year when it is not ``today``'s: "due Thu 30 Dec" of a step due
    next year read as this month's (a date said "by December 30, 2027")."""
    return day(moment) if moment.year == today.year else f"{moment:%a %d %b %Y}"


def day_time(moment: datetime) -> str:
    return f"{moment:%a %d %b %H:%M}"


def minutes(call: Call) -> str:
    """The call's length as the recap says it (a table's "Call length (as said)" column),
    not the recording's (`debrief list`'s "recording")."""
    return f"{call.minutes} min" if call.minutes else "–"


def call_length(call: Call) -> str:
    """:func:`minutes` where no column names it (the terminal's list of calls); nothing
    when the recap did not say it (qa67: "call length not said" on every typed call of a
    week said the same non-news line after each)."""
    return f"{call.minutes} min call" if call.minutes else ""


def over_limit_note() -> str:
    return f"over {CALL_LIMIT_MINUTES} min"


def who(call: Call) -> str:
    return call.contact or "unknown contact"


def due(item: FollowUpItem) -> str:
    if item.due is None:
        return "no due date" if not item.due_raw else f"due {item.due_raw}"
    if item.overdue:
        n = item.days_overdue
        return f"{n} day{'s' if n != 1 else ''} overdue (due {day_seen_from(item.due, item.today)})"
    if item.due == item.today:
        return "due today"
    return f"due {day_seen_from(item.due, item.today)}"


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else many or word + 's'}"


def headline(review: Review) -> str:
    parts = [plural(len(review.calls), "call"), plural(review.insight_count, "takeaway")]
    if review.long_calls:
        parts.append(f"{review.long_calls} {over_limit_note()}")
    parts.append(plural(review.open_follow_ups, "open follow-up"))
    if review.unfiled:
        ids = ", ".join(f"#{c.debrief_id}" for c in review.unfiled)
        parts.append(f"{plural(len(review.unfiled), 'recording')} not filed ({ids})")
    if review.referrals_total:
        parts.append(plural(review.referrals_total, "referral") + " to contact")
    return " · ".join(parts)


def subtitle(review: Review) -> str:
    """The period's dates, said as the user thinks of them when they can be ("This week:",
    "Last week:", "The week of Thu 12 Nov:" for ``--week 2026-11-12``), and the day it is
    read as of."""
    return f"{_which_week(review)}{review.period.span} · as of {review.today:%a %d %b %Y}"


def _which_week(review: Review) -> str:
    period, today = review.period, review.today
    if not period.week:
        return ""
    said = {week_label(today): "This week", week_label(today - timedelta(days=7)): "Last week"}
    near = said.get(period.week)
    day = f"{period.day:%a %d %b}" if period.day else ""
    if near and day:
        return f"{near} ({day}): "
    if near:
        return f"{near}: "
    return f"The week of {day}: " if day else ""


def empty_message(review: Review) -> str:
    """The short friendly note for a period without calls."""
    what = f"week {review.period.week}" if review.period.week else review.period.label
    text = f"No calls in {what} ({review.period.span}): nothing to review."
    near = review.nearest
    if near is None:
        return text + " Add your first recap with `debrief add FILE` or `debrief record`."
    calls = plural(near.calls, "call")
    return (
        text + f" The nearest week with calls is {near.week} ({calls}, {near.direction}):"
        f" `debrief review --week {near.week}`."
    )


def nearest_command(review: Review) -> str | None:
    return f"debrief review --week {review.nearest.week}" if review.nearest else None


def owed_line(review: Review) -> str:
    overdue = next((g.total for g in review.follow_ups if g.key == "overdue"), 0)
    text = plural(review.open_follow_ups, "open follow-up")
    if overdue:
        text += f" ({overdue} overdue)"
    return text + ": `debrief todo`."


def referral_source(name: str, when: datetime) -> str:
    return f"{name} on {day(when)}"
