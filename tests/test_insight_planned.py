"""A step the speaker plans, filed as a follow-up, is no insight as well; the contact's word
("She said read ...", "told me to ..."), a heading's entry and an order after the contact's
report on its line stay insights (insights44, stop 43).

The recap is written for these tests: a job seeker's notes after a call with an insurance
claims supervisor (nothing comes from the labelled corpus).
"""

from __future__ import annotations

from datetime import datetime

import pytest

import debrief.extract.insight_categorizer as categorizer
from debrief.extract import extract
from debrief.extract.insight_planned import drop_planned, is_planned
from debrief.models import FollowUp, Insight

pytest.importorskip("spacy")

NOTES = (
    "Coffee chat with Marisol Okafor, claims supervisor at Brightwater Mutual.\n"
    "Her advice: get the state adjuster licence before applying, it shows you are serious.\n"
    "Skills: patience, writing clear denial letters, knowing the policy language cold.\n"
    "Practise reading policy wordings for 15 min a day (starting Monday).\n"
    "Build a one-page summary of my retail complaint handling on my next day off, Thursday.\n"
)
PRACTISE = "Practise reading policy wordings for 15 min a day (starting Monday)."
SUMMARY = "Build a one-page summary of my retail complaint handling on my next day off, Thursday."


def run(text: str) -> tuple[list[str], list[str]]:
    got = extract(text, datetime(2026, 3, 2))
    return [i.text for i in got.insights], [f.text for f in got.follow_ups]


def test_planned_steps_are_follow_ups_only() -> None:
    insights, follow_ups = run(NOTES)
    assert PRACTISE in follow_ups and SUMMARY in follow_ups
    assert PRACTISE not in insights and SUMMARY not in insights
    # the contact's advice and the heading's entry stay
    assert any(i.startswith("Her advice: get the state adjuster licence") for i in insights)
    assert any(i.startswith("Skills: patience") for i in insights)


def test_without_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(categorizer, "drop_planned", lambda text, ins, fus: ins)
    insights, _ = run(NOTES)
    assert PRACTISE in insights and SUMMARY in insights


def _at(text: str, part: str) -> Insight:
    start = text.index(part)
    return Insight("advice", part, start, start + len(part))


def test_the_contacts_word_keeps_the_insight() -> None:
    text = "She said read the flood policy guide and ask her again in May.\n"
    part = text.strip()
    fus = [FollowUp("read the flood policy guide and ask her again in May")]
    assert not is_planned(text, _at(text, part), fus)
    # "I told ..." is the speaker's own word: it keeps nothing
    own = "I told Marisol I'd send her the claims log by Friday.\n"
    fus = [FollowUp("I'd send her the claims log by Friday.")]
    assert is_planned(own, _at(own, own.strip()), fus)


def test_an_order_after_the_contacts_report_on_its_line_stays() -> None:
    text = "He said the money is in the estimate, not the inspection. Learn to read an estimate.\n"
    part = "Learn to read an estimate."
    fus = [FollowUp("Learn to read an estimate", due="2026-03-09")]
    assert not is_planned(text, _at(text, part), fus)
    alone = "Learn to read an estimate.\n"
    assert is_planned(alone, _at(alone, part), fus)


def test_a_bare_order_is_the_speakers_only_with_a_date_or_a_word_of_hers() -> None:
    text = "Learn to read an estimate.\n"
    part = text.strip()
    # no date, no "I"/"my": it may be the contact's advice written down bare
    assert not is_planned(text, _at(text, part), [FollowUp(part)])
    mine = "Learn to read my first estimate.\n"
    assert is_planned(mine, _at(mine, mine.strip()), [FollowUp(mine.strip())])


def test_a_heading_or_no_follow_up_keeps_it() -> None:
    text = "Culture: eight adjusters, a shared inbox.\n"
    part = text.strip()
    assert not is_planned(text, _at(text, part), [FollowUp(part)])
    keep = [_at(text, part)]
    assert drop_planned(text, keep, []) == keep
    assert drop_planned(text, keep, None) == keep
