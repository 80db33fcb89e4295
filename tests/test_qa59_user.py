"""Three rough edges qa57 and qa58 left, each as the `debrief` command shows it. Real spaCy
for the typed recaps, real SQLite files, real tiny.en for the audio."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from conftest import add_text, run_cli

ANA = "Talked to Ana Ruiz, a designer at Figma. She said the culture is calm."
KENJI = "Call with Kenji Sato, an engineer at Plaid. He said the team ships daily."
LEE = "Call with Lee Park, an engineer at Plaid. He said the team ships weekly."


def test_a_rename_into_a_name_on_file_says_it_merged(home: Path) -> None:
    """`rename company Figma Plaid`, Plaid already on file with two calls, made them one
    company and said "merged company Figma -> Plaid": read as a rename. It says what
    `merge` says, and what the new name already held; a rename to a new name is as it was."""
    for recap in (ANA, KENJI, LEE):
        add_text(recap, "2026-12-01")
    code, out, err = run_cli("rename", "company", "Figma", "Plaid")
    assert code == 0, err
    assert out == "merged company Figma into Plaid, already on file: 2 calls\n", out
    code, out, err = run_cli("rename", "person", "Kenji Sato", "Lee Park")
    assert code == 0, err
    assert out == "merged person Kenji Sato into Lee Park, already on file: 1 call\n", out
    code, out, err = run_cli("rename", "company", "Plaid", "Plaid Inc")
    assert code == 0 and out == "renamed company Plaid -> Plaid Inc\n", (out, err)
    code, out, _ = run_cli("companies", "--json")
    assert [c["name"] for c in json.loads(out)] == ["Plaid Inc"], out


def test_the_contact_line_keeps_a_title_said_with_the_company(tmp_path: Path) -> None:
    """At the line after a recap is filed, "Ana Ruiz, lead designer at Canva" filed Canva
    and dropped "lead designer": the title is kept, as the contact / title / company line
    would have it."""
    from test_qa57_user import _confirmed

    seen, row = _confirmed(tmp_path, ANA, "Ana Ruiz, a lead designer at Canva")
    assert (row["contact"], row["title"], row["company"]) == (
        "Ana Ruiz",
        "lead designer",
        "Canva",
    ), row
    assert "#1 corrected: Ana Ruiz / lead designer / Canva" in seen, seen


@pytest.mark.slow  # transcribes with Whisper
def test_the_question_keeps_a_title_said_with_the_company(tmp_path: Path) -> None:
    """ "Who was the call with?" answered "Tadeusz Wroblewski, dispatch lead at Kestrel
    Freight" filed the name and company and dropped the title (the contact line showing
    the one extraction found, "head of logistics"): the user's title is filed, and kept
    by `debrief reextract`."""
    import subprocess

    from tests.test_who import COMPANY, DEBRIEF, NAME, SAMPLE, Terminal, data_env, filed

    env = data_env(tmp_path)
    term = Terminal(env, "add", str(SAMPLE))
    term.expect(b"Who was the call with?", 120)
    term.type(f"{NAME}, dispatch lead at {COMPANY}\n".encode())
    term.expect(b"> ")
    assert f"{NAME} / dispatch lead / {COMPANY}".encode() in term.seen, term.seen
    term.type(b"\n")
    assert term.wait() == 0, term.seen.decode(errors="replace")
    row = filed(env)
    assert (row["contact"], row["title"], row["company"]) == (NAME, "dispatch lead", COMPANY)
    subprocess.run([*DEBRIEF, "reextract", "--all"], env=env, capture_output=True, check=True)
    assert filed(env)["title"] == "dispatch lead"


def _minutes_ago(stamp: str, minutes: int) -> bool:
    """Whether ``stamp`` is ``minutes`` before now (to the minute, a minute's slack)."""
    back = datetime.now() - datetime.fromisoformat(stamp)
    return abs(back - timedelta(minutes=minutes)) <= timedelta(minutes=2)


@pytest.mark.parametrize(("when", "minutes"), [("2 hours ago", 120), ("30 minutes ago", 30)])
def test_when_hours_or_minutes_ago_is_read(home: Path, when: str, minutes: int) -> None:
    """`add --when "2 hours ago"` said "'2 hours ago' is not a date"; so did `edit` and
    `search --since`. It is that moment (a time said: one moment, not a day alone)."""
    code, _, err = run_cli("add", "-y", "--text", KENJI, "--when", when)
    assert code == 0, err
    code, out, _ = run_cli("list", "--json")
    assert _minutes_ago(json.loads(out)[0]["recorded_at"], minutes), out
    code, _, err = run_cli("edit", "1", "--when", "an hour ago")
    assert code == 0, err
    code, out, _ = run_cli("list", "--json")
    assert _minutes_ago(json.loads(out)[0]["recorded_at"], 60), out
    code, out, err = run_cli("search", "ships", "--since", "90 minutes ago")
    assert code == 0 and "Kenji Sato" in out, (out, err)
    code, out, err = run_cli("search", "ships", "--since", "in the last 30 minutes")
    assert "Kenji Sato" not in out, out
