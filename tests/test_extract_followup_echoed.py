"""The contact's advice carried on as "... and I should ...", found where the parser cuts the
written sentence into pieces, where an unpunctuated run-on puts the speaker's own dated plan
right after it, and where her "if you want ..." sits between "she told me" and "I should"
(`fu16`). Through the real spaCy pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_CALL = "Call with Ines Varga, a charge nurse at Lakeview Hospital. She loves the night team. "


def test_her_words_cut_by_the_parser_still_own_the_i_should() -> None:
    # one written sentence the parser cuts at "and I", "so I'm" and "but I": the "he said" at
    # its start still covers the "and I should" at its end
    text = _CALL + (
        "She said the programs want clinical hours and I have plenty so I'm fine there but I "
        "need statistics and I should retake it because I got a D."
    )
    assert _items(text) == []


def test_run_on_advice_then_the_speakers_dated_plan() -> None:
    # no punctuation: the day belongs to the speaker's "i'll message him", not to her "i should"
    text = (
        "call with ines varga charge nurse at lakeview she said learn the epic charting and "
        "get your bls renewed she said the unit is hiring for the summer and i should just "
        "message the manager i'll message him tomorrow morning"
    )
    assert _items(text) == [("i'll message him tomorrow morning", "2026-09-02")]


def test_her_condition_between_told_me_and_i_should() -> None:
    # "if I want to ..." is part of her sentence, not distance that makes it the speaker's own
    text = _CALL + (
        "She told me if I want to move from retail management into nursing I should shadow a "
        "nurse first and get my CNA license. I'll book a shadow day by Friday."
    )
    assert _items(text) == [("I'll book a shadow day by Friday.", "2026-09-04")]


def test_a_dated_i_should_after_her_words_is_still_a_plan() -> None:
    # her words end at "spring"; the day makes the "and I should" the speaker's plan
    text = _CALL + "She said they hire in the spring and I should email the recruiter by Friday."
    assert _items(text) == [("I should email the recruiter by Friday.", "2026-09-04")]


def test_an_i_should_in_the_next_written_sentence_is_the_speakers() -> None:
    # a full stop ends her sentence: the speaker's own "I should" after it is not her words
    text = _CALL + "She said the unit is short staffed. I should call the recruiter by Thursday."
    assert _items(text) == [("I should call the recruiter by Thursday.", "2026-09-03")]


def test_but_i_need_to_after_his_judgement_is_his_advice() -> None:
    # what the contact says the speaker lacks, in the speaker's "I": not a to-do
    text = _CALL + (
        "She said my triage notes are clear and that's rare, but I need to show more "
        "patient teaching. I'll send her my care plan by Friday."
    )
    assert _items(text) == [("I'll send her my care plan by Friday.", "2026-09-04")]


def test_but_i_need_to_with_no_one_else_speaking_is_the_speakers() -> None:
    # the same "but I need to" after the speaker's own words, no reporting verb before it
    text = _CALL + "The unit hires in June, but I need to renew my license first."
    assert _items(text) == [("I need to renew my license first.", None)]


def test_and_or_also_after_her_advice_adds_to_her_list() -> None:
    # "And ..." / "Also ..." right after a sentence of her advice is more of it
    text = _CALL + (
        "Her main advice: apply to the residency in the first round, not later. "
        "And take the NCLEX early. She told me to shadow on a night shift. "
        "Also look at the hospital's new grad program."
    )
    assert _items(text) == []


def test_also_after_her_advice_with_a_day_is_a_plan() -> None:
    text = _CALL + "She told me to shadow on a night shift. Also email Dana by Friday."
    assert _items(text) == [("email Dana by Friday.", "2026-09-04")]


def test_also_after_the_speakers_own_sentence_is_a_note() -> None:
    text = _CALL + "The pay is fine for a new grad. Also look at the new grad program."
    assert _items(text) == [("look at the new grad program.", None)]
