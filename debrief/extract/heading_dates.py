"""The day a typed heading is dated with, beside the organisation or the person it names.

Typed notes date their heading line ("Mon 2 Mar — Ingrid Solberg", "Hyland, Oct. 12 — Ana
Quintero", "Lena Park — Tues 15/12"). The dash heading reads the capitalised run next to the
dash as the organisation (:mod:`debrief.extract.company_heading`), and a weekday, a month and a
day number are capitalised or digits, so the date was filed as the contact's company. Counted
over the development authors (docs/extraction-history.md, "contact55"), a heading's date or
label taken for the company is a kind seen on several authors' typed notes.

This reads only the words ``pipelines/dates.toml`` names (weekdays, months, the abbreviations
read as a month beside a day number) and numbers: a run of such tokens is the heading's date
when it holds a weekday or a month word, so "IBEW Local 103" keeps its number.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from debrief.date_words import month_words, vocab

#: A written day or date: "2", "15/12", "12th", "2026-03-02".
_NUMBER = re.compile(r"^\d{1,4}(?:st|nd|rd|th)?(?:[/.-]\d{1,4}){0,2}$")


@lru_cache(maxsize=1)
def _day_names() -> frozenset[str]:
    """Weekday and month names and their abbreviations, lower case, without a trailing dot."""
    return frozenset(vocab().weekdays) | month_words()


def _named(t: Token) -> bool:
    return t.lower_.rstrip(".") in _day_names()


def _dateish(t: Token) -> bool:
    return _named(t) or bool(_NUMBER.match(t.text)) or t.text in {",", "."}


def date_tail(tokens: list[Token]) -> int:
    """How many tokens at the end of ``tokens`` are a date ("Hyland, Oct. 12" -> 3: the comma,
    "Oct." and "12"): the longest run of weekday or month words, numbers and commas that holds
    a weekday or month word; 0 where there is none."""
    n = 0
    while n < len(tokens) and _dateish(tokens[-1 - n]):
        n += 1
    return n if any(_named(t) for t in tokens[len(tokens) - n :]) else 0


def date_head(tokens: list[Token]) -> int:
    """How many tokens at the start of ``tokens`` are a date ("Tues 15/12 ..."), as
    :func:`date_tail` reads the end."""
    n = 0
    while n < len(tokens) and _dateish(tokens[n]):
        n += 1
    return n if any(_named(t) for t in tokens[:n]) else 0
