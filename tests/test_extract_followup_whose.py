"""Whose intention a clause is, and whether it is a step at all (fu30), through the real
spaCy pipeline: the speaker's imperative after "so" closing the contact's words
(``followups_so_step``), a habit changed or a state aimed at (``followups_clauses``), and a
verbless note whose date is a schedule or a dateline (``followups_when``).

Every sentence here is written for this file; none is copied from a labelled corpus.
"""

from __future__ import annotations

from followup_cases import items as _items

_CALL = "Spoke with Ines Varga, a supply planner at Corvel Foods. She likes the small team. "
FRI = "2026-09-04"


def test_so_then_an_imperative_naming_a_person_is_the_speaker_s() -> None:
    text = (
        _CALL
        + "She said Tomas on the pricing desk came from retail too, so get in touch with Tomas."
    )
    assert _items(text) == [("get in touch with Tomas.", None)]


def test_so_then_a_dated_imperative_is_the_speaker_s() -> None:
    text = _CALL + "She offered to look over my cover letter, so send Ines the letter by Friday."
    assert _items(text) == [("send Ines the letter by Friday.", FRI)]


def test_so_then_general_advice_stays_the_contact_s() -> None:
    text = _CALL + "She said planners get promoted by certification, so study for the CPIM exams."
    assert _items(text) == []


def test_so_with_no_one_s_words_before_it_adds_nothing() -> None:
    text = _CALL + "The pay is fine so send Tomas a note by Friday."
    assert all("Tomas" not in t for t, _d in _items(text))


def test_a_habit_to_stop_is_no_step() -> None:
    text = _CALL + "I should stop calling myself just a forklift driver on my resume."
    assert _items(text) == []


def test_a_state_to_reach_is_no_step() -> None:
    text = _CALL + "I need to get comfortable with pivot tables before I apply."
    assert _items(text) == []


def test_a_real_step_with_get_and_stop_stays() -> None:
    text = _CALL + "I'll get a copy of the job ad tonight. I'll stop by the depot Friday."
    got = [t for t, _d in _items(text)]
    assert len(got) == 2


def test_a_verbless_note_with_a_week_s_schedule_is_no_step() -> None:
    text = _CALL + "Team of six planners, hybrid, in office Tues/Thurs. Email Ines by Friday."
    assert _items(text) == [("Email Ines by Friday.", FRI)]


def test_a_dateline_of_nouns_is_no_step() -> None:
    text = "Morning, Leeds depot, Saturday. " + _CALL + "Email Ines by Friday."
    assert _items(text) == [("Email Ines by Friday.", FRI)]


def test_a_verbless_goal_with_its_deadline_stays() -> None:
    text = _CALL + "Case study draft by Friday."
    assert _items(text) == [("Case study draft by Friday.", FRI)]


def test_so_then_a_date_in_a_later_clause_of_a_run_on_is_not_the_step_s() -> None:
    text = (
        "spoke with ines varga she runs planning at corvel she said buyers burn out "
        "so take the job with some salt she moves to the boston office next friday"
    )
    assert _items(text) == []
