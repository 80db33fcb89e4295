"""The words of spoken dates and numbers: ``pipelines/dates.toml`` read once (weekdays,
months, relative days, units, ordinals, holidays, the spans that set no deadline), and spoken
cardinal numbers ("forty-five", "a couple") read or matched.

The date grammar that uses them is :mod:`debrief.extract.dates`. This module sits outside the
extract package so that the date filters (:mod:`debrief.ask.when`), which load that grammar
from its file without spaCy, can import it. Moved out of ``dates.py``, unchanged
(docs/extraction-history.md, "house44").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from debrief.config import pipeline_toml


@dataclass(frozen=True)
class Vocab:
    """The tables of ``dates.toml``, keys in lower case."""

    relative_days: dict[str, int]
    weekdays: dict[str, int]
    #: "Sun", "Sat": a weekday only after a deadline word ("by Sun"), a word otherwise
    clipped_weekdays: dict[str, int]
    months: dict[str, int]
    #: a month only beside a written day ("by Mar 3", "15 Mar"), lower or title case
    day_months: dict[str, int]
    units: dict[str, int]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    weekday_modifiers: dict[str, str]
    #: spans of time said about an action that set no deadline ("this week", "next month")
    open_spans: frozenset[str]
    #: named days: "MM-DD", or "MM WEEKDAY N" for the Nth (-1: last) weekday of the month
    holidays: dict[str, str]


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    """``pipelines/dates.toml``, read once."""
    raw = pipeline_toml("dates.toml")
    tables = {
        k: {str(a).lower(): b for a, b in raw[k].items()}
        for k in Vocab.__annotations__
        if k != "open_spans"
    }
    spans = frozenset(str(p).lower() for p in raw["open_spans"]["phrases"])
    return Vocab(**tables, open_spans=spans)


@lru_cache(maxsize=1)
def month_words() -> frozenset[str]:
    """Every word that names a month: the month names and abbreviations, and the short forms
    read as a month only beside a written day ("Mar")."""
    v = vocab()
    return frozenset(v.months) | frozenset(v.day_months)


@lru_cache(maxsize=1)
def weekday_names() -> frozenset[str]:
    """The seven weekdays' full names ("monday" ... "sunday"): the longest word of each day in
    ``[weekdays]`` of ``dates.toml``, not its clipped forms ("mon", "tues")."""
    days: dict[int, str] = {}
    for word, day in vocab().weekdays.items():
        days[day] = max(days.get(day, ""), word, key=len)
    return frozenset(days.values())


def month_number(name: str) -> int:
    """The month a month name or abbreviation says ('March', 'Mar', 'sept')."""
    v = vocab()
    return v.months.get(name.lower()) or v.day_months[name.lower()]


def alternation(words: object) -> str:
    """Regex alternation of phrases, longest first, spaces matching any whitespace."""
    items = sorted((w for w in words if w), key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


# ---------------------------------------------------------------- numbers

_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def parse_number(text: str) -> int | None:
    """'45' -> 45, 'forty-five' -> 45, 'a couple of' -> 2, 'an' -> 1; None when not a number."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    if not t:
        return None
    if re.fullmatch(r"\d+", t):
        return int(t)
    nums = vocab().numbers
    if t in nums:
        return nums[t]
    m = re.fullmatch(r"([a-z]+)[\s-]([a-z]+)", t)
    if m and m.group(1) in _TENS and m.group(2) in nums and 0 < nums[m.group(2)] < 10:
        return nums[m.group(1)] + nums[m.group(2)]
    return None


def number_regex() -> str:
    """Regex (no groups) for a spoken or written cardinal number."""
    return _number_regex()


@lru_cache(maxsize=1)
def _number_regex() -> str:
    v = vocab()
    small = alternation(k for k in v.numbers if k not in ("a", "an"))
    tens = "|".join(_TENS)
    units = "one|two|three|four|five|six|seven|eight|nine"
    return rf"(?:\d+(?:\.\d+)?|(?:{tens})[\s-](?:{units})|{small})"
