"""The contact's title said on to the unit after it (``title_tail``, found on recaps-ac, w, y
and n..s): "country director for <place> at <Org>" kept as "country director", "head of
learning and outreach at <Org>" as "head of learning".

Checked on the real parse of each recap (``extract_doc``: the rule reads spaCy's parts of
speech) with the contact the combination would hand it. Every sentence is written for this
file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract.pipeline import extract_doc
from debrief.extract.title_tail import said_after
from debrief.models import Contact

WHEN = datetime(2026, 12, 9, 17, 0)


def _after(text: str, name: str, title: str, company: str | None = None) -> str | None:
    contact = Contact(name=name, title=title, company=company)
    return said_after(extract_doc(text, WHEN), contact).title


@pytest.mark.parametrize(
    ("text", "name", "cut", "whole"),
    [
        (
            # a region after "for", then where they work
            "Phone call with Lucia Ferraz. She is the regional buyer for South America at "
            "Tidewater Foods and has been there six years.",
            "Lucia Ferraz",
            "regional buyer",
            "regional buyer for South America",
        ),
        (
            # a lower-case dictation: the unit is one word, then a comma
            "ok so noor haddad, sous chef for banquets, at the riverside hotel. she said "
            "banquets are where you learn speed.",
            "noor haddad",
            "sous chef",
            "sous chef for banquets",
        ),
        (
            # "of" a unit of two things joined by "and"
            "Met Callum Reid, the director of parks and recreation at the county, about "
            "seasonal jobs. He said apply in February.",
            "Callum Reid",
            "director of parks",
            "director of parks and recreation",
        ),
    ],
)
def test_the_unit_after_a_title_is_taken(text: str, name: str, cut: str, whole: str) -> None:
    assert _after(text, name, cut) == whole


def test_a_span_of_time_after_for_is_no_unit() -> None:
    text = (
        "Talked with Omar Sayegh, a line cook for years at a diner, now a kitchen manager. "
        "He said get your food handler card."
    )
    assert _after(text, "Omar Sayegh", "line cook") == "line cook"


def test_a_clause_after_for_is_no_unit() -> None:
    # "for the people she hires" runs past three words and holds a determiner
    text = (
        "Spoke to Ana Ruiz. She is a recruiter for the people she hires at the plant. She "
        "said be on time."
    )
    assert _after(text, "Ana Ruiz", "recruiter") == "recruiter"


def test_the_company_after_for_is_where_they_work() -> None:
    text = "Coffee with Jo Tran, account manager for Brightline, at the mall. She said network."
    assert _after(text, "Jo Tran", "account manager", "Brightline") == "account manager"


def test_and_after_a_title_with_no_of_is_a_second_thing() -> None:
    # "manager and mentor": no "of" in the title, so "and" opens no unit
    text = "Met Ravi Menon, the shift manager and mentor at the depot. He said ask questions."
    assert _after(text, "Ravi Menon", "shift manager") == "shift manager"
