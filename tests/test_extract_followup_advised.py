"""The contact's advice running on past the run-on rule's reach is no follow-up of the
speaker's (``followups_advised.drop_advice_runon``), through the real spaCy pipeline.

Every recap here is written for this file; none is copied from a labelled corpus. Each is a
user dictating in one breath, lower case and without commas, as a phone's dictation types it.
"""

from __future__ import annotations

from followup_cases import items as _items

_CALL = "talked with bruno adeyemi a plant engineer at corvex metals for half an hour. "


def test_an_imperative_far_into_her_advice_is_hers() -> None:
    # a welder asking about inspection work: the contact's advice runs on for a long clause
    # before its second step, with no word of the user's in between
    text = _CALL + (
        "his advice look at the inspection openings on the union board for the spring season "
        "and maybe get the level two ultrasonic cert before the summer shutdown"
    )
    texts = [t for t, _due in _items(text)]
    assert not any(t.startswith("get the level two") for t in texts)


def test_an_imperative_after_advised_me_to_and_a_long_clause_is_his() -> None:
    # a teacher moving into sales: "he advised me to ... and also to ..." and a third step
    # said bare, many words on
    text = _CALL + (
        "he advised me to read a book on consultative selling and also to ride along with the "
        "district reps when they visit the school next month ask if i can sit in on a demo "
        "so i will email the district office"
    )
    texts = [t for t, _due in _items(text)]
    assert not any(t.startswith("ask if i can sit in") for t in texts)
    assert any(t.startswith("i will email the district office") for t in texts)


def test_the_speakers_own_step_after_so_todo_stays() -> None:
    # the user takes the word back ("so todo") before the bare step: it is theirs
    text = _CALL + (
        "he said to learn the inspection codes before anything else so todo find the night "
        "classes at the community college"
    )
    assert _items(text) == [("find the night classes at the community college", None)]


def test_a_step_after_the_speakers_i_stays() -> None:
    # "i'll ... and ..." carries the user's own plan on, however far the advice was
    text = _CALL + (
        "he said to learn the inspection codes first and to shadow a senior inspector "
        "i'll call the union hall and ask about the apprentice list"
    )
    texts = [t for t, _due in _items(text)]
    assert any("call the union hall" in t for t in texts)
    assert any("ask about the apprentice list" in t for t in texts)


def test_a_dated_step_in_the_advice_stays() -> None:
    # a date makes it a step the user set themselves, even in the contact's run of words
    text = _CALL + (
        "his advice look at the inspection openings on the union board for the spring season "
        "and maybe get the level two ultrasonic cert by october first"
    )
    assert _items(text) == [("get the level two ultrasonic cert by october first", "2026-10-01")]


def test_a_thing_to_hand_over_that_he_asked_for_stays() -> None:
    # the contact asks for the user's resume far into his run of words: sending it is the
    # user's step, though he said it
    text = _CALL + (
        "he said the inspection crew is short since two guys retired last spring and the "
        "foreman trusts people who come from the shop floor send my resume to the plant "
        "manager with his name in the subject line"
    )
    texts = [t for t, _due in _items(text)]
    assert any(t.startswith("send my resume to the plant manager") for t in texts)
