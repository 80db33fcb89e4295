"""People (`people34`): one capitalised word said with where the person comes from
("Hendricks from the city said", "Brandon from Kessler Roofing knew her", a typed "Marta @
genomiQa") is a person mentioned, with no cue word before it; a sentence's first verb or
noun before "from", a date and a place are not. Real spaCy (``en_core_web_sm``). Every
recap is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)
OPENING = "Talked to Marisa Oyelowo, a claims adjuster at Tidewell Mutual. "


def _people(text: str) -> dict[str, str]:
    return {p.name: p.relation for p in extract(text, WHEN).people_mentioned}


def test_a_surname_from_the_city_is_a_person() -> None:
    people = _people(OPENING + "Hendricks from the city said to call her back next week.")
    assert "Hendricks" in people


def test_a_first_name_from_a_firm_is_a_person() -> None:
    people = _people(
        OPENING + "uh Brandon from Kessler Roofing knew her from a job site. She started "
        "as a cost engineer."
    )
    assert "Brandon" in people


def test_a_typed_at_sign_after_a_first_name_is_a_person() -> None:
    people = _people(
        "Call w/ Marisa Oyelowo, adjuster, Tidewell Mutual.\n"
        "- talk to someone at a startup (Marta @ genomiQa?)\n"
    )
    assert "Marta" in people


def test_a_sentences_first_word_and_a_place_before_from_are_no_people() -> None:
    people = _people(
        OPENING + "Notes from the call. Came from Boise. Advice from her: learn the "
        "estimating software. She moved to Denver from Boise in 2019."
    )
    assert not {"Notes", "Came", "Advice", "Denver"} & set(people)
