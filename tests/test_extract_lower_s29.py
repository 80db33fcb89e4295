"""Recaps typed or heard all in lower case with few commas (issue 11), through real spaCy and
the shipped model: a title said right after the contact's name, a person named after their
role, and the contact's advice run on after "she said". Every recap is written for the test;
each shape was measured on the lower-case mirror of the development recaps
(``scripts/lower_mirror.py``)."""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract
from debrief.names import person_key
from tests.conftest import contact_of

WHEN = datetime(2026, 12, 9, 17, 0)


@pytest.mark.parametrize(
    ("text", "name", "title_word"),
    [
        (
            "ok so quick recap. met tomasz wierzbicki quality manager at brackenridge mills "
            "for coffee. he came up through the line as an operator and moved into quality "
            "after ten years.",
            "tomasz wierzbicki",
            "manager",
        ),
        (
            "so i talked to renata vogel clinical research coordinator at st luke's about her "
            "job. she said the hours are steady.",
            "renata vogel",
            "coordinator",
        ),
    ],
)
def test_a_title_run_into_a_lower_case_name_is_split_off(
    text: str, name: str, title_word: str
) -> None:
    # a user who types without capitals or the comma after the name: the title said right
    # after it is no part of the name
    got_name, title, _company = contact_of(text)
    assert got_name == person_key(name)
    assert title_word in title.split()


def test_a_two_word_lower_case_name_is_left_whole() -> None:
    # a surname that is also a job word ("cook") is not split off a two-word name
    got_name, _title, _company = contact_of(
        "so i had a call with sam cook today. he runs the kitchen at the riverside diner "
        "and he said the hours are long."
    )
    assert got_name == "sam cook"


def test_a_person_named_after_their_role_keeps_the_surname() -> None:
    # "the owner dale fenwick": the role before a lower-case name introduces him, whole
    people = {
        person_key(p.name)
        for p in extract(
            "call with dev anand a line cook at the harbor grill. he said the owner dale "
            "fenwick treats the crew like family.",
            WHEN,
        ).people_mentioned
    }
    assert "dale fenwick" in people


@pytest.mark.parametrize(
    ("advice", "not_a_note"),
    [
        ("he said everything is slower in public accounting now don't panic.", "panic"),
        ("she said the firms hire in the fall so don't wait apply early.", "apply early"),
    ],
)
def test_advice_run_on_after_she_said_is_not_the_speakers_note(
    advice: str, not_a_note: str
) -> None:
    # the contact's advice, which a typed recap separates with a comma ("..., don't panic");
    # the speaker's own dated note after it stays
    items = [
        f.text
        for f in extract(
            "call with mara jensen she's a bookkeeper at a small practice. "
            + advice
            + " i'll email her a thank you note tomorrow.",
            WHEN,
        ).follow_ups
    ]
    assert not any(not_a_note in t for t in items)
    assert any("thank you" in t for t in items)


def test_a_lower_case_name_with_a_person_verb_after_it_is_a_person() -> None:
    # "priscilla said i should talk to ...": no cue before the name, but the tagger reads it
    # as a proper noun and what follows is said of a person, as a capital would have shown
    people = {
        person_key(p.name)
        for p in extract(
            "okay so the bakery call finally happened because priscilla said i should talk to "
            "a pastry chef. her name is ana ruiz and she runs the morning shift at crumb and co.",
            WHEN,
        ).people_mentioned
    }
    assert "priscilla" in people
