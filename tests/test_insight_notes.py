"""Typed notes and the lines outside writers draw (stop 28): a line break ends a sentence, a
note's own heading ("Likes:", "Me:") names the category, and a culture or typical-day
sentence keeps its skills clause.

All texts here are written for these tests (a user typing notes on a phone after a call, one
item a line, headed "Likes:", "Mission:", ...; none come from the labelled corpus).
"""

from __future__ import annotations

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")

NOTES = (
    "Call w/ Raj Patel, shop foreman at Dunmore Fabrication\n"
    "Likes: the crew, half of them have been there twenty years\n"
    "Mission: they say safety first and they mean it, he stopped a job last week over a "
    "frayed sling\n"
    "Me: told him about the crane inspections I did at the port\n"
    "Growth: they pay for the CWI after a year"
)


def found(text: str) -> list[tuple[str, str]]:
    return [(i.category, i.text) for i in extract(text).insights]


def test_a_line_break_ends_a_sentence() -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_sentences import sentence_spans

    doc = load_nlp()("Likes: the crew and the hours\nHates: the drive out to the yard")
    texts = [doc[s:e].text for s, e in sentence_spans(doc)]
    assert texts == ["Likes: the crew and the hours", "Hates: the drive out to the yard"]


def test_a_heading_names_the_category_of_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import debrief.extract.insight_run as insight_run

    with_headings = found(NOTES)
    assert ("likes", "Likes: the crew, half of them have been there twenty years") in (
        with_headings
    )
    assert ("self_pitch", "Me: told him about the crane inspections I did at the port") in (
        with_headings
    )
    assert ("advancement", "Growth: they pay for the CWI after a year") in with_headings
    # the classifier alone takes the crew's long tenure for advancement
    # the candidates are scored (and their heading read) in insight_run.py
    monkeypatch.setattr(insight_run, "heading_label", lambda doc, span: None)
    without = found(NOTES)
    assert ("likes", "Likes: the crew, half of them have been there twenty years") not in without


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Jake's path: apprentice electrician, then controls", "career_path"),
        ("Her advice: shadow a manager for a week", "advice"),
        ("typical week: two days on site and three in the office", "typical_day"),
        ("Pay: less than what I make now", None),  # names no one category
        ("Likes: stability", "likes"),
        ("Likes: 10/10", None),  # a heading needs a word after it
        ("She said the skills that matter: Excel and patience", None),  # not at the start
        ("On mission, she said they really do put patients first", "mission_values"),
        ("On the culture side he was blunt, it is all hands all the time", "culture"),
        ("On advancement she said there is no ladder at all", "advancement"),
        ("On Monday she starts the new audit season", None),
    ],
)
def test_heading_label(text: str, category: str | None) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_headings import heading_label

    doc = load_nlp()(text)
    assert heading_label(doc, (0, len(doc))) == category


def test_culture_and_a_typical_day_keep_their_skills_clause() -> None:
    from debrief.extract import load_nlp

    culture = (
        "The culture is very flat, nobody has an office, and you need to be comfortable "
        "making calls without a manager signing off."
    )
    day = (
        "Most days are spreadsheets in the morning and carrier calls after lunch, and you "
        "have to know Excel pivot tables cold to survive it."
    )
    text = f"I talked to Ben Okafor, he runs logistics at Tallgrass Foods. {culture} {day}"
    now = found(text)
    assert ("culture", culture) in now and ("typical_day", day) in now
    assert not any(c == "skills" for c, _ in now)
    component = load_nlp().get_pipe("debrief_insights_v3")
    saved = component.keep_whole
    try:
        component.keep_whole = {}
        before = found(text)
    finally:
        component.keep_whole = saved
    assert any(c == "skills" and t.startswith("you") for c, t in before)


def test_told_her_without_a_subject_is_the_speaker_telling() -> None:
    """A note drops the "I": "Told her about ..." is the speaker's own story, "Told me to
    ..." stays the contact's advice."""
    opening = "Call with Naomi Xiong, owner of Badger Blower Door."
    story = (
        "Told her about the carbon monoxide call at the duplex on Burnham, cracked heat "
        "exchanger, I red-tagged it and got the family out."
    )
    advice = "Told me to take the BPI course before I buy a blower door."
    now = found(f"{opening} {story} {advice}")
    assert ("self_pitch", story) in now
    assert ("advice", advice) in now
    assert not any(c == "advice" and t == story for c, t in now)
