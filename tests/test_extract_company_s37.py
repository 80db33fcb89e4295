"""company30 (stop 37) through the real spaCy pipeline: a note's label before a colon is no
organisation mentioned."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)


def test_a_label_acronym_before_a_colon_is_no_company_mentioned() -> None:
    r = extract("Ravi from Stripe. HW: update LinkedIn. HW: read the eng blog.", WHEN)
    assert "HW" not in r.companies_mentioned
    assert r.contact.company == "Stripe"


def test_an_acronym_acting_is_still_an_organisation() -> None:
    r = extract(
        "Talked to Priya Nair, a planner at Stripe. She said NOAA publishes the best storm "
        "data and the AWWA has resilience standards.",
        WHEN,
    )
    assert "AWWA" in r.companies_mentioned
