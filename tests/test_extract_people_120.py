"""People mentioned, pipeline 1.20: who introduced the speaker (a person mentioned, not a
referral), a name the tagger calls an organisation or a place with nothing said of it (no
person), referrals said as "call her friend X" / "X would be worth a call" / "she'll set it up
with X" / "I'm going to message X", and the learning and using verbs before a tool (shared
with the organisation finder), with real spaCy (``en_core_web_sm``).

Each shape is tried cased, and where it applies mixed (lower-case sentences, the names
capitalised) and all lower case. Every sentence is written for this file; none is copied from
a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract
from debrief.names import company_key, person_key

WHEN = datetime(2026, 12, 8, 18, 0)

_OPENING = "Call with Ingrid Solberg, research coordinator at Fairmont Clinic. "


def _people(text: str) -> dict[str, str]:
    return {person_key(p.name): p.relation for p in extract(text, WHEN).people_mentioned}


def _lower(text: str) -> str:
    return text.lower().replace(",", "").replace(".", "")


# ------------------------------------------------------------- who introduced the speaker

_INTRODUCED_BY = (
    "Notes on my call with Halvard Osei, a logistics planner at Brightwater Foods. He was "
    "introduced by Meena from my night class. He said to learn SQL before anything else."
)


@pytest.mark.parametrize(
    "text",
    [
        _INTRODUCED_BY,
        "notes on my call with Halvard Osei, a logistics planner at Brightwater Foods. he was "
        "introduced by Meena from my night class. he said to learn SQL before anything else.",
        _lower(_INTRODUCED_BY),
    ],
)
def test_introduced_by_names_a_person_mentioned(text: str) -> None:
    people = _people(text)
    assert people.get("meena") == "mentioned"
    assert "halvard osei" not in people  # the contact is not a person mentioned


def test_had_set_it_up_names_the_introducer() -> None:
    people = _people(_OPENING + "Tobias had set it up. She runs three trials at once.")
    assert people == {"tobias": "mentioned"}


def test_made_the_intro_is_the_introducer_not_a_referral() -> None:
    text = (
        "Forty minutes with Ingrid Solberg, research coordinator at Fairmont Clinic, my "
        "cousin's old roommate, Auntie Rose, made the intro. She runs three trials at once."
    )
    people = _people(text)
    assert len(people) == 1
    assert set(people.values()) == {"mentioned"}


# ------------------------------------------- an organisation or a place the tagger names


def test_an_organisation_after_a_person_with_who_is_no_person() -> None:
    text = _OPENING + "The other speaker was Lwazi Nkosi from FedEx, who I didn't get to meet."
    people = _people(text)
    assert "fedex" not in people
    assert people.get("lwazi nkosi") == "mentioned"


def test_a_list_of_people_with_who_keeps_every_person() -> None:
    text = _OPENING + (
        "She named two people I should talk to, Oren Batiste, who runs the lab at Lakeview, "
        "and Inés Delgado, who's a monitor at Pfizer."
    )
    people = _people(text)
    assert people == {"oren batiste": "referral", "ines delgado": "referral"}
    companies = {company_key(c) for c in extract(text, WHEN).companies_mentioned}
    assert {"lakeview", "pfizer"} <= companies


# ------------------------------------------------------------------- referral cues


@pytest.mark.parametrize(
    "sentence",
    [
        "She said call her friend Oren Batiste, who manages the lab.",
        "She said her old boss, Oren Batiste at Lakeview Health, would be worth a call.",
        "She said I should shadow a coordinator for a day and she'll set it up with Oren "
        "Batiste, one of her leads.",
        "She gave me two names. I'm going to message Oren Batiste by Friday.",
    ],
)
def test_referral_cues(sentence: str) -> None:
    assert _people(_OPENING + sentence).get("oren batiste") == "referral"


def test_said_call_in_mixed_case() -> None:
    text = (
        "call with Ingrid Solberg, research coordinator at Fairmont Clinic. she said call her "
        "friend Oren Batiste, who manages the lab."
    )
    assert _people(text).get("oren batiste") == "referral"


# ------------------------------------------------------------- a tool after a verb


@pytest.mark.parametrize("verb", ["master", "learn", "practise using", "uses"])
def test_a_tool_after_a_learning_or_using_verb_is_no_person(verb: str) -> None:
    text = _OPENING + f"She said the coordinators who do well {verb} Bluebeam Revu every day."
    people = _people(text)
    assert "bluebeam revu" not in people
    assert "ingrid solberg" not in people


# ------------------------------------- a person noun before a name the contact's guess took


def test_a_name_after_a_person_noun_is_a_person_not_the_contacts_company() -> None:
    # the contact's first guess takes "Bianca Russo" for the organisation; the final contact
    # is at Larkfield Homes, and "my old colleague" says who Bianca Russo is
    text = (
        "So from Larkfield Homes, the head of leasing, Tomás Reyna, and he's the one who hired "
        "my old colleague Bianca Russo. Larkfield manages about forty buildings."
    )
    result = extract(text, WHEN)
    assert {person_key(p.name): p.relation for p in result.people_mentioned} == {
        "bianca russo": "mentioned"
    }
    assert "bianca russo" not in {company_key(c) for c in result.companies_mentioned}


def test_a_first_name_alone_is_the_full_name_the_tagger_read() -> None:
    text = _OPENING + (
        "My old shop steward, Vince Palumbo, knows her from church. She runs three trials at "
        "once. I'll thank Vince tomorrow."
    )
    result = extract(text, WHEN)
    assert [p.name for p in result.people_mentioned] == ["Vince Palumbo"]
    assert "vince palumbo" not in {company_key(c) for c in result.companies_mentioned}
