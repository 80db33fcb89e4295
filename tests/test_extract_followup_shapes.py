"""Follow-up and due-date shapes from recaps by other authors (issue 11), real spaCy.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import date

from followup_cases import items as _items

from debrief.extract.dates import resolve_due


def test_bare_imperative_with_a_verb_outside_the_cue_list() -> None:
    items = _items(
        "She said the night shift is hard on families. Search the county job board for "
        "dispatcher openings."
    )
    assert [t for t, _ in items] == ["Search the county job board for dispatcher openings."]


def test_bare_imperative_followed_by_with() -> None:
    items = _items("He said apprentices start in the spring. Meet with the union organiser.")
    assert [t for t, _ in items] == ["Meet with the union organiser."]


def test_meeting_note_is_not_an_imperative() -> None:
    assert _items("Call with Odile went well. She was generous with her time.") == []


def test_end_of_a_named_month_and_this_month() -> None:
    anchor = date(2026, 9, 1)
    assert resolve_due("finish the capstone draft by the end of October", anchor) == date(
        2026, 10, 31
    )
    assert resolve_due("renew my membership this month", anchor) == date(2026, 9, 30)


def test_spoken_correction_of_a_date_wins_over_the_explanation_after_it() -> None:
    items = _items("Drop off my portfolio on Friday, no, Thursday, because she travels Friday.")
    assert len(items) == 1
    assert items[0][1] == "2026-09-03"


def test_lowercase_run_on_ends_with_the_speakers_own_notes() -> None:
    items = _items(
        "so i talked to rosalia she's a dispatcher for the county and the overtime is brutal "
        "she told me to apply for the call taker posting and to take the typing test "
        "seriously apply by friday and practice typing every night"
    )
    texts = [t for t, _ in items]
    assert "apply by friday" in texts
    assert dict(items)["apply by friday"] == "2026-09-04"
    assert not any("overtime" in t or "told me" in t for t in texts)


def test_lowercase_plural_subject_verb_is_not_a_note() -> None:
    items = _items(
        "so i talked to bertram he runs a plumbing crew the new hires get their licenses "
        "in two years and he said the pay is good"
    )
    assert items == []


def test_bare_imperatives_after_a_spoken_advice_header_are_the_contacts() -> None:
    # Whisper writes a spoken "Advice: learn X" as "Advice? Learn X." or "Advice. Learn X."
    items = _items(
        "She runs the grants team at a food bank. Her advice? Learn the grant software inside "
        "out. Shadow a program officer for a week. I told her about my volunteer work. "
        "Send her my CV by Friday."
    )
    assert [t for t, _ in items] == ["Send her my CV by Friday."]
    assert items[0][1] == "2026-09-04"


def test_advice_header_keeps_the_speakers_own_plan_and_a_longer_header() -> None:
    items = _items(
        "Advice for me as a career changer. Network at the spring conference, and I'll "
        "sign up for the newsletter tonight."
    )
    assert [t for t, _ in items] == ["I'll sign up for the newsletter tonight."]


def test_imperative_without_an_advice_header_stays_a_note() -> None:
    items = _items(
        "He said the advice he got early was the best thing. Shadow a program officer next week."
    )
    assert [t for t, _ in items] == ["Shadow a program officer next week."]


def test_dated_imperative_after_whispers_comma_is_a_note() -> None:
    # Whisper ends a sentence with a comma where the speaker paused: "..., Tamsen Ruiz.
    # Call Tamsen tomorrow." is heard as "..., Tamsen Ruiz, call Tamsen tomorrow."
    items = _items(
        "He gave me the name of the hiring lead at the depot, Marguerite Olsen, email "
        "Marguerite by Friday. I told him about my forklift license, 40 minutes, apply to the "
        "dispatcher opening by September 15."
    )
    assert items == [
        ("email Marguerite by Friday.", "2026-09-04"),
        ("apply to the dispatcher opening by September 15.", "2026-09-15"),
    ]


def test_undated_or_advised_imperative_after_a_comma_is_not_a_note() -> None:
    # no date: a list of what she does; after "advice," or "she said,": the contact's words
    assert _items("Her week is meetings, review budgets, visit sites.") == []
    assert _items("The team is small, her advice, apply by Friday anyway.") == []
    assert _items("It was a good chat, she said, call the office tomorrow.") == []


def test_end_of_the_current_month_is_this_year() -> None:
    # said on September 1st: this September, not next year's
    assert resolve_due("write a sample report by the end of September", date(2026, 9, 1)) == (
        date(2026, 9, 30)
    )


def test_advice_word_ending_a_sentence_heads_the_next() -> None:
    # Whisper: "..., local news first, advice. Learn audio ..." for a typed "Advice: learn ..."
    items = _items(
        "He said the co-op really lives its values, members first, advice. Learn bookkeeping "
        "and volunteer at a food co-op. I told him about my grocery job. Email him my CV by "
        "Friday."
    )
    assert [t for t, _ in items] == ["Email him my CV by Friday."]


def test_advice_for_header_with_a_verb_in_it() -> None:
    items = _items(
        "Advice for someone moving from retail into logistics. Take a forklift course first."
    )
    assert items == []


def test_call_recap_heading_is_no_note() -> None:
    assert _items("Call recap, Wendell Ashby. He's a dispatcher at a freight firm.") == []


def test_talk_to_the_contact_in_the_opening_is_the_intro() -> None:
    # tiny.en writes "Talked to X" as "Talk to X"; a later, dated "talk to" stays a note
    items = _items(
        "Okay. Quick one. Talk to Marisela Quintero, who is head of programs at the Juniper "
        "Arts Council. She was a dancer. Talk to Marisela again by Friday about the grant."
    )
    assert [t for t, _ in items] == ["Talk to Marisela again by Friday about the grant."]


def test_past_perfect_d_is_no_plan() -> None:
    items = _items("I'd emailed her twice before she answered. I'd like to send her my CV.")
    assert [t for t, _ in items] == ["I'd like to send her my CV."]


def test_negative_imperative_and_noun_subject_are_no_notes() -> None:
    assert _items("She said be bold. Don't undersell the retail years.") == []
    assert _items("Mail has changed a lot, she said. Parcels are most of it now.") == []
