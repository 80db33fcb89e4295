"""A typed heading's date is no company, and the line listing the contact's title names the
company over one read elsewhere (heading_dates.py, company_relisted.py; the kinds were
counted on authors cb, ba, bf and at, docs/extraction-history.md "contact55").

Each recap runs through real spaCy and the shipped roles model (``contact_of``). Every
sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from debrief.extract.heading_dates import date_head, date_tail
from tests.conftest import contact_of


def test_a_heading_date_before_the_dash_is_not_the_company() -> None:
    text = (
        "Brightmoor Analytics, Thu 9 Apr — Wendell Asare, data engineer. 30 min on Zoom.\n\n"
        "- Wendell builds the pipelines for the claims team.\n"
        "- He said to learn dbt before anything else.\n"
    )
    assert contact_of(text)[2] == "brightmoor analytics"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        pytest.param(
            # a dated heading with the name, then "Title, Organisation" on a line of its own
            "Wed 14 Jan — Priscilla Okonjo\n"
            "Senior Hydrologist, Copperfield Water Authority\n\n"
            "- Came over from a river survey job near Moose Jaw in 2019\n"
            "- Spends her days on flood forecasts and permit reviews\n",
            "copperfield water authority",
            id="dated-heading",
        ),
        pytest.param(
            # a label heading, then the title line; a place follows in brackets
            "RECAP — Tobias Lindgren, call Tues (40 min)\n"
            "Grants Officer, Northern Lights Arts Council (Duluth)\n\n"
            "PATH\n - Was a cellist, then ran a festival, then took the grants job\n",
            "northern lights arts council",
            id="label-heading",
        ),
    ],
)
def test_the_title_line_names_the_company(text: str, company: str) -> None:
    assert contact_of(text)[2] == company


def test_a_company_said_on_the_title_line_is_kept() -> None:
    # the line says the organisation first; the part after the title is a place
    text = (
        "Quarry Lane Books — Hollis Achebe, Store Manager, Ellsworth\n"
        "Twenty minutes. He said retail hours are brutal but the staff are family.\n"
    )
    assert contact_of(text)[2] == "quarry lane books"


def test_an_organisation_said_before_the_title_line_stays() -> None:
    # the heading names the firm; the part after the title is a department, not the company
    text = (
        "Tern Aerospace, Mobile - call notes\n"
        "Delia Marsh, Manager, Materials Planning. 40 min.\n"
        "BLUF: steady work for someone who likes numbers.\n"
        "- Route: Army supply sergeant, then a planner at a shipyard.\n"
    )
    assert contact_of(text)[2] == "tern aerospace"


def test_date_runs_need_a_day_or_month_word() -> None:
    import spacy

    nlp = spacy.blank("en")
    toks = list(nlp("Hyland , Oct. 12"))
    assert date_tail(toks) == 3
    assert date_tail(list(nlp("IBEW Local 103"))) == 0
    assert date_head(list(nlp("Tues 15/12 notes"))) == 2


@pytest.mark.parametrize(
    ("rules_company", "kept"),
    [
        pytest.param("Pike Hydraulics", [], id="organisation-given-way-is-no-person"),
        pytest.param("Maren Holt", ["Maren Holt"], id="a-census-name-stays-a-person"),
    ],
)
def test_the_rules_company_given_way_is_no_person(rules_company: str, kept: list[str]) -> None:
    # the rules kept an organisation as the company and filed it among the people too; the
    # title's line moved the company to another: it is still no person (roles_combine)
    import spacy

    from debrief.extract.roles_combine import people_combined
    from debrief.extract.roles_settled import GoBetweens
    from debrief.extract.roles_spans import Roles
    from debrief.extract.roles_weigh import Sides
    from debrief.models import Contact, Person

    doc = spacy.blank("en")("A recap.")
    rules = Roles(Contact(company=rules_company), [Person(name=rules_company)], [rules_company])
    sides = Sides(doc, [], rules, Roles(), {"people": "rules", "relation": "rules"})
    contact = Contact(name="Ada Lowe", title="sales director", company="Corran Valves")
    got = people_combined(sides, contact, GoBetweens(None, None, None))
    assert [p.name for p in got] == kept
