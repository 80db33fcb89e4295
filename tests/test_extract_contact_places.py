"""A place Whisper glues onto the contact's company (spoken path, pipeline 1.19), real spaCy.

Typed "a union rep at Steamfitters Local 537 in Boston" comes out of tiny.en as "...Local 537
Boston", and "at Klarna in Stockholm" as "at Klarna and Stockholm"; the small model then tags
the whole run one organisation. Every sentence here is written for this file; none is copied
from a labelled corpus or a transcript.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract

WHEN = datetime(2026, 11, 20, 16, 0)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            # "in" heard as "and"
            "Recap of the call with Ingrid Solberg. She's a product designer at Klarna and "
            "Stockholm. She moved there from Oslo four years ago.",
            "Klarna",
        ),
        (
            # "in" dropped after a number
            "So I talked with Dermot Walsh, a business agent for the Steamfitters Union, "
            "Steamfitters Local 537 Boston. Short call, he was on a job site.",
            "Steamfitters Local 537",
        ),
        (
            # "in" dropped; the recap names the organisation without the place later
            "Notes on Priya Raman, research analyst at the Brookings Institution DC. She "
            "joined Brookings after a master's in public policy.",
            "Brookings Institution",
        ),
    ],
)
def test_place_glued_on_is_dropped(text: str, company: str) -> None:
    assert extract(text, WHEN).contact.company == company


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            # a studio named after its city, said that way twice
            "Okay, so that was Colm Brady. He's a level designer at Ubisoft Toronto. He has "
            "been at Ubisoft Toronto for six years.",
            "Ubisoft Toronto",
        ),
        (
            # never named without the city: the city may be its name
            "Call with Renata Oliveira, a staff attorney at Legal Aid Chicago. She does "
            "eviction defense.",
            "Legal Aid Chicago",
        ),
        (
            # "of" binds the place to the name
            "Recap of the call with Tobias Lindqvist. He's a lab manager at the University of "
            "Minnesota. He runs the sequencing core.",
            "University of Minnesota",
        ),
        (
            # two places joined by "and" are no organisation and a place
            "Debrief, Minneapolis and St. Paul call. I talked with Hana Ito, a planner at "
            "Ramsey County. She likes the variety.",
            "Ramsey County",
        ),
    ],
)
def test_place_in_the_name_is_kept(text: str, company: str) -> None:
    assert extract(text, WHEN).contact.company == company
