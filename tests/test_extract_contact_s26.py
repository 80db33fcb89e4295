"""The contact's company shapes read in pipeline 1.20 (found on recaps-n/o/p/q/r/s).

Each shape is run cased, mixed case (sentence starts lower case) and lower case through real
spaCy and the shipped roles model (``extract``); a shape the lower-case path does not read yet
is a strict xfail, so the day it passes the mark has to go. Every sentence here is written for
this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract
from debrief.names import company_key, person_key
from tests.conftest import casings, contact_of

WHEN = datetime(2026, 12, 9, 17, 0)


def _two(cased: str, lower_fails: bool = False) -> list:
    """Cased and lower case: the shape opens on a name, which mixed case would lower too."""
    return casings(cased, lower_fails, mixed=False)


@pytest.mark.parametrize(
    "text",
    _two(
        "Okay. Marguerite Oyelaran-Fitch. Payroll auditor at Castellan Freight, in their "
        "Memphis office. She was a bookkeeper before that.",
    ),
)
def test_title_and_company_in_the_sentence_after_a_bare_name(text: str) -> None:
    # the intro sentence is only the name; the next one opens with the title, no verb
    name = person_key("Marguerite Oyelaran-Fitch")
    assert contact_of(text) == (name, "payroll auditor", "castellan freight")


def test_a_sentence_after_the_name_that_is_no_title_gives_nothing() -> None:
    text = "Talked to Ines Marlow. Twenty minutes at Castellan Freight's cafe. She hates Excel."
    assert extract(text, WHEN).contact.title is None


@pytest.mark.parametrize(
    "text",
    _two(
        "Brightwater Transit's fleet maintenance supervisor, Oluwaseun Parr, gave me twenty "
        "minutes. He said learn diesel first.",
    ),
)
def test_the_organisation_owning_the_description_before_the_name(text: str) -> None:
    assert contact_of(text)[2] == "brightwater transit"


@pytest.mark.parametrize(
    "text",
    casings(
        "Talked to someone from Keystone Mutual's claims team today. He did not want his name "
        "in my notes. He said learn Guidewire."
    ),
)
def test_a_unit_owned_by_the_organisation_is_no_company(text: str) -> None:
    # "Keystone Mutual's claims team": the owner is the company, not the team
    assert contact_of(text)[2] == "keystone mutual"


@pytest.mark.parametrize(
    "text",
    casings(
        "Talked to Omar Sidibe from Tidewell, Tidewell Analytics, the one in Durham. He said "
        "learn SQL.",
    ),
)
def test_a_name_restated_longer_is_the_whole_name(text: str) -> None:
    assert contact_of(text)[2] == "tidewell analytics"


@pytest.mark.parametrize(
    "text",
    casings(
        "Ugh, what a week. Anyway, I talked with Marisol Ortega from Quillfeather, which is a "
        "tiny two-person design studio in Tucson. She said to build a portfolio."
    ),
)
def test_a_name_described_by_a_which_clause_is_an_organisation(text: str) -> None:
    # the model may read a small unknown name as a place; "which is a ... studio" says not
    ex = extract(text, WHEN)
    assert person_key(ex.contact.name) == "marisol ortega"
    assert company_key(ex.contact.company) == "quillfeather"


@pytest.mark.parametrize(
    "text",
    [
        "Mm, long day. Talked to Dario Vance, he's a welder. He said get certified.",
        "Meeting notes, career stuff. Talked to Dario Vance, he's a welder. He said get certified.",
    ],
)
def test_an_interjection_or_a_call_word_heading_is_no_company(text: str) -> None:
    assert extract(text, WHEN).contact.company is None


@pytest.mark.parametrize(
    "text",
    casings(
        "Talked to Efua Mensah, she's a loan officer at the Volta Rural Credit Fund, VRCF. "
        "She has been at VRCF for six years."
    ),
)
def test_an_acronym_the_recap_spells_out_is_filed_under_the_whole_name(text: str) -> None:
    assert contact_of(text)[2] == "volta rural credit fund"


@pytest.mark.parametrize(
    "text",
    casings(
        "Talked to Tomasz Wrona from Kelpline, the marine robotics startup. He said learn ROS."
    ),
)
def test_a_name_then_its_description_is_an_organisation(text: str) -> None:
    assert contact_of(text)[2] == "kelpline"


def test_a_sentence_after_the_name_about_someone_else_is_no_title() -> None:
    text = (
        "So I talked to someone at the Halloway Growers Association, their policy lead, Renata "
        "Vos. My old shift manager, Dwayne Pruitt, knew her. She said to read the farm bill."
    )
    ex = extract(text, WHEN)
    assert company_key(ex.contact.company) == "halloway growers association"
    # "My old shift manager, Dwayne Pruitt": no title of the contact's, so no organisation
    assert "dwayne pruitt" not in {company_key(c) for c in ex.companies_mentioned}
    assert (ex.contact.title or "").lower() != "my old shift manager"


def test_a_possessive_before_a_name_taken_back_is_no_company() -> None:
    text = (
        "Right. Brightwater's Lena, no, sorry, wrong one. It was Dolores Quispe, she's a finance "
        "manager. She said learn Excel."
    )
    assert company_key(extract(text, WHEN).contact.company) != "brightwater"


@pytest.mark.parametrize(
    "text",
    casings(
        "So I talked to the Forest Service guy Hemi Walker, he's a fire planner in the Bend "
        "office and he was a smokejumper with the Bureau of Land Management before that.",
    ),
)
def test_an_organisation_said_with_the_name_wins_over_a_later_one(text: str) -> None:
    assert contact_of(text)[2] == "forest service"


@pytest.mark.parametrize(
    "text",
    casings(
        "The call with Harbor Freight's Dana, Dana Whitcombe, product manager. She said learn SQL.",
    ),
)
def test_an_owner_after_the_cue_is_no_name(text: str) -> None:
    assert contact_of(text)[0] == "dana whitcombe"


@pytest.mark.parametrize(
    "text",
    casings(
        "Recap of my talk with Tidewell Analytics, their data lead, Omar Sidibe. He said learn "
        "SQL.",
    ),
)
def test_an_organisation_then_their_title_is_no_name(text: str) -> None:
    assert contact_of(text)[0] == "omar sidibe"


def test_a_name_then_their_title_is_still_the_name() -> None:
    text = (
        "Recap. Tidewell, the community health org, I talked to Marie-Claire Joseph, their "
        "operations director. She said learn budgets."
    )
    assert contact_of(text)[0] == person_key("Marie-Claire Joseph")
