"""`debrief ask` missed what `debrief search` found (qa43), as the `debrief` command shows it.
Real spaCy for the typed recaps, real models, real SQLite files."""

from __future__ import annotations

from pathlib import Path

from conftest import add_text, run_cli

WEEK = [
    (
        "Talked with Dana Ruiz, an engineering manager at Quillon Systems. She said the culture"
        " is collaborative. She said people leave by five and nobody works weekends. She likes the"
        " mentorship program.",
        "2026-11-30T10:00",
    ),
    (
        "Met Omar Haddad, a product designer at Quillon Systems. He said Quillon values"
        " transparency and open feedback.",
        "2026-12-01T10:00",
    ),
    (
        "Spoke with Lena Fox, a data analyst at Brightmoor. She said the quarter close is hectic."
        " She likes her manager. She said to learn SQL well before applying.",
        "2026-12-02T10:00",
    ),
    (
        "Called Raj Patel, a recruiter at Nimbus Bank. He said Nimbus is hiring two junior"
        " analysts in January. He said interviews include a case study.",
        "2026-12-03T10:00",
    ),
    (
        "Chatted with Kim Lee, a software engineer at Tidewell. She said the pay is below market."
        " She said the office has a great gym.",
        "2026-12-04T10:00",
    ),
]


def _week() -> None:
    for text, when in WEEK:
        add_text(text, when)


def test_ask_answers_a_topic_with_what_search_ranks_first(home: Path) -> None:
    """`search work life balance` ranked "She said people leave by five." first (cosine
    0.245, under the 0.25 of the closest notes), and `ask "work life balance"` said "No one
    has talked about this yet". Search's first picks on a topic question answer it. (Since
    pipeline 1.31 the retrained insight model files the bare "She said people leave by five."
    as no insight, so the recap says a little more: "... and nobody works weekends.")"""
    _week()
    code, out, err = run_cli("search", "work", "life", "balance")
    assert code == 0, err
    assert out.splitlines()[1].strip() == "She said people leave by five and nobody works weekends."
    code, out, err = run_cli("ask", "work life balance")
    assert code == 0, err
    assert "No one has talked about this" not in out, out
    assert "She said people leave by five and nobody works weekends." in out


def test_ask_about_a_company_by_its_first_word_gives_all_they_said(home: Path) -> None:
    """`ask "what is Quillon like to work at"` showed one note (Omar's values) and missed
    Dana's culture notes: "Quillon" alone did not name Quillon Systems, and the notes were
    far from "like to work at" in meaning. A coined word that starts a company's name names
    it, and a question about them in general words is answered with all they said."""
    _week()
    code, out, err = run_cli("ask", "what is Quillon like to work at")
    assert code == 0, err
    for said in (
        "She said the culture is collaborative.",
        "She said people leave by five and nobody works weekends.",
        "He said Quillon values transparency and open feedback.",
    ):
        assert said in out, out
    assert "Brightmoor" not in out and "Tidewell" not in out
