"""A contact whose full name no census list holds, which the small model tags as an
organisation or a place (contact_names.unlisted_full_name; found on recaps-n..s, where the
same sentence with "Karen Smith" filed the contact and with "Ifeoma Chukwu" filed none).

The shape of a user who talks to people from everywhere: the name comes after a short
description ("the UNICEF person ...", "a two-person startup, ..."). Run through real spaCy and
the shipped roles model. Every sentence here is written for this file; none is copied from a
labelled corpus.
"""

from __future__ import annotations

import pytest

from debrief.extract.contact_names import unlisted_full_name
from debrief.extract.pipeline import load_nlp
from tests.conftest import contact_of


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Ifeoma Chukwu", "ifeoma chukwu"),  # tagged an organisation
        ("Karen Smith", "karen smith"),  # the same sentence with a name the lists hold
    ],
)
def test_a_name_after_a_described_person_is_the_contact_whatever_its_origin(
    name: str, key: str
) -> None:
    got, title, _company = contact_of(
        f"Short one tonight. It was the Red Cross person {name} who's a logistics "
        "coordinator in the Nairobi office, and the advice was to get a forklift ticket."
    )
    assert got == key
    assert title == "logistics coordinator"


@pytest.mark.parametrize(
    "name", ["Anouk de Vries", "Oluwadamilare Adeyemi", "Ifeoma Chukwu", "Maarten de Boer"]
)
def test_a_name_after_a_described_business_is_the_contact(name: str) -> None:
    # the small model tags "Anouk de Vries" an organisation; the other three are controls
    got, title, company = contact_of(
        "Spoke this morning with the owner of Brightline Ovens, a two-person bakery, "
        f"{name}. They bake sourdough for cafes and said to start at a farmers market."
    )
    assert (got, title, company) == (name.lower(), "owner", "brightline ovens")


@pytest.mark.parametrize("name", ["Oluwadamilare Adeyemi", "Ifeoma Chukwu"])
def test_a_name_after_a_described_startup_is_the_contact(name: str) -> None:
    # both tagged an organisation or a place there; nothing was filed as the name before
    got, _title, _company = contact_of(
        "Had a call last night with the CEO of Harrow Lane, a tiny accessibility startup, "
        f"{name}. They build captioning tools."
    )
    assert got == name.lower()


def test_an_organisation_of_english_words_is_no_unlisted_name() -> None:
    doc = load_nlp()("I spoke with someone from Quiet Harbor Logistics about a dispatch job.")
    orgs = [e for e in doc.ents if e.label_ in {"ORG", "GPE", "FAC"}]
    assert orgs, "the tagger should read the organisation"
    assert not any(unlisted_full_name(e) for e in orgs)


def test_a_person_tagged_as_a_person_is_not_judged_by_shape() -> None:
    doc = load_nlp()("I met Maria Lopez at the fair.")
    assert not any(unlisted_full_name(e) for e in doc.ents)
