"""People mentioned (`people17`): a plain word or a date is not a person. In a recap typed all
in lower case, the noun after a person cue ("my teacher pension", "a shift lead vacancy", "a
shop cat named biscuit", "sr director supply chain planning") was filed as a person; a name
written in lower case whose every word is an English word and no census name word is dropped,
unless the tagger reads it as a PERSON. A name made of calendar words ("Fri Aug", a dated
heading) is a date, but a month alone may be a name ("June"). A name opening on a digit, a
school ("Grady High"-like), or one long English "-ing" word ("Learning") is no person either.
Real spaCy (``en_core_web_sm``). Every sentence is written for this file; none is copied
from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract
from debrief.extract.people_plain import calendar_words, no_name_shape, plain_words

WHEN = datetime(2026, 12, 8, 18, 0)


def _people(text: str) -> dict[str, str]:
    return {p.name: p.relation for p in extract(text, WHEN).people_mentioned}


@pytest.mark.parametrize(
    ("text", "word", "person"),
    [
        # a career changer's lower-case memo: "teacher" before "pension" reads as a title
        (
            "talked to rosa delgado today, she runs training at hollis freight. she said the "
            "warehouse supervisor opening in march is a good fit and i should talk to her "
            "colleague dwayne about it. she said keep my teacher pension if i can.",
            "pension",
            "dwayne",
        ),
    ],
)
def test_a_lower_case_plain_word_is_not_a_person(text: str, word: str, person: str) -> None:
    people = _people(text)
    assert word not in people
    assert person in people


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # "lead" before "vacancy", and a pet "named" something
        (
            "call with omar haddad, plant manager at verity foods. he said there's a shift lead "
            "vacancy coming up. he has a shop cat named biscuit who sat on the keyboard.",
            "vacancy",
        ),
        (
            "call with omar haddad, plant manager at verity foods. he said there's a shift lead "
            "vacancy coming up. he has a shop cat named biscuit who sat on the keyboard.",
            "biscuit",
        ),
        # the words after a title in a terse lower-case note
        (
            "quick notes. keisha brandt, sr director supply chain planning, ardent labs. she "
            "said the planner job opens soon. i'll send my resume by friday.",
            "supply chain",
        ),
    ],
)
def test_words_after_a_cue_in_lower_case_are_no_people(text: str, word: str) -> None:
    assert word not in _people(text)


def test_capitalised_people_and_a_month_name_stay() -> None:
    people = _people(
        "Informational: Greta Olsen (Harbor Bank)\nWed Mar 4, 20 min\nShe suggested I talk "
        "to Paul Reyes in risk. June Park on her team also started as a teacher."
    )
    assert people.get("Paul Reyes") == "referral"
    assert "June Park" in people


@pytest.mark.parametrize(
    ("name", "plain"),
    [
        ("retirement", True),
        ("slot opening", True),
        ("scale", True),  # a surname almost nobody holds is no name word
        ("chen", False),  # a common surname
        ("baker", False),  # an English word, and a common surname
        ("priya", False),  # a given name no dictionary holds
        ("dominic fairweather", False),  # a given name
        ("Pension", False),  # written with a capital: left to the other rules
    ],
)
def test_plain_words(name: str, plain: bool) -> None:
    assert plain_words(name) is plain


@pytest.mark.parametrize(
    ("name", "date"),
    [
        ("Fri Aug", True),
        ("Thurs", True),
        ("Tue. Oct", True),
        ("June", False),  # a month alone may be a name
        ("April May", False),
        ("Friday Okafor", False),
        ("Maya", False),
    ],
)
def test_calendar_words(name: str, date: bool) -> None:
    assert calendar_words(name) is date


@pytest.mark.parametrize(
    ("name", "shape"),
    [
        ("7(b", True),  # a programme code cut at its parenthesis
        ("Westbrook High", True),  # a school the contact taught at
        ("Marketing", True),  # a department read off "Sales and Marketing"
        ("Sterling", False),  # an English "-ing" word, and a surname
        ("Ting", False),  # short: a name
        ("Maya Whitfield", False),
    ],
)
def test_no_name_shape(name: str, shape: bool) -> None:
    assert no_name_shape(name) is shape


def test_a_school_the_contact_taught_at_is_not_a_person() -> None:
    people = _people(
        "Talked with Rohan Mehta, a curriculum writer at Brightpath Learning. He taught "
        "physics in Dallas for six years, Westbrook High, then moved to writing test items. "
        "He said I should ask Carmen Diaz about the open role."
    )
    assert "Westbrook High" not in people
    assert "Carmen Diaz" in people
