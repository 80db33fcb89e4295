"""`debrief todo` names the year of a due date that is not this year's (stop 44, by hand):
"I need to send him my resume by December 30, <next year>" was listed "due Thu 30 Dec",
read as this month's; a date of this year keeps the short form. Real CLI, real spaCy,
real SQLite; the call is filed today by the clock `todo` reads."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import run_cli


def test_a_due_date_of_another_year_shows_its_year(home: Path) -> None:
    today = date.today()
    later = date(today.year + 1, 12, 30)
    text = (
        "Talked with Ilse Varga, a grants officer at Kettle Creek Trust, for twenty minutes. "
        f"She moved over from county budgeting. I need to send her my writing sample by "
        f"December 30, {later.year}."
    )
    code, _, err = run_cli("add", "--text", text, "--when", f"{today}T09:00", "-y")
    assert code == 0, err
    _, out, _ = run_cli("todo")
    (line,) = [x for x in out.splitlines() if "writing sample" in x]
    assert f"due {later:%a %d %b %Y}" in line, line


def test_a_due_date_of_this_year_keeps_the_short_form(home: Path) -> None:
    today = date.today()
    text = (
        "Talked with Ilse Varga, a grants officer at Kettle Creek Trust, for twenty minutes. "
        "She moved over from county budgeting. I need to send her my writing sample today."
    )
    code, _, err = run_cli("add", "--text", text, "--when", f"{today}T09:00", "-y")
    assert code == 0, err
    _, out, _ = run_cli("todo")
    (line,) = [x for x in out.splitlines() if "writing sample" in x]
    assert "due today" in line and f"{today.year}" not in line, line
