"""Shapes of Whisper's punctuation and casing that lost the contact's company or made up a
person on the spoken path (spoken9), real spaCy.

tiny.en capitalises a description the typist wrote in lower case ("the Denver Office of an
Engineering Consultancy"), ends a sentence where the typist wrote the comma before a name ("a
small law firm. Kessler Hollis."), and capitalises the advice after "Advice." or "he said"
("Learn Data Visualization"). Every sentence here is written for this file, in the shape a user
speaking a recap gives; none is copied from a labelled corpus or a transcript.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract, extract_doc
from debrief.extract.roles import Roles, combine
from debrief.models import Contact, Person
from debrief.names import company_key

WHEN = datetime(2026, 12, 5, 18, 0)


@pytest.mark.parametrize(
    "text",
    [
        # as Whisper writes it: the description capitalised, the name after a full stop
        "Notes from my call with Ingrid Solberg, who is the head of the Denver Office of an "
        "Engineering Consultancy. Halvorsen Partners, which she co-founded. She was a geotech.",
        # as typed: lower case and a comma
        "Notes from my call with Ingrid Solberg, who is the head of the Denver office of an "
        "engineering consultancy, Halvorsen Partners, which she co-founded. She was a geotech.",
    ],
)
def test_a_description_with_of_an_is_no_company(text: str) -> None:
    out = extract(text, WHEN)
    assert out.contact.company == "Halvorsen Partners"
    assert not any("of an" in c.lower() for c in out.companies_mentioned)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Okay, recap of my chat with Rufus Adeyinka, a manager at a regional credit union. "
            "Prairie Mutual, which is based in Tulsa. He said April is brutal.",
            "Prairie Mutual",
        ),
        (
            "Debrief on my talk with Hallie Brandt, a designer at a tiny branding studio. "
            "Fenwick Lane. She loves the variety.",
            "Fenwick Lane",
        ),
        # typed, with the comma
        (
            "Debrief on my talk with Hallie Brandt, a designer at a tiny branding studio, "
            "Fenwick Lane. She loves the variety.",
            "Fenwick Lane",
        ),
    ],
)
def test_the_company_named_after_whispers_full_stop(text: str, company: str) -> None:
    out = extract(text, WHEN)
    assert out.contact.company == company
    assert company not in {p.name for p in out.people_mentioned}


@pytest.mark.parametrize(
    "text",
    [
        # a new sentence with its own verb is no name apposed to the description
        "Quick notes. I talked to Rufus Adeyinka, a partner at a small tax firm. Tulsa has "
        "three of their offices. He said April is brutal.",
        "Quick notes. I talked to Rufus Adeyinka, a partner at a small tax firm. Monday he "
        "told me April is brutal.",
        "Debrief on my talk with Hallie Brandt, a designer at a tiny branding studio. Fenwick "
        "Lane hired her last spring.",
    ],
)
def test_a_new_sentence_after_the_description_is_no_company(text: str) -> None:
    company = extract(text, WHEN).contact.company
    assert company is None or company_key(company) not in {"tulsa", "monday", "fenwick lane"}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Call with Odile Fairbanks, a GIS analyst at the county. She said Learn Python "
            "Scripting really well. Email Marcus Bell by Friday.",
            {"Marcus Bell"},
        ),
        (
            "Call with Odile Fairbanks, a GIS analyst at the county. She said Get Field "
            "Experience early, and her colleague Priya Raman agreed.",
            {"Priya Raman"},
        ),
    ],
)
def test_capitalised_advice_is_no_person(text: str, people: set[str]) -> None:
    assert {p.name for p in extract(text, WHEN).people_mentioned} == people


def test_the_combined_contacts_company_is_no_person_mentioned() -> None:
    # Whisper: "... a grants manager and youth theatre nonprofit in Denver called Bright
    # Lantern." The rules' contact had no company when they read "Bright Lantern" as a person;
    # the combination takes the model's company, and the same name is then no person.
    doc = extract_doc(
        "Okay so I talked with Brisa Tamm, she works as a grants manager and youth theatre "
        "nonprofit in Denver called Bright Lantern. She was an actor for ten years.",
        WHEN,
    )
    rules = Roles(
        Contact(name="Brisa Tamm", title="grants manager", company=None),
        [Person(name="Bright Lantern"), Person(name="Odile Marsh")],
        [],
    )
    model = Roles(Contact(name="Brisa Tamm", company="Bright Lantern"), [], ["Bright Lantern"])
    policy = {
        **dict.fromkeys(("name", "title", "people", "relation", "companies"), "rules"),
        "company": "model",
    }
    out = combine(doc, rules, model, policy)
    assert out.contact.company == "Bright Lantern"
    assert [p.name for p in out.people] == ["Odile Marsh"]
