"""The speaker's own conclusion after Whisper's comma, ", so <verb> ... <day>", is a to-do; the
contact's advice passed on the same way is not. Through the real spaCy pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_CALL = "Call with Tomas Reyes, a buyer at Fenwick Foods. He was easy to talk to. "


def test_so_then_a_dated_verb_is_the_speakers_to_do() -> None:
    # a user reasoning aloud about a deadline, tiny.en joining the two sentences with a comma
    text = _CALL + "The scholarship form closes on the 30th, so start the essay this weekend."
    assert _items(text) == [("start the essay this weekend.", "2026-09-05")]
    text = _CALL + "He can pass my letter to the hiring lead, so send Tomas the letter by Friday."
    assert _items(text) == [("send Tomas the letter by Friday.", "2026-09-04")]


def test_so_after_the_contacts_words_or_undated_stays_out() -> None:
    # the contact's advice with its conclusion: his, passed on, not labelled ("in March" sets
    # no date; a dated or aimed one after his words is the speaker's, fu30's so_step)
    text = _CALL + "He said buyers hire in the spring, so apply in March."
    assert _items(text) == []
    text = _CALL + "His advice was that the field is small, so network by Friday."
    assert _items(text) == []
    # no day: a general lesson, not a to-do
    text = _CALL + "The team is tiny, so learn some basic SQL."
    assert _items(text) == []


def test_a_dated_imperative_after_a_comma_despite_an_earlier_to() -> None:
    # a user's story ending "... down to zero," before their own dated to-do, run on by
    # tiny.en: the "to" three words back is the story's, not a clause cut off before the comma
    text = (
        _CALL + "I told him how I got the scrap rate down to zero, write up that story for "
        "interviews and apply to the buyer program by Friday."
    )
    assert [due for _text, due in _items(text)][-1] == "2026-09-04"
    assert any(t.startswith("write up that story") for t, _due in _items(text))
