"""The spoken contact, second pass (spoken45): words a transcript gives the company that employ
no one, read with the real spaCy pipeline.

- a nationality said of the contact ("she's Welsh too") is no company;
- the words after "of" in a title Whisper capitalised at the opening ("Director of Customer
  Insight, Fiona Byrne") are what the role is of, not the organisation;
- a first name filed as the company, then Whisper's full stop where a typed recap writes a
  comma, then "didn't say her last name": the name.

The wordings are written for these tests in the shape of Whisper transcripts.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract_doc
from debrief.extract.company_opening import opening_company
from debrief.extract.company_word import no_employer
from debrief.extract.contact_fullname import first_name_filed_as_company
from debrief.models import Contact

WHEN = datetime(2026, 6, 3, 16, 10)

WELSH = (
    "Okay, Hollowmere Foods, Fiona Byrne, she's Welsh too, Cardiff. We talked 25 minutes. "
    "She started in market research. Her advice was to learn SQL."
)


def test_a_nationality_employs_no_one() -> None:
    doc = extract_doc(WELSH, WHEN, spoken=True)
    assert no_employer(doc, "Welsh")
    assert no_employer(doc, "Scottish")
    # a name that opens on one is a name
    assert not no_employer(doc, "Welsh Water")
    assert not no_employer(doc, "Hollowmere Foods")


INSIGHT = (
    "Right, so Director of Customer Insight, Fiona Byrne, about a year in the job. We talked "
    "maybe 25 minutes. She started in market research. She loves the travel."
)


def test_the_title_s_own_words_are_no_opening_company() -> None:
    doc = extract_doc(INSIGHT, WHEN, spoken=True)
    contact = Contact(name="Fiona Byrne", title="Director of Customer Insight")
    assert opening_company(doc, contact).company != "Customer Insight"
    # a title that does not hold the words leaves the frame's organisation to it
    doc = extract_doc(INSIGHT.replace("Customer Insight", "Hollowmere Foods"), WHEN, spoken=True)
    kept = opening_company(doc, Contact(name="Fiona Byrne", title="director"))
    assert kept.company == "Hollowmere Foods"


SAY = (
    "So I talked to a recruiter today, Marisol. She didn't say her last name, she places "
    "analysts. We talked 15 minutes. She started as a coordinator."
)


def test_a_first_name_before_a_stop_and_no_last_name_said_is_the_name() -> None:
    doc = extract_doc(SAY, WHEN, spoken=True)
    contact = first_name_filed_as_company(doc, Contact(company="Marisol"))
    assert contact.name == "Marisol"
    assert contact.company is None
