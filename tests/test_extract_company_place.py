"""contact46 through the real spaCy pipeline: a place or a nationality kept as the contact's
company gives way to the organisation the recap names (company_place), and a public body's
head kept alone takes back its "of <Place>" (company_of)."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.extract.company_place import unplaced_company
from debrief.extract.pipeline import extract_doc

WHEN = datetime(2026, 12, 8, 18, 0)


def test_region_said_with_the_title_gives_way_to_the_heading() -> None:
    r = extract(
        "Ridgeline Pumps - field sales\n"
        "Spoke with Dana Cole, district sales manager for western Kansas. 20 min.\n"
        "- She said travel is constant.\n- Send her my resume by Thursday.",
        WHEN,
    )
    assert r.contact.company == "Ridgeline Pumps"


def test_city_after_the_organisation_on_the_contact_line() -> None:
    doc = extract_doc(
        "Teodora Ilic (Teo) - Data Engineer, Marrowfield Systems, Pittsburgh. Call 40 min.\n\n"
        "She moved from support into data. I should email her on Monday.",
        WHEN,
    )
    got = unplaced_company(doc, "Pittsburgh", "Teodora Ilic", [None, "Pittsburgh"])
    assert got == "Marrowfield Systems"


def test_nationality_gives_way_to_the_other_answer_or_goes() -> None:
    doc = extract_doc(
        "ok so Lucia Ferreira, Lu, Brazilian Canadian, lives near my sister. she's a claims "
        "analyst at Tidewell Insurance, they do marine cover. she started in the call centre.",
        WHEN,
    )
    name = "Lucia Ferreira"
    kept = "Brazilian Canadian"
    assert unplaced_company(doc, kept, name, ["Tidewell Insurance", kept]) == "Tidewell Insurance"
    assert unplaced_company(doc, kept, name, [None, kept]) is None


def test_city_in_the_heading_note_gives_way_to_the_organisation() -> None:
    r = extract(
        "Kestrel Robotics call (warehouse drones, Pittsburgh)\n"
        "w/ Amy Cho - Ops Lead. grew up in Ohio.\n"
        "- she ran a warehouse floor for 5 yrs before this",
        WHEN,
    )
    assert r.contact.company == "Kestrel Robotics"
    doc = extract_doc(
        "Kestrel Robotics call (warehouse drones, Pittsburgh)\nw/ Amy Cho - Ops Lead."
    )
    assert unplaced_company(doc, "Pittsburgh", "Amy Cho", ["Kestrel Robotics", "Pittsburgh"]) == (
        "Kestrel Robotics"
    )


def test_a_county_is_an_employer_and_stays() -> None:
    doc = extract_doc(
        "Talked to Jo Lindqvist, a GIS analyst with Marion County. She maps flood zones. "
        "I need to send her my portfolio by Friday.",
        WHEN,
    )
    got = unplaced_company(doc, "Marion County", "Jo Lindqvist", ["Floodline", None])
    assert got == "Marion County"


def test_township_takes_back_its_place() -> None:
    r = extract(
        "Subject: Paul Rivera, CIO - Township of Greenvale (info call, 30 min)\n\n"
        "- Was in banking 15 yrs (IT manager at a credit union), took the township CIO job.",
        WHEN,
    )
    assert r.contact.company == "Township of Greenvale"


def test_borough_goes_back_before_its_place() -> None:
    r = extract(
        "Subject: Nora Blake, Clerk - Borough of Westfield (info call, 20 min)\n\n"
        "- Was a paralegal for 8 yrs, took the borough job for the hours.",
        WHEN,
    )
    assert r.contact.company == "Borough of Westfield"


def test_city_of_stops_at_the_lower_case_office() -> None:
    r = extract(
        "talked to Gus Moreno, he's a permit technician with the city, City of Tacoma "
        "permitting and inspections. he said the exam is hard.",
        WHEN,
    )
    assert r.contact.company == "City of Tacoma"
