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


def _recap(subject: str, possessive: str, verb: str) -> str:
    return (
        f"Zoom with Rune Aalto, a product manager at Kettle & Finch. {subject} said the PM"
        f" team reports to the CEO. {subject} offered to send me the template"
        f" {subject.lower()} {verb} for roadmaps. {possessive} advice was to study pricing."
    )


def test_thanks_speaks_to_a_contact_called_they_as_to_he_or_she(home: Path) -> None:
    """A contact the recap calls "they" stayed "they" in the note written to them ("thank
    you for offering to send me the template they use", "- They said the PM team...").
    Singular they is "you" as he and she are; with "she", a "they" for the company stays."""
    add_text(_recap("They", "Their", "use"), "2026-12-02T10:00")
    add_text(_recap("She", "Her", "uses"), "2026-12-03T10:00")
    add_text(
        "Call with Ilse Brandt, a data engineer at Vantor. She offered to send me the checklist"
        " they give new hires. Her advice was to learn Airflow.",
        "2026-12-04T10:00",
    )
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert "And thank you for offering to send me the template you use for roadmaps." in out
    assert "- Your advice was to study pricing." in out, out
    assert "they" not in out.lower().replace("thank", ""), out
    code, out, err = run_cli("draft", "thanks", "2")
    assert code == 0, err
    assert "the template you use for roadmaps." in out, out
    code, out, err = run_cli("draft", "thanks", "3")
    assert code == 0, err
    assert "for offering to send me the checklist they give new hires." in out, out
