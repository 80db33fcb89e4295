"""What qa55 saw using debrief on invented calls, each as the `debrief` command shows it.
Real spaCy for the typed recaps, real SQLite files."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import add_text, days_ago, run_cli


def _note(debrief_id: int) -> list[str]:
    code, out, err = run_cli("draft", "thanks", str(debrief_id))
    assert code == 0, err
    return out.splitlines()


def test_the_next_step_reads_as_a_promise_to_the_contact(home: Path) -> None:
    """The note to the contact said "My next step: I promised to send you the link to my
    portfolio.", a note to self (the calls are today's: no day they name has passed). It
    says the promise to them: "As promised, I will send you ...", "I will email you the deck
    by Friday.", "I will send you my resume."."""
    add_text(
        "Call with Nadia Ruiz, a recruiter at Harborline. She said the team is small and ships"
        " weekly. I promised to send her the link to my portfolio.",
        days_ago(0, "10:00"),
    )
    add_text(
        "Met Lena Voss, a VP at Kestrel. She said strategy matters. I need to email her the"
        " deck by Friday.",
        days_ago(0, "11:00"),
    )
    add_text(
        "Coffee with Omar Haddad, an engineer at Petrel. He said on-call is light. Next step:"
        " send him my resume.",
        days_ago(0, "12:00"),
    )
    add_text(
        "Met Tom Brandt, a manager at Osprey. He said hiring is slow. I'll send him my resume"
        " next week.",
        days_ago(0, "13:00"),
    )
    add_text(
        "Call with Ines Marto, a recruiter at Velda. She said the team is small. I told her"
        " I'd send her my writing samples this week.",
        days_ago(0, "14:00"),
    )
    add_text(
        "Met Rui Sousa, a designer at Quill. He said critique is weekly. Follow up with Rui in"
        " January about openings.",
        days_ago(0, "15:00"),
    )
    expected = {
        1: "As promised, I will send you the link to my portfolio.",
        2: "I will email you the deck by Friday.",
        3: "I will send you my resume.",
        4: "I'll send you my resume next week.",
        5: "As promised, I will send you my writing samples this week.",
        6: "I will follow up with you in January about openings.",
    }
    for debrief_id, line in expected.items():
        note = _note(debrief_id)
        assert line in note, note
        assert not any(x.startswith("My next step:") for x in note), note


def test_a_to_do_with_no_full_stop_ends_its_sentence_in_the_note(home: Path) -> None:
    """A checkbox to-do has no full stop ("- [ ] read the vendor checklist"); the note said
    "I will read the vendor checklist" and stopped there, mid-letter (seen by the lead at
    stop 40)."""
    add_text(
        "Call with Fiona Brack, operations director at Quayside Tools. She moved from"
        " logistics into ops after eight years.\n- [ ] read the vendor checklist",
        "2026-12-06T10:00",
    )
    note = _note(1)
    assert "I will read the vendor checklist." in note, note


GRACE = (
    "Zoom with Grace Okafor, a product designer at Tidewell. She said the benefits are"
    " generous, with four weeks of leave and a home office stipend. She offered to send me"
    " their portfolio guidelines."
)


def test_what_a_contact_offered_is_her_offers_not_her_notes(home: Path) -> None:
    """`ask "what did Grace offer"` listed her offer and then "1 contact ... talked about
    this" with her note on her company's benefits: the offers answer it. A note holding
    what the question asks beside the ledger ("about the portfolio") still joins; the
    company's benefits are still asked by "what benefits does Grace's company offer"."""
    add_text(GRACE, "2026-12-01T10:00")
    for question in ("what did Grace offer", "what was Grace's offer", "what did Grace offer me"):
        code, out, err = run_cli("ask", question)
        assert code == 0, err
        assert out.startswith("What they offered (open follow-ups)"), out
        assert "portfolio guidelines" in out, out
        assert "four weeks of leave" not in out and "talked about this" not in out, out
    code, out, err = run_cli("ask", "what benefits does Grace's company offer")
    assert code == 0, err
    assert "four weeks of leave" in out and "What they offered" not in out, out
    # a contact who offered nothing: her notes are at most the closest, said so
    add_text(
        "Coffee with Omar Haddad, an engineer at Petrel. He said the benefits include a"
        " learning budget.",
        "2026-12-02T10:00",
    )
    code, out, err = run_cli("ask", "what did Omar offer")
    assert code == 0, err
    assert out.startswith("No open follow-up answers this"), out
    assert "1 contact at 1 company talked about this" not in out, out


@pytest.mark.slow  # transcribes two files with Whisper
def test_add_of_several_files_asks_who_each_call_was_with_first(tmp_path: Path) -> None:
    """`debrief add a.opus b.opus` in a terminal asked nothing (only one file was asked
    about), so each name was left to Whisper. Each file is now asked about by its name, all
    before the first is transcribed; the answer is that file's alone, Enter skips one."""
    from tests.test_who import COMPANY, DEBRIEF, NAME, SAMPLE, Terminal, data_env, transcript

    other = SAMPLE.parent / "recap-graciela-montoya.opus"
    env = data_env(tmp_path)
    term = Terminal(env, "add", str(SAMPLE), str(other))
    term.expect(f"Who was the call in {SAMPLE.name} with?".encode(), 60)
    term.type(f"{NAME} at {COMPANY}\n".encode())
    term.expect(f"Who was the call in {other.name} with?".encode(), 60)
    assert b"starting" not in term.seen and b"transcrib" not in term.seen, term.seen
    term.type(b"\n")  # Enter: this one is left to Whisper and extraction
    term.expect(b"> ", 600)  # the first file's contact line: Enter accepts
    term.type(b"\n")
    term.seen = b""
    term.expect(b"> ", 600)  # the second's
    term.type(b"\n")
    assert term.wait(600) == 0, term.seen.decode(errors="replace")
    listed = subprocess.run(
        [*DEBRIEF, "list", "--json"], env=env, capture_output=True, text=True, check=True
    )
    rows = {str(r["original_name"] or ""): r for r in json.loads(listed.stdout) if "id" in r}
    shown = {
        name: json.loads(
            subprocess.run(
                [*DEBRIEF, "show", str(r["id"]), "--json"],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for name, r in rows.items()
    }
    asked, skipped = shown[SAMPLE.name], shown[other.name]
    assert asked["contact"] == NAME and asked["company"] == COMPANY, asked
    assert NAME in transcript(asked)
    assert skipped["contact"] != NAME and skipped["company"] != COMPANY, skipped


def test_ctrl_c_at_the_second_files_question_adds_nothing(tmp_path: Path) -> None:
    """Ctrl-C at the second file's question leaves before anything is copied or filed,
    the first file's answer included."""
    import time

    from tests.test_who import SAMPLE, Terminal, data_env

    other = SAMPLE.parent / "recap-graciela-montoya.opus"
    term = Terminal(data_env(tmp_path), "add", str(SAMPLE), str(other))
    term.expect(f"Who was the call in {SAMPLE.name} with?".encode(), 60)
    term.type(b"Tadeusz Wroblewski\n")
    term.expect(f"Who was the call in {other.name} with?".encode(), 60)
    time.sleep(0.5)  # as a person does (see tests/test_who.py's Ctrl-C test)
    term.type(b"\x03")
    term.expect(b"nothing was added", 30)
    assert term.wait(30) == 130
    recordings = tmp_path / "d" / "recordings"
    assert not recordings.exists() or not any(recordings.iterdir())
