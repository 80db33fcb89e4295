"""The contact's company said after the name in a frame no other company rule reads
(company_named.py; the kind was counted on recaps n..s, v..ae, "company22": "the practice is
called X", "Company is X", "at a family-owned bakery, X", "..., from X, the credit union",
"That was Name at X", "a colleague at X", "at the county, X County public works").

The rule is run on real spaCy docs of the whole pipeline with the contact the earlier rules
could hand over, and end to end through ``extract``. Every sentence here is written for this
file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract.company_named import named_company
from debrief.models import Contact
from debrief.names import company_key

_WHEN = datetime(2026, 12, 9, 17, 0)


def _named(text: str, name: str, title: str | None = None, company: str | None = None) -> str:
    from debrief.extract.pipeline import extract_doc

    doc = extract_doc(text, _WHEN)
    contact = Contact(name=name, title=title, company=company)
    return company_key(named_company(doc, contact).company)


@pytest.mark.parametrize(
    ("text", "name", "title", "company"),
    [
        pytest.param(
            # a noun for the organisation as the subject, "is called", then the name
            "Forty minutes with Odette Lacroix, a speech therapist. She rents a room in a "
            "clinic downtown, the practice is called Bright Harbor Speech. She loves it.",
            "Odette Lacroix",
            "speech therapist",
            "bright harbor speech",
            id="practice-is-called",
        ),
        pytest.param(
            # "Company is X" opening its own sentence, after the name's
            "Spoke with Tobias Grieve about product roles. Company is Larkspur Ledger, "
            "a small fintech. He's their head of product.",
            "Tobias Grieve",
            "head of product",
            "larkspur ledger",
            id="company-is",
        ),
        pytest.param(
            # the firm described first with "a", a comma, then named
            "Called Nnamdi Obi, he's the kitchen manager at a family-run catering outfit, "
            "Saffron Table, out in Fresno. Long hours, he said.",
            "Nnamdi Obi",
            "kitchen manager",
            "saffron table",
            id="described-then-named",
        ),
        pytest.param(
            # "from" after a clause has come between the name and the firm
            "Greta Lindqvist phoned me back this morning, from Willowmere, the credit union. "
            "She runs their branch training.",
            "Greta Lindqvist",
            None,
            "willowmere",
            id="from-after-a-clause",
        ),
        pytest.param(
            # the name said last, "at" and the firm right after it
            "She said to keep my portfolio short. That was Professor Ines Halloway at "
            "Brookfield Technical College, she teaches the drafting courses.",
            "Ines Halloway",
            "drafting instructor",
            "brookfield technical college",
            id="name-at-org",
        ),
        pytest.param(
            # "the county", a comma, then the county's name and its lower-case unit (the
            # tagger calls the county a place; the unit's head makes it an organisation)
            "Phoned Anselm Reyes. He's a stormwater inspector, at the county, Pike County "
            "public works, nine years now.",
            "Anselm Reyes",
            "stormwater inspector",
            "pike county public works",
            id="the-county-then-its-unit",
        ),
        pytest.param(
            # the contact as someone's colleague at the firm
            "Ravi Menon, my sister's colleague at Tidewater Schools, gave me half an hour on "
            "Tuesday. He coordinates their after-school programs.",
            "Ravi Menon",
            None,
            "tidewater schools",
            id="colleague-at",
        ),
    ],
)
def test_the_organisation_named_after_the_name_is_the_company(
    text: str, name: str, title: str | None, company: str
) -> None:
    assert _named(text, name, title) == company


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        pytest.param(
            # a person described and named after "with" is no organisation
            "Spoke with Hollis Brandt at the expo, then with a recruiter there, Ngaio. "
            "Hollis said the union hall is the way in.",
            "Hollis Brandt",
            None,
            id="with-a-person-then-a-name",
        ),
        pytest.param(
            # a place named after "from" is no organisation
            "Talked to Corinne Abara, from Nairobi, on Friday. She moved here in 2019.",
            "Corinne Abara",
            None,
            id="place-after-from",
        ),
        pytest.param(
            # a company already found that is an organisation stands
            "Met Judith Kern, a planner at Rookwood Transit. Her old firm is called "
            "Halvard Design, she left it in May.",
            "Judith Kern",
            "Rookwood Transit",
            id="found-company-stands",
        ),
    ],
)
def test_no_organisation_named_leaves_the_company(text: str, name: str, found: str | None) -> None:
    assert _named(text, name, company=found) == company_key(found)


def test_a_given_name_taken_for_the_company_gives_way() -> None:
    # a census given name alone ("Helen", the referrer) is no organisation: the firm named
    # after "from" replaces it
    text = (
        "Quick notes. Talked to Priyanka Rao, Helen's friend. From Ostrander Labs, she's a "
        "data engineer."
    )
    assert _named(text, "Priyanka Rao", "data engineer", "Helen") == "ostrander labs"


def test_end_to_end_the_named_organisation_is_the_contacts_company() -> None:
    from debrief.extract import extract

    # the title said in one sentence, the organisation named outright in the next
    text = (
        "Call with Marguerite Osei, a wedding photographer. She shares a studio with two "
        "others, the business is called Golden Hour Collective. She said to email her my "
        "portfolio by Friday."
    )
    contact = extract(text, _WHEN).contact
    assert contact.name == "Marguerite Osei"
    assert company_key(contact.company) == "golden hour collective"
