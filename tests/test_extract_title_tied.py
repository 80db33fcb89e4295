"""contact29 through the real spaCy pipeline: the contact's title said right beside a mention of
their name, in front of it or after it (title_tied), and a name run on past a spaced dash."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.extract.pipeline import extract_doc
from debrief.extract.title_tied import tied_title
from debrief.models import Contact

WHEN = datetime(2026, 12, 8, 18, 0)


def test_acronym_title_in_front_of_the_organisation_and_the_name() -> None:
    r = extract(
        "ok so just got off with the GM over at Pinehollow Market, Lorna Achterberg, my "
        "cousin set it up. she's been there nine years and she runs the whole store.",
        WHEN,
    )
    assert r.contact.name == "Lorna Achterberg"
    assert r.contact.title == "GM"


def test_typed_title_case_title_after_the_name() -> None:
    r = extract(
        "Recap, call with Mr. Okonkwo. Tobenna Okonkwo, Claims Review Supervisor at "
        "Harlan Mutual Insurance. It was like 25 minutes. He reviews appeals all day.",
        WHEN,
    )
    assert r.contact.title == "Claims Review Supervisor"


def test_title_after_with_and_before_the_addressed_name() -> None:
    r = extract(
        "Hollins Institute, Soil Ecology Group.\n\nCall (30 min) w/ research technician Dr. "
        "Ingrid Solberg.\n- She ran a field crew for six years before the lab.",
        WHEN,
    )
    assert r.contact.title == "research technician"


def test_name_run_on_past_a_dash_into_the_title() -> None:
    r = extract(
        "Marisol Ventura - founder & ED, Eastside Reading Collective (after-school literacy). "
        "Zoom ~20 min. She started it in her garage.",
        WHEN,
    )
    assert r.contact.name == "Marisol Ventura"
    assert r.contact.title == "founder & ED"


def test_a_hyphenated_name_then_a_dash_and_the_title() -> None:
    doc = extract_doc(
        "Notes from the call.\nOlusegun Adeyemi-Brandt - ops mgr, Greywater Freight\n- runs "
        "the night shift",
        WHEN,
    )
    got = tied_title(doc, Contact(name="Olusegun Adeyemi-Brandt"))
    assert got.title == "ops mgr"


def test_a_title_run_on_after_the_full_name_with_no_mark() -> None:
    said = {
        "talked with oksana mireles infection preventionist at harrow general. she was great.": (
            "infection preventionist"
        ),
        "kofi mensah owner of bright tile works small tiling shop in reno. six people.": "owner",
    }
    for text, title in said.items():
        doc = extract_doc(text, WHEN)
        name = "kofi mensah" if "kofi" in text else "oksana mireles"
        assert tied_title(doc, Contact(name=name)).title == title, text


def test_no_title_run_on_where_a_clause_or_another_person_follows_the_name() -> None:
    for text in (
        "Met Oksana Mireles yesterday at the fair.",
        "Oksana Mireles runs operations at Harrow.",
        "Call with Oksana Mireles and the director at Harrow.",
    ):
        doc = extract_doc(text, WHEN)
        assert tied_title(doc, Contact(name="Oksana Mireles")).title is None, text
