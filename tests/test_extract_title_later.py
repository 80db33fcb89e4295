"""The contact's title said in a sentence of its own after the name (``title_later``, found on
recaps-aa, ac and n..s): "<Name>, a friend's coworker, ... He's the X, so ..." and "his title
is, um, X", where the intro parser reads no title.

Checked on the real parse of each recap (``extract_doc``) with the contact's name, and once
through the whole extraction. Every sentence is written for this file; none is copied from a
labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract.pipeline import extract_doc
from debrief.extract.title_later import title_said_later

WHEN = datetime(2026, 12, 9, 17, 0)


def _later(text: str, name: str) -> str | None:
    return title_said_later(extract_doc(text, WHEN), name)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            # the name first with how the user knows them, the title a sentence later
            "Okay, Wendell Achebe, my aunt's old neighbour, we spoke Tuesday night. He's the "
            "regional fleet maintenance planner, so he schedules every truck repair.",
            "Wendell Achebe",
            "regional fleet maintenance planner",
        ),
        (
            # a hesitation and "their only" before the title
            "Spoke with Ilse Brandt from a small seed company. She's, um, their only quality "
            "analyst, the whole lab is her and a fridge.",
            "Ilse Brandt",
            "quality analyst",
        ),
        (
            # "his title is, um, ..." said late, lower case
            "recap call with marco venn. we talked about night shifts for ages. his title is, "
            "um, production supervisor, he said it changes a lot.",
            "marco venn",
            "production supervisor",
        ),
    ],
)
def test_a_title_said_after_the_name(text: str, name: str, title: str) -> None:
    assert _later(text, name) == title


def test_a_pronoun_before_the_name_is_not_the_contact() -> None:
    # the "she" before the name is the user's friend, not the contact
    text = (
        "My friend set it up; she's the office manager at the clinic. Then I met Tariq "
        "Osei, who took me round the workshop."
    )
    assert _later(text, "Tariq Osei") is None


def test_a_person_named_between_stops_the_search() -> None:
    # "she" after another person's name may be that person
    text = (
        "Talked with Lena Fischer about apprenticeships. Her colleague Marta Kowalczyk "
        "joined late; she's the training coordinator there."
    )
    assert _later(text, "Lena Fischer") is None


def test_a_head_word_run_on_into_a_noun_is_no_title() -> None:
    # "the owner stuff" is the work an owner does, not a title
    text = (
        "Call with Pete Okonjo about his shop. He said half his week is the owner stuff, "
        "billing and chasing payments. He's a lot of fun."
    )
    assert _later(text, "Pete Okonjo") is None


def test_the_heads_a_title_beside_the_name_ends_on_end_one_said_later() -> None:
    # "chair" and "commissioner" are heads of a title tied to the name (title_tied); said in
    # a sentence of the contact's own they end a title too (title32)
    said = (
        "the union rep. His name is Oksana Mireles and he's their grievance committee chair, "
        "and he still drives a route."
    )
    assert _later(said, "Oksana Mireles") == "grievance committee chair"
    assert _later(
        "Oksana Mireles called back, she's the county commissioner now.", "Oksana Mireles"
    ) == ("county commissioner")
