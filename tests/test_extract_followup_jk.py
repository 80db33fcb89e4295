"""Follow-up, due-date and call-length shapes from the recaps-j/-k authors (pipeline 1.18),
through the real spaCy pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import date

from followup_cases import DAY
from followup_cases import items as _items
from followup_cases import minutes as _minutes

from debrief.extract.dates import due_date

# ------------------------------------------------------------------ whose clause


def test_run_on_speaker_clause_after_finished_reported_speech() -> None:
    text = (
        "talked to a dispatcher at the county today she said the night shift is brutal "
        "she said that's a good instinct i'll apply for the trainee opening tomorrow"
    )
    assert _items(text) == [("i'll apply for the trainee opening tomorrow", "2026-09-02")]
    # right after the reporting verb the clause is still the contact's advice
    advice = (
        "talked to a dispatcher at the county today she said i should apply for the trainee opening"
    )
    assert _items(advice) == []


def test_requirement_and_pluperfect_are_not_plans() -> None:
    assert _items("She said for a lab role I'd need to show I can run the assays alone.") == []
    assert _items("I told him I'd built the volunteer schedule for the whole food bank.") == []


def test_run_on_imperative_after_advice_is_hers() -> None:
    text = (
        "she said the union hall is the way in advice get the safety card first "
        "i'll call the hall by friday"
    )
    assert _items(text) == [("i'll call the hall by friday", "2026-09-04")]


# ------------------------------------------------------------------ progressive plans


def test_dated_progressive_is_a_plan() -> None:
    assert _items("I'm mailing him my portfolio tonight.") == [
        ("I'm mailing him my portfolio tonight.", "2026-09-01")
    ]
    assert _items("Phoning the warehouse lead back Thursday about the forklift class.") == [
        ("Phoning the warehouse lead back Thursday about the forklift class.", "2026-09-03")
    ]
    assert _items("I'm going to the chamber mixer on the twelfth.") == [
        ("I'm going to the chamber mixer on the twelfth.", "2026-09-12")
    ]


def test_undated_progressive_is_a_report() -> None:
    assert _items("I'm taking a night class in bookkeeping.") == []
    assert _items("I'm thinking about it this weekend.") == []


# ------------------------------------------------------------------ verbless notes


def test_verbless_dated_notes() -> None:
    # "Drafts" is read as a person's name by the small model; it is still a note
    assert _items("Drafts to him in two weeks.") == [("Drafts to him in two weeks.", "2026-09-15")]
    # a subject ("site") but no verb: still a note
    assert _items("She liked the idea. Portfolio site live by October ninth.") == [
        ("Portfolio site live by October ninth.", "2026-10-09")
    ]


def test_gapped_second_item_with_its_own_date() -> None:
    assert _items("I'm going to send three samples by Friday and the rest by the eighteenth.") == [
        ("I'm going to send three samples by Friday", "2026-09-04"),
        ("the rest by the eighteenth.", "2026-09-18"),
    ]
    assert _items("Open house September tenth, deposit by September twentieth.") == [
        ("Open house September tenth", "2026-09-10"),
        ("deposit by September twentieth.", "2026-09-20"),
    ]
    # a correction or an explanation is not a second item
    fixed = _items("I need to send her the forms by Thursday, no wait, Thursday's out, by Friday.")
    assert len(fixed) == 1 and fixed[0][1] == "2026-09-04"


# ------------------------------------------------------------------ dates


def test_weekday_with_day_of_month_and_before_the_weekend() -> None:
    assert due_date("apply by Friday the 11th", DAY) == date(2026, 9, 11)
    assert due_date("send it Monday, the 14th", DAY) == date(2026, 9, 14)
    assert due_date("on Friday the first draft goes out", DAY) == date(2026, 9, 4)
    assert due_date("read the handbook before the weekend", DAY) == date(2026, 9, 4)
    assert due_date("read the handbook this weekend", DAY) == date(2026, 9, 5)


# ------------------------------------------------------------------ call length


def test_call_length_shapes() -> None:
    assert _minutes("Hour and ten minutes, he had a lot to say. I'll email him tomorrow.") == 70
    assert _minutes("Odile Ferrand at the port authority gave me forty minutes on Friday.") == 40
    assert (
        _minutes(
            "Capt. Ruiz, retired, now a safety manager at a shipyard, about thirty five "
            "minutes, he spent twenty two years in the Coast Guard."
        )
        == 35
    )
    # a number of years after the length is not the length
    assert _minutes("We talked for twenty minutes. She has been there twenty six years.") == 20
