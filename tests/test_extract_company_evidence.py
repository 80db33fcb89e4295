"""The contact's company read against the whole recap (company_evidence.py; the kind was
counted on recaps n..s, v..ag, "company24"): a company every mention of which is another
person's ("the referral came from Tobias at X") or the past the speaker shares with the
contact ("we were at X together") gives way to the organisation the recap places the contact
at now ("Renata is an analyst at Y", "Dmitri owns Y").

The rule is run on real spaCy docs of the whole pipeline with the company an earlier rule
could hand over, and end to end through ``extract``. Every sentence here is written for this
file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract.company_evidence import evidenced_company
from debrief.models import Contact
from debrief.names import company_key

_WHEN = datetime(2026, 12, 9, 17, 0)


def _evidenced(text: str, name: str, company: str) -> str:
    from debrief.extract.pipeline import extract_doc

    doc = extract_doc(text, _WHEN)
    contact = Contact(name=name, title=None, company=company)
    return company_key(evidenced_company(doc, contact).company)


@pytest.mark.parametrize(
    ("text", "name", "handed", "company"),
    [
        pytest.param(
            # the referrer's organisation said first, the contact placed later with "at"
            "This one was a referral from Tobias at Quarry Lane Bakery, he said to call "
            "Renata Szabo, so I did. Renata is an operations analyst at Meridel Freight. "
            "We talked for half an hour about shift planning.",
            "Renata Szabo",
            "Quarry Lane Bakery",
            "Meridel Freight",
            id="referrer-at-then-contact-at",
        ),
        pytest.param(
            # the referrer named with "from" after a comma; the contact owns their firm
            "Finally reached Dmitri Kowal, the welder Harriet, from Copperfield Supply, "
            "told me about last spring. Dmitri owns Larchwood Fabrication, a shop of six "
            "people, and he does mostly railings.",
            "Dmitri Kowal",
            "Copperfield Supply",
            "Larchwood Fabrication",
            id="referrer-from-then-contact-owns",
        ),
        pytest.param(
            # the contact's organisation said as an acronym, then spelled out after a comma
            "Got the name from Teresa at Palisade Books. Leona Marsh is a grants associate at "
            "NWC, Northwest Workforce Coalition, and has been there six years.",
            "Leona Marsh",
            "Palisade Books",
            "Northwest Workforce Coalition",
            id="acronym-spelled-out-after-comma",
        ),
    ],
)
def test_someone_elses_company_gives_way(text: str, name: str, handed: str, company: str) -> None:
    assert _evidenced(text, name, handed) == company_key(company)


@pytest.mark.parametrize(
    ("text", "name", "company"),
    [
        pytest.param(
            # said once beside the contact's own name: no evidence against it
            "Short call with Ines Okoro from Veltra Labs. She was introduced by Marcus "
            "from Orrin Health. Ines said to learn SQL before anything else.",
            "Ines Okoro",
            "Veltra Labs",
            id="contact-from-company-kept",
        ),
        pytest.param(
            # the referrer's organisation, but the recap places the contact nowhere else:
            # they may well work there too
            "A referral from Priya at Sunbeam Credit Union. Talked to Walter Greene, he "
            "has been in lending for twenty years and loves it.",
            "Walter Greene",
            "Sunbeam Credit Union",
            id="no-other-placement-kept",
        ),
        pytest.param(
            # the company said once as another person's and once as the contact's own
            "Odile from Brightmere Health put me in touch with Samuel Achebe. Samuel is "
            "also at Brightmere Health, in the billing office, and likes the people.",
            "Samuel Achebe",
            "Brightmere Health",
            id="also-said-as-contacts-kept",
        ),
        pytest.param(
            # the only other organisation places someone of the contact's, not the contact
            "A referral from Miriam at Hillside Clinic. Talked with Owen Fisher for an hour; "
            "I should ask Owen about his brother's friend at Corvane Bank next week.",
            "Owen Fisher",
            "Hillside Clinic",
            id="possessive-relation-placed-kept",
        ),
        pytest.param(
            # the other organisation is the contact's past, said with a verb in the past
            "My cousin Lucia, from Redfern Dental, set this up. Marco Bellini played soccer "
            "at Ardmore College and says the clinic hours are long.",
            "Marco Bellini",
            "Redfern Dental",
            id="past-verb-placed-kept",
        ),
    ],
)
def test_company_with_own_evidence_kept(text: str, name: str, company: str) -> None:
    assert _evidenced(text, name, company) == company_key(company)


def test_end_to_end_referrer_company_not_the_contacts() -> None:
    """Through ``extract``: the referrer's bakery said before the name is not the company."""
    from debrief.extract import extract

    text = (
        "This one was a referral from Tobias at Quarry Lane Bakery, he said to call Renata "
        "Szabo, so I did. Renata is an operations analyst at Meridel Freight. She said "
        "to learn Excel pivot tables first. I'll send her my resume by Friday."
    )
    contact = extract(text, _WHEN).contact
    assert contact.name == "Renata Szabo"
    assert company_key(contact.company) == company_key("Meridel Freight")
