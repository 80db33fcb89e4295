"""The contact named only late (contact_late.late_named): a recap that speaks of them as "she"
or "he" from its first sentence and says who they were near the end, as a tired speaker does
when they remember ("oh, his name is ...") or sign off ("That was ...").

The shape of a user dictating after a long shift, who talks to people of many origins. Run
through real spaCy and the shipped roles model. Every sentence here is written for this file;
none is copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from debrief.names import person_key
from tests.conftest import contact_of

_BODY = (
    "Okay, the logistics one. She runs dispatch for a regional freight outfit and has done it "
    "for nine years. Her day is mostly phone calls with drivers and a lot of spreadsheets. "
    "She said the night shifts are brutal but the pay is fair. She started as a driver "
    "herself, then moved into the office after a back injury. What she likes is solving a "
    "mess at three in the morning. What she hates is the paperwork for every late load. "
    "Her advice was to get a dispatcher certificate and learn the routing software. "
)


@pytest.mark.parametrize(
    "name", ["Wanjiru Kamau", "Siobhan O'Leary", "Tomasz Kowalczyk", "Mei-Ling Zhou", "Karen Smith"]
)
def test_a_name_remembered_at_the_end_is_the_contact(name: str) -> None:
    got, _title, _company = contact_of(
        _BODY + f"Oh, her name is {name}, I forgot to say. I should email her by Friday."
    )
    assert got == person_key(name)


@pytest.mark.parametrize("name", ["Ngozi Adichie", "Thiago Pereira", "Aditi Rao"])
def test_a_sign_off_that_was_names_the_contact(name: str) -> None:
    got, _title, _company = contact_of(
        _BODY + f"Send her my resume this week. That was {name}. About twenty minutes."
    )
    assert got == name.lower()


def test_a_form_of_address_before_the_late_name_is_left_out() -> None:
    got, _title, _company = contact_of(
        "So the culinary school call. He teaches the bread program and has for years. He said "
        "the hours are better than restaurants. Before that he ran a bakery for a decade. His "
        "week is three lab days and a lot of grading. He loves when a student's loaf finally "
        "opens up. He hates the committee meetings. He said to do a guest demo first. "
        "That was Chef Kwame Mensah, he's great."
    )
    assert got == "kwame mensah"


def test_a_name_said_short_then_in_full_keeps_the_full_form() -> None:
    got, _title, _company = contact_of(
        _BODY + "Oh and her name, Yerlan, Yerlan Abenov, a friend of my cousin's."
    )
    assert got == "yerlan abenov"


@pytest.mark.parametrize(
    "closing",
    [
        "That was Tuesday, so I was wiped.",  # a day
        "That was Google's idea originally.",  # an organisation's
        "That was Seattle, before the move.",  # a place
        "That was Honestly Great advice.",  # English words, capitalised by a slip
    ],
)
def test_a_closing_that_names_no_person_files_no_name(closing: str) -> None:
    got, _title, _company = contact_of(_BODY + closing)
    assert got == ""


def test_a_name_found_in_the_opening_is_kept() -> None:
    got, _title, _company = contact_of(
        "Just talked to Farida Haidari, she's a dispatcher at Northline Freight. She said "
        "nights are rough. Oh, his name is Bruno Costa, her boss, I might meet him too."
    )
    assert got == "farida haidari"
