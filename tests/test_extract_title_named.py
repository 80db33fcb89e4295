"""The contact's title said first and the name only after it (``title_named_after``, found on
recaps-ae and n..s): a user who describes whom they talked with by the job ("the call was with
a X at <Org> ... Her name is <Name>") or by a function said as "the X guy" beside the name,
where neither the intro parser nor the model keeps a title.

Checked on the real parse of each recap (``extract_doc``) with the contact's name, and once
through the whole extraction. Every sentence is written for this file; none is copied from a
labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract.pipeline import extract, extract_doc
from debrief.extract.title_named_after import title_named_after

WHEN = datetime(2026, 12, 6, 21, 0)


def _named(text: str, name: str) -> str | None:
    return title_named_after(extract_doc(text, WHEN), name)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            # the job first, a remark about the team, then "Her name is" in the next sentence
            "Back at the hotel. So the call today was with a fleet safety analyst at Corvane "
            "Freight, on their compliance side, which is where the audits live. Her name is "
            "Odalys, she was very patient with me.",
            "Odalys",
            "fleet safety analyst",
        ),
        (
            # "his name's" after a pause word and a comma
            "Quick one. I talked to a payroll supervisor tonight, his name's Bertrand Kowal, "
            "and he said to learn the union contract first.",
            "Bertrand Kowal",
            "payroll supervisor",
        ),
        (
            # lower case, no commas: the given name, then the function said as "the X guy"
            "ok finally got through to dmitri the facilities planning guy at lakeshore "
            "hospital the one my neighbour knows dmitri sorokin he was nice about it",
            "dmitri sorokin",
            "facilities planning",
        ),
    ],
)
def test_a_title_said_before_the_name(text: str, name: str, title: str) -> None:
    assert _named(text, name) == title


def test_no_name_said_the_function_of_whom_the_user_talked_to() -> None:
    # the user never heard the name: the function said as whom they talked to is the title
    text = (
        "Short one. Talked to the fleet leasing guy at Harlow Motors, the one my brother-in-law "
        "knows. He said to get a CDL even if I never drive."
    )
    assert _named(text, "") == "fleet leasing"


def test_a_member_of_a_board_is_no_function() -> None:
    # "the board guy" sits on the board; "board" is not his job
    text = "finally met yusuf the board guy at the food bank and yusuf said to volunteer first"
    assert _named(text, "yusuf") is None


def test_a_past_job_is_not_whom_the_user_talked_to() -> None:
    # no name heard; "she was a designer at <org>" is where the contact worked before
    text = (
        "Alright, notes on the studio call, a tiny branding shop, three people. She was a "
        "designer at Halloway Partners for six years and then left to start her own thing."
    )
    assert _named(text, "") is None


def test_another_person_between_the_title_and_the_name() -> None:
    # the manager is someone else; the contact is named after another person is introduced
    text = (
        "My call was with a hiring manager at Pellum Foods. Her assistant Rosa Quint set it "
        "up. Her name is Ines Falk and she runs the warehouse."
    )
    assert _named(text, "Ines Falk") is None


def test_a_clause_before_the_name_may_be_about_someone_else() -> None:
    # "the director at Brightwell, she said ..." then a name with no "her name is": the
    # name after a clause is not the director introduced
    text = (
        "I had coffee with the program director at Brightwell, she said the team was "
        "hiring, then Joaquin Sandoval joined us."
    )
    assert _named(text, "Joaquin Sandoval") is None


def test_a_kind_word_before_guy_is_no_function() -> None:
    # "the nice guy" describes the person, it is no job
    text = "talked to omar the nice guy at the front desk and omar said to come back monday"
    assert _named(text, "omar") is None


def test_the_whole_extraction_files_the_function_as_the_title() -> None:
    # a jet-lagged lower-case dictation: the given name, "the X guy at <org>", the full
    # name later; neither the intro parser nor the model keeps a title here
    text = (
        "ok back in denver finally talked to ravi the payroll compliance guy at front range "
        "transit the one ngozi sent me to ravi menon i think anyway about twenty minutes he "
        "was a bank teller before and he said learn excel"
    )
    contact = extract(text, WHEN).contact
    assert contact.name == "ravi menon"
    assert contact.title == "payroll compliance"
