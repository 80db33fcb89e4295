"""Contact shapes from the recaps-f/g authors (pipeline 1.17): one test per shape, real spaCy
and the shipped roles model (through ``extract``).

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.names import person_key

WHEN = datetime(2026, 12, 8, 18, 0)


def _name(text: str) -> str:
    return person_key(extract(text, WHEN).contact.name)


def test_a_name_apposed_to_an_organisation_noun_is_the_organisation() -> None:
    assert (
        _name(
            "so the call with the water utility, lakeside water district, i talked with "
            "joanna pike, she's an asset planner there. she started as a meter reader and "
            "moved up."
        )
        == "joanna pike"
    )


def test_an_organisation_before_person_or_panel_is_no_name() -> None:
    assert (
        _name(
            "Call with the Wells Fargo person. The call itself was with Tomas Reyes, a fraud "
            "analyst in Charlotte. He said the work is mostly reading alerts."
        )
        == "tomas reyes"
    )
    assert (
        _name(
            "Recap of the Teleperformance panel thing. Three of them: Ana Lima, a recruiter, "
            "who I had booked, and two trainers. Ana started on the phones."
        )
        == "ana lima"
    )


def test_a_head_word_before_of_starts_an_organisation() -> None:
    assert (
        _name(
            "Talked with University of Dayton folks today. Mostly with Kelly Brandt, an "
            "advisor in the engineering college. She said to apply early."
        )
        == "kelly brandt"
    )
