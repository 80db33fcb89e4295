"""Companies mentioned: junk the tagger's organisations used to add (stop 27, found on
recaps-n..s). Every recap here is written for this file; none is copied from a corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract
from debrief.extract.people_context import first_name_of
from debrief.models import Person
from debrief.names import company_key

WHEN = datetime(2026, 12, 9, 17, 0)


def _companies(text: str) -> set[str]:
    return {company_key(c) for c in extract(text, WHEN).companies_mentioned}


@pytest.mark.parametrize(
    "text",
    [
        # a job seeker's typed recap: the department in a "head of X at Y" title
        "Talked with Marcy Olin, head of Product Design at Figma. She said the portfolio "
        "matters more than the degree.",
        "Coffee chat with Tobias Lind, he leads Platform Reliability at Datadog now. Said to "
        "learn Terraform before anything else.",
    ],
)
def test_a_department_before_at_is_no_company(text: str) -> None:
    # the tagger's span "Product Design at" ran into the preposition: a department, not a
    # company; the employer after "at" stays
    got = _companies(text)
    assert not any(k.endswith(" at") for k in got), got
    assert any(k in got for k in ("figma", "datadog")), got


@pytest.mark.parametrize(
    ("company", "people", "same"),
    [
        # "both founders, Ilse Marchetti and Gus Ferreira, but Ilse ran the call"
        ("Ilse", ["Ilse Marchetti", "Gus Ferreira"], True),
        # the surname alone, or a word of no person found, is left to the other checks
        ("Marchetti", ["Ilse Marchetti"], False),
        ("Quillby", ["Ilse Marchetti"], False),
        # a person known by one word only is no full name to stand beside
        ("Ilse", ["Ilse"], False),
        # two words are an organisation's name, not a first name
        ("Ilse Books", ["Ilse Marchetti"], False),
    ],
)
def test_first_name_of(company: str, people: list[str], same: bool) -> None:
    assert first_name_of(company, [Person(name=p) for p in people]) is same


@pytest.mark.parametrize(
    "text",
    [
        "Halden Pharma call. Spoke w/ Priya Raman, senior scientist. HW: update LinkedIn.",
        "Quick notes. Met w/ Tomas Reyes, ops lead at Brightwell Foods. He said hire slow.",
    ],
)
def test_a_note_opening_verb_before_the_typed_with_is_no_company(text: str) -> None:
    # "Spoke w/" was filed as a company mentioned (a user's typed note, stop 35): the tagger
    # reads the capitalised first word and the shorthand as an organisation
    got = _companies(text)
    assert not any(k.endswith(" w") or k in {"spoke", "met"} for k in got), got
    assert any(k in got for k in ("halden pharma", "brightwell foods")), got
