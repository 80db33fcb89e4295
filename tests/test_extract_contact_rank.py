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
