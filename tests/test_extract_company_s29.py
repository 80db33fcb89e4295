"""The contact's company shapes read at stop 29 (company_after.py; found on recaps n..s, v, w).

Each recap runs through real spaCy and the shipped roles model (``contact_of``). Every
sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from debrief.extract.company_after import title_as_company
from tests.conftest import contact_of


@pytest.mark.parametrize(
    ("text", "company"),
    [
        pytest.param(
            "I met Dr. Halvard Nygaard at the biotech career fair at Linwood University, and we "
            "talked for an hour. He is a principal scientist at Corvane Therapeutics. He said "
            "to learn assay design.",
            "corvane therapeutics",
            id="career-fair-host",
        ),
        pytest.param(
            "I met Jonah Feld at the design meetup at Brightwater Library last week. He's a UX "
            "researcher at Quillmark. He said to learn interviewing.",
            "quillmark",
            id="meetup-host",
        ),
    ],
)
def test_where_the_speaker_met_the_contact_is_not_their_company(text: str, company: str) -> None:
    # the organisation is said only as the event's host; the one after the title is theirs
    assert contact_of(text)[2] == company


def test_a_freelancer_s_title_is_not_also_their_company() -> None:
    # "grant writer, freelance": the rules read the apposed title as the company too
    text = (
        "Marguerite Oyelaran, grant writer, freelance, twenty minutes on the phone. She said "
        "most of her clients are small arts nonprofits."
    )
    assert contact_of(text)[1:] == ("grant writer", "")


def test_the_title_check_keeps_a_company_that_is_not_the_title() -> None:
    assert title_as_company("grant writer", "Grant Writer") is None
    assert title_as_company("Quillmark", "grant writer") == "Quillmark"
    assert title_as_company("Quillmark", None) == "Quillmark"


def test_a_typed_contact_line_files_the_organisation_after_the_office() -> None:
    # "Title, Office of X, Organisation.": the office goes with the title
    text = (
        "Contact: Samir Haddad, Deputy Director, Office of Policy, Ohio Department of Health.\n"
        "Call: 30 min by phone. He said policy work is slow."
    )
    _name, title, company = contact_of(text)
    assert company == "ohio department of health"
    assert title == "deputy director, office of policy"


def test_an_opening_organisation_before_the_name_and_a_comma_is_the_company() -> None:
    text = (
        "OK. Ashgrove Analytics, Tamsin Reyes, the one Heather set me up with. She's a data "
        "scientist. She said learn SQL first."
    )
    assert contact_of(text)[2] == "ashgrove analytics"


@pytest.mark.parametrize(
    "text",
    [
        # an interjection, a preposition or a label before the name is no organisation
        "Okay, Tamsin Reyes is a data scientist at Ashgrove Analytics. She said learn SQL.",
        "From Ashgrove Analytics, Tamsin Reyes, data scientist. She said learn SQL.",
        "Uh, recap. Data scientist, Ashgrove Analytics. Name, Tamsin Reyes. She said learn SQL.",
    ],
)
def test_an_opening_word_that_is_no_organisation_is_not_the_company(text: str) -> None:
    assert contact_of(text)[2] == "ashgrove analytics"


def test_a_first_name_said_as_a_person_is_not_the_company() -> None:
    # both models may tag "Bea" an organisation; "an intern, Bea" says she is a person
    text = (
        "Quick notes. Three of them on the call from the Pellucid team: their head of design "
        "Oren Malik, an engineer Dara Quinn, and an intern, Bea. I mostly talked to Oren. He "
        "said portfolios matter."
    )
    assert contact_of(text)[2] != "bea"


@pytest.mark.parametrize(
    ("text", "title", "company"),
    [
        pytest.param(
            "Contact: Tariq Mensah, Pfizer, he runs the graduate rotation scheme in sales, so his "
            "title is something like Senior Manager, Early Talent. Length: twenty minutes. He "
            "said apply early.",
            "senior manager, early talent",
            "pfizer",
            id="tagged-organisation",
        ),
        pytest.param(
            "Contact: Lucia Ferraro, Merck, she leads the intern program for the vaccines unit, "
            "so her title is roughly Associate Director, University Relations. Length: half an "
            "hour.",
            "associate director, university relations",
            "merck",
            id="firm-tagged-a-person",
        ),
    ],
)
def test_the_organisation_beside_the_name_beats_a_title_s_tail(
    text: str, title: str, company: str
) -> None:
    # "Contact: Name, Org, ...": the rules cut the title's last part off as the company
    assert contact_of(text)[1:] == (title, company)


def test_a_title_then_its_organisation_stays_as_read() -> None:
    text = "Spoke with Dana Whitfield, Senior Manager, Brightline Health. She said apply early."
    assert contact_of(text)[1:] == ("senior manager", "brightline health")


def test_a_word_given_as_the_contact_s_last_name_is_no_company() -> None:
    from debrief.extract.company_after import first_name_company
    from debrief.extract.pipeline import load_nlp

    doc = load_nlp()(
        "The person I talked to is Marlon, last name Adeyemi-Thorne I think, a pricing analyst "
        "at Bellweather Resorts."
    )
    # "last name X": X is a name whatever the taggers call it; the organisation after the
    # title takes its place
    company = first_name_company(doc, "Adeyemi-Thorne", [None, None], "pricing analyst", [])
    assert company == "Bellweather Resorts"
    # a company no one gives as a name stands
    assert first_name_company(doc, "Bellweather Resorts", [None], "pricing analyst", []) == (
        "Bellweather Resorts"
    )
