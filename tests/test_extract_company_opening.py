"""The organisation a recap opens on, said before the contact's name as whom they are with
(company_opening.py; the shape was counted on recaps n..s, v..ac, "company21": "the guy from
X, ... Name", "the director at X ... Name", "from the X, the supervisor, Name").

The rule is run on real spaCy docs of the whole pipeline, with the company the combination
could hand over (none, or a past employer said after the name), and end to end through
``extract``. Every sentence here is written for this
file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract.company_opening import opening_company
from debrief.models import Contact
from debrief.names import company_key

_WHEN = datetime(2026, 12, 9, 17, 0)


def _opening(text: str, name: str, company: str | None = None) -> str:
    from debrief.extract.pipeline import extract_doc

    doc = extract_doc(text, _WHEN)
    return company_key(opening_company(doc, Contact(name=name, company=company)).company)


@pytest.mark.parametrize(
    ("text", "name", "found", "company"),
    [
        pytest.param(
            # a person noun, then the firm in lower-case words a name head closes, the name
            # said after a filler; the rules could take the contact's old employer instead
            "ok so the woman from the river valley land trust, um Odile Marchetti, she does "
            "their grants. She was a forester at Lakehead before all that.",
            "Odile Marchetti",
            "Lakehead",
            "river valley land trust",
            id="someone-from-lower-case-org",
        ),
        pytest.param(
            # the title first, "at" and a capitalised firm, the name after a comma
            "Had coffee with the plant manager at Ferrowick Castings, Dmitri Halloran. He "
            "came up through quality after a stint at Ford.",
            "Dmitri Halloran",
            "Ford",
            "ferrowick castings",
            id="title-at-org",
        ),
        pytest.param(
            # a sentence that opens on "from" and the firm, the title and name after it; no
            # company found at all
            "Quick voice note. From the Pinecrest school district, the facilities lead, "
            "Marguerite, no last name given. She said the boilers are older than she is.",
            "Marguerite",
            None,
            "pinecrest school district",
            id="sentence-opens-on-from",
        ),
        pytest.param(
            # the title, "of" and the firm, a description, then the name
            "Spoke to the founder of Lanternfish Audio, a three-person studio, Priya Venkat. "
            "She used to mix records for Sony.",
            "Priya Venkat",
            "Sony",
            "lanternfish audio",
            id="title-of-org",
        ),
    ],
)
def test_the_organisation_the_recap_opens_on_is_the_company(
    text: str, name: str, found: str | None, company: str
) -> None:
    assert _opening(text, name, found) == company


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        pytest.param(
            # the company found is said before the name too: it stands
            "Call with Brightmoor Health today. The guy from the union local sat in too. "
            "Then Ana Ruiz, their nurse recruiter, walked me through the residency.",
            "Ana Ruiz",
            "Brightmoor Health",
            id="found-company-said-first",
        ),
        pytest.param(
            # the company found is said after the name as where the contact is now: the
            # opening's group is only who introduced them
            "Talked with the guy from the Rotary club, Jonas Weber. He's a loan officer at "
            "Fernhill Credit Union and has been for ten years.",
            "Jonas Weber",
            "Fernhill Credit Union",
            id="found-company-said-as-present",
        ),
        pytest.param(
            # "from" after a plain verb says where something came from, not whom the call
            # was with
            "I got the referral from Tamsin last week. Called Hugo Brandt, he's a welder at "
            "Kessler Fabrication.",
            "Hugo Brandt",
            "Kessler Fabrication",
            id="from-after-a-verb",
        ),
        pytest.param(
            # a place after "from" is no organisation
            "So from Denver, the recruiter, Lena Okoro, called me back. She works at Arcwell.",
            "Lena Okoro",
            "Arcwell",
            id="place-after-from",
        ),
        pytest.param(
            # taken back right after it is said
            "The guy from Norland Freight, no, sorry, wrong one. It was Teodor Vasić, a "
            "dispatcher at Pell Logistics.",
            "Teodor Vasić",
            "Pell Logistics",
            id="taken-back",
        ),
    ],
)
def test_no_opening_organisation_leaves_the_company(text: str, name: str, found: str) -> None:
    assert _opening(text, name, found) == company_key(found)


def test_end_to_end_the_opening_organisation_is_the_contacts_company() -> None:
    from debrief.extract import extract

    # the firm said in lower-case words before the name, no organisation beside the name
    text = (
        "This one was from the county housing authority, Bettina Kraus, she is their "
        "compliance officer. She said most of the job is paperwork. I should email her the "
        "inspection checklist by Friday."
    )
    contact = extract(text, _WHEN).contact
    assert contact.name == "Bettina Kraus"
    assert company_key(contact.company) == "county housing authority"
