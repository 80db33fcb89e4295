"""The contact's company read from a typed contact line's comma or bracket parts
(company_line.py; the shapes were found on recaps y and z).

Each recap runs through real spaCy and the shipped roles model (``contact_of``). Every
sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from debrief.extract.company_line import _broken, _overlap, _title_like
from tests.conftest import contact_of


@pytest.mark.parametrize(
    ("text", "title", "company"),
    [
        pytest.param(
            # a BLUF note: name, title with a grade in brackets, then the organisation
            "BLUF: DLA Troop Support Philadelphia has a GS-11 opening, worth applying.\n"
            "Contact: Desmond Okoro, Supervisory Procurement Analyst (GS-13), DLA Troop Support "
            "Philadelphia. Tomas Reyes (GSA) connected us. 20 min.\n"
            "- Path: enlisted supply, then 1102.\n",
            "supervisory procurement analyst",
            "dla troop support philadelphia",
            id="title-bracket-org",
        ),
        pytest.param(
            # a terse line opening on the role of a nameless caller, then the firm
            "Tue 3 Feb, 1400. Recruiter call, Bramwell & Finch Staffing, no name given. 15 min. "
            "They want forklift leads for a night shift. Not for me.",
            "recruiter",
            "bramwell finch staffing",
            id="nameless-recruiter",
        ),
    ],
)
def test_a_title_taken_for_the_company_gives_way_to_the_line_s_organisation(
    text: str, title: str, company: str
) -> None:
    assert contact_of(text)[1:] == (title, company)


def test_the_checks_keep_an_organisation_that_is_no_title() -> None:
    assert _title_like("Supervisory Contract Specialist", None)
    assert _title_like("Business Development USA", "Director Business Development")
    assert not _title_like("Bramwell & Finch Staffing", "Recruiter")
    assert not _title_like("Quillmark", "UX researcher")
    assert _overlap("Director Business Development", "Business Development USA") == 2
    assert _overlap("Product Manager", "Quillmark") == 0
    # "Ms. Castellano (Luisa)": a bracket's first word taken with the bracket
    assert _broken("(Luisa")
    assert not _broken("Acme (Europe)")


@pytest.mark.parametrize(
    ("text", "title", "company"),
    [
        pytest.param(
            # a memo's subject line: name, title, organisation, and the line ends there
            "Re: Conversation with Mr. Omar Hadid, Data Platform Lead, Pelicanly\n"
            "Present: OH; myself. 30 minutes.\n"
            "Discussion: OH taught school before Pelicanly. He likes the travel.",
            "data platform lead",
            "pelicanly",
            id="line-end",
        ),
        pytest.param(
            # an abbreviation in brackets and a lower-case department between title and firm
            "Call (30 min) w/ Dr. Lowe, Field Reliability Engineer (FRE), turbines, Castellan "
            "Power\n\nBackground: she did a PhD in materials, then joined. She likes the travel.",
            "field reliability engineer",
            "castellan power",
            id="bracket-and-department",
        ),
        pytest.param(
            # a coined firm name the base model tags as a person, run on after the title
            "Re: Conversation with Ms. Alana Ferris, Customer Success Lead, Quorvik\n"
            "Present: AF; myself. 20 minutes.\n"
            "Discussion: AF taught chemistry before Quorvik. She likes the travel.",
            "customer success lead",
            "quorvik",
            id="coined-name",
        ),
    ],
)
def test_the_organisation_listed_after_the_title_is_the_company_where_none_was_read(
    text: str, title: str, company: str
) -> None:
    assert contact_of(text)[1:] == (title, company)


def test_a_listed_company_needs_an_organisation_part_after_the_title() -> None:
    # the part after the title is a place and the next a date: no company is made up
    text = (
        "Re: Conversation with Mr. Omar Hadid, Data Platform Lead, Denver\n"
        "Present: OH; myself. 30 minutes. He likes the travel."
    )
    assert contact_of(text)[2] == ""
