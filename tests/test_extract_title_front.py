"""The contact's title taken back to the words said in front of it (``title_front``, found on
recaps-n..s, y and z): "the supply chain director" kept as "chain director", "the people and
culture lead" as "culture lead".

The rule runs on the combined answer, so it is checked here on the real parse of each recap
(``extract_doc``: spaCy's tags and entities, which it reads) with the contact the combination
would hand it. Every sentence is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract.pipeline import extract_doc
from debrief.extract.title_front import said_in_front
from debrief.models import Contact

WHEN = datetime(2026, 12, 9, 17, 0)


def _front(text: str, name: str, title: str | None, company: str | None = None) -> str | None:
    contact = Contact(name=name, title=title, company=company)
    return said_in_front(extract_doc(text, WHEN), contact).title


@pytest.mark.parametrize(
    ("text", "name", "cut", "company", "whole"),
    [
        (
            # a typed note: the unit of two nouns before the head word
            "Coffee chat with Marisol Vance, the inventory planning supervisor at Dunmore "
            "Supply. She started on the warehouse floor and moved up in six years.",
            "Marisol Vance",
            "planning supervisor",
            "Dunmore Supply",
            "inventory planning supervisor",
        ),
        (
            # two words of the unit joined by "and"
            "Talked to Renske Dijkstra this morning, she is the people and culture lead at "
            "a bakery chain. She said they hire for attitude.",
            "Renske Dijkstra",
            "culture lead",
            None,
            "people and culture lead",
        ),
        (
            # lower case, a quick dictation
            "ok so call with tomas reyes. hes the litigation support manager at a law firm "
            "downtown. he said learn relativity first.",
            "tomas reyes",
            "support manager",
            None,
            "litigation support manager",
        ),
    ],
)
def test_the_front_of_a_title_is_taken_back(
    text: str, name: str, cut: str, company: str | None, whole: str
) -> None:
    assert _front(text, name, cut, company) == whole


def test_a_hyphenated_word_in_front_is_taken_whole() -> None:
    # "part-time": the tokenizer splits it in three; half of it is no title word
    text = (
        "Chatted with Oren Baptiste after church. He is the part-time grounds manager at "
        "the cemetery board. He said mowing is half the job."
    )
    assert _front(text, "Oren Baptiste", "grounds manager") == "part-time grounds manager"


def test_a_word_that_judges_or_dates_the_role_is_not_the_title() -> None:
    # "former" says when, not what: the title stays as kept
    text = (
        "Met Ingrid Solberg for lunch. She is a former payroll manager and now teaches "
        "bookkeeping at night. She said get the certificate."
    )
    assert _front(text, "Ingrid Solberg", "payroll manager") == "payroll manager"


def test_the_name_run_into_the_title_is_not_taken() -> None:
    # a lower-case run-on with no comma: the surname before the title is the name's
    text = (
        "recap call with dana okafor logistics coordinator at a freight company. she said "
        "the night shift is the way in."
    )
    assert _front(text, "dana okafor", "logistics coordinator") == "logistics coordinator"


def test_the_company_before_the_title_is_not_taken() -> None:
    text = (
        "Notes: Priya Nair, Lattice Foods quality manager. She said audits fill her week "
        "and she wants people who like checklists."
    )
    assert _front(text, "Priya Nair", "quality manager", "Lattice Foods") == "quality manager"


def test_a_seniority_word_is_the_title_s() -> None:
    text = (
        "Spoke with Hamid Rezaei at the county. He is a senior health educator in the "
        "diabetes program. He said take the CHES exam."
    )
    assert _front(text, "Hamid Rezaei", "health educator") == "senior health educator"


def test_no_title_is_left_alone() -> None:
    text = "Talked with Bea Lindgren about the night shift. She said bring boots."
    assert _front(text, "Bea Lindgren", None) is None
