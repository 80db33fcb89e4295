"""The contact's name said twice in a row (`people49`): a short or slipped form, then the full
one beside a comma or a dash, is the contact by the full form and no second person; two
different people said in a row stay two. Real spaCy (``en_core_web_sm``). Every recap is
written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)
REST = " He said the field season is brutal and the pay is fine."


def _contact_and_people(text: str) -> tuple[str | None, list[str]]:
    ex = extract(text, WHEN)
    return ex.contact.name, [p.name for p in ex.people_mentioned]


def test_a_short_form_inside_the_given_name_then_the_full_name_between_dashes() -> None:
    name, people = _contact_and_people(
        "ok so talked to Tavo \u2014 Gustavo Ferreira \u2014 field lead at tidewater labs, "
        "a small survey shop." + REST
    )
    assert name == "Gustavo Ferreira"
    assert people == []


def test_a_form_sharing_a_word_then_the_full_name_between_commas() -> None:
    name, people = _contact_and_people(
        "Recap. Chu Minh, Minh Tran, he's the field lead at Tidewater Labs." + REST
    )
    assert name == "Minh Tran"
    assert "Minh Tran" not in people


def test_a_nickname_corrected_is_no_second_person() -> None:
    name, people = _contact_and_people(
        "ok so long shift, we got buried on the grill around seven and I was behind till "
        "nine, anyway. Big Tony, well Antonio Greco, he runs the quality side over at "
        "Harbor's Fresno depot, he's the QA lead there. We talked for like half an hour in "
        "the lot. He started as a loader."
    )
    assert name == "Antonio Greco"
    assert "Big Tony" not in people


def test_two_people_said_in_a_row_stay_two() -> None:
    name, people = _contact_and_people(
        "Talked to Ingrid Solvang, field lead at Tidewater Labs. Her old boss, Marek Dudek, "
        "set it up." + REST
    )
    assert name == "Ingrid Solvang"
    assert "Marek Dudek" in people
