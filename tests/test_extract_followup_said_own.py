"""The speaker's own to-do said in the same sentence as the contact's reported words
(``followups_said.own_after_said``), through the real spaCy pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_CALL = "Call with Wren Okafor, a data lead at Tallow Bank. She likes the team a lot. "


def test_a_said_tag_then_and_i_need_is_the_speakers_own() -> None:
    # a user who passes on a date the contact gave ("..., she said,") and goes on with a
    # task of their own joined by "and"
    text = (
        _CALL + "So I'll go to the mixer in May, it's the second Friday she said, and I need "
        "to take a Tableau course, maybe online."
    )
    found = _items(text)
    assert ("I need to take a Tableau course, maybe online.", None) in found
    assert len(found) == 2


def test_her_words_finished_then_a_dated_plan_of_the_speakers() -> None:
    # the contact's news first, then the speaker's own step with its own deadline
    assert _items(_CALL + "The panel is in June she said, so I have to register by Friday.") == [
        ("I have to register by Friday.", "2026-09-04")
    ]
    assert _items(_CALL + "she said the posting closes soon, so I need to apply by Friday.") == [
        ("I need to apply by Friday.", "2026-09-04")
    ]


def test_the_contacts_advice_stays_out() -> None:
    # the "I" right after her verb or "that" is inside what she said; undated after her
    # words it may still be her advice
    assert _items(_CALL + "She said I need to apply by October first.") == []
    assert _items(_CALL + "She said that I should take the stats course by June.") == []
    assert _items(_CALL + "She said they hire in the spring and I should take a course.") == []


def test_an_unpunctuated_run_on_then_a_dated_plan_of_the_speakers() -> None:
    # a lower-case dictation: the contact's words run a clause of their own, then the speaker's
    # "i" with a deadline and no comma between (fu42)
    text = (
        "talked to wren okafor a data lead at tallow bank she said the bank promotes slowly "
        "but the pay is steady i have to send the portfolio link before the fifteenth"
    )
    assert _items(text) == [
        ("i have to send the portfolio link before the fifteenth", "2026-09-15")
    ]


def test_an_unpunctuated_run_on_keeps_her_words_undated_or_joined() -> None:
    # undated, or joined to her words by "that", the clause is still what she said
    base = "talked to wren okafor a data lead at tallow bank she said the bank promotes slowly "
    assert _items(base + "so i need to take a stats course") == []
    assert _items(base + "and that i need to apply by friday") == []
