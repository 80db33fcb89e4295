"""Mixed-case recaps: names capitalised, everything else lower case, as Whisper and hurried
typists write. The contact, people and companies must come out as they do for the same recap
all cased and all lower case. Real spaCy and the shipped roles model (through ``extract``).

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract
from debrief.extract.casing import _casing
from debrief.names import company_key, person_key

WHEN = datetime(2026, 12, 8, 18, 0)

MIXED = (
    "just got off the phone with dana whitcomb she runs ops at ferrow freight out of columbus. "
    "she said i should talk to her colleague Marco Ruiz who manages dispatch."
)
CASED = (
    "Just got off the phone with Dana Whitcomb she runs ops at Ferrow Freight out of Columbus. "
    "She said I should talk to her colleague Marco Ruiz who manages dispatch."
)


@pytest.mark.parametrize("text", [MIXED, CASED, MIXED.lower()], ids=["mixed", "cased", "lower"])
def test_the_referral_capitalised_alone_is_not_the_contact(text: str) -> None:
    ex = extract(text, WHEN)
    assert person_key(ex.contact.name) == "dana whitcomb"
    assert company_key(ex.contact.company) == company_key("Ferrow Freight")
    people = {person_key(p.name): p.relation for p in ex.people_mentioned}
    assert people == {"marco ruiz": "referral"}
    companies = {company_key(c) for c in ex.companies_mentioned}
    assert company_key("Ferrow Freight") in companies
    assert "dana whitcomb" not in companies


@pytest.mark.parametrize(
    "text",
    [
        # no comma after the intro, the referral after "suggested"
        "had a call with dana whitcomb from ferrow freight. she suggested i talk to Marco Ruiz "
        "in dispatch.",
        # a run-on recap with no full stop at all
        "just got off the phone with dana whitcomb she runs ops at ferrow freight out of columbus "
        "she said i should talk to her colleague Marco Ruiz who manages dispatch",
    ],
    ids=["suggested", "run-on"],
)
def test_mixed_case_variants_keep_the_contact(text: str) -> None:
    ex = extract(text, WHEN)
    assert person_key(ex.contact.name) == "dana whitcomb"
    assert company_key(ex.contact.company) == company_key("ferrow freight")
    assert {person_key(p.name): p.relation for p in ex.people_mentioned} == {
        "marco ruiz": "referral"
    }


def test_a_title_sentence_with_two_capitalised_referrals() -> None:
    ex = extract(
        "spoke with priya nair who is a nurse manager at st brendan hospital. she told me to "
        "email Tom Becker in HR and Lisa Chen, a recruiter.",
        WHEN,
    )
    assert person_key(ex.contact.name) == "priya nair"
    assert ex.contact.title == "nurse manager"
    assert company_key(ex.contact.company) == company_key("st brendan hospital")
    people = {person_key(p.name): p.relation for p in ex.people_mentioned}
    assert people == {"tom becker": "referral", "lisa chen": "referral"}
    assert "priya nair" not in {company_key(c) for c in ex.companies_mentioned}


def test_a_lower_case_name_with_a_particle_is_read_whole() -> None:
    ex = extract(
        "so i talked to gabriel dos santos he's a quality manager at a meal kit company, "
        "crateful, in newark. he started as a line cook.",
        WHEN,
    )
    assert person_key(ex.contact.name) == "gabriel dos santos"


def test_an_adverb_after_that_was_is_no_name() -> None:
    ex = extract(
        "so that was kind of a long one. talked to hamid sultani, he's a maintenance planner "
        "at a food plant, sunvalley foods, in fresno. he said the QA team is small.",
        WHEN,
    )
    assert person_key(ex.contact.name) == "hamid sultani"


@pytest.mark.parametrize(
    ("text", "unreliable"),
    [
        (MIXED, True),
        (MIXED.lower(), True),
        (CASED, False),
        # a cased recap with one sentence left lower-case is still cased
        (
            "Talked to Ana Ruiz at Figma. she is a designer there. She said I should apply. "
            "I will email her on Monday.",
            False,
        ),
        # lower-case sentences but a capital "I": names capitalised, sentences not
        (
            "talked to Ana Ruiz at Figma. she is a designer there. she said I should apply. "
            "then I will email her.",
            True,
        ),
    ],
)
def test_which_recaps_have_unreliable_capitals(text: str, unreliable: bool) -> None:
    assert any(_casing(text)) is unreliable
