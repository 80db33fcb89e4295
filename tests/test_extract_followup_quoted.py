"""Follow-ups that are the contact's words or the call itself, not the speaker's to-do
(`fu11`, found on the recaps-n..s authors), through the real spaCy pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

# ------------------------------------------------- her advice, carried on with "I should"


def test_i_should_after_her_words_and_a_comma_is_her_advice() -> None:
    # she reports a fact, a comma, then "I should ...": still what she told the speaker,
    # though the parser does not hang it under "said"
    text = (
        "Talked to Omar Haddad at Crestline Foods, forty minutes. He went over his path from "
        "the line to quality. He said the Dayton plant runs a mentoring program for new techs, "
        "I should ask about it when I apply."
    )
    assert _items(text) == []


def test_i_should_after_a_cut_the_parser_made_is_still_her_advice() -> None:
    # the parser cuts the sentence before "and I should" (no full stop there): her "said"
    # before the cut still covers it
    text = (
        "Met Lena Ortiz, a curator at the Harbor Museum. And he said his old boss, Tom Reyes, "
        "is retired now and I should email him anyway."
    )
    assert _items(text) == []
    text = (
        "Met Lena Ortiz, a curator at the Harbor Museum. The archive is small and I should "
        "email Tom Reyes anyway."
    )
    assert [t for t, _ in _items(text)] == ["I should email Tom Reyes anyway."]


def test_i_should_after_her_words_with_a_date_stays_the_speakers() -> None:
    # a day makes it the speaker's plan
    text = (
        "Talked to Omar Haddad at Crestline Foods, forty minutes. He said the Dayton plant "
        "runs a mentoring program for new techs, and I should email the program lead by Friday."
    )
    assert _items(text) == [("I should email the program lead by Friday.", "2026-09-04")]


def test_i_should_with_no_one_speaking_before_is_kept() -> None:
    # no reporting verb earlier in the sentence: the speaker's own note, as before
    text = "Call with Jun Sato from Blue Rail. The pay is fine, and I should apply this month."
    assert [t for t, _ in _items(text)] == ["I should apply this month."]


# ------------------------------------------------- an imperative she said, quoted


def test_an_imperative_quoted_with_she_said_is_her_advice() -> None:
    text = (
        "Call with Paul Grey, analyst at Norbank. Get a stats certificate, he said, the short "
        "one is fine. I'll email him tomorrow."
    )
    assert _items(text) == [("I'll email him tomorrow.", "2026-09-02")]
    # "she said" opening a remark of her own after the comma: still her recommendation
    text = "Call with Paul Grey, analyst at Norbank. Read the book Deep Work, she said it helped."
    assert _items(text) == []


def test_a_dated_quoted_imperative_or_the_speakers_own_note_is_kept() -> None:
    # with a deadline it is a request the speaker files as a to-do
    text = "Call with Paul Grey, analyst at Norbank. Read the book Deep Work by Sunday, she said."
    assert _items(text) == [("Read the book Deep Work by Sunday", "2026-09-06")]
    # the speaker's note with her remark in the next sentence
    text = "Call with Paul Grey, analyst at Norbank. Read the book Deep Work. She said it helped."
    assert [t for t, _ in _items(text)] == ["Read the book Deep Work."]


# ------------------------------------------------- "I finally got to talk to ..."


def test_got_to_talk_reports_the_call() -> None:
    # "got to" before a verb of meeting someone is what happened, past, not "have got to"
    text = (
        "Coffee with Dee Park from Lumen Health today. We covered her move from nursing into "
        "informatics and what the analysts do all week. After the coffee I finally got to talk "
        "to her manager too, Sam Ito."
    )
    assert _items(text) == []


def test_have_got_to_and_got_to_send_stay_plans() -> None:
    text = "Coffee with Dee Park from Lumen Health. I've got to talk to her manager by Friday."
    assert _items(text) == [("I've got to talk to her manager by Friday.", "2026-09-04")]
    text = "Coffee with Dee Park from Lumen Health today. I got to send her my resume tonight."
    assert [t for t, _ in _items(text)] == ["I got to send her my resume tonight."]


# ------------------------------------------------- her request with a deadline


def test_the_contacts_dated_request_is_the_speakers_to_do() -> None:
    text = (
        "Call with Mara Quist, art director at Fennel Press. She wants me to send her five "
        "spot illustrations by the 18th."
    )
    assert _items(text) == [
        ("She wants me to send her five spot illustrations by the 18th.", "2026-09-18")
    ]
    text = (
        "Call with Mara Quist, art director at Fennel Press. They asked me to draft a one-page "
        "onboarding plan, by September 25th."
    )
    assert _items(text) == [
        ("They asked me to draft a one-page onboarding plan, by September 25th.", "2026-09-25")
    ]


def test_an_undated_request_or_one_the_speaker_answers_is_not_filed_twice() -> None:
    # undated: her wish or advice, not a deadline
    text = (
        "Call with Mara Quist, art director at Fennel Press. She wants me to apply for the "
        "junior designer job."
    )
    assert _items(text) == []
    # the date after the comma is the speaker's own answer, filed once as theirs
    text = (
        "Call with Mara Quist, art director at Fennel Press. She asked me to send my "
        "portfolio, I'll do it tonight."
    )
    assert _items(text) == [("I'll do it tonight.", "2026-09-01")]
    text = (
        "call with mara quist from fennel press i showed her my zine and she asked me to mail "
        "her a copy, so i'll post it to her on friday"
    )
    assert _items(text) == [("i'll post it to her on friday", "2026-09-04")]


def test_a_dated_request_with_the_speakers_i_inside_it() -> None:
    # "what i would change" is part of the request, not the speaker's own clause
    text = (
        "call with mara quist from fennel press they asked me to write up what i would change "
        "in their onboarding by september twentieth"
    )
    assert _items(text) == [
        (
            "they asked me to write up what i would change in their onboarding by september "
            "twentieth",
            "2026-09-20",
        )
    ]


# ------------------------------------------------- her words to "you"; "I'd" as "I had"


def test_an_imperative_saying_your_is_her_advice() -> None:
    # addressed to the speaker: the contact's words, not a note to self
    text = (
        "Call with Bea Lund, HR partner at Orrin Foods. Get your PHR first, that was the main "
        "thing for her. I'll book the exam by Friday."
    )
    assert _items(text) == [("I'll book the exam by Friday.", "2026-09-04")]
    text = "Call with Bea Lund, HR partner at Orrin Foods. Update my resume tonight."
    assert _items(text) == [("Update my resume tonight.", "2026-09-01")]


def test_id_before_a_past_form_is_i_had() -> None:
    text = (
        "Call with Bea Lund at Orrin Foods. She is in HR, which surprised me, I'd assumed she "
        "was recruiting."
    )
    assert _items(text) == []
    # "I'd" before a base form is still "I would": a plan
    text = "Call with Bea Lund at Orrin Foods. I told her I'd send the deck by Friday."
    assert [t for t, _ in _items(text)] == ["I told her I'd send the deck by Friday."]
