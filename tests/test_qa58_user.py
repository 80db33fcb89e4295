"""The rough edges qa57 left, each as the `debrief` command shows it. Real spaCy for the
typed recaps, real SQLite files."""

from __future__ import annotations

import json
import wave
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import add_text, run_cli

KENJI = "Call with Kenji Sato, an engineer at Plaid. He said the team ships daily."


def test_a_home_that_is_a_file_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """DEBRIEF_HOME naming a file said "cannot read settings file .../settings.toml:
    [Errno 20] Not a directory"; it says the home is not a directory."""
    not_a_home = tmp_path / "notes.txt"
    not_a_home.write_text("mine\n")
    for home, inside in ((not_a_home, ""), (not_a_home / "debrief", f" ({not_a_home} is a file)")):
        monkeypatch.setenv("DEBRIEF_HOME", str(home))
        for args in (("list",), ("add", "-y", "--text", KENJI)):
            code, out, err = run_cli(*args)
            assert code == 1, (args, out)
            assert err == (
                f"error: DEBRIEF_HOME {home} is not a directory{inside}; point it at a directory\n"
            ), err
    assert not_a_home.read_text() == "mine\n"


def test_a_missing_home_is_said_not_made_by_a_reading_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Any command on a missing DEBRIEF_HOME made it, so a typo showed an empty knowledge
    base ("no debriefs yet"). A reading or correcting command says there is no home there
    and makes nothing; filing (`add`) makes it as before."""
    typo = tmp_path / "debreif"
    monkeypatch.setenv("DEBRIEF_HOME", str(typo))
    for args in (
        ("list",),
        ("search", "culture"),
        ("people",),
        ("todo",),
        ("edit", "1", "--company", "Plaid"),
    ):
        code, out, err = run_cli(*args)
        assert code == 1 and out == "", (args, out)
        assert err == (
            f"error: no data home at {typo} (DEBRIEF_HOME): nothing is filed there; check the"
            " path, or file a first call with `debrief add`\n"
        ), (args, err)
        assert not typo.exists(), args
    code, out, err = run_cli("add", "-y", "--text", KENJI)
    assert code == 0 and typo.is_dir(), err
    code, out, err = run_cli("list")
    assert code == 0 and "Kenji Sato" in out, err


def _silence(path: Path) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\0\0" * 16000 * 3)
    return path


def test_process_of_one_silent_recording_says_it_once(home: Path, tmp_path: Path) -> None:
    """`process 1` of a silent recording said "error: #1: no speech detected..." and then
    "processed 1: 0 filed, 1 failed / #1 failed: no speech detected...": one line now,
    with what to run."""
    code, _, err = run_cli("add", "-y", str(_silence(tmp_path / "quiet.wav")))
    assert code == 1 and "no speech" in err
    code, out, err = run_cli("process", "1")
    assert code == 1
    assert out == "", out
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: #1: no speech"), err
    assert "`debrief delete 1`" in lines[0], err


def test_insight_moved_to_its_own_category_says_already(home: Path) -> None:
    """`insight 1 --category culture` of a culture insight printed "culture -> culture"."""
    add_text(KENJI, "2026-12-01T10:00")
    code, out, err = run_cli("show", "1", "--json")
    rows = json.loads(out)["insights"]
    first = rows[0]
    category = first["category"]
    code, out, err = run_cli("insight", str(first["id"]), "--category", category)
    assert code == 0, err
    assert out.startswith(f"insight #{first['id']}: already {category}: "), out
    assert "->" not in out
    other = "advice" if category != "advice" else "culture"
    code, out, err = run_cli("insight", str(first["id"]), "--category", other)
    assert code == 0 and f"{category} -> {other}" in out, out


def test_follow_up_due_in_the_past_is_said(home: Path) -> None:
    """`follow-up ID --due yesterday` set a past date without a word: it is set (a
    follow-up recorded late is overdue) and the line says the date is past."""
    add_text(
        "Talked to Ana Ruiz, a designer at Figma. I will send her my portfolio by Friday.",
        "2026-12-01T10:00",
    )
    code, out, err = run_cli("todo", "--json")
    fid = next(int(r["id"]) for r in json.loads(out) if "portfolio" in str(r.get("text")))
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    code, out, err = run_cli("follow-up", str(fid), "--due", "yesterday")
    assert code == 0, err
    assert f"(due {yesterday}); that date is past: it is overdue in `debrief todo`" in out, out
    later = (date.today() + timedelta(days=14)).isoformat()
    code, out, err = run_cli("follow-up", str(fid), "--due", later)
    assert code == 0 and out.rstrip().endswith(f"(due {later})"), out


def test_prep_and_person_take_a_misspelt_first_name(home: Path) -> None:
    """`prep kenjy` said "no contact or company matching 'kenjy'; closest: Kenji Sato"
    (the whole name's score compares "kenjy" with "kenjisato") where "kenji saato" was
    taken: a one-word name is also read against first names, marked as the closest match.
    A company's words are not: "Plaidd" alone is still the company's own rule."""
    add_text(KENJI, "2026-12-01T10:00")
    for command in ("prep", "person"):
        code, out, err = run_cli(command, "kenjy")
        assert code == 0, (command, err)
        assert "Kenji Sato" in out.splitlines()[0], (command, out)
        assert "closest match for 'kenjy'" in out.splitlines()[0], (command, out)
    code, out, err = run_cli("prep", "Zorblax")
    assert code == 1 and "no contact or company matching 'Zorblax'" in err, err


def test_search_of_a_category_word_finds_what_the_company_filter_found(home: Path) -> None:
    """`search culture --company Plaid` found Kenji's "He said the team ships daily." (filed
    under Culture, cosine 0.19 with "culture") and `search culture` did not: the one-word
    cut-off (nothing within 0.22) is skipped under a company filter. A word naming the
    category keeps the notes filed under it; an unrelated word still finds nothing."""
    add_text(KENJI, "2026-12-04T14:00")
    for extra in ((), ("--company", "Plaid")):
        code, out, err = run_cli("search", "culture", *extra)
        assert code == 0 and "He said the team ships daily." in out, (extra, out, err)
    code, out, err = run_cli("search", "pizza")
    assert code == 0 and out.startswith("no results for 'pizza'"), out


@pytest.mark.slow  # transcribes two files with Whisper, in a pseudo-terminal
def test_the_next_files_bar_is_not_drawn_under_the_contact_line(tmp_path: Path) -> None:
    """`debrief add a.ogg b.wav` in a terminal: while the first file's contact line waited
    for Enter, the second file (transcribing meanwhile) drew its progress bar under the
    prompt. Nothing is drawn while the user is asked; the bar comes back after."""
    import os
    import select
    import time

    from tests.test_who import Terminal, data_env

    samples = Path(__file__).resolve().parent.parent / "samples"
    first, second = samples / "recap-short-note.ogg", samples / "recap-maria-lopez.wav"
    env = data_env(tmp_path)
    term = Terminal(
        env, "add", "--contact", "Ana Ruiz", "--company", "Figma", str(first), str(second)
    )
    term.expect(b"> ", 600)
    term.seen = b""
    deadline = time.monotonic() + 30  # the second file transcribes meanwhile
    while time.monotonic() < deadline and term.proc.poll() is None:
        if select.select([term.leader], [], [], 0.2)[0]:
            term.seen += os.read(term.leader, 4096)
    under_prompt = term.seen.decode(errors="replace")
    assert "transcribing" not in under_prompt and "loading" not in under_prompt, under_prompt
    term.type(b"\n")
    term.expect(b"> ", 600)  # the second file's contact line
    term.type(b"\n")
    assert term.wait(120) == 0, term.seen.decode(errors="replace")
