"""The contact's company shapes read at stop 28 (found on recaps-n..s).

Each recap runs through real spaCy and the shipped roles model (``contact_of``). Every
sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from debrief.extract.roles_company import _fronted
from tests.conftest import contact_of


@pytest.mark.parametrize(
    ("text", "company"),
    [
        pytest.param(
            "Call with Bernard, he goes by Bernie, he's the night manager at St. Columba's "
            "Men's Shelter. He said the work is hard. I'll call the shelter Monday.",
            "st columba s men s shelter",
            id="possessives-inside-the-name",
        ),
        pytest.param(
            "Spoke with Ines Calloway, a grants analyst at the state Department of Revenue, "
            "the audit division. She said learn Excel.",
            "department of revenue",
            id="of-inside-the-name",
        ),
    ],
)
def test_a_company_the_rules_cut_inside_its_name_is_read_whole(text: str, company: str) -> None:
    # the rules keep only the words after a possessive or "of" ("Shelter", "Revenue"); the
    # roles model reads the whole name, and the rules' is its tail
    assert contact_of(text)[2] == company


def test_only_a_tail_of_the_model_s_company_is_fronted() -> None:
    assert _fronted("Shelter", "St. Vincent's Men's Shelter")
    assert _fronted("Administration", "Department of Administration")
    assert not _fronted("Shelter", "Shelter")  # the same answer: nothing to weigh
    assert not _fronted("Acme", "Acme Robotics")  # read on after it: ``_extends``
    assert not _fronted("Health", "Mercy Hospital")
    assert not _fronted("Bank", "First National Savings and Loan Community Trust Bank")
