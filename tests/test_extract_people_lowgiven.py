"""People mentioned (`people20`): a first name typed or transcribed in lower case, said where
only a person fits. In an all-lower-case transcript, or a recap whose writer leaves names in
lower case, the tagger reads "gwen", "tobias" or "marisol" as a common noun, an adjective or a
verb, and the name was lost. A census given name followed by what only a person does ("said",
"mentioned", "sent me", "hired") or owning a noun ("marisol's team") is now a person; a
given name that is also an ordinary word after a determiner ("the guy said"), a modal
("will"), and a holiday ("valentine's day") are not.
Real spaCy (``en_core_web_sm``). Every sentence is written for this file; none is copied
from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)


def _people(text: str) -> set[str]:
    return {p.name.lower() for p in extract(text, WHEN).people_mentioned}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a florist's all-lower-case phone note: the friend who passed the contact on
        (
            "quick notes call with odette lambert who runs events at harrow hall hotel "
            "she was the one gwen sent me to and she said weddings are most of the money "
            "there she wants me to send a price sheet by friday",
            "gwen",
        ),
        # a teacher's lower-case voice memo: the boss named only by what she does
        (
            "ok so talked to pieter claes instructional designer at brightpath learning "
            "about thirty minutes he came from teaching middle school like me and then "
            "marisol hired him two years ago he said the pay is better but deadlines are "
            "brutal i need to send him my sample module by the tenth",
            "marisol",
        ),
        # a cased note typed in a hurry, the referrer's name left in lower case
        (
            "Call with Ingrid Solberg, supply planner at Nordvik Foods, about 25 minutes. "
            "She's the planner tobias mentioned. She said demand planning is mostly Excel "
            "and arguing with sales. I should take the APICS CPIM course this spring.",
            "tobias",
        ),
        # a lower-case name that owns a team
        (
            "so the call was with raj patel a data analyst at kestrel insurance the one "
            "from marisol's team he said sql every day and tableau sometimes and that the "
            "team is small i need to redo my resume by sunday",
            "marisol",
        ),
    ],
)
def test_lower_case_given_name_acting_as_a_person(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        # "guy" is a given name and a common noun; after "the" it is the noun
        (
            "talked to nadia osei a recruiter at fernway logistics the guy said the "
            "warehouse roles fill fast she said apply before march",
            "guy",
        ),
        # a holiday, not someone's day
        (
            "ok so valentine's day and I'm stuck in traffic recapping a call with Joaquin "
            "Ferrer, a buyer at Lark Street Market. He said category managers need retail "
            "math. I should email him my spreadsheet by Monday.",
            "valentine",
        ),
    ],
)
def test_ordinary_words_stay_out(text: str, not_person: str) -> None:
    assert not_person not in _people(text)


# people39: a given name and a surname, both in lower case, right after a person cue; the
# tagger reads them as an adjective and a noun (or a noun and a verb), and the name was lost
# or cut to its given name
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "ok so talked to odette lambert at harrow hall hotel about twenty minutes she "
            "said i should talk to her coworker dominic hartwell who runs their catering and "
            "i need to send my price sheet by friday",
            "dominic hartwell",
        ),
        (
            "ok so talked to odette lambert at harrow hall hotel about twenty minutes she "
            "said i should talk to her coworker hoa tran who runs their catering and i need "
            "to send my price sheet by friday",
            "hoa tran",
        ),
    ],
)
def test_lower_full_name_after_cue(text: str, name: str) -> None:
    assert name in _people(text)


def test_lower_cue_before_english_words_stays_no_person() -> None:
    # "grant" is a given name, "writers" no surname: the people cue names a job, no person
    text = (
        "ok so talked to odette lambert at harrow hall hotel she said i should talk to "
        "grant writers at the foundation before i apply and send my price sheet by friday"
    )
    assert not {n for n in _people(text) if "grant" in n or "writers" in n}
