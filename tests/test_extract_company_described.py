"""An organisation after "at" described first and named after: the name is the company
(company_described.py, read by company_titled.py; the shape was found on n..s, "company18").

The rule is run on real spaCy docs of the whole pipeline with a wrong company handed over as
the combination would, and end to end on a recap of the shape. Every sentence here is written
for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract.company_described import named_after
from debrief.extract.company_titled import titled_company
from debrief.models import Contact
from debrief.names import company_key
from tests.conftest import contact_of


def _doc(text: str):  # type: ignore[no-untyped-def]
    from debrief.extract.pipeline import extract_doc

    return extract_doc(text, datetime(2026, 12, 9, 17, 0))


def _titled(text: str, name: str, chosen: str | None) -> str:
    contact = Contact(name=name, title=None, company=chosen)
    return company_key(titled_company(_doc(text), contact).company)


@pytest.mark.parametrize(
    ("text", "name", "chosen", "company"),
    [
        pytest.param(
            # a hyphenated description before "called": the hyphen no longer ends the look
            "Spoke with Marguerite Olsen this morning, she's the catering manager at a "
            "second-generation bakery called Hearthstone Breads, and she answered every "
            "question I had. Her cousin runs the front counter.",
            "Marguerite Olsen",
            "counter",
            "hearthstone breads",
            id="hyphenated-description-called",
        ),
        pytest.param(
            # a hesitation and "it's called" between "at" and the name
            "Okay, quick one, I talked to Desmond Achebe, he's a floor supervisor at, uh, "
            "it's called Ironvale Fabrication, a welding shop out by the airport. Twenty "
            "minutes on the phone.",
            "Desmond Achebe",
            "airport",
            "ironvale fabrication",
            id="hesitation-its-called",
        ),
        pytest.param(
            # an indefinite description, then the name set after a comma
            "Call with Rosalind Achterberg, she is the volunteer coordinator at a small "
            "animal rescue, Paws Haven Sanctuary, and she has been there nine years. She "
            "said the hardest part is the weekend shifts.",
            "Rosalind Achterberg",
            "weekend",
            "paws haven sanctuary",
            id="indefinite-then-comma-name",
        ),
    ],
)
def test_the_name_after_a_description_is_the_company(
    text: str, name: str, chosen: str, company: str
) -> None:
    assert _titled(text, name, chosen) == company


def test_a_bare_description_is_still_no_company() -> None:
    # "at a bank" with no name after, then the sentence ends: nothing is named
    text = (
        "Talked to Wilhelmina Osei, she's a loan officer at a regional bank. She said the "
        "paperwork is endless but she likes her customers."
    )
    doc = _doc(text)
    at = next(t.i for t in doc if t.lower_ == "at")
    assert named_after(doc, at + 1) == (at + 1, True)
    assert _titled(text, "Wilhelmina Osei", None) == ""


def test_a_lower_case_word_after_the_comma_is_no_name() -> None:
    # "at a clinic, and ..." goes on with a clause, not a name
    text = "I met Bartholomew Reyes, a nurse at a clinic, and he was very kind to me."
    doc = _doc(text)
    at = next(t.i for t in doc if t.lower_ == "at")
    assert named_after(doc, at + 1)[1] is True


def test_end_to_end_a_described_venue_keeps_its_name() -> None:
    # end to end the answers already name such a venue; the rule must keep it so (a guard)
    _, _, company = contact_of(
        "Morning notes from yesterday. Talked with Philippa Stroud, she's the wedding "
        "coordinator at a family-run inn called the Birchwood Lodge, in Maine. The owners, "
        "the Gallaghers, bought it in the nineties. Philippa started as a housekeeper there "
        "and worked her way up. She said to learn the software the venues use."
    )
    assert company == "birchwood lodge"


def test_the_title_said_in_the_next_sentence_about_the_contact() -> None:
    # the name's sentence holds no title; the next one, opening with "She", says where she is
    text = (
        "Today's call came through my aunt, the contact was Cordelia Vasquez, I think, I'll "
        "check the spelling. She's the grants manager at Tidewater Land Trust and has been "
        "for six years. She said to volunteer on a grant first."
    )
    assert _titled(text, "Cordelia Vasquez", "Vasquez") == "tidewater land trust"


def test_a_sentence_about_someone_else_is_not_read_on() -> None:
    # the next sentence is about the speaker, not the contact: its "at" says nothing of hers
    text = (
        "Short call with Ottilie Brandt, she was kind. I'm a data analyst at Crestmoor "
        "Insurance and want to move into her field."
    )
    assert _titled(text, "Ottilie Brandt", None) == ""


def test_she_is_at_after_the_title_goes_on_to_the_name() -> None:
    # "she's" between the title and "at", then a description and the name after a comma
    text = (
        "Caught Thandeka Mthembu between shifts, respiratory therapist, she's at a small "
        "county hospital, Larkspur General, and works nights. She said to shadow first."
    )
    assert _titled(text, "Thandeka Mthembu", "nights") == "larkspur general"


def test_the_city_office_of_a_firm_is_the_firm() -> None:
    # the city names where the office is; the firm after "office of" is the employer
    text = (
        "Spoke with Ingeborg Lund, senior associate at the Oslo office of Brightwater "
        "Advisory. She moved there from a bank four years ago."
    )
    assert _titled(text, "Ingeborg Lund", "Oslo") == "brightwater advisory"
