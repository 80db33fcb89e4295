"""company27 through the real spaCy pipeline: the contact's company goes on over the rest of its
name said right after it in the same case, to an organisation head word."""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract
from debrief.extract.company_tail import tail_company
from debrief.extract.pipeline import extract_doc

WHEN = datetime(2026, 12, 8, 18, 0)


def test_capitalised_tail_to_a_head_word() -> None:
    r = extract(
        "So the welding school call, the private one, Brookfield Trades Academy on the east "
        "side. Her name is Rosa Delgado, welding program director.",
        WHEN,
    )
    assert r.contact.company == "Brookfield Trades Academy"


def test_lower_case_tail_in_a_lower_case_recap() -> None:
    r = extract(
        "um so that call was with a lady from bluestone rx it's a pharmacy benefit company. "
        "her name is dana kim and she's an account manager.",
        WHEN,
    )
    assert r.contact.company == "bluestone rx"


def test_lower_case_tail_of_two_words() -> None:
    r = extract(
        "ok so that was priya she's at northgate rx solutions which is a small pbm in oakland. "
        "she's a senior analyst there.",
        WHEN,
    )
    assert r.contact.company == "northgate rx solutions"


def test_lower_case_unit_after_a_capitalised_name_is_left() -> None:
    # the labels keep such a unit as often as they drop it: the rule leaves it out
    doc = extract_doc(
        "Talked to Dana Ruiz, a permit tech with the City of Harlow building department, for "
        "twenty minutes.",
        WHEN,
    )
    assert tail_company(doc, "City of Harlow") == "City of Harlow"
    assert tail_company(doc, "Harlow Building Department") == "Harlow Building Department"


def test_a_longer_form_said_after_the_first_mention_is_a_part() -> None:
    doc = extract_doc(
        "Call with Ana Ruiz, she's at Brightmoor. Brightmoor manages a lot of buildings and she "
        "now runs the Brightmoor Academy for new leasing staff.",
        WHEN,
    )
    assert tail_company(doc, "Brightmoor") == "Brightmoor"
