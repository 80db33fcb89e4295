"""A place taken for the contact (contact_place.place_dropped): the city or hotel a travelling
speaker dictates from, said before the person, is no person's name and no employer.

The shape of a user who records recaps on the road, opening with where they are ("Tucson.",
"in some airport Courtyard Suites") and only then saying whom they talked to. Run through real
spaCy and the shipped roles model. Every sentence here is written for this file; none is
copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from debrief.extract.contact_place import place_dropped, placelike
from debrief.extract.pipeline import extract_doc
from debrief.models import Contact
from tests.conftest import contact_of

_REST = (
    "She started in payroll and moved over to benefits after four years. Her week is mostly "
    "open enrollment questions and vendor calls. She likes fixing a problem for a nurse who "
    "was underpaid. She hates the audit season. Her advice was to get the SHRM certificate "
    "first. I should email her a thank-you by Monday."
)


def test_a_city_said_alone_before_the_name_is_not_the_contact() -> None:
    got, _title, _company = contact_of(
        "Wednesday, I think. Little Rock. Okay, a good one. Priyanka Raman, she's a benefits "
        "manager at Desert Bloom Health, we talked forty minutes. " + _REST
    )
    assert got == "priyanka raman"


def test_the_hotel_the_speaker_sits_in_gives_way_to_the_person_talked_to() -> None:
    # the tagger reads a hotel said alone as a person often enough that the opening's rules
    # file it; the rule is checked on such a filing directly
    doc = extract_doc(
        "it's late, alone in an Omaha Hampton Inn again. Anyway. Talked to Marguerite Olsen "
        "tonight, she's a benefits manager at Prairie Wind Insurance. About half an hour. " + _REST
    )
    filed = Contact(name="Hampton Inn", title="benefits manager", company=None)
    assert place_dropped(doc, filed).name == "Marguerite Olsen"


def test_a_city_filed_as_the_company_gives_way_to_the_organisation_beside_the_name() -> None:
    doc = extract_doc(
        "Haruto Sato, benefits lead, Copperline Foods (Dana's cousin)\n"
        "~30 min, Sioux Falls hotel, bad wifi\n"
        "- started in payroll, then benefits\n"
        "- likes: fixing pay problems\n"
        "TODO email Haruto the resume by Friday"
    )
    filed = Contact(name="Haruto Sato", title="benefits lead", company="Sioux Falls")
    assert place_dropped(doc, filed).company == "Copperline Foods"


def test_a_city_the_contact_works_for_stays_the_company() -> None:
    doc = extract_doc(
        "Talked to Haruto Sato, he's a budget analyst for Sioux Falls, the city itself. "
        "He said the budget season is long."
    )
    filed = Contact(name="Haruto Sato", title="budget analyst", company="Sioux Falls")
    assert place_dropped(doc, filed).company == "Sioux Falls"


def test_a_contact_named_after_a_city_keeps_the_name() -> None:
    got, _title, _company = contact_of(
        "Flew into Spokane this morning. Talked to Austin Reyes, he's a recruiting lead at "
        "Larch Mountain Bank. " + _REST.replace("She", "He").replace("Her", "His")
    )
    assert got == "austin reyes"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Hampton Inn", True),
        ("Little Rock", True),
        ("billings montana", True),
        ("Sioux Falls", True),
        ("Joe Montana", False),
        ("Sydney", False),
        ("Renata Okafor", False),
    ],
)
def test_what_reads_as_a_place(text: str, place: bool) -> None:
    assert placelike(text) is place


def test_a_contact_described_by_job_then_named_with_a_spelled_surname() -> None:
    got, _title, _company = contact_of(
        "short one, long day. Spoke with the payroll lead at Juniper Cold Storage, she only "
        "had fifteen minutes. Oluwaseun, last name Adeyemi, she spelled it twice, payroll "
        "lead. " + _REST
    )
    assert got == "oluwaseun adeyemi"


def test_a_named_contact_is_not_replaced_by_a_later_sentence_opening_on_a_name() -> None:
    got, _title, _company = contact_of(
        "short one, long day. Spoke with Priyanka Raman, the payroll lead at Juniper Cold "
        "Storage, she only had fifteen minutes. Marcus, he was my captain once, would laugh. "
        + _REST
    )
    assert got == "priyanka raman"
