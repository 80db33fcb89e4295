"""The contact's name as fully as the recap says it, and a credential as the title (stop 28,
found on recaps-n/p/q/r/s/v).

A surname said only after a form of address keeps it; a surname or a first name is completed
by the one fuller mention of it, before or after the intro; a name the base model tags as an
organisation is still the name where the roles model reads it so; "RDH", "a PA named ..." are
the title. Run through real spaCy and the
shipped roles model (``contact_of``). Every sentence here is written for this file; none is
copied from a labelled corpus.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from debrief.extract.contact_fullname import fullest_name
from debrief.extract.pipeline import load_nlp
from tests.conftest import contact_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Spoke with Mrs. Lindgren this morning, she's the assistant principal at Oak Hill "
            "Elementary. She said the job is mostly discipline and bus duty.",
            "mrs lindgren",
        ),
        (
            "Quick notes on the call with Mr Oduya, the shop foreman at Baxter Steel. Twenty "
            "minutes, he had a delivery coming.",
            "mr oduya",
        ),
        (
            "Okay. Ms. Farrow-Quinn, the registrar at Millbrook College, gave me half an hour. "
            "She loves the quiet weeks in July.",
            "ms farrow quinn",
        ),
    ],
)
def test_a_surname_alone_keeps_its_form_of_address(text: str, name: str) -> None:
    # the speaker knows them only as "Mrs. Lindgren": the surname alone reads as a first name
    assert contact_of(text)[0] == name


def test_a_full_name_drops_its_form_of_address() -> None:
    text = (
        "Call with Dr. Miriam Haverford, the lab director at Quinton Biologics. She said "
        "learn to write a protocol."
    )
    assert contact_of(text)[0] == "miriam haverford"


def test_a_surname_first_is_completed_by_the_full_name_after_it() -> None:
    # the rules and the model stop at "Dr. Haverford"; the full name follows
    text = (
        "Okay. Long day. Talked to Dr. Haverford today, Miriam Haverford, at Lakeview Tech, "
        "she's the associate dean for the nursing school there. She taught for ten years."
    )
    assert contact_of(text)[0] == "miriam haverford"


def test_a_japanese_form_of_address_is_completed_by_the_full_name() -> None:
    text = (
        "Call with Hashimoto-san. Ren Hashimoto, he's a build engineer at Koyo Interactive. "
        "He said learn Perforce before anything else."
    )
    assert contact_of(text)[0] == "ren hashimoto"


def test_a_first_name_is_completed_by_a_full_name_said_before_the_intro() -> None:
    # a panel: the full names come first, then the speaker says who they talked to
    text = (
        "So the Tallis Labs panel had two people, their data lead Margit Sorensen and an "
        "intern, Theo. I mostly talked with Margit, so she's my contact. She said learn dbt "
        "and write tests for every model."
    )
    assert contact_of(text)[0] == "margit sorensen"


def test_a_first_name_shared_by_two_people_stays_a_first_name() -> None:
    # two Margits said in full: which one the contact is, the recap does not say
    nlp = load_nlp()
    doc: Doc = nlp(
        "Margit Sorensen and Margit Albers were both there. I talked with Margit about the "
        "data team."
    )
    assert fullest_name(doc, "Margit", []) == "Margit"


def test_an_organisation_the_first_name_starts_is_no_surname() -> None:
    nlp = load_nlp()
    doc: Doc = nlp(
        "Talked with Charlotte from Charlotte Electric, she runs their estimating. Charlotte "
        "said learn Accubid."
    )
    assert fullest_name(doc, "Charlotte", ["Charlotte Electric"]) == "Charlotte"


@pytest.mark.parametrize(
    "text",
    [
        "Had coffee, well, a video coffee, with Lucía Ibáñez from Corbel Logistics. Senior "
        "planner. She was a dispatcher before.",
        "Talked to two people at a meetup, but the one I really talked to after was Lucía "
        "Ibáñez, supply chain analyst at FedEx. She was a loader in college.",
    ],
)
def test_a_name_the_census_lacks_taken_for_the_company_is_the_name(text: str) -> None:
    # the base model tags the name an organisation, so the rules file it as the company; the
    # roles model reads it as the contact's name and places them at another organisation
    name, _title, company = contact_of(text)
    assert name == "lucia ibanez"  # the key folds accents; the name is filed as written
    assert company not in {"", "lucia ibanez"}


# ------------------------------------------------ a credential said for the title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Call with Nia Okafor, RDH, who works in a community clinic at the Eastside health "
            "department. She said get a public health certificate.",
            "rdh",
        ),
        (
            "So I talked to a PA named Kofi who works in the ICU at Saint Brendan's and he said "
            "shadow first.",
            "pa",
        ),
        (
            "Talked to a CRA tonight, her name is Rosa Lindqvist, she works at Parexel on "
            "oncology trials.",
            "cra",
        ),
    ],
)
def test_a_credential_is_the_title(text: str, title: str) -> None:
    # the letters after a name, or said where a job title would be, are what the speaker
    # calls them; a word of time ("tonight") or "named" ends the title
    assert contact_of(text)[1] == title


@pytest.mark.parametrize(
    "text",
    [
        "Right, after lunch. Called the hydrologist from the county's flood program, Heather, "
        "didn't catch her last name. She grew up on a farm.",
    ],
)
def test_a_first_name_taken_for_an_organisation_is_the_name(text: str) -> None:
    # the base model tags the lone first name an organisation; the speaker says it is a
    # name whose rest they did not catch
    name, _title, company = contact_of(text)
    assert name == "heather"
    assert company != "heather"


def test_a_given_name_filed_as_the_company_without_a_sign_stays_the_company() -> None:
    from debrief.extract.contact_fullname import first_name_filed_as_company
    from debrief.models import Contact

    doc: Doc = load_nlp()("Notes on Heather. The call was about their new plant.")
    contact = Contact(name=None, title=None, company="Heather")
    assert first_name_filed_as_company(doc, contact) == contact
