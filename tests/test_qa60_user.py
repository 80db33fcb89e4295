"""What qa60 saw using debrief as a user after a week of calls, each as the `debrief` command
shows it. Real spaCy for the typed recaps, real SQLite files; the wordings are the tester's."""

from __future__ import annotations

from pathlib import Path

import pytest

from debrief.who_said import read_who


@pytest.mark.parametrize(
    ("answer", "who"),
    [
        ("Ana Ruiz, designer", ("Ana Ruiz", "designer", None)),
        ("ana ruiz, a product designer", ("Ana Ruiz", "product designer", None)),
        ("Ana Ruiz (data engineer)", ("Ana Ruiz", "data engineer", None)),
        ("Ana Ruiz, head of research", ("Ana Ruiz", "head of research", None)),
        ("Ana Ruiz, VP Sales", ("Ana Ruiz", "VP Sales", None)),
        ("Ana Ruiz, Figma, designer", ("Ana Ruiz", "designer", "Figma")),
        ("Ana Ruiz, Acme Health", ("Ana Ruiz", None, "Acme Health")),
        ("Ana Ruiz, Designer Fund", ("Ana Ruiz", None, "Designer Fund")),
    ],
)
def test_a_name_and_a_bare_title_files_no_company(answer: str, who: tuple[str | None, ...]) -> None:
    """The question before a recording ("Who was the call with?") and the contact line after
    a recap is filed read "Ana Ruiz, designer" as the contact Ana Ruiz at the company
    "Designer". A part that is a job title (its head word one of the title heads extraction
    reads, pipelines/contact_patterns.toml) is the title; a company is still a company."""
    assert tuple(read_who(answer)) == who


def test_the_contact_line_takes_a_name_and_a_bare_title(tmp_path: Path) -> None:
    """End to end at the contact line: the title corrected, the company as extraction found
    it (here none), no company named "Nurse"."""
    from tests.test_qa57_user import _confirmed

    seen, row = _confirmed(
        tmp_path, "Met Joel Brandt today. He said night shifts wear you down.", "Joel Brandt, nurse"
    )
    assert row["contact"] == "Joel Brandt" and row["title"] == "nurse", row
    assert not row["company"], row
    assert "Nurse" not in seen, seen
