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


def test_a_county_parks_department_after_the_title_is_the_company() -> None:
    r = extract(
        "Coffee with Dan Ortiz, program coordinator with Dane County Parks. He liked the job.",
        WHEN,
    )
    assert r.contact.company == "Dane County Parks"


def test_a_city_department_tagged_as_a_person_in_part_is_the_company() -> None:
    r = extract(
        "Spoke to Kim Ng, a coordinator with Austin Parks and Recreation. She likes summer.",
        WHEN,
    )
    assert r.contact.company == "Austin Parks and Recreation"


def test_a_past_title_with_a_county_gives_no_company() -> None:
    r = extract(
        "Spoke with Sam Lee. He was a ranger with Travis County Parks years ago. Great call.",
        WHEN,
    )
    assert r.contact.company != "Travis County Parks"


def test_a_person_after_the_title_is_no_company() -> None:
    r = extract("Talked to Bea Cho, a volunteer with Rosa Parks. She likes it.", WHEN)
    assert r.contact.company is None


def test_another_persons_place_gives_the_settled_company_no_rival() -> None:
    # company29's swap (company_tied) took an alum's employer over a programme's college
    r = extract(
        "So I finally talked to the program director for the data science master's at Pine "
        "Hill College, Rosa Lind, she has a PhD in statistics but she was a nurse first. She "
        "said the capstone is usually at your own employer. She mentioned their alum Omar "
        "Reyes who's now an analyst at Birchwood Health, she'll connect us. To do, email HR "
        "by Friday.",
        WHEN,
    )
    assert r.contact.company == "Pine Hill College"


def test_a_lower_case_county_inside_a_run_on_title_is_the_company() -> None:
    r = extract(
        "talked to sipho from the county. He's the deputy director of fleet services for "
        "marlow county, and he used to be a mechanic.",
        WHEN,
    )
    assert r.contact.company == "marlow county"


def test_a_description_alone_after_the_title_is_no_company() -> None:
    r = extract("Talked to Amy Fox, a planner at the county planning office. She likes maps.", WHEN)
    assert r.contact.company is None
