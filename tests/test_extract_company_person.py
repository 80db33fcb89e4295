"""company41 through the real spaCy pipeline: a person kept as the contact's company (the
contact's own name, a name said after a form of address or rank, a name owning what only a
person has, a name placed at another organisation) gives way to the organisation the recap
ties to the contact, or to none; an organisation shaped like a person stays; and an owner's
or founder's title run on into the organisation gives it up as the company."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.extract.company_person import said_as_person, unpersoned_company
from debrief.extract.company_unfilled import unfilled_company
from debrief.extract.pipeline import extract_doc
from debrief.models import Contact

WHEN = datetime(2026, 12, 8, 18, 0)


def test_the_contacts_own_name_is_no_company() -> None:
    doc = extract_doc(
        "Call (30 min) w/ the Sr. Assoc. at Marrowfield Analytics Partners\n\n"
        "Contact: Tobias Wendell-Okoro, Sr. Associate.\n"
        "- joined Marrowfield two years ago from a lab\n",
        WHEN,
    )
    kept = Contact(
        name="Tobias Wendell-Okoro", title="Sr. Associate", company="Tobias Wendell-Okoro"
    )
    assert unpersoned_company(doc, kept).company == "Marrowfield Analytics Partners"


def test_a_name_owning_a_boss_is_a_person() -> None:
    doc = extract_doc(
        "Talked to Mirela Vance, Teodor's old boss. She is head of finance at Quarry Lane "
        "Foods and has been there six years.",
        WHEN,
    )
    kept = Contact(name="Mirela Vance", title="head of finance", company="Teodor")
    assert said_as_person(doc, "Teodor")
    assert unpersoned_company(doc, kept).company == "Quarry Lane Foods"


def test_a_name_placed_at_another_organisation_is_the_contact() -> None:
    doc = extract_doc(
        "Quick notes. Deepika from Corvel Analytics, data lead. She was a teacher before.",
        WHEN,
    )
    kept = Contact(name=None, title="data lead", company="Deepika")
    settled = unpersoned_company(doc, kept)
    assert (settled.name, settled.company) == ("Deepika", "Corvel Analytics")


def test_a_rank_and_the_contacts_surname_is_no_company() -> None:
    doc = extract_doc(
        "Called Major Okafor, um, Grace, about my two offers. She said to pick the one that "
        "fits the life I want.",
        WHEN,
    )
    kept = Contact(name="Grace Okafor", title=None, company="Major Okafor")
    assert unpersoned_company(doc, kept).company != "Major Okafor"


def test_an_introducer_is_a_person() -> None:
    doc = extract_doc(
        "Bohdan Krasny, owner of Tallow Ridge Federal, Tuilani set it up. Good call.", WHEN
    )
    assert said_as_person(doc, "Tuilani")


def test_an_organisation_shaped_like_a_person_stays() -> None:
    doc = extract_doc(
        "Talked to Valeria Reyes, one of the two partners at Reyes Whitmore, the small "
        "accounting firm. Then coffee with Marisol at General Dynamics.",
        WHEN,
    )
    for company in ("Reyes Whitmore", "General Dynamics"):
        kept = Contact(name="Valeria Reyes", title="partner", company=company)
        assert unpersoned_company(doc, kept).company == company


def test_a_lower_case_title_run_into_the_organisation_is_split() -> None:
    settled = extract(
        "marit de wolff, owner of brightline ovens. she started baking at 19 and opened the "
        "shop in 2015. she said the mornings are brutal. send her my menu by friday",
        WHEN,
    ).contact
    assert (settled.title, settled.company) == ("owner", "brightline ovens")


def test_a_title_of_a_unit_is_not_split() -> None:
    doc = extract_doc("talked to dana reyes, director of the counseling center.", WHEN)
    kept = Contact(name="dana reyes", title="director of the counseling center", company=None)
    assert unfilled_company(doc, kept).title == "director of the counseling center"
