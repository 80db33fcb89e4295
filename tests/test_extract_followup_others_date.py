"""A date said in another person's clause inside an item sets it no due date
(``followups_others_date``), through the real spaCy pipeline; a date of the thing itself, or
of a step asked of the speaker, still does; and a parse whose heads loop cannot hang the walk.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

import spacy
from followup_cases import DAY
from followup_cases import items as _items
from spacy.tokens import Doc

from debrief.extract.dates import find_dates
from debrief.extract.followups_others_date import others_dates

_OPEN = (
    "Spoke with Lena Forsberg, a logistics planner at Northgate Freight. She moved over from"
    " warehouse shifts and likes the puzzle of the routes. "
)


def test_his_own_step_with_its_date_leaves_mine_undated() -> None:
    got = _items(_OPEN + "I need to call Petra, he's going to introduce us by Thursday.")
    assert [due for _, due in got] == [None]


def test_a_day_she_offers_is_no_deadline() -> None:
    got = _items(_OPEN + "I want to see the depot, she said any Monday in October is good.")
    assert [due for _, due in got] == [None]


def test_the_date_of_the_thing_itself_stays() -> None:
    got = _items(_OPEN + "I want to apply for the planner opening, she said it closes October 9th.")
    assert [due for _, due in got] == ["2026-10-09"]


def test_a_step_she_asks_of_me_keeps_its_date() -> None:
    got = _items(_OPEN + "She said to mail her my portfolio by Friday.")
    assert [due for _, due in got] == ["2026-09-04"]


def test_a_day_he_says_for_my_step_keeps_its_date() -> None:
    # his word for when I should do it, not a step of his ("any Monday" would be an offer)
    got = _items(_OPEN + "I should ring Tomas back when he's less busy, he said Thursday.")
    assert [due for _, due in got] == ["2026-09-03"]


def test_a_thing_she_described_keeps_my_date() -> None:
    got = _items(_OPEN + "I'll read the route report she sent by Thursday.")
    assert [due for _, due in got] == ["2026-09-03"]


def test_my_date_set_off_after_her_clause_is_mine() -> None:
    # a corrected date after her reason: the tagger hangs "by Thursday" on her clause
    got = _items(_OPEN + "I'll phone Rena by Friday, no hold on, she's away Friday, by Thursday.")
    assert [due for _, due in got] == ["2026-09-03"]


def test_my_own_dated_step_keeps_its_date() -> None:
    got = _items(_OPEN + "I'll send Lena the route study by Friday.")
    assert [due for _, due in got] == ["2026-09-04"]


def test_heads_that_loop_end_the_walk() -> None:
    # "Call Ana Friday she said" with every head pointing round a ring: no verb to reach.
    words = ["Call", "Ana", "Friday", "she", "said"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 2, 1, 2, 3],
        deps=["dep", "dep", "dep", "nsubj", "dep"],
        pos=["PROPN", "PROPN", "PROPN", "PRON", "PROPN"],
    )
    found = find_dates(doc.text, DAY)
    assert found  # "Friday" is a date, so the walk runs
    assert others_dates(doc[:], 0, found) == []
