"""People mentioned (`people24`): a name shaped as a place's is no person. A typed heading's
note on the contact's firm ("(trucking, ~400 ppl, Fort Wayne)") put a town the tagger read as
a PERSON among the people; a name that opens on a place word ("Fort", "San", "Mount") or ends
on one ("Falls", "Valley", "Creek") is dropped, while a person whose surname is such a word
and whose first name is a given name ("Linda Bay") stays, as does a rank or a form of
address before it.
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
