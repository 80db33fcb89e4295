"""The contact's company named in lower case: after a described organisation and a comma
(company_lowdescribed.py), and opening on a number spelt out (contact_lower.py). Both shapes
were found on Whisper transcripts, where a name tiny.en does not know comes out in lower case;
a quick typist writes the same. Study: docs/speech-history.md, "Contact, spoken: a lower-case
company name".

Every recap here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from tests.conftest import contact_of


@pytest.mark.parametrize(
    ("text", "company"),
    [
        pytest.param(
            # a transcript: the description, a comma, the name lower case, a place after "in"
            "Okay so I just talked to Priya Natarajan, a grants officer at a small arts "
            "nonprofit, open pathways in Baltimore. She came from teaching middle school art.",
            "open pathways",
            id="described-then-lower-name-in-place",
        ),
        pytest.param(
            # a hesitation after the comma, the name closed by a full stop
            "Recap of my call with Tomasz Zielinski. He's an account lead at a tiny branding "
            "agency, um, copper hound. He was a waiter for years before any of this.",
            "copper hound",
            id="described-hesitation-then-lower-name",
        ),
        pytest.param(
            # a lower-case name that opens on a number spelt out, right after the title's "at"
            "Quick notes: spoke with Ingrid Solberg, who's a data engineer at nine fathom. "
            "She moved over from a hospital IT team last spring.",
            "nine fathom",
            id="number-word-opens-name",
        ),
    ],
)
def test_lower_case_company_is_read(text: str, company: str) -> None:
    assert contact_of(text)[2] == company


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            # after the comma a shift pattern, not a name: an adverb ends it
            "Talked to Rosalind Achterberg, she's a charge nurse at a big county hospital, "
            "mostly nights. She said the pay is fine but the schedule hurts.",
            id="adverb-after-comma-no-name",
        ),
        pytest.param(
            # a quality alone after the comma is no name
            "Talked to Rosalind Achterberg, she's a backend developer at a logistics startup, "
            "remote. She said the team is six people.",
            id="adjective-alone-no-name",
        ),
        pytest.param(
            # a count of years after "for" names nothing
            "Talked to Rosalind Achterberg, she's a welder. She has been at it for two years "
            "and loves the work.",
            id="number-of-years-no-name",
        ),
    ],
)
def test_no_company_made_up(text: str) -> None:
    assert contact_of(text)[2] == ""


def test_ordinal_opens_no_lower_case_name() -> None:
    # all lower case, an old classmate: "from third period" is a class, not an organisation
    from datetime import datetime

    from debrief.extract import extract
    from debrief.names import company_key

    text = (
        "ok so that was dana reyes my dana from third period back in high school and now "
        "she's a product manager at classwise she said the job is mostly meetings"
    )
    found = {
        company_key(c) for c in extract(text, datetime(2026, 12, 9, 17, 0)).companies_mentioned
    }
    assert not any("third" in c for c in found)
