"""A lower-case organisation name cut where a run-on dictation runs it into the next clause
(org_runon.py, company_runon.py; the shapes were found on recaps y and z).

Each recap runs through real spaCy and the shipped roles model (``contact_of``). Every
sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from tests.conftest import contact_of


@pytest.mark.parametrize(
    ("text", "company"),
    [
        pytest.param(
            # a sentence adverb right after the organisation, no comma, no full stop
            "talked with maria okafor from lumen robotics finally we found a time she is an "
            "applications engineer there and she said to learn python first",
            "lumen robotics",
            id="adverb-after",
        ),
        pytest.param(
            # the next clause's subject, a first name, then its verb
            "recap dwayne ellis plant manager at corvane foods marcus set it up we talked "
            "twenty minutes he said the night shift is the hard part",
            "corvane foods",
            id="subject-after",
        ),
    ],
)
def test_a_run_on_after_a_lower_case_organisation_is_cut(text: str, company: str) -> None:
    assert (contact_of(text)[2] or "").lower() == company


def test_an_organisation_head_word_is_no_next_subject() -> None:
    # "systems" heads the name; the verb after it has its own subject
    text = (
        "call with tom reyes he works at ardent systems they build radar test gear and he "
        "said to apply in march"
    )
    assert (contact_of(text)[2] or "").lower() == "ardent systems"
