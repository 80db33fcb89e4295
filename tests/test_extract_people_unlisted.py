"""People mentioned (`people23`): a first name the census does not list, said alone as the
one doing something ("Ngozi wants the rent money") or as the owner of a relation noun
("Ngozi's roommate"), is a person; and the three things people22 found standing in that
place are not: a typed heading before its colon ("Likes: ..."), a firm the recap files as a
company or says elsewhere where only a firm stands ("the Tandora intro"), and a word of a
title. Real spaCy (``en_core_web_sm``); every recap is written for this file, none is copied
from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract
from debrief.extract.people_unlisted import (
    firm_elsewhere,
    heading_word,
    inflected_word,
    unlisted_not_person,
)
from debrief.extract.pipeline import load_nlp

WHEN = datetime(2026, 12, 8, 18, 0)


def _people(text: str) -> set[str]:
    return {p.name.lower() for p in extract(text, WHEN).people_mentioned}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a lab tech's recap ends on a flatmate's demand, no "my roommate" before her name
        (
            "Call with Marisol Vega, a lab manager at Corva Bio, about half an hour. She said "
            "the role is mostly scheduling and safety audits. Send her my resume by Friday. "
            "Unrelated, but Ngozi wants the rent money tonight.",
            "ngozi",
        ),
        # a nurse mentions a friend's roommate who works on the same ward
        (
            "Talked to Lena Park at Westbrook. Ngozi's roommate works in the same unit. "
            "Follow up with Lena in two weeks.",
            "ngozi",
        ),
        # a plant worker plans a mock interview with his wife at the weekend
        (
            "Call with Marisol Vega, lab manager at Corva Bio. She said to bring numbers to "
            "the interview. Practice with Kasia on Sunday.",
            "kasia",
        ),
    ],
)
def test_a_name_off_the_census_said_alone_is_a_person(text: str, name: str) -> None:
    assert name in _people(text)


def test_a_firm_the_recap_files_as_a_company_is_no_person() -> None:
    # a typed note: the firm said as a subject is also filed among the companies
    text = (
        "Chat with Tom Reed, a recruiter. Notes: Blurbs matter more than titles. "
        "Also Vantix wants two referrals."
    )
    result = extract(text, WHEN)
    assert "vantix" not in {p.name.lower() for p in result.people_mentioned}
    assert "Vantix" in result.companies_mentioned


def test_the_guards_read_a_heading_an_inflected_word_and_a_firm_said_elsewhere() -> None:
    nlp = load_nlp()
    doc = nlp("Likes: his ideas ship. So the Tandora intro came through and Tandora pays well.")
    assert heading_word(doc, 0)
    assert not heading_word(doc, 3)
    assert inflected_word("likes")  # "like" once the ending is cut
    assert not inflected_word("ngozi")
    assert not inflected_word("jonas")  # no English stem of three letters or more
    last = max(t.i for t in doc if t.text == "Tandora")
    assert firm_elsewhere(doc, last)  # "the Tandora intro" before it
    solo = nlp("He said Ngozi is great. Ngozi called me later.")
    assert not firm_elsewhere(solo, 2)  # said twice, never where a firm stands


def test_an_interjection_and_a_noun_after_his_are_no_first_name() -> None:
    nlp = load_nlp()
    sigh = nlp("Ugh, okay, I forgot her last name already.")
    assert unlisted_not_person(sigh, 0, set())
    degree = nlp("He trained as an apprentice, then got his Zertifikat, then moved to Ohio.")
    k = next(t.i for t in degree if t.text == "Zertifikat")
    assert unlisted_not_person(degree, k, set())
    name = nlp("Anyway, Ngozi already went to the pharmacy.")
    assert not unlisted_not_person(name, 2, set())
    # a word of the contact's own title is no person either
    assert unlisted_not_person(name, 2, {"ngozi"})
