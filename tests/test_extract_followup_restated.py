"""A date said again or corrected after an item, in a clause that looks like an item of its own
("..., um, let's say by Thursday the 10th", "no, I'll do Tuesday", "the eighteenth... wait,
the eleventh", "Do that by Thursday."), is that item's deadline: one item, and the date said
last wins (`fu18`). A real second errand after a dated item stays an item. Through the real
spaCy pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

# said on Tuesday 2026-09-01 (followup_cases.WHEN)
_BODY = (
    "Talked with Omar Haddad, a plant controller at Ridgeway Foods. He likes the month-end "
    "crunch less than I expected and says the team is small. "
)


def _one(text: str) -> tuple[str, str | None]:
    found = _items(_BODY + text)
    assert len(found) == 1, found
    return found[0]


def test_lets_say_restates_the_date() -> None:
    # a retired teacher thinking aloud about when the samples go out
    text, due = _one(
        "I'll mail him my lesson samples next week, um, let's say by Thursday the 10th."
    )
    assert text.startswith("I'll mail him my lesson samples")
    assert due == "2026-09-10"


def test_the_last_of_several_corrections_wins() -> None:
    text, due = _one(
        "I'll send him the cost model by Friday, um, actually Monday, I need the weekend, "
        "no, I'll do Tuesday."
    )
    assert text.startswith("I'll send him the cost model")
    assert due == "2026-09-08"


def test_a_bare_day_corrected_after_a_pause() -> None:
    text, due = _one(
        "I'm going to finish the variance memo by next Friday, no, the Friday after, the "
        "eighteenth... wait, the eleventh, whichever one that is."
    )
    assert text.startswith("I'm going to finish the variance memo")
    assert due == "2026-09-11"


def test_do_that_by_gives_an_undated_item_its_day() -> None:
    # typed notes: the errand, then its deadline as a sentence of its own
    text, due = _one("I need to send him my reading list on close automation. Do that by Thursday.")
    assert "reading list" in text
    assert due == "2026-09-03"


def test_a_second_errand_after_a_dated_item_stays_an_item() -> None:
    found = _items(
        _BODY + "I'll email him the budget sample by Friday. Then I'll apply to the analyst "
        "role by the 15th."
    )
    assert [due for _, due in found] == ["2026-09-04", "2026-09-15"]


def test_i_will_do_that_after_a_dated_item_is_its_own_note() -> None:
    # without a correction, a dated item keeps its day and the next note stays apart
    found = _items(
        _BODY + "I'll send him my resume by Friday. He said to take the Excel course, "
        "I'll do that by the 20th."
    )
    assert len(found) == 2, found
    assert found[0][1] == "2026-09-04"
    assert found[1][1] == "2026-09-20"


def test_make_it_and_hand_it_over_without_an_object_is_one_item() -> None:
    # typed to-do with the object of "send" left out: it sends what the first verb made
    text, due = _one("To do: draft the plant tour summary in one page and send to him by Friday.")
    assert text.startswith("draft the plant tour summary") and "send to him" in text
    assert due == "2026-09-04"


def test_two_errands_with_their_own_objects_stay_two() -> None:
    found = _items(_BODY + "I'll draft my cover letter and send Priya the budget sample by Friday.")
    assert len(found) == 2, found
