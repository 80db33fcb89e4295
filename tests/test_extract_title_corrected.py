"""contact52 with the real spaCy pipeline: the contact's title as the writer corrects it right
after saying it ("a support manager, no sorry customer onboarding manager") (title_corrected)."""

from __future__ import annotations

from datetime import datetime

from debrief.extract.pipeline import extract

WHEN = datetime(2026, 12, 8, 18, 0)

SAME_SENTENCE = (
    "quick one. omar delacroix, he's a support manager, no sorry customer onboarding manager, "
    "at pellworth, the payroll software company. he said the hours are fine."
)

NEXT_SENTENCE = (
    "Um, Greta Lindqvist. Hydrologist at the Ramsey County Water Office. No wait, she's a water "
    "quality analyst, she corrected me. She loves field days."
)

COMPANY_CORRECTED = (
    "Talked to Bruno Alves, senior planner at Vexa Freight, no wait, she said he just moved, "
    "he's at Corland Logistics now. He likes it."
)

OTHER_CORRECTION = (
    "Talked to Bruno Alves, he's a planner at Vexa Freight. He said the pay is fine, no sorry, "
    "the pay is low."
)


def test_a_title_corrected_in_its_sentence_is_the_corrected_one() -> None:
    assert extract(SAME_SENTENCE, WHEN).contact.title == "customer onboarding manager"


def test_a_title_corrected_in_the_next_sentence_is_the_corrected_one() -> None:
    assert extract(NEXT_SENTENCE, WHEN).contact.title == "water quality analyst"


def test_a_company_corrected_keeps_the_title() -> None:
    assert extract(COMPANY_CORRECTED, WHEN).contact.title == "senior planner"


def test_a_correction_of_something_else_keeps_the_title() -> None:
    assert extract(OTHER_CORRECTION, WHEN).contact.title == "planner"
