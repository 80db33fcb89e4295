"""Follow-up, due-date and call-length shapes from the recaps-n/-o authors and the run-ons of
j..m (pipeline 1.19), through the real spaCy pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import date

from followup_cases import DAY
from followup_cases import items as _items
from followup_cases import minutes as _minutes

from debrief.extract.dates import due_date
from debrief.extract.followups_tokens import introduces
from debrief.extract.lexicon import load_toml
from debrief.models import FollowUp

# ------------------------------------------------------------------ the opening line


def test_opening_talk_to_the_contact_today_is_the_introduction() -> None:
    # tiny.en hears "Talked to Marcus" as "Talk to Marcus"; "today" dates the call, not a to-do
    text = (
        "Talk to Marcus today. He's a charge nurse at Mercy General. He said nights are "
        "rough. I'll email him a thank you tomorrow."
    )
    assert _items(text) == [("I'll email him a thank you tomorrow.", "2026-09-02")]
    # the first name alone names the contact, and a call this morning is still the call
    text = (
        "Talk to Marcus Bell this morning, charge nurse at Mercy General. He said nights are rough."
    )
    assert _items(text) == []


def test_a_later_talk_to_the_contact_stays_a_follow_up() -> None:
    text = (
        "Call with Marcus Bell, charge nurse at Mercy General. He said nights are rough. "
        "He was kind. Talk to Marcus again on Friday about the float pool."
    )
    assert _items(text) == [("Talk to Marcus again on Friday about the float pool.", "2026-09-04")]


# ------------------------------------------------------------------ the plan closing a run-on


def test_dated_plan_closing_a_run_on_is_the_speakers() -> None:
    # in a long run-on the parser hangs "i'll send" under her "ask ... if they need" and
    # "i'm going to enroll" under "a whole degree": both close the recap
    text = (
        "so that was my call with Dana Whitfield who manages the front desk at Lakeview Dental "
        "she did eight years as a hygienist before moving into the office side her day is "
        "scheduling insurance calls and calming nervous patients she loves the team and hates "
        "the billing software she said the clinic is small and really family run she told me "
        "to apply to at least five offices because the market is competitive she will ask her "
        "office manager Samir if they need a temp i'll send her my resume tomorrow and "
        "register for the front office course by the end of september"
    )
    assert _items(text) == [
        ("i'll send her my resume tomorrow", "2026-09-02"),
        ("register for the front office course by the end of september", "2026-09-30"),
    ]
    text = (
        "talked with Ruben Ortiz who runs the Eastside branch library he did ten years in "
        "retail before that and got his library tech certificate at night his week is story "
        "times shelving and a lot of helping people with job applications on the computers he "
        "loves the patrons and hates the budget fights he said the county really cares about "
        "literacy he said cataloging and customer service are the foundation he told me to "
        "take the cataloging class first before spending money on a whole degree i'm going to "
        "enroll in the cataloging class by october tenth"
    )
    assert _items(text) == [
        ("i'm going to enroll in the cataloging class by october tenth", "2026-10-10")
    ]


def test_closing_advice_and_undated_plans_stay_out() -> None:
    # "i should" after her words is still her advice, and so is "she said i'll"
    text = (
        "talked with Dana at the clinic she said the hours are long she told me to shadow "
        "first before paying for anything i should apply by friday"
    )
    assert _items(text) == []
    text = (
        "talked with Dana at the clinic she said the hours are long and she said i'll need "
        "to shadow by friday"
    )
    assert _items(text) == []


def test_undated_closing_plan_that_says_when() -> None:
    # "next week" sets no due date, but it says when: a plan, closing the run-on
    text = (
        "talked with Omar who coaches at the rec center he said the pay is thin but the kids "
        "are great he gave me the name of their director Paula Reyes i'll reach out to Paula "
        "next week"
    )
    assert _items(text) == [("i'll reach out to Paula next week", None)]


# ------------------------------------------------------------------ "so I'll"


def test_so_and_a_plan_after_her_advice_is_the_speakers() -> None:
    text = (
        "Spoke with Gwen, the volunteer coordinator at Riverside Hospice. She said the "
        "training takes six weeks, she told me to sit in on an orientation first, so I'll "
        "sign up for the March orientation by Friday."
    )
    assert _items(text) == [("I'll sign up for the March orientation by Friday.", "2026-09-04")]
    text = (
        "Gwen said the best way in is the volunteer track and she told me to email the "
        "director so i'm going to email him this week"
    )
    assert _items(text) == [("i'm going to email him this week", None)]


def test_so_with_advice_or_said_so_stays_hers() -> None:
    # "so I should" may still be her advice; "she said so" is not the speaker's "so"
    text = "She told me to sit in on an orientation first, so I should sign up by Friday."
    assert _items(text) == []
    assert _items("She said so I'll need a background check first.") == []


# ------------------------------------------------------------------ list headers


def test_things_to_do_and_the_plan_open_a_list() -> None:
    text = (
        "No call today, just planning. Things to do: renew my CPR card by the tenth, "
        "email the clinic manager, and look into the evening phlebotomy course."
    )
    assert _items(text) == [
        ("renew my CPR card by the tenth", "2026-09-10"),
        ("email the clinic manager", None),
        ("look into the evening phlebotomy course.", None),
    ]
    text = "So the plan: update my resume tonight, then call the union hall on Monday."
    assert [due for _t, due in _items(text)] == ["2026-09-01", "2026-09-07"]


def test_plan_closing_a_run_on_after_an_object_that() -> None:
    # "lead with that": "that" is the object here, not the start of a reported clause
    text = (
        "talked to Rui who runs analytics at a credit union he said automate one report at "
        "your own job and write it up I told him about my macro and he said lead with that "
        "I'll write that up as a one pager by Saturday"
    )
    assert _items(text) == [("I'll write that up as a one pager by Saturday", "2026-09-05")]


def test_opening_call_with_the_contact_is_the_introduction() -> None:
    # the test behind the opening-sentence filter, with the cue file's phrases
    verbs = set(load_toml("followup_cues.toml")["intent"]["introductions"])
    today = FollowUp(text="call with Nadia Haddad this morning.", due=DAY.isoformat())
    assert introduces(today, "nadia haddad", DAY, verbs)
    undated = FollowUp(text="Call yesterday with Haruto, ops PM at Cascadia Transit.", due=None)
    assert introduces(undated, "haruto sato", DAY, verbs)
    # a later date, another person, or another verb: a note
    later = FollowUp(text="call with Nadia on Friday about the shift", due="2026-09-04")
    assert not introduces(later, "nadia haddad", DAY, verbs)
    other = FollowUp(text="call with Omar today", due=DAY.isoformat())
    assert not introduces(other, "nadia haddad", DAY, verbs)
    email = FollowUp(text="email Nadia the deck today", due=DAY.isoformat())
    assert not introduces(email, "nadia haddad", DAY, verbs)


# ------------------------------------------------------------------ dates


def test_before_a_month_is_the_last_day_of_the_month_before() -> None:
    assert _items("I'll register for the welding course before October.") == [
        ("I'll register for the welding course before October.", "2026-09-30")
    ]
    assert due_date("renew the license before January", DAY) == date(2026, 12, 31)
    # a day after the month is that day; the month we are in sets none
    assert due_date("apply before October tenth", DAY) == date(2026, 10, 10)
    assert due_date("before the 5th of October", DAY) == date(2026, 10, 5)
    assert due_date("finish it before September", DAY) is None


# ------------------------------------------------------------------ call length


def test_hour_long_as_a_note() -> None:
    assert _minutes("Coffee with Ana Ruiz, site lead at Brightline Solar. Hour long. Great.") == 60
    text = "call with Ana Ruiz, site lead at Brightline Solar, hour long, we clicked. She said hi."
    assert _minutes(text) == 60


def test_ages_and_far_numbers_are_no_length() -> None:
    text = (
        "quick one Tomas Berg network engineer at Fjord Bank we talked for twenty minutes he "
        "said if I'm fifty two it's fine he said his team is mostly people over forty and "
        "they like steady people"
    )
    assert _minutes(text) == 20
    text = (
        "Talked with Leticia for maybe ten minutes, she moved into security at forty six "
        "after teaching."
    )
    assert _minutes(text) == 10
    # a correction right after the length still wins
    assert _minutes("We talked for an hour, actually no, more like forty.") == 40
