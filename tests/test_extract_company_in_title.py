"""Words of the contact's title kept as the company give way to the organisation said right
after the contact's name (company_in_title.py; the shape was counted on cc).

Every sentence here is written for this file, none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.extract.company_in_title import org_after_name
from debrief.models import Contact


def _doc(text: str):  # a spaCy Doc, loaded only for the tests that use it
    from debrief.extract.pipeline import extract_doc

    return extract_doc(text)


def test_the_organisation_after_the_name_replaces_a_title_word() -> None:
    ex = extract(
        "ok so talked to Mina, Mina Sato, at the Alder Bay Museum of Science, she's the um "
        "visitor services manager no sorry she's the Events and Rentals Manager. forty minutes.",
        datetime(2026, 3, 2),
    )
    assert ex.contact.company == "Alder Bay Museum of Science"
    assert "Events" not in ex.companies_mentioned


def test_fillers_between_the_name_and_the_organisation() -> None:
    doc = _doc("quick one. Ricardo Luna, he's over at, um, Pinecrest Logistics, Routing Lead.")
    contact = Contact("Ricardo Luna", "Routing Lead", "Routing")
    found = org_after_name(doc, contact, ["Routing", "Pinecrest Logistics"])
    assert found == "Pinecrest Logistics"


def test_a_company_outside_the_title_is_kept() -> None:
    doc = _doc("Talked to Jo Park, at Brightline Freight, she's a dispatcher for Kestrel Foods.")
    contact = Contact("Jo Park", "dispatcher", "Kestrel Foods")
    assert org_after_name(doc, contact, ["Kestrel Foods", "Brightline Freight"]) == "Kestrel Foods"
