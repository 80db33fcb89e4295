"""The speaker's obligation said as a list's label (`fu35`): "ok so i have to - a - b" reads as
a list of two steps, "Must do:" and "Need to do:" as to-do labels, and "in 2 wks" as a date.
Through the real spaCy pipeline.

Every recap here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import date

from followup_cases import items as _items

from debrief.extract.dates import due_date

_HEAD = "Talked to Ana Ruiz at Fernbank today. She runs their analytics team.\n\n"


def test_a_dash_list_after_the_obligation_is_two_steps() -> None:
    text = _HEAD + "ok so i have to - email her the notebook - update my portfolio by friday"
    assert _items(text) == [
        ("email her the notebook", None),
        ("update my portfolio by friday", "2026-09-04"),
    ]


def test_a_colon_after_the_obligation_keeps_the_first_entry() -> None:
    text = _HEAD + "I need to: send the deck tonight, book the exam by the 20th."
    assert [t for t, _ in _items(text)] == ["send the deck tonight", "book the exam by the 20th."]


def test_a_dash_after_the_step_is_no_list() -> None:
    text = _HEAD + "I have to email her - she asked twice."
    assert [t for t, _ in _items(text)] == ["I have to email her"]


def test_must_do_is_a_to_do_label() -> None:
    text = _HEAD + "Must do: email her the deck by Friday; read their annual report first."
    assert _items(text) == [
        ("email her the deck by Friday", "2026-09-04"),
        ("read their annual report first.", None),
    ]


def test_a_clause_with_do_is_no_label() -> None:
    text = _HEAD + "What I do: build dashboards, run the weekly reports."
    assert _items(text) == []


def test_weeks_typed_short() -> None:
    assert due_date("ping her in 2 wks about the opening", date(2026, 9, 1)) == date(2026, 9, 15)
