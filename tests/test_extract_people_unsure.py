"""People mentioned (`people19`): a first name said with "something" where the surname would
be ("her cousin at the county (Tamsin something)", "their head of data oluwaseun something")
is a person the speaker caught half of. Without it such a lone first name falls to the
lone-word rule (more often a firm, a tool or a place) or, tagged as an organisation, is
filed as a company. "something" that goes on ("something else", "something like") or a
plain English word before it ("a product something") is no name, nor a sentence's first
word ("Maybe something."). Real spaCy (``en_core_web_sm``); every recap is written for this
file.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract
from debrief.extract.people_unsure import surname_unknown
from debrief.extract.pipeline import extract_doc

WHEN = datetime(2026, 12, 8, 18, 0)


def _names(text: str) -> set[str]:
    return {p.name for p in extract(text, WHEN).people_mentioned}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a career changer into public health: a cousin named in brackets, surname not caught
        (
            "Talked with Carla Mendes, program lead at Brightwave Health, 30 min. "
            "She said to ask her cousin at the county (Tamsin something) about openings. "
            "Send her my resume Friday.",
            "Tamsin",
        ),
        # an engineer's typed recap: a colleague on the data team, given name only
        (
            "Call with Victor Hale, data manager at Orrin Labs, about 45 minutes. "
            "He mentioned someone on his team, Oluwaseun something, who made the same move "
            "from teaching. Email Victor a thank-you tomorrow.",
            "Oluwaseun",
        ),
        # a lower-case voice-style recap: the head of a team the contact will introduce
        (
            "ok so that was dana whitfield she runs support at lumora now and she is going "
            "to introduce me to their head of ops chidinma something and i need to send her "
            "my portfolio by thursday",
            "chidinma",
        ),
    ],
)
def test_a_first_name_with_something_for_a_surname_is_a_person(text: str, person: str) -> None:
    assert person in _names(text)


def test_something_that_goes_on_or_follows_a_plain_word_is_no_name() -> None:
    doc = extract_doc(
        "Maybe something. It was a product something, I forget. Ask about Tamsin something else."
    )
    at = {t.text: t.i for t in doc}
    somethings = [t.i for t in doc if t.lower_ == "something"]
    # a sentence's first word, a common noun, and "something else" (no break after it)
    assert not any(surname_unknown(doc, i) for i in somethings)
    assert at["Tamsin"] + 1 in somethings


def test_a_name_given_late_after_name_was_is_not_a_person_mentioned() -> None:
    # the contact's own name, remembered at the end of a lower-case recap ("people18": the
    # past "his name was" gives the contact's name, not someone else's)
    doc = extract_doc(
        "he said the team ships every two weeks. his name was tobiah, tobiah something, "
        "i'll look him up."
    )
    second = [t.i for t in doc if t.lower_ == "something"][0]
    assert not surname_unknown(doc, second)
