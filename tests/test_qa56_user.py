"""What qa56 saw using debrief on invented calls, each as the `debrief` command shows it.
Real spaCy for the typed recaps, real SQLite files."""

from __future__ import annotations

from pathlib import Path

from conftest import add_text, run_cli


def _note(debrief_id: int) -> list[str]:
    code, out, err = run_cli("draft", "thanks", str(debrief_id))
    assert code == 0, err
    return out.splitlines()


def test_a_note_drafted_late_promises_no_day_that_has_passed(home: Path) -> None:
    """A call on Monday November 30 ("I need to send her my resume by Friday") drafted
    after Friday December 4 wrote "I will send you my resume by Friday, December 4.": a
    promise of a day gone. The passed date is left out; a step with no date keeps its
    words, and one due later than today keeps its date."""
    add_text(
        "Call with Marta Quell, a recruiter at Brightwater. She said the team is small and"
        " ships weekly. I need to send her my resume by Friday.",
        "2026-11-30T10:00",
    )
    add_text(
        "Met Jonas Feld, a manager at Tarnwick. He said hiring is slow. I'll email him the"
        " deck on December 2.",
        "2026-11-30T11:00",
    )
    add_text(
        "Coffee with Priya Lal, an engineer at Corvid. She said on-call is light. I'll send"
        " her my portfolio by December 30, 2099.",
        "2026-11-30T12:00",
    )
    first, second, third = _note(1), _note(2), _note(3)
    assert "I will send you my resume." in first, first
    assert not any("December 4" in line or "Friday" in line for line in first), first
    assert "I'll email you the deck." in second, second
    assert not any("December 2" in line for line in second), second
    assert any("December 30" in line for line in third), third
