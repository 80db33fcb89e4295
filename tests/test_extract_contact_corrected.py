"""contact28 through the real spaCy pipeline: a contact's name corrected right after it, and a
title's short-form opener ("Sr.", "Assoc.") kept with the title."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)


def test_nickname_then_well_and_the_full_name() -> None:
    r = extract(
        "ok so long day at the shop. Big Tony, well Antonio Ferraro, he runs the receiving "
        "dock over at Harlow Foods, we talked for twenty minutes.",
        WHEN,
    )
    assert r.contact.name == "Antonio Ferraro"


def test_nickname_then_full_name_restated() -> None:
    r = extract(
        "Okay so I called the clinic, Brookside Health. She said call her Bee, full name "
        "Beatrice Lindqvist. She is the practice manager there.",
        WHEN,
    )
    assert r.contact.name == "Beatrice Lindqvist"


def test_name_taken_back_with_two_cues() -> None:
    r = extract(
        "Talked with Corinna, no, sorry, Carina Vasquez, she is the plant manager at Delmont "
        "Mills. Good call.",
        WHEN,
    )
    assert r.contact.name == "Carina Vasquez"


def test_no_idea_after_a_name_is_no_correction() -> None:
    r = extract(
        "talked to bea, no idea of her last name, she's a project manager at lumen clinical. "
        "nice call.",
        WHEN,
    )
    assert r.contact.name == "bea"


def test_well_before_a_pronoun_keeps_the_name() -> None:
    r = extract(
        "Talked to Sam Ortiz, well, he is the plant manager at Corvel Mills. Good call.", WHEN
    )
    assert r.contact.name == "Sam Ortiz"


def test_senior_short_form_opens_the_title() -> None:
    r = extract("Call w/ Hyun-woo Park, Sr. Scientist at Pellucid Biologics - 30 min.", WHEN)
    assert r.contact.title == "Sr. Scientist"
    assert r.contact.company == "Pellucid Biologics"


def test_associate_short_form_stays_in_the_title() -> None:
    r = extract(
        "talked to Greg Lund, he is an Assoc. Director at Brandell Foods, about thirty minutes.",
        WHEN,
    )
    assert r.contact.title == "Assoc. Director"


def test_company_on_a_heading_line_stops_at_the_line_break() -> None:
    r = extract(
        "Call (40 min) w/ Dr. Elif Sahin, Assoc. Director, Medicinal Chemistry @ Orrin & Vale "
        "Biosciences\n\nBackground:\n- PhD in chemistry, then a postdoc in Basel.",
        WHEN,
    )
    assert r.contact.company == "Orrin & Vale Biosciences"
