"""People mentioned (`people24`): a town is no person. A typed heading's note on the contact's
firm put a town among the people, either one the tagger read as a PERSON ("(trucking, ~400
ppl, Fort Wayne)") or one after the firm's headcount, read as the first of a list of names
("12 agents, Littleton"). A name that opens on a place word ("Fort", "San", "Mount") or ends on
one ("Falls", "Valley", "Creek") is dropped, and a count in digits announces no list of names;
a person whose surname is such a word and whose first name is a given name ("Linda Bay")
stays, as do a rank or a form of address before it and a list announced by "two of her ...".
Real spaCy (``en_core_web_sm``). Every recap is written for this file; none is copied from a
labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract
from debrief.extract.people_placeshape import place_shaped

WHEN = datetime(2026, 12, 8, 18, 0)


def _people(text: str) -> list[str]:
    return [p.name for p in extract(text, WHEN).people_mentioned]


def test_a_town_in_a_typed_headings_firm_note_is_no_person() -> None:
    # a dispatcher's phone notes: the firm's kind, size and town in brackets
    text = (
        "call w/ Joanna Rees -> fleet mgr @ Cordell Freight (trucking, ~400 ppl, Fort Wayne)\n"
        "- 30 min\n"
        "- she said ping her colleague Devin Ortiz about the dispatch opening"
    )
    assert _people(text) == ["Devin Ortiz"]


def test_a_town_ending_on_falls_is_no_person() -> None:
    text = (
        "Notes: recruiter Gemma Cho, Northwind Logistics (freight brokerage, 60 ppl, Sioux "
        "Falls). 20 min. She said the night desk is the way in."
    )
    assert "Sioux Falls" not in _people(text)


def test_a_town_after_a_headcount_in_digits_is_no_person() -> None:
    # a one-word town after the firm's headcount: "12 agents," announces no list of names
    text = (
        "Priya Raman - travel mgr, Westbrook Partners (boutique TMC, 12 agents, Littleton)\n"
        "- 25 min\n"
        "- ask her teammate Cole Maddox about the night desk"
    )
    assert _people(text) == ["Cole Maddox"]


def test_a_list_of_people_announced_by_a_count_in_words_stays() -> None:
    text = (
        "Talked to Rosa Lindqvist, ops manager at Harlow Air. She said to reach out to two of "
        "her coordinators, Marcus Bell and Dana Ruiz, about the scheduling desk."
    )
    assert _people(text) == ["Marcus Bell", "Dana Ruiz"]


def test_a_person_whose_surname_is_a_place_word_stays() -> None:
    text = (
        "Call with Arjun Mehta at Pellworth. His manager Linda Bay set up the call, and "
        "Linda said to follow up in May."
    )
    assert "Linda Bay" in _people(text)


@pytest.mark.parametrize(
    ("name", "shaped"),
    [
        ("Fort Collins", True),
        ("San Mateo", True),
        ("Diablo Valley", True),
        ("Walnut Creek", True),
        ("Cherry Creek", False),  # "Cherry" is a census given name: may be a person
        ("Stripe Dublin", True),  # a firm's office: a place of places.txt at the end
        ("Linda Bay", False),  # a census given name first
        ("Jordan Paris", False),
        ("Hyun-woo Park", False),  # "Park" is a common surname, in no list
        ("Kwame Jordan", False),  # "Jordan": a country, and a common surname
        ("Mrs. Valley", False),  # a form of address
        ("Sergeant Major Bay", False),  # a rank
        ("Collins", False),  # one word: people16's list decides
    ],
)
def test_place_shaped(name: str, shaped: bool) -> None:
    assert place_shaped(name) is shaped
