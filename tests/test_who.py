"""Who the call was with, asked before `debrief record` records and before `debrief add AUDIO`
transcribes (debrief/cli/who.py), and a vocabulary typed in lower case given capitalised.

End to end with the bundled tiny.en on real speech: samples/recap-tadeusz-wroblewski.opus
(speak.py's heart voice saying the invented recap in its .txt), which tiny.en hears as
"Taddeus Rubblewski" unprimed and as "Tadeusz Wroblewski" told the name. Two things stand
in for what a test cannot have: a pseudo-terminal for the user's terminal (the question is
asked only on a terminal) and, for `record`, ALSA's file plugin for the microphone (the
real ALSA -> PortAudio -> sounddevice stack reads the sample's audio; tests/alsa.py).
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from debrief.cli.who import parse_who
from debrief.names import typed_capitals
from tests.alsa import alsa_home, env_for, sample_raw

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "recap-tadeusz-wroblewski.opus"
NAME, COMPANY = "Tadeusz Wroblewski", "Kestrel Freight"
DEBRIEF = [sys.executable, "-m", "debrief.cli"]


# -- the answer, read ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "contact", "company"),
    [
        ("Maria Lopez", "Maria Lopez", None),
        ("Maria Lopez, Stripe", "Maria Lopez", "Stripe"),
        ("Maria Lopez at Stripe", "Maria Lopez", "Stripe"),
        ("  Maria Lopez from Stripe. ", "Maria Lopez", "Stripe"),
        ("Maria Lopez (Stripe)", "Maria Lopez", "Stripe"),
        ("Maria Lopez @ Stripe", "Maria Lopez", "Stripe"),
        ("Maria Lopez, PM at Stripe", "Maria Lopez", "Stripe"),
        ("with Maria Lopez", "Maria Lopez", None),
        ("at Stripe", None, "Stripe"),
        (", Stripe", None, "Stripe"),
        ("Maria de la Cruz, Bank of America", "Maria de la Cruz", "Bank of America"),
        ("", None, None),
        ("   ", None, None),
    ],
)
def test_the_answer_is_read_as_contact_and_company(
    answer: str, contact: str | None, company: str | None
) -> None:
    assert parse_who(answer) == (contact, company)


@pytest.mark.parametrize(
    ("answer", "who"),
    [
        ("Maria Lopez, PM at Stripe", ("Maria Lopez", "PM", "Stripe")),
        ("Maria Lopez, a senior PM at Stripe", ("Maria Lopez", "senior PM", "Stripe")),
        ("Maria Lopez (PM at Stripe)", ("Maria Lopez", "PM", "Stripe")),
        ("Maria Lopez, PM, Stripe", ("Maria Lopez", "PM", "Stripe")),
        ("Maria Lopez at Stripe, PM", ("Maria Lopez", "PM", "Stripe")),
        ("Maria Lopez, Stripe", ("Maria Lopez", None, "Stripe")),
        ("Maria Lopez at Stripe, Inc.", ("Maria Lopez", None, "Stripe, Inc")),
        ("Maria Lopez, Stripe, Inc.", ("Maria Lopez", None, "Stripe, Inc")),
        ("at Stripe, PM", (None, "PM", "Stripe")),
    ],
)
def test_a_title_said_with_the_company_is_kept(answer: str, who: tuple[str | None, ...]) -> None:
    """qa59: "Maria Lopez, PM at Stripe" dropped "PM"."""
    from debrief.who_said import read_who

    assert tuple(read_who(answer)) == who


def test_an_answer_typed_in_lower_case_is_capitalised() -> None:
    assert parse_who("maria de la cruz at bank of america") == (
        "Maria de la Cruz",
        "Bank of America",
    )


def test_a_lower_case_vocabulary_entry_is_capitalised_and_others_kept() -> None:
    assert typed_capitals("trevor lindqvist") == "Trevor Lindqvist"
    assert typed_capitals("ngozi okafor-lindqvist") == "Ngozi Okafor-Lindqvist"
    assert typed_capitals("dayton hoops & homework") == "Dayton Hoops & Homework"
    assert typed_capitals("siobhan o'neill") == "Siobhan O'Neill"
    for kept in ("McLeod", "IBM", "iPhone", "Maria lopez"):
        assert typed_capitals(kept) == kept


def test_the_vocabulary_capitalises_what_the_user_typed_in_lower_case(tmp_path: Path) -> None:
    from debrief.store import Store
    from debrief.store.vocabulary import vocabulary

    store = Store(tmp_path / "kb.sqlite")
    try:
        got = vocabulary(store, contact="trevor lindqvist", company="good sam")
    finally:
        store.close()
    assert got[:2] == ["Trevor Lindqvist", "Good Sam"]


# -- end to end: real Whisper on real speech -----------------------------------------------


def _own_terminal() -> None:
    """In the child: a session of its own with the pty as its controlling terminal, so a
    Ctrl-C typed there is a SIGINT to it (and not ignored, as under `pytest &`)."""
    import fcntl
    import signal
    import termios

    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Terminal:
    """``debrief ARGS`` with stdin, stdout and stderr on a pseudo-terminal (the user's)."""

    def __init__(self, env: dict[str, str], *args: str) -> None:
        import pty

        self.leader, follower = pty.openpty()
        self.proc = subprocess.Popen(
            [*DEBRIEF, *args],
            env={**env, "COLUMNS": "160"},
            stdin=follower,
            stdout=follower,
            stderr=follower,
            close_fds=True,
            preexec_fn=_own_terminal,
        )
        os.close(follower)
        self.seen = b""

    def expect(self, text: bytes, timeout: float = 300) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            if time.monotonic() > deadline or (
                self.proc.poll() is not None and not select.select([self.leader], [], [], 0.1)[0]
            ):
                shown = self.seen.decode(errors="replace")
                raise AssertionError(f"never saw {text!r} ({self.proc.poll()}) in:\n{shown}")
            if select.select([self.leader], [], [], 0.1)[0]:
                try:
                    self.seen += os.read(self.leader, 4096)
                except OSError:
                    break

    def type(self, text: bytes) -> None:
        os.write(self.leader, text)

    def wait(self, timeout: float = 120) -> int:
        deadline = time.monotonic() + timeout
        while self.proc.poll() is None and time.monotonic() < deadline:  # read on, as a
            if select.select([self.leader], [], [], 0.1)[0]:  # terminal does, until it exits
                try:
                    self.seen += os.read(self.leader, 4096)
                except OSError:
                    break
        code = self.proc.wait(timeout)
        os.close(self.leader)
        return code


def data_env(tmp_path: Path) -> dict[str, str]:
    return env_for(alsa_home(tmp_path / "h", None), tmp_path / "d")


def filed(env: dict[str, str]) -> dict[str, object]:
    listed = subprocess.run(
        [*DEBRIEF, "list", "--json"], env=env, capture_output=True, text=True, check=True
    )
    rows = json.loads(listed.stdout)
    assert len(rows) == 1, rows
    shown = subprocess.run(
        [*DEBRIEF, "show", str(rows[0]["id"]), "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    row: dict[str, object] = json.loads(shown.stdout)
    return row


def transcript(row: dict[str, object]) -> str:
    heard = row["transcript"]
    assert isinstance(heard, dict)
    return str(heard["text"])


@pytest.mark.slow  # two transcriptions with Whisper
def test_add_asks_who_the_call_was_with_and_whisper_hears_the_name(tmp_path: Path) -> None:
    """Unprimed, tiny.en mishears the contact; the answer at the question primes it."""
    skipped = Terminal(data_env(tmp_path / "a"), "add", str(SAMPLE))
    skipped.expect(b"Who was the call with?")
    skipped.type(b"\n")  # Enter: as before the question existed
    skipped.expect(b"> ")
    skipped.type(b"\n")
    assert skipped.wait() == 0
    before = filed(data_env(tmp_path / "a"))
    assert NAME not in transcript(before) and before["contact"] != NAME

    env = data_env(tmp_path / "b")
    answered = Terminal(env, "add", str(SAMPLE))
    answered.expect(b"Who was the call with?")
    answered.type(f"{NAME} at {COMPANY}\n".encode())
    answered.expect(b"> ")
    answered.type(b"\n")
    assert answered.wait() == 0
    after = filed(env)
    assert NAME in transcript(after)
    assert after["contact"] == NAME and after["company"] == COMPANY


@pytest.mark.slow  # transcribes with Whisper
def test_a_contact_typed_in_lower_case_is_heard_capitalised(tmp_path: Path) -> None:
    """`--contact` in lower case (no terminal, so no question): Whisper is given it
    capitalised, copies it so into the transcript, and extraction can read it as a name."""
    env = data_env(tmp_path)
    proc = subprocess.run(
        [*DEBRIEF, "add", str(SAMPLE), "--contact", NAME.lower(), "--company", COMPANY.lower()],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    row = filed(env)
    assert NAME in transcript(row) and NAME.lower() not in transcript(row)


@pytest.mark.slow  # records and transcribes with Whisper
def test_record_asks_before_recording_and_primes_live_and_final(tmp_path: Path) -> None:
    raw = sample_raw("recap-tadeusz-wroblewski", tmp_path / "t.raw")
    env = env_for(alsa_home(tmp_path / "h", raw), tmp_path / "d")
    term = Terminal(env, "record", "--stop-on-silence", "1.5")
    term.expect(b"Who was the call with?")
    term.type(f"{NAME}, {COMPANY}\n".encode())
    term.expect(b"> ")
    term.type(b"\n")
    assert term.wait() == 0
    row = filed(env)
    assert NAME in transcript(row)
    assert row["contact"] == NAME and row["company"] == COMPANY


def test_ctrl_c_at_the_question_records_nothing(tmp_path: Path) -> None:
    raw = sample_raw("recap-tadeusz-wroblewski", tmp_path / "t.raw")
    env = env_for(alsa_home(tmp_path / "h", raw), tmp_path / "d")
    term = Terminal(env, "record")
    term.expect(b"Who was the call with?", 60)
    # As a person does, not in the microseconds between the prompt drawn and the read begun
    # (a SIGINT there waits for the read to return: CPython's input() on a terminal).
    time.sleep(0.5)
    term.type(b"\x03")  # the terminal sends SIGINT
    term.expect(b"nothing was recorded", 30)
    assert term.wait(30) == 130
    assert not (tmp_path / "d" / "recordings").exists() or not any(
        (tmp_path / "d" / "recordings").iterdir()
    )


def test_no_question_without_a_terminal_or_with_contact_or_yes(tmp_path: Path) -> None:
    from debrief.cli.who import ask_who

    # under pytest stdin is not a terminal: the command line's values, as given
    assert ask_who(None, "Stripe", yes=False) == (None, "Stripe")
    assert ask_who("Maria Lopez", None, yes=False) == ("Maria Lopez", None)


def test_the_contact_given_is_not_also_a_person_mentioned(home: Path) -> None:
    """Extraction takes Ray Ortiz for the contact and lists Dana Whitfield as a person; the
    user says the call was with Dana: she is the contact, and no longer a person mentioned."""
    from tests.conftest import run_cli

    text = (
        "Had coffee with Ray Ortiz from Acme Freight. He said his colleague Dana Whitfield"
        " runs the data team there and knows the analytics side best."
    )
    code, _, err = run_cli("add", "-y", "--text", text)
    assert code == 0, err
    code, out, _ = run_cli("show", "1", "--json")
    before = json.loads(out)
    assert "Dana Whitfield" in {p["name"] for p in before["people_mentioned"]}
    # the same recap added again with the contact corrects the call filed (qa67), as audio does
    code, _, err = run_cli("add", "-y", "--text", text + " ", "--contact", "Dana Whitfield")
    assert code == 0, err
    code, out, _ = run_cli("show", "1", "--json")
    after = json.loads(out)
    assert after["contact"] == "Dana Whitfield"
    assert "Dana Whitfield" not in {p["name"] for p in after["people_mentioned"]}
    # and so after `debrief edit --contact`, and after re-extraction
    code, _, err = run_cli("add", "-y", "--again", "--text", text)
    assert code == 0, err
    code, _, err = run_cli("edit", "2", "--contact", "Dana Whitfield")
    assert code == 0, err
    for _ in range(2):
        code, out, _ = run_cli("show", "2", "--json")
        edited = json.loads(out)
        assert edited["contact"] == "Dana Whitfield"
        assert "Dana Whitfield" not in {p["name"] for p in edited["people_mentioned"]}
        code, _, err = run_cli("reextract", "2")
        assert code == 0, err
