"""A contact "named" by a rank alone ("Master Sgt", "Sgt" with "Maj. Alvarez" as the
company): the name said after the rank is the name (found by the lead using the product at
the end of stop 29). The recaps are written for this file, through the real spaCy pipeline.
"""

from __future__ import annotations

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")


@pytest.mark.parametrize(
    ("text", "name", "company"),
    [
        (
            "Recap: call with Sgt. Maj. Alvarez, a logistics planner at Tyson Foods. "
            "He said to get my PMP.",
            "Alvarez",
            "Tyson Foods",  # not "Maj. Alvarez": the organisation after the title
        ),
        (
            "Talked to Master Sgt. Alvarez today, he plans logistics at Tyson Foods.",
            "Alvarez",
            "Tyson Foods",
        ),
    ],
)
def test_a_rank_is_not_the_contacts_name(text: str, name: str, company: str | None) -> None:
    contact = extract(text).contact
    assert contact.name == name
    assert contact.company == company


def test_a_name_after_a_rank_is_left_as_it_was() -> None:
    # guards: a full name after the rank (or after "(ret.)") was already read
    contact = extract(
        "Talked to Sgt. Maj. Rosa Alvarez, a logistics planner at Tyson Foods."
    ).contact
    assert (contact.name, contact.company) == ("Rosa Alvarez", "Tyson Foods")
    contact = extract(
        "Call with SFC (ret.) Darnell Pruitt, now a program manager at Leidos."
    ).contact
    assert (contact.name, contact.company) == ("Darnell Pruitt", "Leidos")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "Major" is a census given name: the leading-word readers kept it (contact50)
        (
            "Recap. Major Tomas Lindqvist, retired, now a quality manager at Raytheon out in "
            "Tucson. Call ran thirty minutes.",
            "Tomas Lindqvist",
        ),
        (
            "Talked with Major Asante today, he's a logistics officer at Fort Drum. He said "
            "keep the resume short.",
            "Asante",
        ),
        (
            "short call with Sergeant Major Faleolo, my old company's first sergeant, he's "
            "retired now, works as a warehouse supervisor for Pinegate Logistics.",
            "Faleolo",
        ),
    ],
)
def test_a_rank_opening_the_name_is_dropped(text: str, name: str) -> None:
    assert extract(text).contact.name == name


def test_a_form_of_address_before_a_surname_stays() -> None:
    # the authors differ on "Ms. Hargreaves" alone; only ranks are dropped
    contact = extract(
        "Call with Brother Anselm at the abbey bakery, he's the head baker. He said start "
        "with bread."
    ).contact
    assert contact.name == "Brother Anselm"
