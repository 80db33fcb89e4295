"""A contact's company that is no organisation (a person, a common noun phrase, the title in
short, a meeting tool) is replaced by an organisation the recap says, or left empty
(company_kind.py; the shapes were found on ac, z, aa and n..s, "company19").

The checks run on real spaCy docs of the whole pipeline with a wrong company handed over as
the combination would, and end to end on recaps of the shape. Every sentence here is written
for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract.company_kind import (
    a_common_phrase,
    a_person,
    a_title,
    a_tool,
    org_checked,
)
from debrief.extract.company_said_after import org_after
from debrief.models import Contact
from debrief.names import company_key
from tests.conftest import contact_of


def _doc(text: str):  # type: ignore[no-untyped-def]
    from debrief.extract.pipeline import extract_doc

    return extract_doc(text, datetime(2026, 12, 9, 17, 0))


def _checked(text: str, contact: Contact, others: list[str | None] | None = None) -> str:
    doc = _doc(text)
    return company_key(org_checked(doc, contact, others or [], []).company)


@pytest.mark.parametrize(
    ("company", "bad"),
    [
        ("fundraiser dinner", True),  # a lower-case event, no organisation word at its end
        ("parish bake sale", True),
        ("county water department", False),  # ends on an organisation's head word
        ("city of ashford", False),  # "of" joins the parts of a name
        ("Fundraiser Dinner", False),  # capitalised: a name, not for this check
        ("bakery", False),  # one word: too little to judge
        ("tidewell analytics group", False),
        ("copper kettle", False),  # said without a determiner: may be a name heard in lower case
    ],
)
def test_a_lower_case_common_phrase(company: str, bad: bool) -> None:
    doc = _doc(
        "Met Ines Carvalho at the fundraiser dinner and again at the parish bake sale. She "
        "is a pastry cook at copper kettle and used to work for the county water department "
        "and the city of ashford, then at tidewell analytics group, at the bakery."
    )
    assert a_common_phrase(doc, company) is bad


@pytest.mark.parametrize(
    ("company", "title", "bad"),
    [
        ("Dir of Pastry", None, True),  # a title head's short form
        ("Regional Ops Mgr", "operations manager", True),
        ("Director", "director of finance", True),  # the title's own words
        ("Harbor Medical Group", "director", False),  # an organisation's head word
        ("Bluefin", "manager", False),
    ],
)
def test_a_title_said_as_the_company(company: str, title: str | None, bad: bool) -> None:
    assert a_title(company, title) is bad


def test_a_meeting_tool_is_no_company() -> None:
    assert a_tool("Google Meet")
    assert not a_tool("Google")


def test_a_person_the_recap_names_is_no_company() -> None:
    text = (
        "Finally got time with Rosalind Achebe, Priyanka's referral. She manages the cold "
        "kitchen at Saltmarsh Oyster Bar."
    )
    doc = _doc(text)
    # one word the base model tags a person, owning something ("Priyanka's referral")
    assert a_person(doc, "Priyanka")


def test_an_employer_said_after_at_and_owning_stays() -> None:
    # the base model may tag a one-word firm a person; said after "at", it is the employer
    text = (
        "Spoke to an analyst at Brightwell, she asked me not to use her name. She said "
        "Brightwell's research team is small and Brightwell's clients are mostly banks."
    )
    assert not a_person(_doc(text), "Brightwell")


def test_a_lower_case_given_name_after_at_stays() -> None:
    # a census given name typed in lower case is a person, unless said after "at"
    doc = _doc("quick recap, talked to the office manager, maribel, about the front desk.")
    assert a_person(doc, "maribel")
    doc = _doc("quick recap, the office manager works at maribel, a salon downtown.")
    assert not a_person(doc, "maribel")


def test_the_organisation_after_the_name_sentence_replaces_a_person() -> None:
    # the model took the referrer for the company; the organisation opens the next sentence
    text = (
        "So I finally reached Imogen's referral, Tobias Wren. Lantern Hill Bakery Collective, "
        "a cooperative of four bakeries, and he runs their wholesale orders."
    )
    contact = Contact(name="Tobias Wren", title=None, company="Imogen")
    assert _checked(text, contact) == "lantern hill bakery collective"


def test_the_organisation_after_a_short_title_replaces_it() -> None:
    # a typed note: "(Title, Organisation)" and both sides took the title for the company
    text = (
        "notes - Marisol Quintero (Pastry Mgr, Copperleaf Hotel Group), phone, 25 min. "
        "She oversees three hotel kitchens."
    )
    contact = Contact(name="Marisol Quintero", title=None, company="Pastry Mgr")
    doc = _doc(text)
    assert org_after(doc, "Pastry Mgr", []) is not None
    assert _checked(text, contact, ["Pastry Mgr"]) == company_key("Copperleaf Hotel Group")


def test_the_other_answer_that_is_an_organisation_wins() -> None:
    text = (
        "Talked to Clement Obi, the choir director at St. Brendan's. He raised money for "
        "the church organ last spring and said to start small."
    )
    contact = Contact(name="Clement Obi", title="choir director", company="church organ")
    assert _checked(text, contact, ["St. Brendan's", "church organ"]) == "st brendan s"


def test_a_lower_case_recap_keeps_its_lower_case_company() -> None:
    # capitals mark no name here, so a lower-case phrase may well be the organisation
    text = (
        "ok so talked to bram de wit today hes a buyer at harrow garden supplies, been "
        "there six years, said the busy season is brutal but he loves the growers"
    )
    contact = Contact(name="Bram de Wit", title="buyer", company="harrow garden supplies")
    assert _checked(text, contact) == "harrow garden supplies"


def test_no_organisation_and_none_said_leaves_it_empty() -> None:
    text = "Chatted with Henrietta Vos after the school fundraiser dinner about nursing."
    contact = Contact(name="Henrietta Vos", title=None, company="school fundraiser dinner")
    assert _checked(text, contact) == ""


def test_an_organisation_is_left_alone() -> None:
    text = "Call with Ansel Park, a data engineer at Ridgeline Analytics, for half an hour."
    contact = Contact(name="Ansel Park", title="data engineer", company="Ridgeline Analytics")
    assert _checked(text, contact, ["Ridgeline Analytics"]) == "ridgeline analytics"


def test_end_to_end_a_typed_note_with_a_short_title() -> None:
    _, _, company = contact_of(
        # both sides took "Culinary Dir" for the company before this rule
        "notes - Marisol Quintero (Culinary Dir, Marlowe Street Hospitality), phone, 25 min\n"
        "- came up through banquet kitchens, then ran pastry at two hotels\n"
        "- likes building menus, dislikes the travel\n"
        "- follow up: send her my portfolio by Friday"
    )
    assert company == "marlowe street hospitality"
