"""Spoken due dates ("by Friday", "next Tuesday", "end of the month", "on the 15th") resolved
against the moment a recap was recorded, plus spoken numbers ("forty-five", "a couple").

Vocabulary comes from ``pipelines/dates.toml`` (read, with the spoken numbers, by
:mod:`debrief.date_words`); the grammar is here, and which calendar day each reading names
(months added, a weekday this week or next, a holiday, "5/6" month or day first) is
:mod:`debrief.date_calendar`'s. Conventions:

- a bare weekday ("by Friday", "on Monday") is the first such day *after* the recording day;
- "this Friday" is this calendar week's (today included), "next Friday" the Friday of the
  following calendar week (weeks start on Monday);
- "end of the week" is Friday, "end of next week" next week's Friday, "next week" its Monday,
  "the weekend" Saturday ("before the weekend" Friday), "end of the month" the month's last
  day; "Friday the 11th" is the 11th;
- as an action item's due date (:func:`due_date`) "this week", "next week" and "next month"
  set none: the labelled recaps of every author leave them open ("I'll email him next week");
- "the twenty-first" and "September twenty fifth" are days, and so is "August fifteen";
- "NLT" and "no later than" are "by" ("apply NLT the 15th"); "Sun" and "Sat" are weekdays only
  after a deadline word ("by Sun"), words otherwise;
- "the 20th" is this month's if not yet past, else next month's; "December 3rd" likewise rolls
  into next year when already past.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

# Which calendar day a reading names (outside the extract package for the same reason).
from debrief.date_calendar import (
    add_months,
    calendar_date,
    holiday,
    month_end,
    month_or_day_first,
    named_day,
    weekday_from,
)

# The words live in debrief.date_words (outside the extract package, so that ask.when, which
# loads this file alone without spaCy, can import them); the names callers read from here stay.
from debrief.date_words import alternation as _alt
from debrief.date_words import month_number as month_number
from debrief.date_words import month_words as month_words
from debrief.date_words import number_regex as number_regex
from debrief.date_words import parse_number as parse_number
from debrief.date_words import vocab as vocab
from debrief.date_words import weekday_names as weekday_names
from debrief.date_year import in_year_said


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: date


# ---------------------------------------------------------------- date grammar

#: "by month end", "before week's end": the end of the week or month said the typed way
_SPAN_END = r"\b(?:by|before|until)\s+(?:the\s+)?{unit}(?:'s)?[\s-]end\b"


#: "not later than", the typed military deadline ("apply NLT the 15th"), and its words (fu33)
_NLT = r"nlt|no\s+later\s+than"


#: words after which a clipped weekday ending a step is no day ("where I sat", "the sun")
_NOT_BEFORE_CLIPPED = ("i", "we", "he", "she", "they", "you", "who", "it", "the", "a", "an", "my")


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str], tuple[str, ...]]]:
    v = vocab()
    wd = _alt(v.weekdays)
    mon = _alt(v.months)
    mods = _alt(v.weekday_modifiers)
    num = rf"(?:{number_regex()}|an?)"
    unit = _alt(v.units)
    ordw = _alt(v.ordinals)
    units = _alt(w for w, n in v.ordinals.items() if n < 10)
    # "the twenty-first", "September twenty fifth"
    ordinal = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|(?:twenty|thirty)[\s-]+(?:{units})|{ordw})"
    # after a month name a spoken cardinal is a day too: "by August fifteen"
    day_words = _alt(w for w, n in v.numbers.items() if 1 <= n <= 31 and " " not in w)
    units9 = "one|two|three|four|five|six|seven|eight|nine"
    cardinal = rf"(?:twenty[\s-]+(?:{units9})|thirty[\s-]+one|{day_words})"
    # "Mar 3", "15 mar": never "MAR" (a record), never without a written day
    short = "|".join(f"(?-i:{w[0].upper()}{re.escape(w[1:])}|{re.escape(w)})" for w in v.day_months)
    written = r"\d{1,2}(?:st|nd|rd|th)?"
    flags = re.IGNORECASE
    raw = [
        ("week_after", rf"\b(?:a|one)\s+week\s+from\s+(?P<wd>{wd}|today|now|tomorrow)\b"),
        ("relative", rf"\b(?P<rel>{_alt(v.relative_days)})\b"),
        # not "every Monday", "each Friday", "a Saturday shift": a habit or any such day, no
        # deadline (every labelled author leaves them undated)
        (
            "weekday",
            rf"\b(?:(?P<mod>{mods})\s+)?(?<!\bevery\s)(?<!\beach\s)(?<!\ba\s)(?P<wd>{wd})\b"
            r"(?!'s)(?P<after>\s+after\s+next)?",
        ),
        # "by Sun", "NLT Sat": a clipped weekday that is also a word, after a deadline word
        # only, and not before a name ("on Sun Country") (fu33)
        (
            "clipped_weekday",
            rf"\b(?P<mod>by|on|before|until|this|next|{_NLT})\s+"
            rf"(?P<wd>{_alt(v.clipped_weekdays)})\b\.?(?!'s)(?!\s+(?-i:[A-Z]))",
            "sun|sat",
        ),
        # "redo my headline Sat", "send app sun": a clipped weekday ending a typed step, after
        # a lower-case word that no pronoun or article is (``_resolve``: "where I sat", "the
        # sun", "Dr. Sun" are no days) (fu45)
        (
            "clipped_end",
            rf"(?<=\S\s)(?P<wd>{_alt(v.clipped_weekdays)})\.?\s*$",
            "sun|sat",
        ),
        # "before Thursday's interview", "at Monday's briefing": the event's day is the date
        (
            "weekday",
            rf"\b(?P<mod>before|by|until|at)\s+(?P<wd>{wd})(?='s\s+(?!been\b|gone\b))",
            "'s",
        ),
        # "Friday next week", "on Tuesday of next week", "next week, Tuesday": that day of the
        # following calendar week (not this week's, as "next week" alone sets no date)
        (
            "next_week_day",
            rf"\b(?:(?:on|by|before|until)\s+)?(?P<wd>{wd})\s+(?:of\s+)?next\s+week\b",
            "next",
        ),
        ("next_week_day", rf"\bnext\s+week,?\s+(?:on\s+)?(?P<wd>{wd})\b(?!'s)", "next"),
        ("end_week", r"\b(?:the\s+)?end\s+of\s+(?:(?P<which>the|this|next)\s+)?week\b"),
        # typed shorthand: "by EOW", "EOM"; "by month end", "before week's end"
        ("end_week", rf"(?P<which>)(?:\beow\b|{_SPAN_END.format(unit='week')})", "eow|end"),
        ("end_month", rf"(?P<which>)(?:\beom\b|{_SPAN_END.format(unit='month')})", "eom|end"),
        ("end_month", r"\b(?:the\s+)?end\s+of\s+(?:(?P<which>the|this|next)\s+)?month\b"),
        ("end_year", r"\b(?:the\s+)?end\s+of\s+(?:the|this)\s+year\b"),
        # "by the end of March": the month's last day; "this month": the current one's
        ("end_named_month", rf"\b(?:the\s+)?end\s+of\s+(?P<mon>{mon})\b"),
        ("this_month", r"\bthis\s+month\b"),
        # "this wknd" as a typed note shortens it
        ("weekend", r"\b(?P<which>this|the|next)\s+(?:weekend|wknd)\b"),
        ("week", r"\b(?P<which>next|this)\s+week\b"),
        ("month", r"\bnext\s+month\b"),
        (
            "offset",
            # "over the next two weeks" too (not "over two weeks": how long, not by when)
            rf"\b(?:(?:in|within)\s+(?:the\s+next\s+)?|over\s+the\s+next\s+)"
            rf"(?P<n>{num})(?:\s+of)?\s+(?P<unit>{unit}|months?)\b",
        ),
        ("offset", rf"\b(?P<n>{num})\s+(?P<unit>{unit}|months?)\s+from\s+(?:now|today)\b"),
        (
            "month_day",
            rf"\b(?P<mon>{mon})\.?\s+(?:the\s+)?(?P<day>{ordinal}|{cardinal})\b"
            r"(?!\s*(?:%|percent|years?))",
        ),
        ("day_month", rf"\b(?:the\s+)?(?P<day>{ordinal})\s+(?:of\s+)?(?P<mon>{mon})\b"),
        (
            "month_day",
            rf"\b(?P<mon>{short})\.?\s+(?P<day>{written})\b(?!\s*(?:%|percent))",
            "|".join(v.day_months),
        ),
        (
            "day_month",
            rf"\b(?:the\s+)?(?P<day>{written})\s+(?:of\s+)?(?P<mon>{short})\b",
            "|".join(v.day_months),
        ),
        (
            "day_of_month",
            rf"\b(?:on|by|before|until|due|for|{_NLT})\s+the\s+(?P<day>{ordinal})\b"
            # not "the first draft", nor "the 21st of March" (day_month's)
            rf"(?!\s+(?:one|time|thing|draft|round|step|project|of\b|(?:{mon})\b))",
        ),
        # "which is the 30th", "it closes the 15th": a written day after a verb of dates
        (
            "day_of_month",
            r"\b(?:is|'s|closes|close|ends|opens|due)\s+the\s+(?P<day>\d{1,2}(?:st|nd|rd|th))\b",
        ),
        # "before our next call, which is the twenty-fourth": a spoken day closing the clause
        (
            "day_of_month",
            rf"\b(?:which|that)\s+is\s+the\s+(?P<day>{ordinal})(?=\s*(?:[.,;!?]|$))",
            " is the ",
        ),
        # "by the fifteenth, no, the seventeenth", "no, she said the twenty-seventh": after a
        # spoken correction the day needs no preposition (the mention starts at "the")
        (
            "day_of_month",
            r"\b(?:no|wait|sorry|actually|i\s+mean)[\s,.]+"
            r"(?:(?:she|he|they)\s+said\s+|make\s+(?:it|that)\s+)?"
            rf"(?P<at>the\s+(?P<day>{ordinal}))\b"
            # not a day that is the subject of what was said ("she said the fifteenth is
            # too late, by the tenth")
            r"(?!\s+(?:is|was|'s|would|will|won't|doesn't|didn't)\b)"
            rf"(?!\s+(?:one|time|thing|draft|round|step|project|of\b|(?:{mon})\b))",
        ),
        # "prep for the interview on 16th", "by 3rd": a written ordinal without "the" (not
        # "on 5th Avenue", "by 8th grade"; "on 20th February" is day_month's)
        (
            "day_of_month",
            rf"\b(?:on|by|before|until|due|{_NLT})\s+(?P<day>\d{{1,2}}(?:st|nd|rd|th))\b"
            rf"(?!\s+(?:of\b|(?:{mon})\b|avenue|ave\b|street|st\b|floor|grade|place|year))",
        ),
        # "by Friday the 11th": the day of the month says which Friday
        (
            "day_of_month",
            rf"\b(?:(?:{mods})\s+)?(?:{wd}),?\s+the\s+(?P<day>{ordinal})\b"
            rf"(?!\s+(?:one|time|thing|draft|round|step|project|of\b|(?:{mon})\b))",
        ),
        # "before July": the last day of June (a day after the month is month_day's)
        (
            "before_month",
            rf"\bbefore\s+(?:the\s+month\s+of\s+)?(?P<mon>{mon})\b"
            rf"(?!\.?\s+(?:the\s+)?(?:{ordinal}|{cardinal})\b)",
        ),
        # "before the weekend": the Friday, not the Saturday "the weekend" alone would be
        ("before_weekend", r"\bbefore\s+the\s+weekend\b"),
        ("numeric", r"\b(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])\b(?!/)"),
        # "by 15/10", "(26/06)": a first number no month can be is the day ("24/7" is no date)
        (
            "day_first",
            r"\b(?!24/7\b)(?P<d>3[01]|2\d|1[3-9])/(?P<m>1[0-2]|0?[1-9])\b(?!/)",
            "/",
        ),
        # "Fri 28/8", "Thurs 5/2": the day named says which number is the month (fu30)
        (
            "weekday_numeric",
            rf"\b(?:(?:by|on|before|until|due)\s+)?(?P<wd>{wd})\.?,?\s+(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})\b(?!/)",
            "/",
        ),
        # a written date with its year: "3/12/2027", "3/12/27", ISO "2027-03-12"
        (
            "full_date",
            r"\b(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>20\d\d|\d\d)\b(?!/)",
            "/",
        ),
        (
            "full_date",
            r"\b(?P<y>20\d\d)-(?P<m>1[0-2]|0[1-9])-(?P<d>3[01]|[12]\d|0[1-9])\b",
            "20",
        ),
        # "before Christmas", "over Thanksgiving"; not "after ..." nor "the Christmas break"
        ("holiday", rf"(?<!after\s)\b(?P<hol>{_alt(v.holidays)})\b(?!\s+(?:break|vacation))"),
    ]
    # a pattern with needles runs only on a text that holds one of them (lower case, "|"
    # between): the later, rarer forms cost next to nothing on a recap that never says them
    return [
        (r[0], re.compile(r[1], flags), tuple(r[2].split("|")) if len(r) > 2 else ()) for r in raw
    ]


def _ordinal_value(text: str) -> int | None:
    """'21st', 'fifth', 'twenty-first', and after a month name 'fifteen', 'twenty one'."""
    t = re.sub(r"[\s-]+", " ", text.lower())
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", t)
    if m:
        return int(m.group(1))
    v = vocab()
    if t in v.ordinals:
        return v.ordinals[t]
    if " " in t:
        tens, unit = t.split(" ", 1)
        n = v.ordinals.get(unit, v.numbers.get(unit))
        if tens in ("twenty", "thirty") and n is not None and 0 < n < 10:
            return v.numbers[tens] + n
        return None
    n = v.numbers.get(t)
    return n if n is not None and 1 <= n <= 31 else None


def _resolve(kind: str, m: re.Match[str], anchor: date) -> date | None:
    v = vocab()
    g = m.groupdict()
    t = anchor.weekday()
    if kind == "relative":
        return anchor + timedelta(days=v.relative_days[re.sub(r"\s+", " ", g["rel"].lower())])
    if kind == "week_after":
        base = g["wd"].lower()
        if base in v.weekdays:
            return weekday_from(anchor, v.weekdays[base], "plain") + timedelta(days=7)
        return anchor + timedelta(days=8 if base == "tomorrow" else 7)
    if kind == "weekday":
        mod = v.weekday_modifiers.get(re.sub(r"\s+", " ", (g["mod"] or "").lower()), "plain")
        d = weekday_from(anchor, v.weekdays[g["wd"].lower()], mod)
        return d + timedelta(days=7) if g.get("after") else d
    if kind == "clipped_weekday":
        mod = v.weekday_modifiers.get(re.sub(r"\s+", " ", g["mod"].lower()), "plain")
        return weekday_from(anchor, v.clipped_weekdays[g["wd"].lower()], mod)
    if kind == "clipped_end":
        before = m.string[: m.start()].split()[-1].strip("()[]\"'")
        if not (before[:1].islower() or before[:1].isdigit()) or before in _NOT_BEFORE_CLIPPED:
            return None  # "email Amy Sun", "where I sat", "enjoy the sun"
        return weekday_from(anchor, v.clipped_weekdays[g["wd"].lower()], "plain")
    if kind == "end_week":
        if (g["which"] or "").lower() == "next":
            return anchor + timedelta(days=7 - t + 4)
        return anchor + timedelta(days=4 - t if t <= 4 else 6 - t)
    if kind == "end_month":
        later = (g["which"] or "").lower() == "next"
        return month_end(add_months(anchor, 1) if later else anchor)
    if kind == "end_named_month":
        if v.months[g["mon"].lower()] == anchor.month:
            return month_end(anchor)  # "by the end of June" said in June: this June
        first = calendar_date(anchor, v.months[g["mon"].lower()], 1)
        if first is None or first < anchor.replace(day=1):
            return None
        return month_end(first)
    if kind == "this_month":
        return month_end(anchor)
    if kind == "end_year":
        return date(anchor.year, 12, 31)
    if kind == "weekend":
        if g["which"].lower() == "next":
            return anchor + timedelta(days=7 - t + 5)
        return anchor + timedelta(days=max(0, 5 - t))
    if kind == "before_month":
        month = v.months[g["mon"].lower()]
        first = calendar_date(anchor, month, 1)
        if first is None or month == anchor.month:
            return None  # "before July" said in July: no deadline to read
        return first - timedelta(days=1)
    if kind == "before_weekend":
        return anchor + timedelta(days=4 - t if t <= 4 else 11 - t)
    if kind == "week":
        if g["which"].lower() == "next":
            return anchor + timedelta(days=7 - t)
        return anchor + timedelta(days=4 - t if t <= 4 else 6 - t)
    if kind == "month":
        return add_months(anchor.replace(day=1), 1)
    if kind == "offset":
        n = parse_number(g["n"]) if g["n"].lower() not in ("a", "an") else 1
        if n is None:
            return None
        unit = g["unit"].lower()
        if unit.startswith("month"):
            return add_months(anchor, n)
        return anchor + timedelta(days=n * v.units[unit])
    if kind in ("month_day", "day_month"):
        if g["mon"].lower() == "may" and not re.search(r"\d|st$|nd$|rd$|th$", g["day"].lower()):
            return None  # "I may one day": the modal, not the month
        day = _ordinal_value(g["day"])
        return calendar_date(anchor, month_number(g["mon"]), day)
    if kind == "day_of_month":
        day = _ordinal_value(g["day"])
        if not day or day > 31:
            return None
        month_start = anchor.replace(day=1)
        for step in (0, 1, 2):
            first = add_months(month_start, step)
            if day <= calendar.monthrange(first.year, first.month)[1]:
                candidate = first.replace(day=day)
                if candidate >= anchor:
                    return candidate
        return None
    if kind == "holiday":
        return holiday(anchor, v.holidays[re.sub(r"\s+", " ", g["hol"].lower())])
    if kind == "numeric":
        return month_or_day_first(anchor, int(g["m"]), int(g["d"]))
    if kind == "day_first":
        return calendar_date(anchor, int(g["m"]), int(g["d"]))
    if kind == "weekday_numeric":
        return named_day(anchor, v.weekdays[g["wd"].lower()], int(g["a"]), int(g["b"]))
    if kind == "full_date":
        year = int(g["y"]) if len(g["y"]) == 4 else 2000 + int(g["y"])
        return date(year, int(g["m"]), int(g["d"]))  # ValueError (a 31st of June): no date
    if kind == "next_week_day":
        return weekday_from(anchor, v.weekdays[g["wd"].lower()], "next")
    return None


def find_dates(text: str, anchor: date) -> list[DateMention]:
    """Every due-date expression in ``text`` with its resolved date, in text order."""
    found: list[DateMention] = []
    bare: set[int] = set()  # starts of the days said bare after a correction
    low = text.lower()
    for kind, rx, needles in _patterns():
        if needles and not any(n in low for n in needles):
            continue
        for m in rx.finditer(text):
            try:
                value = _resolve(kind, m, anchor)
            except (ValueError, KeyError, OverflowError):
                value = None
            if value is not None:
                at = m.start("at") if "at" in rx.groupindex and m.group("at") else m.start()
                if at != m.start():
                    bare.add(at)
                end = m.end()
                if kind in ("month_day", "day_month"):  # "December 30, 2099": that year's
                    value, end = in_year_said(text, end, value)
                found.append(DateMention(at, end, text[at:end], value))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[DateMention] = []
    for d in found:
        if kept and d.start < kept[-1].end:
            continue
        if kept and d.text.lower() in _TIME_OF_DAY and not text[kept[-1].end : d.start].strip(" ,"):
            continue  # "by Thursday EOD": the end of Thursday, not of today
        if kept and d.start in bare:
            d = _same_month(kept[-1], d, anchor)
        kept.append(d)
    return kept


def _same_month(said: DateMention, bare: DateMention, anchor: date) -> DateMention:
    """A bare day correcting a date keeps its month ("by June twelfth, no, the fifteenth"),
    when that month was said: a bare "the twentieth" already past is only a guess at next
    month's, and its correction may be this month's ("by the twentieth, no, the 27th")."""
    if not set(re.findall(r"[a-z]+", said.text.lower())) & month_words():
        return bare
    try:
        value = said.value.replace(day=bare.value.day)
    except ValueError:
        return bare
    if value < anchor:
        return bare
    return DateMention(bare.start, bare.end, bare.text, value)


#: Relative-day phrases that, right after a date, only say when on that day.
_TIME_OF_DAY = {"eod", "end of day", "end of the day", "this morning", "this afternoon"}


#: A spoken correction right before a date: "on Thursday, no, Wednesday, she's out Thursday".
_CORRECTION = re.compile(
    r"(?:\bno\b|\bwait\b|\bsorry\b|\bactually\b|\bi mean\b|\bscratch that\b)[\s,.]*"
    r"(?:(?:she|he|they)\s+said\s+)?"  # "the twentieth, no, she said the twenty-seventh"
    r"(?:(?:make\s+(?:it|that)|it'?s|by|on|until|before)\s+)?$",
    re.IGNORECASE,
)


#: The speaker settling on a date after correcting themselves: "..., so by September 6th".
_CONCLUSION = re.compile(
    r"\bso\s+(?:(?:both|it's|that's|by|on|until|before|make\s+it)\s+)*$", re.IGNORECASE
)


def is_open_span(mention: DateMention) -> bool:
    """A span of time that sets no deadline ("this week", "next month"; ``[open_spans]`` in
    dates.toml): "I'll email him next week" is a to-do without a due date."""
    return re.sub(r"\s+", " ", mention.text.lower()) in vocab().open_spans


def due_date(text: str, anchor: date) -> date | None:
    """An action item's due date: :func:`resolve_due` without the open spans of time
    ("rewrite it this week" has none; "this week, by Thursday" is Thursday)."""
    return resolve_due(text, anchor, open_spans=False)


def resolve_due(text: str, anchor: date, *, open_spans: bool = True) -> date | None:
    """The date stated in ``text``: the last expression wins (spoken corrections come
    last), except that a date said as a correction ("Thursday, no, Wednesday, she's out
    Thursday") wins over a later mention that only explains it. ``open_spans=False`` skips
    the spans that set no deadline (see :func:`due_date`)."""
    found = find_dates(text, anchor)
    if not open_spans:
        found = [d for d in found if not is_open_span(d)]
    if not found:
        return None
    corrected = [
        d
        for n, d in enumerate(found)
        if n > 0 and _CORRECTION.search(text[found[n - 1].end : d.start])
    ]
    if len(found) > 1 and _CONCLUSION.search(text[found[-2].end : found[-1].start]):
        return found[-1].value  # "this weekend, no, next weekend, ..., so by September 6th"
    return corrected[-1].value if corrected else found[-1].value
