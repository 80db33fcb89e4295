"""Follow-up, due-date and call-length shapes from the recaps-n..s authors (pipeline 1.22),
through the real spaCy pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import date

from followup_cases import items as _items
from followup_cases import minutes as _minutes

from debrief.extract.dates import due_date

# ------------------------------------------------------------------ a plan answering a request


def test_a_plan_after_the_contacts_request_is_the_speakers() -> None:
    # the parser hangs "I will email" under her "told", as if she had said it: once her
    # request ("told me to talk to ...") is complete, the speaker's plan after the comma is theirs
    text = (
        "Had a call with Dana Reyes, a product manager at Acme. "
        "She told me to talk to Marcus Bell, and I will email him by Friday."
    )
    assert _items(text) == [("I will email him by Friday.", "2026-09-04")]
    # a user answering a request with only a comma between
    text = (
        "Spoke with Ivo Marsh, site lead at Brightline Solar. He asked me to send him my "
        "portfolio, I'll do it tonight, and I'll book the safety course by the 20th."
    )
    assert _items(text) == [
        ("I'll do it tonight", "2026-09-01"),
        ("I'll book the safety course by the 20th.", "2026-09-20"),
    ]


def test_after_the_request_advice_and_her_own_words_stay_out() -> None:
    # "and I should" may still be her advice; "she said ..., and I'll need" has no request
    text = (
        "Met Priya Nair, a nurse educator at Saint Luke's. She told me to shadow a shift, "
        "and I should ask about the residency. She said the unit is small, and I'll need "
        "a license first."
    )
    assert _items(text) == []


# ------------------------------------------------------------------ spoken corrections


def test_a_corrected_date_stays_inside_its_item() -> None:
    # ", wait, no, by Saturday" corrects the date: no second item, and the correction wins
    text = (
        "Call with Noor Haddad, a researcher at Fieldline. I'll draft two case studies by "
        "Sunday, wait, no, by Saturday, I'm away Sunday."
    )
    found = _items(text)
    assert len(found) == 1
    assert found[0][0].startswith("I'll draft two case studies by Sunday, wait, no, by Saturday")
    assert found[0][1] == "2026-09-05"
    text = (
        "Call with Omar Sleiman, a claims manager at Harbor Mutual. I'll register for the "
        "exam by September ninth, or, wait, no, by the end of September, work is nuts."
    )
    found = _items(text)
    assert len(found) == 1 and found[0][1] == "2026-09-30"


def test_a_bare_day_after_a_correction_is_the_date() -> None:
    day = date(2026, 9, 1)
    # "the seventeenth" needs no "by" once "no" corrects the day before it
    assert due_date("get my references ready by the fifteenth, no, the seventeenth", day) == date(
        2026, 9, 17
    )
    assert due_date(
        "send the form by the twentieth, no, she said the twenty-seventh, the twentieth is "
        "their board meeting",
        day,
    ) == date(2026, 9, 27)
    assert due_date("write the spec by June twelfth, no, make it the fifteenth", day) == date(
        2027, 6, 15
    )
    # the day she said is too late is not the new date
    assert due_date(
        "send the sample by September fifteenth, wait, she said the fifteenth is too late, "
        "by the tenth",
        day,
    ) == date(2026, 9, 10)
    # without a correction a bare "the first" is no date
    assert due_date("no, the first draft was weak", day) is None


def test_over_the_next_weeks_is_a_deadline() -> None:
    day = date(2026, 9, 1)
    assert due_date("I'll build the dashboard over the next two weeks", day) == date(2026, 9, 15)
    # "over two weeks" says how long, not by when
    assert due_date("spread the course over two weeks", day) is None


# ------------------------------------------------------------------ the call itself


def test_a_past_verb_after_call_reports_the_call() -> None:
    text = (
        "Quick notes. Call lasted an hour and ten. I spoke with Rosa Diaz, a planner at "
        "Metro Transit. I'll email her a thank-you by Friday."
    )
    assert _items(text) == [("I'll email her a thank-you by Friday.", "2026-09-04")]
    assert _minutes(text) == 70


def test_the_minutes_left_unsaid_after_the_hour() -> None:
    assert _minutes("Long call, an hour twenty, with Gemma Ruiz, she runs the lab.") == 80
    # an hour and a number that is not a number of minutes
    assert _minutes("We talked for an hour. She has an hour and 2 kids to pick up.") == 60


def test_a_duration_with_the_contact_opens_the_recap() -> None:
    text = (
        "yeah so twenty five minutes with the dispatch lead at Kessler Freight, Omar Haddad. "
        "He said learn the TMS they use."
    )
    assert _minutes(text) == 25


# ------------------------------------------------------------------ two items, one dated


def test_a_dated_first_part_is_its_own_item() -> None:
    # the tagger reads "Email" as part of a name; the first part's date closes it
    text = (
        "Chat with Lucia Ferro, a grants officer at Northgate Health. "
        "Email Benedikt by Friday, and look for a grant writing course."
    )
    assert _items(text) == [
        ("Email Benedikt by Friday", "2026-09-04"),
        ("look for a grant writing course.", None),
    ]
    text = "Met Sam Okoro, sound lead at the Lyric. Apply tonight and send him a thank-you note."
    assert _items(text) == [
        ("Apply tonight", "2026-09-01"),
        ("send him a thank-you note.", None),
    ]
    # "it" acts on the first part's result: still one item
    text = "Met Sam Okoro, sound lead at the Lyric. Fix the reel tonight and send it to him."
    assert _items(text) == [("Fix the reel tonight and send it to him.", "2026-09-01")]


# ------------------------------------------------------------------ her advice, echoed


def test_and_i_should_after_her_long_sentence_is_her_advice() -> None:
    # however far the parser hangs "and I should" from "said", it goes on with what she said
    text = (
        "Talked to Nadia Brooks, a loan officer at Tri-County Credit Union. She said credit "
        "unions are desperate for people who understand digital lending products, and I "
        "should look at the service organisation jobs. I'll send her my resume tomorrow."
    )
    assert _items(text) == [("I'll send her my resume tomorrow.", "2026-09-02")]
    # a day makes it the speaker's plan
    text = (
        "Talked to Nadia Brooks, a loan officer at Tri-County Credit Union. She offered to "
        "introduce me to the branch manager at the downtown office she used to run, and I "
        "should email her Monday to take her up on it."
    )
    assert [due for _text, due in _items(text)] == ["2026-09-07"]


# ------------------------------------------------------------------ a verbless note


def test_a_thing_to_someone_by_a_date_is_a_note() -> None:
    # "CV" reads as a person to the tagger; "to her" says it is something sent
    text = (
        "Talked with Amara Osei, a program officer at the Development Bank. She offered to "
        "pass my CV to her team lead. CV to her by next Friday."
    )
    assert _items(text) == [("CV to her by next Friday.", "2026-09-11")]


# ------------------------------------------------------------------ a past verb opening a note


def test_a_past_form_opening_a_note_is_no_imperative() -> None:
    # the tagger reads a sentence-opening "Ran" / "Got" as a base verb; they report the past
    text = (
        "Talked to Vera Holt, a crane inspector at Apex Lifting. Ran a tower crane for nine "
        "years before she got her inspector cert. Got her name from my broker, Steve Lutz. "
        "Read the OSHA lift guide by Friday."
    )
    assert _items(text) == [("Read the OSHA lift guide by Friday.", "2026-09-04")]


def test_a_past_form_the_tagger_calls_a_name_is_no_dated_note() -> None:
    # "Met" opening a note is tagged a proper noun, so the sentence looked verbless, and its
    # "today" made it a note due today; it reports the day, it asks nothing of the user
    text = (
        "Met Dana Whitfield from the county clinic today, a nurse manager there. She said "
        "shadow a shift first. Email her my availability by Friday."
    )
    assert _items(text) == [("Email her my availability by Friday.", "2026-09-04")]
