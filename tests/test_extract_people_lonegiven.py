"""People (`people36`): one capitalised given name said in an aside with no person cue ("hand
Gloria my notice", "the story with Gordon", "an adjuster like Rhonda") is a person when the
whole recap agrees: a census given name more than a surname, tagged a person wherever it is
said, no word of an organisation the recap names. Firms and places that take a name ("drove
for Ford", "with Jordan and Chase", "Gloria Foods") stay no people. Real spaCy
(``en_core_web_sm``). Every recap is written for this file; none is copied from a labelled
corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)
OPENING = "Talked to Marisa Oyelowo, a claims adjuster at Tidewell Mutual. "


def _people(text: str) -> set[str]:
    return {p.name for p in extract(text, WHEN).people_mentioned}


def test_the_one_handed_something_in_a_to_do_is_a_person() -> None:
    assert "Gloria" in _people(OPENING + "To do: hand Gloria my two weeks notice after the audit.")


def test_a_given_name_after_with_is_a_person() -> None:
    text = "I could use the story about the audit with Gordon for the behavioural question."
    assert "Gordon" in _people(OPENING + text)


def test_a_given_name_after_like_is_a_person() -> None:
    text = "She used to be an adjuster like Rhonda, they know each other."
    assert "Rhonda" in _people(OPENING + text)


def test_names_firms_and_places_take_stay_no_people() -> None:
    # risk side: a surname more than a given name, a firm named after a given name, a place
    people = _people(
        OPENING + "She drove for Ford before the claims job. She spent two years with Jordan "
        "and Chase before this, then at Gloria Foods. Gloria made her a supervisor quickly. "
        "The Sydney office is small."
    )
    assert not {"Ford", "Jordan", "Chase", "Gloria", "Sydney"} & people


# people37: a given name off the census (the census is of one country's births), no English
# word and no surname of note, read as a person wherever the recap says it


def test_a_name_off_the_census_watched_on_saturday_is_a_person() -> None:
    text = "I promised to watch Temitope on Saturday so my sister can work."
    assert "Temitope" in _people(OPENING + text)


def test_a_name_off_the_census_watched_on_friday_is_a_person() -> None:
    text = "I should ask mom if she can watch Chinedu on Friday."
    assert "Chinedu" in _people(OPENING + text)


def test_a_name_off_the_census_owning_a_shop_is_a_person() -> None:
    text = "I'll do that audit for Zanele's bakery in the next two weeks."
    assert "Zanele" in _people(OPENING + text)


def test_tools_and_firms_off_the_census_stay_no_people() -> None:
    # risk side: a tool after a preposition, a language spoken, a word of the recap's firm
    people = _people(
        OPENING + "We moved the whole team to Zendesk last year. She said claims systems "
        "like Quorvex are worth a look. They prefer someone who can speak Wolof. "
        "Tidewell pays well, and she spent a year with Tidewell before the promotion."
    )
    assert not {"Zendesk", "Quorvex", "Wolof", "Tidewell"} & people
