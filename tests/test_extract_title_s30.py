"""The contact's title said first, then where they work, then the name (``contact_title_first``,
found on recaps-n): "talked with, um, the operations lead at <Org>, <description>, <Name>".

The combination asks this rule only where neither the rules nor the model kept a title (the
rules had missed the name, the model's title ran into a verb-tagged "lead"), so the rule is
checked on the real parse of each recap (``extract_doc``: spaCy's tags, which the rule reads)
with the contact's name. Every sentence here is written for this file; none is copied from a
labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract.contact_title_first import title_before_org
from debrief.extract.pipeline import extract_doc
from debrief.extract.roles_title import unit_said_on

WHEN = datetime(2026, 12, 9, 17, 0)


def _first(text: str, name: str) -> str | None:
    return title_before_org(extract_doc(text, WHEN), name)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            # a user who says whom they talked with by role first, the place, then the name
            "Late notes, sorry. Had a chat with, uh, the support lead at Brambleworth, the "
            "bike shop chain, Tomasz Wierzbicki. He came up from the repair bench.",
            "Tomasz Wierzbicki",
            "support lead",
        ),
        (
            # "from" places them as well as "at"; a full stop before the name
            "Finally phoned the payroll manager from Halcyon Freight. Odette Marchetti. She "
            "said the month-end close is brutal.",
            "Odette Marchetti",
            "payroll manager",
        ),
        (
            # lower case, as a quick typed note or a transcript
            "quick one. talked to the data engineer at Fernhill Labs, ines duarte. she "
            "likes the on-call rota.",
            "ines duarte",
            "data engineer",
        ),
    ],
)
def test_a_title_before_the_organisation_and_the_name(text: str, name: str, title: str) -> None:
    assert _first(text, name) == title


def test_my_own_manager_is_no_title_said_first() -> None:
    # "my manager at <Org>, <Name>" is the user's relation to them: the rule opens only on
    # "the"/"their"/"a"
    text = "Lunch with my manager at Corvid Analytics, Dale Finch, about moving into data work."
    assert _first(text, "Dale Finch") is None


def test_a_clause_between_the_place_and_the_name_stops_it() -> None:
    # "the recruiter at Olmsted, she said ..., Priya Raman": a clause after the place may be
    # about someone else, so the title is not given to the name after it
    text = (
        "Spoke with the hiring manager at Olmsted Health, she said to also email Priya Raman. "
        "Priya Raman runs their analytics team."
    )
    assert _first(text, "Priya Raman") is None


def test_a_title_with_a_verb_in_it_is_none() -> None:
    # "the guy who runs ...": no title of lower-case words ending on a head word
    text = "Called the guy who manages shipping at Tallow Goods, Marek Zielinski. Good call."
    assert _first(text, "Marek Zielinski") is None


@pytest.mark.parametrize(
    ("rule", "model", "taken"),
    [
        # the rules stopped "of" before a capital, the model read the unit the title heads
        ("director", "director of US pricing and reimbursement strategy", True),
        ("manager", "manager of clinical data operations", True),
        # a determiner or pronoun in the tail is a clause, not a unit ("the lab he ran")
        ("director", "director of the lab he ran", False),
        # one word after "of" is too little to be sure it is a unit ("director of EU")
        ("director", "director of EU", False),
        # the rules read more than the head word: their title stands
        ("program director", "program director of admissions outreach", False),
        # not a head word ("friend of my sister")
        ("friend", "friend of my sister's", False),
    ],
)
def test_the_models_unit_after_of_completes_a_lone_head(rule: str, model: str, taken: bool) -> None:
    assert unit_said_on(rule, model) is taken
