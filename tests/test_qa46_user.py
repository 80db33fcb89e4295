"""What qa46 saw using the `debrief` command between calls, each as the command shows it.
Real spaCy for the typed recaps, real SQLite files."""

from __future__ import annotations

from pathlib import Path

from conftest import add_text, run_cli

NADIA = (
    "Just spoke with Nadia Okoro, a data engineer at Quillfield. She said the culture is calm"
    " and everyone writes things down. I need to send Nadia my writing sample by Friday."
)


def _moved_line(out: str) -> str:
    (line,) = [x for x in out.splitlines() if "#1 I need" in x]
    return line


def test_company_person_and_prep_say_the_due_date_the_user_moved(home: Path) -> None:
    """`follow-up 1 --due 2026-12-09` moved "... writing sample by Friday" to Wednesday;
    `todo` then said "by Wednesday, December 9" but `company` and `person` still showed
    "by Friday. (due 2026-12-09)". Each view says the date the ledger holds, as todo does."""
    add_text(NADIA, "2026-12-02T10:00")
    code, _, err = run_cli("follow-up", "1", "--due", "2026-12-09")
    assert code == 0, err
    for args in (("company", "Quillfield"), ("person", "Nadia Okoro"), ("prep", "Quillfield")):
        code, out, err = run_cli(*args)
        assert code == 0, err
        line = _moved_line(out)
        assert "writing sample by Wednesday, December 9." in line, (args, line)
        assert "Friday" not in line, (args, line)
    for args in (("company", "Quillfield", "--json"), ("person", "Nadia Okoro", "--json")):
        code, out, err = run_cli(*args)
        assert code == 0, err
        assert '"I need to send Nadia my writing sample by Wednesday, December 9."' in out, args
