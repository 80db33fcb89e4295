"""Follow-up shapes found on the recaps-v and -w authors (`fu12`): a "Next step:" list header
(singular, or after "So", or "TODO:"), "next step is to ...", a header followed by prose, an
abbreviation's full stop between two entries, a typed note's field label ("Contact:",
"Call:"), "I want to record this" about the recap, a comma clause that only gives the
previous item's deadline, "May 1)" (a day, not a list number), a dated imperative after a
typed dash, and "I'd need <a thing>" (a requirement). Through the real spaCy pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

# ------------------------------------------------- list headers


def test_next_step_singular_opens_a_list() -> None:
    # "next" is an opener, so the singular header was skipped word by word and never seen
    text = (
        "Talked to Hana Ito, a buyer at Greenleaf Grocers. Twenty minutes. She said the hard "
        "part is the forecasting. Next step: look at the category analyst posting on their site."
    )
    assert _items(text) == [("look at the category analyst posting on their site.", None)]


def test_next_step_with_a_comma_and_no_capital() -> None:
    text = (
        "Talked to Hana Ito, a buyer at Greenleaf Grocers. She said retail is a grind. "
        "next step, read the trade report she mentioned"
    )
    assert _items(text) == [("read the trade report she mentioned", None)]


def test_so_next_steps_is_still_a_header() -> None:
    # "So" and then "next" are both openers; the header is tried after each of them
    text = (
        "Talked to Hana Ito, a buyer at Greenleaf Grocers. So next steps: draft a one-page "
        "plan, and update my resume by the end of the month."
    )
    assert _items(text) == [
        ("draft a one-page plan", None),
        ("update my resume by the end of the month.", "2026-09-30"),
    ]


def test_next_step_is_to_reads_the_verb_after_to() -> None:
    text = "Talked to Hana Ito at Greenleaf Grocers. Next step is to email her the deck by Friday."
    assert _items(text) == [("email her the deck by Friday.", "2026-09-04")]


def test_a_header_followed_by_prose_reads_the_prose() -> None:
    # no list entry after the header: the sentence is read as any other, so the speaker's
    # own dated plan in it is found
    text = (
        "Talked to Hana Ito at Greenleaf Grocers. Next steps: the manager is away this week, "
        "so I'll send her my questions by Friday."
    )
    assert _items(text) == [("I'll send her my questions by Friday.", "2026-09-04")]


def test_a_header_alone_is_no_item() -> None:
    # falling back to prose reads only the words after the header
    text = "Note to self. Talked to Hana Ito at Greenleaf Grocers, a buyer there."
    assert _items(text) == []


def test_todo_header_and_an_abbreviation_between_entries() -> None:
    # the parser takes "Oct." for an abbreviation, not a sentence end: the capitalised
    # imperative after it opens the second entry
    text = (
        "Call w/ Lee Park - Northside Energy (audits).\n"
        "TODO: ask him about a ride-along in Oct. Look up the class dates by end of month."
    )
    assert _items(text) == [
        ("ask him about a ride-along in Oct.", None),
        ("Look up the class dates by end of month.", "2026-09-30"),
    ]


# ------------------------------------------------- labels and remarks about the recap


def test_field_labels_of_a_typed_note_are_no_items() -> None:
    # "Contact" and "Call" are imperatives of the cue file, but a colon after them makes
    # a field label
    text = (
        "Contact: Bea Lund, Director of Programs at Fairway Trust.\n"
        "Call: 30 min, by phone.\n"
        "Next steps: send her my writing sample by Friday."
    )
    assert _items(text) == [("send her my writing sample by Friday.", "2026-09-04")]


def test_recording_this_before_i_forget_is_about_the_recap() -> None:
    text = (
        "tuesday, I want to record this before I forget, I met Bea Lund at the career fair. "
        "She runs programs at Fairway Trust."
    )
    assert _items(text) == []
    # "this" as a determiner is no remark about the recap
    text = "Talked to Bea Lund at Fairway Trust. I'll record this week's practice pitch on Friday."
    assert _items(text) == [("I'll record this week's practice pitch on Friday.", "2026-09-04")]


# ------------------------------------------------- a comma clause giving the deadline


def test_target_date_after_an_item_is_its_deadline() -> None:
    text = (
        "Talked to Ray Okoro, a trainer at the union hall. So I'm going to build a short demo "
        "on heat pumps, target the end of September."
    )
    assert _items(text) == [
        (
            "I'm going to build a short demo on heat pumps, target the end of September.",
            "2026-09-30",
        )
    ]


def test_try_to_do_that_by_a_date_is_the_deadline() -> None:
    text = (
        "Talked to Ray Okoro, a trainer at the union hall. i'll sign up to volunteer at the "
        "shop class, try to do that before the fifteenth."
    )
    assert _items(text) == [
        (
            "i'll sign up to volunteer at the shop class, try to do that before the fifteenth.",
            "2026-09-15",
        )
    ]


def test_a_dated_second_action_stays_a_second_item() -> None:
    # the comma clause has an action of its own ("call Sam"): two items
    text = "Talked to Ray Okoro at the union hall. I'll email the dean, then call Sam by Friday."
    assert _items(text) == [("I'll email the dean", None), ("call Sam by Friday.", "2026-09-04")]


# ------------------------------------------------- a day, a dash, a requirement


def test_a_day_after_a_month_is_no_list_number() -> None:
    text = (
        "Talked to Nora Diaz at Keystone Data.\n"
        "TODO - apply for the junior analyst opening (closes Oct 2). Ask Sam about references."
    )
    assert _items(text) == [
        ("apply for the junior analyst opening (closes Oct 2).", "2026-10-02"),
        ("Ask Sam about references.", None),
    ]


def test_a_dated_imperative_after_a_dash_is_the_speakers() -> None:
    text = (
        "Talked to Nora Diaz at Keystone Data. She will ask her lead about a contract role "
        "- check back with her in 2 weeks."
    )
    assert _items(text) == [("check back with her in 2 weeks.", "2026-09-15")]


def test_i_would_need_a_thing_is_a_requirement_not_a_plan() -> None:
    # no one is quoted: "I'd need SQL" alone says what the move would take
    text = (
        "Talked to Nora Diaz at Keystone Data. My Excel transfers, but I'd need SQL, a real "
        "course, before applying. I'll sign up for one by Friday."
    )
    assert _items(text) == [("I'll sign up for one by Friday.", "2026-09-04")]


# ------------------------------------------------- "to see if he said anything"


def test_a_question_about_what_someone_said_reports_nothing() -> None:
    # "said" under "if" asks what was said: the speaker's clause after ", and" is theirs
    text = (
        "Talked to Ray Okoro at the union hall. I'll call Ray back next week to see if Dana "
        "said anything, and I gotta drop off my certificate copies."
    )
    assert [t for t, _ in _items(text)] == [
        "I'll call Ray back next week to see if Dana said anything",
        "I gotta drop off my certificate copies.",
    ]


def test_inside_the_question_it_is_still_what_was_said() -> None:
    # "I asked if he thought I should apply": the "I should" is inside his answer
    text = "Talked to Ray Okoro at the union hall. I asked if he thought I should apply now."
    assert _items(text) == []


def test_after_a_next_steps_header_the_speakers_clause_is_a_step() -> None:
    # under "Next steps:" the writer lists their own steps, though the sentence opens on
    # what the contact said
    text = (
        "Talked to Ray Okoro at the union hall. Next steps: he said the forms come from the "
        "office; and I should tell my foreman about the start date."
    )
    assert _items(text) == [("I should tell my foreman about the start date.", None)]
    # with no header the same "I should" carries on his words
    text = (
        "Talked to Ray Okoro at the union hall. He said the forms come from the office; and I "
        "should tell my foreman about the start date."
    )
    assert _items(text) == []
