"""Markdown checkbox lines (`fu35`): an unticked "- [ ] ..." line is one of the speaker's
to-dos whatever its wording, a ticked one is done and no to-do. Through the real spaCy
pipeline.

Every recap here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

import spacy
from followup_cases import items as _items

from debrief.extract.followups_checkbox import checkbox_lines

_HEAD = "**coffee w/ Nadia Brandt, data eng @ quillworks**\n- ~25 min, she was great\n"


def test_each_unticked_box_is_a_step_with_its_date() -> None:
    text = _HEAD + (
        "- she moved over from a call center job\n"
        "- [ ] email Nadia the notebook link by thursday\n"
        "- [ ] update my portfolio site\n"
    )
    assert _items(text) == [
        ("email Nadia the notebook link by thursday", "2026-09-03"),
        ("update my portfolio site", None),
    ]


def test_a_box_holds_a_step_whatever_its_wording() -> None:
    # a verbless goal and the contact's request, boxed by the writer, are the writer's to-dos
    text = _HEAD + "- [ ] airflow tutorial this week\n- [ ] she said ping @Ravi on the infra team\n"
    assert [t for t, _ in _items(text)] == [
        "airflow tutorial this week",
        "she said ping @Ravi on the infra team",
    ]


def test_one_box_is_one_step_not_split_at_and() -> None:
    text = _HEAD + "* [ ] fork the starter repo and open a draft PR by sunday\n"
    assert _items(text) == [("fork the starter repo and open a draft PR by sunday", "2026-09-06")]


def test_a_step_after_another_s_words_in_the_box_starts_there() -> None:
    # the clause rules find the speaker's step later in the line, in either sentence of it
    text = _HEAD + (
        "- [ ] posting closes friday, I need to send her my resume tonight\n"
        "- [ ] she's out till monday. email her the deck tuesday\n"
    )
    assert _items(text) == [
        ("I need to send her my resume tonight", "2026-09-01"),
        ("email her the deck tuesday", "2026-09-08"),
    ]


def test_a_ticked_box_is_done_and_no_step() -> None:
    text = _HEAD + "- [x] connect with Nadia on linkedin\n- [X] send the thank you note\n"
    assert _items(text) == []


def test_a_bracket_inside_a_line_is_no_box() -> None:
    nlp = spacy.blank("en")
    assert checkbox_lines(nlp("- read the docs [ ] later\nsee [1] and [x]\n")) == []
    lines = checkbox_lines(nlp("[ ] a\n  1. [x] b\n"))
    assert [(line.done, line.start) for line in lines] == [(False, 4), (True, 15)]
