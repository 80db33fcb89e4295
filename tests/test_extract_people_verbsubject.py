"""People (`people35`): a capitalised word said alone as the subject of a person's verb ("the
course Nnamdi mentioned", "Wojtek was in copy", "the article Radhika sent") is a person, even
where the rules that read its neighbours dropped it; a department, an organisation said
elsewhere in the recap or the contact is not. Real spaCy (``en_core_web_sm``). Every recap is
written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)
OPENING = "Talked to Marisa Oyelowo, a claims adjuster at Tidewell Mutual. "


def _people(text: str) -> dict[str, str]:
    return {p.name: p.relation for p in extract(text, WHEN).people_mentioned}


def test_the_subject_of_a_relative_clause_of_mentioning_is_a_person() -> None:
    assert "Nnamdi" in _people(OPENING + "The course Nnamdi mentioned sounds good.")


def test_one_copied_on_an_email_is_a_person() -> None:
    assert "Wojtek" in _people(OPENING + "Wojtek was in copy on the email.")


def test_the_sender_of_an_article_is_a_person() -> None:
    people = _people(OPENING + "She liked the article Radhika sent before the call.")
    assert people.get("Radhika") == "mentioned"


def test_a_department_or_an_organisation_as_subject_is_no_person() -> None:
    # risk side: an English word ("Legal"), a firm the recap names elsewhere, the contact
    people = _people(
        OPENING + "Before that she was at Brindlemoor Freight. Legal sent over the NDA, "
        "Brindlemoor said no to remote work, and Marisa said to apply by Friday."
    )
    assert not {"Legal", "Brindlemoor", "Marisa"} & set(people)
