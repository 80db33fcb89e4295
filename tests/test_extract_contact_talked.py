"""contact29 through the real spaCy pipeline: the contact is the person the recap talks with
and about (contact_who), where the name kept is an organisation's."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)


def test_an_organisation_said_first_gives_way_to_the_person_named() -> None:
    r = extract(
        "Call w/ KBRT - Water Quality team\n\nSpoke with Jannik Voss (Manager). 40 min.\n"
        "- She's a chemist by training, joined as an analyst 6 yrs ago\n- Likes the field days",
        WHEN,
    )
    assert r.contact.name == "Jannik Voss"
