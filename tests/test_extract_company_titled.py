"""The organisation said right after the contact's title is their company, over a word the
answers chose from the title or from elsewhere (company_titled.py; the shape was found on
recaps w, y, z and aa, "company17").

Which wrong word the two answers file depends on the models' quirks on a whole recap, so the
rule is run here on real spaCy docs of the whole pipeline with the wrong company handed over
as the combination would; and end to end on a recap of the shape. Every sentence here is
written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract.company_titled import titled_company
from debrief.models import Contact
from debrief.names import company_key
from tests.conftest import contact_of


def _titled(text: str, name: str, company: str | None, title: str | None = None) -> str:
    from debrief.extract.pipeline import extract_doc

    doc = extract_doc(text, datetime(2026, 12, 9, 17, 0))
    contact = Contact(name=name, title=title, company=company)
    return company_key(titled_company(doc, contact).company)


@pytest.mark.parametrize(
    ("text", "name", "chosen", "company"),
    [
        pytest.param(
            # what the role is for is a country; the employer follows "at an NGO called"
            "Spoke with Kofi Mensah tonight, he is the regional lead for Ghana at a charity "
            "called Wellspring Water Trust, and he was generous with his time. He said the "
            "field work keeps him going. I'll send him a thank-you note tomorrow.",
            "Kofi Mensah",
            "Ghana",
            "wellspring water trust",
            id="for-a-country-at-an-ngo-called",
        ),
        pytest.param(
            # a typed heading: an abbreviated rank, the department, "@" and the firm, a
            # place in brackets after it
            "3/2 - Dr. Hana Ruiz, Sr. Manager, Field Quality @ Corvell Medical (site in "
            "Reno)\n20 min, phone.\n- Likes: the audits are never the same twice.",
            "Hana Ruiz",
            "Field Quality",
            "corvell medical",
            id="heading-at-sign-abbreviation",
        ),
        pytest.param(
            # the chosen company is what the role is head of; the comma stands for "at"
            "Call w/ Tomas Lindgren - Head of Supply Chain Analytics, Brookvale Foods "
            "(Madison WI)\nThu, 40 min, Teams.\n- He likes that the numbers turn into trucks.",
            "Tomas Lindgren",
            "Supply Chain Analytics",
            "brookvale foods",
            id="head-of-department-comma",
        ),
        pytest.param(
            # a lower-case memo: a base said later was filed; the firm follows "at"
            "quick recap talked to marcus oduya hes a proposal manager at quarrystone "
            "defense works now, we were at campbell together years ago, he said write "
            "every day and he'll look at my resume",
            "marcus oduya",
            "campbell",
            "quarrystone defense works",
            id="lower-case-base-said-later",
        ),
        pytest.param(
            # "called" a few words on, past a description and its city
            "Debrief: Noor Haddad, head of research at a small lab in Denver called "
            "Stonegate Analytics. She said the data work is the fun part.",
            "Noor Haddad",
            "Denver",
            "stonegate analytics",
            id="described-then-called",
        ),
    ],
)
def test_organisation_after_the_title_replaces_another(
    text: str, name: str, chosen: str, company: str
) -> None:
    assert _titled(text, name, chosen) == company


@pytest.mark.parametrize(
    ("text", "name", "chosen"),
    [
        pytest.param(
            # a title said as the past is not where she works now
            "Chat with Greta Holm today, she was a lab technician at Fenwick Labs for years "
            "and now she runs product at Orrin Bio. She loves the pace.",
            "Greta Holm",
            "Orrin Bio",
            id="past-title",
        ),
        pytest.param(
            # a short form of the same firm is left as the answers chose it
            "Talked with Ada Nwosu, she's an operations lead at Lakeshore Freight Lines. "
            "She said the hours are long.",
            "Ada Nwosu",
            "Lakeshore Freight",
            id="short-form-kept",
        ),
        pytest.param(
            # the first firm after "at" is taken back by the speaker
            "Met Ravi Kapoor, senior analyst at Mervis no sorry Marvis Capital, downtown. "
            "He said learn SQL first.",
            "Ravi Kapoor",
            "Marvis Capital",
            id="taken-back",
        ),
        pytest.param(
            # a comma after the firm itself is no "at": what follows is its sales office
            "14.02 - call w/ Piotr Zielinski (Product Owner, Kelso Robotics - Gdansk "
            "startup, US sales office Boston). 30 min.\n- very flat culture",
            "Piotr Zielinski",
            "Kelso Robotics - Gdansk",
            id="comma-after-the-firm",
        ),
        pytest.param(
            # "at a Credit Union" describes (capitalised or not); its name is said later
            "Talked to Nadia Petrova, a risk analyst at a Credit Union in Ohio. The union is "
            "Lakemont Savings. She said to learn SQL.",
            "Nadia Petrova",
            "Lakemont Savings",
            id="indefinite-description",
        ),
        pytest.param(
            # the firm owns the unit the contact works in; the unit was chosen
            "Coffee with Jun Park, data engineer at Meridian Health's Claimwise group. He "
            "said the on-call weeks are hard.",
            "Jun Park",
            "Claimwise",
            id="owner-of-the-unit",
        ),
        pytest.param(
            # "Chef" addresses a person, and the next sentence's "at" is another person's
            "Lunch with Ines Moreau from Copper Pot Bistro, she cooks under Chef Tom. Dr. "
            "Kaur at Bellweather Clinic joined us for dessert.",
            "Ines Moreau",
            "Copper Pot Bistro",
            id="next-sentence-at",
        ),
    ],
)
def test_the_chosen_company_stays(text: str, name: str, chosen: str) -> None:
    assert _titled(text, name, chosen) == company_key(chosen)


def test_no_name_no_change() -> None:
    from debrief.extract.pipeline import extract_doc

    doc = extract_doc("She is a buyer at Pellham Stores.", datetime(2026, 12, 9, 17, 0))
    contact = Contact(name=None, title="buyer", company="Elsewhere")
    assert titled_company(doc, contact) == contact


def test_end_to_end_for_a_product_line_at_the_firm() -> None:
    # the product line after "for" belongs to the title; the firm follows "at"
    recap = (
        "Good chat at the expo with Lukas Brenner, product manager for 3D scanning at "
        "Halvard Optics, the Danish company. He was a developer before. He said product "
        "people need to understand the customer's factory. I'll email him on Monday."
    )
    _, _, company = contact_of(recap)
    assert company == "halvard optics"
