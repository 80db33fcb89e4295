"""The contact's name in a typed note's two-part dashed heading (contact_heading.heading_name):
the organisation and the person on the first line, in either order, the body speaking of
"she" or "he" after it.

The shape of a user who types terse notes between shifts, meeting people from many places.
Run through real spaCy and the shipped roles model. Every line here is written for this file;
none is copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from debrief.names import person_key
from tests.conftest import contact_of

_BODY = (
    "\n- 20 min, video\n- path: line cook, then sous chef, then here since 2019\n"
    "- likes: the team, hates: budget season\n- advice: learn costing spreadsheets\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "Harbor Lights Hotel — Temitope Balogun (Banquet Manager)",
        "Northgate Robotics - Anneliese Vogt, field service lead",
        "Saltmarsh Brewing Cooperative - Dmitri (Head Brewer)",
    ],
)
def test_the_person_after_the_organisation_is_the_contact(heading: str) -> None:
    name = heading.split(" - ")[-1] if " - " in heading else heading.split(" — ")[-1]
    name = name.split("(")[0].split(",")[0].strip()
    got, _title, _company = contact_of(heading + _BODY)
    assert got == person_key(name)


def test_the_person_before_a_title_and_organisation_is_the_contact() -> None:
    got, _title, _company = contact_of(
        "Oluwaseun Adeyemi - Ops Director @ Tidewater Food Bank (regional, 40 staff)" + _BODY
    )
    assert got == "oluwaseun adeyemi"


def test_a_heading_of_two_organisations_names_nobody_from_it() -> None:
    got, _title, _company = contact_of("Harbor Lights Hotel - Banquet Department" + _BODY)
    assert got == ""


def test_the_dash_after_a_name_is_not_part_of_it() -> None:
    # the roles model can end the name's span on the heading's dash ("Marcus Bell -")
    from debrief.extract.contact_heading import heading_name
    from debrief.extract.pipeline import load_nlp
    from debrief.models import Contact

    doc = load_nlp()("call w/ Ingrid Solberg - Pastry Lead, Fjordside Bakery Group" + _BODY)
    got = heading_name(doc, Contact(name="Ingrid Solberg -", title=None, company=None))
    assert got.name == "Ingrid Solberg"
