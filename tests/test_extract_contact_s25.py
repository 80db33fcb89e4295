"""The contact's shapes read in pipeline 1.19 (found by a user, and on recaps-n/o).

Each shape is run cased, lower case and mixed case (names capitalised, sentence starts and the
speaker's words lower case) through real spaCy and the shipped roles model (``extract``).
Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract
from debrief.extract.casing import usual_casing
from debrief.names import company_key, person_key

WHEN = datetime(2026, 12, 9, 17, 0)


def _mixed(cased: str) -> str:
    return ". ".join(s[:1].lower() + s[1:] for s in cased.split(". "))


def _three(cased: str) -> list:
    return [
        pytest.param(cased, id="cased"),
        pytest.param(_mixed(cased), id="mixed"),
        pytest.param(cased.lower(), id="lower"),
    ]


@pytest.mark.parametrize(
    "text", _three("Talked to Lena Park of Acme Robotics. She said to learn ROS first.")
)
def test_name_of_company(text: str) -> None:
    # "<name> of <organisation>": the organisation no rule knew is where the contact works
    ex = extract(text, WHEN)
    assert person_key(ex.contact.name) == "lena park"
    assert company_key(ex.contact.company) == "acme robotics"
    assert "acme robotics" in {company_key(c) for c in ex.companies_mentioned}


@pytest.mark.parametrize(
    "text",
    [
        "Talked to Lena Park of Denver. She said to learn ROS first.",
        "talked to lena park of course, she said to learn ros first.",
    ],
)
def test_a_place_or_a_phrase_after_of_is_no_company(text: str) -> None:
    assert extract(text, WHEN).contact.company is None


@pytest.mark.parametrize(
    "text", _three("Met Raj Patel today, a manager at Deloitte. He said to network early.")
)
def test_an_opening_verb_then_the_name(text: str) -> None:
    # lower case: the tagger reads "raj" as an adverb; a name it does read follows
    ex = extract(text, WHEN)
    assert person_key(ex.contact.name) == "raj patel"
    assert company_key(ex.contact.company) == "deloitte"


def test_an_adverb_after_the_cue_is_no_name() -> None:
    text = "that was honestly great, she is a nurse at mercy health. she said to shadow someone."
    assert extract(text, WHEN).contact.name is None


@pytest.mark.parametrize(
    "text",
    [
        "talked to hana ito, a product manager at notion. she said to ship small things.",
        "Talked to Hana Ito, a product manager at notion. She said to ship small things.",
    ],
)
def test_a_known_organisation_takes_its_usual_casing(text: str) -> None:
    ex = extract(text, WHEN)
    assert ex.contact.company == "Notion"
    assert "Notion" in ex.companies_mentioned and "notion" not in ex.companies_mentioned


def test_an_unknown_organisation_stays_as_said() -> None:
    text = "talked to hana ito, a product manager at tidewell goods. she said to ship small things."
    assert extract(text, WHEN).contact.company == "tidewell goods"


def test_the_recaps_own_capitals_win() -> None:
    assert usual_casing("notion", "at notion, and Notion's editor") == "Notion"
    assert usual_casing("acme robotics", "acme robotics ... ACME Robotics") == "ACME Robotics"
    assert usual_casing("deloitte", "at deloitte") == "Deloitte"
    assert usual_casing("Deloitte", "at deloitte") == "Deloitte"
    assert usual_casing("tidewell goods", "at tidewell goods") == "tidewell goods"
