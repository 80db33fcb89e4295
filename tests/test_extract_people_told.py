"""People's relation (`people28`): whose suggestion it is. A bare verb of getting in touch
right after the contact's "said" ("he said ping X", "she said apply online and tell her
coordinator, X") is the contact telling the speaker to contact the person
(:func:`debrief.extract.people_told.told_to_contact`), and a plan opening a line of typed notes
("TODO email X") is the speaker's plan though the parser keeps the note's lines in one
sentence. Real spaCy (``en_core_web_sm``). Every sentence is written for this file; none is
copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)


def _relation(text: str, name: str) -> str:
    people = {p.name: p.relation for p in extract(text, WHEN).people_mentioned}
    return people[name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Call with Tomasz Wrona, a buyer at Fenwick Outdoor Supply. He walked me through "
            "how they pick vendors for the spring catalog. He said ping a woman named Odile "
            "Marchetti on the sourcing side who handles new suppliers.",
            "Odile Marchetti",
        ),
        (
            "Spoke with Renske Vos, a lab manager at Halvorsen Bio. She said the bench work "
            "is mostly assays now. She said apply online and tell her scheduler, Kofi "
            "Mensah-Boateng, that I applied.",
            "Kofi Mensah-Boateng",
        ),
    ],
)
def test_a_bare_verb_after_the_contacts_said_makes_a_referral(text: str, name: str) -> None:
    assert _relation(text, name) == "referral"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Call with Tomasz Wrona, a buyer at Fenwick Outdoor Supply. He said don't call "
            "Odile Marchetti about the spring catalog, she retired in May.",
            "Odile Marchetti",
        ),
        (
            "Spoke with Renske Vos, a lab manager at Halvorsen Bio. I said I once worked "
            "under Kofi Mensah-Boateng at a county lab.",
            "Kofi Mensah-Boateng",
        ),
    ],
)
def test_a_said_with_a_subject_of_its_own_is_no_instruction(text: str, name: str) -> None:
    assert _relation(text, name) == "mentioned"


def test_a_plan_opening_a_line_of_notes_is_the_speakers_plan() -> None:
    text = (
        "call w/ Priscila Duarte, dispatch supervisor @ Coastline Freight\n"
        "- 30 min, she was great\n"
        "- she knows a yard manager, Bertrand Okonkwo at Harbor Drayage, who trains new hires\n"
        "- advice: get the hazmat endorsement first\n"
        "TODO email Bertrand, mention Priscila"
    )
    assert _relation(text, "Bertrand Okonkwo") == "referral"
