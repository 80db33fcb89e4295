"""A subjectless obligation ("gotta", "need to", "should") joined by "and" to the speaker's
step is a step of its own (``followups_conjoined.ConjoinedSteps``), through the real spaCy
pipeline.

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_CALL = "Spoke with Ines Varga, a supply planner at Corvel Foods. She likes the small team. "
FRI = "2026-09-04"
SAT = "2026-09-05"


def test_gotta_after_a_comma_and_is_a_step_of_its_own() -> None:
    text = _CALL + "need to send her a thank you, and gotta ask my uncle about the fall opening"
    assert _items(text) == [
        ("need to send her a thank you", None),
        ("gotta ask my uncle about the fall opening", None),
    ]


def test_should_after_the_speaker_s_dated_step() -> None:
    text = _CALL + "So gotta email Priya by Friday, and should probably look into the CSCP course."
    got = _items(text)
    assert len(got) == 2
    assert got[0][1] == FRI
    assert got[1] == ("should probably look into the CSCP course.", None)


def test_a_bare_and_after_an_i_step() -> None:
    text = _CALL + "I'll sign up for a shift Saturday and gotta renew my forklift card."
    assert _items(text) == [
        ("I'll sign up for a shift Saturday", SAT),
        ("gotta renew my forklift card.", None),
    ]


def test_the_contact_s_advice_with_should_stays_no_step() -> None:
    text = _CALL + "She told me planners get hired fast and should learn SAP early."
    assert _items(text) == []


def test_a_non_action_obligation_stays_with_the_step() -> None:
    text = _CALL + "I'll email Marco by Friday and gotta think about the offer."
    assert len(_items(text)) == 1


def test_a_typed_list_line_has_no_subject_from_the_line_above() -> None:
    # the parser hangs "steps" (line above) on "send" as its subject; a typed line is a
    # clause of its own (followups_tokens.has_subject)
    text = (
        "Call (40 min) w/ Ana Ruiz, lab lead at Brell Labs.\n\n"
        "Next steps\n1. send thank-you + my CV by Fri\n2. look up the course she mentioned"
    )
    got = [t for t, _d in _items(text)]
    assert "send thank-you + my CV by Fri" in got
    assert "look up the course she mentioned" in got
