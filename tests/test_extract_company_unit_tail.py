"""On a transcript, the part of an organisation Whisper capitalised onto its name is cut off
the contact's company ("Ohio State Athletics" said for "Ohio State athletics"; spoken44); a
typed recap keeps what it writes.

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
