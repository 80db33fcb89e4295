"""What qa53 saw using debrief on invented calls, each as the `debrief` command shows it.
Real spaCy for the typed recaps, real SQLite files."""

from __future__ import annotations

from pathlib import Path

from conftest import add_text, run_cli

ODILE = (
    "Zoom with Odile Ferrant, a product manager at Brackwater Labs. She said the benefits are"
    " great, with a generous parental leave and a learning budget. Her advice was to study"
    " pricing."
)
TEODOR = (
    "Met Teodor Vasko, a staff engineer at Pellucid. He's going to share his notes from the"
    " design loop. I want to ask him about mentoring."
)


def test_ask_about_a_company_on_file_that_nothing_answers_says_so_first(home: Path) -> None:
    """`ask "what benefits does Pellucid offer"` (a call with Pellucid on file, nothing in it
    about benefits) answered "1 contact at 1 company talked about this" above Brackwater
    Labs' notes, as if they were Pellucid's. It says first that nothing from Pellucid
    answers, then labels the other notes as from elsewhere; a question nothing answers at
    all says the same, without "did you mean Pellucid?" for "Pellucid's"."""
    add_text(ODILE, "2026-11-21T11:00")
    add_text(TEODOR, "2026-12-05T13:00")
    code, out, err = run_cli("ask", "what benefits does Pellucid offer")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Nothing from Pellucid on this yet.", out
    assert lines[1].startswith("Elsewhere, 1 contact at 1 company"), out
    assert "Brackwater Labs" in out and "talked about this (closest first)" not in out, out
    code, out, err = run_cli("ask", "what is Pellucid's culture like")
    assert code == 0, err
    assert out.splitlines()[0] == "Nothing from Pellucid on this yet.", out
    assert "did you mean" not in out and "No one has talked" not in out, out
    code, out, err = run_cli("ask", "what benefits do they offer")  # no name: as before
    assert code == 0, err
    assert "Nothing from" not in out and "Brackwater Labs" in out, out


def test_review_says_which_week_on_the_page_not_on_stderr(home: Path) -> None:
    """`review --week` alone printed "this is in week 2026-W50 (...)" on stderr, and `--week
    2026-11-12` "2026-11-12 is in week 2026-W46": a line apart from the page (lost in a
    pipe or an -o file), reading oddly for "this". The page's own subtitle says it, in
    every format: "This week: ...", "The week of Thu 12 Nov: ..."."""
    add_text(ODILE, "2026-11-12T11:00")
    code, out, err = run_cli("review", "--week", "--format", "markdown")
    assert code == 0 and err == "", err
    assert out.splitlines()[2].startswith("*This week: "), out
    code, out, err = run_cli("review", "--week", "2026-11-12", "--format", "markdown")
    assert code == 0 and err == "", err
    assert "*The week of Thu 12 Nov: Mon 09 Nov – Sun 15 Nov 2026 · as of" in out, out
    code, out, err = run_cli("review", "--week", "2026-W46", "--format", "html")
    assert code == 0 and err == "", err
    assert '<div class="sub">Mon 09 Nov – Sun 15 Nov 2026 · as of' in out, out
