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
