"""People shapes of stop 47's new authors (peoplefp51), one test per shape, real spaCy.

A hyphenated given name the tagger split, a form of address said after a name ("ji",
"sahib"), who gave the speaker the contact's number, and a past verb glued to the name that
follows it. Every sentence here is written for this file; none is copied from a labelled
corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)


def _people(text: str) -> dict[str, str]:
    return {p.name: p.relation for p in extract(text, WHEN).people_mentioned}


def test_hyphenated_given_name_tagged_by_its_first_part_is_kept_whole() -> None:
    people = _people(
        "so call with Dana Whitlock, analyst at Corvex, he also said Corvex is hiring and he "
        "gave me the name of Hyun-soo at Brightfold Labs who does audits to talk with, ok to "
        "do write to Hyun-soo by Friday"
    )
    assert people == {"Hyun-soo": "referral"}


def test_hyphenated_given_name_read_by_its_last_part_is_kept_whole() -> None:
    people = _people(
        "Marta Oyelaran - Staff Hydrologist, Cobblefield Water Partners\n"
        "(the one Kyung-min mentioned back in April who left the county for consulting)\n"
        "Tue Aug 4, 25 min"
    )
    assert people == {"Kyung-min": "mentioned"}


def test_lower_case_form_of_address_after_a_name_is_not_filed_with_it() -> None:
    people = _people(
        "call w/ marta oyelaran hydrologist at cobblefield water, 20 min\n"
        "she said get the field cert first\n"
        "1 ask gurdeep ji for a reference letter\n"
        "2 email marta fri"
    )
    assert "gurdeep" in people
    assert "gurdeep ji" not in people


def test_name_said_with_a_form_of_address_is_a_person() -> None:
    people = _people(
        "Talked to Marta Oyelaran, hydrologist at Cobblefield Water. The owner there is "
        "Grewal sahib, and she said Grewal sahib started the firm in 1998."
    )
    assert "Grewal" in people
    assert "Grewal sahib" not in people


def test_capitalised_ji_in_a_name_is_kept() -> None:
    people = _people(
        "Call with Wang Ji, analyst at Corvex Partners. He said Li Ji at the lab is hiring."
    )
    assert "Li Ji" in people


def test_who_gave_the_speaker_the_contacts_number_is_mentioned() -> None:
    people = _people(
        "Talked to Noor Haddad today for 30 minutes, she's a planner at Tessaly Foods in "
        "Fresno, my cousin Dara gave me her number, his wife works there."
    )
    assert people == {"Dara": "mentioned"}


def test_contact_giving_the_number_of_someone_still_refers() -> None:
    people = _people(
        "Talked to Noor Haddad today for 30 minutes, she's a planner at Tessaly Foods in "
        "Fresno, and she gave me the number of Ivo in dispatch."
    )
    assert people == {"Ivo": "referral"}


def test_capitalised_word_with_a_hyphenated_ending_is_no_person() -> None:
    people = _people(
        "Talked to Noor Haddad, planner at Tessaly Foods. Skill-wise she said the biggest "
        "thing is listening."
    )
    assert people == {}
