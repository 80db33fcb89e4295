"""The contact's suggestion the speaker takes up by pointing back at it ("he said send him my
resume, so I'll do that tomorrow"): the item names her step with the pointing clause and its
date (fu43, ``followups_taken_up``). Through the real spaCy pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_CALL = "call with Tomas Reyes, a buyer at Fenwick Foods. he was easy to talk to. "


def test_the_contacts_imperative_taken_up_names_the_step() -> None:
    text = _CALL + "he said mail him the cost sheet and he'll pass it on, so I'll do that tomorrow"
    assert _items(text) == [("mail him the cost sheet, I'll do that tomorrow", "2026-09-02")]
    # her reason split off by the sentence splitter, the pointer a sentence of its own
    text = _CALL + "he said text him about the plant tour so he remembers. gonna do that tonight"
    assert _items(text) == [("text him about the plant tour, gonna do that tonight", "2026-09-01")]
    # the pointer's cue kept with it, where the clause rules drop it
    text = _CALL + "he said, check the county job board. Gotta do that tonight."
    assert _items(text) == [("check the county job board, Gotta do that tonight.", "2026-09-01")]


def test_the_speakers_own_words_or_no_imperative_stay_as_they_are() -> None:
    # the speaker's own promise before the pointer: nothing of the contact's to take up
    text = _CALL + "I said I'd mail him the cost sheet, do that tomorrow"
    assert [t for t, _due in _items(text)] == ["I'd mail him the cost sheet, do that tomorrow"]
    # the contact's words hold no imperative: the pointer is left alone
    text = _CALL + "he said the buyers meet on Mondays. I'll do that tomorrow"
    assert [t for t, _due in _items(text)] == ["I'll do that tomorrow"]
