"""company45 through the real spaCy pipeline: a typed heading's spaced-dash fields (a date, a
place, a title acronym) are cut off the contact's company."""

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
