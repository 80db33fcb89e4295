"""A simulated month of a nurse moving into health informatics (QA, session 25): each
friction found, as the `debrief` command shows it. Real SQLite files, real spaCy for typed
recaps (the recaps here are typed: the frictions are in filing, not in speech).
"""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli

ROSA_TWICE = (
    "Talked to Rosa Delgado, a nurse informaticist at Kaiser Permanente. She will send me the"
    " list of open roles. The team runs a weekly huddle with frontline nurses."
    " She will send me the list of open roles."
)


def test_an_offer_said_twice_is_filed_once_and_the_add_succeeds(home: Path) -> None:
    """A memo that repeats "she will send me ..." word for word (a 20-minute ramble does)
    failed the whole add with `UNIQUE constraint failed: follow_ups.debrief_id,
    follow_ups.habit_key`, and left the call without its thank-you and stay-in-touch items."""
    code, out, err = run_cli("add", "--text", ROSA_TWICE, "--when", "2026-11-20T10:00", "-y")
    assert code == 0, err
    assert "UNIQUE" not in err
    code, out, _ = run_cli("todo")
    assert code == 0
    assert out.count("She will send me the list of open roles.") == 1
    assert "Send a thank-you note to Rosa Delgado" in out
    assert "Stay in touch with Rosa Delgado" in out
    # and the ledger stays whole through a reextract
    code, _, err = run_cli("reextract", "--all")
    assert code == 0, err
    _, again, _ = run_cli("todo")
    assert again.count("She will send me the list of open roles.") == 1
