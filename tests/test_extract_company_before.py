"""The contact's company said before the contact's name (company_before.py; the shape was
found on recaps n..s, "company20": an owner of the name, the other side of "the call with",
what the call or the team was).

The rule is run on real spaCy docs of the whole pipeline with the company cleared, as the
combination hands it over, and end to end through ``extract``. Every sentence here is written
for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract.company_before import company_before
from debrief.models import Contact
from debrief.names import company_key

_WHEN = datetime(2026, 12, 9, 17, 0)


def _before(text: str, name: str, company: str | None = None) -> str:
    from debrief.extract.pipeline import extract_doc

    doc = extract_doc(text, _WHEN)
    return company_key(company_before(doc, Contact(name=name, company=company)).company)


@pytest.mark.parametrize(
    ("text", "name", "company"),
    [
        pytest.param(
            # the firm owns the name itself, said as a possessive with no tagger marking it
            "Third logistics call this week. Brindle Freight's Omar Haddad, a lead dispatcher "
            "for nine years. He said the night shift is where people learn fastest.",
            "Omar Haddad",
            "brindle freight",
            id="owner-of-the-name",
        ),
        pytest.param(
            # the firm owns a team the contact belongs to, the name a sentence later
            "So Marrowfield Pumps' service team ran a webinar and I stayed on after. Ines "
            "Moreau answered my questions, she is their field technician.",
            "Ines Moreau",
            "marrowfield pumps",
            id="owner-of-a-team",
        ),
        pytest.param(
            # the other side of the call is the firm, and shares a word with the contact's name
            "The call with Ostrowski Tool went long. Hanna Ostrowski, she programs the lathes "
            "there and quotes the jobs.",
            "Hanna Ostrowski",
            "ostrowski tool",
            id="call-with-firm",
        ),
        pytest.param(
            # a typed note's first line says what the call was
            "Debrief, Quillon Labs call. Spoke with Aiko Mendes, she manages the wet lab. "
            "She said to learn pipetting well.",
            "Aiko Mendes",
            "quillon labs",
            id="org-call-heading",
        ),
    ],
)
def test_an_organisation_said_before_the_name_is_the_company(
    text: str, name: str, company: str
) -> None:
    assert _before(text, name) == company


def test_a_person_after_call_with_is_no_company() -> None:
    # the call was with someone else by given name: a person, not an employer
    text = (
        "Coffee with Maria Lindgren first, then the call with Tomas Berg. He is a welder and "
        "said the night shift pays more."
    )
    assert _before(text, "Tomas Berg") == ""


def test_a_place_owning_a_team_is_no_company() -> None:
    # a city's team: the place is not the contact's employer
    text = "Chicago's food scene folks are tight. Dana Whitlow told me that over coffee."
    assert _before(text, "Dana Whitlow") == ""


def test_a_company_already_found_is_kept() -> None:
    text = "Brindle Freight's Omar Haddad said he now works at Corvane Shipping."
    assert _before(text, "Omar Haddad", company="Corvane Shipping") == "corvane shipping"


def test_end_to_end_the_call_with_the_firm() -> None:
    # neither the rules nor the roles model find this company at the head: the rule does
    from debrief.extract.pipeline import extract

    text = (
        "The call with Ostrowski Tool went long. Hanna Ostrowski, she programs the lathes "
        "there and quotes the jobs. I will send her my resume on Friday."
    )
    contact = extract(text, _WHEN).contact
    assert contact.name == "Hanna Ostrowski"
    assert company_key(contact.company) == "ostrowski tool"
