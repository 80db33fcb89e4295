"""What qa41 left and qa42 saw using the between-calls side over a month, each as the
`debrief` command shows it. Real spaCy for the typed recaps, real SQLite files."""

from __future__ import annotations

from pathlib import Path

import pytest
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


DANA = (
    "Quick call with Dana Kowalczyk, a data engineer at Brightline Freight. She said the"
    " culture is scrappy and people leave by five. She'll send me the job posting for the"
    " junior analyst role. I should apply before the end of the month."
)


@pytest.mark.usefixtures("filed_soon_after")
def test_a_dismissed_item_is_not_shown_as_done(home: Path) -> None:
    """`dismiss` (an item the user will not do) was exported as "- [x]" and listed by
    `person` as "[x]", exactly like one done: the export disagreed with what the user said.
    Dismissed reads as dismissed; done stays ticked."""
    add_text(DANA, "2026-11-06T11:30")
    code, todo, _ = run_cli("todo")
    offer = next(x for x in todo.splitlines() if "job posting" in x)
    offer_id = offer.split()[0].lstrip("#")
    thanks = next(x for x in todo.splitlines() if "thank-you note" in x)
    thanks_id = thanks.split()[0].lstrip("#")
    assert run_cli("dismiss", offer_id)[0] == 0
    assert run_cli("done", thanks_id)[0] == 0
    export = home / "e.md"
    assert run_cli("export", "-o", str(export))[0] == 0
    text = export.read_text(encoding="utf-8")
    (line,) = [x for x in text.splitlines() if "job posting" in x and x.startswith("- ")]
    assert "[x]" not in line and "(dismissed)" in line, line
    assert "- [x] Send a thank-you note to Dana Kowalczyk" in text
    code, out, err = run_cli("person", "Dana Kowalczyk")
    assert code == 0, err
    (line,) = [x for x in out.splitlines() if "job posting" in x]
    assert "[x]" not in line and "(dismissed)" in line, line


TOMASZ = (
    "Second call with Tomasz Wierzbicki from Octavia Health. His advice was to practise"
    " writing one-page specs. He'll introduce me to the hiring manager, Priyanka Desai."
    " I need to send Tomasz my updated resume by Wednesday."
)


def test_thanks_for_an_offered_introduction_does_not_promise_to_reach_out(home: Path) -> None:
    """Tomasz offered to introduce the user to Priyanka Desai; the note said "Thank you
    also for suggesting I reach out to Priyanka Desai; I will.", thanking him for a
    suggestion he did not make. It thanks him for the offer."""
    add_text(TOMASZ, "2026-11-24T17:15")
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert "Thank you also for offering to introduce me to Priyanka Desai." in out, out
    assert "suggesting I reach out" not in out


def test_ask_flags_what_is_overdue_as_todo_does(home: Path) -> None:
    """`ask "what do I owe Tomasz"` listed a thank-you note due weeks ago as "due
    2026-11-25", while `todo` flagged the same item overdue: the answer hid that it was late."""
    add_text(TOMASZ, "2026-11-24T17:15")
    code, todo, err = run_cli("todo")
    assert code == 0, err
    late = {x.split()[0] for x in todo.splitlines() if "overdue" in x}
    assert late, todo
    code, out, err = run_cli("ask", "what do I owe Tomasz")
    assert code == 0, err
    items = [x for x in out.splitlines() if x.strip().startswith("#")]
    assert items, out
    for line in items:
        assert ("overdue" in line) == (line.split()[0] in late), line


RENATA = (
    "Talked to Renata Osei, a UX designer at Octavia Health, Tomasz referred me. Her advice"
    " was to build a portfolio around healthcare problems. I will send Renata a thank you"
    " tomorrow. I need to send Renata my portfolio link by Friday."
)


def test_the_thank_you_note_does_not_announce_itself_as_the_next_step(home: Path) -> None:
    """With "I will send Renata a thank you" spoken, the note ended "My next step: I will
    send you a thank you ...", inside the thank-you itself. The next step is the next
    follow-up that is not the thank-you."""
    add_text(RENATA, "2030-11-12T09:00")  # a Friday still to come (qa44: a past one is dated)
    code, out, err = run_cli("draft", "thanks", "1")
    assert code == 0, err
    assert "send you a thank you" not in out, out
    assert "I will send you my portfolio link by Friday." in out, out


def test_person_says_a_referral_was_reached_out_to_as_people_does(home: Path) -> None:
    """After `done` on "Reach out to Priyanka Desai", `people` and `prep` said "reached
    out" while `person "Priyanka Desai"` still read as if nothing had happened."""
    add_text(TOMASZ, "2026-11-24T17:15")
    code, todo, _ = run_cli("todo")
    reach = next(x for x in todo.splitlines() if "Reach out to Priyanka Desai" in x)
    assert run_cli("done", reach.split()[0].lstrip("#"))[0] == 0
    code, people, _ = run_cli("people")
    assert "reached out" in people
    code, out, err = run_cli("person", "Priyanka Desai")
    assert code == 0, err
    (line,) = [x for x in out.splitlines() if "referred by" in x]
    assert "reached out" in line and "no call yet" in line, out
