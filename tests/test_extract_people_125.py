"""People mentioned (`people12`): a name that owns what only a person has ("Odalys's take",
"Tobenna's boss", "Greta Lund's suggestion") is a person even where the tagger reads a lone
first name as an organisation; "thank you X", "tell X" and "talk it over with X" are person
cues; so are "nephew" and "niece" before a name.
Real spaCy (``en_core_web_sm``). Every sentence is written for this file; none is copied
from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)

_OPENING = "Talked with Marisol Quintero, a grants officer at Tallgrass Trust, for half an hour. "


def _people(text: str) -> dict[str, str]:
    return {p.name: p.relation for p in extract(text, WHEN).people_mentioned}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the speaker's own partner, named only as the owner of an opinion
        ("The pay is flat for years. Odalys's take after was that I should wait.", "Odalys"),
        # who set the call up, named through their boss
        ("The call was with Tobenna's boss, who runs the claims floor.", "Tobenna"),
        ("I reached out because of Greta Lund's suggestion at the meetup.", "Greta Lund"),
        ("It was Odalys's cousin who told me about the opening.", "Odalys"),
        # the organisation rules take "X's" after "with" for a firm's possessive
        ("I drove up with Odalys's cousin, who works nights at the depot.", "Odalys"),
    ],
)
def test_a_name_owning_what_only_a_person_has_is_a_person(text: str, name: str) -> None:
    assert name in _people(_OPENING + text)


def test_an_organisation_owning_its_staff_is_still_no_person() -> None:
    people = _people(_OPENING + "She said Tallgrass Trust's board meets in March.")
    assert not any("Tallgrass" in name for name in people)


def test_a_name_owning_a_cousin_is_no_organisation_mentioned() -> None:
    result = extract(_OPENING + "I drove up with Odalys's cousin, who works nights.", WHEN)
    assert "Odalys" not in result.companies_mentioned


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bartek from the food bank connected us, so thank you Bartek.", "Bartek"),
        ("Next steps: tell Ingeborg about the start date by Monday.", "Ingeborg"),
        ("I will talk it over with Odalys tonight before I apply.", "Odalys"),
    ],
)
def test_who_the_speaker_thanks_tells_or_talks_it_over_with_is_a_person(
    text: str, name: str
) -> None:
    assert name in _people(_OPENING + text)


@pytest.mark.parametrize(
    "text",
    [
        "He said his nephew, Bruno, works at a property firm downtown.",
        "Her niece Bruna is a nurse on the night shift there.",
    ],
)
def test_a_nephew_or_niece_named_after_the_noun_is_a_person(text: str) -> None:
    assert any(name.startswith("Brun") for name in _people(_OPENING + text))


def test_a_parent_called_by_the_kin_word_is_no_name() -> None:
    # "tell X" is a person cue now; "Mom" after it is no name the speaker gives
    assert "Mom" not in _people(_OPENING + "I have to tell Mom about the offer by Sunday.")
