"""contact43 through the real spaCy pipeline: with no name kept and a title kept, the person
said beside the title is the contact, where the rules filed them among the organisations or
the people; a go-between said near the title is not (docs/extraction-history.md,
"contact43").

Every recap is written for this file, none copied from a labelled corpus."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 9, 18, 0)


def test_the_person_filed_as_the_company_beside_the_title_is_the_contact() -> None:
    r = extract(
        "Short call today with a service designer, never got her surname, Ines, from a tiny "
        "agency named Bramblework. She used to shoot weddings.",
        WHEN,
    )
    assert r.contact.name == "Ines"
    assert r.contact.title == "service designer"
    assert r.contact.company != "Ines"


def test_a_go_between_said_beside_the_title_is_not_the_contact() -> None:
    r = extract(
        "Quick notes. Farida from Lumen Health, product manager. She was introduced by Ramona "
        "from Cigna. Farida was a clinical pharmacist before.",
        WHEN,
    )
    assert r.contact.name != "Ramona"
    r = extract(
        "okay so the AD at St. Columba Academy up in Dayton, and I gotta be honest I never "
        "caught his name, Father Tom set it up and just said call him. He said the job is "
        "mostly scheduling.",
        WHEN,
    )
    assert r.contact.name is None


def test_a_firm_named_as_a_person_is_no_contact() -> None:
    r = extract(
        "Quick recap. Talked to a branch advisor at Raymond James, didn't get his name. He "
        "said the licensing exams come first and the book of clients later.",
        WHEN,
    )
    assert r.contact.name is None
