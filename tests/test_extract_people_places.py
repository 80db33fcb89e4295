"""People mentioned (`people16`): a place is not a person. A region said after a job title
("head of sales for Southeast Asia"), cities the speaker chatted about, or a lower-case country
after "in" were filed as people; a name that is, whole, a country, continent, region, US state
or large city of ``pipelines/places.txt`` (also after a compass word) is dropped. A place that
is also a given name ("Kenya", "Sydney") stays a person unless every mention follows a place
preposition, and real people in the same recap are kept.
Real spaCy (``en_core_web_sm``). Every sentence is written for this file; none is copied
from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract
from debrief.extract.people_places import place_name

WHEN = datetime(2026, 12, 8, 18, 0)


def _people(text: str) -> dict[str, str]:
    return {p.name: p.relation for p in extract(text, WHEN).people_mentioned}


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        # a sales director's region, written after his title
        (
            "Spoke to Marcus Feld, regional sales director for Southeast Asia at Tessaro "
            "Pumps. He said talk to Lena Brandt in recruiting.",
            "Southeast Asia",
            "Lena Brandt",
        ),
        # the region after the title, and a manager whose first name is also a country
        (
            "Talked with Ines Sato, she leads partnerships for Latin America at Corvel "
            "Freight. She said Kenya Brooks, her manager, is hiring in March.",
            "Latin America",
            "Kenya Brooks",
        ),
        # small talk about two cities before the real conversation
        (
            "Call with Halyna Petrenko, a process engineer at Brightline Robotics. Half the "
            "call was her stories about Kyiv and Kraków, both of which she misses. She said "
            "to email her colleague Tomasz Wrona about the controls job.",
            "Kyiv",
            "Tomasz Wrona",
        ),
    ],
)
def test_a_place_is_not_filed_as_a_person(text: str, place: str, person: str) -> None:
    people = _people(text)
    assert place not in people
    assert person in people


def test_a_lower_case_country_after_in_is_not_a_person() -> None:
    # a typed-fast lower-case memo: the degree's country read as a name
    text = (
        "zoom with hamid qureshi controls manager at ardent packaging forty min he did his "
        "masters in pakistan at nust then came to dayton he said learn ignition scada"
    )
    assert "pakistan" not in _people(text)


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("She said her teammate Sydney is hiring, so I should email Sydney by Friday.", "Sydney"),
        ("Her coworker Kenya set up the call, I should thank Kenya tomorrow.", "Kenya"),
    ],
)
def test_a_given_name_that_is_also_a_place_stays_a_person(said: str, name: str) -> None:
    # "Sydney" and "Kenya" are places and first names; said with no "in"/"from" before
    # them, as colleagues, they are people (a guard: kept before and after this rule)
    text = "Spoke to Grace Lin, head of supply chain at Halvard Tools. " + said
    assert name in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "zoom with arjun rao test engineer at melcor drives thirty min he studied in india at "
        "anna university then moved to ohio he said learn labview",
        "call with wen li supply planner at orvis pumps she did her degree in china at tongji "
        "then came to chicago she said get apics cpim",
    ],
)
def test_a_given_name_place_after_in_is_dropped(text: str) -> None:
    # "india" and "china" are census given names too, but here every mention follows "in"
    people = _people(text)
    assert "india" not in people
    assert "china" not in people


@pytest.mark.parametrize(
    ("name", "is_place"),
    [
        ("West Africa", True),
        ("the Middle East", True),
        ("KRAKÓW", True),
        ("Northern Ireland", True),
        ("North Carolina", True),
        ("Dale Kaminski", False),
        ("West", False),
        ("Georgia Ramos", False),
    ],
)
def test_place_name_matches_the_whole_name_only(name: str, is_place: bool) -> None:
    assert place_name(name) is is_place
