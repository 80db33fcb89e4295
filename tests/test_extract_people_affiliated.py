"""People (`people34`'s shape, narrowed by `people36`): one capitalised word typed before "@"
and an organisation ("Wiebke @ Lumora Bio", "after Radek @ Kestrel & Finch") is a person
mentioned, with no cue word before it; a note's word before "@" and a word before the
spoken "from" are not taken by this rule. Real spaCy (``en_core_web_sm``). Every recap is
written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)
NOTES = "Call w/ Marisa Oyelowo, adjuster, Tidewell Mutual.\n"


def _people(text: str) -> set[str]:
    return {p.name for p in extract(text, WHEN).people_mentioned}


def test_a_typed_at_sign_after_a_given_name_is_a_person() -> None:
    people = _people(NOTES + "- next: ask someone in biotech sales (Wiebke @ Lumora Bio?)\n")
    assert "Wiebke" in people


def test_a_typed_at_sign_after_an_unlisted_name_is_a_person() -> None:
    people = _people(NOTES + "- 2nd adjuster call (after Radek @ Kestrel & Finch in May).\n")
    assert "Radek" in people


def test_a_notes_word_before_at_and_a_word_before_from_are_no_people() -> None:
    people = _people(
        NOTES + "- Lunch @ Noon works for her.\n- Notes from the call: Came from Boise.\n"
    )
    assert not {"Lunch", "Noon", "Notes", "Came", "Boise"} & people
