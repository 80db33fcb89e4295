"""What qa50 saw using the `debrief` command, each as the command shows it. Real spaCy for
the typed recaps, real SQLite files."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import add_text, run_cli

SOLVEIG = (
    "Just talked to Solveig Marchetti, a supply planner at Brannock Foods. She said the"
    " culture is quiet and everyone writes things down. She suggested I reach out to Emeka"
    " Adeyemi, who runs procurement at Brannock."
)


def test_review_week_takes_a_date_and_says_which_week(home: Path) -> None:
    """`review --week 2026-11-30` was refused ("not an ISO week"): a user who gives a date
    means the week holding it. The review says which Monday-Sunday week it read."""
    add_text(SOLVEIG, "2026-12-02T10:00")
    code, out, err = run_cli("review", "--week", "2026-12-03", "--format", "markdown")
    assert code == 0, err
    assert "2026-W49" in out and "Mon 30 Nov – Sun 06 Dec 2026" in out, out
    assert "Solveig Marchetti" in out
    assert "2026-12-03 is in week 2026-W49 (Mon 30 Nov – Sun 06 Dec 2026)" in err, err
    code, out, err = run_cli("review", "--week", "2026-11-30", "--format", "markdown")
    assert code == 0, err
    assert "2026-W49" in out and "Solveig Marchetti" in out


def test_review_week_at_the_years_edge(home: Path) -> None:
    """A date at the year's edge belongs to its ISO week: 2027-01-01 (a Friday) is in
    2026-W53, Monday 28 December to Sunday 3 January."""
    code, out, err = run_cli("review", "--week", "2027-01-01", "--format", "markdown")
    assert code == 0, err
    assert "2026-W53" in out and "Mon 28 Dec – Sun 03 Jan 2027" in out, out


def test_review_week_refuses_nonsense_in_one_line(home: Path) -> None:
    """Neither a week nor a date: one line naming both forms, no traceback."""
    for bad in ("2026-13-45", "soon", "2026-W60"):
        code, out, err = run_cli("review", "--week", bad)
        assert code != 0
        message = (out + err).strip()
        assert "Traceback" not in message and len(message.splitlines()) == 1, message
        assert "--week" in message, message
