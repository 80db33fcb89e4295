"""People mentioned (`people18`): a first name said alone that owns the noun after it
("Darnell's people", "Brian's help") is a person even with no cue word before it. The
lone-word rule drops a one-word PERSON in no person context (it is more often a firm, a tool
or a place); a census given name with the possessive "'s" before a noun now passes it. A
firm's possessive ("Boeing's culture"), the "is" of "Pete's always", and "Guy's name is" are
no such person. A first name given after "her name's" or "his name is" is one too (a
program's name is not). Real spaCy (``en_core_web_sm``); every recap is written for this
file.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract
from debrief.extract.people_lone import owned_by_given_name
from debrief.extract.pipeline import extract_doc

WHEN = datetime(2026, 12, 8, 18, 0)


def _names(text: str) -> set[str]:
    return {p.name for p in extract(text, WHEN).people_mentioned}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a nurse educator's recap: the speaker's old charge nurse, owner of a team
        (
            "Call with Tomasz Wrobel, clinical educator at Brightwater Health, 30 min. "
            "He said the night shift is rough at first. Funny, "
            "Marguerite's old unit did the same rollout. Send him my resume by Friday.",
            "Marguerite",
        ),
        # a teacher moving into training: a friend whose help the speaker wants, mid-sentence
        (
            "Talked to Anika Rao, learning designer at Pellham Software, about 40 minutes. "
            "I might need Brian's help on the portfolio before I send it. "
            "Follow up next week with the sample module.",
            "Brian",
        ),
    ],
)
def test_a_given_name_owning_a_noun_is_a_person(text: str, person: str) -> None:
    assert person in _names(text)


def test_owned_needs_a_given_name_a_possessive_and_a_noun() -> None:
    doc = extract_doc("Boeing's culture is slow. Pete's always hiring. Dana's team grew.")
    words = {t.text: t.i for t in doc}
    # a firm owns things too, but it is no census given name
    assert not owned_by_given_name(doc, words["Boeing"], words["Boeing"] + 1)
    # "Pete's always": the "'s" is "is", not a possessive before a noun
    assert not owned_by_given_name(doc, words["Pete"], words["Pete"] + 1)
    assert owned_by_given_name(doc, words["Dana"], words["Dana"] + 1)


def test_the_name_announced_after_guys_name_is_the_person() -> None:
    names = _names(
        "Spoke to a recruiter at Halden Mills for 20 minutes. Guy's name is Oren Patel, "
        "he runs campus hiring. He said apply before March."
    )
    assert "Guy" not in names


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a welder's recap: a coordinator the contact points to, named after "her name's"
        (
            "Call with Omar Haddad, plant manager at Reyes Castings, 25 min. He said to "
            "talk to the apprenticeship coordinator downtown, her name's Dolores, Dolores "
            "something, she runs the intake.",
            "Dolores",
        ),
        # the same shape with "his name's", the name said once
        (
            "Call with Omar Haddad, plant manager at Reyes Castings, 25 min. He said the "
            "scheduler there is great, his name's Tobias, and he knows every shift lead.",
            "Tobias",
        ),
    ],
)
def test_a_first_name_given_after_her_name_is_is_a_person(text: str, person: str) -> None:
    assert person in _names(text)


def test_a_programs_name_is_no_person() -> None:
    names = _names(
        "Call with Omar Haddad, plant manager at Reyes Castings, 25 min. The program's "
        "name is Forge, it pays for the welding cert."
    )
    assert "Forge" not in names
