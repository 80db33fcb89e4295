"""The contact's company on a transcript (spoken44): the part of an organisation Whisper
capitalised onto its name is cut off ("Ohio State Athletics" said for "Ohio State athletics"),
and a title it capitalised after the name is no company; a typed recap keeps what it writes.
Where the company kept moves to the name, the organisation the recap opens on is read again.

The recaps are written for these tests in the shape of Whisper transcripts. Real spaCy.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 6, 3, 16, 10)


def company(text: str, spoken: bool) -> str | None:
    return extract(text, WHEN, spoken).contact.company


# the unit word ends the capitalised run: dropped, and the words after the head with it
SIDE = (
    "Okay, so I talked to Gloria Mendez, she's a compliance manager at Lakeshore Bank Retail "
    "Side. She started as a teller and moved up over nine years. She loves the people. "
    "Her advice was to get a certification early."
)

# the unit word follows the run ("Team."): the organisation is up to its head, "Ministry of
# Transport" with its "of" name
TEAM = (
    "Just got off with Tomas Lindgren, a data analyst at the Alberta Ministry of Transport "
    "Road Safety Team. He did a statistics degree and joined eight years ago. He likes the "
    "data and hates the approvals. He said learn SQL first."
)

# a name with no organisation head: only the unit word goes
ATHLETICS = (
    "So that was Renee Park, the associate director of compliance at Iowa State Athletics. "
    "She was a graduate assistant before that. She loves the coaches and dislikes the "
    "rule changes. Her advice was to volunteer at events."
)


def test_a_unit_run_onto_the_company_is_cut_on_a_transcript() -> None:
    assert company(SIDE, spoken=True) == "Lakeshore Bank"
    assert company(TEAM, spoken=True) == "Alberta Ministry of Transport"
    assert company(ATHLETICS, spoken=True) == "Iowa State"


def test_typed_text_keeps_what_it_writes() -> None:
    assert company(ATHLETICS, spoken=False) == "Iowa State Athletics"


# a title Whisper capitalised after the name, taken for the company: no organisation head, a
# title head last; the organisation said before the name is the company
HEARD_TITLE = (
    "Talked to a woman at Brightwater, the freight software company, Priya Raman, Regional "
    "Operations Manager, covers ports on the west coast. She started in dispatch. She loves "
    "the pace. Her advice was to learn the software."
)


def test_a_capitalised_title_is_no_company_on_a_transcript() -> None:
    assert company(HEARD_TITLE, spoken=True) == "Brightwater"


# the organisation the recap opens on, read again where the company kept moved to the name
# (the two cities said before the name are taken for it first)
OPENED = (
    "Sternwald, design plus innovation consultancy, about 300 people, Toronto Berlin, Rafo de "
    "la Pini, research director, 40 minutes. Career, started in market research in Nairobi, "
    "then Sternwald Berlin. Day, mostly reviewing plans."
)


def test_the_opening_organisation_fills_a_company_moved_to_the_name() -> None:
    assert company(OPENED, spoken=True) == "Sternwald"
