"""What qa41 left and qa42 saw using the between-calls side over a month, each as the
`debrief` command shows it. Real spaCy for the typed recaps, real SQLite files."""

from __future__ import annotations

from pathlib import Path

from conftest import add_text, run_cli

LUCIA = (
    "Chatted with Lucia Ferraro, a recruiter at Brightline Freight. She said they promote from"
    " within a lot. Her advice was to tailor my resume to logistics."
)
LUCIA_AGAIN = (
    "Follow-up call with Lucia Ferraro, recruiter at Brightline Freight. She said the team"
    " values people who ask questions. I need to send Lucia Ferraro my tailored resume by"
    " Monday."
)


def test_add_summary_shows_the_renamed_spelling_as_todo_does(home: Path) -> None:
    """After `rename person "Lucia Ferraro" "Lucia Ferrari"`, a new call said with the old
    spelling printed "follow-up: I need to send Lucia Ferraro my ..." right after filing,
    while `todo` said "Lucia Ferrari" for the same item. The summary agrees with `todo`."""
    add_text(LUCIA, "2026-12-03T13:00")
    assert run_cli("rename", "person", "Lucia Ferraro", "Lucia Ferrari")[0] == 0
    code, out, err = run_cli("add", "-y", "--text", LUCIA_AGAIN, "--when", "2026-12-04T15:00")
    assert code == 0, err
    (line,) = [x for x in out.splitlines() if x.strip().startswith("follow-up:")]
    assert "send Lucia Ferrari my tailored resume" in line, out
    assert "Ferraro" not in out, out
    code, todo, err = run_cli("todo")
    assert code == 0, err
    assert "send Lucia Ferrari my tailored resume" in todo


def test_process_of_a_filed_call_says_why_there_is_nothing_to_do(home: Path) -> None:
    """`debrief process 1` for a call already filed said only "nothing to process": the
    user could not tell a typo from a call that needs nothing. It says the call is filed and
    what runs it again; a bare `process` with nothing queued keeps its one line."""
    add_text(LUCIA, "2026-12-03T13:00")
    code, out, err = run_cli("process", "1")
    assert code == 0, err
    assert "#1 is already filed" in out and "`debrief reextract 1`" in out, out
    assert "nothing to process" not in out
    assert "--retranscribe" not in out  # a typed recap has no audio to transcribe again
    code, out, _ = run_cli("process")
    assert code == 0 and out.strip() == "nothing to process"
