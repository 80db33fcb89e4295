"""What qa60 saw using debrief as a user after a week of calls, each as the `debrief` command
shows it. Real spaCy for the typed recaps, real SQLite files; the wordings are the tester's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import add_text, run_cli

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


# -- search and ask with the days swapped ---------------------------------------------------

#: A call of the tester's week, in their words: a contact, a company, a promise.
LENA = (
    "Talked to Lena Vogt, a data engineer at Zalando. She said pipelines break every Monday."
    " I need to send her my portfolio by Friday."
)


@pytest.mark.parametrize("command", ["search", "ask"])
def test_a_date_range_the_wrong_way_round_is_an_error(home: Path, command: str) -> None:
    """`search pipelines --since 2026-12-03 --until 2026-12-02` said "no results" and sent
    the user to try other words; it says the range is backwards, as `review` does."""
    add_text(LENA, "2026-12-02T10:00")
    code, out, err = run_cli(command, "pipelines", "--since", "2026-12-03", "--until", "2026-12-02")
    assert code == 1, out + err
    assert err.strip() == "error: --since 2026-12-03 is after --until 2026-12-02: swap them"
    code, out, err = run_cli(
        "search", "pipelines", "--since", "2026-12-02", "--until", "2026-12-02"
    )
    assert code == 0 and "Lena Vogt" in out, err  # one day, both ends included


# -- a name with no letter in it ------------------------------------------------------------


def _filed() -> list[dict[str, object]]:
    code, out, err = run_cli("list", "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(
    "args",
    [
        ["edit", "1", "--company", "'"],
        ["edit", "1", "--contact", "%"],
        ["rename", "company", "Zalando", "'"],
        ["rename", "person", "Lena Vogt", "..."],
        ["follow-up", "1", "--text", "'"],
    ],
)
def test_a_correction_to_a_name_with_no_letter_is_refused_at_once(
    home: Path, args: list[str]
) -> None:
    """`debrief edit 1 --company "'"` (a slip of the finger) never ended: the follow-ups'
    respelling looked for the new name's words, and a name with none matched everywhere
    without moving on. It is refused in one line, the debrief as it was."""
    add_text(LENA, "2026-12-02T10:00")
    before = _filed(), run_cli("todo", "--json")[1]
    code, out, err = run_cli(*args)
    assert code == 1, out + err
    assert err.startswith("error: ") and "has no letter or digit" in err and err.count("\n") == 1
    assert (_filed(), run_cli("todo", "--json")[1]) == before


@pytest.mark.parametrize("option", ["--contact", "--company"])
def test_add_refuses_a_name_with_no_letter_before_filing(home: Path, option: str) -> None:
    """`add --contact "'"` filed a contact named "'" and owed a thank-you note to "'"."""
    code, out, err = run_cli("add", "-y", "--text", LENA, option, "'")
    assert code == 2, out + err
    assert "has no letter or digit: give a name; see `debrief help add`" in err
    assert run_cli("list", "--json")[0] == 0 and not _filed()


def test_a_rename_to_no_name_filed_before_does_not_hang_the_respelling() -> None:
    """A knowledge base where such a name was already filed (before qa60) must still let
    every later command re-plan its follow-ups: the respelling skips that rename."""
    from debrief.store.respell import Fix, respell

    text = "I need to send Lena Vogt my portfolio."
    assert respell(text, [Fix("person", ["lena", "vogt"], "'")], {""}) == text
