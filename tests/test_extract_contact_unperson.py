"""contact41 with the real spaCy pipeline: a name kept that is no person (an organisation, a
title, a number) gives way to the person the recap names nearest it (contact_unperson)."""

from __future__ import annotations

from debrief.extract.contact_unperson import no_person, person_for_unperson
from debrief.extract.pipeline import extract_doc
from debrief.models import Contact, Person


def test_organisation_kept_gives_way_to_the_person_beside_the_title() -> None:
    doc = extract_doc(
        "BLUF - worth it.\n\nHarbor Lantern Health System, Gulf Region. Grants Manager: "
        "Odalys Brennerman. 30 min.\n\nShe came up through volunteering and said apply in May."
    )
    got = person_for_unperson(
        doc,
        Contact(name="Harbor Lantern Health System", title="Grants Manager"),
        [Person(name="Odalys Brennerman")],
    )
    assert got.name == "Odalys Brennerman"
    assert got.company == "Harbor Lantern Health System"


def test_name_and_company_read_the_other_way_round() -> None:
    doc = extract_doc(
        "Marguerite Oyelaran / VP Talent / Quillfeather Press (printing, ~60 ppl)\n"
        "- path: bookbinder, then HR at a mill\n- likes: small enough to change things"
    )
    got = person_for_unperson(
        doc, Contact(name="~60 ppl", title="VP Talent", company="Marguerite Oyelaran"), []
    )
    assert got.name == "Marguerite Oyelaran"
    assert got.company is None


def test_fuller_form_among_the_people_over_a_short_one_kept_as_company() -> None:
    doc = extract_doc(
        "The call with the bakery co-op, Sunmill Grocery. I talked to the guy in receiving, "
        "he's a worker-owner there, Gus, Gustavo Ellerbrook I think. He said apply in fall."
    )
    got = person_for_unperson(
        doc,
        Contact(name="Sunmill Grocery", title="worker-owner", company="Gus"),
        [Person(name="Gustavo Ellerbrook")],
    )
    assert got.name == "Gustavo Ellerbrook"


def test_a_person_kept_or_no_one_near_is_left() -> None:
    doc = extract_doc("Talked with Maria Okonkwo, grants manager at Harbor Lantern Trust.")
    assert not no_person(doc, "Maria Okonkwo")
    kept = Contact(name="Maria Okonkwo", title="grants manager")
    assert person_for_unperson(doc, kept, [Person(name="Jo Lindqvist")]) == kept
    doc = extract_doc(
        "Spoke w/ a Sr. Data Analyst at the county. She said learn SQL first.\n"
        + "Filler line about the weather and the drive home. " * 3
        + "Later: text Yusra Benali about the meetup."
    )
    assert no_person(doc, "Sr. Data Analyst")
    kept = Contact(name="Sr. Data Analyst", company="Tarn County")
    assert person_for_unperson(doc, kept, [Person(name="Yusra Benali")]) == kept
