"""The organisation a typed recap names the call by replaces a place or a piece of the title
kept as the contact's company (company_subject.py; the shapes were counted on ai ak au,
docs/extraction-history.md "contact51").

The rule runs on the real spaCy doc; every sentence here is written for this file, none is
copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from debrief.extract.company_subject import subject_company
from debrief.models import Contact
from tests.conftest import contact_of


def _doc(text: str):  # a spaCy Doc, loaded only for the tests that use it
    from debrief.extract.pipeline import extract_doc

    return extract_doc(text)


def test_a_hometown_kept_gives_way_to_the_call_s_organisation() -> None:
    text = (
        "ok quick notes on the Northrop Grumman call. the guy is Darnell Okoye, grew up in "
        "Mobile, he's a logistics engineer now. He joined Northrop Grumman after the Navy."
    )
    doc = _doc(text)
    found = subject_company(doc, Contact("Darnell Okoye", "logistics engineer", "Mobile"))
    assert found.company == "Northrop Grumman"


def test_the_end_of_a_title_kept_gives_way_to_the_call_s_organisation() -> None:
    doc = _doc(
        "So this was the Tillamook call. Director of Supply Planning, very calm, Ruth Engel. "
        "She came to Tillamook from a cereal maker."
    )
    found = subject_company(doc, Contact("Ruth Engel", "Director", "Supply Planning"))
    assert found.company == "Tillamook"


def test_through_the_pipeline_the_title_piece_is_replaced() -> None:
    _name, _title, company = contact_of(
        "So this was the Tillamook call. Director of Supply Planning, very calm, Ruth Engel. "
        "She came to Tillamook from a cereal maker."
    )
    assert company == "tillamook"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            "Notes on the Harbor call. Priya Nandakumar, product lead at Quaywise, met in Leeds.",
            Contact("Priya Nandakumar", "product lead", "Quaywise"),
            id="an-organisation-kept-stays",
        ),
        pytest.param(
            "This is the Desmond call. Desmond Achebe, the one at Orrin in Tulsa, a planner. "
            "Desmond was kind.",
            Contact("Desmond Achebe", "planner", "Tulsa"),
            id="a-call-named-by-the-person",
        ),
        pytest.param(
            "Scheduling call, recap. Talked with Ines, a dispatcher in Fresno. She likes it.",
            Contact("Ines", "dispatcher", "Fresno"),
            id="a-topic-said-once",
        ),
        pytest.param(
            "The call ran long. The surveyor I talked to, Oren Blau, works out of Reno.",
            Contact("Oren Blau", "surveyor", "Reno"),
            id="the-call-names-nothing",
        ),
    ],
)
def test_guards(text: str, kept: Contact) -> None:
    assert subject_company(_doc(text), kept) == kept
