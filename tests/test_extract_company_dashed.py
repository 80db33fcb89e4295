"""company45 through the real spaCy pipeline: a typed heading's spaced-dash fields (a date, a
place, a title acronym) are cut off the contact's company, and a department said between the
title and the organisation goes with the title."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)


def test_date_after_a_dash_is_cut_off() -> None:
    r = extract(
        "Subject: Pavel Novak - Engineering Mgr, Quarrystone Labs - 5th Mar\n\n"
        "Duration 40 min. He said learn SQL first.",
        WHEN,
    )
    assert r.contact.company == "Quarrystone Labs"


def test_title_acronym_before_a_dash_is_cut_off() -> None:
    r = extract(
        "Who: Tess Marlow, CSM - Fernhill Analytics, supports mid-market accounts.\nGood call.",
        WHEN,
    )
    assert r.contact.company == "Fernhill Analytics"


def test_unspaced_hyphen_stays_in_the_name() -> None:
    r = extract(
        "Call w/ Ruth Ames (Ops Lead, Kettle-Stone Foods) - 30 min\n\nShe started on the line.",
        WHEN,
    )
    assert r.contact.company == "Kettle-Stone Foods"


def test_department_between_title_and_organisation() -> None:
    r = extract(
        "Call w/ Dr. Ines Vale (Assoc. Director, Regulatory Affairs, Corbel Therapeutics) - "
        "40 min\n\nBackground: pharmacist first.",
        WHEN,
    )
    assert r.contact.company == "Corbel Therapeutics"
    assert r.contact.title == "Assoc. Director, Regulatory Affairs"


def test_team_after_the_organisation_is_no_company() -> None:
    r = extract(
        "Talked to Omar Reyes, Senior Engineer, Stripe, Payments Team. Good chat about growth.",
        WHEN,
    )
    assert r.contact.company == "Stripe"


def test_hyphenated_organisation_after_the_department_stays_whole() -> None:
    r = extract(
        "Call w/ Dr. Omar Haddad (Principal Scientist, Assay Development, Brenner-Voss "
        "Therapeutics) - 45 min\n\nBackground: chemist first.",
        WHEN,
    )
    assert r.contact.company == "Brenner-Voss Therapeutics"


def test_acronym_then_its_unit_keeps_the_acronym() -> None:
    r = extract(
        "Okay. Mira Castell, economist, USDA, Economic Research Service. She was kind. "
        "Twenty minutes.",
        WHEN,
    )
    assert r.contact.company == "USDA"
