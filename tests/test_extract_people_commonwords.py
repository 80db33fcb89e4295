"""People (`people34`): a capitalised name whose every word is a common English word and no
census name ("Motion Supply", "Medical Affairs", a note's "Dislikes" or "Gave") that the
tagger does not read as a PERSON where it is said, and that the recap never says as a person,
is no person mentioned; a name with a person cue or a person's verb, or a census name word,
stays a person. Real spaCy (``en_core_web_sm``). Every recap is written for this file; none
is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)
OPENING = "Talked to Marisa Oyelowo, a claims adjuster at Tidewell Mutual. "


def _people(text: str) -> dict[str, str]:
    return {p.name: p.relation for p in extract(text, WHEN).people_mentioned}


def test_a_typed_notes_label_of_common_words_is_no_person() -> None:
    people = _people(
        "Call w/ Dana Whitcombe, Director of Claims, Tidewell Mutual. 30 min.\n"
        "Likes the puzzles, and that most of her adjusters are vets. Dislikes, the backlog "
        "after a hailstorm and the phone queue.\n"
        "Gave her my storm story, she liked it.\n"
    )
    assert "Dislikes" not in people
    assert "Gave" not in people


def test_a_department_of_common_words_is_no_person() -> None:
    people = _people(
        OPENING + "She came up through Field Operations, then moved over to Special "
        "Investigations two years ago. Send her a thank-you note tonight."
    )
    assert not {"Field Operations", "Special Investigations"} & set(people)


def test_a_common_word_name_said_as_a_person_stays_a_person() -> None:
    # risk side: a name that is an English word, with a person cue before it
    people = _people(
        OPENING + "She was introduced by her old mentor Sterling Frost, and Sterling Frost "
        "said to call him next week."
    )
    assert "Sterling Frost" in people


def test_a_census_given_name_of_common_words_stays_a_person() -> None:
    people = _people(OPENING + "Hope Summers set it up, they worked together at a body shop.")
    assert "Hope Summers" in people


def test_a_capitalised_verb_after_a_ranks_full_stop_is_no_person() -> None:
    people = _people(
        "Recap, call with Dana Whitcombe at Tidewell Mutual. Use the civilian title, claims "
        "supervisor, not SFC. Gave her the hailstorm story, she liked it."
    )
    assert "Gave" not in people


def test_a_funding_round_in_typed_notes_is_no_person() -> None:
    people = _people(
        "Tidewell Mutual - Dana Whitcombe, Sr PM\n30 min video\n- insurtech startup, ~60 ppl, "
        "Series B. storm claims at scale\n- she was an adjuster 6 yrs"
    )
    assert "Series B." not in people


def test_a_product_of_two_common_words_the_tagger_reads_as_a_person_is_none() -> None:
    # people36: the tagger's PERSON reading counts for a one-word name only
    text = "She said Quiet Lantern is the tool every adjuster there uses."
    assert "Quiet Lantern" not in _people(OPENING + text)


def test_a_form_of_address_and_common_words_stays_a_person() -> None:
    # risk side of people36: a form of address opening the name keeps the tagger's reading
    assert "Brother Anselm" in _people(OPENING + "Brother Anselm runs the program at the parish.")
