"""The spoken contact's company, spoken47, read with the real spaCy pipeline: a name said after
the contact's title that ends on a lower-case organisation head ("the greater Pinecone
conference"), or that a possessive splits ("Rose Hollow's Free Clinic"), is the company where
neither answer kept one (company_headrun.py); on a transcript, the rules' company run on by one
capitalised word past the model's ("... Institution DC") gives way to the model's
(company_trailed.py).

The wordings are written for these tests in the shape of Whisper transcripts.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract, extract_doc
from debrief.extract.company_headrun import headed_run
from debrief.extract.company_trailed import trailed_on
from debrief.models import Contact

WHEN = datetime(2026, 6, 3, 16, 10)


def _company(text: str) -> str | None:
    return extract(text, WHEN, True).contact.company


def test_a_lower_case_head_after_the_title_names_the_company() -> None:
    text = (
        "Alright, last one this week, Gus Ortega, the commissioner of the western Pinecone "
        "league. He has done it for nine years, part-time. He said scheduling referees is most "
        "of it."
    )
    assert _company(text) == "western Pinecone league"


def test_a_possessive_inside_the_name_is_kept() -> None:
    text = (
        "Quick memo. This call was with the program director of Rose Hollow's Community Clinic. "
        "It's mostly volunteers. She said the grant reports eat her Fridays."
    )
    assert _company(text) == "Rose Hollow's Community Clinic"


def test_runs_the_names_the_organisation() -> None:
    text = (
        "Okay, Dee Alvarez, runs the Bay Shore youth soccer alliance. Executive director. "
        "She started as a volunteer coach and now does fundraising most days."
    )
    assert _company(text) == "Bay Shore youth soccer alliance"


def test_a_description_with_no_name_is_no_company() -> None:
    text = "I talked to the director of the county health department about inspections."
    doc = extract_doc(text, WHEN, spoken=True)
    assert headed_run(doc, Contact(name=None, title="director")) is None
    # a kept company is left alone
    assert headed_run(doc, Contact(name=None, title="director", company="Acme")) is None


RUN_ON = (
    "Notes on Tomasz Wren, second year, research assistant at the Brookings Institution DC. "
    "We met at a career fair. He does data work mostly."
)


def test_a_word_run_on_past_the_model_company_is_dropped_on_a_transcript() -> None:
    assert extract(RUN_ON, WHEN, True).contact.company == "Brookings Institution"
    # typed, the rules' reading stands (a typist sets a place off if it is not the name's)
    assert extract(RUN_ON, WHEN, False).contact.company == "Brookings Institution DC"


def test_an_organisation_head_run_on_is_the_rules_whole_name() -> None:
    doc = extract_doc(RUN_ON, WHEN, spoken=True)
    assert trailed_on(doc, "Brookings Institution DC", "Brookings Institution")
    assert not trailed_on(doc, "Sanford Health", "Sanford")
    assert not trailed_on(doc, "Brookings Institution DC Office", "Brookings Institution")
    typed = extract_doc(RUN_ON, WHEN, spoken=False)
    assert not trailed_on(typed, "Brookings Institution DC", "Brookings Institution")
