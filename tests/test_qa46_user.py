"""What qa46 saw using the `debrief` command between calls, each as the command shows it.
Real spaCy for the typed recaps, real SQLite files."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import add_text, run_cli

NADIA = (
    "Just spoke with Nadia Okoro, a data engineer at Quillfield. She said the culture is calm"
    " and everyone writes things down. I need to send Nadia my writing sample by Friday."
)


def _moved_line(out: str) -> str:
    (line,) = [x for x in out.splitlines() if "#1 I need" in x]  # ask: "  #1 I need ..."
    return line


def test_company_person_and_prep_say_the_due_date_the_user_moved(home: Path) -> None:
    """`follow-up 1 --due 2026-12-09` moved "... writing sample by Friday" to Wednesday;
    `todo` then said "by Wednesday, December 9" but `company`, `person` and `ask "what do I
    owe Nadia"` still showed "by Friday. (due 2026-12-09)". Each view says the date the
    ledger holds, as todo does."""
    add_text(NADIA, "2026-12-02T10:00")
    code, out, err = run_cli("follow-up", "1", "--due", "2026-12-09")
    assert code == 0, err
    # the confirmation says the date it set, not the recap's "by Friday" beside it
    assert "writing sample by Wednesday, December 9. (due 2026-12-09)" in out, out
    views = (
        ("company", "Quillfield"),
        ("person", "Nadia Okoro"),
        ("prep", "Quillfield"),
        ("ask", "what do I owe Nadia"),
    )
    for args in views:
        code, out, err = run_cli(*args)
        assert code == 0, err
        line = _moved_line(out)
        assert "writing sample by Wednesday, December 9." in line, (args, line)
        assert "Friday" not in line, (args, line)
    for args in (("company", "Quillfield", "--json"), ("person", "Nadia Okoro", "--json")):
        code, out, err = run_cli(*args)
        assert code == 0, err
        assert '"I need to send Nadia my writing sample by Wednesday, December 9."' in out, args


def test_ask_about_a_company_that_said_nothing_on_it_marks_the_others_as_elsewhere(
    home: Path,
) -> None:
    """`ask "how do promotions work at Canva"`, Canva's one call saying nothing on promotions,
    listed Ledgerline's and Brightpath's notes on promotions as "2 contacts at 2 companies
    talked about this", read as the answer about Canva. It says nothing from Canva is on
    file and shows the others as notes from elsewhere (`--json`: answered false, elsewhere);
    a company that did say something on it is the answer alone."""
    add_text(
        "Just had a call with Priya Raman, a product designer at Canva. She said the office"
        " has a huge kitchen and a rooftop garden.",
        "2026-11-20T10:00",
    )
    add_text(
        "Spoke with Tom Becker, a data analyst at Ledgerline. He said promotions there are"
        " slow and mostly depend on tenure.",
        "2026-11-23T10:00",
    )
    add_text(
        "Talked with Ana Silva, an engineer at Brightpath. She said people get promoted fast"
        " if they lead a project.",
        "2026-11-25T10:00",
    )
    code, out, err = run_cli("ask", "how do promotions work at Canva")
    assert code == 0, err
    lines = [x for x in out.splitlines() if x.strip()]
    assert lines[0] == "Nothing from Canva on this yet.", out
    assert lines[1].startswith("Elsewhere, "), out
    assert "talked about this (closest first)" not in out, out
    assert "promotions there are slow" in out and "promoted fast" in out, out
    code, out, err = run_cli("ask", "how do promotions work at Canva", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["elsewhere"] == ["Canva"] and data["answered"] is False, data
    code, out, err = run_cli("ask", "how do promotions work at Ledgerline", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert [g["company"] for g in data["companies"]] == ["Ledgerline"], data
    assert data["elsewhere"] == [] and data["answered"] is True, data
