"""Recap shapes other authors use (issue 11), through the real spaCy pipeline.

Each sentence is written for this test; none is copied from a labelled corpus.
"""

from __future__ import annotations

from datetime import datetime

from debrief.extract import extract

WHEN = datetime(2026, 12, 8, 18, 0)


def test_heading_names_the_organisation_not_the_contact() -> None:
    r = extract(
        "Debrief, Cascade Water Authority call. Talked with Imani Okafor, a hydrologist "
        "there. She spent six years doing field sampling before moving into modelling.",
        WHEN,
    )
    assert r.contact.name == "Imani Okafor"
    assert r.contact.company == "Cascade Water Authority"
    assert "Cascade Water Authority" not in {p.name for p in r.people_mentioned}


def test_verbless_intro_after_a_tangent() -> None:
    r = extract(
        "Okay so the train was late again and I nearly missed it. "
        "Tomasz Brennan, grants manager at the Riverbend Arts Council. "
        "He said most of his week is reporting to funders.",
        WHEN,
    )
    assert r.contact.name == "Tomasz Brennan"
    assert r.contact.company == "Riverbend Arts Council"


def test_name_given_after_a_description() -> None:
    r = extract(
        "So I had the call with someone at Lakeview Medical Group today. "
        "Her name is Odette Marchand, she's a practice manager. She was a nurse first.",
        WHEN,
    )
    assert r.contact.name == "Odette Marchand"
    assert r.contact.company == "Lakeview Medical Group"


def test_titles_and_organisation_words_are_not_people() -> None:
    r = extract(
        "Call notes: Priyanka Rao, Senior Recruiter at Halvorsen & Quist, she covers the "
        "Midwest. She said to learn Tableau. Her colleague Benedikt Sauer runs the analytics "
        "team and she said I should talk to him.",
        WHEN,
    )
    names = {p.name for p in r.people_mentioned}
    assert "Benedikt Sauer" in names
    assert not names & {"Senior Recruiter", "Quist", "Tableau", "Priyanka Rao"}


def test_whoever_connected_us_is_mentioned_not_a_referral() -> None:
    r = extract(
        "So Corinne Adler connected us, she's my old roommate, and the call was with "
        "Rafael Ibarra, a buyer at Northgate Outfitters. "
        "He said I should talk to Wen Li in planning.",
        WHEN,
    )
    rel = {p.name: p.relation for p in r.people_mentioned}
    assert rel.get("Corinne Adler") == "mentioned"
    assert rel.get("Wen Li") == "referral"


def test_two_actions_joined_by_and_are_two_follow_ups() -> None:
    r = extract(
        "Talked with Hana Sato, a designer at Figma. I need to rework my case study and "
        "email Hana by Friday.",
        WHEN,
    )
    texts = [f.text for f in r.follow_ups]
    assert len(texts) == 2, texts
    assert r.follow_ups[1].due == "2026-12-11"
    assert r.follow_ups[0].due is None


def test_a_capitalised_word_after_a_heading_comma_is_not_the_name() -> None:
    """Whisper capitalises after a heading's comma: "Recap, Chatted with ..." (a second cue)
    and "Quick recap, Talk to ..." (a lone verb before to/with) introduce the name."""
    chained = extract("Recap, Chatted with Noor Haddad, a data analyst at Kestrel Labs.")
    assert chained.contact is not None
    assert (chained.contact.name, chained.contact.company) == ("Noor Haddad", "Kestrel Labs")
    verb = extract("Quick recap, Talk to Ines Duarte, she's a nurse manager at Baystate Health.")
    assert verb.contact is not None and verb.contact.name == "Ines Duarte"
