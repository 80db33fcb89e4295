"""An item's deadline that points back at a date said just before it in the same sentence
(`fu19`): a bare day of the month ("by the twelfth") takes the month just named, and "before
then" / "before that" at the end of an undated item takes the date just said. Through the real
spaCy pipeline; the recaps are said on Tuesday 2026-09-01 (followup_cases.WHEN).

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_BODY = (
    "Spoke with Lena Varga, a grants manager at the Harbor Arts Fund. She reads every "
    "application herself and likes budgets that add up. "
)


def _dues(text: str) -> list[str | None]:
    return [due for _, due in _items(_BODY + text)]


def test_a_bare_day_after_a_named_deadline_is_in_that_month() -> None:
    # a muralist planning a grant: the portal's date is said first, the own target after it
    assert (
        _dues("The portal closes November twentieth, I want to send my budget by the twelfth.")[-1]
        == "2026-11-12"
    )


def test_a_second_errand_by_a_bare_day_keeps_the_first_errands_month() -> None:
    dues = _dues("I'll draft the artist statement by October second and mail it by the ninth.")
    assert dues == ["2026-10-02", "2026-10-09"]


def test_before_then_takes_the_date_just_said() -> None:
    dues = _dues("Her panel meets October 6th, so I'll have my sample images ready before then.")
    assert dues[-1] == "2026-10-06"


def test_before_that_after_a_deadline() -> None:
    dues = _dues("The letter of intent is due September 25th and I need to ask Tomas before that.")
    assert dues[-1] == "2026-09-25"


def test_before_that_naming_something_else_is_no_pointer() -> None:
    # "before that meeting" names the meeting, not the date
    dues = _dues(
        "Our call is on September 18th, and I'll read their annual report before that meeting."
    )
    assert dues[-1] is None


def test_a_bare_day_after_a_weekday_keeps_its_own_month() -> None:
    # Friday names no month: the fifteenth is this month's
    assert _dues("I'll email her on Friday and send the mockups by the fifteenth.")[-1] == (
        "2026-09-15"
    )


def test_a_past_date_lends_no_month() -> None:
    # August 28th is behind the recording (it would read as next year's): the fifth is the
    # next fifth, in September
    dues = _dues("I met her at the open studio on August 28th and I'll send my notes by the fifth.")
    assert dues[-1] == "2026-09-05"


def test_until_then_is_the_meantime() -> None:
    # a nurse waiting on a posting: what she does until then has no deadline
    dues = _dues("The posting opens October 12th, and I'll shadow at the clinic until then.")
    assert dues[-1] is None
