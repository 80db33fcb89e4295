"""All-caps acronyms as organisations, real spaCy (``en_core_web_sm``).

An acronym is an organisation where the context says so: after a preposition of employment
("at FEMA", "joined NASA", "left OSHA"), as an owner ("REI's Co-op team") or as the subject of
a verb ("the AWWA has standards"). It is not one where it is a kind, a title, a credential, a
tool or a unit ("at a CDFI", "her PMP", "an MBA", "QA lead", "SQL is", "the ICU is busy", "my
PT"). Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract
from debrief.names import company_key

WHEN = datetime(2026, 12, 8, 18, 0)

_OPENING = "Talked to Lena Ortiz, she's a program analyst at Harwick Logistics. "


def _companies(text: str) -> set[str]:
    return {company_key(c) for c in extract(text, WHEN).companies_mentioned}


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        ("Before that she spent four years at FEMA in the regional office.", "fema"),
        ("Her brother left OSHA last spring to consult.", "osha"),
        ("She said her old roommate joined NASA after grad school.", "nasa"),
        ("Her mentor works for the FDA in Silver Spring.", "fda"),
        ("Her first job was on REI's gear testing team.", "rei"),
        ("She said the AWWA has resilience standards I should read.", "awwa"),
        ("Her cousin runs hiring at FINRA's Chicago office.", "finra"),
    ],
)
def test_acronym_in_an_organisation_context_is_a_company(sentence: str, org: str) -> None:
    found = _companies(_OPENING + sentence + " Call was about twenty minutes.")
    assert org in found
    # an owner is the acronym alone, not the acronym and what it owns
    assert not any(c.startswith(org + " ") for c in found)


@pytest.mark.parametrize(
    ("sentence", "acronym"),
    [
        ("Before this she was an analyst at a CDFI in Fresno.", "cdfi"),
        ("She said her PMP is what got her the interview.", "pmp"),
        ("She has an MBA and says SQL is the skill that matters.", "mba"),
        ("She started as a QA lead and said HR is slow to hire.", "qa"),
        ("Her husband is an ER nurse and says the ICU is always short staffed.", "icu"),
        ("My PT said GIS is worth learning too.", "pt"),
        ("She said a CDL helps and the PM role is hard to get.", "cdl"),
    ],
)
def test_acronym_as_kind_title_credential_or_tool_is_not_a_company(
    sentence: str, acronym: str
) -> None:
    found = _companies(_OPENING + sentence + " Call was about twenty minutes.")
    assert found == {"harwick logistics"}, (acronym, found)


def test_contact_company_is_the_named_employer_after_a_kind_acronym() -> None:
    text = (
        "Spoke with Rosa Delgado, she's a pharmacist at, um, a PBM, Coravant, doing "
        "formulary work. She likes the puzzle of it. Call was half an hour."
    )
    result = extract(text, WHEN)
    assert result.contact is not None
    assert company_key(result.contact.company or "") == "coravant"
