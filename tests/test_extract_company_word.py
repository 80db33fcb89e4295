"""A contact's company that is a word of something that employs no one (company_word.py;
the kind counted on the development authors, "company25"): a credential after the name, a
military base, a platform's group, a department or a trial phase said beside the
organisation, a nationality. The check reads what the word is; the company falls back to the
organisation said with the contact, or to none.

The checks run on the words alone, and end to end through ``extract`` on real spaCy docs.
Every recap here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract.company_word import (
    a_credential,
    a_department,
    a_platform_group,
    an_installation,
)
from debrief.names import company_key, words

_WHEN = datetime(2026, 12, 9, 17, 0)


@pytest.mark.parametrize(
    ("check", "company", "expected"),
    [
        (a_credential, "PMP", True),
        (a_credential, "Lean Six Sigma", True),
        (a_credential, "Pemberton Mills", False),
        (an_installation, "Fort Hood", True),
        (an_installation, "Camp Pendleton", True),
        (an_installation, "Joint Base Andrews", True),
        # a word after the place's name makes it an organisation's name
        (an_installation, "Fort Worth Independent School District", False),
        (an_installation, "Campbell", False),
        (a_platform_group, "LinkedIn group", True),
        (a_platform_group, "Slack community", True),
        (a_platform_group, "Lakeside Reading Group", False),
        # the platform alone can be an employer
        (a_platform_group, "LinkedIn", False),
        (a_department, "Critical Care", True),
        (a_department, "Emergency Services", True),
        (a_department, "Phase Two", True),
        (a_department, "Critical Care Partners", False),
        (a_department, "Phase Eleven Studios", False),
    ],
)
def test_what_the_word_is(check, company: str, expected: bool) -> None:
    assert check(words(company)) is expected


def _company(text: str) -> str:
    from debrief.extract.pipeline import extract

    return company_key(extract(text, _WHEN).contact.company)


@pytest.mark.parametrize(
    ("text", "company"),
    [
        pytest.param(
            # a business card read aloud: the credential after the name is no company
            "Recap. Reading the card: Marguerite Olsen-Tate, PMP, Senior Program Manager, "
            "Brightwater Logistics Group. She said get the certification early.",
            "Brightwater Logistics Group",
            id="credential-after-name",
        ),
        pytest.param(
            # met through a platform's group; the employer said after the title
            "recap from Monday. talked to a woman from the LinkedIn group, Amara Osei, she "
            "grew up in Tacoma like me. she is a senior buyer at Harrowgate Aerospace now. "
            "she said learn the contracts side.",
            "Harrowgate Aerospace",
            id="platform-group",
        ),
        pytest.param(
            # a department said between the title and the university
            "Recap, Dr. Helga Strand. Assistant professor, Critical Care, Westbrook State "
            "University. She said the research coordinator route is the fastest way in.",
            "Westbrook State University",
            id="department-before-university",
        ),
    ],
)
def test_the_organisation_takes_its_place(text: str, company: str) -> None:
    assert _company(text) == company_key(company)


def test_a_base_alone_leaves_no_company() -> None:
    """Only the base is said beside the contact: no company is better than a wrong one."""
    text = (
        "Recap. Talked with Sergeant Major Dale Whitcombe, we were both at Fort Riley back "
        "in 2012. He said to start the transition paperwork a year out."
    )
    assert _company(text) == ""
