"""debrief_followups_v1 through the real spaCy pipeline: action items, due dates, call length."""

from __future__ import annotations

from datetime import datetime

import pytest

from debrief.extract import extract

TUE = datetime(2026, 12, 8, 18, 0)  # a Tuesday evening


def items(text: str, when: datetime | None = TUE) -> list[tuple[str, str | None]]:
    return [(f.text, f.due) for f in extract(text, when).follow_ups]


def test_speaker_items_with_dates_and_spans() -> None:
    text = (
        "Talked to Nina Petrov, a data analyst at Etsy. She said to learn dbt. "
        "I'll send Nina a short thank-you tomorrow, and I want to finish the SQL course by Friday."
    )
    got = items(text)
    assert len(got) == 2
    assert got[0][0].startswith("I'll send Nina a short thank-you tomorrow")
    assert got[0][1] == "2026-12-09"
    assert got[1][1] == "2026-12-11"
    result = extract(text, TUE)
    for f in result.follow_ups:
        assert text[f.start : f.end] == f.text


def test_contact_advice_is_not_an_action_item() -> None:
    text = (
        "I spoke with Omar Said from Etsy. He said I should learn Looker and that I need to "
        "network more. He told me to apply in March. He mentioned two people I should talk to."
    )
    assert items(text) == []


def test_negated_non_action_and_none_markers() -> None:
    text = (
        "Had a call with Li Wei at Intuit. I'm not going to apply there. "
        "I'm going to think about it. No follow-ups for now, I'll just sit on it."
    )
    assert items(text) == []


def test_waiting_to_hear_or_doubting_is_no_action() -> None:
    # the other side's move or the speaker's doubt, said with "I'll" (fu42)
    text = (
        "Had a call with Li Wei at Intuit. The panel meets next week, I'll hear by Friday. "
        "A raise next year, I'll believe it when I see it. I'll email Li a thank you tonight."
    )
    assert [t for t, _ in items(text)] == ["I'll email Li a thank you tonight."]


def test_subjectless_imperatives_and_lists() -> None:
    text = (
        "Call w/ Rosa Diaz, nurse recruiter at Kaiser. Email Rosa by Thursday. "
        "Need to renew my BLS next week. "
        "Follow-ups: update my resume by the 20th, ask Tom about references, and book a shadow day."
    )
    got = items(text)
    assert ("Email Rosa by Thursday.", "2026-12-10") in got
    # "next week" is a to-do without a deadline (dates.toml [open_spans])
    assert any(t.startswith("Need to renew my BLS") and d is None for t, d in got)
    assert any(t.startswith("update my resume") and d == "2026-12-20" for t, d in got)
    assert any(t.startswith("ask Tom about references") and d is None for t, d in got)
    assert any(t.startswith("book a shadow day") for t, d in got)
    assert not any(t.startswith("Call w/") for t, _ in got)


def test_numbered_lists_with_or_without_verbs_across_sentences() -> None:
    inline = items(
        "Call with Ivy Chen. Follow-ups: 1) LinkedIn request today 2) read her blog post "
        "3) coffee chat with her teammate next month."
    )
    assert inline == [
        ("LinkedIn request today", "2026-12-08"),
        ("read her blog post", None),
        ("coffee chat with her teammate next month.", None),
    ]
    running = items(
        "Call with Ivy Chen. Action items: 1. send a LinkedIn request today. "
        "2. read her blog post. She has 2. kids and 3 dogs."
    )
    assert [t for t, _ in running] == ["send a LinkedIn request today.", "read her blog post."]


def test_conjoined_actions_split_only_when_each_has_its_own_date() -> None:
    two = items("I'm going to update my portfolio by Monday and apply to the studio role.")
    assert [d for _, d in two] == ["2026-12-14", None]
    one = items("I need to rewrite two case studies and send them to her by Sunday.")
    assert len(one) == 1 and one[0][1] == "2026-12-13"


def test_spoken_date_correction() -> None:
    got = items("I need to send the form by Thursday, no wait, she's out Thursday, by Wednesday.")
    assert got and got[0][1] == "2026-12-09"


def test_recorded_at_none_resolves_against_now() -> None:
    got = items("I'll email him tomorrow.", None)
    assert got and got[0][1] is not None


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("We had a quick twenty-minute chat with Jo Park from Etsy.", 20),
        ("I talked to Jo Park for half an hour.", 30),
        ("I talked to Jo Park from Etsy for a full hour, she was generous.", 60),
        ("The call was booked for 30 minutes but we went about 50.", 50),
        ("We'd scheduled 30 minutes, and it ran over by fifteen minutes.", 45),
        ("We talked for an hour, actually no, it was more like forty minutes.", 40),
        ("We were booked for twenty minutes and blew way past that.", None),
        ("I had to wait in the lobby for ten minutes before the call.", None),
        ("Then we talked about her dog for like five minutes.", None),
        ("Her standups are fifteen-minute meetings with the team.", None),
        ("The shipment went from five hours to three.", None),
        ("Call with Jo Park. 25 min. She said learn SQL.", 25),
        ("Call with Jo Park, data lead at Etsy, 25 minutes. She said learn SQL.", 25),
        # a transcript's duration run onto the sentence before (its full stop dropped): taken
        # only where no other length is said
        ("Her assistant joined, she does the day to day 25 minutes. Jo was a teacher.", 25),
        ("Her commute is an hour. Jo was a teacher.", None),
    ],
)
def test_call_minutes(text: str, minutes: int | None) -> None:
    assert extract(text, TUE).call_minutes == minutes


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Tomorrow I'll send her my resume.", "2026-12-09"),
        ("My plan is to email her Friday.", "2026-12-11"),
        ("I'll be sure to send a thank you tonight.", "2026-12-08"),
        ("Action item for me: register for the conference by the 12th.", "2026-12-12"),
        ("On Thursday I'm going to call the hiring manager.", "2026-12-10"),
        ("I'm definitely going to apply once the posting goes up.", None),
        ("I need to finish the SQL course by end of month.", "2026-12-31"),
        ("Must remember to send him the deck by Thursday EOD.", "2026-12-10"),
    ],
)
def test_phrasings(sentence: str, due: str | None) -> None:
    got = items(f"Talked to Ann Lee at Etsy. {sentence}")
    assert len(got) == 1
    assert got[0][1] == due
