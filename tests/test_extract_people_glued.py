"""People (`people31`): a bare verb of getting in touch that the parser glued into the name's
own phrase ("She said ping Marcus Bell.", "ping" read as a compound of "Bell") is still the
contact telling the speaker to contact the person: a referral, as people28 made "he said ping
a woman named X". And after a person cue, a lower-case census given name the tagger misread
as a noun or an adjective ("ask deshawn our shift lead", "talk to andre") is a person. Real
spaCy (``en_core_web_sm``). Every recap is written for this file; none is copied from a
labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)


def _people(text: str) -> dict[str, str]:
    return {p.name: p.relation for p in extract(text, WHEN).people_mentioned}


def test_a_told_verb_glued_into_the_name_makes_a_referral() -> None:
    people = _people(
        "Talked to Dana Whitfield, a logistics manager at Corvel Freight, for thirty "
        "minutes. She started as a dispatcher and moved up. She likes the pace. "
        "She said ping Marcus Bell."
    )
    assert people["Marcus Bell"] == "referral"


def test_a_lower_case_given_name_after_a_cue_is_a_person() -> None:
    people = _people(
        "talked to dana whitfield a logistics manager at corvel freight for thirty minutes. "
        "she started as a dispatcher. i also need to ask deshawn our shift lead about "
        "overtime before friday."
    )
    assert "deshawn" in people


def test_a_given_name_word_before_a_noun_stays_no_person() -> None:
    people = _people(
        "talked to dana whitfield a logistics manager at corvel freight for thirty minutes. "
        "she said to talk to grant writers at the county before i apply."
    )
    assert not any("grant" in n for n in people)


def test_a_lower_case_person_off_the_census_before_a_persons_verb_is_a_person() -> None:
    people = _people(
        "talked to dana whitfield a logistics manager at corvel freight for thirty minutes. "
        "she started as a dispatcher. kasia was calling me during the call so i missed a "
        "bit of it."
    )
    assert "kasia" in people
