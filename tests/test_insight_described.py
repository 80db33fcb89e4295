"""What the organisation does or has, told plainly, is no mission_values insight.

Real spaCy and the shipped insight model; every recap here is written for these tests: a
former warehouse supervisor's notes after a call with an operations manager at a regional
food bank, typed and as Whisper would write it.
"""

from __future__ import annotations

import pytest

from debrief.extract import extract

pytest.importorskip("spacy")


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("They run two cold storage warehouses and a fleet of nine refrigerated trucks.", True),
        ("She said they have driver roles open, mostly weekend routes out of Dayton.", True),
        (
            "Priya Nandakumar, operations manager at Miami Valley Food Bank, they've got four "
            "pantries and a mobile market.",
            True,
        ),
        # a stance on the values, with the same shape: mission_values
        ("They really care about dignity, they run the pantry like a grocery store.", False),
        ("She said they have a no-questions-asked policy and they live by it.", False),
        ("They run it like a business but the mission is real.", False),
        # the contact's own, not the organisation's
        ("She has a team of six and runs the Saturday distribution.", False),
        # "memory care", "health care" name a service, not a stance
        ("They run three clinics that do primary care and dental.", True),
    ],
)
def test_which_sentences_are_a_plain_account(sentence: str, plain: bool) -> None:
    from debrief.extract import load_nlp
    from debrief.extract.insight_described import plain_description

    doc = load_nlp()(sentence)
    assert plain_description(doc, (0, len(doc))) is plain


def _mission(text: str) -> list[str]:
    return [i.text for i in extract(text).insights if i.category == "mission_values"]


def test_the_business_told_plainly_is_not_filed_as_mission() -> None:
    # the shipped model files the account as mission_values without the rule
    text = (
        "Alright, Monday recap. Priya Nandakumar, operations manager at Miami Valley Food "
        "Bank. They run the regional distribution contracts, like, they're the hub that does "
        "the sorting and delivery for pantries in six counties. She started as a volunteer "
        "driver. She loves the Saturday rush."
    )
    found = [(i.category, i.text) for i in extract(text).insights]
    assert not any(c == "mission_values" for c, _ in found)
    assert ("likes", "She loves the Saturday rush.") in found


def test_a_stance_on_the_values_stays_mission() -> None:
    text = (
        "Alright, Monday recap. Priya Nandakumar, operations manager at Miami Valley Food "
        "Bank. She said they really do live the mission, nobody gets turned away even when "
        "the shelves are thin. She started as a volunteer driver."
    )
    mission = _mission(text)
    assert any("turned away" in t for t in mission)


@pytest.mark.parametrize(
    "text",
    [
        # as Whisper punctuates it: the opening's name and title a sentence of their own
        "Okay, so Priya Nandakumar, operations manager at Miami Valley Food Bank. They run the "
        "regional distribution contracts, like they're the hub that does the sorting and "
        "delivery for pantries in six counties. She started as a volunteer driver. She loves "
        "the Saturday rush.",
        # as a transcript without any punctuation or capitals
        "okay so that was priya she's operations manager at miami valley food bank they run the "
        "regional distribution contracts like they're the hub that does the sorting and "
        "delivery for pantries in six counties she started as a volunteer driver she loves the "
        "saturday rush",
    ],
)
def test_the_same_account_said_aloud_is_not_filed_as_mission(text: str) -> None:
    # the shipped model files the account as mission_values in both without the rule
    found = [(i.category, i.text.lower().rstrip(".")) for i in extract(text).insights]
    assert not any(c == "mission_values" for c, _ in found)
    assert ("likes", "she loves the saturday rush") in found


def test_a_second_category_of_mission_is_refused_for_a_plain_account() -> None:
    # the model's second category for an opening line ("<name>, <title> for <org>, they've
    # got ...") is held to the same rule as its first
    from debrief.extract import load_nlp
    from debrief.extract.insight_model import LABEL_INDEX
    from debrief.extract.insight_refile import second_refused

    nlp = load_nlp()
    plain = nlp(
        "Priya Nandakumar, director of operations for Miami Valley Food Bank, they've got "
        "four warehouses, Dayton, Xenia and one in Springfield."
    )
    stance = nlp("They've got four warehouses and they really live the mission.")
    mission, advancement = LABEL_INDEX["mission_values"], LABEL_INDEX["advancement"]
    assert second_refused(plain, (0, len(plain)), mission)
    assert not second_refused(plain, (0, len(plain)), advancement)
    assert not second_refused(stance, (0, len(stance)), mission)
